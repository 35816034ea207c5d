/// Execution rate (支出率): weight × spent ÷ budget, capped at the weight.
public struct ExecutionRateRule: ScoringRule {
    public static let id = "execution-rate"
    public static let title = "执行率 execution rate (支出率)"
    public static let summary = "R(w · min(B/A, 1)), B = 执行数 (spent), A = 全年(调整后)预算数 (budget)"
    public static let parameterHelp: [(name: String, help: String)] = []
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
        var rate = try x.context.rate(b, over: a, "rate", &trace)
        if rate > .one {
            trace?.add("rate above 100%: counted as 100%")
            rate = .one
        }
        let s = try exact { () throws(DecimalError) in try x.weight * rate }
        trace?.add("\(x.weight.shortText()) × \(Quantity(rate, .percent).text()) = \(s.shortText(maxPlaces: 10))")
        return x.context.roundScore(s, &trace)
    }
}
