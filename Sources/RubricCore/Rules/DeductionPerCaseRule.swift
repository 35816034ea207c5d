/// Deduction per case: w − k for every case found, down to 0 (每出现一例…扣1分，扣完为止).
public struct DeductionPerCaseRule: ScoringRule {
    public static let id = "deduction-per-case"
    public static let title = "按例扣分 deduction per case"
    public static let summary = Bilingual("max(0, w − k · cases) (每出现一例扣k分，扣完为止)", "max(0, w − k · 例数)（每出现一例扣 k 分，扣完为止）")
    public static let parameterHelp: [(name: String, help: Bilingual)] = [("k", Bilingual("points deducted per case (default 1)", "每例扣分（默认 1）"))]
    public static let example = Bilingual(
        "广州 scheme, 采购合同签订时效性 (w = 3, k = 1): seed 000 signed 1 of its 28 contracts late → cases: 1 → 3 − 1 = 2",
        "广州评分办法「采购合同签订时效性」（分值 3，每例扣 1 分）：seed 000 的 28 份合同中有 1 份超期签订 → 例数 1 → 3 − 1 = 2")
    public static let reads = ["cases"]

    public let parameters: RuleParameters
    let k: ExactDecimal

    public init(parameters: RuleParameters) throws(RuleError) {
        self.parameters = parameters
        k = try parameters.number("k", rule: Self.id, default: 1) ?? 1
    }

    public static let lowers = true
    public func kernel(for x: RuleInput) -> RuleKernel? {
        guard let cases = x.inputs.cases else { return nil }
        return RuleKernel(.deductionPerCase, weight: x.weight, a: cases.isNegative ? .zero : cases, p: k)
    }

    public func score(_ x: RuleInput, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        let cases = nonNegative(try require(x.inputs.cases, "cases"), &trace)
        return try exact { () throws(DecimalError) in
            let cut = try k * cases
            let s = ExactDecimal.maximum(.zero, try x.weight - cut)
            trace?.add("\(cases.shortText()) case(s) × \(k.shortText()) = −\(cut.shortText()); \(x.weight.shortText()) − \(cut.shortText()) → \(s.shortText())",
                       zh: "\(cases.shortText()) 例 × \(k.shortText()) = −\(cut.shortText())；\(x.weight.shortText()) − \(cut.shortText()) → \(s.shortText())")
            return x.context.roundScore(s, &trace)
        }
    }
}
