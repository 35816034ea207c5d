/// Builds the tables `rubric score`, `show` and `check` print: the scored tree, the 一级 rates, the total and grade.
public enum ScoreTable {
    /// The subtree under `root` (the whole tree when nil) as a table: code, name, weight, score, published, Δ, rule.
    public static func tree(_ s: ScoredReport, root: Int? = nil, includeTargets: Bool = true) -> Table {
        let source = ScoreRows(s, root: root, includeTargets: includeTargets)
        var rows: [[String]] = []
        rows.reserveCapacity(source.count)
        var cells = RowCells(columns: ScoreRows.columns.count)
        for r in 0..<source.count {
            cells.reset()
            source.row(r, into: &cells)
            rows.append((0..<cells.count).map { cells.text($0) })
        }
        return Table(title: nil, columns: ScoreRows.columns.map { $0.text() }, alignments: ScoreRows.alignments, rows: rows,
                     footer: root == nil ? summary(s) : [])
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
            // The difference of the totals as shown, so `总分 x (published y, Δ z)` adds up.
            if let d = s.total.shownDifference(from: p, places: places), !d.isZero { total += ", Δ \(signed(d, places: places))" }
            total += ")"
        }
        lines.append(total)
        if s.isPartial {
            lines.append("等级 — (" + Message.gradePartial.text() + (s.report.publishedGrade.map { "; " + Message.totalPublished.text($0) } ?? "") + ")")
        } else if s.isUngraded {
            let why = s.failedCount > 0 ? Message.gradeIncomplete : Message.gradeNone
            lines.append("等级 — (" + why.text(s.ungradedReason ?? "") + (s.report.publishedGrade.map { "; " + Message.totalPublished.text($0) } ?? "") + ")")
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
    public static func gradeText(_ s: ScoredReport) -> String { s.isUngraded ? "—" : s.grade }

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
