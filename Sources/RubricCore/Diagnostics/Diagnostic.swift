/// How serious a diagnostic or audit finding is.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case note, warning, error
    public static func < (a: Severity, b: Severity) -> Bool {
        let order: [Severity] = [.note, .warning, .error]
        return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }

    /// The level as the interface language says it (`error` / `错误`).
    public var word: String {
        switch self {
        case .error: return Message.severityError.text()
        case .warning: return Message.severityWarning.text()
        case .note: return Message.severityNote.text()
        }
    }
}

/// Which pipeline stage produced a diagnostic; decides the exit code of a script.
public enum Phase: String, Sendable {
    case lex, parse, resolve, evaluate, load, assertion, io, usage
}

/// A message about a place in a source: `file:line:column: error: message`, the line, a caret, a hint.
public struct Diagnostic: Error, Sendable, Equatable {
    public var severity: Severity
    public var phase: Phase
    /// Lowercase, no full stop, source text quoted.
    public var message: String
    public var file: SourceFile?
    public var span: SourceSpan?
    /// A hint or "did you mean" shown under the caret.
    public var hint: String?
    /// The stable id of the message: its ``Message`` case (or ``LanguageMessage``) name; nil for a text built elsewhere.
    public var id: String?

    public init(_ severity: Severity = .error, phase: Phase, _ message: String, file: SourceFile? = nil, span: SourceSpan? = nil, hint: String? = nil) {
        self.severity = severity
        self.phase = phase
        self.message = message
        self.file = file
        self.span = span
        self.hint = hint
    }

    /// A diagnostic whose text is the catalogue's `message` with `args` in the interface language; its id is the case name.
    /// The hint, when there is one, is a catalogue text too (`Message.x.text(…)`).
    public init(_ severity: Severity = .error, phase: Phase, _ message: Message, _ args: String..., file: SourceFile? = nil,
                span: SourceSpan? = nil, hint: String? = nil) {
        self.init(severity, phase: phase, message.text(args), file: file, span: span, hint: hint)
        self.id = message.id
    }

    /// A diagnostic whose text is the catalogue's `message` with `args` and whose hint is the catalogue's `hint` with `hintArgs`.
    public init(_ severity: Severity = .error, phase: Phase, _ message: Message, _ args: String..., file: SourceFile? = nil,
                span: SourceSpan? = nil, hint: Message, _ hintArgs: String...) {
        self.init(severity, phase: phase, message.text(args), file: file, span: span, hint: hint.text(hintArgs))
        self.id = message.id
    }

    /// `name:line:column` of the start of the span, when there is one.
    public var locationText: String? {
        guard let file else { return nil }
        guard let span else { return file.name }
        if let sheet = file.sheet {
            // A workbook: the cell, as Excel names it (`book.xlsx 自评表!F25`).
            let loc = file.location(of: span.start)
            let line = file.lineText(loc.line)
            let offset = span.start - file.lineStarts[loc.line - 1]
            let column = line.utf8.prefix(max(0, offset)).filter { $0 == 0x09 }.count + 1
            return "\(file.name) \(sheet)!\(Self.columnName(column))\(loc.line)"
        }
        return "\(file.name):\(file.location(of: span.start))"
    }

    /// Excel's name of a 1-based column: 1 → A, 27 → AA.
    static func columnName(_ n: Int) -> String {
        var n = n, out = ""
        while n > 0 { let r = (n - 1) % 26; out = String(UnicodeScalar(UInt8(65 + r))) + out; n = (n - 1) / 26 }
        return out
    }

    /// The whole diagnostic as lines of text: header, source line, caret (aligned by display width), hint.
    public func rendered(style: DiagnosticStyle = .plain) -> String {
        var out = ""
        let sev = style.severity(severity)
        if let loc = locationText { out += style.bold(loc) + ": " }
        out += sev + ": " + Self.capped(message) + "\n"
        if let file, let span {
            let start = file.location(of: span.start)
            let full = Self.printable(file.lineText(start.line))
            // The caret runs to the end of the span on this line.
            let endLoc = file.location(of: span.end)
            let endColumn = endLoc.line == start.line ? endLoc.column : DisplayWidth.of(full) + 1
            let (line, caretColumn, caretWidth) = Self.window(full, column: start.column, width: max(1, endColumn - start.column))
            out += "    " + line + "\n"
            let marker = "^" + String(repeating: "~", count: caretWidth - 1)
            out += "    " + String(repeating: " ", count: caretColumn - 1) + style.caret(marker) + "\n"
        }
        if let hint { out += style.note(Message.severityNote.text()) + ": " + hint + "\n" }
        return out
    }

