/// `explain X`, `explain total`, `explain grade`: a score's rule in words, its inputs, every step, the roll-up and the grade band.
public enum ScoreExplanation {
    /// The explanation of node `i` as document text.
    public static func node(_ s: ScoredReport, _ i: Int) -> String {
        let n = s.report.nodes[i]
        let places = s.scheme.scorePlaces
        var lines: [String] = []
        let scoreText = n.isTarget ? s.scores[i].shortText(maxPlaces: 6) : s.scores[i].formatted(places: places)
        lines.append("\(n.name) (#\(n.code)): \(scoreText)" + ((n.weight ?? s.share(ofTarget: i)).map { Message.explainOfWeight.text($0.shortText(maxPlaces: 6)) } ?? ""))
        if let spec = s.ruleSpec(for: i) {
            let family = RuleRegistry.family(spec.id)
            lines.append(Message.explainRule.text(spec.id + (family.map { " — \($0.title)" } ?? "")))
            if let f = family { lines.append("  \(f.summary)") }
            let known = Set(family?.parameterHelp.map(\.name) ?? [])
            let params = spec.parameters.names.filter { known.contains($0) }
            lines.append(Message.explainParameters.text(params.isEmpty ? Message.explainNone.text() : params.map { "\($0) = \(spec.parameters[$0]!.description)" }.joined(separator: ", ")))
            lines.append(Message.explainInputs.text(inputs(s, i, reads: family?.reads ?? [])))
            lines.append(Message.explainSteps.text())
            let steps = s.explain(i).steps
            lines += steps.isEmpty ? ["  (no steps: \(s.statuses[i].marker.isEmpty ? "nothing to compute" : s.statuses[i].marker))"] : steps.map { "  " + $0 }
            if n.isTarget, let p = n.parent, let share = s.share(ofTarget: i) {
                lines.append("  share \(share.shortText(maxPlaces: 6)) × factor \(s.factor(ofTarget: i).shortText(maxPlaces: 6)) = \(s.scores[i].shortText(maxPlaces: 6)) of \(s.report.nodes[p].name)")
            }
        } else if n.children.isEmpty {
            // A leaf no rule scores (the scheme names none for it): its score is what the source gives.
            lines.append(Message.explainRule.text(Message.explainNone.text()))
            lines.append(Message.explainSteps.text())
            lines.append("  " + (n.published.map { Message.explainPublishedStands.text($0.shortText()) } ?? Message.explainNothingCounts.text()))
        } else {
            lines.append(Message.explainRule.text(Message.explainSumOfChildren.text()))
            lines.append(Message.explainSteps.text())
            lines.append("  " + sumLine(s, i))
        }
        lines.append(Message.explainRollUp.text())
        var from = n.isTarget ? n.parent : i
        if n.isTarget, let p = n.parent { lines.append("  \(s.report.nodes[p].name) = \(s.scores[p].formatted(places: places)) (the sum of its targets' shares, rounded once)") }
        while let c = from, let p = s.report.nodes[c].parent {
            lines.append("  " + sumLine(s, p))
            from = p
        }
        lines.append("  " + totalLine(s))
        lines.append(Message.explainGrade.text(gradePlace(s)))
        return lines.joined(separator: "\n")
    }

    /// `explain total`: each 一级 as the sum of its children, the total as their sum, and the grade.
    public static func total(_ s: ScoredReport) -> String {
        let places = s.scheme.scorePlaces
        var lines = ["总分 \(s.total.formatted(places: places)): the sum of the 一级 scores; each parent is the sum of its children"]
        for t in s.report.topLevel { lines.append("  " + sumLine(s, t)) }
        lines.append("  " + totalLine(s))
        if let p = s.report.publishedTotal, p != s.total.rounded(places: places), let d = try? s.total - p {
            lines.append("the document states \(p.formatted(places: places)): the computed total differs by \(d.isNegative ? "" : "+")\(d.formatted(places: places)) (both are kept; neither is fixed)")
        }
        lines.append("grade: " + gradePlace(s))
        return lines.joined(separator: "\n")
    }

