/// Builds the tables `rubric score`, `show` and `check` print: the scored tree, the 一级 rates, the total and grade.
public enum ScoreTable {
    /// The subtree under `root` (the whole tree when nil) as a table: code, name, weight, score, published, Δ, rule.
    public static func tree(_ s: ScoredReport, root: Int? = nil, includeTargets: Bool = true) -> Table {
        let r = s.report
        let places = s.scheme.scorePlaces
        var rows: [[String]] = []
        let base = root.map { r.nodes[$0].level } ?? 1
        let partial = s.isPartial ? s.partialSums : []
        rows.reserveCapacity(r.nodes.count)
        let indents = (0...8).map { String(repeating: "  ", count: $0) }
        // A table repeats few numbers (weights, scores, published scores): each is formatted once.
        var placesText = FormatMemo { $0.formatted(places: places) }
        var shortText = FormatMemo { $0.shortText() }
        // Fields are read in place: a copy of each Indicator (a dozen strings and collections) costs more than the row.
        func visit(_ i: Int, _ nodes: UnsafeBufferPointer<Indicator>) {
            row(i, nodes[i])
            for c in nodes[i].children { visit(c, nodes) }
        }
        func row(_ i: Int, _ n: borrowing Indicator) {
            if n.isTarget && !includeTargets { return }
            let depth = max(0, n.level - base)
            var name = depth == 0 ? n.name : (depth < indents.count ? indents[depth] : String(repeating: "  ", count: depth)) + n.name
            if n.isPlaceholderName { name += " ⚠" }
            let notGiven = s.statuses[i].isNotGiven
            let isPartialSum = !partial.isEmpty && partial[i]
            let score = notGiven ? "—" : (n.isTarget ? s.scores[i].shortText(maxPlaces: 4) : placesText[s.scores[i]])
            let weight = n.weight.map { shortText[$0] } ?? (n.isTarget ? (s.share(ofTarget: i).map { "(\($0.shortText(maxPlaces: 4)))" } ?? "") : "")
            var published = ""
            var delta = ""
            if let p = n.published {
                published = placesText[p]
                // A partial sum is a lower bound: its difference from a published score says nothing.
                if !isPartialSum, let d = try? s.scores[i] - p, !d.isZero { delta = signed(d, places: places) }
            } else if n.isScoreNotGiven {
                published = Message.notGiven.text()
            }
            var rule = s.ruleID(for: i) ?? s.ruleSpec(for: i)?.id ?? ""
            if n.isTarget { rule += " " + Quantity(s.factor(ofTarget: i), .percent).text(places: 0) }
            let marker = s.statuses[i].marker
            if !marker.isEmpty { rule += rule.isEmpty ? marker : " (\(marker))" }
            if isPartialSum { rule += rule.isEmpty ? Message.partialSum.text() : " (\(Message.partialSum.text()))" }
            rows.append([n.code, name, weight, score, published, delta, rule])
        }
        r.nodes.withUnsafeBufferPointer { nodes in
            if let root { visit(root, nodes) } else { for t in r.topLevel { visit(t, nodes) } }
        }
        var footer: [String] = []
        if root == nil { footer = summary(s) }
        let columns: [Message] = [.columnCode, .columnIndicator, .columnWeight, .columnScore, .columnPublished, .columnDelta, .columnRule]
        return Table(title: nil, columns: columns.map { $0.text() },
                     alignments: [.left, .left, .right, .right, .right, .right, .left], rows: rows, footer: footer)
    }

    /// The text of numbers as `format` writes them, remembered for the last number seen in each of 64 slots.
    struct FormatMemo {
        private var keys = [ExactDecimal?](repeating: nil, count: 64)
        private var texts = [String](repeating: "", count: 64)
        private let format: (ExactDecimal) -> String

        init(_ format: @escaping (ExactDecimal) -> String) { self.format = format }

