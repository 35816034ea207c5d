/// Guangzhou's positive rule: below target proportional, 100–150% full marks, above 150% half the weight (减半得分).
public struct PositiveGuangzhouRule: ScoringRule {
    public static let id = "positive-guangzhou"
    public static let title = "正向指标（广州，超150%减半） positive, Guangzhou"
    public static let summary = Bilingual(
        "B/A < 1 → w·B/A; 1 ≤ B/A ≤ overshoot → w; B/A > overshoot → w·overshoot-factor (target set too low)",
        "B/A < 1 → w·B/A；1 ≤ B/A ≤ overshoot → w；B/A > overshoot → w·overshoot-factor（目标值设定偏低）")
    public static let parameterHelp: [(name: String, help: Bilingual)] = [
        ("overshoot", Bilingual("completion above which the score is cut (default 1.5 = 150%; `none` turns the cut off)",
                                "完成率超过该值即减分（默认 1.5 = 150%；`none` 不减分）")),
        ("overshoot-factor", Bilingual("share of the weight given above the overshoot (default 0.5)",
                                       "超过 overshoot 时得分占分值的比例（默认 0.5，即减半）")),
    ]
    public static let example = Bilingual(
        "seed 001, 新增上市企业: target 1家, actual 4家 → 400% > 150%: the target earns half its share (factor 0.5); from 100% to 150% it earns all of it, below 100% in proportion",
        "seed 001「新增上市企业」：目标 1家，实际 4家 → 400% > 150%：该目标只得其份额的一半（系数 0.5）；100%–150% 得全部份额，低于 100% 按比例")
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
        let rate = try x.context.rate(b, over: a, Bilingual("completion B/A", "完成率 B/A"), &trace)
        if rate < .one {
            let s = try exact { () throws(DecimalError) in try w * rate }
            trace?.add("below target: proportional, \(w.shortText()) × \(Quantity(rate, .percent).text()) = \(s.shortText(maxPlaces: 10))",
                       zh: "未达目标：按比例，\(w.shortText()) × \(Quantity(rate, .percent).text()) = \(s.shortText(maxPlaces: 10))")
            return x.context.roundScore(s, &trace)
        }
        if let o = overshoot, rate > o {
            let s = try exact { () throws(DecimalError) in try w * factor }
            trace?.add("above \(Quantity(o, .percent).text()) of target (target set too low): \(w.shortText()) × \(factor.shortText()) = \(s.shortText())",
                       zh: "超过目标的 \(Quantity(o, .percent).text())（目标值设定偏低）：\(w.shortText()) × \(factor.shortText()) = \(s.shortText())")
            return x.context.roundScore(s, &trace)
        }
        let within = overshoot.map { " (≤ \(Quantity($0, .percent).text()))" } ?? ""
        trace?.add("target met\(within): full weight \(w.shortText())", zh: "达到目标\(within)：得满分 \(w.shortText())")
        return w
    }
}
