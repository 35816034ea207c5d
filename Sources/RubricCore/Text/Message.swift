/// The catalogue of interface texts: one case a message, its stable id (the case name), its English and its Chinese.
///
/// The `switch`es below are exhaustive, so a message cannot be added without both texts; `{1}`, `{2}` … are the
/// arguments, in the same places' meaning in both languages (a test checks that both use the same ones).
public enum Message: String, CaseIterable, Sendable {
    // Diagnostics
    case severityError, severityWarning, severityNote
    case scriptCheckedNothingRan, noReportLoaded, noIndicatorNamed, didYouMean, didYouMeanOr, noHelpOn
    case spaceAfterKeyword, leavesListsIndicators
    // Banner, help
    case bannerIntro, bannerReport, bannerNoReport, helpCommandsHeading, helpChangeInput, interfaceLanguage
    case helpOverview
    // Score table and summary
    case columnCode, columnIndicator, columnWeight, columnScore, columnPublished, columnDelta, columnRule
    case notGiven, partialSum, notGivenBySource, notApplicableLeftOut
    case totalPublished, totalPartial, gradePartial, gradeIncomplete
    // Changes and scenarios
    case followsBase, rescoredWithScheme, sameScoreAfterEdit, nowInScenario
    // Files
    case saved, savedScenario, exported
    // check
    case noFindings, findingCounts
    // Scripts
    case assertsSummary

    /// The stable id.
    public var id: String { rawValue }

    /// The text in `language` with its arguments put in.
    public func text(_ args: String..., in language: InterfaceLanguage = .current) -> String {
        var out = language == .zh ? zh : en
        for (k, a) in args.enumerated() { out = out.replacingAll("{\(k + 1)}", with: a) }
        return out
    }

    /// The English text.
    public var en: String {
        switch self {
        case .severityError: return "error"
        case .severityWarning: return "warning"
        case .severityNote: return "note"
        case .scriptCheckedNothingRan: return "the script was checked before running: nothing ran and nothing was written"
        case .noReportLoaded: return "no report is loaded"
        case .noIndicatorNamed: return "no indicator or variable named '{1}'"
        case .didYouMean: return "did you mean {1}?"
        case .didYouMeanOr: return " or "
        case .noHelpOn: return "no help on '{1}'"
        case .spaceAfterKeyword: return "to use the command '{1}', put a space after it: {1} {2}"
        case .leavesListsIndicators: return "`leaves` lists the indicators; `help names` explains references"
        case .bannerIntro: return "Rubric — what-if analysis of budget performance scores.\n`help` for help · `tutorial` to learn the rules · Ctrl-D to leave"
        case .bannerReport: return "{1}\n总分 {2} · 等级 {3} · scheme {4} · {5} indicators"
        case .bannerNoReport: return "No report loaded: `load \"FILE\"` opens one (examples/reports/ has the seeds)."
        case .helpCommandsHeading: return "Commands (the first word of a statement):"
        case .helpChangeInput: return "change an input (help properties)"
        case .interfaceLanguage: return "interface language: English (set lang zh: 中文)"
        case .helpOverview: return """
            Rubric: load a self-evaluation report, tweak its figures, see the scores move.

              show                         the scored tree (show X: one subtree)
              专项资金支出率.spent = 447,720.15万元   change an input; the delta follows
              X.score · total · grade      print a value
              leaves where score < weight  query the indicators
              scenario 乐观 · compare baseline 乐观 · undo
              seek X.actual for grade == "优" · sweep X.spent from 400000 to 450000 step 10000
              explain X                    every step of a score
              assert total >= 90, "keep 优"   for scripts and lessons

            中文: 每个命令都有中文关键字 (帮助 显示 撤销 重做 情景 比较 求解 扫描 影响 解释 保存 导出 载入 退出 …),
                  属性也有中文名 (.得分 .分值 .目标值 .实际值 .预算数 .执行数 .执行率; 总分 等级); 关键字后空一格.
                  set lang zh switches the interface to Chinese. See docs/language.md.
            Topics: help commands · language · names · properties · rules · scheme · scenarios · analysis · files · keys
                    help RULE-ID (help execution-rate) · help INDICATOR (help 专项资金支出率)
            """
        case .columnCode: return "code"
        case .columnIndicator: return "indicator"
        case .columnWeight: return "weight"
        case .columnScore: return "score"
        case .columnPublished: return "published"
        case .columnDelta: return "Δ"
        case .columnRule: return "rule"
        case .notGiven: return "not given"
        case .partialSum: return "partial sum"
        case .notGivenBySource: return "not given by the source"
        case .notApplicableLeftOut: return "not applicable (/), left out: {1}"
        case .totalPublished: return "published {1}"
        case .totalPartial: return "partial: {1}"
        case .gradePartial: return "partial total"
        case .gradeIncomplete: return "incomplete total: {1}"
        case .followsBase: return "{1} follows {2}"
        case .rescoredWithScheme: return "{1} (re-scored with the scheme)"
        case .sameScoreAfterEdit: return "{1}.{2} changed; {3} still scores {4}: the new value gives the same score"
        case .nowInScenario: return "now in scenario {1} (you were in {2}): the change {3} was made there"
        case .saved: return "saved {1}"
        case .savedScenario: return "saved scenario {1} to {2}"
        case .exported: return "exported {1} to {2}"
        case .noFindings: return "no findings"
        case .findingCounts: return "{1} error(s), {2} warning(s), {3} note(s)"
        case .assertsSummary: return "asserts: {1} passed, {2} failed"
        }
    }