        subscript(_ x: ExactDecimal) -> String {
            mutating get {
                let slot = Int(truncatingIfNeeded: (UInt64(bitPattern: x.significand) &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(x.scale)) >> 58)
                // Equal values with different scales (0.5, 0.50) format differently: compare both.
                if let k = keys[slot], k.significand == x.significand, k.scale == x.scale { return texts[slot] }
                let t = format(x)
                keys[slot] = x
                texts[slot] = t
                return t
            }
        }
    }

    /// The lines under the tree: each 一级 score and its rate (得分率), the total, the published total, the grade.
    public static func summary(_ s: ScoredReport) -> [String] {
        let places = s.scheme.scorePlaces
        var lines: [String] = []
        let partial = s.isPartial ? s.partialSums : []
        for t in s.report.topLevel {
            let n = s.report.nodes[t]
            if s.statuses[t].isNotGiven {
                lines.append("\(n.name) —" + (n.weight.map { " / \($0.shortText())" } ?? "") + " (\(Message.notGivenBySource.text()))")
                continue
            }
            var line = "\(n.name) \(s.scores[t].formatted(places: places))"
            if !partial.isEmpty && partial[t] {
                line += (n.weight.map { " / \($0.shortText())" } ?? "") + " (\(Message.partialSum.text()))"
            } else if let w = n.weight, !w.isZero, let rate = try? s.scores[t].divided(by: w, places: 4) {
                line += " / \(w.shortText()) = 得分率 \(Quantity(rate, .percent).text(places: 2))"
            }
            lines.append(line)
        }
        if !s.report.leftOut.isEmpty {
            lines.append(Message.notApplicableLeftOut.text(s.report.leftOut.joined(separator: ", ")))
        }
        if let w = s.rebaseWeight {
            lines.append(Message.rebasedTotal.text(s.rawTotal.formatted(places: places), w.shortText(), s.total.formatted(places: places)))
        }
        var total = "总分 \(s.total.formatted(places: places))"
        if s.isPartial {
            total += "  (" + Message.totalPartial.text(s.notGivenPhrase) + (s.report.publishedTotal.map { "; " + Message.totalPublished.text($0.formatted(places: places)) } ?? "") + ")"
        } else if let p = s.report.publishedTotal {
            total += "  (" + Message.totalPublished.text(p.formatted(places: places))
            if let d = try? s.total - p, !d.isZero { total += ", Δ \(signed(d, places: places))" }
            total += ")"
        }
        lines.append(total)
        if s.isPartial {
            lines.append("等级 — (" + Message.gradePartial.text() + (s.report.publishedGrade.map { "; " + Message.totalPublished.text($0) } ?? "") + ")")
        } else if s.failedCount > 0 {
            lines.append("等级 — (" + Message.gradeIncomplete.text(s.incompleteReason ?? "") + (s.report.publishedGrade.map { "; " + Message.totalPublished.text($0) } ?? "") + ")")
        } else {
            lines.append("等级 \(s.grade)" + (s.report.publishedGrade.map { $0 == s.grade ? "" : "  (published \($0))" } ?? ""))
        }
        return lines
    }

    /// The total for one-line summaries: `19.40`, or `19.40 (partial)` when indicators are not given by the source.
    public static func totalText(_ s: ScoredReport) -> String {
        s.total.formatted(places: s.scheme.scorePlaces) + (s.isPartial ? Message.partialMark.text() : s.failedCount > 0 ? Message.incompleteMark.text() : "")
    }

    /// The grade for one-line summaries: the band, or `—` when the total is partial and so has no meaningful grade.
    public static func gradeText(_ s: ScoredReport) -> String { s.isIncomplete ? "—" : s.grade }

    /// The audit findings as a table.
    public static func findings(_ s: ScoredReport, _ findings: [Audit.Finding]) -> Table {
        Table(columns: ColumnHeading.localized(["level", "check", "finding"]), rows: findings.map { [$0.severity.word, $0.id, $0.message] })
    }

    /// `+0.05`, `-2.28`, `±0` with the scheme's places.
    public static func signed(_ d: ExactDecimal, places: Int) -> String {
        if d.isZero { return "±0" }
        return (d.isNegative ? "" : "+") + d.formatted(places: places)
    }
}
