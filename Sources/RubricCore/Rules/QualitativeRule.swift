/// Qualitative bands: 达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w); an entered score outside its band is an error.
public struct QualitativeRule: ScoringRule {
    public static let id = "qualitative"
    public static let title = "定性指标 qualitative (达成/部分达成/未达成)"
    public static let summary = "达成 → [0.8w, w], 部分达成 → [0.6w, 0.8w), 未达成 → [0, 0.6w); the assessor picks a point in the band (default: the band's top for 达成, its bottom otherwise)"
    public static let parameterHelp: [(name: String, help: String)] = [
        ("achieved-from", "lower edge of 达成 as a share of the weight (default 0.8)"),
        ("partly-from", "lower edge of 部分达成 (default 0.6)"),
    ]
    public static let reads = ["level", "entered"]

    public let parameters: RuleParameters
    let achievedFrom: ExactDecimal
    let partlyFrom: ExactDecimal

    public init(parameters: RuleParameters) throws(RuleError) {
        self.parameters = parameters
        achievedFrom = try parameters.number("achieved-from", rule: Self.id, default: "0.8") ?? "0.8"
        partlyFrom = try parameters.number("partly-from", rule: Self.id, default: "0.6") ?? "0.6"
    }

    /// The band [low, high] of a level for weight `w`.
    public func band(_ level: QualitativeLevel, weight w: ExactDecimal) throws(RuleError) -> (ExactDecimal, ExactDecimal) {
        try exact { () throws(DecimalError) in
            switch level {
            case .achieved: return (try w * achievedFrom, w)
            case .partly: return (try w * partlyFrom, try w * achievedFrom)
            case .notAchieved: return (.zero, try w * partlyFrom)
            }
        }
    }

    public func score(_ x: RuleInput, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        let level = try require(x.inputs.level, "level")
        let (lo, hi) = try band(level, weight: x.weight)
        let closedTop = level == .achieved
        trace?.add("\(level.rawValue): band [\(lo.shortText()), \(hi.shortText())\(closedTop ? "]" : ")") of weight \(x.weight.shortText())")
        if let e = x.inputs.entered {
            let inside = e >= lo && (closedTop ? e <= hi : e < hi)
            if !inside { throw .outsideBand(score: e, level: level, low: lo, high: hi) }
            trace?.add("entered score \(e.shortText()) lies in the band")
            return e
        }
        let s = level == .achieved ? hi : lo
        trace?.add("no score entered: \(level == .achieved ? "top" : "bottom") of the band, \(s.shortText())")
        return s
    }
}
