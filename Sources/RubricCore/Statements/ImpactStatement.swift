/// `impact`: the points each leaf can still gain, and points per 万元 for spend-driven ones.
enum ImpactStatement: StatementForm {
    static let keywords = ["impact", "影响"]
    static let usage = [(syntax: "impact", does: "points each leaf can still gain, and points per 万元")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind { .impact }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .impact = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        out.append(contentsOf: try session.runImpact(file: file, span: st.span))
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? { ArgumentCompletion() }
}
