/// Whether a shell input needs more lines: an open bracket or string, or a trailing operator or comma.
public func isIncomplete(_ text: String) -> Bool {
    Parser.isIncomplete(text)
}

extension Parser {
    /// True when `text` cannot be complete yet, so the shell shows a continuation prompt:
    /// a `(` or `[` or `"` is still open, or the last token is a binary operator, `,`, `=`, `+=`, `-=` or `not`.
    public static func isIncomplete(_ text: String) -> Bool {
        var lexer = Lexer(SourceFile(name: "<input>", text: text))
        do {
            try lexer.run()
        } catch {
            return error.message == LanguageMessage.unterminatedString.message
        }
        if !lexer.openBrackets.isEmpty { return true }
        guard let last = lexer.tokens.last(where: { $0.kind != .newline && $0.kind != .end }) else { return false }
        switch last.kind {
        case .symbol(.comma), .symbol(.assign), .symbol(.plusAssign), .symbol(.minusAssign): return true
        case .word("not"): return true
        default:
            if let entry = OperatorTable.continuing(last.kind), case .infix = entry.role { return true }
            return false
        }
    }
}
