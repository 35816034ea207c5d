/// One node of a report's indicator tree: a 一级/二级/三级 indicator, or a performance target (绩效指标) under a 三级 one.
///
/// Held compactly (a report may have a million): the fields most indicators leave empty — the texts, raw figures and
/// formulas — live in one shared box that is replaced when one of them is set.
public struct Indicator: Sendable, Equatable {
    /// Stable dotted code (`1`, `1.2`, `1.2.3`, `1.1.1.4` for a target), assigned from the tree when absent.
    public var code: String
    public var name: String
    /// 1 for 一级, 2 for 二级, 3 for 三级; targets sit one level below their indicator.
    public var level: Int {
        get { Int(storedLevel) }
        set { storedLevel = Int16(clamping: newValue) }
    }
    private var storedLevel: Int16
    /// Index of the parent in ``Report/nodes``, nil for a 一级 indicator.
    public var parent: Int? {
        get { storedParent < 0 ? nil : Int(storedParent) }
        set { storedParent = newValue.map { Int32($0) } ?? -1 }
    }
    private var storedParent: Int32
    /// Indices of the children in ``Report/nodes``, in order.
    public var children: [Int]
    /// True for a performance target (产出/效益 绩效指标) rather than a rubric indicator.
    public var isTarget: Bool
    /// 分值. A target without its own weight takes an equal share of what its indicator's other targets leave.
    public var weight: ExactDecimal?
    /// The score the published table states (得分), kept beside the computed one.
    public var published: ExactDecimal?
    /// The rule named by the report itself; otherwise the scheme decides.
    public var rule: RuleSpec?
    /// What the rule reads: target and actual values, budget and spend, an entered score, a level, cases.
    public var inputs: Inputs
    /// True when the source states that it gives no score for this node (`published: not-given`); ``published`` is then nil.
    ///
    /// A rule that can compute the node still does; one that lacks an input scores it "not given" (0 in sums,
    /// the total partial) instead of failing.
    public var isScoreNotGiven: Bool
    /// True for a 三级 indicator scored from its targets; set by the tree, see ``Report``.
    public var isTargetContainer: Bool = false
    /// The rarely set fields (nil: all empty).
    private var rare: RareFields.Box?

    /// 指标解释
    public var explanation: String? { get { rare?.fields.explanation } set { update { $0.explanation = newValue } } }
    /// 未达标原因
    public var shortfall: String? { get { rare?.fields.shortfall } set { update { $0.shortfall = newValue } } }
    /// 改进措施
    public var improvement: String? { get { rare?.fields.improvement } set { update { $0.improvement = newValue } } }
    /// Where a figure came from, or why it is missing.
    public var note: String? { get { rare?.fields.note } set { update { $0.note = newValue } } }
    /// True when the name was lost in extraction and a placeholder stands in.
    public var isPlaceholderName: Bool { get { rare?.fields.isPlaceholderName ?? false } set { update { $0.isPlaceholderName = newValue } } }
    /// Raw figures the department knows (在职人员数 106, 编制数 100), from which ``formulas`` compute inputs.
    public var figures: [String: Quantity] { get { rare?.fields.figures ?? [:] } set { update { $0.figures = newValue } } }
    /// Inputs computed from ``figures``: the input's name (`actual`) → an expression (`在职人员数 / 编制数`).
    public var formulas: [String: String] { get { rare?.fields.formulas ?? [:] } set { update { $0.formulas = newValue } } }
    /// The inputs among ``formulas`` whose formula the scheme gave (not written with the report; another scheme drops them).
    public var formulasFromScheme: Set<String> {
        get { rare?.fields.formulasFromScheme ?? [] }
        set { update { $0.formulasFromScheme = newValue } }
    }

    /// True when an input is computed from figures (read without copying the formulas: scoring asks on every change).
    @inline(__always)
    public var hasFormulas: Bool {
        guard let rare else { return false }
        return !rare.fields.formulas.isEmpty
    }

    /// Replaces the box with one holding the change (boxes are shared between copies and never changed in place).
    private mutating func update(_ change: (inout RareFields) -> Void) {
        var fields = rare?.fields ?? RareFields()
        change(&fields)
        rare = fields == RareFields() ? nil : RareFields.Box(fields)
    }

    /// Creates a node; the tree links (`parent`, `children`) are normally set by ``Report/append(_:under:)``.
    public init(code: String = "", name: String, level: Int, parent: Int? = nil, children: [Int] = [], isTarget: Bool = false,
                weight: ExactDecimal? = nil, published: ExactDecimal? = nil, rule: RuleSpec? = nil, inputs: Inputs = Inputs(),
                explanation: String? = nil, shortfall: String? = nil, improvement: String? = nil, note: String? = nil,
                isPlaceholderName: Bool = false, isScoreNotGiven: Bool = false) {
        self.code = code; self.name = name; self.storedLevel = Int16(clamping: level)
        self.storedParent = parent.map { Int32($0) } ?? -1; self.children = children
        self.isTarget = isTarget; self.weight = weight; self.published = published; self.rule = rule
        self.inputs = inputs; self.isScoreNotGiven = isScoreNotGiven
        if explanation != nil || shortfall != nil || improvement != nil || note != nil || isPlaceholderName {
            rare = RareFields.Box(RareFields(explanation: explanation, shortfall: shortfall, improvement: improvement, note: note,
                                             isPlaceholderName: isPlaceholderName))
        }
    }

