/// `scenarios`: every scenario with its base, changes, total and grade.
enum ScenariosStatement: StatementForm {
    static let keywords = ["scenarios", "情景列表"]
    static let usage = [(syntax: "scenarios", does: "list the scenarios with base, changes, total and grade")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind { .scenarios }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .scenarios = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        let w = try session.loadedWorkspace(st.span, file)
        var rows: [[String]] = []
        for n in w.order {
            let sc = try w.scenario(n)
            rows.append([n == w.current ? "*" : "", n, sc.base ?? "", String(sc.overrides.count), sc.unsaved > 0 ? String(sc.unsaved) : "",
                         ScoreTable.totalText(sc.scored), ScoreTable.gradeText(sc.scored)])
        }
        out.append(.table(Table(columns: ColumnHeading.localized(["", "scenario", "from", "changes", "unsaved", "总分", "等级"]),
                                alignments: [.left, .left, .left, .right, .right, .right, .left], rows: rows)))
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? { ArgumentCompletion() }
}
