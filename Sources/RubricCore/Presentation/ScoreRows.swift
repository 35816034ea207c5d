/// The rows of the score table (`rubric score`, `show`), made one at a time into a reused ``RowCells``: numbers are
/// written straight into its buffer, names and codes copied from where they are, so no text is made for a cell. The
/// table built for the shell and the one streamed to standard output both come from here.
public struct ScoreRows {
    /// The columns: code, name, weight, score, published, Δ, rule.
    public static let columns: [Message] = [.columnCode, .columnIndicator, .columnWeight, .columnScore, .columnPublished, .columnDelta, .columnRule]
    /// Names and rules to the left, numbers to the right.
    public static let alignments: [Table.Alignment] = [.left, .left, .right, .right, .right, .right, .left]

    /// The scored report, held by reference: these rows are passed to every row call, and a copy of the report's
    /// 568 bytes per row was a tenth of the table's cost.
    let held: Held
    /// The node of each row, in the order rows are shown (the tree depth-first).
    let nodes: [Int]
    let base: Int
    let places: Int
    let partial: [Bool]
    /// The rule ids' bytes (``RuleRegistry/idBytes``), held here so a row does not look them up.
    let idBytes: [UInt8]
    let idRanges: [Range<Int>]

    /// The rows of the subtree under `root` (the whole tree when nil), targets left out unless `includeTargets`.
    public init(_ s: ScoredReport, root: Int? = nil, includeTargets: Bool = true) {
        held = Held(s)
        places = s.scheme.scorePlaces
        partial = s.isPartial ? s.partialSums : []
        (idBytes, idRanges) = RuleRegistry.idBytes
        var order: [Int] = []
        order.reserveCapacity(s.report.nodes.count)
        s.report.nodes.withUnsafeBufferPointer { nodes in
            func visit(_ i: Int) {
                if !nodes[i].isTarget || includeTargets { order.append(i) }
                for c in nodes[i].children { visit(c) }
            }
            if let root { visit(root) } else { for t in s.report.topLevel { visit(t) } }
        }
        nodes = order
        base = root.map { s.report.nodes[$0].level } ?? 1
    }

    /// How many rows.
    public var count: Int { nodes.count }

    /// Fills `cells` with row `r`'s seven cells, in column order.
    public func row(_ r: Int, into cells: inout RowCells) {
        let i = nodes[r]
        // Fields are read in place, without a closure: a copy of the node (or of these rows, captured) per row costs
        // more than the row.
        do {
            let all = held.scored.report.nodes
            cells.append(all[i].code)
            // The name, indented two blanks a level, ⚠ after a placeholder.
            let depth = max(0, all[i].level - base)
            cells.append(all[i].isPlaceholderName ? all[i].name + " ⚠" : all[i].name, indent: 2 * depth)
            let isTarget = all[i].isTarget
            if let w = all[i].weight {
                Self.number(w, .short(6), into: &cells)
            } else if isTarget, let share = held.scored.share(ofTarget: i) {
                cells.append("(" + share.shortText(maxPlaces: 4) + ")")
            } else {
                cells.appendEmpty()
            }
            let isPartialSum = !partial.isEmpty && partial[i]
            var computed = false
            if case .computed = held.scored.statuses[i] { computed = true }
            let score = held.scored.scores[i]
            if !computed && held.scored.statuses[i].isNotGiven {
                cells.append("—", width: 1)
            } else {
                Self.number(score, isTarget ? .short(4) : .fixed(places), into: &cells)
            }
            if let p = all[i].published {
                Self.number(p, .fixed(places), into: &cells)
                // A partial sum is a lower bound: its difference from a published score says nothing. The difference
                // is of the figures as shown (each at the scheme's places), so the three cells add up.
                if !isPartialSum, let d = score.shownDifference(from: p, places: places), !d.isZero {
                    Self.number(d, .signed(places), into: &cells)
                } else {
                    cells.appendEmpty()
                }
            } else {
                if all[i].isScoreNotGiven { cells.append(Message.notGiven.text()) } else { cells.appendEmpty() }
                cells.appendEmpty()
            }
            if computed, !isTarget, !isPartialSum {
                if let k = held.scored.rulePosition(for: i) {
                    let range = idRanges[k]
                    idBytes.withUnsafeBufferPointer { cells.append(UnsafeBufferPointer(rebasing: $0[range]), width: range.count) }
                } else {
                    cells.append(held.scored.ruleID(for: i) ?? held.scored.ruleSpec(for: i)?.id ?? "")
                }
            } else {
                var rule = held.scored.ruleID(for: i) ?? held.scored.ruleSpec(for: i)?.id ?? ""
                if isTarget { rule += " " + Quantity(held.scored.factor(ofTarget: i), .percent).text(places: 0) }
                let marker = held.scored.statuses[i].marker
                if !marker.isEmpty { rule += rule.isEmpty ? marker : " (\(marker))" }
                if isPartialSum { rule += rule.isEmpty ? Message.partialSum.text() : " (\(Message.partialSum.text()))" }
                cells.append(rule)
            }
        }
    }

