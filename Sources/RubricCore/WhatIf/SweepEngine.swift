/// The raw sweep loop: sets one input to each value on a private copy and reads the indicator's score and the total.
///
/// It re-scores incrementally (`modify(_:recordChanges: false)`: one leaf and its ancestors), so a point costs
/// one rule evaluation and a few additions. Benchmarks call ``run(scored:node:field:values:)`` directly.
public enum SweepEngine {
    /// What a run computed: per value, the node's score (the leaf's, or a target's indicator's) and the total.
    public struct Result: Sendable {
        public var scores: [ExactDecimal]
        public var totals: [ExactDecimal]
        /// Per value: whether the total gets no grade there (an indicator could not be scored, or the weights do not add up).
        public var incomplete: [Bool] = []
        /// True when an interrupt stopped the run; the arrays hold the points computed before.
        public var stopped: Bool
    }

    /// How often (in points) the loop polls ``Interrupt``.
    public static let pollEvery = 256

    /// The totals for each value of `field` on `node` (the report itself is not changed).
    public static func run(scored: ScoredReport, node: Int, field: InputField, values: [ExactDecimal]) -> [ExactDecimal] {
        runDetailed(scored: scored, node: node, field: field, values: values).totals
    }

    /// The node's score and the total for each value; stops early when `cancellation` asks (Ctrl-C in the shell).
    public static func runDetailed(scored: ScoredReport, node: Int, field: InputField, values: [ExactDecimal],
                                   unit: QuantityUnit? = nil, cancellation: Cancellation = .never) -> Result {
        var copy = scored
        let n = copy.report.nodes[node]
        let watched = n.isTarget ? (n.parent ?? node) : node
        let u = unit ?? field.unit(on: n)
        var scores: [ExactDecimal] = []
        var totals: [ExactDecimal] = []
        var incomplete: [Bool] = []
        incomplete.reserveCapacity(values.count)
        scores.reserveCapacity(values.count)
        totals.reserveCapacity(values.count)
        var stopped = false
        for (k, x) in values.enumerated() {
            if k % pollEvery == 0 {
                if cancellation.isRequested { stopped = true; break }
                cancellation.report(k, of: values.count)
            }
            copy.modify(node, recordChanges: false) { field.set(x, unit: u, in: &$0) }
            scores.append(copy.scores[watched])
            totals.append(copy.total)
            incomplete.append(copy.isUngraded)
        }
        return Result(scores: scores, totals: totals, incomplete: incomplete, stopped: stopped)
    }

    /// `from, from + step, …` up to `to` (inclusive), or an error message when the range is empty or too long.
    public static func values(from a: ExactDecimal, to b: ExactDecimal, step s: ExactDecimal, limit: Int = 10_000_000) -> RangeValues {
        if s.isZero || s.isNegative { return .failure(Message.stepAboveZero.text()) }
        if b < a { return .failure(Message.rangeEmpty.text(a.shortText(), b.shortText())) }
        guard let span = try? b - a, let q = try? span.divided(by: s, places: 10).truncated(places: 0), let count = q.intValue else {
            return .failure(Message.rangeTooLarge.text())
        }
        if count + 1 > limit { return .failure(Message.tooManyPoints.text(String(count + 1), String(limit))) }
        var out: [ExactDecimal] = []
        out.reserveCapacity(count + 1)
        var x = a
        for _ in 0...count {
            out.append(x)
            guard let next = try? x + s else { break }
            x = next
        }
        return .success(out)
    }

    /// The values of a range, or why there are none.
    public enum RangeValues: Sendable {
        case success([ExactDecimal])
        case failure(String)
    }
}
