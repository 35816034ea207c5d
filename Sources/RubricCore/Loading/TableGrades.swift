/// Reads the 评价等级 cell of a 自评表: `□ 优 90分≤得分≤100分； □ 良 80分≤得分<90分； … □ 差 得分<60分`.
enum GradeBandText {
    /// The bands it states (grade and lowest score) and the grade whose box is ticked, if one is.
    static func parse(_ text: String) -> (bands: [GradeBand], checked: String?) {
        var bands: [GradeBand] = []
        var checked: String?
        for raw in segments(text) {
            var (segment, isTicked) = stripTags(raw)
            segment = String(segment.drop { isBlankOrBox($0) })
            if raw.contains(where: { tickMarks.contains($0) }) { isTicked = true }
            let grade = String(segment.prefix { !$0.isWhitespace && !$0.isNumber && $0 != "得" && $0 != "：" && $0 != ":" })
            guard !grade.isEmpty, let scoreWord = segment.firstRange(of: "得分") else { continue }
            let before = segment[segment.index(segment.startIndex, offsetBy: grade.count)..<scoreWord.lowerBound]
            let digits = String(before.drop { !$0.isNumber }.prefix { $0.isNumber || $0 == "." })
            let minimum = digits.isEmpty ? ExactDecimal.zero : ((try? ExactDecimal(parsing: digits)) ?? .zero)
            bands.append(GradeBand(grade, from: minimum))
            if isTicked { checked = grade }
        }
        return (bands, checked)
    }

    /// Bands as text: `优 ≥90, 良 ≥80, 中 ≥60, 差 ≥0`.
    static func describe(_ bands: [GradeBand]) -> String {
        bands.map { "\($0.grade) ≥\($0.minimum.shortText())" }.joined(separator: ", ")
    }

    // MARK: Implementation

    static let boxes: Set<Character> = ["□", "☐", "▢", "○"]
    static let tickMarks: Set<Character> = ["☑", "☒", "■", "√", "✓", "✔", "●"]

    /// The text split at `；`, `;` and line breaks.
    static func segments(_ text: String) -> [Substring] {
        text.split { $0 == "；" || $0 == ";" || $0 == "\n" }.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// The segment without HTML tags (`<input type="checkbox"/>`), and whether a tag was a checked box.
    static func stripTags(_ s: Substring) -> (String, Bool) {
        var out = ""
        var inTag = false
        var tag = ""
        var ticked = false
        for c in s {
            if c == "<" { inTag = true; tag = ""; continue }
            if inTag {
                if c == ">" {
                    inTag = false
                    if tag.contains("checked") && !tag.contains("checked=\"false\"") { ticked = true }
                } else {
                    tag.append(c)
                }
                continue
            }
            out.append(c)
        }
        return (out, ticked)
    }

    /// White space, empty boxes and tick marks before the grade.
    static func isBlankOrBox(_ c: Character) -> Bool {
        c.isWhitespace || boxes.contains(c) || tickMarks.contains(c)
    }
}
