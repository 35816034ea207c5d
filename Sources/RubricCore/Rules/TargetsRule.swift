/// Target completion (产出/效益指标完成情况): the indicator's score is the sum of its targets' scores.
///
/// Each target is scored by its own rule against its share of the weight (explicit, or an equal share of
/// what explicit weights leave) without rounding; the sum is rounded once, at the indicator. The engine
/// calls ``combine(weight:shares:factors:context:trace:)``; this type exists so the family is registered and documented.
public struct TargetsRule: ScoringRule {
    public static let id = "targets"
    public static let title = "目标完成情况 target completion"
    public static let summary = Bilingual("the sum over the indicator's targets of share × factor, where factor is the target's rule scored on weight 1; rounded once",
                                          "各目标的 份额 × 系数 之和（系数 = 该目标按其规则在分值 1 上的得分）；只在最后四舍五入一次")
    public static let parameterHelp: [(name: String, help: Bilingual)] = []
    public static let example = Bilingual(
        "seed 001, 效益 (w = 10, 11 targets, 6 halved above 150%): R(10 × (5 × 1 + 6 × 0.5) ÷ 11) = R(7.2727…) = 7.27",
        "seed 001「效益」（分值 10，11 个目标，其中 6 个超 150% 减半）：R(10 × (5 × 1 + 6 × 0.5) ÷ 11) = R(7.2727…) = 7.27")
    public static let reads = ["targets"]

    public let parameters: RuleParameters
    public init(parameters: RuleParameters) throws(RuleError) { self.parameters = parameters }

    public func score(_ x: RuleInput, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        throw .missingInput(rule: Self.id, input: "targets")
    }

    /// Called on an indicator, the rule always lacks its targets (an indicator with targets is scored by ``combine``).
    public static var constantFailure: RuleError? { .missingInput(rule: id, input: "targets") }

    /// R(Σ share_i · factor_i) where an implicit share is (w − Σ explicit) ÷ n_implicit, kept exact until the end.
    public static func combine(weight w: ExactDecimal, shares: [ExactDecimal?], factors: [ExactDecimal], context: RuleContext, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        do {
            var explicitWeight = ExactDecimal.zero
            var explicitSum = ExactDecimal.zero
            var implicitFactorSum = ExactDecimal.zero
            var implicitCount = 0
            for (share, f) in zip(shares, factors) {
                if let s = share {
                    explicitWeight = try explicitWeight + s
                    explicitSum = try explicitSum + (try s * f)
                } else {
                    implicitFactorSum = try implicitFactorSum + f
                    implicitCount += 1
                }
            }
            var total = explicitSum
            if implicitCount > 0 {
                let rest = try w - explicitWeight
                // rest × Σf ÷ n: one division, at the end; with the explicit part added before it, so the score is
                // rounded once from the exact value, (explicit × n + rest × Σf) ÷ n.
                let product = try rest * implicitFactorSum
                let n = ExactDecimal(implicitCount)
                let part = try product.divided(by: n, places: context.divisionPlaces)
                trace?.add("\(implicitCount) target(s) share \(rest.shortText()) equally: \(rest.shortText()) × (sum of factors \(implicitFactorSum.shortText(maxPlaces: 10))) ÷ \(implicitCount) = \(part.shortText(maxPlaces: 10))",
                           zh: "\(implicitCount) 个目标平分 \(rest.shortText())：\(rest.shortText()) × （系数之和 \(implicitFactorSum.shortText(maxPlaces: 10))）÷ \(implicitCount) = \(part.shortText(maxPlaces: 10))")
                if !explicitWeight.isZero { trace?.add("targets with their own weight give \(explicitSum.shortText(maxPlaces: 10))", zh: "自带分值的目标合计 \(explicitSum.shortText(maxPlaces: 10))") }
                if let p = context.scorePlaces {
                    let numerator = try (try explicitSum * n) + product
                    let r = try numerator.divided(by: n, places: p)
                    trace?.add("round half-up to \(p) places: \(r.formatted(places: p))", zh: "四舍五入保留 \(p) 位小数：\(r.formatted(places: p))")
                    return r
                }
                total = try total + part
                return total
            }
            if !explicitWeight.isZero { trace?.add("targets with their own weight give \(explicitSum.shortText(maxPlaces: 10))", zh: "自带分值的目标合计 \(explicitSum.shortText(maxPlaces: 10))") }
            return context.roundScore(total, &trace)
        } catch {
            throw .arithmetic(error)
        }
    }
}
