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
        let nameWidth = names.map { DisplayWidth.of($0) }.max() ?? 0
        let olds = rows.map { $0.old.formatted(places: places) }
        let news = rows.map { $0.old == $0.new ? "" : $0.new.formatted(places: places) }
        let changes = rows.map { Self.changeText($0.old, $0.new, places: places) }
        let oldWidth = olds.map { DisplayWidth.of($0) }.max() ?? 0
        let newWidth = news.map { DisplayWidth.of($0) }.max() ?? 0
        let changeWidth = changes.map { DisplayWidth.of($0) }.max() ?? 0

        var out = ""
        if !delta.action.isEmpty { out += style.dim(delta.action) + "\n" }
        for note in delta.notes { out += style.yellow(note) + "\n" }
        for (i, row) in rows.enumerated() {
            let isTotal = i == rows.count - 1
            var line = DisplayWidth.pad(names[i], to: nameWidth) + "  "
            line += DisplayWidth.pad(olds[i], to: oldWidth, alignRight: true)
            line += news[i].isEmpty ? "   " + String(repeating: " ", count: newWidth)
                                    : " → " + DisplayWidth.pad(news[i], to: newWidth, alignRight: true)
            line += "  " + colourChange(changes[i], old: row.old, new: row.new)
            if isTotal {
                line += String(repeating: " ", count: changeWidth - DisplayWidth.of(changes[i])) + "   " + gradeText(delta)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += (isTotal ? style.bold(line) : line) + "\n"
        }
        for f in delta.followers { out += followerLine(f, places: places) + "\n" }
        for warning in delta.warnings { out += style.yellow(Message.severityWarning.text() + ": " + warning) + "\n" }
        return out
    }

    /// `乐观 follows baseline: 91.92 → 89.64  优 → 良 ▼` (or `乐观 (same scheme): …` after a scheme change).
    func followerLine(_ f: FollowerMove, places: Int) -> String {
        let who = f.base.map { Message.followsBase.text(f.scenario, $0) } ?? Message.rescoredWithScheme.text(f.scenario)
        var line = "\(who): \(f.oldTotal.formatted(places: places)) → \(f.newTotal.formatted(places: places))  "
            + colourChange(Self.changeText(f.oldTotal, f.newTotal, places: places), old: f.oldTotal, new: f.newTotal)
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

    private func colourChange(_ text: String, old: ExactDecimal, new: ExactDecimal) -> String {
        if new > old { return style.green(text) }
        if new < old { return style.red(text) }
        return style.dim(text)
    }

    /// `+0.05`, `-1.20`, or `±0` when nothing changed.
    static func changeText(_ old: ExactDecimal, _ new: ExactDecimal, places: Int) -> String {
        guard old != new else { return "±0" }
        // The difference of the two figures as shown, so `4.70 → 4.75  +0.05` adds up.
        guard let diff = new.shownDifference(from: old, places: places) else { return "?" }
        if diff.isZero { return "±0" }
        let text = diff.formatted(places: places)
        return diff.isNegative ? text : "+" + text
    }

    /// Fraction digits to show: at least 2, at most 4, enough for the most precise score.
    static func places(for values: [ExactDecimal]) -> Int {
        let most = values.map { Int($0.normalized.scale) }.max() ?? 2
        return min(4, max(2, most))
    }
}
