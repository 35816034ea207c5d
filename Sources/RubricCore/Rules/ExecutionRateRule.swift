/// Execution rate (支出率): weight × spent ÷ budget, capped at the weight.
public struct ExecutionRateRule: ScoringRule {
    public static let id = "execution-rate"
    public static let title = "执行率 execution rate (支出率)"
    public static let summary = Bilingual("R(w · min(B/A, 1)), B = 执行数 (spent), A = 全年(调整后)预算数 (budget)",
                                          "R(w · min(B/A, 1))，B = 执行数（spent），A = 全年（调整后）预算数（budget）")
    public static let parameterHelp: [(name: String, help: Bilingual)] = []
    public static let example = Bilingual(
        "seed 002, 专项资金支出率 (w = 5): 425,020.15 ÷ 447,790.64 = 94.91%; 5 × 94.91% = 4.7455 → 4.75",
        "seed 002「专项资金支出率」（分值 5）：425,020.15 ÷ 447,790.64 = 94.91%；5 × 94.91% = 4.7455 → 4.75")
    public static let reads = ["budget", "spent"]

    public let parameters: RuleParameters
    public init(parameters: RuleParameters) throws(RuleError) { self.parameters = parameters }

    public static let lowers = true
    public func kernel(for x: RuleInput) -> RuleKernel? {
        guard let a = x.inputs.budget, let b = x.inputs.spent else { return nil }
        return RuleKernel(.executionRate, weight: x.weight, a: a, b: b.isNegative ? .zero : b)
    }

    public func score(_ x: RuleInput, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        let a = try require(x.inputs.budget, "budget")
        let b = nonNegative(try require(x.inputs.spent, "spent"), &trace)
        var rate = try x.context.rate(b, over: a, Bilingual("rate", "执行率"), &trace)
        if rate > .one {
            trace?.add("rate above 100%: counted as 100%", zh: "执行率超过 100%：按 100% 计")
            rate = .one
        }
        let s = try exact { () throws(DecimalError) in try x.weight * rate }
        trace?.add("\(x.weight.shortText()) × \(Quantity(rate, .percent).text()) = \(s.shortText(maxPlaces: 10))")
        return x.context.roundScore(s, &trace)
    }
}
