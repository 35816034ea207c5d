/// Qualitative bands: 达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w) — the cut points and which end of a band
/// holds the cut are parameters (100–80–50 in some provinces; `ends: upper` for "80%（含）以下"); an entered score outside
/// its band is an error.
public struct QualitativeRule: ScoringRule {
    public static let id = "qualitative"
    public static let title = "定性指标 qualitative (达成/部分达成/未达成)"
    public static let summary = Bilingual(
        "by default 达成 → [0.8w, w], 部分达成 → [0.6w, 0.8w), 未达成 → [0, 0.6w) (achieved-from and partly-from move the cut points); the assessor picks a point in the band (default: the band's top for 达成, its bottom otherwise)",
        "默认 达成 → [0.8w, w]，部分达成 → [0.6w, 0.8w)，未达成 → [0, 0.6w)（achieved-from、partly-from 可改变分界点）；评价人在档内取值（默认：达成取上限，其他取下限）")
    public static let parameterHelp: [(name: String, help: Bilingual)] = [
        ("achieved-from", Bilingual("lower edge of 达成 as a share of the weight (default 0.8)", "达成档的下限占分值的比例（默认 0.8）")),
        ("partly-from", Bilingual("lower edge of 部分达成 (default 0.6)", "部分达成档的下限（默认 0.6）")),
        ("ends", Bilingual("which band holds a cut point: lower (default: 80% is 达成, as the national note's 100-80%(含80%)) or upper (80% is 部分达成)",
                           "分界点归哪一档：lower（默认：80% 属达成，同全国表样注释“100-80%（含80%）”）或 upper（80% 属部分达成）")),
    ]
    public static let example = Bilingual(
        "national project form note: 达成 100–80%, 部分达成 80–60%, 未达成 60–0% of the weight; w = 10, 部分达成 → 6 unless the assessor enters 6–7.99",
        "全国项目支出绩效自评表注释：达成 100–80%，部分达成 80–60%，未达成 60–0%（占分值）；分值 10、部分达成 → 6，评价人可录入 6–7.99 之间的分数")
    public static let reads = ["level", "entered"]

    public let parameters: RuleParameters
    let achievedFrom: ExactDecimal
    let partlyFrom: ExactDecimal
    /// True when a cut point belongs to the band below it (`ends: upper`).
    let upperEnds: Bool

    public init(parameters: RuleParameters) throws(RuleError) {
        self.parameters = parameters
        achievedFrom = try parameters.number("achieved-from", rule: Self.id, default: "0.8") ?? "0.8"
        partlyFrom = try parameters.number("partly-from", rule: Self.id, default: "0.6") ?? "0.6"
        switch parameters["ends"] {
        case nil, .text("lower")?: upperEnds = false
        case .text("upper")?: upperEnds = true
        default: throw .badParameter(rule: Self.id, name: "ends", reason: .paramLowerOrUpper)
        }
        guard partlyFrom >= .zero, partlyFrom <= achievedFrom, achievedFrom <= .one else {
            throw .badParameter(rule: Self.id, name: "achieved-from", reason: .paramLevelsOrder)
        }
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

    public static let lowers = true
    /// The band is chosen once the level is known: the kernel holds the entered score, or the band's default point
    /// (nil when the entered score lies outside its band, so the rule says why).
    public func kernel(for x: RuleInput) -> RuleKernel? {
        guard let level = x.inputs.level, let (lo, hi) = try? band(level, weight: x.weight) else { return nil }
        let (closedBottom, closedTop) = closedEnds(level)
        if let e = x.inputs.entered {
            guard Self.lies(e, lo, hi, closedBottom, closedTop) else { return nil }
            return RuleKernel(.fixed, weight: x.weight, a: e)
        }
        return RuleKernel(.fixed, weight: x.weight, a: closedTop ? hi : lo)
    }

    /// Which ends of a level's band are closed. Lower ends: [lo, hi) with the top band closed; upper ends: (lo, hi]
    /// with the bottom band closed. The default score is the closed top, else the bottom.
    func closedEnds(_ level: QualitativeLevel) -> (bottom: Bool, top: Bool) {
        (!upperEnds || level == .notAchieved, upperEnds || level == .achieved)
    }

    /// Whether `e` lies in the band from `lo` to `hi` with those ends.
    static func lies(_ e: ExactDecimal, _ lo: ExactDecimal, _ hi: ExactDecimal, _ closedBottom: Bool, _ closedTop: Bool) -> Bool {
        (closedBottom ? e >= lo : e > lo) && (closedTop ? e <= hi : e < hi)
    }

    public func score(_ x: RuleInput, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        let level = try require(x.inputs.level, "level")
        let (lo, hi) = try band(level, weight: x.weight)
        let (closedBottom, closedTop) = closedEnds(level)
        let band = "\(closedBottom ? "[" : "(")\(lo.shortText()), \(hi.shortText())\(closedTop ? "]" : ")")"
        trace?.add("\(level.rawValue): band \(band) of weight \(x.weight.shortText())", zh: "\(level.rawValue)：分值 \(x.weight.shortText()) 的档次 \(band)")
        if let e = x.inputs.entered {
            if !Self.lies(e, lo, hi, closedBottom, closedTop) { throw .outsideBand(score: e, level: level, low: lo, high: hi) }
            trace?.add("entered score \(e.shortText()) lies in the band", zh: "录入得分 \(e.shortText()) 在档内")
            return e
        }
        // The default is a point inside the band: its top when the top is closed, else its bottom.
        let s = closedTop ? hi : lo
        trace?.add("no score entered: \(closedTop ? "top" : "bottom") of the band, \(s.shortText())", zh: "未录入得分：取档次\(closedTop ? "上限" : "下限") \(s.shortText())")
        return s
    }
}
