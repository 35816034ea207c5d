/// Undo and redo: the session's history of steps (the statements are in Statements/).
extension Session {
    /// Undoes (or redoes) the last step and prints its delta, taken in the scenario the step belongs to.
    func step(undoing: Bool, span: SourceSpan, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        var w = try loadedWorkspace(span, file)
        let target = (undoing ? w.undoStack.last : w.redoStack.last).map { $0.scenario ?? w.current }
        let before = ScoreSnapshot(target.flatMap { w.scenarios[$0]?.scored } ?? w.scored)
        guard let done = undoing ? try w.undo() : try w.redo() else {
            out.append(.text((undoing ? Message.nothingToUndo : Message.nothingToRedo).text()))
            return
        }
        workspace = w
        var d = delta(action: (undoing ? Message.undoAction : Message.redoAction).text(describe(done.step, undoing: undoing)),
                      before: before, after: w.scored, changes: done.outcome.changes, edit: nil)
        if let from = done.outcome.switchedFrom {
            d.notes.append(Message.nowInScenario.text(w.current, from, undoing ? (InterfaceLanguage.current == .zh ? "撤销" : "undone") : (InterfaceLanguage.current == .zh ? "重做" : "redone")))
        }
        d.followers = done.outcome.followers
        out.append(.delta(d))
    }

    /// A history step in words: `#1.1.1.entered 4 → 6.28` for one edit, the statement for several, the scheme change.
    func describe(_ step: HistoryStep, undoing: Bool) -> String {
        switch step.kind {
        case .reset(let sc, let removed):
            return (step.action.isEmpty ? "reset (\(removed.count) changes)" : step.action) + (sc == workspace?.current ? "" : " in \(sc)")
        case .edits(let sc, let edits):
            let place = sc == workspace?.current ? "" : " in \(sc)"
            if edits.count == 1, let e = edits.first {
                // The indicator's name, as the user typed it (its code only when the name is not unique).
                let name: String
                if e.code == "scheme" { name = "scheme" } else if let s = workspace?.scenarios[sc]?.scored, let i = s.index(ofCode: e.code),
                          s.report.nodes.filter({ $0.name == s.report.nodes[i].name }).count == 1 {
                    name = s.report.nodes[i].name
                } else { name = "#" + e.code }
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
