/// `set lang zh|en` (`设置 语言 中文`): the language of everything the shell prints from now on.
enum SetStatement: StatementForm {
    static let keywords = ["set", "设置"]
    static let usage = [(syntax: "set lang zh|en", does: "the interface language: 中文 or English (also --lang, LANG)")]
    static let settings = ["lang", "language", "语言", "界面语言"]

    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind {
        let setting = p.peek
        guard case .word(let w) = setting.kind, settings.contains(w) else {
            throw p.error(.expectedWord("lang", after: keyword), setting.span)
        }
        p.advance()
        let value = p.peek
        switch value.kind {
        case .word(let v), .string(let v): p.advance(); return .setLanguage(CommandArgument(v, value.span))
        default: throw p.error(.expectedWord("zh", after: w), value.span)
        }
    }

    static func owns(_ kind: Statement.Kind) -> Bool { if case .setLanguage = kind { return true }; return false }

    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard case .setLanguage(let v) = st.kind else { return }
        guard let language = InterfaceLanguage(word: v.text) else {
            throw Diagnostic(phase: .evaluate, .unknownLanguage, v.text, file: file, span: v.span, hint: .setLangHint)
        }
        InterfaceLanguage.current = language
        out.append(.text(Message.interfaceLanguage.text()))
    }

    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? {
        ArgumentCompletion(words: words.count == 1 ? ["lang"] : words.count == 2 ? ["zh", "en"] : [])
    }
}
