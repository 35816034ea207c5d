/// `help` and `help TOPIC`: commands, properties, rule families, the scheme in force, and any indicator.
extension Session {
    /// The topics `help` knows besides indicator names.
    static let helpTopics = ["commands", "language", "names", "properties", "rules", "scheme", "scenarios", "analysis", "seek", "sweep", "explain", "compare", "tutorial", "files", "keys"]
        + topicAliases.keys.sorted()

    /// Chinese names of the help topics (`帮助 属性`).
    static let topicAliases = ["命令": "commands", "语言": "language", "名称": "names", "指标名": "names", "属性": "properties",
                               "规则": "rules", "计分规则": "rules", "方案": "scheme", "计分办法": "scheme", "多情景": "scenarios", "分析": "analysis", "文件": "files", "按键": "keys"]

    func help(_ topic: String?, file: SourceFile) throws(Diagnostic) -> String {
        let typed = topic.map { String($0.trimmingSpaces()) } ?? ""
        let t = Self.topicAliases[typed] ?? typed
        switch t {
        case "": return Message.helpOverview.text()
        case "commands": return StatementRegistry.commandsHelp
        case "language": return Self.language.text()
        case "names": return Self.names.text()
        case "properties": return Self.properties
        case "rules": return Self.rules
        case "scheme": return try schemeHelp()
        case "scenarios": return Self.scenariosHelp.text()
        case "seek", "sweep", "explain", "impact", "compare", "diff", "tutorial", "analysis": return Self.analysisHelp.text()
        case "files": return Self.filesHelp.text()
        case "keys": return Self.keys.text()
        default: break
        }
        if let family = RuleRegistry.family(t) { return Self.ruleHelp(family) }
        if let form = StatementRegistry.byKeyword[t] {
            let usage = StatementRegistry.localizedUsage(form)
            return usage.map { "  \($0.syntax)\n      \($0.does)" }.joined(separator: "\n") + "\n" + (usage.isEmpty ? StatementRegistry.commandsHelp : "")
        }
        // A rule by its Chinese title (帮助 分档计分).
        if let family = RuleRegistry.all.first(where: { $0.title.split(separator: " ").first.map(String.init) == t }) { return Self.ruleHelp(family) }
        if workspace != nil {
            let s = try scored()
            let r = Resolver(report: s.report)
            if let i = try? r.resolve(name: t, span: SourceSpan(0, 0), file: nil) { return indicatorHelp(i, s) }
        }
        let near = NearNames.suggest(t, among: Self.helpTopics + RuleRegistry.all.map { $0.id } + (workspace?.scored.report.nodes.map(\.name) ?? []), limit: 3)
        throw Diagnostic(phase: .evaluate, .noHelpOn, t, file: file,
                         hint: Message.suggestion(near) ?? Message.helpTopicsHint.text(Self.helpTopics.joined(separator: ", ")))
    }

    func schemeHelp() throws(Diagnostic) -> String {
        let s = try scored().scheme
        var out = Bilingual("Scheme in force: ", "当前计分办法：").text() + "\(s.id) — \(s.name)\n"
        if let sum = s.summary { out += "  \(sum)\n" }
        let rates = s.ratePlaces.map { p in
            let d = max(0, p - 2)
            return Bilingual("rates to \(d) decimals of a percent first", "比率先保留到百分数的 \(d) 位小数")
        } ?? Bilingual("rates kept exact", "比率不舍入")
        let stage = s.rounding == .leaf
            ? Bilingual("; each rule-scored indicator is rounded, parents add rounded scores.", "；每个按规则计分的指标先舍入，上级指标加总舍入后的得分。")
            : Bilingual("; only the total is rounded.", "；只对总分舍入。")
        out += Bilingual("Rounding: scores to \(s.scorePlaces) places half-up (四舍五入), ", "舍入：得分四舍五入保留 \(s.scorePlaces) 位小数，").text()
            + rates.text() + stage.text() + "\n"
        out += Bilingual("Grades: ", "等级：").text() + s.grades.map { "\($0.grade) ≥ \($0.minimum.shortText())" }.joined(separator: " · ") + "\n"
        let parameters = s.parameters.names.map { "\($0) = \(s.parameters[$0]?.description ?? "")" }.joined(separator: ", ")
        out += Bilingual("Parameters: ", "参数：").text() + (parameters.isEmpty ? Message.explainNone.text() : parameters) + "\n"
        let targets = TargetDirection.allCases.compactMap { d in s.targetRules[d].map { "\(d.rawValue) \($0)" } }.joined(separator: ", ")
        out += Bilingual("Leaves the scheme does not name: \(s.leafRule). Targets: \(targets)", "未列名的末级指标：\(s.leafRule)。目标：\(targets)").text() + "\n"
        out += Bilingual("Named indicators:", "列名的指标：").text() + "\n" + s.assignments.map { a in
            "  \(a.name ?? "#" + (a.code ?? "?")): " + ([a.rule?.id].compactMap { $0 } + a.inputs.keys.sorted().map { "\($0) = \(a.inputs[$0]!)" }).joined(separator: "; ")
        }.joined(separator: "\n") + "\n"
        out += Bilingual("Change a parameter in a what-if: scheme.overshoot = none · scheme.places = 1", "在假设分析中修改参数：scheme.overshoot = none · scheme.places = 1").text() + "\n"
        return out
    }

