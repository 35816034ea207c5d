/// The national positive rule: below target proportional, at or above target full marks.
public struct PositiveNationalRule: ScoringRule {
    public static let id = "positive-national"
    public static let title = "正向指标（全国） positive, national"
    public static let summary = "B/A < 1 → w·B/A; otherwise w (over-achievement is left to judgement)"
    public static let parameterHelp: [(name: String, help: String)] = []
    public static let reads = ["target", "actual"]

    public let parameters: RuleParameters
    public init(parameters: RuleParameters) throws(RuleError) { self.parameters = parameters }

    public static let lowers = true
    public func kernel(for x: RuleInput) -> RuleKernel? {
        guard let a = x.inputs.target?.value, let b = x.inputs.actual?.value else { return nil }
        return RuleKernel(.positive, weight: x.weight, a: a, b: b.isNegative ? .zero : b)
    }

    public func score(_ x: RuleInput, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        let a = try require(x.inputs.target, "target").value
        let b = nonNegative(try require(x.inputs.actual, "actual").value, &trace)
        let rate = try x.context.rate(b, over: a, "completion B/A", &trace)
        if rate < .one {
            let s = try exact { () throws(DecimalError) in try x.weight * rate }
            trace?.add("below target: proportional, \(x.weight.shortText()) × \(Quantity(rate, .percent).text()) = \(s.shortText(maxPlaces: 10))")
            return x.context.roundScore(s, &trace)
        }
        trace?.add("target met: full weight \(x.weight.shortText())")
        return x.weight
    }
}
