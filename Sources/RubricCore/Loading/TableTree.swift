/// Builds the 一级/二级/三级 tree from classified rows, placing each row by how many levels it opens and by running weights.
///
/// A 3-pair row opens a 一级, a 二级 and a 三级; a 2-pair row a 二级 and a 三级 under the current 一级; a
/// 1-pair row a 三级 under the current 二级. A 2-pair row arriving when the current 一级 is full (its 二级
/// weights reach its weight) belongs to the next 一级, whose name the extraction may put further down (a
/// merged cell split by a page break): it opens an unnamed 一级 that the next 3-pair row names.
struct TableTree {
    private(set) var report: Report
    private(set) var warnings: [Diagnostic] = []
    let file: SourceFile

    init(report: Report, file: SourceFile) {
        self.report = report
        self.file = file
    }

    /// Places one indicator row.
    mutating func add(_ row: IndicatorRow) throws(Diagnostic) {
        var pairs = row.pairs[...]
        switch pairs.count {
        case 3:
            guard let p = pairs.popFirst() else { return }
            if let t = pendingTop, let sum = childWeights(t), sum < p.weight {
                name(t, from: p)
                current1 = t
            } else {
                current1 = open(p, level: 1, under: nil)
            }
            pendingTop = nil
        case 2:
            if current1 == nil || isFull(current1) {
                var top = Indicator(name: TableTree.unnamedTop, level: 1, isPlaceholderName: true)
                top.note = "一级指标 name not found above its rows"
                let t = report.append(top, under: nil)
                unnamedTops[t] = row.row.span
                current1 = t
                pendingTop = t
            }
        default:
            guard current2 != nil else {
                let at = row.pairs[0].name ?? row.pairs[0].weightCell
                throw Diagnostic(phase: .load, .thirdBeforeSecond, file: file, span: at.span, hint: .firstRowGivesLevels)
            }
        }
        if pairs.count == 2, let p = pairs.popFirst() {
            current2 = open(p, level: 2, under: current1)
        }
        guard let p = pairs.popFirst() else { return }
        let leaf = open(p, level: 3, under: current2)
        report.nodes[leaf].published = row.score
        report.nodes[leaf].explanation = row.explanation?.text
        report.nodes[leaf].shortfall = row.shortfall?.text
        report.nodes[leaf].improvement = row.improvement?.text
        scoreSpans[leaf] = row.scoreCell.span
    }

    /// Closes the tree: names what stayed unnamed, checks that weights add up; returns the warnings.
    mutating func finish(totalWeight: (ExactDecimal, SourceSpan)?) {
        for (i, rowSpan) in unnamedTops.sorted(by: { $0.key < $1.key }) {
            let sum = childWeights(i) ?? .zero
            report.nodes[i].weight = sum
            warnings.append(Diagnostic(.warning, phase: .load,
                                       .unnamedTopLevel, TableTree.unnamedTop, sum.shortText(),
                                       file: file, span: rowSpan, hint: .giveTopNameOnFirstRow))
        }
        for i in report.nodes.indices {
            let node = report.nodes[i]
            guard let w = node.weight else { continue }
            if !node.children.isEmpty, let sum = childWeights(i), sum != w {
                let level = node.level == 1 ? "二级" : "三级"
                warnings.append(Diagnostic(.warning, phase: .load,
                                           .levelWeightsSum, level, node.name, sum.shortText(), w.shortText(),
                                           file: file, span: weightSpans[i]))
            }
            if let s = node.published, s > w || s.isNegative {
                warnings.append(Diagnostic(.warning, phase: .load,
                                           .scoreOutsideRange, s.shortText(), node.name, w.shortText(),
                                           file: file, span: scoreSpans[i]))
            }
        }
        if let (total, span) = totalWeight {
            var sum = ExactDecimal.zero
            for t in report.topLevel { sum = (try? sum + (report.nodes[t].weight ?? .zero)) ?? sum }
            if sum != total {
                warnings.append(Diagnostic(.warning, phase: .load,
                                           .topWeightsNotTotal, sum.shortText(), total.shortText(),
                                           file: file, span: span))
            }
        }
    }

    // MARK: Implementation

    static let unnamedTop = "（未命名一级指标）"

    private var current1: Int?
    private var current2: Int?
    /// An 一级 opened by a 2-pair row before its name appeared.
    private var pendingTop: Int?
    private var weightSpans: [Int: SourceSpan] = [:]
    private var scoreSpans: [Int: SourceSpan] = [:]
    /// 一级 indicators opened without a name, with the row that opened them.
    private var unnamedTops: [Int: SourceSpan] = [:]

    /// Appends the node a pair opens; a pair without a name gets a placeholder and a warning.
    private mutating func open(_ p: IndicatorRow.Pair, level: Int, under parent: Int?) -> Int {
        var node = Indicator(name: p.name?.text ?? "", level: level, weight: p.weight)
        if p.name == nil { placeholder(&node, for: p) }
        let i = report.append(node, under: parent)
        weightSpans[i] = p.weightCell.span
        return i
    }

    /// Names a node whose name the extraction lost after its weight, and warns at the weight.
    private mutating func placeholder(_ node: inout Indicator, for p: IndicatorRow.Pair) {
        node.name = "（未命名指标 \(p.weight.shortText())分）"
        node.isPlaceholderName = true
        node.note = "name lost in extraction"
        warnings.append(Diagnostic(.warning, phase: .load,
                                   .unnamedIndicator, p.weight.shortText(), node.name,
                                   file: file, span: p.weightCell.span, hint: .nameLostInPDF))
    }

    /// Gives the pending unnamed 一级 the name and weight of a 3-pair row's first pair.
    private mutating func name(_ t: Int, from p: IndicatorRow.Pair) {
        unnamedTops[t] = nil
        report.nodes[t].name = p.name?.text ?? ""
        report.nodes[t].isPlaceholderName = false
        report.nodes[t].note = nil
        if p.name == nil {
            var node = report.nodes[t]
            placeholder(&node, for: p)
            report.nodes[t] = node
        }
        report.nodes[t].weight = p.weight
        weightSpans[t] = p.weightCell.span
    }

    /// True when the node's children's weights reach its weight.
    private func isFull(_ i: Int?) -> Bool {
        guard let i, let w = report.nodes[i].weight, let sum = childWeights(i) else { return false }
        return sum >= w
    }

    /// The sum of the children's weights (zero without children), nil if one overflows.
    private func childWeights(_ i: Int) -> ExactDecimal? {
        var sum = ExactDecimal.zero
        for c in report.nodes[i].children {
            guard let s = try? sum + (report.nodes[c].weight ?? .zero) else { return nil }
            sum = s
        }
        return sum
    }
}
