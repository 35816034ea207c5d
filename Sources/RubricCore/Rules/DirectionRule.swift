/// Direction / trend targets (较去年同期下降): the change went the right way → w, otherwise 0.
public struct DirectionRule: ScoringRule {
    public static let id = "direction"
    public static let title = "方向/趋势指标 direction (较去年同期下降/增长)"
    public static let summary = "the actual is a change; it went the target's way (down for 下降, up for 增长) → w; otherwise 0"
    public static let parameterHelp: [(name: String, help: String)] = []
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
        let want = (direction == .increase || direction == .atLeast) ? "an increase" : "a decrease"
        trace?.add("target: \(want); actual change \(change.text()) → \(achieved ? "achieved: \(x.weight.shortText())" : "moved the wrong way: 0")")
        return achieved ? x.weight : .zero
    }
}
