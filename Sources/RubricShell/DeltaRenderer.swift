import RubricCore

/// Renders a `ScoreDelta` compactly (fits 80 columns): moved indicators, 一级 scores, total, grade old → new with ▲/▼.
///
///     专项资金支出率         4.70 → 4.75   +0.05
///     管理效率              46.90          ±0
///     总分                  91.42 → 91.47  +0.05   优
struct DeltaRenderer {
    /// Colour or plain.
    var style: Style
    /// Names longer than this many columns are cut with "…".
    var maxNameWidth = 28

    /// Grades from lowest to highest, for the direction of a grade change.
    static let gradeOrder = ["差", "中", "良", "优"]

    /// The delta as lines ending in "\n".
    func render(_ delta: ScoreDelta) -> String {
        let topCodes = Set(delta.topLevel.map(\.code))
        var rows: [(name: String, old: ExactDecimal, new: ExactDecimal)] = []
        for move in delta.moved where !topCodes.contains(move.code) { rows.append((label(move), move.old, move.new)) }
        for move in delta.topLevel { rows.append((label(move), move.old, move.new)) }
        rows.append(("总分", delta.oldTotal, delta.newTotal))

        let places = Self.places(for: rows.flatMap { [$0.old, $0.new] })
        let names = rows.map { DisplayWidth.truncate($0.name, to: maxNameWidth) }
        let nameWidths = names.map { DisplayWidth.of($0) }
        let nameWidth = nameWidths.max() ?? 0
        let olds = rows.map { $0.old.formatted(places: places) }
        let news = rows.map { $0.old == $0.new ? "" : $0.new.formatted(places: places) }
        let changes = rows.map { Self.changeText($0.old, $0.new, places: places) }
        let oldWidths = olds.map { DisplayWidth.of($0) }, newWidths = news.map { DisplayWidth.of($0) }
        let oldWidth = oldWidths.max() ?? 0
        let newWidth = newWidths.max() ?? 0
        let changeWidths = changes.map { DisplayWidth.of($0) }
        let changeWidth = changeWidths.max() ?? 0

        // Written as bytes and made a string once: appending Chinese text to a String piece by piece cost most of a
        // delta (a script of 100,000 changes prints 100,000 of them).
        var out: [UInt8] = []
        out.reserveCapacity(96 * (rows.count + delta.notes.count + delta.warnings.count + 2))
        func put(_ text: String) { out.append(contentsOf: text.utf8) }
        func blanks(_ n: Int) { if n > 0 { out.append(contentsOf: repeatElement(0x20, count: n)) } }
        if !delta.action.isEmpty { put(style.dim(delta.action)); out.append(0x0A) }
        for note in delta.notes { put(style.yellow(note)); out.append(0x0A) }
        for i in rows.indices {
            let isTotal = i == rows.count - 1
            let start = out.count
            put(names[i]); blanks(nameWidth - nameWidths[i]); blanks(2)
            blanks(oldWidth - oldWidths[i]); put(olds[i])
            if news[i].isEmpty {
                blanks(3 + newWidth)
            } else {
                put(" → "); blanks(newWidth - newWidths[i]); put(news[i])
            }
            blanks(2)
            put(colourChange(changes[i]))
            if isTotal {
                blanks(changeWidth - changeWidths[i]); blanks(3); put(gradeText(delta))
            }
            while out.count > start && out.last == 0x20 { out.removeLast() }
            if isTotal && style.colour {
                let line = String(decoding: out[start...], as: UTF8.self)
                out.removeSubrange(start...)
                put(style.bold(line))
            }
            out.append(0x0A)
        }
        var text = String(decoding: out, as: UTF8.self)
        for f in delta.followers { text += followerLine(f, places: places) + "\n" }
        for warning in delta.warnings { text += style.yellow(Message.severityWarning.text() + ": " + warning) + "\n" }
        return text
    }

    /// `乐观 follows baseline: 91.92 → 89.64  优 → 良 ▼` (or `乐观 (same scheme): …` after a scheme change).
    func followerLine(_ f: FollowerMove, places: Int) -> String {
        let who = f.base.map { Message.followsBase.text(f.scenario, $0) } ?? Message.rescoredWithScheme.text(f.scenario)
        var line = "\(who): \(f.oldTotal.formatted(places: places)) → \(f.newTotal.formatted(places: places))  "
            + colourChange(Self.changeText(f.oldTotal, f.newTotal, places: places))
        let grade = gradeText(ScoreDelta(action: "", moved: [], topLevel: [], oldTotal: f.oldTotal, newTotal: f.newTotal,
                                         oldGrade: f.oldGrade, newGrade: f.newGrade))
        line += "  " + grade
        return line
    }

    /// `优`, or `优 → 良 ▼` when the grade changed.
    func gradeText(_ delta: ScoreDelta) -> String {
        guard delta.oldGrade != delta.newGrade else { return delta.newGrade }
        // To or from no grade (—): neither up nor down.
        if delta.oldGrade == "—" || delta.newGrade == "—" { return "\(delta.oldGrade) → \(delta.newGrade)" }
        let up: Bool
        if let a = Self.gradeOrder.firstIndex(of: delta.oldGrade), let b = Self.gradeOrder.firstIndex(of: delta.newGrade) {
            up = b > a
        } else {
            up = delta.newTotal > delta.oldTotal
        }
        let marker = up ? style.green("▲") : style.red("▼")
        return "\(delta.oldGrade) → \(delta.newGrade) \(marker)"
    }

    private func label(_ move: ScoreDelta.Move) -> String { move.name.isEmpty ? move.code : move.name }

    /// The change coloured by its sign as shown: a change too small to show (`±0`) is not green.
    private func colourChange(_ text: String) -> String {
        if text.hasPrefix("+") { return style.green(text) }
        if text.hasPrefix("-") { return style.red(text) }
        return style.dim(text)
    }

    /// `+0.05`, `-1.20`, or `±0` when nothing changed.
    static func changeText(_ old: ExactDecimal, _ new: ExactDecimal, places: Int) -> String {
        // The difference of the two figures as shown, so `4.70 → 4.75  +0.05` adds up.
        guard let diff = new.shownDifference(from: old, places: places) else { return "?" }
        return ScoreTable.signed(diff, places: places)
    }

    /// Fraction digits to show: at least 2, at most 4, enough for the most precise score.
    static func places(for values: [ExactDecimal]) -> Int {
        let most = values.map { Int($0.normalized.scale) }.max() ?? 2
        return min(4, max(2, most))
    }
}
