/// `reset X.field`, `reset X`, `reset`: removes overrides from the current scenario (one undo step).
enum ResetStatement: StatementForm {
    static let keywords = ["reset", "还原"]
    static let usage = [(syntax: "reset [X[.FIELD]]", does: "remove one override, all of X's, or all (one undo step)")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind {
        .reset(p.atStatementEnd ? nil : try p.expression())
    }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .reset = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard case .reset(let e) = st.kind else { return }
        var w = try session.loadedWorkspace(st.span, file)
        var code: String?
        var field: String?
        if let e, case .property(let b, let f) = e.kind, case .scheme? = try? session.evaluator(file).evaluate(b) {
            // `reset scheme.places`: one scheme setting.
            code = "scheme"; field = f.text
        } else if let e {
            var base = e
            if case .property(let b, let f) = e.kind, Evaluator.indicatorProperties.contains(f.text) || IndicatorField.named(f.text) != nil {
                field = IndicatorField.named(f.text)?.name ?? f.text
                base = b
            }
            if case .scheme = try session.evaluator(file).evaluate(base) { code = "scheme" } else {
                guard case .indicator(let i) = try session.evaluator(file).evaluate(base) else {
                    throw Diagnostic(phase: .evaluate, .resetTakesIndicator, file: file, span: e.span)
                }
                code = w.scored.report.nodes[i].code
            }
        }
        let before = ScoreSnapshot(w.scored)
        let action = "reset " + (e.map { file.slice($0.span) } ?? "all")
        let (undone, outcome) = try w.reset(code: code, field: field, action: action)
        session.workspace = w
        if undone.isEmpty { out.append(.text(Message.nothingToReset.text(w.current))); return }
        var d = session.delta(action: action + " (\(undone.count) change\(undone.count == 1 ? "" : "s") in \(w.current))",
                              before: before, after: w.scored, changes: outcome.changes, edit: nil)
        d.followers = outcome.followers
        out.append(.delta(d))
    }
}