    func indicatorHelp(_ i: Int, _ s: ScoredReport) -> String {
        let n = s.report.nodes[i]
        let zh = InterfaceLanguage.current == .zh
        var out = "#\(n.code) \(n.name)  (\(s.report.path(of: i)))\n"
        let weight = n.weight?.shortText() ?? s.share(ofTarget: i).map { zh ? "（份额 \($0.shortText(maxPlaces: 4))）" : "(share \($0.shortText(maxPlaces: 4)))" } ?? "?"
        out += (zh ? "分值 \(weight) · 得分 " : "weight \(weight) · score ") + s.scores[i].formatted(places: s.scheme.scorePlaces)
        out += n.published.map { (zh ? " · 表中得分 " : " · published ") + $0.formatted(places: s.scheme.scorePlaces) } ?? ""
        out += "\n"
        if let r = s.ruleSpec(for: i), let f = RuleRegistry.family(r.id) {
            out += (zh ? "计分规则 " : "rule ") + "\(r.id): \(f.summary.text())\n"
            out += (zh ? "读取：" : "reads: ") + f.reads.map { Keywords.shown($0) }.joined(separator: ", ") + "\n"
        } else {
            out += Bilingual("rule: the sum of its \(n.children.count) children", "计分规则：其 \(n.children.count) 个下级指标之和").text() + "\n"
        }
        let x = n.inputs
        var inputs: [String] = []
        if let v = x.target { inputs.append("target \(x.targetText ?? v.text())") }
        if let v = x.actual { inputs.append("actual \(x.actualText ?? v.text())") }
        if let v = x.budget { inputs.append("budget \(v.formatted(grouping: true))万元") }
        if let v = x.spent { inputs.append("spent \(v.formatted(grouping: true))万元") }
        if let v = x.entered { inputs.append("entered \(v)") }
        if let v = x.level { inputs.append("level \(v.rawValue)") }
        if let v = x.cases { inputs.append("cases \(v)") }
        if !inputs.isEmpty { out += (zh ? "输入：" : "inputs: ") + inputs.joined(separator: " · ") + "\n" }
        if !n.figures.isEmpty {
            out += (zh ? "原始数据：" : "figures: ") + n.figures.keys.sorted().map { "\($0) \(n.figures[$0]!.text())" }.joined(separator: " · ") + "\n"
        }
        if case .asPublished(let why) = s.statuses[i] {
            out += Bilingual("note: \(why.message); the published score stands", "注：\(why.message)；沿用表中得分").text() + "\n"
        }
        if case .notGiven(let why) = s.statuses[i] {
            out += Bilingual("note: \(why.message); the source gives no score (not given), so it counts 0 and the total is partial",
                             "注：\(why.message)；原文未给出得分，按 0 计，总分不完整").text() + "\n"
        }
        if let e = n.explanation { out += "指标解释: \(e)\n" }
        if let e = n.shortfall { out += "未达标原因: \(e)\n" }
        if let e = n.improvement { out += "改进措施: \(e)\n" }
        if let e = n.note { out += (zh ? "注：" : "note: ") + e + "\n" }
        return out
    }

    static func ruleHelp(_ f: any ScoringRule.Type) -> String {
        let zh = InterfaceLanguage.current == .zh
        var out = "\(f.id) — \(f.title)\n  \(f.summary.text())\n  \(zh ? "读取" : "reads"): \(f.reads.map { Keywords.shown($0) }.joined(separator: ", "))\n"
        for p in f.parameterHelp { out += "  \(zh ? "参数" : "parameter") \(p.name): \(p.help.text())\n" }
        out += "  \(zh ? "示例" : "example"): \(f.example.text())\n"
        return out
    }

