/// `sweep X.FIELD from A to B step S [, Y.FIELD …] [show E, …]`: scores across a range, or a grid of two inputs.
enum SweepStatement: StatementForm {
    static let keywords = ["sweep", "扫描"]
    static let usage = [(syntax: "sweep X.FIELD from A to B step S [show E, …]", does: "a table (and bars) of scores across a range")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind {
        var axes = [try p.sweepAxis()]
        while p.isSymbol(.comma) {
            p.advance()
            p.skipNewlines()
            axes.append(try p.sweepAxis())
        }
        guard p.isWord("show") else { return .sweep(axes, show: []) }
        p.advance()
        return .sweep(axes, show: try p.expressionList())
    }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .sweep = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard case .sweep(let axes, let show) = st.kind else { return }
        out.append(contentsOf: try session.runSweep(axes, show: show, file: file, span: st.span))
    }
}
