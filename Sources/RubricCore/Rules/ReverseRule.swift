/// Reverse (lower is better, ≤ target) in its two variants: ratio w·A/B, or linear down to 0 at twice the target.
public struct ReverseRule: ScoringRule {
    public static let id = "reverse"
    public static let title = "反向指标 reverse (≤ target)"
    public static let summary = Bilingual("B ≤ A → w; else ratio: w·A/B, or linear: A < B < 2A → w·(1 − (B−A)/A), B ≥ 2A → 0",
                                          "B ≤ A → w；否则 ratio（比值）：w·A/B，或 linear（线性）：A < B < 2A → w·(1 − (B−A)/A)，B ≥ 2A → 0")
    public static let parameterHelp: [(name: String, help: Bilingual)] = [
        ("variant", Bilingual("`ratio` (default) or `linear`", "`ratio`（默认，按比值）或 `linear`（线性扣减）")),
    ]
    public static let example = Bilingual(
        "在职人员控制率 ≤ 100% (w = 8, an illustration): 106% → ratio 8 × 94.34% = 7.55; linear 8 × (1 − 6%) = 7.52",
        "在职人员控制率 ≤ 100%（分值 8，示例）：实际 106% → ratio：8 × 94.34% = 7.55；linear：8 × (1 − 6%) = 7.52")
    public static let reads = ["target", "actual"]

    public let parameters: RuleParameters
    let linear: Bool

    public init(parameters: RuleParameters) throws(RuleError) {
        self.parameters = parameters
        let v = parameters.text("variant", default: "ratio")
        guard v == "ratio" || v == "linear" else { throw .badParameter(rule: Self.id, name: "variant", reason: .paramRatioOrLinear, args: [v]) }
        linear = v == "linear"
    }

    public func score(_ x: RuleInput, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        let a = try require(x.inputs.target, "target").value
        let b = nonNegative(try require(x.inputs.actual, "actual").value, &trace)
        let w = x.weight
        if b <= a {
            trace?.add("\(b.shortText()) ≤ target \(a.shortText()): full weight \(w.shortText())",
                       zh: "\(b.shortText()) ≤ 目标 \(a.shortText())：得满分 \(w.shortText())")
            return w
        }
        if linear {
            let twice = try exact { () throws(DecimalError) in try a + a }
            if b >= twice {
                trace?.add("\(b.shortText()) ≥ twice the target \(twice.shortText()): 0", zh: "\(b.shortText()) ≥ 目标的两倍 \(twice.shortText())：0")
                return .zero
            }
            let over = try exact { () throws(DecimalError) in try b - a }
            let share = try x.context.rate(over, over: a, Bilingual("overrun (B−A)/A", "超出比例 (B−A)/A"), &trace)
            let s = try exact { () throws(DecimalError) in try w * (.one - share) }
            trace?.add("linear: \(w.shortText()) × (1 − \(Quantity(share, .percent).text())) = \(s.shortText(maxPlaces: 10))",
                       zh: "线性：\(w.shortText()) × (1 − \(Quantity(share, .percent).text())) = \(s.shortText(maxPlaces: 10))")
            return x.context.roundScore(s, &trace)
        }
        let ratio = try x.context.rate(a, over: b, Bilingual("ratio A/B", "比值 A/B"), &trace)
        let s = try exact { () throws(DecimalError) in try w * ratio }
        trace?.add("above target: \(w.shortText()) × \(Quantity(ratio, .percent).text()) = \(s.shortText(maxPlaces: 10))",
                   zh: "超过目标：\(w.shortText()) × \(Quantity(ratio, .percent).text()) = \(s.shortText(maxPlaces: 10))")
        return x.context.roundScore(s, &trace)
    }
}