    static let language = Bilingual("""
    Values: numbers with units — 6, 0.1, 1,073.13, 6%, 400万元, 2.27亿 (= 22,700万元), 25.6元, 600家;
      text "…"; true/false; lists [a, b]. Arithmetic is exact decimal: 0.1 + 0.2 == 0.3.
    Operators, weakest first: or · and · not · == != < <= > >= · + - · * / · unary - · .property f(x)
    Functions: round(x, 2) (half-up) · min · max · sum · abs · count · rate(spent, budget)
    Statements end at a line break or ';'; an open bracket, string or trailing operator continues the line.
    Comments start with '#' followed by a space; '#1.2.3' is an indicator code.
    """, """
    值：带单位的数字——6、0.1、1,073.13、6%、400万元、2.27亿（= 22,700万元）、25.6元、600家；
      文字 "…" 或 “…”；true/false；列表 [a, b]。算术是精确的十进制：0.1 + 0.2 == 0.3。
    运算符（优先级从低到高）：or · and · not · == != < <= > >= · + - · * / · 负号 · .属性 函数(x)
    函数：四舍五入(x, 2) · 最小 · 最大 · 求和 · 绝对值 · 计数 · 比率(执行数, 预算数)（英文名 round min max sum abs count rate 同样可用）
    语句在换行、';' 或 '。' 处结束；未闭合的括号、字符串或行末运算符会接到下一行。
    全角标点 （ ） ＝ ＋ － ＊ ／ ， ： ； ＜ ＞ 与半角相同；字符串内的字符原样保留。
    注释以 '#' 加空格开头；'#1.2.3' 是指标编码。
    """)

    static let names = Bilingual("""
    Indicators can be named by:
      the full name                 部门预算资金支出率
      any unique part of a name     产出指标完成情况
      a path when a part is shared  专项效能/专项资金支出率  (no spaces around '/'; a / b divides)
      a code                        #1.2.2
      a quoted name                 "“三公”经费控制情况".score
    An ambiguous part lists its candidates; an unknown one suggests the nearest names.
    Also: total, grade, report, scheme, baseline, scenario names, and your let bindings.
    """, """
    指标可以这样指称：
      全名                           部门预算资金支出率
      名称中唯一的一部分             产出指标完成情况
      部分重名时用路径               专项效能/专项资金支出率（'/' 两边不留空格；a / b 表示除法）
      编码                           #1.2.2
      加引号的名称                   "“三公”经费控制情况".得分
    有歧义时列出候选；找不到时提示最相近的名称。
    另外还有：总分、等级、report、scheme、baseline、各情景名，以及你用 let 定义的名字。
    """)

    static var properties: String {
        let zh = InterfaceLanguage.current == .zh
        // Each field with its Chinese names (one source: the property aliases).
        func names(_ field: String) -> String {
            let aliases = Keywords.propertyAliases.filter { $0.value == field }.keys.sorted()
            return aliases.isEmpty ? field : field + " (" + aliases.joined(separator: " ") + ")"
        }
        return (zh ? "指标属性（读取）：" : "Indicator properties (read):  ") + Evaluator.indicatorProperties.joined(separator: " ") + "\n"
            + (zh ? "可修改（X.字段 = 值）：\n" : "Settable (X.FIELD = value):\n")
            + IndicatorField.all.map { "  \(names($0.name).padding(24)) \($0.help.text())" }.joined(separator: "\n") + "\n"
            + Bilingual("""
      budget/spent are in 万元 (400万元, 2.27亿 or a plain number); rate = spent ÷ budget or actual ÷ target
      a raw figure a formula reads is set the same way: 在职人员控制率.编制数 = 106
    Report: total grade title department year published.  Scheme: places rates name id and its parameters
      (overshoot, overshoot-factor, variant …): scheme.overshoot = none
    """, """
      预算数/执行数以万元计（400万元、2.27亿或不带单位的数）；执行率 = 执行数 ÷ 预算数，或 实际值 ÷ 目标值
      公式读取的原始数据也这样修改：在职人员控制率.编制数 = 106
    报告：总分 等级 title department year published。方案：places rates name id 及其参数
      （参数如 overshoot、overshoot-factor、variant …）：scheme.overshoot = none
    """).text()
    }

    static var rules: String {
        Bilingual("Rule families (help RULE-ID for parameters):", "计分规则（帮助 规则编号 查看参数和示例）：").text() + "\n" + RuleRegistry.all.map { "  \($0.id.padding(20)) \($0.summary.text())" }.joined(separator: "\n") + "\n"
    }

