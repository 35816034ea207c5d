/// `leaves [where COND]`: the rule-scored indicators, optionally filtered.
enum LeavesStatement: StatementForm {
    static let keywords = ["leaves", "末级指标"]
    static let usage = [(syntax: "leaves [where COND]", does: "rule-scored indicators; in COND use score, weight, gap, rule …")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind {
        if p.atStatementEnd { return .leaves(where: nil) }
        try p.expectWord("where", after: "leaves")
        return .leaves(where: try p.expression())
    }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .leaves = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard case .leaves(let c) = st.kind else { return }
        out.append(.table(try session.leaves(where: c, file: file)))
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? {
        words.count == 1 ? ArgumentCompletion(words: ["where"]) : nil
    }
}
