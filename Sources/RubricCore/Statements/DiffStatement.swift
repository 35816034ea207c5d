/// `diff [--all]`: the current scenario against the baseline (the baseline against the loaded report).
enum DiffStatement: StatementForm {
    static let keywords = ["diff", "差异"]
    static let usage = [(syntax: "diff [--all]", does: "the current scenario against its baseline")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind {
        if p.atStatementEnd { return .diff(all: false) }
        try p.flagAll()
        return .diff(all: true)
    }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .diff = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard case .diff(let all) = st.kind else { return }
        out.append(contentsOf: try session.runDiff(all: all, file: file, span: st.span))
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? { ArgumentCompletion(words: ["--all"]) }
}
