/// `changes`: the current scenario's overrides, before and after.
enum ChangesStatement: StatementForm {
    static let keywords = ["changes", "改动"]
    static let usage = [(syntax: "changes", does: "the overrides of the current scenario, before and after")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind { .changes }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .changes = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        let w = try session.loadedWorkspace(st.span, file)
        let sc = try w.scenario(w.current)
        let rows = sc.overrides.map { e in
            [e.code == "scheme" ? "scheme" : "#" + e.code, e.code == "scheme" ? "" : w.scored.report.nodes[w.index(ofCode: e.code) ?? 0].name,
             e.field, e.old.text, e.new.text]
        }
        out.append(rows.isEmpty ? .text(Message.noChanges.text(w.current))
                                : .table(Table(title: Message.changesTitle.text(w.current, sc.base ?? Message.theLoadedReport.text()),
                                               columns: ColumnHeading.localized(["code", "indicator", "field", "before", "after"]), rows: rows)))
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? { ArgumentCompletion() }
}
