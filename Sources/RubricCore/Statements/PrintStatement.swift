/// `print E, …`: prints values, separated by spaces.
enum PrintStatement: StatementForm {
    static let keywords = ["print", "显示值", "打印"]
    static let usage = [(syntax: "print E, …", does: "print values")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind {
        .print(p.atStatementEnd ? [] : try p.expressionList())
    }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .print = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard case .print(let exprs) = st.kind else { return }
        var parts: [String] = []
        for e in exprs { parts.append(try session.display(try session.evaluator(file).evaluate(e))) }
        out.append(.text(parts.joined(separator: " ")))
    }
}
