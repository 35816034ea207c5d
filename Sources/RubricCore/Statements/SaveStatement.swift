/// `save [FILE]`, `save! FILE`, `save scenario NAME FILE`, `save session FILE.rubric`: writing the session's work.
enum SaveStatement: StatementForm {
    static let keywords = ["save", "保存"]
    static let usage = [(syntax: "save", does: "write the baseline over the loaded YAML file"),
                        (syntax: "save FILE · save! FILE", does: "write the current scenario to a new file (save! replaces one)"),
                        (syntax: "save scenario NAME FILE", does: "write one scenario as a new report"),
                        (syntax: "save session FILE.rubric", does: "write every scenario as a script that rebuilds them")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind {
        var force = false
        if p.isSymbol(.bang) { p.advance(); force = true }
        if p.isWord("scenario") {
            p.advance()
            let name = try p.scenarioName(after: "scenario")
            return .saveScenario(name: name, file: try p.fileArgument(after: name.text), force: force)
        }
        if p.isWord("session") {
            p.advance()
            return .saveSession(file: try p.fileArgument(after: "session"), force: force)
        }
        return .save(file: p.atStatementEnd ? nil : try p.fileArgument(after: "save"), force: force)
    }
    static func owns(_ kind: Statement.Kind) -> Bool {
        switch kind { case .save, .saveScenario, .saveSession: return true; default: return false }
    }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        switch st.kind {
        case .save(let f, let force):
            do { try session.save(f, force: force, file: file, into: &out) } catch {
                var e = error
                if e.span == nil { e.file = file; e.span = st.span }
                throw e
            }
        case .saveScenario(let name, let target, let force):
            out.append(contentsOf: try session.saveScenario(name, to: target, force: force, file: file))
        case .saveSession(let target, let force):
            out.append(contentsOf: try session.saveSession(to: target, force: force, file: file))
        default: break
        }
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? {
        if words.count == 1 { return ArgumentCompletion(words: ["scenario", "session"], fileKinds: ["yaml", "yml"]) }
        if words[1] == "session" { return ArgumentCompletion(fileKinds: words.count == 2 ? ["rubric"] : []) }
        if words[1] == "scenario" {
            return words.count == 2 ? ArgumentCompletion(words: session.scenarioCompletions) : ArgumentCompletion(fileKinds: words.count == 3 ? ["yaml", "yml"] : [])
        }
        return ArgumentCompletion()
    }
}
