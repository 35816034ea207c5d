/// A department's self-evaluation: what it is, its budget lines, and its indicator tree (flat, in pre-order).
public struct Report: Sendable, Equatable {
    public var title: String
    public var department: String?
    public var year: Int?
    /// The scheme (评分办法) the report is scored under: a built-in id or a file path.
    public var scheme: String
    /// Which document the figures come from (e.g. the seed file).
    public var source: String?
    /// Statements about figures the source does not give, so nobody mistakes a gap for a zero.
    public var notes: [String]
    public var budget: [BudgetLine]
    /// Every indicator and target, parents before children; ``Indicator/parent`` and ``Indicator/children`` index this array.
    public var nodes: [Indicator]
    /// The 总分 the document states.
    public var publishedTotal: ExactDecimal?
    /// The grade the document states.
    public var publishedGrade: String?
    /// Budget execution rate as the document's text states it (e.g. 98.0%), to audit against its figures.
    public var statedExecutionRate: ExactDecimal?
    /// Indicators the source marks not applicable (`/`): left out of the tree, named so nobody mistakes them for lost.
    public var leftOut: [String] = []

    public init(title: String, department: String? = nil, year: Int? = nil, scheme: String, source: String? = nil,
                notes: [String] = [], budget: [BudgetLine] = [], nodes: [Indicator] = [],
                publishedTotal: ExactDecimal? = nil, publishedGrade: String? = nil, statedExecutionRate: ExactDecimal? = nil) {
        self.title = title; self.department = department; self.year = year; self.scheme = scheme
        self.source = source; self.notes = notes; self.budget = budget; self.nodes = nodes
        self.publishedTotal = publishedTotal; self.publishedGrade = publishedGrade
        self.statedExecutionRate = statedExecutionRate
    }

    /// Indices of the 一级 indicators.
    public var topLevel: [Int] { nodes.indices.filter { nodes[$0].parent == nil } }

    /// Indices of the indicators scored by a rule (三级 indicators and leaves without children).
    public var leaves: [Int] { nodes.indices.filter { !nodes[$0].isTarget && nodes[$0].isLeaf } }

    /// Indices from a node up to its 一级 ancestor, excluding the node itself.
    public func ancestors(of i: Int) -> [Int] {
        var out: [Int] = []
        var p = nodes[i].parent
        while let q = p { out.append(q); p = nodes[q].parent }
        return out
    }

    /// The node's names from the top down, joined with `/`.
    public func path(of i: Int) -> String {
        (ancestors(of: i).reversed() + [i]).map { nodes[$0].name }.joined(separator: "/")
    }

    /// The index of the node with this code.
    public func index(ofCode code: String) -> Int? { nodes.indices.first { nodes[$0].code == code } }

    /// Appends a node under `parent` and returns its index; keeps children lists in order.
    @discardableResult
    public mutating func append(_ node: consuming Indicator, under parent: Int?) -> Int {
        node.parent = parent
        node.level = parent.map { nodes[$0].level + 1 } ?? 1
        let isTarget = node.isTarget
        let i = nodes.count
        nodes.append(node)
        if let p = parent {
            nodes[p].children.append(i)
            if isTarget { nodes[p].isTargetContainer = true }
        }
        return i
    }

    /// The same report with its nodes in pre-order (each parent before its children, siblings in order), as every
    /// loader and writer expects; a reader that appended a node to an earlier group after a later one calls this.
    public func inPreorder() -> Report {
        var out = self
        out.nodes = []
        func visit(_ i: Int, under parent: Int?) {
            var n = nodes[i]
            n.children = []
            let k = out.append(n, under: parent)
            for c in nodes[i].children { visit(c, under: k) }
        }
        for t in topLevel { visit(t, under: nil) }
        return out
    }

    /// Gives every node without a code its dotted position (`1`, `1.2`, `1.2.3`) and marks target containers.
    public mutating func assignCodes() {
        var counters: [Int?: Int] = [:]
        for i in nodes.indices {
            let p = nodes[i].parent
            let k = (counters[p] ?? 0) + 1
            counters[p] = k
            if nodes[i].code.isEmpty {
                nodes[i].code = p.map { "\(nodes[$0].code).\(k)" } ?? "\(k)"
            }
            nodes[i].isTargetContainer = nodes[i].children.contains { nodes[$0].isTarget }
        }
    }

    /// The sum of the weights these nodes state (nodes without a weight add nothing).
    public func weightSum(of indices: [Int]) -> ExactDecimal {
        ExactDecimal.sum(indices.map { nodes[$0].weight })
    }

    /// A parent whose children's weights do not add up to its own: (their sum, its weight); nil when they do, or when
    /// `p` has no children, no weight, or is a target list (whose targets may leave weight to share).
    public func childWeightMismatch(_ p: Int) -> (sum: ExactDecimal, weight: ExactDecimal)? {
        let n = nodes[p]
        guard !n.children.isEmpty, !n.isTargetContainer, let w = n.weight else { return nil }
        let sum = weightSum(of: n.children)
        return sum == w ? nil : (sum, w)
    }

    /// Budget lines summed: (budget, spent) over the lines that give both, or nil when none does.
    public var overallBudget: (budget: ExactDecimal, spent: ExactDecimal)? {
        if let overall = budget.first(where: { $0.isOverall }), let b = overall.budget, let s = overall.spent {
            return (b, s)
        }
        return nil
    }
}

/// A budget line (部门预算, 专项资金, 项目支出 …): budget, adjusted budget and actual spend in 万元, where given.
public struct BudgetLine: Sendable, Equatable {
    public var name: String
    /// 年初预算数
    public var initialBudget: ExactDecimal?
    /// 全年(调整后)预算数
    public var budget: ExactDecimal?
    /// 执行数 / 实际支出
    public var spent: ExactDecimal?
    /// The execution rate the document states for this line, to audit against budget and spend.
    public var statedRate: ExactDecimal?
    /// True for the department-wide line (部门整体).
    public var isOverall: Bool
    public var note: String?

    public init(name: String, initialBudget: ExactDecimal? = nil, budget: ExactDecimal? = nil, spent: ExactDecimal? = nil,
                statedRate: ExactDecimal? = nil, isOverall: Bool = false, note: String? = nil) {
        self.name = name; self.initialBudget = initialBudget; self.budget = budget; self.spent = spent
        self.statedRate = statedRate; self.isOverall = isOverall; self.note = note
    }
}
