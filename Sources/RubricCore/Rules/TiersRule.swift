/// Tiers: the first band whose bound the actual does not exceed gives the points (预算调整率 0 → 3, ≤10% → 2, ≤20% → 1 …).
public struct TiersRule: ScoringRule {
    public static let id = "tiers"
    public static let title = "分档计分 tiers"
    public static let summary = Bilingual(
        "the first tier whose bounds all hold gives its points (up-to ≤, below <, from ≥, above >, equals =); a tier without bounds catches the rest",
        "第一个界限全部满足的档次给出其分数（up-to ≤、below <、from ≥、above >、equals =）；不设界限的档次接住其余情况")
    public static let parameterHelp: [(name: String, help: Bilingual)] = [
        ("tiers", Bilingual("a list of {from/above: VALUE, up-to/below: VALUE, equals: VALUE, points: N}; the last may have no bound",
                            "档次列表 {from/above: 值, up-to/below: 值, equals: 值, points: 分}；最后一档可不设界限")),
        ("measure", Bilingual("`actual` (default), or `deviation`: the bands apply to |actual| (控制在±10%以内)",
                              "`actual`（默认），或 `deviation`：按 |实际值| 分档（控制在±10%以内）")),
    ]
    public static let example = Bilingual(
        "重点支出安排率 \"≥90%，计5分；80%(含)-90%，计4分；…；低于60%不得分\": [{from: 90%, points: 5}, {from: 80%, below: 90%, points: 4}, …, {points: 0}] — 90% → 5, 89.995% → 4, 80% → 4",
        "重点支出安排率“≥90%，计5分；80%(含)-90%，计4分；…；低于60%不得分”：[{from: 90%, points: 5}, {from: 80%, below: 90%, points: 4}, …, {points: 0}]——90% → 5，89.995% → 4，80% → 4")
    public static let reads = ["actual"]

    public let parameters: RuleParameters
    let tiers: [Tier]
    let deviation: Bool

    public init(parameters: RuleParameters) throws(RuleError) {
        self.parameters = parameters
        guard case .tiers(let t)? = parameters["tiers"], !t.isEmpty else {
            throw .badParameter(rule: Self.id, name: "tiers", reason: .paramTiersRequired)
        }
        // A tier whose lower end is not below its upper end holds nothing (`{from: 90%, below: 80%}`): a mistake.
        for (k, tier) in t.enumerated() where !tier.canHoldAValue {
            throw .badParameter(rule: Self.id, name: "tiers", reason: .paramTierHoldsNothing, args: ["\(k + 1) (\(tier.description(percent: false)))"])
        }
        tiers = t
        let m = parameters.text("measure", default: "actual")
        guard m == "actual" || m == "deviation" else {
            throw .badParameter(rule: Self.id, name: "measure", reason: .paramActualOrDeviation, args: [m])
        }
        deviation = m == "deviation"
    }

    public static let lowers = true
    /// The tier is chosen once the actual is known: the kernel holds its points.
    public func kernel(for x: RuleInput) -> RuleKernel? {
        guard var b = x.inputs.actual?.value else { return nil }
        if deviation && b.isNegative { b = b.magnitude }
        let points = tiers.first { $0.contains(b) }?.points ?? .zero
        return RuleKernel(.fixed, weight: x.weight, a: points)
    }

    public func score(_ x: RuleInput, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        let actual = try require(x.inputs.actual, "actual")
        var b = actual.value
        let percent = actual.unit == .percent
        func shown(_ v: ExactDecimal) -> String { Quantity(v, actual.unit).text() }
        if deviation && b.isNegative {
            b = b.magnitude
            trace?.add("a deviation: the bands apply to its size, \(shown(b))", zh: "偏差：按其绝对值分档，\(shown(b))")
        }
        for t in tiers where t.contains(b) {
            trace?.add("actual \(shown(b)) falls in tier \(t.description(percent: percent, in: .en)): \(t.points.shortText())",
                       zh: "实际值 \(shown(b)) 落在档次 \(t.description(percent: percent, in: .zh))：\(t.points.shortText())")
            return t.points
        }
        trace?.add("actual \(shown(b)) falls in no tier: 0", zh: "实际值 \(shown(b)) 不在任何档次：0")
        return .zero
    }
}
