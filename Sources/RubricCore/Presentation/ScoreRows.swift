/// The rows of the score table (`rubric score`, `show`), made one at a time as their cells' UTF-8 bytes: numbers are
/// written into a small buffer on the stack, names and codes read in place, so no text is made for a cell. The
/// table built for the shell and the one streamed to standard output both come from here.
public struct ScoreRows {
    /// The columns: code, name, weight, score, published, Δ, rule.
    public static let columns: [Message] = [.columnCode, .columnIndicator, .columnWeight, .columnScore, .columnPublished, .columnDelta, .columnRule]
    /// Names and rules to the left, numbers to the right.
    public static let alignments: [Table.Alignment] = [.left, .left, .right, .right, .right, .right, .left]

    let scored: ScoredReport
    /// The node of each row, in the order rows are shown (the tree depth-first).
    let nodes: [Int]
    let base: Int
    let places: Int
    let partial: [Bool]

    /// The rows of the subtree under `root` (the whole tree when nil), targets left out unless `includeTargets`.
    public init(_ s: ScoredReport, root: Int? = nil, includeTargets: Bool = true) {
        scored = s
        places = s.scheme.scorePlaces
        partial = s.isPartial ? s.partialSums : []
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

    /// Calls `cell(column, bytes)` for each of row `r`'s seven cells, in column order.
    public func row(_ r: Int, _ cell: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        let i = nodes[r]
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        // Fields are read in place: a copy of the node (or of the scored report) per row costs more than the row.
        scored.report.nodes.withUnsafeBufferPointer { all in
            Self.withText(all[i].code) { cell(0, $0) }
            // The name, indented two blanks a level, ⚠ after a placeholder.
            let depth = max(0, all[i].level - base)
            if all[i].isPlaceholderName {
                Self.withText(all[i].name + " ⚠", indent: 2 * depth) { cell(1, $0) }
            } else {
                Self.withText(all[i].name, indent: 2 * depth) { cell(1, $0) }
            }
            let isTarget = all[i].isTarget
            if let w = all[i].weight {
                Self.number(w, .short(6)) { cell(2, $0) }
            } else if isTarget, let share = scored.share(ofTarget: i) {
                Self.withText("(" + share.shortText(maxPlaces: 4) + ")") { cell(2, $0) }
            } else {
                cell(2, empty)
            }
            let isPartialSum = !partial.isEmpty && partial[i]
            let status = scored.statuses[i]
            let score = scored.scores[i]
            if status.isNotGiven {
                Self.withText("—") { cell(3, $0) }
            } else {
                Self.number(score, isTarget ? .short(4) : .fixed(places)) { cell(3, $0) }
            }
            if let p = all[i].published {
                Self.number(p, .fixed(places)) { cell(4, $0) }
                // A partial sum is a lower bound: its difference from a published score says nothing.
                if !isPartialSum, let d = try? score - p, !d.isZero { Self.number(d, .signed(places)) { cell(5, $0) } } else { cell(5, empty) }
            } else {
                if all[i].isScoreNotGiven { Self.withText(Message.notGiven.text()) { cell(4, $0) } } else { cell(4, empty) }
                cell(5, empty)
            }
            if case .computed = status, !isTarget, !isPartialSum {
                if let id = scored.ruleID(for: i) { Self.withText(id) { cell(6, $0) } } else { Self.withText(scored.ruleSpec(for: i)?.id ?? "") { cell(6, $0) } }
            } else {
                var rule = scored.ruleID(for: i) ?? scored.ruleSpec(for: i)?.id ?? ""
                if isTarget { rule += " " + Quantity(scored.factor(ofTarget: i), .percent).text(places: 0) }
                let marker = status.marker
                if !marker.isEmpty { rule += rule.isEmpty ? marker : " (\(marker))" }
                if isPartialSum { rule += rule.isEmpty ? Message.partialSum.text() : " (\(Message.partialSum.text()))" }
                Self.withText(rule) { cell(6, $0) }
            }
        }
    }

    /// Calls `width(column, columns)` with the display width of each of row `r`'s cells — what ``row(_:_:)`` would write
    /// — reckoned without writing the common row (a leaf scored by its rule); any other row is written and measured.
    public func widths(_ r: Int, _ width: (Int, Int) -> Void) {
        let i = nodes[r]
        let isPartialSum = !partial.isEmpty && partial[i]
        let plain: Bool = scored.report.nodes.withUnsafeBufferPointer { all in
            guard !all[i].isTarget, !all[i].isPlaceholderName, !isPartialSum, case .computed = scored.statuses[i] else { return false }
            width(0, DisplayWidth.of(all[i].code))
            width(1, 2 * max(0, all[i].level - base) + DisplayWidth.of(all[i].name))
            width(2, all[i].weight.map { Self.numberWidth($0, .short(6)) } ?? 0)
            let score = scored.scores[i]
            width(3, Self.numberWidth(score, .fixed(places)))
            if let p = all[i].published {
                width(4, Self.numberWidth(p, .fixed(places)))
                width(5, (try? score - p).map { $0.isZero ? 0 : Self.numberWidth($0, .signed(places)) } ?? 0)
            } else {
                width(4, all[i].isScoreNotGiven ? DisplayWidth.of(Message.notGiven.text()) : 0)
                width(5, 0)
            }
            width(6, DisplayWidth.of(scored.ruleID(for: i) ?? scored.ruleSpec(for: i)?.id ?? ""))
            return true
        }
        if !plain { row(r) { width($0, DisplayWidth.of(utf8: $1)) } }
    }

    /// The width of a number as ``number(_:_:_:)`` writes it (every character one column; `±` and `…` too).
    static func numberWidth(_ x: ExactDecimal, _ form: NumberForm) -> Int {
        func plainWidth(_ v: ExactDecimal) -> Int { v.plainLength.length }
        switch form {
        case .fixed(let p):
            return plainWidth(x.rounded(places: p).padded(places: p))
        case .short(let maxPlaces):
            let r = x.rounded(places: maxPlaces)
            return plainWidth(r.normalized) + (r != x ? 1 : 0)
        case .signed(let p):
            return x.isZero ? 2 : plainWidth(x.rounded(places: p).padded(places: p)) + (x.isNegative ? 0 : 1)
        }
    }

    /// How a number is shown: `fixed` places, at most `short` places without trailing zeros, or `signed` with places.
    enum NumberForm { case fixed(Int), short(Int), signed(Int) }

    /// Calls `body` with a number's text as ``ExactDecimal/formatted(places:grouping:)``, ``ExactDecimal/shortText(maxPlaces:grouping:)``
    /// or ``ScoreTable/signed(_:places:)`` write it, made in a buffer on the stack.
    static func number(_ x: ExactDecimal, _ form: NumberForm, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            guard let out = buffer.baseAddress else { return }
            var n = 0
            switch form {
            case .fixed(let p):
                n = x.rounded(places: p).padded(places: p).writePlain(into: out)
            case .short(let maxPlaces):
                let r = x.rounded(places: maxPlaces)
                n = r.normalized.writePlain(into: out)
                if r != x { out[n] = 0xE2; out[n + 1] = 0x80; out[n + 2] = 0xA6; n += 3 }   // …
            case .signed(let p):
                if x.isZero {
                    out[0] = 0xC2; out[1] = 0xB1; out[2] = 0x30; n = 3   // ±0
                } else {
                    if !x.isNegative { out[0] = 0x2B; n = 1 }
                    n += x.rounded(places: p).padded(places: p).writePlain(into: out + n)
                }
            }
            body(UnsafeBufferPointer(start: out, count: n))
        }
    }

    /// Calls `body` with `text`'s bytes after `indent` blanks.
    static func withText(_ text: String, indent: Int = 0, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var t = text
        t.withUTF8 { b in
            guard indent > 0 else { body(b); return }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: indent + b.count) { buffer in
                guard let out = buffer.baseAddress else { return }
                out.update(repeating: 0x20, count: indent)
                if let from = b.baseAddress { (out + indent).update(from: from, count: b.count) }
                body(UnsafeBufferPointer(start: out, count: indent + b.count))
            }
        }
    }
}
