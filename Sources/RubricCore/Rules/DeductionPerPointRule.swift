/// Deduction per point: w − k for every percentage point the actual lies over a threshold (三公经费控制率 ≤ 100%).
public struct DeductionPerPointRule: ScoringRule {
    public static let id = "deduction-per-point"
    public static let title = "按点扣分 deduction per point"
    public static let summary = Bilingual("max(0, w − k · points over the threshold); points are percentage points of the actual above `threshold`",
                                          "max(0, w − k · 超出的百分点数)；百分点 = 实际值超过 `threshold` 的部分")
    public static let parameterHelp: [(name: String, help: Bilingual)] = [
        ("k", Bilingual("points deducted per percentage point over (default 1)", "每超 1 个百分点扣分（默认 1）")),
        ("threshold", Bilingual("the limit the actual is measured against (default 100%)", "限额（默认 100%）")),
        ("partial", Bilingual("`yes` counts partial points (3.5 points over → 3.5·k); `no` (default) only whole points",
                              "`yes` 按实际超出计（超 3.5 个百分点 → 3.5·k）；`no`（默认）只计整数个百分点")),
    ]
    public static let example = Bilingual(
        "在职人员控制率 \"≤100%得满分，每超过1个百分点扣1分\" (examples/forms, w = 8): 106% → 8 − 6 = 2",
        "在职人员控制率“≤100%得满分，每超过1个百分点扣1分”（examples/forms，分值 8）：106% → 8 − 6 = 2")
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
            trace?.add("\(Quantity(b, .percent).text()) within \(Quantity(threshold, .percent).text()): full weight \(x.weight.shortText())",
                       zh: "\(Quantity(b, .percent).text()) 未超过 \(Quantity(threshold, .percent).text())：得满分 \(x.weight.shortText())")
            return x.weight
        }
        return try exact { () throws(DecimalError) in
            var points = try (b - threshold) * .hundred
            if !partial { points = points.truncated(places: 0) }
            let cut = try k * points
            let s = ExactDecimal.maximum(.zero, try x.weight - cut)
            trace?.add("\(points.shortText()) point(s) over \(Quantity(threshold, .percent).text()) × \(k.shortText()) = −\(cut.shortText()); \(x.weight.shortText()) − \(cut.shortText()) → \(s.shortText())",
                       zh: "超过 \(Quantity(threshold, .percent).text()) \(points.shortText()) 个百分点 × \(k.shortText()) = −\(cut.shortText())；\(x.weight.shortText()) − \(cut.shortText()) → \(s.shortText())")
            return x.context.roundScore(s, &trace)
        }
    }
}
