/// Scenario statements: `scenario`, `scenarios`, `use`, `drop`, `changes`, `reset`, `undo`, `redo`.
extension Session {
    func runScenarioStatement(_ st: Statement, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard var w = workspace else { throw Diagnostic(phase: .evaluate, "no report is loaded", file: file, span: st.span) }
        func located(_ body: () throws(Diagnostic) -> Void, _ span: SourceSpan) throws(Diagnostic) {
            do { try body() } catch {
                var e = error
                if e.file == nil { e.file = file; e.span = span }
                throw e
            }
        }
        switch st.kind {
        case .scenario(let name, let from):
            try located({ () throws(Diagnostic) in try w.createScenario(name.text, from: from?.text) }, st.span)
            out.append(.text("scenario \(name.text) (from \(w.scenarios[name.text]?.base ?? "baseline")): 总分 \(ScoreTable.totalText(w.scored)), 等级 \(ScoreTable.gradeText(w.scored))"))
        case .scenarios:
            var rows: [[String]] = []
            for n in w.order {
                let sc = try w.scenario(n)
                rows.append([n == w.current ? "*" : "", n, sc.base ?? "", String(sc.overrides.count),
                             ScoreTable.totalText(sc.scored), ScoreTable.gradeText(sc.scored)])
            }
            out.append(.table(Table(columns: ["", "scenario", "from", "changes", "总分", "等级"],
                                    alignments: [.left, .left, .left, .right, .right, .left], rows: rows)))
        case .use(let name):
            try located({ () throws(Diagnostic) in try w.use(name.text) }, name.span)
            out.append(.text("scenario \(name.text): 总分 \(ScoreTable.totalText(w.scored)), 等级 \(ScoreTable.gradeText(w.scored))"))
        case .drop(let name):
            try located({ () throws(Diagnostic) in try w.drop(name.text) }, name.span)
            out.append(.text("dropped \(name.text); now in \(w.current)"))
        case .changes:
            let sc = try w.scenario(w.current)
            let rows = sc.overrides.map { e in
                [e.code == "scheme" ? "scheme" : "#" + e.code, e.code == "scheme" ? "" : w.scored.report.nodes[w.index(ofCode: e.code) ?? 0].name,
                 e.field, e.old.text, e.new.text]
            }
            out.append(rows.isEmpty ? .text("no changes in \(w.current)")
                                    : .table(Table(title: "changes in \(w.current) (against \(sc.base ?? "the loaded report"))",
                                                   columns: ["code", "indicator", "field", "before", "after"], rows: rows)))
        case .reset(let e):
            var code: String?
            var field: String?
            if let e {
                var base = e
                if case .property(let b, let f) = e.kind, Evaluator.indicatorProperties.contains(f.text) || Session.settableFields.contains(where: { $0.name == f.text }) {
                    field = f.text; base = b
                }
                if case .scheme = try evaluator(file).evaluate(base) { code = "scheme" } else {
                    guard case .indicator(let i) = try evaluator(file).evaluate(base) else {
                        throw Diagnostic(phase: .evaluate, "reset takes an indicator or one of its fields", file: file, span: e.span)
                    }
                    code = w.scored.report.nodes[i].code
                }
            }
            let before = w.scored
            let undone = try w.reset(code: code, field: field)
            workspace = w
            if undone.isEmpty { out.append(.text("nothing to reset")); return }
            out.append(.delta(delta(action: "reset " + (e.map { file.slice($0.span) } ?? "all (\(undone.count) changes)"),
                                    before: before, after: w.scored, changes: diffChanges(before, w.scored), edit: nil)))
        case .undo, .redo:
            let before = w.scored
            let undoing = { if case .undo = st.kind { return true } else { return false } }()
            guard let done = undoing ? try w.undo() : try w.redo() else {
                out.append(.text(undoing ? "nothing to undo" : "nothing to redo"))
                return
            }
            workspace = w
            let what = "\(undoing ? "undo" : "redo"): \(done.edit.code == "scheme" ? "scheme" : "#" + done.edit.code).\(done.edit.field) \(undoing ? done.edit.new.text + " → " + done.edit.old.text : done.edit.old.text + " → " + done.edit.new.text)"
            let base = before.report.nodes.count == w.scored.report.nodes.count && w.current == done.scenario ? before : w.scored
            out.append(.delta(delta(action: what, before: base, after: w.scored, changes: diffChanges(base, w.scored), edit: nil)))
        default:
            break
        }
        workspace = w
    }

    /// The nodes whose score differs between two scored states of the same report.
    func diffChanges(_ a: ScoredReport, _ b: ScoredReport) -> [ScoredReport.Change] {
        guard a.scores.count == b.scores.count else { return [] }
        return a.scores.indices.compactMap { i in a.scores[i] == b.scores[i] ? nil : ScoredReport.Change(node: i, old: a.scores[i], new: b.scores[i]) }
    }
}
