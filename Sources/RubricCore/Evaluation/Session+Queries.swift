/// Queries: `show`, `leaves where …`, `list targets of …`.
extension Session {
    func show(_ e: Expr?, file: SourceFile) throws(Diagnostic) -> Table {
        let s = try scored(e?.span, file)
        guard let e else { return ScoreTable.tree(s) }
        let v = try evaluator(file).evaluate(e)
        switch v {
        case .indicator(let i): return ScoreTable.tree(s, root: i)
        case .report: return ScoreTable.tree(s)
        default:
            // `show 2.5`: a code is written with `#`.
            let text = String(file.slice(e.span))
            if case .number = v, s.index(ofCode: text) != nil {
                throw Diagnostic(phase: .evaluate, .showTakesIndicator, v.typeName, file: file, span: e.span, hint: .codeNeedsHash, text)
            }
            throw Diagnostic(phase: .evaluate, .showTakesIndicator, v.typeName, file: file, span: e.span)
        }
    }

    func leaves(where condition: Expr?, file: SourceFile) throws(Diagnostic) -> Table {
        let s = try scored(condition?.span, file)
        var rows: [[String]] = []
        let places = s.scheme.scorePlaces
        for i in s.report.leaves {
            if let c = condition {
                let v = try evaluator(file, leaf: i).evaluate(c)
                guard case .bool(let keep) = v else {
                    throw Diagnostic(phase: .evaluate, .whereNeedsBool, v.typeName, file: file, span: c.span)
                }
                if !keep { continue }
            }
            let n = s.report.nodes[i]
            let gap = s.gainable(i)
            rows.append([n.code, n.name, n.weight?.shortText() ?? "", s.scores[i].formatted(places: places),
                         gap.map { $0.isZero ? "" : $0.formatted(places: places) } ?? "", s.ruleSpec(for: i)?.id ?? ""])
        }
        return Table(columns: ColumnHeading.localized(["code", "indicator", "weight", "score", "gap", "rule"]),
                     alignments: [.left, .left, .right, .right, .right, .left], rows: rows,
                     footer: [Message.leavesFooter.text(String(rows.count), String(s.report.leaves.count))])
    }

    func targets(of e: Expr?, file: SourceFile) throws(Diagnostic) -> Table {
        let s = try scored(e?.span, file)
        var containers = s.report.nodes.indices.filter { s.report.nodes[$0].isTargetContainer }
        if let e {
            guard case .indicator(let i) = try evaluator(file).evaluate(e) else {
                throw Diagnostic(phase: .evaluate, .listTargetsTakesIndicator, file: file, span: e.span)
            }
            containers = containers.filter { $0 == i || s.report.ancestors(of: $0).contains(i) }
            if containers.isEmpty {
                throw Diagnostic(phase: .evaluate, .hasNoTargets, s.report.nodes[i].name, file: file, span: e.span, hint: .targetsSitUnder)
            }
        }
        var rows: [[String]] = []
        for c in containers {
            for t in s.report.nodes[c].children where s.report.nodes[t].isTarget {
                let n = s.report.nodes[t]
                let x = n.inputs
                var completion = ""
                if let a = x.target?.value, let b = x.actual?.value, !a.isZero, let r = try? b.divided(by: a, places: 6) {
                    completion = Quantity(r, .percent).text(places: 2)
                }
                rows.append([n.code, n.name, x.direction?.rawValue ?? "≥", x.targetText ?? x.target?.text() ?? "—",
                             x.actualText ?? x.actual?.text() ?? "—", completion,
                             Quantity(s.factor(ofTarget: t), .percent).text(places: 0),
                             s.scores[t].shortText(maxPlaces: 4), s.ruleSpec(for: t)?.id ?? ""])
            }
        }
        return Table(columns: ColumnHeading.localized(["code", "target", "dir", "target value", "actual", "completion", "factor", "score", "rule"]),
                     alignments: [.left, .left, .left, .left, .left, .right, .right, .right, .left], rows: rows,
                     footer: rows.isEmpty ? [Message.noTargets.text()] : [])
    }
}