    /// True for an indicator whose score comes from a rule rather than from its children.
    public var isLeaf: Bool { children.isEmpty || isTargetContainer }
}

/// An indicator's rarely set fields, kept together out of line.
struct RareFields: Sendable, Equatable {
    var explanation: String?
    var shortfall: String?
    var improvement: String?
    var note: String?
    var isPlaceholderName = false
    var figures: [String: Quantity] = [:]
    var formulas: [String: String] = [:]
    var formulasFromScheme: Set<String> = []

    /// The shared, never-changed holder of a ``RareFields`` (compared by contents).
    final class Box: Sendable, Equatable {
        let fields: RareFields
        init(_ fields: RareFields) { self.fields = fields }
        static func == (a: Box, b: Box) -> Bool { a === b || a.fields == b.fields }
    }
}

/// The inputs a scoring rule reads. Money is in 万元; percents are fractions.
public struct Inputs: Sendable, Equatable {
    /// 年度指标值 / 年初设定目标值 (A).
    public var target: Quantity?
    /// 实际完成值 (B).
    public var actual: Quantity?
    /// Budget (全年预算数 / 调整后预算数), 万元.
    public var budget: ExactDecimal?
    /// Actual spend (执行数 / 实际支出), 万元.
    public var spent: ExactDecimal?
    /// A score entered by the assessor (manual and qualitative rules).
    public var entered: ExactDecimal?
    /// A qualitative judgement: 达成 / 部分达成 / 未达成.
    public var level: QualitativeLevel?
    /// Cases counted against a deduction-per-case rule.
    public var cases: ExactDecimal?
    /// Which way a target counts (≥, ≤, =, 较去年同期下降 …).
    public var direction: TargetDirection?
    /// The target as the document words it (`较去年同期下降`, `≥1家`), when it is not just a number.
    public var targetText: String?
    /// The actual value as the document words it (`超2900亿元`, `上升0.4%`).
    public var actualText: String?

    public init(target: Quantity? = nil, actual: Quantity? = nil, budget: ExactDecimal? = nil, spent: ExactDecimal? = nil,
                entered: ExactDecimal? = nil, level: QualitativeLevel? = nil, cases: ExactDecimal? = nil,
                direction: TargetDirection? = nil, targetText: String? = nil, actualText: String? = nil) {
        self.target = target; self.actual = actual; self.budget = budget; self.spent = spent
        self.entered = entered; self.level = level; self.cases = cases; self.direction = direction
        self.targetText = targetText; self.actualText = actualText
    }
}

/// A qualitative judgement of a compliance indicator, each with its band of the weight.
public enum QualitativeLevel: String, Sendable, CaseIterable {
    case achieved = "达成"
    case partly = "部分达成"
    case notAchieved = "未达成"

    /// Parses 达成 / 部分达成 / 未达成 and the English words.
    public init?(text: String) {
        switch text.trimmingSpaces() {
        case "达成", "achieved": self = .achieved
        case "部分达成", "partly", "partially achieved": self = .partly
        case "未达成", "not achieved", "notachieved": self = .notAchieved
        default: return nil
        }
    }
}

/// Which way a target counts.
public enum TargetDirection: String, Sendable, CaseIterable {
    /// ≥ target: more is better (the default).
    case atLeast = "≥"
    /// ≤ target: lower is better (reverse indicators).
    case atMost = "≤"
    /// = target exactly.
    case equal = "="
    /// A trend: 较去年同期下降 — the actual is a change, achieved when it is below zero.
    case decrease = "下降"
    /// A trend: 较去年同期增长 — achieved when the change is above zero.
    case increase = "增长"
    /// A zero target (事故数 = 0).
    case zero = "0"
    /// A qualitative target judged 达成 / 部分达成 / 未达成.
    case qualitative = "定性"

    /// Reads `≥`, `>=`, `≤`, `<=`, `=`, `下降`, `增长`, `zero`, `qualitative` and the English names.
    public init?(text: String) {
        switch text.trimmingSpaces() {
        case "≥", ">=", "at-least", "atLeast", "不少于", "以上": self = .atLeast
        case "≤", "<=", "at-most", "atMost", "不超过", "以下", "reverse": self = .atMost
        case "=", "==", "equal": self = .equal
        case "下降", "decrease", "较去年同期下降": self = .decrease
        case "增长", "increase", "较去年同期增长": self = .increase
        case "0", "zero": self = .zero
        case "定性", "qualitative": self = .qualitative
        default: return nil
        }
    }

    /// The name used in report files.
    public var fileName: String {
        switch self {
        case .atLeast: return ">="
        case .atMost: return "<="
        case .equal: return "="
        case .decrease: return "decrease"
        case .increase: return "increase"
        case .zero: return "zero"
        case .qualitative: return "qualitative"
        }
    }
}
