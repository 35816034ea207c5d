/// `use NAME` switches scenario; `use scheme FILE` scores every scenario with another scheme.
enum UseStatement: StatementForm {
    static let keywords = ["use", "使用", "切换"]
    static let usage = [(syntax: "use NAME", does: "switch to a scenario"),
                        (syntax: "use scheme FILE", does: "score every scenario with a scheme file or a built-in one")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind {
        if p.isWord("scheme") {
            p.advance()
            return .useScheme(file: try p.fileArgument(after: "scheme"))
        }
        return .use(name: try p.scenarioName(after: "use"))
    }
    static func owns(_ kind: Statement.Kind) -> Bool {
        switch kind { case .use, .useScheme: return true; default: return false }
    }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        switch st.kind {
        case .useScheme(let f): try session.useScheme(f, file: file, into: &out)
        case .use(let name):
            var w = try session.loadedWorkspace(st.span, file)
            try Session.located(file, name.span) { () throws(Diagnostic) in try w.use(name.text) }
            session.workspace = w
            out.append(.text(Message.scenarioNow.text(name.text, ScoreTable.totalText(w.scored), ScoreTable.gradeText(w.scored))))
        default: break
        }
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? {
        if words.count == 1 { return ArgumentCompletion(words: session.scenarioCompletions + ["scheme"]) }
        if words.count == 2 && words[1] == "scheme" { return ArgumentCompletion(words: BuiltinSchemes.ids, fileKinds: ["yaml", "yml"]) }
        return ArgumentCompletion()
    }
}
