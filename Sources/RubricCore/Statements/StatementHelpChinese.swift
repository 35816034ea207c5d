/// The Chinese of every statement's help line (`help commands` in Chinese), keyed by its English: one table, and a
/// test fails when a statement's usage has no entry here.
enum StatementHelpChinese {
    static let byEnglish: [String: String] = [
        "fail a script (exit 1) when COND is false": "条件不成立时脚本失败（退出码 1）",
        "the overrides of the current scenario, before and after": "当前情景的各项修改：修改前与修改后",
        "the audit: published vs computed, weights, bands, stated rates": "审核：公布得分与计算得分、分值、定性档次、公布的执行率",
        "scenarios or report files side by side, Δ and Δ%": "并排比较情景或报告文件，显示差额与差额百分比",
        "the current scenario against its baseline": "当前情景与其基线的差异",
        "remove a scenario and its undo steps": "删除一个情景及其撤销记录",
        "every arithmetic step of a score and how it rolls up": "一项得分的每一步计算，以及如何汇总到上级",
        "write the scored report (export! replaces a file); html: a page with charts, a scenario against its baseline":
            "导出计分结果（export! 覆盖已有文件）；html：带图表的网页，情景中导出时含与基线的比较",
        "help on a topic, a statement, a rule or an indicator": "关于主题、命令、计分规则或指标的帮助",
        "points each leaf can still gain, and points per 万元": "每个末级指标还能得多少分，以及每万元带来的分数",
        "rule-scored indicators; in COND use score, weight, gap, rule …": "按规则计分的指标；条件中可用 得分、分值、gap、rule …",
        "bind a name (NAME = E rebinds it)": "定义一个名称（NAME = E 重新赋值）",
        "the 绩效指标 with target, actual, completion and factor": "绩效指标的目标值、实际值、完成率和系数",
        "open a report (.yaml; a table: .xlsx, .csv, .tsv) or restore a session (.rubric)": "打开报告（.yaml；或自评表 .xlsx、.csv、.tsv），或恢复保存的会话（.rubric）",
        "print values": "显示值",
        "leave (the shell asks once when work is unsaved)": "退出（有未保存的修改时先询问一次）",
        "remove one override, all of X's, or all (one undo step)": "撤回一项修改、X 的全部修改或所有修改（可一步撤销）",
        "write the baseline over the loaded YAML file": "把基线写回载入的 YAML 文件",
        "write the current scenario to a new file (save! replaces one)": "把当前情景写入新文件（save! 覆盖已有文件）",
        "write one scenario as a new report": "把一个情景保存为新报告",
        "write every scenario as a script that rebuilds them": "把所有情景保存为可重建它们的脚本",
        "start a scenario that follows the current one (or NAME)": "新建情景，随当前情景（或 NAME）变化",
        "list the scenarios with base, changes, total and grade": "列出情景：基础、修改数、总分和等级",
        "the values of one input that make COND true": "求一项输入取何值时条件成立",
        "the interface language: 中文 or English (also --lang, LANG)": "界面语言：中文或英文（也可用 --lang、LANG）",
        "the scored tree, or X's subtree": "得分树，或 X 的分支",
        "a table (and bars) of scores across a range": "在一个范围内逐点计分，列表（及条形图）",
        "a guided walk through the rules (tutorial next / hint / quit)": "分步讲解计分规则（教程 下一步 / 提示 / 退出）",
        "step back and forward through every change of the session": "在本次会话的所有修改中后退、前进",
        "switch to a scenario": "切换到一个情景",
        "score every scenario with a scheme file or a built-in one": "用计分办法文件或内置办法给所有情景重新计分",
    ]

    /// A usage line's help in the interface language.
    static func does(_ english: String) -> String {
        InterfaceLanguage.current == .zh ? (byEnglish[english] ?? english) : english
    }
}
