/// `let NAME = E`: binds a name to a value for later statements.
enum LetStatement: StatementForm {
    static let keywords = ["let", "设"]
    static let usage = [(syntax: "let NAME = E", does: "bind a name (NAME = E rebinds it)")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind {
        guard case .word(let name) = p.peek.kind else { throw p.error(.expectedName(after: "let"), p.peek.span) }
        guard !Keywords.isReserved(name) else { throw p.error(.reservedName(name), p.peek.span) }
        let nameToken = p.advance()
        guard p.isSymbol(.assign) else { throw p.error(.expectedWord("=", after: name), p.peek.span) }
        p.advance()
        p.skipNewlines()
        return .binding(name: Identifier(name, nameToken.span), value: try p.expression())
    }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .binding = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard case .binding(let name, let value) = st.kind else { return }
        // The value is computed before the binding, so the evaluator's reference to the variables is gone and the
        // dictionary is changed in place (not copied once per `let`, which made long scripts quadratic).
        let v = try session.evaluator(file).evaluate(value)
        session.variables[name.text] = v
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? { ArgumentCompletion() }
}
