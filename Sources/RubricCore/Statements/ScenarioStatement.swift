/// `scenario NAME [from NAME]`: starts a scenario from the current one (or another) and switches to it.
enum ScenarioStatement: StatementForm {
    static let keywords = ["scenario", "情景"]
    static let usage = [(syntax: "scenario NAME [from NAME]", does: "start a scenario that follows the current one (or NAME)")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind {
        let name = try p.scenarioName(after: "scenario")
        guard p.isWord("from") else { return .scenario(name: name, from: nil) }
        p.advance()
        return .scenario(name: name, from: try p.scenarioName(after: "from"))
    }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .scenario = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard case .scenario(let name, let from) = st.kind else { return }
        var w = try session.loadedWorkspace(st.span, file)
        try Session.located(file, st.span) { () throws(Diagnostic) in try w.createScenario(name.text, from: from?.text) }
        session.workspace = w
        out.append(.text(Message.scenarioStarted.text(name.text, w.scenarios[name.text]?.base ?? "baseline", ScoreTable.totalText(w.scored), ScoreTable.gradeText(w.scored))))
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? {
        words.count == 2 ? ArgumentCompletion(words: ["from"]) : words.count == 3 ? ArgumentCompletion(words: session.scenarioCompletions) : ArgumentCompletion()
    }
}
