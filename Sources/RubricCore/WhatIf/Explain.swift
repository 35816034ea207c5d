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
            if let f = family { lines.append("  \(f.summary.text())") }
            let known = Set(family?.parameterHelp.map(\.name) ?? [])
            let params = spec.parameters.names.filter { known.contains($0) }
            // Parameters that compare with a percentage input, and shares of the weight, are shown as percentages.
            let percentInput = n.inputs.actual?.unit == .percent
            func shown(_ name: String) -> String {
                let percent = ["achieved-from", "partly-from"].contains(name)
                    || (percentInput && ["threshold", "step", "overshoot", "tiers"].contains(name))
                return spec.parameters[name]!.description(percent: percent)
            }
            lines.append(Message.explainParameters.text(params.isEmpty ? Message.explainNone.text() : params.map { "\($0) = \(shown($0))" }.joined(separator: ", ")))
            lines.append(Message.explainInputs.text(inputs(s, i, reads: family?.reads ?? [])))
            lines.append(Message.explainSteps.text())
            let steps = s.explain(i).steps
            let nothing = s.statuses[i].marker.isEmpty ? Bilingual("nothing to compute", "无需计算").text() : s.statuses[i].marker
            lines += steps.isEmpty ? [Bilingual("  (no steps: \(nothing))", "  （无计算步骤：\(nothing)）").text()] : steps.map { "  " + $0 }
            if n.isTarget, let p = n.parent, let share = s.share(ofTarget: i) {
                let (sh, f, sc) = (share.shortText(maxPlaces: 6), s.factor(ofTarget: i).shortText(maxPlaces: 6), s.scores[i].shortText(maxPlaces: 6))
                lines.append(Bilingual("  share \(sh) × factor \(f) = \(sc) of \(s.report.nodes[p].name)",
                                       "  份额 \(sh) × 系数 \(f) = \(sc)（计入 \(s.report.nodes[p].name)）").text())
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
        if n.isTarget, let p = n.parent {
            let head = "  \(s.report.nodes[p].name) = \(s.scores[p].formatted(places: places))"
            lines.append(head + Bilingual(" (the sum of its targets' shares, rounded once)", "（各目标份额之和，只四舍五入一次）").text())
        }
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
        var lines = ["总分 \(s.total.formatted(places: places))" + Bilingual(": the sum of the 一级 scores; each parent is the sum of its children",
                                                                       "：各一级指标得分之和；每个上级指标是其下级之和").text()]
        for t in s.report.topLevel { lines.append("  " + sumLine(s, t)) }
        lines.append("  " + totalLine(s))
        if let p = s.report.publishedTotal, let d = s.total.shownDifference(from: p, places: places), !d.isZero {
            let (stated, diff) = (p.formatted(places: places), (d.isNegative ? "" : "+") + d.formatted(places: places))
            lines.append(Bilingual("the document states \(stated): the computed total differs by \(diff) (both are kept; neither is fixed)",
                                   "原文填报 \(stated)：计算的总分相差 \(diff)（两者都保留，不作修改）").text())
        }
        lines.append(Bilingual("grade: ", "等级：").text() + gradePlace(s))
        return lines.joined(separator: "\n")
    }

    /// `explain grade`: the bands of the scheme, where the total sits, and the distance to the next band up and down.
    public static func grade(_ s: ScoredReport) -> String {
        let places = s.scheme.scorePlaces
        let t = s.total.rounded(places: places)
        let bandsHead = Bilingual("bands (\(s.scheme.id))", "等级档次（\(s.scheme.id)）").text()
        if !s.isIncomplete, let w = s.topWeightMismatch {
            return "等级 —" + Bilingual(": ", "：").text() + notOutOf100(w, t.formatted(places: places))
                + "\n\(bandsHead): " + s.scheme.grades.map { "\($0.grade) ≥ \($0.minimum.shortText())" }.joined(separator: " · ") + "\n"
        }
        if let why = s.incompleteReason {
            return Bilingual("等级 —: the total \(t.formatted(places: places)) is incomplete (\(why)), so no band applies",
                             "等级 —：总分 \(t.formatted(places: places)) 不完整（\(why)），不评等级").text()
                + "\n\(bandsHead): " + s.scheme.grades.map { "\($0.grade) ≥ \($0.minimum.shortText())" }.joined(separator: " · ") + "\n"
        }
        var lines = [Bilingual("等级 \(s.grade): read off the total rounded to \(places) places, \(t.formatted(places: places))",
                               "等级 \(s.grade)：按保留 \(places) 位小数的总分 \(t.formatted(places: places)) 评定").text(), bandsHead + (InterfaceLanguage.current == .zh ? "：" : ":")]
        let bands = s.scheme.grades
        for (k, b) in bands.enumerated() {
            let upper = k == 0 ? "≤ 100" : "< \(bands[k - 1].minimum.shortText())"
            let mark = b.grade == s.grade ? "  ← \(t.formatted(places: places))" : ""
            lines.append("  \(b.grade)  \(b.minimum.shortText()) ≤ s \(upper)\(mark)")
        }
        if let k = bands.firstIndex(where: { $0.grade == s.grade }) {
            if k > 0, let d = try? bands[k - 1].minimum - t {
                let (g, m, more) = (bands[k - 1].grade, bands[k - 1].minimum.shortText(), d.formatted(places: places))
                lines.append(Bilingual("next band up: \(g) needs \(m), \(more) more", "上一档：\(g) 需要 \(m)，还差 \(more)").text())
            } else { lines.append(Bilingual("this is the top band", "已是最高档").text()) }
            if k + 1 < bands.count, let d = try? t - bands[k].minimum {
                let (g, m, lose) = (bands[k + 1].grade, bands[k].minimum.shortText(), d.formatted(places: places))
                lines.append(Bilingual("band below: \(g) below \(m); the total can lose \(lose) and keep \(s.grade)",
                                       "下一档：低于 \(m) 为 \(g)；总分再少 \(lose) 仍保持 \(s.grade)").text())
            }
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Implementation

    /// `parent = child a + child b = sum`.
    static func sumLine(_ s: ScoredReport, _ p: Int) -> String {
        let places = s.scheme.scorePlaces
        if s.report.nodes[p].children.isEmpty {
            // A 一级 indicator scored on its own (no 二级 under it): its score is its rule's, not a sum.
            let rule = s.ruleID(for: p) ?? Message.explainNone.text()
            return "\(s.report.nodes[p].name) = \(s.scores[p].formatted(places: places))" + Bilingual(" (scored by its own rule, \(rule))", "（由其自身规则计分：\(rule)）").text()
        }
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

    /// Why a total whose 一级 weights add up to `w` has no grade: the audit's words, and what follows from them.
    static func notOutOf100(_ w: ExactDecimal, _ total: String) -> String {
        Message.findTopWeights.text(w.shortText())
            + Bilingual(", so the total \(total) is not out of 100 and no band applies", "，总分 \(total) 不是百分制，不评等级").text()
    }

    /// `91.42 falls in 优 (90 ≤ s ≤ 100)`.
    static func gradePlace(_ s: ScoredReport) -> String {
        let places = s.scheme.scorePlaces
        let bands = s.scheme.grades
        if !s.isIncomplete, let w = s.topWeightMismatch {
            return Bilingual("none: ", "无：").text() + notOutOf100(w, s.total.formatted(places: places))
        }
        if let why = s.incompleteReason {
            return Bilingual("none: the total \(s.total.formatted(places: places)) is incomplete (\(why)), so no band applies",
                             "无：总分 \(s.total.formatted(places: places)) 不完整（\(why)），不评等级").text()
        }
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
            if n.formulas[r] != nil {
                // An input computed from figures is shown with its formula and numbers.
                var shown = FormulaInputs.explained(r, of: n) ?? r
                // A computed rate is used rounded to the scheme's rate places.
                let used = ScoredReport.ratesRounded(n, s.scheme.ratePlaces)
                if let places = s.scheme.ratePlaces, r == "actual" || r == "target",
                   let exact = r == "actual" ? n.inputs.actual : n.inputs.target, exact.unit == .percent,
                   let q = r == "actual" ? used.actual : used.target, q.value != exact.value {
                    shown += " → " + q.text(places: max(0, places - 2))
                }
                parts.append(n.formulasFromScheme.contains(r) ? shown + " " + Message.explainSchemeFormula.text() : shown)
                continue
            }
            let notGiven = Bilingual("not given", "未提供").text()
            let label = Keywords.shown(r) + " "
            switch r {
            case "target": parts.append(label + (x.targetText ?? x.target?.text() ?? notGiven))
            case "actual": parts.append(label + (x.actualText ?? x.actual?.text() ?? notGiven))
            case "budget": parts.append(label + (x.budget.map { Quantity($0, .money).text() } ?? notGiven))
            case "spent": parts.append(label + (x.spent.map { Quantity($0, .money).text() } ?? notGiven))
            case "entered":
                let published = n.published.map { Bilingual("not given (published \($0.shortText()))", "未提供（表中得分 \($0.shortText())）").text() }
                parts.append(label + (x.entered?.shortText() ?? published ?? notGiven))
            case "level": parts.append(label + (x.level?.rawValue ?? notGiven))
            case "cases": parts.append(label + (x.cases?.shortText() ?? notGiven))
            case "targets":
                let count = n.children.filter { s.report.nodes[$0].isTarget }.count
                parts.append(Bilingual("\(count) target(s)", "\(count) 个目标").text())
            default: parts.append(r)
            }
        }
        return parts.isEmpty ? Message.explainNone.text() : parts.joined(separator: " · ")
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