    static let scenariosHelp = Bilingual("""
    The loaded report is the baseline. Every change lands in the current scenario as an override on its base.
      scenario NAME [from NAME]   start one from the current state (or another scenario) and switch to it
      scenarios                   list them with total and grade;  use NAME  switch;  drop NAME  remove
      changes                     the overrides, before and after;  reset X  remove one;  reset  all
      undo / redo                 step through every change of the session
      compare A B … · diff        side by side against another scenario or the baseline
    """, """
    载入的报告就是基准（baseline）。每一处修改都作为覆盖值记在当前情景上。
      情景 名称 [从 名称]          从当前状态（或另一个情景）新建情景并切换过去
      情景列表                     列出各情景的总分和等级；切换 名称 切换情景；删除情景 名称 删除
      改动                         列出覆盖值及其前后值；还原 X 撤掉一项；还原 全部撤掉
      撤销 / 重做                  在本次会话的所有修改间前后移动
      比较 A B … · 差异            与另一个情景或基准并排对比
    """)

    static let analysisHelp = Bilingual("""
      compare A B … [--all]       scenarios (or "report.yaml" files of other years) side by side, Δ and Δ%
      diff [--all]                the current scenario against its baseline
      save scenario NAME "FILE"   the scenario applied to its base, as a new report (save! replaces a file)
      seek X.FIELD for COND       the values of one input that make COND true, as intervals
      sweep X.FIELD from A to B step S [show E, …]   a table (and bars) of scores across a range
      impact                      points each leaf can still gain, and points per 万元 for spend-driven ones
      explain X | total | grade   every arithmetic step of a score and how it rolls up
      tutorial                    a guided walk through the rules on seed 003 (tutorial next / hint / quit)
    Examples (seed 003):
      seek 部门整体绩效目标产出指标完成情况.score for grade == "优"     → holds down to 4.86
      sweep 部门整体绩效目标产出指标完成情况.score from 4 to 10 step 0.5
    """, """
      比较 A B … [--all]           并排对比情景（或其他年度的 "report.yaml" 文件），列出差额和变化率
      差异 [--all]                 当前情景与其基准的差异
      保存 情景 名称 "文件"        把情景套用到其基准上，另存为新报告（save! 可覆盖文件）
      求解 X.字段 使 条件          一项输入取哪些值能使条件成立，以区间给出
      扫描 X.字段 从 A 到 B 步长 S [显示 E, …]   列出一段取值范围内的得分表（带条形图）
      影响                         每个末级指标还能加多少分，以及按支出计分的指标每万元能加多少分
      解释 X | 总分 | 等级         一项得分的每一步计算及其汇总过程
      教程                         以 seed 003 为例逐步讲解计分规则（教程 下一步 / 提示 / 退出）
    示例（seed 003）：
      求解 部门整体绩效目标产出指标完成情况.得分 使 等级 == "优"     → 最低可到 4.86
      扫描 部门整体绩效目标产出指标完成情况.得分 从 4 到 10 步长 0.5
    """)

    static let filesHelp = Bilingual("""
    Reports: native YAML (docs/report-format.md) or a published 自评表 table (.tsv/.txt/.csv).
      load "FILE" · use scheme "FILE" (or a built-in: guangzhou-department, national-project)
      save writes back to the loaded YAML; save "NEW.yaml" never replaces a file; save! "FILE" does.
      export json|csv|xlsx|html|markdown "FILE" writes the scored report (never replacing a file).
    Files are written to a temporary name first and renamed, so a crash never leaves half a file.
    """, """
    报告：原生 YAML 格式（docs/report-format.md），或公开的自评表（.tsv/.txt/.csv/.xlsx）。
      载入 "文件" · 使用 方案 "文件"（或内置方案：guangzhou-department、national-project）
      保存 写回载入的 YAML；保存 "新文件.yaml" 绝不覆盖已有文件；save! "文件" 才会覆盖。
      导出 json|csv|xlsx|html|markdown "文件" 写出计分后的报告（不覆盖已有文件；export! 可覆盖）。
    文件先写到临时文件名再改名，程序中断也不会留下半个文件。
    """)

    static let keys = Bilingual("""
    Keys: Tab completes commands, indicator names (by prefix or any part), codes, properties after '.',
      and file names after load/save/export. Up/Down recall history starting with what you typed;
      Ctrl-R searches history; Ctrl-C clears the line or stops a sweep; Ctrl-D on an empty line leaves.
    """, """
    按键：Tab 补全命令、指标名（按开头或任意部分）、编码、'.' 后的属性，以及 载入/保存/导出 后的文件名。
      上/下方向键调出以已输入内容开头的历史命令；Ctrl-R 搜索历史；Ctrl-C 清空当前行或中止扫描；
      在空行按 Ctrl-D 退出。
    """)
}

extension String {
    /// The string padded with spaces to `width` display columns.
    func padding(_ width: Int) -> String { DisplayWidth.pad(self, to: width) }
}