    /// `explain grade`: the bands of the scheme, where the total sits, and the distance to the next band up and down.
    public static func grade(_ s: ScoredReport) -> String {
        let places = s.scheme.scorePlaces
        let t = s.total.rounded(places: places)
        if let why = s.incompleteReason {
            return "等级 —: the total \(t.formatted(places: places)) is incomplete (\(why)), so no band applies\nbands (\(s.scheme.id)): " + s.scheme.grades.map { "\($0.grade) ≥ \($0.minimum.shortText())" }.joined(separator: " · ") + "\n"
        }
        var lines = ["等级 \(s.grade): read off the total rounded to \(places) places, \(t.formatted(places: places))", "bands (\(s.scheme.id)):"]
        let bands = s.scheme.grades
        for (k, b) in bands.enumerated() {
            let upper = k == 0 ? "≤ 100" : "< \(bands[k - 1].minimum.shortText())"
            let mark = b.grade == s.grade ? "  ← \(t.formatted(places: places))" : ""
            lines.append("  \(b.grade)  \(b.minimum.shortText()) ≤ s \(upper)\(mark)")
        }
        if let k = bands.firstIndex(where: { $0.grade == s.grade }) {
            if k > 0, let d = try? bands[k - 1].minimum - t {
                lines.append("next band up: \(bands[k - 1].grade) needs \(bands[k - 1].minimum.shortText()), \(d.formatted(places: places)) more")
            } else { lines.append("this is the top band") }
            if k + 1 < bands.count, let d = try? t - bands[k].minimum {
                lines.append("band below: \(bands[k + 1].grade) below \(bands[k].minimum.shortText()); the total can lose \(d.formatted(places: places)) and keep \(s.grade)")
            }
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Implementation

    /// `parent = child a + child b = sum`.
    static func sumLine(_ s: ScoredReport, _ p: Int) -> String {
        let places = s.scheme.scorePlaces
        let kids = s.report.nodes[p].children.map { "\(s.report.nodes[$0].name) \(s.scores[$0].formatted(places: places))" }
        return "\(s.report.nodes[p].name) = \(kids.joined(separator: " + ")) = \(s.scores[p].formatted(places: places))"
    }

    static func totalLine(_ s: ScoredReport) -> String {
        let places = s.scheme.scorePlaces
        let parts = s.report.topLevel.map { "\(s.report.nodes[$0].name) \(s.scores[$0].formatted(places: places))" }
        guard let w = s.rebaseWeight else { return "总分 = \(parts.joined(separator: " + ")) = \(s.total.formatted(places: places))" }
        // Re-based to 100 (not applicable indicators left out): the sum, then × 100 ÷ the applicable weight.
        return "总分 = (\(parts.joined(separator: " + ")) = \(s.rawTotal.formatted(places: places))) × 100 ÷ \(w.shortText()) = \(s.total.formatted(places: places))"
    }

    /// `91.42 falls in 优 (90 ≤ s ≤ 100)`.
    static func gradePlace(_ s: ScoredReport) -> String {
        let places = s.scheme.scorePlaces
        let bands = s.scheme.grades
        if let why = s.incompleteReason { return "none: the total \(s.total.formatted(places: places)) is incomplete (\(why)), so no band applies" }
        guard let k = bands.firstIndex(where: { $0.grade == s.grade }) else { return s.grade }
        let upper = k == 0 ? "≤ 100" : "< \(bands[k - 1].minimum.shortText())"
        return Message.explainFallsIn.text(s.total.rounded(places: places).formatted(places: places), s.grade, "\(bands[k].minimum.shortText()) ≤ s \(upper)")
    }

    /// The inputs a rule reads, with their values on node `i`.
    static func inputs(_ s: ScoredReport, _ i: Int, reads: [String]) -> String {
        let n = s.report.nodes[i]
        let x = n.inputs
        var parts: [String] = []
        for r in reads {
            switch r {
            case "target": parts.append("target " + (x.targetText ?? x.target?.text() ?? "not given"))
            case "actual" where n.formulas["actual"] != nil: parts.append(FormulaInputs.explained("actual", of: n) ?? "actual")
            case "target" where n.formulas["target"] != nil: parts.append(FormulaInputs.explained("target", of: n) ?? "target")
            case "actual": parts.append("actual " + (x.actualText ?? x.actual?.text() ?? "not given"))
            case "budget": parts.append("budget " + (x.budget.map { Quantity($0, .money).text() } ?? "not given"))
            case "spent": parts.append("spent " + (x.spent.map { Quantity($0, .money).text() } ?? "not given"))
            case "entered": parts.append("entered " + (x.entered?.shortText() ?? n.published.map { "not given (published \($0.shortText()))" } ?? "not given"))
            case "level": parts.append("level " + (x.level?.rawValue ?? "not given"))
            case "cases": parts.append("cases " + (x.cases?.shortText() ?? "not given"))
            case "targets": parts.append("\(n.children.filter { s.report.nodes[$0].isTarget }.count) target(s)")
            default: parts.append(r)
            }
        }
        return parts.isEmpty ? "none" : parts.joined(separator: " · ")
    }
}

extension Session {
    func runExplain(_ e: Expr, file: SourceFile) throws(Diagnostic) -> String {
        let s = try scored(e.span, file)
        if case .name(let n) = e.kind, variables[n] == nil {
            if n == "total" { return ScoreExplanation.total(s) }
            if n == "grade" { return ScoreExplanation.grade(s) }
        }
        var target = e
        if case .property(let base, let p) = e.kind, p.text == "score" || Evaluator.indicatorProperties.contains(p.text) { target = base }
        let v: Value
        if case .string(let str) = target.kind {
            v = .indicator(try evaluator(file).resolver.resolve(name: str, span: target.span, file: file))
        } else {
            v = try evaluator(file).evaluate(target)
        }
        switch v {
        case .indicator(let i): return ScoreExplanation.node(s, i)
        case .report: return ScoreExplanation.total(s)
        default:
            throw Diagnostic(phase: .evaluate, .explainTakesNot, v.typeName, file: file, span: e.span, hint: .explainExamples)
        }
    }
}
