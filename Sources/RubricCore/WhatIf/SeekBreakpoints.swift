/// Where a rule's score can jump or change direction as one input moves, and the range worth searching.
///
/// Between two consecutive breakpoints every rule family is monotone in each input (rounding only makes
/// steps), so a condition on the score changes at most once there; ``GoalSeek`` bisects only inside such pieces.
public struct SeekDomain: Sendable, Equatable {
    /// The lowest and highest value searched.
    public var lower: ExactDecimal
    public var upper: ExactDecimal
    /// Values where the rule's piece changes (B/A = 1, the overshoot, a rate reaching 100%, tier edges …).
    public var breakpoints: [ExactDecimal]
    /// True when the score no longer changes above ``upper`` (so an interval reaching it is open-ended).
    public var constantAbove: Bool

    /// The domain and breakpoints of `field` on node `i` under its rule.
    public static func of(_ s: ScoredReport, node i: Int, field: InputField) -> SeekDomain {
        let node = s.report.nodes[i]
        let x = node.inputs
        let current = field.value(of: node)?.value ?? (field == .entered ? s.scores[i] : .zero)
        let weight = node.weight ?? s.share(ofTarget: i) ?? .zero
        func times(_ a: ExactDecimal, _ k: ExactDecimal) -> ExactDecimal { (try? a * k) ?? a }
        func over(_ a: ExactDecimal, _ k: ExactDecimal) -> ExactDecimal { (try? a.divided(by: k, places: 10)) ?? a }
        let twiceCurrent = times(current.magnitude, 2)
        var d = SeekDomain(lower: .zero, upper: .maximum(twiceCurrent, 1), breakpoints: [], constantAbove: false)
        let rule = s.rule(for: i)
        switch field {
        case .figure(let name):
            return figureDomain(s, node: i, figure: name)
        case .entered:
            d.upper = weight.isZero ? .maximum(twiceCurrent, 1) : weight
        case .weight:
            let parentWeight = node.parent.flatMap { s.report.nodes[$0].weight } ?? 100
            d.upper = .maximum(parentWeight, twiceCurrent)
        case .cases:
            var k = ExactDecimal.one
            if let r = rule as? DeductionPerCaseRule { k = r.k }
            let zeroAt = k.isZero ? weight : over(weight, k)
            d.breakpoints = [zeroAt]
            d.upper = .maximum(.maximum(twiceCurrent, (try? zeroAt + ExactDecimal(1)) ?? zeroAt), 10)
            d.constantAbove = true
        case .spent:
            let budget = x.budget ?? current
            d.breakpoints = [budget]
            d.upper = .maximum(budget, twiceCurrent)
            d.constantAbove = true
        case .budget:
            let spent = x.spent ?? current
            d.breakpoints = [spent]
            d.lower = field.step(on: node)
            d.upper = .maximum(times(spent, 4), twiceCurrent)
        case .actual:
            let a = x.target?.value ?? current
            switch rule {
            case let r as PositiveGuangzhouRule:
                d.breakpoints = [a] + (r.overshoot.map { [times(a, $0)] } ?? [])
                d.upper = .maximum(times(a, 4), twiceCurrent)
                d.constantAbove = true
            case is PositiveNationalRule:
                d.breakpoints = [a]
                d.upper = .maximum(times(a, 4), twiceCurrent)
                d.constantAbove = true
            case let r as ReverseRule:
                d.breakpoints = [a, times(a, 2)]
                d.upper = .maximum(times(a, 4), twiceCurrent)
                d.constantAbove = r.linear
            case is DirectionRule:
                let u = ExactDecimal.maximum(twiceCurrent, x.actual?.unit == .percent ? 1 : 100)
                d.lower = (try? u.negated()) ?? .zero
                d.upper = u
                d.breakpoints = [.zero]
            case let r as TiersRule:
                // Every bound of every tier is an edge (≤, <, ≥, >, =); on a deviation, on both sides of 0.
                var edges = r.tiers.flatMap { t in [t.upTo, t.below, t.from, t.above, t.equals].compactMap { $0 } }
                if r.deviation { edges = edges.map { $0.magnitude } ; edges += edges.map { (try? ExactDecimal.zero - $0) ?? $0 } + [.zero] }
                let reach = ExactDecimal.maximum(times(edges.map(\.magnitude).max() ?? current, 2), .maximum(twiceCurrent, 1))
                d.breakpoints = edges.sorted()
                d.upper = reach
                d.lower = r.deviation ? ((try? ExactDecimal.zero - reach) ?? .zero) : .minimum(.zero, edges.min() ?? .zero)
                d.constantAbove = !r.deviation
            case let r as DeductionPerStepRule:
                // The threshold, and each step beyond it until the weight is used up.
                let steps = r.k.isZero ? 0 : min(200, (over(weight, r.k).rounded(places: 0).intValue ?? 0) + 1)
                var edges = [r.threshold]
                for n in 1...max(1, steps) {
                    let delta = times(r.step, ExactDecimal(n))
                    edges.append(r.above ? ((try? r.threshold + delta) ?? r.threshold) : ((try? r.threshold - delta) ?? r.threshold))
                }
                d.breakpoints = edges.sorted()
                d.lower = .minimum(.zero, edges.min() ?? .zero)
                d.upper = .maximum(times(edges.max() ?? current, 2), .maximum(twiceCurrent, 1))
            default:
                d.breakpoints = [a]
                d.upper = .maximum(times(a, 4), .maximum(twiceCurrent, 1))
            }
        case .target:
            let b = x.actual?.value ?? current
            d.lower = field.step(on: node)
            switch rule {
            case let r as PositiveGuangzhouRule: d.breakpoints = [b] + (r.overshoot.map { [over(b, $0)] } ?? [])
            case is ReverseRule: d.breakpoints = [b, over(b, 2)]
            default: d.breakpoints = [b]
            }
            d.upper = .maximum(times(b, 4), .maximum(twiceCurrent, 1))
        }
        d.breakpoints = d.breakpoints.filter { $0 >= d.lower && $0 <= d.upper }
        return d
    }
}
