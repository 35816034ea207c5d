/// The commonest slips of a report typed by hand — a tab or a full-width space (全角空格) indenting a line, a full-width
/// colon (`：`) after a key — named where libyaml only says "found character that cannot start any token".
enum YAMLMistakes {
    /// The first such slip on libyaml's error line or the two before it (the error is often found on the line after
    /// the slip), as a diagnostic at its place; nil when there is none. Lines further up are not blamed: a tab or a
    /// full-width space there may be inside a value, and libyaml read them.
    static func find(in file: SourceFile, errorLine: Int) -> Diagnostic? {
        let bytes = Array(file.text.utf8)
        var line = 1, start = 0
        while start <= bytes.count && line <= errorLine {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            if line >= errorLine - 2, let d = slip(bytes, start, end, line: line, file: file) { return d }
            line += 1
            start = end + 1
        }
        return nil
    }

    /// A slip on the line `bytes[start..<end]`: a tab or a full-width space in its indentation, or a full-width colon
    /// after a key.
    static func slip(_ b: [UInt8], _ start: Int, _ end: Int, line: Int, file: SourceFile) -> Diagnostic? {
        var i = start
        while i < end {
            if b[i] == 0x20 { i += 1; continue }
            if b[i] == 0x09 {
                return Diagnostic(phase: .load, .yamlTabIndent, String(line), file: file, span: SourceSpan(i, i + 1), hint: .yamlTabIndentHint)
            }
            if i + 2 < end, b[i] == 0xE3, b[i + 1] == 0x80, b[i + 2] == 0x80 {
                return Diagnostic(phase: .load, .yamlFullWidthIndent, String(line), file: file, span: SourceSpan(i, i + 3), hint: .yamlFullWidthIndentHint)
            }
            break
        }
        // `- ` of a list entry, then a key: a run without spaces or quotes, ended by `:` or `：`.
        if i + 1 < end, b[i] == 0x2D, b[i + 1] == 0x20 { i += 2; while i < end && b[i] == 0x20 { i += 1 } }
        let keyStart = i
        while i < end {
            switch b[i] {
            case 0x3A, 0x20, 0x09, 0x22, 0x27, 0x23: return nil
            case 0xEF where i + 2 < end && b[i + 1] == 0xBC && b[i + 2] == 0x9A:
                guard i > keyStart else { return nil }
                let key = String(decoding: b[keyStart..<i], as: UTF8.self)
                return Diagnostic(phase: .load, .yamlFullWidthColon, key, file: file, span: SourceSpan(i, i + 3), hint: .yamlFullWidthColonHint, key)
            default: i += 1
            }
        }
        return nil
    }

    /// A hint for a key holding such a slip (`　　weight` indented with full-width spaces, `title：` with a full-width
    /// colon), or nil.
    static func keyHint(_ key: String) -> String? {
        if key.unicodeScalars.first == "\u{3000}" { return Message.yamlFullWidthIndentHint.text() }
        if let colon = key.firstIndex(of: "：") { return Message.yamlFullWidthColonHint.text(String(key[..<colon])) }
        return nil
    }
}
