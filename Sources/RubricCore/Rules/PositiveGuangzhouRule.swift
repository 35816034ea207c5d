/// Guangzhou's positive rule: below target proportional, 100–150% full marks, above 150% half the weight (减半得分).
public struct PositiveGuangzhouRule: ScoringRule {
    public static let id = "positive-guangzhou"
    public static let title = "正向指标（广州，超150%减半） positive, Guangzhou"
    public static let summary = "B/A < 1 → w·B/A; 1 ≤ B/A ≤ overshoot → w; B/A > overshoot → w·overshoot-factor (target set too low)"
    public static let parameterHelp: [(name: String, help: String)] = [
        ("overshoot", "completion above which the score is cut (default 1.5 = 150%; `none` turns the cut off)"),
        ("overshoot-factor", "share of the weight given above the overshoot (default 0.5)"),
    ]
    public static let reads = ["target", "actual"]

    public let parameters: RuleParameters
    let overshoot: ExactDecimal?
    let factor: ExactDecimal

    public init(parameters: RuleParameters) throws(RuleError) {
        self.parameters = parameters
        overshoot = try parameters.number("overshoot", rule: Self.id, default: "1.5")
        factor = try parameters.number("overshoot-factor", rule: Self.id, default: "0.5") ?? "0.5"
    }

    public static let lowers = true
    public func kernel(for x: RuleInput) -> RuleKernel? {
        guard let a = x.inputs.target?.value, let b = x.inputs.actual?.value else { return nil }
        return RuleKernel(.positive, weight: x.weight, a: a, b: b.isNegative ? .zero : b,
                          p: overshoot ?? .zero, q: factor, hasOvershoot: overshoot != nil)
    }

    public func score(_ x: RuleInput, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        let a = try require(x.inputs.target, "target").value
        let b = nonNegative(try require(x.inputs.actual, "actual").value, &trace)
        let w = x.weight
        let rate = try x.context.rate(b, over: a, "completion B/A", &trace)
        if rate < .one {
            let s = try exact { () throws(DecimalError) in try w * rate }
            trace?.add("below target: proportional, \(w.shortText()) × \(Quantity(rate, .percent).text()) = \(s.shortText(maxPlaces: 10))")
            return x.context.roundScore(s, &trace)
        }
        if let o = overshoot, rate > o {
            let s = try exact { () throws(DecimalError) in try w * factor }
            trace?.add("above \(Quantity(o, .percent).text()) of target (target set too low): \(w.shortText()) × \(factor.shortText()) = \(s.shortText())")
            return x.context.roundScore(s, &trace)
        }
        trace?.add("target met" + (overshoot.map { " (≤ \(Quantity($0, .percent).text()))" } ?? "") + ": full weight \(w.shortText())")
        return w
    }
}