    /// The Chinese text.
    public var zh: String {
        switch self {
        case .severityError: return "错误"
        case .severityWarning: return "警告"
        case .severityNote: return "提示"
        case .scriptCheckedNothingRan: return "脚本在运行前已全部检查：没有执行任何语句，也没有写入任何文件"
        case .noReportLoaded: return "尚未载入报告"
        case .noIndicatorNamed: return "没有名为“{1}”的指标或变量"
        case .didYouMean: return "是否想输入 {1}？"
        case .didYouMeanOr: return " 或 "
        case .noHelpOn: return "没有关于“{1}”的帮助"
        case .spaceAfterKeyword: return "要使用命令“{1}”，请在它后面空一格：{1} {2}"
        case .leavesListsIndicators: return "`末级指标` (leaves) 列出全部指标；`帮助 names` 说明指标的写法"
        case .bannerIntro: return "Rubric — 预算绩效自评得分的假设分析。\n`帮助` 查看帮助 · `教程` 学习计分规则 · Ctrl-D 退出"
        case .bannerReport: return "{1}\n总分 {2} · 等级 {3} · 计分办法 {4} · 共 {5} 个指标"
        case .bannerNoReport: return "尚未载入报告：`载入 \"文件\"` 打开一份（examples/reports/ 中有示例报告）。"
        case .helpCommandsHeading: return "命令（语句的第一个词；中文关键字与英文等价）："
        case .helpChangeInput: return "修改一项输入（帮助 properties）"
        case .interfaceLanguage: return "界面语言：中文（set lang en: English）"
        case .helpOverview: return """
            Rubric：载入一份绩效自评报告，修改其中的数字，立即看到每项得分和等级的变化。

              显示                          得分树（显示 X：只看一个分支）
              专项资金支出率.执行数 = 447,720.15万元   修改一项输入，随即显示变化
              X.得分 · 总分 · 等级          显示一个值
              末级指标 where 得分 < 分值    按条件列出指标
              情景 乐观 · 比较 baseline 乐观 · 撤销
              求解 X.实际值 for 等级 == "优" · 扫描 X.执行数 from 400000 to 450000 step 10000
              解释 X                        一项得分的每一步计算
              断言 总分 >= 90, "保持优"      用于脚本和练习

            关键字后要空一格；全角标点（（）＝，：“”）与半角相同，句号“。”结束一条语句。
            英文关键字同样可用 (help show undo scenario compare seek sweep explain save export load quit …)。
            帮助主题：帮助 commands · language · names · properties · rules · scheme · scenarios · analysis · files · keys
                      帮助 规则编号 (帮助 execution-rate) · 帮助 指标名 (帮助 专项资金支出率)
            """
        case .columnCode: return "编码"
        case .columnIndicator: return "指标"
        case .columnWeight: return "分值"
        case .columnScore: return "得分"
        case .columnPublished: return "公布得分"
        case .columnDelta: return "差额"
        case .columnRule: return "计分规则"
        case .notGiven: return "未给出"
        case .partialSum: return "部分和"
        case .notGivenBySource: return "来源未给出"
        case .notApplicableLeftOut: return "不适用（/），未计入：{1}"
        case .totalPublished: return "公布 {1}"
        case .totalPartial: return "不完整：{1}"
        case .gradePartial: return "总分不完整"
        case .gradeIncomplete: return "总分不完整：{1}"
        case .followsBase: return "{1} 随 {2} 变化"
        case .rescoredWithScheme: return "{1}（按新计分办法重新计分）"
        case .sameScoreAfterEdit: return "{1}.{2} 已修改；{3} 得分仍为 {4}：新值给出相同的得分"
        case .nowInScenario: return "现在位于情景 {1}（之前在 {2}）：被{3}的修改是在那里做的"
        case .saved: return "已保存 {1}"
        case .savedScenario: return "已将情景 {1} 保存到 {2}"
        case .exported: return "已导出 {1}：{2}"
        case .noFindings: return "无审核意见"
        case .findingCounts: return "{1} 个错误，{2} 个警告，{3} 条提示"
        case .assertsSummary: return "断言：{1} 条通过，{2} 条失败"
        }
    }
}
