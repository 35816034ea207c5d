/// Direction / trend targets (较去年同期下降): the change went the right way → w, otherwise 0.
public struct DirectionRule: ScoringRule {
    public static let id = "direction"
    public static let title = "方向/趋势指标 direction (较去年同期下降/增长)"
    public static let summary = Bilingual("the actual is a change; it went the target's way (down for 下降, up for 增长) → w; otherwise 0",
                                          "实际值是变动量；与目标方向一致（下降或增长）→ w；否则 0")
    public static let parameterHelp: [(name: String, help: Bilingual)] = []
    public static let example = Bilingual(
        "seed 002, 规模以上单位工业增加值能耗, target 较去年同期下降: it rose 0.4% → 0; any fall → the full share",
        "seed 002「规模以上单位工业增加值能耗」，目标较去年同期下降：实际上升 0.4% → 0；只要下降即得全部份额")
    public static let reads = ["actual", "direction"]

    public let parameters: RuleParameters
    public init(parameters: RuleParameters) throws(RuleError) { self.parameters = parameters }

    public func score(_ x: RuleInput, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        let change = try require(x.inputs.actual, "actual")
        let direction = x.inputs.direction ?? .decrease
        let achieved: Bool
        switch direction {
        case .increase, .atLeast: achieved = change.value.signum > 0
        default: achieved = change.value.signum < 0
        }
        let up = direction == .increase || direction == .atLeast
        trace?.add("target: \(up ? "an increase" : "a decrease"); actual change \(change.text()) → \(achieved ? "achieved: \(x.weight.shortText())" : "moved the wrong way: 0")",
                   zh: "目标：\(up ? "增长" : "下降")；实际变动 \(change.text()) → \(achieved ? "达成：\(x.weight.shortText())" : "方向相反：0")")
        return achieved ? x.weight : .zero
    }
}
