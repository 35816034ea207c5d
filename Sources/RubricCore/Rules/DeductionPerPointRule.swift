/// Deduction per point: w − k for every percentage point the actual lies over a threshold (三公经费控制率 ≤ 100%).
public struct DeductionPerPointRule: ScoringRule {
    public static let id = "deduction-per-point"
    public static let title = "按点扣分 deduction per point"
    public static let summary = "max(0, w − k · points over the threshold); points are percentage points of the actual above `threshold`"
    public static let parameterHelp: [(name: String, help: String)] = [
        ("k", "points deducted per percentage point over (default 1)"),
        ("threshold", "the limit the actual is measured against (default 100%)"),
        ("partial", "`yes` counts partial points (3.5 points over → 3.5·k); `no` (default) only whole points"),
    ]
    public static let reads = ["actual"]

    public let parameters: RuleParameters
    let k: ExactDecimal
    let threshold: ExactDecimal
    let partial: Bool

    public init(parameters: RuleParameters) throws(RuleError) {
        self.parameters = parameters
        k = try parameters.number("k", rule: Self.id, default: 1) ?? 1
        threshold = try parameters.number("threshold", rule: Self.id, default: 1) ?? 1
        partial = ["yes", "true", "partial"].contains(parameters.text("partial", default: "no"))
    }

    public static let lowers = true
    public func kernel(for x: RuleInput) -> RuleKernel? {
        guard let b = x.inputs.actual?.value else { return nil }
        return RuleKernel(.deductionPerPoint, weight: x.weight, a: b, b: k, p: threshold, partialSteps: partial)
    }

    public func score(_ x: RuleInput, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        let b = try require(x.inputs.actual, "actual").value
        if b <= threshold {
            trace?.add("\(Quantity(b, .percent).text()) within \(Quantity(threshold, .percent).text()): full weight \(x.weight.shortText())")
            return x.weight
        }
        return try exact { () throws(DecimalError) in
            var points = try (b - threshold) * .hundred
            if !partial { points = points.truncated(places: 0) }
            let cut = try k * points
            let s = ExactDecimal.maximum(.zero, try x.weight - cut)
            trace?.add("\(points.shortText()) point(s) over \(Quantity(threshold, .percent).text()) × \(k.shortText()) = −\(cut.shortText()); \(x.weight.shortText()) − \(cut.shortText()) → \(s.shortText())")
            return x.context.roundScore(s, &trace)
        }
    }
}
