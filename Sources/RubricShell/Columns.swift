import RubricCore

/// Lays out words in aligned columns (like `ls`), measured by display width and fitted to a terminal width.
enum Columns {
    /// The words in column-major order, each padded to the widest word plus a gap, lines ending in "\n".
    static func layout(_ words: [String], width: Int, gap: Int = 2) -> String {
        guard !words.isEmpty else { return "" }
        let cell = (words.map { DisplayWidth.of($0) }.max() ?? 0) + gap
        let perLine = max(1, (max(width, 1) + gap) / cell)
        let lines = (words.count + perLine - 1) / perLine
        var out = ""
        for row in 0..<lines {
            var line = ""
            for col in 0..<perLine {
                let index = col * lines + row
                guard index < words.count else { break }
                let isLast = (col + 1) * lines + row >= words.count
                line += isLast ? words[index] : DisplayWidth.pad(words[index], to: cell)
            }
            out += line + "\n"
        }
        return out
    }
}
