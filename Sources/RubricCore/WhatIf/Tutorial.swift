/// `tutorial`: an interactive walk through the scoring rules on a bundled seed report, with exercises answered in the language.
///
/// While it runs, ``Session/run(_:)`` hands every shell input to ``Session/tutorialAnswer(_:step:)`` first:
/// `tutorial next` / `skip` moves on, `tutorial quit` ends it, anything else runs as usual and is then checked
/// against the step's exercise.
public enum Tutorial {
    /// One step: what it teaches, the exercise, setup statements run when it starts, and how an answer is checked.
    struct Step: Sendable {
        var title: String
        var text: String
        /// Rubric statements run when the step starts (their output is shown).
        var setup: String
        var hint: String
        var check: @Sendable (Session, Statement.Kind?, Value?) -> Bool
    }

    /// The name the tutorial's bundled report is shown by (it has no file: `save` needs a new name).
    public static let reportName = "tutorial: seed003-zengcheng-2022"

    static let steps: [Step] = [
        Step(title: "the tree and the roll-up",
             text: """
             A report is a tree: 一级 → 二级 → 三级 indicators, each with a weight (分值). A parent's score is the sum of its \
             children's; the total (总分) is the sum of the 一级 scores. Type `show` to see the tree.
             Exercise: type an expression that adds the two 一级 scores and equals the total (use their names).
             """,
             setup: "", hint: "履职效能.score + 管理效率.score",
             check: { s, kind, v in
                 guard case .expression(let e)? = kind, case .binary(.add, _, _) = e.kind, case .number(let q)? = v,
                       let t = s.workspace?.scored.total else { return false }
                 return q.value == t
             }),
        Step(title: "execution rate (支出率)",
             text: """
             专项资金支出率 is scored by the execution-rate rule: score = weight × spent ÷ budget, the rate rounded to 0.01% \
             first, the score half-up to 2 decimals. Seed 002's figures were just entered: budget 447,790.64万元, spent 425,020.15万元. \
             Type `explain 专项资金支出率` to see each step.
             Exercise: type the score as a number (or an expression equal to it).
             """,
             setup: "专项资金支出率.budget = 447790.64万元\n专项资金支出率.spent = 425020.15万元", hint: "5 × 94.91% = 4.7455 → 4.75",
             check: { s, kind, v in
                 guard case .expression? = kind, case .number(let q)? = v, let w = s.workspace,
                       let i = w.scored.report.nodes.firstIndex(where: { $0.name == "专项资金支出率" }) else { return false }
                 return q.value == w.scored.scores[i]
             }),
        Step(title: "the 150% rule",
             text: """
             A performance target scores its weight × B/A below target, its full weight from 100% to 150% of target, and only \
             HALF its weight above 150% (减半得分: the target was set too low). Exactly 150% keeps full marks.
             Exercise: a target of 100 with an actual of 160, on a weight of 10 — how many points? Type the number.
             """,
             setup: "", hint: "160 ÷ 100 = 160% > 150%: half of 10",
             check: { _, kind, v in
                 guard case .expression? = kind, case .number(let q)? = v else { return false }
                 return q.value == 5
             }),
        Step(title: "grade bands",
             text: """
             The grade is read off the total: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. Type `explain grade` to see where the total sits.
             Exercise: change 部门整体绩效目标产出指标完成情况.entered so that the grade drops to 良.
             """,
             setup: "", hint: "部门整体绩效目标产出指标完成情况.entered = 4",
             check: { s, kind, _ in
                 guard case .assignment? = kind else { return false }
                 return s.workspace?.scored.grade == "良"
             }),
        Step(title: "goal seek",
             text: """
             `seek X.FIELD for CONDITION` finds every value of one input that makes the condition true, exactly. \
             The last change was undone. Exercise: find how low 部门整体绩效目标产出指标完成情况.entered can go while the total stays ≥ 90.
             """,
             setup: "reset 部门整体绩效目标产出指标完成情况", hint: "seek 部门整体绩效目标产出指标完成情况.entered for total >= 90",
             check: { _, kind, _ in
                 if case .seek? = kind { return true }
                 return false
             }),
    ]
}

