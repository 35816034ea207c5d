/// Tiers: the first band whose bound the actual does not exceed gives the points (预算调整率 0 → 3, ≤10% → 2, ≤20% → 1 …).
public struct TiersRule: ScoringRule {
    public static let id = "tiers"
    public static let title = "分档计分 tiers"
    public static let summary = "the first tier whose bound holds (actual ≤ up-to) gives its points; a tier without a bound catches the rest"
    public static let parameterHelp: [(name: String, help: String)] = [("tiers", "a list of {up-to: VALUE, points: N}, the last may omit up-to")]
    public static let reads = ["actual"]

    public let parameters: RuleParameters
    let tiers: [Tier]

    public init(parameters: RuleParameters) throws(RuleError) {
        self.parameters = parameters
        guard case .tiers(let t)? = parameters["tiers"], !t.isEmpty else {
            throw .badParameter(rule: Self.id, name: "tiers", reason: "is required: a list of {up-to, points}")
        }
        tiers = t
    }

    public func score(_ x: RuleInput, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        let b = try require(x.inputs.actual, "actual").value
        for t in tiers {
            if let u = t.upTo, b > u { continue }
            trace?.add("actual \(b.shortText()) falls in tier \(t): \(t.points.shortText())")
            return t.points
        }
        trace?.add("actual \(b.shortText()) falls in no tier: 0")
        return .zero
    }
}
