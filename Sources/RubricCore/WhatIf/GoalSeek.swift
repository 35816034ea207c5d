/// Goal seek: the values of one input (on an exact decimal grid) for which a condition on the scored report holds.
///
/// Scores are not monotone in every input (above 150% of target a score halves), so the answer is a set of
/// intervals. The search splits the domain at the rule's breakpoints (``SeekDomain``), samples each monotone
/// piece, and bisects on the grid only where the condition changes between two samples, so every interval
/// end is exact to the grid (0.01 for money and scores, 0.01% for percents, 1 for cases).
public enum GoalSeek {
    /// One interval of values meeting the goal, both ends included.
    public struct Interval: Sendable, Equatable {
        public var lower: ExactDecimal
        public var upper: ExactDecimal
        /// True when the interval continues above the searched domain (the score is constant there).
        public var openAbove: Bool
        public init(_ lower: ExactDecimal, _ upper: ExactDecimal, openAbove: Bool = false) {
            self.lower = lower; self.upper = upper; self.openAbove = openAbove
        }
    }

    /// The intervals found, the domain and grid searched, and how many goal evaluations it took.
    public struct Result: Sendable {
        public var intervals: [Interval]
        public var domain: SeekDomain
        public var step: ExactDecimal
        public var evaluations: Int
        /// The best the node's score got over the points evaluated, with the value and total there.
        public var best: (value: ExactDecimal, score: ExactDecimal, total: ExactDecimal)?
    }

    /// The values in both lists of intervals (each sorted, closed at both ends).
    public static func intersect(_ a: [Interval], _ b: [Interval]) -> [Interval] {
        var out: [Interval] = []
        for x in a {
            for y in b {
                let lower = max(x.lower, y.lower)
                let upperOpen = x.openAbove && y.openAbove
                let upper: ExactDecimal = x.openAbove ? (y.openAbove ? max(x.upper, y.upper) : y.upper) : (y.openAbove ? x.upper : min(x.upper, y.upper))
                if lower <= upper { out.append(Interval(lower, upper, openAbove: upperOpen)) }
            }
        }
        return out.sorted { $0.lower < $1.lower }
    }

    /// Solves `goal` over `field` of `node`; `goal` evaluates a condition on a scored copy.
    public static func solve(scored: ScoredReport, node: Int, field: InputField, domain: SeekDomain? = nil,
                             goal: (ScoredReport) throws(Diagnostic) -> Bool) throws(Diagnostic) -> Result {
        let n = scored.report.nodes[node]
        let step = field.step(on: n)
        let unit = field.unit(on: n)
        let d = domain ?? SeekDomain.of(scored, node: node, field: field)
        let places = Int(step.scale)
        let watched = n.isTarget ? (n.parent ?? node) : node
        var copy = scored
        var memo: [Int64: Bool] = [:]
        var best: (value: ExactDecimal, score: ExactDecimal, total: ExactDecimal)?
        func value(_ k: Int64) -> ExactDecimal { ExactDecimal(significand: k, scale: Int8(places)) }
        func truth(_ k: Int64) throws(Diagnostic) -> Bool {
            if let t = memo[k] { return t }
            let x = value(k)
            copy.modify(node, recordChanges: false) { field.set(x, unit: unit, in: &$0) }
            let t = try goal(copy)
            memo[k] = t
            let sc = copy.scores[watched]
            if best == nil || sc > best!.score || (sc == best!.score && copy.total > best!.total) { best = (x, sc, copy.total) }
            return t
        }
        let lo = gridIndex(d.lower, places: places, up: true)
        let hi = max(lo, gridIndex(d.upper, places: places, up: false))
        var marks: Set<Int64> = [lo, hi]
        for b in d.breakpoints {
            let down = gridIndex(b, places: places, up: false), up = gridIndex(b, places: places, up: true)
            for k in [down - 1, down, up, up + 1] where k >= lo && k <= hi { marks.insert(k) }
        }
        if let c = field.value(of: n)?.value {
            let k = gridIndex(c, places: places, up: false)
            if k >= lo && k <= hi { marks.insert(k) }
        }
        let pieces = marks.sorted()
        for (a, b) in zip(pieces, pieces.dropFirst()) {
            // Samples inside the piece catch a condition that holds only in its middle (a band goal).
            let samples = Swift.min(Int64(8), b - a - 1)
            var points = [a]
            if samples > 0 { for j in 1...samples { points.append(a + (b - a) * j / (samples + 1)) } }
            points.append(b)
            for (p, q) in zip(points, points.dropFirst()) {
                let tp = try truth(p), tq = try truth(q)
                guard tp != tq else { continue }
                var l = p, h = q
                while h - l > 1 {
                    let m = l + (h - l) / 2
                    if try truth(m) == tp { l = m } else { h = m }
                }
            }
        }
        var intervals: [Interval] = []
        var start: Int64?
        var last: Int64 = lo
        for k in memo.keys.sorted() {
            if memo[k]! { if start == nil { start = k }; last = k } else if let s = start {
                intervals.append(Interval(value(s), value(last)))
                start = nil
            }
        }
        if let s = start { intervals.append(Interval(value(s), value(last), openAbove: last == hi && d.constantAbove)) }
        return Result(intervals: intervals, domain: d, step: step, evaluations: memo.count, best: best)
    }

    // MARK: Implementation

    /// The grid index of `x` (x × 10^places), rounded up or down to a whole index.
    static func gridIndex(_ x: ExactDecimal, places: Int, up: Bool) -> Int64 {
        let scaled = (try? x.multiplied(by: ExactDecimal(significand: Int64(ExactDecimal.pow10(places)), scale: 0))) ?? x
        let t = scaled.truncated(places: 0)
        var k = t.significand
        if t != scaled {
            if up && !scaled.isNegative { k += 1 }
            if !up && scaled.isNegative { k -= 1 }
        }
        return k
    }
}
