/// Zero targets (事故数 = 0): nothing happened → w, otherwise 0.
public struct ZeroTargetRule: ScoringRule {
    public static let id = "zero-target"
    public static let title = "零目标 zero target (事故数 = 0)"
    public static let summary = Bilingual("B ≤ 0 → w; otherwise 0", "B ≤ 0 → w；否则 0")
    public static let parameterHelp: [(name: String, help: Bilingual)] = []
    public static let example = Bilingual("安全生产事故数 = 0: actual 0 → full weight; 1 → 0", "安全生产事故数 = 0：实际 0 → 满分；1 → 0")
    public static let reads = ["actual"]

    public let parameters: RuleParameters
    public init(parameters: RuleParameters) throws(RuleError) { self.parameters = parameters }

    public func score(_ x: RuleInput, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        let b = try require(x.inputs.actual, "actual").value
        let ok = b.signum <= 0
        trace?.add("actual \(b.shortText()) \(ok ? "≤ 0: full weight \(x.weight.shortText())" : "> 0: 0")",
                   zh: "实际值 \(b.shortText()) \(ok ? "≤ 0：得满分 \(x.weight.shortText())" : "> 0：0")")
        return ok ? x.weight : .zero
    }
}
