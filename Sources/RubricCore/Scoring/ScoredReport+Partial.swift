/// Partial totals: which scores rest on indicators the source does not give (``NodeStatus/notGiven(_:)``).
extension ScoredReport {
    /// Indices of the rule-scored nodes whose score is not given by the source, in tree order.
    public var notGivenIndices: [Int] { statuses.indices.filter { statuses[$0].isNotGiven } }

    /// True when the total leaves out at least one indicator the source does not give: the total is a lower
    /// bound, not a score, and its grade means nothing.
    public var isPartial: Bool { notGivenCount > 0 }

    /// True when the total is not a score to grade: indicators are not given, or could not be scored and count 0.
    public var isIncomplete: Bool { notGivenCount > 0 || failedCount > 0 }

    /// True when the total gets no grade: it is incomplete, or the 一级 weights do not add up to 100 (the total is
    /// exact but not out of 100).
    public var isUngraded: Bool { isIncomplete || topWeightMismatch != nil }

    /// The sum of the 一级 weights when it is not 100 and no indicator was left out as not applicable: the total is then
    /// not out of 100, so no grade band applies (nil: the weights add up to 100).
    public var topWeightMismatch: ExactDecimal? {
        guard topWeightSum != 100, report.leftOut.isEmpty else { return nil }
        return topWeightSum
    }

    /// Why the total is incomplete, in words (nil when it is complete).
    public var incompleteReason: String? {
        var parts: [String] = []
        if notGivenCount > 0 { parts.append(Message.totalPartial.text(notGivenPhrase)) }
        if failedCount > 0 { parts.append((failedCount == 1 ? Message.failedOne : Message.failedMany).text(String(failedCount))) }
        return parts.isEmpty ? nil : parts.joined(separator: Message.clauseSeparator)
    }

    /// Why the total gets no grade, in words (nil when it gets one): what is incomplete, and weights not adding to 100.
    public var ungradedReason: String? {
        var parts = incompleteReason.map { [$0] } ?? []
        if let w = topWeightMismatch { parts.append(Message.findTopWeights.text(w.shortText())) }
        return parts.isEmpty ? nil : parts.joined(separator: Message.clauseSeparator)
    }

    /// For each node, true when its score is a partial sum: it has a descendant that is not given.
    /// (A not-given node itself is not marked: it has no score at all.)
    public var partialSums: [Bool] {
        var out = [Bool](repeating: false, count: statuses.count)
        for i in statuses.indices where statuses[i].isNotGiven {
            for a in report.ancestors(of: i) { out[a] = true }
        }
        return out
    }

    /// "1 indicator not given by the source", "2 indicators not given by the source".
    public var notGivenPhrase: String {
        let k = notGivenCount
        return (k == 1 ? Message.notGivenOne : Message.notGivenMany).text(String(k))
    }

    /// The points leaf `i` can still gain: its weight less its score, as both are shown (never below 0); nil without a
    /// weight.
    public func gainable(_ i: Int) -> ExactDecimal? {
        report.nodes[i].weight?.shownDifference(from: scores[i], places: scheme.scorePlaces).map { ExactDecimal.maximum(.zero, $0) }
    }
}
