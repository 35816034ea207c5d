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
            if name.text != Workspace.baselineName, w.scenarios[name.text] != nil {
                try located({ () throws(Diagnostic) in try w.checkDroppable(name.text) }, name.span)
            }
            if let ask = askBeforeLosing("drop " + name.text, doing: "repeat `drop \(name.text)` to discard it", only: name.text) { out.append(ask); return }
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
            let before = ScoreSnapshot(w.scored)
            let action = "reset " + (e.map { file.slice($0.span) } ?? "all")
            let (undone, outcome) = try w.reset(code: code, field: field, action: action)
            workspace = w
            if undone.isEmpty { out.append(.text("nothing to reset in \(w.current)")); return }
            var d = delta(action: action + " (\(undone.count) change\(undone.count == 1 ? "" : "s") in \(w.current))",
                          before: before, after: w.scored, changes: outcome.changes, edit: nil)
            d.followers = outcome.followers
            out.append(.delta(d))
        case .undo, .redo:
            let undoing = { if case .undo = st.kind { return true } else { return false } }()
            // The delta is taken in the scenario the step belongs to, before and after it, wherever the user is.
            let target = (undoing ? w.undoStack.last : w.redoStack.last).map { step -> String in
                if case .edits(let sc, _) = step.kind { return sc }
                return w.current
            }
            let before = ScoreSnapshot(target.flatMap { w.scenarios[$0]?.scored } ?? w.scored)
            guard let done = undoing ? try w.undo() : try w.redo() else {
                out.append(.text(undoing ? "nothing to undo" : "nothing to redo"))
                return
            }
            workspace = w
            var d = delta(action: "\(undoing ? "undo" : "redo"): \(describe(done.step, undoing: undoing))",
                          before: before, after: w.scored, changes: done.outcome.changes, edit: nil)
            if let from = done.outcome.switchedFrom {
                d.notes.append("now in scenario \(w.current) (you were in \(from)): the change \(undoing ? "undone" : "redone") was made there")
            }
            d.followers = done.outcome.followers
            out.append(.delta(d))
        default:
            break
        }
        workspace = w
    }

    /// A history step in words: `#1.1.1.entered 4 → 6.28` for one edit, the statement for several, the scheme change.
    func describe(_ step: HistoryStep, undoing: Bool) -> String {
        switch step.kind {
        case .edits(let sc, let edits):
            let place = sc == workspace?.current ? "" : " in \(sc)"
            if edits.count == 1, let e = edits.first {
                let name = e.code == "scheme" ? "scheme" : "#" + e.code
                return "\(name).\(e.field) " + (undoing ? "\(e.new.text) → \(e.old.text)" : "\(e.old.text) → \(e.new.text)") + place
            }
            return (step.action.isEmpty ? "\(edits.count) changes" : step.action) + place
        case .scheme(let old, let new):
            return undoing ? "scheme \(new.scheme.id) → \(old.scheme.id)" : "scheme \(old.scheme.id) → \(new.scheme.id)"
        }
    }

    /// The nodes whose score differs between two scored states of the same report.
    func diffChanges(_ a: ScoredReport, _ b: ScoredReport) -> [ScoredReport.Change] {
        guard a.scores.count == b.scores.count else { return [] }
        return a.scores.indices.compactMap { i in a.scores[i] == b.scores[i] ? nil : ScoredReport.Change(node: i, old: a.scores[i], new: b.scores[i]) }
    }
}