extension Session {
    func startTutorial(file: SourceFile) throws(Diagnostic) -> [Output] {
        // The tutorial works on its own bundled copy of seed 003 in its own workspace: the user's report, scenarios
        // and undo history are put aside and come back unchanged when it ends (a restart keeps the first copy).
        let report: Report
        do { report = try ReportLoader.load(SourceFile(name: Tutorial.reportName, text: Tutorial.reportText)) } catch {
            throw Diagnostic(phase: .load, "the tutorial's bundled report does not load: \(error.message)", file: file)
        }
        let saved = tutorialSaved ?? (workspace, reportPath)
        workspace = Workspace(ScoredReport(report: report, scheme: BuiltinSchemes.named(report.scheme) ?? BuiltinSchemes.guangzhou))
        reportPath = nil
        tutorialSaved = saved
        forgetIndicatorBindings()
        let yours = saved.workspace == nil ? "" : "; your report is put aside and comes back unchanged when it ends"
        var out: [Output] = [.text("Tutorial: \(Tutorial.steps.count) steps on its own copy of seed 003\(yours). `tutorial next` or `skip` moves on, `tutorial hint` helps, `tutorial quit` ends.")]
        out += enterTutorialStep(0)
        return out
    }

    /// Ends the tutorial and puts back the report, scenarios and undo history the user had before it; says what is loaded now.
    func endTutorial() -> String {
        tutorialStep = nil
        guard let saved = tutorialSaved else { return "the tutorial's report stays loaded" }
        tutorialSaved = nil
        // With nothing loaded before there is nothing to put back: the tutorial's report stays to explore.
        guard let w = saved.workspace else { return "the tutorial's report stays loaded (none was loaded before)" }
        workspace = w
        reportPath = saved.reportPath
        forgetIndicatorBindings()
        let name = saved.reportPath.map { String($0.split(separator: "/").last ?? Substring($0)) } ?? "your report"
        let scenarios = w.order.count > 1 ? " with its scenarios (\(w.order.joined(separator: ", ")))" : ""
        return "\(name) is back\(scenarios) (scenario \(w.current): 总分 \(w.scored.total.formatted(places: w.scored.scheme.scorePlaces)), 等级 \(w.scored.grade))"
    }

    func tutorialAnswer(_ input: SourceFile, step: Int) -> [Output]? {
        var text = String(input.text.trimmingSpaces())
        // The Chinese words (教程 下一步 / 跳过 / 提示 / 退出) are the English ones.
        let chinese = ["教程": "tutorial", "下一步": "next", "跳过": "skip", "提示": "hint", "退出": "quit", "结束": "end"]
        text = text.split(separator: " ").map { chinese[String($0)] ?? String($0) }.joined(separator: " ")
        switch text {
        case "tutorial next", "next", "skip", "tutorial skip": return enterTutorialStep(step + 1)
        case "tutorial quit", "tutorial stop", "tutorial end":
            return [.text("tutorial ended; " + endTutorial())]
        case "tutorial hint", "hint": return [.text("hint: " + Tutorial.steps[step].hint)]
        case "tutorial": return [.text("step \(step + 1) of \(Tutorial.steps.count): " + Tutorial.steps[step].title)] + [.document(Tutorial.steps[step].text)]
        default: break
        }
        let program = try? Parser.parse(input)
        let kind = program?.statements.last?.kind
        var value: Value?
        if case .expression(let e)? = kind { value = try? evaluator(input).evaluate(e) }
        var out = runScript(input).outputs
        if Tutorial.steps[step].check(self, kind, value) {
            out.append(.text("✓ right."))
            out += enterTutorialStep(step + 1)
        } else if kind != nil, !isExploration(kind!) {
            out.append(.text("not yet — try again, or `tutorial hint`"))
        }
        return out
    }

    // MARK: Implementation

    /// Statements that look around rather than answer (`show`, `explain`, `help`): no "not yet" after them.
    func isExploration(_ k: Statement.Kind) -> Bool {
        switch k {
        case .show, .explain, .help, .leaves, .listTargets, .changes, .scenarios, .print: return true
        default: return false
        }
    }

    func enterTutorialStep(_ k: Int) -> [Output] {
        guard k < Tutorial.steps.count else {
            let back = endTutorial()
            return [.text("Tutorial complete; \(back). The lessons in examples/lessons/ go further: rubric examples/lessons/01-execution-rate.rubric")]
        }
        tutorialStep = k
        let st = Tutorial.steps[k]
        var out: [Output] = [.text("── step \(k + 1) of \(Tutorial.steps.count): \(st.title) ──")]
        if !st.setup.isEmpty {
            out += runScript(SourceFile(name: "<tutorial>", text: st.setup)).outputs
        }
        out.append(.document(st.text))
        return out
    }
}
