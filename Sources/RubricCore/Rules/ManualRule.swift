/// Manual scores: the assessor enters the score (most 管理效率 items); without one, the published score stands.
public struct ManualRule: ScoringRule {
    public static let id = "manual"
    public static let title = "人工评分 manual"
    public static let summary = "the score is entered by the assessor (the published 得分 when nothing else is entered)"
    public static let parameterHelp: [(name: String, help: String)] = []
    public static let reads = ["entered"]

    public let parameters: RuleParameters
    public init(parameters: RuleParameters) throws(RuleError) { self.parameters = parameters }

    public func score(_ x: RuleInput, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        let e = try require(x.inputs.entered, "entered")
        trace?.add("entered score \(e.shortText())")
        return e
    }
}
