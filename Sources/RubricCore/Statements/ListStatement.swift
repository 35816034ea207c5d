/// `list targets [of X]`: the 绩效指标 with target, actual, completion and factor.
enum ListStatement: StatementForm {
    static let keywords = ["list", "列出"]
    static let usage = [(syntax: "list targets [of X]", does: "the 绩效指标 with target, actual, completion and factor")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind {
        try p.expectWord("targets", after: "list")
        if p.atStatementEnd { return .listTargets(of: nil) }
        try p.expectWord("of", after: "targets")
        return .listTargets(of: try p.expression())
    }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .listTargets = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard case .listTargets(let of) = st.kind else { return }
        out.append(.table(try session.targets(of: of, file: file)))
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? {
        words.count == 1 ? ArgumentCompletion(words: ["targets"]) : words.count == 2 ? ArgumentCompletion(words: ["of"]) : nil
    }
}
