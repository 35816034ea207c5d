/// `check`: the audit of published against computed scores, weights, bands and stated rates.
enum CheckStatement: StatementForm {
    static let keywords = ["check", "审核", "检查"]
    static let usage = [(syntax: "check", does: "the audit: published vs computed, weights, bands, stated rates")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind { .check }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .check = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        let s = try session.scored(st.span, file)
        let findings = Audit.run(s)
        out.append(findings.isEmpty ? .text(Message.noFindings.text()) : .table(ScoreTable.findings(s, findings)))
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? { ArgumentCompletion() }
}
