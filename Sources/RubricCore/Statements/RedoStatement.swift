/// `redo`: makes again the step the last `undo` took back.
enum RedoStatement: StatementForm {
    static let keywords = ["redo", "重做"]
    static let usage: [(syntax: String, does: String)] = []   // listed with undo
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind { .redo }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .redo = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        try session.step(undoing: false, span: st.span, file: file, into: &out)
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? { ArgumentCompletion() }
}
