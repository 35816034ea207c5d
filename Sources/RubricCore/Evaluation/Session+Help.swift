/// `help` and `help TOPIC`: commands, properties, rule families, the scheme in force, and any indicator.
extension Session {
    /// The topics `help` knows besides indicator names.
    static let helpTopics = ["commands", "language", "names", "properties", "rules", "scheme", "scenarios", "analysis", "seek", "sweep", "explain", "compare", "tutorial", "files", "keys"]

    func help(_ topic: String?, file: SourceFile) throws(Diagnostic) -> String {
        let t = topic.map { String($0.trimmingSpaces()) } ?? ""
        switch t {
        case "": return Message.helpOverview.text()
        case "commands": return StatementRegistry.commandsHelp
        case "language": return Self.language
        case "names": return Self.names
        case "properties": return Self.properties
        case "rules": return Self.rules
        case "scheme": return try schemeHelp()
        case "scenarios": return Self.scenariosHelp
        case "seek", "sweep", "explain", "impact", "compare", "diff", "tutorial", "analysis": return Self.analysisHelp
        case "files": return Self.filesHelp
        case "keys": return Self.keys
        default: break
        }
        if let family = RuleRegistry.family(t) { return Self.ruleHelp(family) }
        if let form = StatementRegistry.byKeyword[t] {
            return form.usage.map { "  \($0.syntax)\n      \($0.does)" }.joined(separator: "\n") + "\n" + (form.usage.isEmpty ? StatementRegistry.commandsHelp : "")
        }
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
        var out = "Scheme in force: \(s.id) — \(s.name)\n"
        if let sum = s.summary { out += "  \(sum)\n" }
        out += "Rounding: scores to \(s.scorePlaces) places half-up (四舍五入), "
        out += s.ratePlaces.map { "rates to \($0 - 2 >= 0 ? $0 - 2 : 0) decimals of a percent first" } ?? "rates kept exact"
        out += s.rounding == .leaf ? "; each rule-scored indicator is rounded, parents add rounded scores.\n" : "; only the total is rounded.\n"
        out += "Grades: " + s.grades.map { "\($0.grade) ≥ \($0.minimum.shortText())" }.joined(separator: " · ") + "\n"
        out += "Parameters: " + s.parameters.names.map { "\($0) = \(s.parameters[$0]?.description ?? "")" }.joined(separator: ", ") + "\n"
        out += "Leaves the scheme does not name: \(s.leafRule). Targets: " + TargetDirection.allCases.compactMap { d in s.targetRules[d].map { "\(d.rawValue) \($0)" } }.joined(separator: ", ") + "\n"
        out += "Named indicators:\n" + s.assignments.map { "  \($0.name ?? "#" + ($0.code ?? "?")): \($0.rule.id)" }.joined(separator: "\n") + "\n"
        out += "Change a parameter in a what-if: scheme.overshoot = none · scheme.places = 1\n"
        return out
    }

    func indicatorHelp(_ i: Int, _ s: ScoredReport) -> String {
        let n = s.report.nodes[i]
        var out = "#\(n.code) \(n.name)  (\(s.report.path(of: i)))\n"
        out += "weight \(n.weight?.shortText() ?? s.share(ofTarget: i).map { "(share \($0.shortText(maxPlaces: 4)))" } ?? "?") · score \(s.scores[i].formatted(places: s.scheme.scorePlaces))"
        out += n.published.map { " · published \($0.formatted(places: s.scheme.scorePlaces))" } ?? ""
        out += "\n"
        if let r = s.ruleSpec(for: i), let f = RuleRegistry.family(r.id) {
            out += "rule \(r.id): \(f.summary)\n"
            out += "reads: \(f.reads.joined(separator: ", "))\n"
        } else {
            out += "rule: the sum of its \(n.children.count) children\n"
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
        if !inputs.isEmpty { out += "inputs: " + inputs.joined(separator: " · ") + "\n" }
        if case .asPublished(let why) = s.statuses[i] { out += "note: \(why.message); the published score stands\n" }
        if case .notGiven(let why) = s.statuses[i] { out += "note: \(why.message); the source gives no score (not given), so it counts 0 and the total is partial\n" }
        if let e = n.explanation { out += "指标解释: \(e)\n" }
        if let e = n.shortfall { out += "未达标原因: \(e)\n" }
        if let e = n.improvement { out += "改进措施: \(e)\n" }
        if let e = n.note { out += "note: \(e)\n" }
        return out
    }

    static func ruleHelp(_ f: any ScoringRule.Type) -> String {
        var out = "\(f.id) — \(f.title)\n  \(f.summary)\n  reads: \(f.reads.joined(separator: ", "))\n"
        for p in f.parameterHelp { out += "  parameter \(p.name): \(p.help)\n" }
        return out
    }

    static let language = """
    Values: numbers with units — 6, 0.1, 1,073.13, 6%, 400万元, 2.27亿 (= 22,700万元), 25.6元, 600家;
      text "…"; true/false; lists [a, b]. Arithmetic is exact decimal: 0.1 + 0.2 == 0.3.
    Operators, weakest first: or · and · not · == != < <= > >= · + - · * / · unary - · .property f(x)
    Functions: round(x, 2) (half-up) · min · max · sum · abs · count · rate(spent, budget)
    Statements end at a line break or ';'; an open bracket, string or trailing operator continues the line.
    Comments start with '#' followed by a space; '#1.2.3' is an indicator code.
    """

    static let names = """
    Indicators can be named by:
      the full name                 部门预算资金支出率
      any unique part of a name     产出指标完成情况
      a path when a part is shared  专项效能/专项资金支出率  (no spaces around '/'; a / b divides)
      a code                        #1.2.2
      a quoted name                 "“三公”经费控制情况".score
    An ambiguous part lists its candidates; an unknown one suggests the nearest names.
    Also: total, grade, report, scheme, baseline, scenario names, and your let bindings.
    """

    static let properties = "Indicator properties (read):  " + Evaluator.indicatorProperties.joined(separator: " ") + "\n"
        + "Settable (X.FIELD = value):\n" + IndicatorField.all.map { "  \($0.name.padding(10)) \($0.help)" }.joined(separator: "\n") + "\n" + """
      budget/spent are in 万元 (400万元, 2.27亿 or a plain number); rate = spent ÷ budget or actual ÷ target
    Report: total grade title department year published.  Scheme: places rates name id and its parameters
      (overshoot, overshoot-factor, variant …): scheme.overshoot = none
    """

    static var rules: String {
        "Rule families (help RULE-ID for parameters):\n" + RuleRegistry.all.map { "  \($0.id.padding(20)) \($0.summary)" }.joined(separator: "\n") + "\n"
    }

    static let scenariosHelp = """
    The loaded report is the baseline. Every change lands in the current scenario as an override on its base.
      scenario NAME [from NAME]   start one from the current state (or another scenario) and switch to it
      scenarios                   list them with total and grade;  use NAME  switch;  drop NAME  remove
      changes                     the overrides, before and after;  reset X  remove one;  reset  all
      undo / redo                 step through every change of the session
      compare A B … · diff        side by side against another scenario or the baseline
    """

    static let analysisHelp = """
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
    """

    static let filesHelp = """
    Reports: native YAML (docs/report-format.md) or a published 自评表 table (.tsv/.txt/.csv).
      load "FILE" · use scheme "FILE" (or a built-in: guangzhou-department, national-project)
      save writes back to the loaded YAML; save "NEW.yaml" never replaces a file; save! "FILE" does.
      export json|csv|xlsx|html|markdown "FILE" writes the scored report (never replacing a file).
    Files are written to a temporary name first and renamed, so a crash never leaves half a file.
    """

    static let keys = """
    Keys: Tab completes commands, indicator names (by prefix or any part), codes, properties after '.',
      and file names after load/save/export. Up/Down recall history starting with what you typed;
      Ctrl-R searches history; Ctrl-C clears the line or stops a sweep; Ctrl-D on an empty line leaves.
    """
}

extension String {
    /// The string padded with spaces to `width` display columns.
    func padding(_ width: Int) -> String { DisplayWidth.pad(self, to: width) }
}
