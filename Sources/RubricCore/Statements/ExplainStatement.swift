/// `explain X | total | grade`: every arithmetic step of a score and how it rolls up.
enum ExplainStatement: StatementForm {
    static let keywords = ["explain", "解释"]
    static let usage = [(syntax: "explain X | total | grade", does: "every arithmetic step of a score and how it rolls up")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind { .explain(try p.expression()) }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .explain = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard case .explain(let e) = st.kind else { return }
        out.append(.document(try session.runExplain(e, file: file)))
    }
}
