import Foundation

/// A deliberately plain scorer written from docs/rules.md alone: Foundation's `Decimal` (38 digits) instead of the
/// engine's `ExactDecimal`, no kernels, no incremental scoring, one recursive pass. The property test holds the
/// engine to it node by node.
struct ReferenceScorer {
    /// What the generator puts in a report, in the reference's own terms.
    struct Node {
        var code: String
        var weight: Decimal
        var rule: String?                 // nil: a parent (sum of children) or a targets container
        var params: [String: String] = [:]
        var target: Decimal?
        var actual: Decimal?
        var budget: Decimal?
        var spent: Decimal?
        var entered: Decimal?
        var cases: Decimal?
        var level: String?
        var direction: String?
        var published: Decimal?
        /// Tiers as the file states them: bounds by key (`up-to`, `below`, `from`, `above`, `equals`) and points.
        var tiers: [(bounds: [(String, Decimal)], points: Decimal)] = []
        var children: [Node] = []
        /// Targets of a container: each scored on weight 1; `weight` nil takes an equal share of what is left.
        var targets: [Node] = []
        var share: Decimal?
    }

    var places: Int
    var ratePlaces: Int?
    var leafStage: Bool
    var overshoot: Decimal? = 1.5
    var overshootFactor: Decimal = 0.5
    var grades: [(String, Decimal)]

    /// Scores by code, and whether some leaf could not be scored.
    var scores: [String: Decimal] = [:]
    var failed = false

    static func round(_ x: Decimal, _ places: Int) -> Decimal {
        var v = x, r = Decimal()
        NSDecimalRound(&r, &v, places, x < 0 ? .down : .plain)   // half-up on magnitudes: away from zero at .5
        if x < 0 { var m = -x, rm = Decimal(); NSDecimalRound(&rm, &m, places, .plain); return -rm }
        return r
    }

    /// A rate b ÷ a rounded once to the rate places (10 when rates are kept exact).
    func rate(_ b: Decimal, _ a: Decimal) -> Decimal { Self.round(b / a, ratePlaces ?? 10) }

    /// R: a score rounded to the scheme's places at stage leaf; exact (10 places) at stage total.
    func r(_ x: Decimal, target: Bool = false) -> Decimal {
        if target || !leafStage { return x }
        return Self.round(x, places)
    }

    /// A rule's score on weight `w` (targets: w = 1, not rounded); nil when it cannot score (counts 0, marked failed).
    func rule(_ n: Node, w: Decimal, target: Bool) -> Decimal? {
        let nn: (Decimal) -> Decimal = { $0 < 0 ? 0 : $0 }
        switch n.rule {
        case "positive-guangzhou":
            let q = rate(nn(n.actual!), n.target!)
            let o = n.params["overshoot"].map { $0 == "none" ? nil : Decimal(string: $0) } ?? overshoot
            let f = n.params["overshoot-factor"].flatMap { Decimal(string: $0) } ?? overshootFactor
            if q < 1 { return r(w * q, target: target) }
            if let o, q > o { return r(w * f, target: target) }
            return w
        case "positive-national":
            let q = rate(nn(n.actual!), n.target!)
            return q < 1 ? r(w * q, target: target) : w
        case "reverse":
            let a = n.target!, b = nn(n.actual!)
            if b <= a { return w }
            if n.params["variant"] == "linear" {
                if b >= a + a { return 0 }
                return r(w * (1 - rate(b - a, a)), target: target)
            }
            return r(w * rate(a, b), target: target)
        case "direction":
            let c = n.actual!
            let up = n.direction == "increase" || n.direction == ">="
            return (up ? c > 0 : c < 0) ? w : 0
        case "zero-target":
            return n.actual! <= 0 ? w : 0
        case "execution-rate":
            let q = rate(nn(n.spent!), n.budget!)
            return r(w * (q > 1 ? 1 : q), target: target)
        case "deduction-per-point":
            let k = n.params["k"].flatMap { Decimal(string: $0) } ?? 1
            let t = n.params["threshold"].flatMap { Decimal(string: $0) } ?? 1
            let b = n.actual!
            if b <= t { return w }
            var points = (b - t) * 100
            if n.params["partial"] != "yes" { var p = points, f = Decimal(); NSDecimalRound(&f, &p, 0, .down); points = f }
            let s = w - k * points
            return r(s < 0 ? 0 : s, target: target)
        case "deduction-per-case":
            let k = n.params["k"].flatMap { Decimal(string: $0) } ?? 1
            let s = w - k * nn(n.cases!)
            return r(s < 0 ? 0 : s, target: target)
        case "deduction-per-step":
            let t = Decimal(string: n.params["threshold"]!)!, step = Decimal(string: n.params["step"]!)!
            let k = n.params["k"].flatMap { Decimal(string: $0) } ?? 1
            let b = n.actual!
            let beyond = n.params["side"] == "above" ? b - t : t - b
            if beyond <= 0 { return w }
            var ratio = beyond / step, whole = Decimal()
            NSDecimalRound(&whole, &ratio, 0, .down)
            if n.params["partial"] == "yes" && whole != ratio { whole += 1 }
            let s = w - k * whole
            return r(s < 0 ? 0 : s, target: target)
        case "tiers":
            var x = n.actual!
            if n.params["measure"] == "deviation" && x < 0 { x = -x }
            func holds(_ bound: (String, Decimal)) -> Bool {
                switch bound.0 {
                case "up-to": return x <= bound.1
                case "below": return x < bound.1
                case "from": return x >= bound.1
                case "above": return x > bound.1
                default: return x == bound.1   // equals
                }
            }
            for t in n.tiers where t.bounds.allSatisfy(holds) { return t.points }
            return 0
        case "manual":
            return n.entered ?? n.published
        case "qualitative":
            let achieved = n.params["achieved-from"].flatMap { Decimal(string: $0) } ?? 0.8
            let partly = n.params["partly-from"].flatMap { Decimal(string: $0) } ?? 0.6
            let upper = n.params["ends"] == "upper"
            let (lo, hi): (Decimal, Decimal) = n.level == "达成" ? (achieved * w, w)
                : n.level == "部分达成" ? (partly * w, achieved * w) : (0, partly * w)
            // Lower ends: a cut point belongs to the band above it ([lo, hi), top band closed); upper ends: below it.
            let closedTop = upper || n.level == "达成", closedBottom = !upper || n.level == "未达成"
            if let e = n.entered {
                guard (closedBottom ? e >= lo : e > lo) && (closedTop ? e <= hi : e < hi) else { return nil }
                return e
            }
            return closedTop ? hi : lo
        default:
            return nil
        }
    }

