/// The input fields of an indicator in one table: name, what values it takes, how it is read and written, its key in
/// report files and JSON, and its help. Edits, `reset`, `help properties`, completion and saved sessions all read it.
public struct IndicatorField: Sendable {
    /// What values a field takes, which decides how an assignment's value is read.
    public enum Kind: Sendable, Equatable {
        /// A plain number (weight, entered score, cases, published score).
        case number
        /// An amount in 万元 (`400万元`, `2.27亿` or a plain number).
        case money
        /// A number with the report's unit (`600家`, `94.91%`); a plain number keeps the unit the field has.
        case quantity
        /// 达成 / 部分达成 / 未达成.
        case level
        /// A rule id, or `scheme` for the scheme's.
        case rule
        /// `>=`, `<=`, `=`, `decrease`, `increase`, `zero`, `qualitative`.
        case direction
    }

    /// The name in the language (`X.spent`).
    public let name: String
    public let kind: Kind
    /// The key in a report file (`docs/report-format.md`) and in the JSON export's `inputs`.
    public let fileKey: String
    public let jsonKey: String?
    /// What it holds, for `help properties`.
    public let help: Bilingual
    /// The field's value on an indicator.
    public let read: @Sendable (Indicator) -> FieldValue
    /// Puts a value into the field (a value of another kind leaves it unchanged).
    public let write: @Sendable (inout Indicator, FieldValue) -> Void

    /// Every settable field, in the order help lists them.
    public static let all: [IndicatorField] = [
        IndicatorField(name: "weight", kind: .number, fileKey: "weight", jsonKey: nil, help: Bilingual("分值 (weight)", "分值"),
                       read: { .decimal($0.weight) }, write: { n, v in if case .decimal(let d) = v { n.weight = d } }),
        IndicatorField(name: "target", kind: .quantity, fileKey: "target", jsonKey: "target", help: Bilingual("年度指标值 (A)", "年度指标值（A）"),
                       read: { .quantity($0.inputs.target) }, write: { n, v in if case .quantity(let q) = v { n.inputs.target = q } }),
        IndicatorField(name: "actual", kind: .quantity, fileKey: "actual", jsonKey: "actual", help: Bilingual("实际完成值 (B)", "实际完成值（B）"),
                       read: { .quantity($0.inputs.actual) }, write: { n, v in if case .quantity(let q) = v { n.inputs.actual = q } }),
        IndicatorField(name: "budget", kind: .money, fileKey: "budget", jsonKey: "budget", help: Bilingual("预算数, 万元", "预算数，万元"),
                       read: { .decimal($0.inputs.budget) }, write: { n, v in if case .decimal(let d) = v { n.inputs.budget = d } }),
        IndicatorField(name: "spent", kind: .money, fileKey: "spent", jsonKey: "spent", help: Bilingual("执行数, 万元", "执行数，万元"),
                       read: { .decimal($0.inputs.spent) }, write: { n, v in if case .decimal(let d) = v { n.inputs.spent = d } }),
        IndicatorField(name: "entered", kind: .number, fileKey: "entered", jsonKey: "entered", help: Bilingual("an entered score (score = … is the same)", "录入的得分（写 得分 = … 相同）"),
                       read: { .decimal($0.inputs.entered) }, write: { n, v in if case .decimal(let d) = v { n.inputs.entered = d } }),
        IndicatorField(name: "level", kind: .level, fileKey: "level", jsonKey: "level", help: Bilingual("达成 / 部分达成 / 未达成", "达成 / 部分达成 / 未达成（定性等级）"),
                       read: { .level($0.inputs.level) }, write: { n, v in if case .level(let l) = v { n.inputs.level = l } }),
        IndicatorField(name: "cases", kind: .number, fileKey: "cases", jsonKey: "cases", help: Bilingual("cases for a deduction-per-case rule", "按例扣分规则的例数"),
                       read: { .decimal($0.inputs.cases) }, write: { n, v in if case .decimal(let d) = v { n.inputs.cases = d } }),
        IndicatorField(name: "rule", kind: .rule, fileKey: "rule", jsonKey: nil, help: Bilingual("a rule id, or \"scheme\" for the scheme's", "规则编号，或 \"scheme\" 表示采用计分办法的规则"),
                       read: { .rule($0.rule) }, write: { n, v in if case .rule(let r) = v { n.rule = r } }),
        IndicatorField(name: "direction", kind: .direction, fileKey: "direction", jsonKey: "direction",
                       help: Bilingual(">=, <=, =, decrease, increase, zero, qualitative", ">=、<=、=、decrease（下降）、increase（增长）、zero（零目标）、qualitative（定性）"),
                       read: { .direction($0.inputs.direction) }, write: { n, v in if case .direction(let d) = v { n.inputs.direction = d } }),
        IndicatorField(name: "published", kind: .number, fileKey: "published", jsonKey: nil, help: Bilingual("the published score", "表中公布的得分"),
                       read: { .decimal($0.published) }, write: { n, v in if case .decimal(let d) = v { n.published = d } }),
    ]

    /// The field of a raw figure of an indicator (`在职人员数`): setting it recomputes the inputs its formulas give.
    public static func figure(_ name: String) -> IndicatorField {
        IndicatorField(name: name, kind: .quantity, fileKey: "figures", jsonKey: nil, help: Bilingual("a raw figure the indicator's formulas read", "指标公式读取的原始数据"),
                       read: { .quantity($0.figures[name]) },
                       write: { n, v in
                           if case .quantity(let q) = v { n.figures[name] = q; FormulaInputs.apply(to: &n) }
                       })
    }

    /// Names an assignment takes that are another field's (`score` enters a score).
    public static let aliases: [String: String] = ["score": "entered"]

    /// The field called `name` (or an alias of it).
    public static func named(_ name: String) -> IndicatorField? {
        let n = aliases[name] ?? name
        return byName[n]
    }

    /// Every name an assignment takes: the fields and their aliases.
    public static var settableNames: [String] { all.map(\.name) + aliases.keys.sorted() }

    static let byName: [String: IndicatorField] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
}
