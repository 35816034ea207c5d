/// `seek X.FIELD for GOAL`: the statement around ``GoalSeek``: intervals as a table, or "unreachable" and why.
extension Session {
    func runSeek(_ targetExpr: Expr, goal: Expr, file: SourceFile, span: SourceSpan) throws(Diagnostic) -> [Output] {
        let s = try scored(span, file)
        let t = try inputTarget(targetExpr, command: "seek", file: file)
        let node = s.report.nodes[t.node]
        let unit = t.field.unit(on: node)
        let label = "\(node.name).\(t.field.rawValue)"
        if checkingOnly {
            // A script check resolves the condition on the present state, without searching.
            let v = try evaluator(file).evaluate(goal)
            guard case .bool = v else {
                throw Diagnostic(phase: .evaluate, .seekNeedsCondition, v.typeName, file: file, span: goal.span,
                                 hint: .seekExample, label)
            }
            return []
        }
        func solve(_ condition: Expr) throws(Diagnostic) -> GoalSeek.Result {
            try GoalSeek.solve(scored: s, node: t.node, field: t.field) { (copy: ScoredReport) throws(Diagnostic) -> Bool in
                let v = try self.evaluator(file, on: copy).evaluate(condition)
                guard case .bool(let ok) = v else {
                    throw Diagnostic(phase: .evaluate, .seekNeedsCondition, v.typeName, file: file, span: goal.span,
                                     hint: .seekExample, label)
                }
                return ok
            }
        }
        var result: GoalSeek.Result
        var equalityNote: String?
        if case .binary(.equal, let l, let r) = goal.kind, case .number = try evaluator(file).evaluate(l) {
            // An equality holds on a set too thin to sample: it is where `l >= r` and `l <= r` both hold, each searched
            // exactly to the grid. When no value hits it, the nearest values on each side are named.
            let ge = try solve(Expr(.binary(.greaterOrEqual, l, r), goal.span))
            let le = try solve(Expr(.binary(.lessOrEqual, l, r), goal.span))
            result = ge
            result.intervals = GoalSeek.intersect(ge.intervals, le.intervals)
            result.evaluations = ge.evaluations + le.evaluations
            if result.intervals.isEmpty {
                var copy = s
                func valueOf(_ x: ExactDecimal) -> String {
                    copy.modify(t.node, recordChanges: false) { t.field.set(x, unit: unit, in: &$0) }
                    return (try? self.display(try self.evaluator(file, on: copy).evaluate(l))) ?? "?"
                }
                var sides: [String] = []
                if let below = le.intervals.map({ $0.upper }).max() { sides.append(Message.seekGivesNamed.text(label, Quantity(below, unit).text(), file.slice(l.span), valueOf(below))) }
                if let above = ge.intervals.map({ $0.lower }).min() { sides.append(Message.seekGives.text(label, Quantity(above, unit).text(), valueOf(above))) }
                if !sides.isEmpty { equalityNote = Message.seekGridNoExact.text(file.slice(r.span), sides.joined(separator: Message.clauseSeparator)) }
            }
        } else {
            result = try solve(goal)
        }
        var out: [Output] = t.note.map { [.text($0)] } ?? []
        let places = s.scheme.scorePlaces
        func q(_ x: ExactDecimal) -> String { Quantity(x, unit).text() }
        let searched = Message.seekSearched.text(q(result.domain.lower), q(result.domain.upper), q(result.step), String(result.evaluations))
        let goalText = file.slice(goal.span)
        if result.intervals.isEmpty {
            var why = Message.seekUnreachable.text(label, goalText)
            if let note = equalityNote {
                out.append(.text(why + "\n" + note + "\n" + searched))
                return out
            }
            if let b = result.best {
                let w = node.weight ?? s.share(ofTarget: t.node)
                let capped = w.map { b.score >= $0 } ?? false
                why += capped
                    ? "\n" + Message.seekWeightCaps.text(node.name, b.score.formatted(places: places), w!.shortText(), b.total.formatted(places: places), s.scheme.grade(for: b.total))
                    : "\n" + Message.seekAtBest.text(label, q(b.value), b.score.formatted(places: places), w.map { Message.seekOfWeight.text($0.shortText()) } ?? "",
                                                     b.total.formatted(places: places), s.scheme.grade(for: b.total))
            }
            out.append(.text(why + "\n" + searched))
            return out
        }
        // The score and total at each end of every interval.
        var copy = s
        let watched = node.isTarget ? (node.parent ?? t.node) : t.node
        func at(_ x: ExactDecimal) -> (String, String) {
            copy.modify(t.node, recordChanges: false) { t.field.set(x, unit: unit, in: &$0) }
            return (copy.scores[watched].formatted(places: places), copy.total.formatted(places: places))
        }
        var rows: [[String]] = []
        for iv in result.intervals {
            let (s1, t1) = at(iv.lower), (s2, t2) = at(iv.upper)
            rows.append([q(iv.lower), iv.openAbove ? Message.seekAndAbove.text(q(iv.upper)) : q(iv.upper),
                         s1 == s2 ? s1 : "\(s1) … \(s2)", t1 == t2 ? t1 : "\(t1) … \(t2)"])
        }
        var footer = [searched]
        if let c = t.field.value(of: node)?.value ?? (t.field == .entered ? s.scores[t.node] : nil) {
            let meets = result.intervals.contains { c >= $0.lower && (c <= $0.upper || $0.openAbove) }
            if meets {
                footer.append(Message.seekCurrentMeets.text(q(c)) + limits(c, result.intervals, unit))
            } else if let near = nearest(c, result.intervals) {
                let d = (try? near - c) ?? .zero
                footer.append(Message.seekNearest.text(q(c), q(near), (d.isNegative ? "" : "+") + Quantity(d, unit).text()))
            }
        }
        out.append(.table(Table(title: "seek \(label) for \(goalText)", columns: ColumnHeading.localized(["from", "to"]) + ["\(s.report.nodes[watched].name).\(Keywords.shown("score"))", "总分"],
                                alignments: [.right, .right, .right, .right], rows: rows, footer: footer)))
        return out
    }

    // MARK: Implementation

    /// How far the current value can move inside its interval.
    func limits(_ c: ExactDecimal, _ intervals: [GoalSeek.Interval], _ unit: QuantityUnit) -> String {
        guard let iv = intervals.first(where: { c >= $0.lower && (c <= $0.upper || $0.openAbove) }) else { return "" }
        var parts: [String] = []
        if iv.lower < c, let d = try? c - iv.lower { parts.append(Message.seekDownTo.text(Quantity(iv.lower, unit).text(), Quantity(d, unit).text())) }
        if !iv.openAbove && iv.upper > c, let d = try? iv.upper - c { parts.append(Message.seekUpTo.text(Quantity(iv.upper, unit).text(), Quantity(d, unit).text())) }
        return parts.isEmpty ? "" : Message.seekHolds.text(parts.joined(separator: Message.seekAnd.text()))
    }

    /// The value in `intervals` closest to `c`.
    func nearest(_ c: ExactDecimal, _ intervals: [GoalSeek.Interval]) -> ExactDecimal? {
        var best: (ExactDecimal, ExactDecimal)?
        for iv in intervals {
            for x in [iv.lower, iv.upper] {
                guard let d = (try? x - c)?.magnitude else { continue }
                if best == nil || d < best!.1 { best = (x, d) }
            }
        }
        return best?.0
    }
}
