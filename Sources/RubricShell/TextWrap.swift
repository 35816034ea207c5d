import RubricCore

/// Wraps prose to a terminal width by display columns: breaks at spaces and between two Chinese characters,
/// never before closing punctuation (，。：）…) or inside `backticks`, with a hanging indent for two-column lines.
public enum TextWrap {
    /// Each line of `text` wrapped to `width` columns; lines that fit are returned unchanged.
    public static func wrap(_ text: String, width: Int) -> String {
        guard width >= 20 else { return text }
        // A two-column line whose description starts too far right continues under the block's description column.
        var blockColumn: Int?
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { sub -> String in
            let line = String(sub)
            let own = descriptionColumn(line)
            if let c = own, c <= width / 2 { blockColumn = c }
            if own == nil && !line.hasPrefix(" ") { blockColumn = nil }
            return wrapLine(line, width: width, fallback: own != nil ? blockColumn : nil)
        }.joined(separator: "\n")
    }

    /// One line wrapped; continuation lines start at the line's description column (after its first run of
    /// two or more spaces, as in `  show      the scored tree`) or else at its leading indent.
    static func wrapLine(_ line: String, width: Int, fallback: Int? = nil) -> String {
        if DisplayWidth.of(line) <= width { return line }
        let indent = hangingIndent(line, width: width, fallback: fallback)
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var current = ""
        var column = 0
        var atLineStart = true   // nothing on the line yet but its indent
        func newLine() {
            lines.append(current)
            current = pad; column = indent; atLineStart = true
        }
        for atom in atoms(line) {
            // The first line keeps its leading spaces; a continuation line starts at the indent.
            let gap = atLineStart && !lines.isEmpty ? "" : atom.space
            let w = DisplayWidth.of(gap) + DisplayWidth.of(atom.text)
            if column + w <= width {
                current += gap + atom.text; column += w; atLineStart = false
                continue
            }
            if !atLineStart { newLine() }
            let text = lines.isEmpty ? gap + atom.text : atom.text
            if column + DisplayWidth.of(text) <= width {
                current += text; column += DisplayWidth.of(text); atLineStart = false
                continue
            }
            // Wider than a whole line: cut it by characters.
            for ch in text {
                let cw = DisplayWidth.of(String(ch))
                if column + cw > width && !atLineStart { newLine() }
                current.append(ch); column += cw; atLineStart = false
            }
        }
        lines.append(current)
        return lines.map { trimTrailingSpaces($0) }.joined(separator: "\n")
    }

    /// A piece that is never broken, and the spaces before it.
    struct Atom {
        var space: String
        var text: String
    }

    /// Splits a line into atoms: words between spaces, single Chinese characters (with the punctuation that must stay
    /// with them), and `code spans` whole.
    static func atoms(_ line: String) -> [Atom] {
        var out: [Atom] = []
        var space = ""
        var word = ""
        var inCode = false
        var lastWide = false
        func flush() {
            if !word.isEmpty { out.append(Atom(space: space, text: word)); space = ""; word = "" }
        }
        for ch in line {
            if inCode {
                word.append(ch)
                if ch == "`" { inCode = false }
                continue
            }
            if ch == " " {
                flush()
                space.append(ch)
                lastWide = false
                continue
            }
            let wide = DisplayWidth.of(String(ch)) == 2
            if closing.contains(ch) && space.isEmpty {
                // Stays with what precedes it.
                if word.isEmpty, let last = out.popLast() { space = last.space; word = last.text }
                word.append(ch)
                lastWide = wide
                continue
            }
            // A break is allowed between two Chinese characters (not after an opening bracket).
            if wide && lastWide, let prev = word.last, !opening.contains(prev), !(ch == "元" && (prev == "万" || prev == "亿")) { flush() }
            if ch == "`" { inCode = true }
            word.append(ch)
            lastWide = wide
        }
        flush()
        if !space.isEmpty, var last = out.popLast() { last.text += space; out.append(last) }
        return out
    }

    /// Punctuation that never starts a line.
    static let closing: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "”", "’", "%", "％", ",", ".", ";", ":", ")", "]", "…"]
    /// Punctuation that never ends a line.
    static let opening: Set<Character> = ["（", "「", "『", "“", "‘", "(", "["]

    /// Where continuation lines start: the description column of a two-column line (or the block's, `fallback`,
    /// when the line's own lies past the middle), else the leading indent.
    static func hangingIndent(_ line: String, width: Int, fallback: Int? = nil) -> Int {
        let leading = line.prefix { $0 == " " }.count
        if let c = descriptionColumn(line) {
            if c <= width / 2 { return c }
            if let f = fallback, f <= width / 2 { return f }
        }
        return leading <= width / 2 ? leading : 0
    }

    /// The column after the first run of two or more spaces that follows text (`  show      the scored tree` → 12).
    static func descriptionColumn(_ line: String) -> Int? {
        var column = 0
        var spaces = 0
        var seenText = false
        for ch in line {
            if ch == " " {
                spaces += 1
            } else {
                if seenText && spaces >= 2 { return column }
                seenText = true
                spaces = 0
            }
            column += DisplayWidth.of(String(ch))
        }
        return nil
    }

    static func trimTrailingSpaces(_ s: String) -> String {
        var s = s
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