    /// How a number is shown: `fixed` places, at most `short` places without trailing zeros, or `signed` with places.
    enum NumberForm { case fixed(Int), short(Int), signed(Int) }

    /// Adds a cell holding a number as ``ExactDecimal/formatted(places:grouping:)``, ``ExactDecimal/shortText(maxPlaces:grouping:)``
    /// or ``ScoreTable/signed(_:places:)`` write it, written straight into the row's buffer. Every byte is a column
    /// but those of `±` (2 bytes) and `…` (3).
    static func number(_ x: ExactDecimal, _ form: NumberForm, into cells: inout RowCells) {
        if cells.measuring {
            cells.commit(0, width: numberWidth(x, form))
            return
        }
        let out = cells.space(48)
        var n = 0, width = 0
        switch form {
        case .fixed(let p):
            n = (Int(x.scale) == p ? x : x.rounded(places: p).padded(places: p)).writePlain(into: out)
            width = n
        case .short(let maxPlaces):
            // Digits beyond `maxPlaces` that are not all zero are lost to rounding: an ellipsis says so.
            let extra = Int(x.scale) - maxPlaces
            let lost = extra > 0 && x.significand % ExactDecimal.pow10Int64[extra] != 0
            n = (extra > 0 ? x.rounded(places: maxPlaces) : x).normalized.writePlain(into: out)
            width = n
            if lost { out[n] = 0xE2; out[n + 1] = 0x80; out[n + 2] = 0xA6; n += 3; width += 1 }   // …
        case .signed(let p):
            if x.isZero {
                out[0] = 0xC2; out[1] = 0xB1; out[2] = 0x30; n = 3; width = 2   // ±0
            } else {
                if !x.isNegative { out[0] = 0x2B; n = 1 }
                n += (Int(x.scale) == p ? x : x.rounded(places: p).padded(places: p)).writePlain(into: out + n)
                width = n
            }
        }
        cells.commit(n, width: width)
    }

    /// The width of a number as ``number(_:_:into:)`` writes it, counted without writing it (a renderer's first pass).
    static func numberWidth(_ x: ExactDecimal, _ form: NumberForm) -> Int {
        switch form {
        case .fixed(let p):
            return (Int(x.scale) == p ? x : x.rounded(places: p).padded(places: p)).plainLength.length
        case .short(let maxPlaces):
            let extra = Int(x.scale) - maxPlaces
            let lost = extra > 0 && x.significand % ExactDecimal.pow10Int64[extra] != 0
            return (extra > 0 ? x.rounded(places: maxPlaces) : x).normalized.plainLength.length + (lost ? 1 : 0)
        case .signed(let p):
            if x.isZero { return 2 }
            return (Int(x.scale) == p ? x : x.rounded(places: p).padded(places: p)).plainLength.length + (x.isNegative ? 0 : 1)
        }
    }

    /// A scored report behind a reference.
    final class Held: Sendable {
        let scored: ScoredReport
        init(_ scored: ScoredReport) { self.scored = scored }
    }
}
