import RubricCore

/// Helpers shared by the shell tests: escapes, lines, columns.
enum ShellText {
    /// The lines of `text` without the final empty one after a trailing "\n".
    static func lines(_ text: String) -> [String] {
        var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if parts.last == "" { parts.removeLast() }
        return parts
    }

    /// `text` without ANSI SGR escapes (`ESC [ … m`).
    static func stripANSI(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let s = scalars.first {
            scalars = scalars.dropFirst()
            if s == "\u{1B}", scalars.first == "[" {
                scalars = scalars.drop { $0 != "m" }.dropFirst()
                continue
            }
            out.append(s)
        }
        return String(out)
    }

    /// True when `text` contains an escape character.
    static func hasEscape(_ text: String) -> Bool { text.unicodeScalars.contains("\u{1B}") }

    /// The display width of `line` up to (not including) the first occurrence of `cell` at or after `from` columns.
    static func column(of cell: String, in line: String) -> Int? {
        guard let range = line.range(of: cell) else { return nil }
        return DisplayWidth.of(line[..<range.lowerBound])
    }
}
