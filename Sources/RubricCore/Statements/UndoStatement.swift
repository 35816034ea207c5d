/// `undo`: takes back the session's last step, wherever it was made (switching to its scenario, and saying so).
enum UndoStatement: StatementForm {
    static let keywords = ["undo", "撤销"]
    static let usage = [(syntax: "undo · redo", does: "step back and forward through every change of the session")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind { .undo }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .undo = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        try session.step(undoing: true, span: st.span, file: file, into: &out)
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? { ArgumentCompletion() }
}
