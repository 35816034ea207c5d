/// `help [TOPIC]`: the overview, a topic, a rule family, a statement, or an indicator.
enum HelpStatement: StatementForm {
    static let keywords = ["help", "帮助"]
    static let usage = [(syntax: "help [TOPIC]", does: "help on a topic, a statement, a rule or an indicator")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind { .help(topic: p.rawRest()) }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .help = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard case .help(let topic) = st.kind else { return }
        do { out.append(.document(try session.help(topic?.text, file: file))) } catch {
            var e = error
            if e.span == nil { e.span = topic?.span ?? st.span }
            throw e
        }
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? {
        ArgumentCompletion(words: Session.helpTopics + StatementRegistry.keywords + RuleRegistry.all.map { $0.id })
    }
}
