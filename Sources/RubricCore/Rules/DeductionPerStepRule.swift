/// Deduction per step: full weight on the right side of a threshold, then k for every whole step beyond it, down to 0
/// (满意度 "90%以上得10分，每降5%扣1分，扣完为止").
public struct DeductionPerStepRule: ScoringRule {
    public static let id = "deduction-per-step"
    public static let title = "按档扣分 deduction per step"
    public static let summary = Bilingual("w while the actual is on the right side of `threshold`; then max(0, w − k · whole steps beyond it)",
                                          "实际值在 `threshold` 合格一侧时得 w；否则 max(0, w − k · 超出的整档数)")
    public static let parameterHelp: [(name: String, help: Bilingual)] = [
        ("threshold", Bilingual("where deductions start (required), e.g. 90%", "开始扣分的界限（必填），如 90%")),
        ("step", Bilingual("the size of one step (required), e.g. 5%", "每档大小（必填），如 5%")),
        ("k", Bilingual("points deducted per step (default 1)", "每档扣分（默认 1）")),
        ("side", Bilingual("`below` (default: each step the actual falls below the threshold) or `above`",
                           "`below`（默认：低于界限每一档扣分）或 `above`（高于界限每一档扣分）")),
        ("partial", Bilingual("`no` (default) counts whole steps only; `yes` counts a started step as a whole one (每降低5%及以内扣1分)",
                              "`no`（默认）只计整档；`yes` 不足一档也按一档计（每降低5%及以内扣1分）")),
    ]
    public static let example = Bilingual(
        "满意度 \"90%以上得10分，每降5%扣1分，扣完为止\": 86% → 10 (not a whole step), 85% → 9, 70% → 6",
        "满意度“90%以上得10分，每降5%扣1分，扣完为止”：86% → 10（不足一档），85% → 9，70% → 6")
    public static let reads = ["actual"]

    public let parameters: RuleParameters
    let threshold: ExactDecimal
    let step: ExactDecimal
    let k: ExactDecimal
    let above: Bool
    let startedCounts: Bool

    public init(parameters: RuleParameters) throws(RuleError) {
        self.parameters = parameters
        guard let t = try parameters.number("threshold", rule: Self.id, default: nil) else {
            throw .badParameter(rule: Self.id, name: "threshold", reason: .paramThresholdRequired)
        }
        guard let s = try parameters.number("step", rule: Self.id, default: nil), s.signum > 0 else {
            throw .badParameter(rule: Self.id, name: "step", reason: .paramStepRequired)
        }
        threshold = t
        step = s
        k = try parameters.number("k", rule: Self.id, default: 1) ?? 1
        let side = parameters.text("side", default: "below")
        guard side == "below" || side == "above" else { throw .badParameter(rule: Self.id, name: "side", reason: .paramBelowOrAbove, args: [side]) }
        above = side == "above"
        startedCounts = ["yes", "true"].contains(parameters.text("partial", default: "no"))
    }

    public static let lowers = true
    public func kernel(for x: RuleInput) -> RuleKernel? {
        guard let b = x.inputs.actual?.value else { return nil }
        return RuleKernel(.deductionPerStep, weight: x.weight, a: b, b: k, p: threshold, q: step,
                          sideAbove: above, partialSteps: startedCounts)
    }

    public func score(_ x: RuleInput, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        let actual = try require(x.inputs.actual, "actual")
        let b = actual.value
        func shown(_ v: ExactDecimal) -> String { Quantity(v, actual.unit).text() }
        let beyond = try exact { () throws(DecimalError) in above ? try b - threshold : try threshold - b }
        if beyond.signum <= 0 {
            trace?.add("actual \(shown(b)) is \(above ? "at or below" : "at or above") \(shown(threshold)): full weight \(x.weight.shortText())",
                       zh: "实际值 \(shown(b)) \(above ? "不高于" : "不低于") \(shown(threshold))：得满分 \(x.weight.shortText())")
            return x.weight
        }
        return try exact { () throws(DecimalError) in
            let ratio = try beyond.divided(by: step, places: 10)
            var steps = ratio.truncated(places: 0)
            if startedCounts && steps != ratio { steps = try steps + .one }
            let cut = try k * steps
            let s = ExactDecimal.maximum(.zero, try x.weight - cut)
            trace?.add("\(shown(beyond)) \(above ? "above" : "below") \(shown(threshold)) = \(steps.shortText()) step(s) of \(shown(step)) × \(k.shortText()) = −\(cut.shortText()); \(x.weight.shortText()) − \(cut.shortText()) → \(s.shortText())",
                       zh: "\(above ? "高于" : "低于") \(shown(threshold)) \(shown(beyond)) = \(steps.shortText()) 档（每档 \(shown(step))）× \(k.shortText()) = −\(cut.shortText())；\(x.weight.shortText()) − \(cut.shortText()) → \(s.shortText())")
            return x.context.roundScore(s, &trace)
        }
    }
}