    /// A leaf's score as parents add it: clamped to [0, w], then rounded to the scheme's places at stage leaf (a clamped
    /// score too: a weight of 0.125 scores 0.13).
    mutating func leaf(_ n: Node) -> Decimal {
        guard var s = rule(n, w: n.weight, target: false) else { failed = true; return 0 }
        if s < 0 { s = 0 } else if s > n.weight { s = leafStage ? Self.round(n.weight, places) : n.weight } else if leafStage { s = Self.round(s, places) }
        return s
    }

    /// A targets container: R(Σ shareᵢ · factorᵢ), implicit shares (w − Σ explicit) ÷ n, rounded once.
    mutating func container(_ n: Node) -> Decimal {
        var explicitWeight: Decimal = 0, explicitSum: Decimal = 0, implicitSum: Decimal = 0, count = 0
        for t in n.targets {
            guard var f = rule(t, w: 1, target: true) else { failed = true; return 0 }
            f = f < 0 ? 0 : (f > 1 ? 1 : f)
            scores[t.code] = f
            if let sh = t.share { explicitWeight += sh; explicitSum += sh * f } else { implicitSum += f; count += 1 }
        }
        let s: Decimal
        if count == 0 {
            s = leafStage ? Self.round(explicitSum, places) : explicitSum
        } else if leafStage {
            // One rounding, from the exact value of the whole.
            s = Self.round((explicitSum * Decimal(count) + (n.weight - explicitWeight) * implicitSum) / Decimal(count), places)
        } else {
            s = explicitSum + Self.round((n.weight - explicitWeight) * implicitSum / Decimal(count), 10)
        }
        return s < 0 ? 0 : (s > n.weight ? (leafStage ? Self.round(n.weight, places) : n.weight) : s)
    }

    mutating func score(_ n: Node) -> Decimal {
        let s: Decimal
        if !n.targets.isEmpty { s = container(n) }
        else if n.children.isEmpty { s = leaf(n) }
        else { s = n.children.reduce(Decimal(0)) { acc, c in acc + score(c) } }
        scores[n.code] = s
        return s
    }

    /// The total and grade of a tree.
    mutating func total(_ top: [Node]) -> (Decimal, String) {
        let t = top.reduce(Decimal(0)) { $0 + score($1) }
        let shown = Self.round(t, places)
        let g = grades.first { shown >= $0.1 }?.0 ?? grades.last!.0
        return (t, g)
    }
}
