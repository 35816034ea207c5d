/// The national positive rule: below target proportional, at or above target full marks.
public struct PositiveNationalRule: ScoringRule {
    public static let id = "positive-national"
    public static let title = "正向指标（全国） positive, national"
    public static let summary = Bilingual("B/A < 1 → w·B/A; otherwise w (over-achievement is left to judgement)",
                                          "B/A < 1 → w·B/A；否则得满分 w（超额完成由评价人判断）")
    public static let parameterHelp: [(name: String, help: Bilingual)] = []
    public static let example = Bilingual(
        "廊坊 2019 project table, 工程资金金额 (w = 10): 37.24 of 43.2 → 86.2%: 10 × 86.2% = 8.62 (the table publishes 9)",
        "廊坊 2019 项目支出绩效自评表「工程资金金额」（分值 10）：43.2 中完成 37.24 → 86.2%：10 × 86.2% = 8.62（表中填 9）")
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
        let rate = try x.context.rate(b, over: a, Bilingual("completion B/A", "完成率 B/A"), &trace)
        if rate < .one {
            let s = try exact { () throws(DecimalError) in try x.weight * rate }
            trace?.add("below target: proportional, \(x.weight.shortText()) × \(Quantity(rate, .percent).text()) = \(s.shortText(maxPlaces: 10))",
                       zh: "未达目标：按比例，\(x.weight.shortText()) × \(Quantity(rate, .percent).text()) = \(s.shortText(maxPlaces: 10))")
            return x.context.roundScore(s, &trace)
        }
        trace?.add("target met: full weight \(x.weight.shortText())", zh: "达到目标：得满分 \(x.weight.shortText())")
        return x.weight
    }
}
