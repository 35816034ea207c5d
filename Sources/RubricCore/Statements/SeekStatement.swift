/// `seek X.FIELD for COND`: every value of one input that makes COND true, as exact intervals.
enum SeekStatement: StatementForm {
    static let keywords = ["seek", "求解"]
    static let usage = [(syntax: "seek X.FIELD for COND", does: "the values of one input that make COND true")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind {
        let target = try p.propertyTarget(command: "seek")
        try p.expectWord("for", after: "seek")
        return .seek(target: target, goal: try p.expression())
    }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .seek = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard case .seek(let target, let goal) = st.kind else { return }
        out.append(contentsOf: try session.runSeek(target, goal: goal, file: file, span: st.span))
    }
}
