/// `compare A B … [--all]`: scenarios, or report files of other years, side by side with Δ and Δ%.
enum CompareStatement: StatementForm {
    static let keywords = ["compare", "比较"]
    static let usage = [(syntax: "compare A B … [--all]", does: "scenarios or report files side by side, Δ and Δ%")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind {
        var names: [CommandArgument] = []
        var all = false
        while !p.atStatementEnd {
            if p.isSymbol(.minus) { try p.flagAll(); all = true } else { names.append(try p.scenarioName(after: "compare")) }
        }
        return .compare(names, all: all)
    }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .compare = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard case .compare(let names, let all) = st.kind else { return }
        out.append(contentsOf: try session.runCompare(names, all: all, file: file, span: st.span))
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? {
        ArgumentCompletion(words: session.scenarioCompletions, fileKinds: LoadStatement.reportKinds)
    }
}
