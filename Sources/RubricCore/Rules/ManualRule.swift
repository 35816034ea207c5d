/// Manual scores: the assessor enters the score (most 管理效率 items); without one, the published score stands.
public struct ManualRule: ScoringRule {
    public static let id = "manual"
    public static let title = "人工评分 manual"
    public static let summary = Bilingual("the score is entered by the assessor (the published 得分 when nothing else is entered)",
                                          "得分由评价人录入（未录入时取表中公布的得分）")
    public static let parameterHelp: [(name: String, help: Bilingual)] = []
    public static let example = Bilingual("most 管理效率 items (预算编制, 资产管理 …): the 得分 the assessor gives against the 评分标准",
                                          "大多数管理效率类指标（预算编制、资产管理等）：取评价人按评分标准给出的得分")
    public static let reads = ["entered"]

    public let parameters: RuleParameters
    public init(parameters: RuleParameters) throws(RuleError) { self.parameters = parameters }

    public func score(_ x: RuleInput, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        let e = try require(x.inputs.entered, "entered")
        trace?.add("entered score \(e.shortText())", zh: "录入得分 \(e.shortText())")
        return e
    }
}
