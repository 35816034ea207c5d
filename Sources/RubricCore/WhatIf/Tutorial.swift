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

    /// The steps with their Chinese (by position in ``steps``).
    static let chinese: [(title: String, text: String, hint: String)] = [
        ("得分树与汇总",
         """
         一份报告是一棵树：一级 → 二级 → 三级指标，每个指标有分值。上级的得分是下级得分之和；总分是一级指标得分之和。\
         输入 `显示` 查看得分树。
         练习：输入一个表达式，把两个一级指标的得分相加，结果等于总分（用它们的名称）。
         """,
         "履职效能.得分 + 管理效率.得分"),
        ("预算执行率（支出率）",
         """
         专项资金支出率按执行率规则计分：得分 = 分值 × 执行数 ÷ 预算数，执行率先四舍五入到 0.01%，得分再四舍五入到 2 位小数。\
         为了练习，这份示例 003 的副本已填入示例 002 的数字：预算 447,790.64万元，执行 425,020.15万元。\
         输入 `解释 专项资金支出率` 查看每一步。
         练习：输入它的得分（一个数，或等于它的表达式）。
         """,
         "5 × 94.91% = 4.7455 → 4.75"),
        ("150% 规则",
         """
         绩效指标未达目标时按 完成值 ÷ 目标值 × 分值 计分，达到目标的 100% 到 150% 得满分，超过 150% 只得一半\
         （减半得分：目标定得太低）。恰好 150% 仍得满分。
         练习：目标 100、实际 160、分值 10，得几分？输入这个数。
         """,
         "160 ÷ 100 = 160% > 150%：得 10 的一半"),
        ("评价等级",
         """
         等级按总分判定：优 ≥ 90，良 ≥ 80，中 ≥ 60，其下为差。输入 `解释 等级` 查看总分落在哪一档。
         练习：修改 部门整体绩效目标产出指标完成情况.录入分，使等级降为良。
         """,
         "部门整体绩效目标产出指标完成情况.录入分 = 4"),
        ("求解",
         """
         `求解 X.输入 使 条件` 精确求出使条件成立的一项输入的所有取值。上一次修改已撤回。\
         练习：求出 部门整体绩效目标产出指标完成情况.录入分 最低能降到多少，总分仍 ≥ 90。
         """,
         "求解 部门整体绩效目标产出指标完成情况.录入分 使 总分 >= 90"),
    ]

    /// A step's title, text and hint in the interface language.
    static func words(_ k: Int) -> (title: String, text: String, hint: String) {
        InterfaceLanguage.current == .zh && k < chinese.count ? chinese[k] : (steps[k].title, steps[k].text, steps[k].hint)
    }

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
             first, the score half-up to 2 decimals. For this exercise, seed 002's figures were entered on this copy of seed 003: \
             budget 447,790.64万元, spent 425,020.15万元. \
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
            throw Diagnostic(phase: .load, .tutorialReportBroken, error.message, file: file)
        }
        let saved = tutorialSaved ?? (workspace, reportPath)
        workspace = Workspace(ScoredReport(report: report, scheme: BuiltinSchemes.named(report.scheme) ?? BuiltinSchemes.guangzhou))
        reportPath = nil
        tutorialSaved = saved
        forgetIndicatorBindings()
        let yours = saved.workspace == nil ? "" : Message.tutorialPutAside.text()
        var out: [Output] = [.text(Message.tutorialIntro.text(String(Tutorial.steps.count), yours))]
        out += enterTutorialStep(0)
        return out
    }

    /// Ends the tutorial and puts back the report, scenarios and undo history the user had before it; says what is loaded now.
    func endTutorial() -> String {
        tutorialStep = nil
        guard let saved = tutorialSaved else { return Message.tutorialReportStays.text() }
        tutorialSaved = nil
        // With nothing loaded before there is nothing to put back: the tutorial's report stays to explore.
        guard let w = saved.workspace else { return Message.tutorialReportStaysNoneBefore.text() }
        workspace = w
        reportPath = saved.reportPath
        forgetIndicatorBindings()
        let name = saved.reportPath.map { String($0.split(separator: "/").last ?? Substring($0)) } ?? Message.tutorialYourReport.text()
        let scenarios = w.order.count > 1 ? Message.tutorialWithScenarios.text(w.order.joined(separator: Message.listSeparator)) : ""
        return Message.tutorialReportBack.text(name, scenarios, w.current, w.scored.total.formatted(places: w.scored.scheme.scorePlaces), w.scored.grade)
    }

    func tutorialAnswer(_ input: SourceFile, step: Int) -> [Output]? {
        var text = String(input.text.trimmingSpaces())
        // The Chinese words (教程 下一步 / 跳过 / 提示 / 退出) are the English ones.
        let chinese = ["教程": "tutorial", "下一步": "next", "跳过": "skip", "提示": "hint", "退出": "quit", "结束": "end"]
        text = text.split(separator: " ").map { chinese[String($0)] ?? String($0) }.joined(separator: " ")
        switch text {
        case "tutorial next", "next", "skip", "tutorial skip": return enterTutorialStep(step + 1)
        case "tutorial quit", "tutorial stop", "tutorial end":
            return [.text(Message.tutorialEnded.text() + endTutorial())]
        case "tutorial hint", "hint": return [.text(Message.tutorialHint.text(Tutorial.words(step).hint))]
        case "tutorial": return [.text(Message.tutorialStepOf.text(String(step + 1), String(Tutorial.steps.count), Tutorial.words(step).title)), .document(Tutorial.words(step).text)]
        default: break
        }
        let program = try? Parser.parse(input)
        let kind = program?.statements.last?.kind
        var value: Value?
        if case .expression(let e)? = kind { value = try? evaluator(input).evaluate(e) }
        var out = runScript(input).outputs
        if Tutorial.steps[step].check(self, kind, value) {
            out.append(.text(Message.tutorialRight.text()))
            out += enterTutorialStep(step + 1)
        } else if kind != nil, !isExploration(kind!) {
            out.append(.text(Message.tutorialNotYet.text()))
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
            return [.text(Message.tutorialComplete.text(back))]
        }
        tutorialStep = k
        let st = Tutorial.steps[k]
        let words = Tutorial.words(k)
        var out: [Output] = [.text(Message.tutorialStepHeading.text(String(k + 1), String(Tutorial.steps.count), words.title))]
        if !st.setup.isEmpty {
            out += runScript(SourceFile(name: "<tutorial>", text: st.setup)).outputs
        }
        out.append(.document(words.text))
        return out
    }
}
