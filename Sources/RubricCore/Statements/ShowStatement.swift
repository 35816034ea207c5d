/// `show [X]`: the scored tree, or X's subtree.
enum ShowStatement: StatementForm {
    static let keywords = ["show", "显示"]
    static let usage = [(syntax: "show [X]", does: "the scored tree, or X's subtree")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind {
        .show(p.atStatementEnd ? nil : try p.expression())
    }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .show = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard case .show(let e) = st.kind else { return }
        out.append(.table(try session.show(e, file: file)))
    }
}
