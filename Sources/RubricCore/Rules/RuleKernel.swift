/// A rule's arithmetic for one indicator reduced to plain numbers, so scoring a whole report needs no
/// reference counting, no dynamic dispatch and no copies of ``Inputs``.
///
/// A family that scores from one or two numbers and fixed parameters lowers itself with
/// ``ScoringRule/kernel(for:)``; the kernel must return exactly what the rule's `score` returns without a
/// trace (`RuleKernelTests` holds every lowering to that over random inputs). It returns nil whenever the
/// rule would throw or explain something unusual, and the caller then asks the rule itself, which says why.
public struct RuleKernel: Sendable {
    /// Which computation the kernel performs.
    public enum Operation: UInt8, Sendable {
        /// The score is `a`: a manual score (entered or published), or the points a tier or a qualitative band
        /// selects on these inputs (a selection among fixed values has no arithmetic left once the inputs are known).
        case fixed
        /// `R(w · min(R(b ÷ a), 1))`.
        case executionRate
        /// `R(w · R(b ÷ a))` below 1; `w` up to the overshoot `p` (none when `hasOvershoot` is false); `R(w · q)` above it.
        case positive
        /// `R(max(0, w − p · a))`.
        case deductionPerCase
        /// `w` while the actual `a` is on the right side of the threshold `p`; else `R(max(0, w − b · n))` where `n`
        /// counts the steps of size `q` beyond it (whole steps; a started one too when `partialSteps`).
        case deductionPerStep
        /// `w` up to the threshold `p`; else `R(max(0, w − b · n))` where `n` is the percentage points of `a` above `p`
        /// (whole points unless `partialSteps`).
        case deductionPerPoint
    }

    public var operation: Operation
    /// The weight scored against.
    public var weight: ExactDecimal
    /// First input: the budget, the target, the case count or the fixed score.
    public var a: ExactDecimal
    /// Second input: the spend or the actual value (already held at ≥ 0).
    public var b: ExactDecimal
    /// First parameter: the overshoot or the deduction per case.
    public var p: ExactDecimal
    /// Second parameter: the share of the weight given above the overshoot.
    public var q: ExactDecimal
    /// Whether the positive rule cuts the score above `p`.
    public var hasOvershoot: Bool
    /// Whether a deduction counts steps above the threshold (`side: above`) rather than below it.
    public var sideAbove: Bool
    /// Whether a deduction counts a started step (or a part of a point) rather than whole ones only.
    public var partialSteps: Bool

    public init(_ operation: Operation, weight: ExactDecimal, a: ExactDecimal = .zero, b: ExactDecimal = .zero,
                p: ExactDecimal = .zero, q: ExactDecimal = .zero, hasOvershoot: Bool = false,
                sideAbove: Bool = false, partialSteps: Bool = false) {
        self.operation = operation; self.weight = weight
        self.a = a; self.b = b; self.p = p; self.q = q; self.hasOvershoot = hasOvershoot
        self.sideAbove = sideAbove; self.partialSteps = partialSteps
    }

    /// The score before clamping, or nil when the rule must be asked (an error or a value out of range).
    public func score(_ context: RuleContext) -> ExactDecimal? {
        switch operation {
        case .fixed:
            return a
        case .executionRate:
            guard var rate = Self.rate(b, over: a, context) else { return nil }
            if rate > .one { rate = .one }
            guard let s = try? weight * rate else { return nil }
            return Self.round(s, context)
        case .positive:
            guard let rate = Self.rate(b, over: a, context) else { return nil }
            if rate < .one {
                guard let s = try? weight * rate else { return nil }
                return Self.round(s, context)
            }
            if hasOvershoot && rate > p {
                guard let s = try? weight * q else { return nil }
                return Self.round(s, context)
            }
            return weight
        case .deductionPerCase:
            guard let cut = try? p * a, let rest = try? weight - cut else { return nil }
            return Self.round(ExactDecimal.maximum(.zero, rest), context)
        case .deductionPerStep:
            guard let beyond = try? (sideAbove ? a - p : p - a) else { return nil }
            if beyond.signum <= 0 { return weight }
            guard let ratio = try? beyond.divided(by: q, places: 10) else { return nil }
            var steps = ratio.truncated(places: 0)
            if partialSteps && steps != ratio { guard let n = try? steps + .one else { return nil }; steps = n }
            guard let cut = try? b * steps, let rest = try? weight - cut else { return nil }
            return Self.round(ExactDecimal.maximum(.zero, rest), context)
        case .deductionPerPoint:
            if a <= p { return weight }
            guard let over = try? a - p, var points = try? over * .hundred else { return nil }
            if !partialSteps { points = points.truncated(places: 0) }
            guard let cut = try? b * points, let rest = try? weight - cut else { return nil }
            return Self.round(ExactDecimal.maximum(.zero, rest), context)
        }
    }

    /// `b ÷ a` rounded once to the rate places: as ``RuleContext`` computes a rate.
    static func rate(_ b: ExactDecimal, over a: ExactDecimal, _ context: RuleContext) -> ExactDecimal? {
        if a.isZero { return nil }
        return try? context.quotient(b, over: a).quotient
    }

    /// A score rounded where the scheme says.
    static func round(_ x: ExactDecimal, _ context: RuleContext) -> ExactDecimal {
        if let p = context.scorePlaces { return x.rounded(places: p) }
        return x
    }
}
