/// `assert COND[, "message"]`: fails a script (exit 1) when COND is false.
enum AssertStatement: StatementForm {
    static let keywords = ["assert", "断言"]
    static let usage = [(syntax: "assert COND[, \"message\"]", does: "fail a script (exit 1) when COND is false")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind {
        let condition = try p.expression()
        guard p.isSymbol(.comma) else { return .assert(condition, message: nil) }
        p.advance()
        p.skipNewlines()
        guard case .string(let s) = p.peek.kind else { throw p.error(.expectedMessageString, p.peek.span) }
        return .assert(condition, message: CommandArgument(s, p.advance().span, isQuoted: true))
    }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .assert = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard case .assert(let e, let message) = st.kind else { return }
        try session.runAssert(e, message: message?.text, file: file, into: &out)
    }
}