    /// A message quoting a huge value (a number of 10⁵ digits) shown with its middle cut.
    static func capped(_ message: String) -> String {
        guard message.count > 300 else { return message }
        return String(message.prefix(200)) + "…(\(message.count - 260) characters)…" + String(message.suffix(60))
    }

    /// Widest source line quoted, in display columns; a longer one is shown as a window around the caret.
    static let quotedWidth = 100

    /// A source line safe to print: tabs as spaces, control characters (NUL, C0, DEL, C1) as `�`.
    static func printable(_ line: String) -> String {
        var out = ""
        for u in line.unicodeScalars {
            if u == "\t" { out += " " }
            else if u.value < 0x20 || (u.value >= 0x7F && u.value <= 0x9F) { out += "\u{FFFD}" }
            else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// The part of `line` to quote, the caret's column in it and the caret's width (both in display columns).
    static func window(_ line: String, column: Int, width: Int) -> (String, Int, Int) {
        guard DisplayWidth.of(line) > quotedWidth else { return (line, column, width) }
        let chars = Array(line)
        // The character at display column `column`.
        var at = chars.count, w = 1
        for (k, ch) in chars.enumerated() {
            if w >= column { at = k; break }
            w += DisplayWidth.of(String(ch))
        }
        let lo = max(0, at - quotedWidth / 3)
        var hi = lo, shown = 0
        while hi < chars.count, shown + DisplayWidth.of(String(chars[hi])) <= quotedWidth { shown += DisplayWidth.of(String(chars[hi])); hi += 1 }
        let head = lo > 0 ? "…" : ""
        let text = head + String(chars[lo..<hi]) + (hi < chars.count ? "…" : "")
        let caret = DisplayWidth.of(head + String(chars[lo..<min(at, hi)])) + 1
        return (text, caret, max(1, min(width, DisplayWidth.of(text) - caret + 1)))
    }
}

/// How a rendered diagnostic is decorated: plain text, or ANSI colour for a terminal.
public struct DiagnosticStyle: Sendable {
    public var colour: Bool
    public static let plain = DiagnosticStyle(colour: false)
    public static let ansi = DiagnosticStyle(colour: true)

    func severity(_ s: Severity) -> String {
        let word = s.word
        guard colour else { return word }
        switch s {
        case .error: return "\u{1B}[1;31m\(word)\u{1B}[0m"
        case .warning: return "\u{1B}[1;33m\(word)\u{1B}[0m"
        case .note: return "\u{1B}[1;36m\(word)\u{1B}[0m"
        }
    }
    func bold(_ s: String) -> String { colour ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    func caret(_ s: String) -> String { colour ? "\u{1B}[1;32m\(s)\u{1B}[0m" : s }
    func note(_ s: String) -> String { colour ? "\u{1B}[1;36m\(s)\u{1B}[0m" : s }
}

/// Near names for "did you mean": edit distance over characters, so Chinese names compare by character.
public enum NearNames {
    /// Up to `limit` candidates closest to `name`, nearest first, within a distance that scales with length.
    public static func suggest(_ name: String, among candidates: [String], limit: Int = 3) -> [String] {
        let a = Array(name)
        let threshold = max(1, (a.count + 2) / 3)
        var scored: [(Int, String)] = []
        for c in candidates {
            let d = distance(a, Array(c))
            if d <= threshold || c.contains(name) || (name.count >= 2 && name.contains(c)) { scored.append((d, c)) }
        }
        scored.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var seen = Set<String>()
        return scored.compactMap { seen.insert($0.1).inserted ? $0.1 : nil }.prefix(limit).map { $0 }
    }

    /// Levenshtein distance between two character arrays.
    public static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count), cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
