/// Reverse (lower is better, ≤ target) in its two variants: ratio w·A/B, or linear down to 0 at twice the target.
public struct ReverseRule: ScoringRule {
    public static let id = "reverse"
    public static let title = "反向指标 reverse (≤ target)"
    public static let summary = "B ≤ A → w; else ratio: w·A/B, or linear: A < B < 2A → w·(1 − (B−A)/A), B ≥ 2A → 0"
    public static let parameterHelp: [(name: String, help: String)] = [
        ("variant", "`ratio` (default) or `linear`"),
    ]
    public static let reads = ["target", "actual"]

    public let parameters: RuleParameters
    let linear: Bool

    public init(parameters: RuleParameters) throws(RuleError) {
        self.parameters = parameters
        let v = parameters.text("variant", default: "ratio")
        guard v == "ratio" || v == "linear" else { throw .badParameter(rule: Self.id, name: "variant", reason: "must be 'ratio' or 'linear', not '\(v)'") }
        linear = v == "linear"
    }

    public func score(_ x: RuleInput, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        let a = try require(x.inputs.target, "target").value
        let b = nonNegative(try require(x.inputs.actual, "actual").value, &trace)
        let w = x.weight
        if b <= a {
            trace?.add("\(b.shortText()) ≤ target \(a.shortText()): full weight \(w.shortText())")
            return w
        }
        if linear {
            let twice = try exact { () throws(DecimalError) in try a + a }
            if b >= twice {
                trace?.add("\(b.shortText()) ≥ twice the target \(twice.shortText()): 0")
                return .zero
            }
            let over = try exact { () throws(DecimalError) in try b - a }
            let share = try x.context.rate(over, over: a, "overrun (B−A)/A", &trace)
            let s = try exact { () throws(DecimalError) in try w * (.one - share) }
            trace?.add("linear: \(w.shortText()) × (1 − \(Quantity(share, .percent).text())) = \(s.shortText(maxPlaces: 10))")
            return x.context.roundScore(s, &trace)
        }
        let ratio = try x.context.rate(a, over: b, "ratio A/B", &trace)
        let s = try exact { () throws(DecimalError) in try w * ratio }
        trace?.add("above target: \(w.shortText()) × \(Quantity(ratio, .percent).text()) = \(s.shortText(maxPlaces: 10))")
        return x.context.roundScore(s, &trace)
    }
}
