/// `drop NAME`: removes a scenario (asks first in the shell when it has unsaved changes).
enum DropStatement: StatementForm {
    static let keywords = ["drop", "删除情景"]
    static let usage = [(syntax: "drop NAME", does: "remove a scenario and its undo steps")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind {
        .drop(name: try p.scenarioName(after: "drop"))
    }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .drop = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard case .drop(let name) = st.kind else { return }
        var w = try session.loadedWorkspace(st.span, file)
        if name.text != Workspace.baselineName, w.scenarios[name.text] != nil {
            try Session.located(file, name.span) { () throws(Diagnostic) in try w.checkDroppable(name.text) }
        }
        if let ask = session.askBeforeLosing("drop " + name.text, doing: Message.repeatDrop.text(name.text), only: name.text) { out.append(ask); return }
        try Session.located(file, name.span) { () throws(Diagnostic) in try w.drop(name.text) }
        session.workspace = w
        out.append(.text(Message.scenarioDropped.text(name.text, w.current)))
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? {
        ArgumentCompletion(words: words.count == 1 ? session.scenarioCompletions.filter { $0 != Workspace.baselineName } : [])
    }
}
