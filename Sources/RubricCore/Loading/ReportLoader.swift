/// Reads Rubric's native report format (YAML; see docs/report-format.md) into a ``Report``.
///
/// Every error points at file:line:column with the offending text and what was expected; unknown keys are errors.
public enum ReportLoader {
    static let topKeys = ["rubric-report", "title", "department", "year", "scheme", "source", "notes", "not-applicable", "published", "budget", "indicators"]
    /// The keys an indicator may have; a target has ``targetKeys``.
    enum Key: Int, YAMLKey {
        case name, code, weight, published, rule, parameters, explanation, shortfall, improvement, note, placeholder,
             children, targets, budget, spent, entered, level, cases, target, actual, direction, targetText, actualText,
             figures, inputs

        var spelled: String {
            switch self {
            case .name: "name"
            case .code: "code"
            case .weight: "weight"
            case .published: "published"
            case .rule: "rule"
            case .parameters: "parameters"
            case .explanation: "explanation"
            case .shortfall: "shortfall"
            case .improvement: "improvement"
            case .note: "note"
            case .placeholder: "placeholder"
            case .children: "children"
            case .targets: "targets"
            case .budget: "budget"
            case .spent: "spent"
            case .entered: "entered"
            case .level: "level"
            case .cases: "cases"
            case .target: "target"
            case .actual: "actual"
            case .direction: "direction"
            case .targetText: "target-text"
            case .actualText: "actual-text"
            case .figures: "figures"
            case .inputs: "inputs"
            }
        }
    }
    static let targetKeyList: [Key] = [.name, .code, .weight, .rule, .parameters, .target, .actual, .direction, .targetText,
                                       .actualText, .level, .entered, .note]
    static let indicatorKeys = Key.allCases.map(\.spelled)
    static let targetKeys = targetKeyList.map(\.spelled)
    static let keys = YAMLKeys(Key.self)
    static let indicatorAllowed: UInt64 = Key.allCases.reduce(0) { $0 | 1 << UInt64($1.rawValue) }
    static let targetAllowed: UInt64 = targetKeyList.reduce(0) { $0 | 1 << UInt64($1.rawValue) }

    /// Loads a report from YAML text.
    public static func load(_ file: SourceFile) throws(Diagnostic) -> Report {
        let root = try YAMLValue.parse(file)
        if root.node.kind == .mapping, let key = YAMLMapping(owner: root, what: "a report")["rubric-scheme"] {
            // A scheme file given where a report belongs: say what it is and how it is used.
            throw Diagnostic(phase: .load, .reportIsAScheme, file: file, span: key.span, hint: .reportIsASchemeHint, file.name)
        }
        let m = try root.mapping("a report", allowed: topKeys)
        if let v = m["rubric-report"], try v.int("the format version") != 1 {
            throw v.error(.reportFormatNewer, String(try v.int("the format version")), hint: Message.updateRubric.text())
        }
        var report = Report(title: try m.required("title").string("the title"), scheme: try m.string("scheme") ?? "guangzhou-department")
        report.department = try m.string("department")
        if let y = m["year"] { report.year = try y.int("the year") }
        report.source = try m.string("source")
        if let n = m["notes"] { report.notes = try n.sequence("notes").map { v throws(Diagnostic) in try v.string("a note") } }
        if let n = m["not-applicable"] { report.leftOut = try n.sequence("not-applicable").map { v throws(Diagnostic) in try v.string("an indicator name") } }
        if let p = m["published"] {
            let pm = try p.mapping("published figures", allowed: ["total", "grade", "execution-rate"])
            report.publishedTotal = try pm.decimal("total")
            report.publishedGrade = try pm.string("grade")
            if let r = try pm.quantity("execution-rate") { report.statedExecutionRate = r.value }
        }
        if let b = m["budget"] {
            for line in try b.sequence("budget lines") {
                let bm = try line.mapping("a budget line", allowed: ["name", "initial-budget", "budget", "spent", "stated-rate", "overall", "note"])
                report.budget.append(BudgetLine(
                    name: try bm.required("name").string("a budget line name"),
                    initialBudget: try bm.money("initial-budget"), budget: try bm.money("budget"), spent: try bm.money("spent"),
                    statedRate: try bm.quantity("stated-rate")?.value,
                    isOverall: try bm["overall"]?.bool("overall") ?? false, note: try bm.string("note")))
            }
        }
        let list = try m.required("indicators").sequence("the indicator tree")
        // Every indicator is a mapping: room for them all at once, so the node array never grows by doubling (which
        // held the old and the new array at once: most of a large load's peak memory).
        report.nodes.reserveCapacity(root.document.nodes.reduce(0) { $0 + ($1.kind == .mapping ? 1 : 0) })
        for item in list { try readIndicator(item, parent: nil, into: &report) }
        report.assignCodes()
        try checkCodes(report, file: file)
        return report
    }

    // MARK: Implementation

    static func readIndicator(_ v: YAMLValue, parent: Int?, into report: inout Report) throws(Diagnostic) {
        let m = try v.mapping("an indicator", keys: keys, allowed: indicatorAllowed)
        var node = Indicator(name: try m.required(Key.name).string("the indicator name"), level: 0)
        node.code = try m.string(Key.code) ?? ""
        node.weight = try m.decimal(Key.weight)
        if let w = node.weight, w.isNegative, let v = m[Key.weight] { throw v.error(.weightNotNegative, w.shortText()) }
        (node.published, node.isScoreNotGiven) = try readPublished(m)
        node.rule = try readRule(m)
        node.explanation = try m.string(Key.explanation)
        node.shortfall = try m.string(Key.shortfall)
        node.improvement = try m.string(Key.improvement)
        node.note = try m.string(Key.note)
        node.isPlaceholderName = try m[Key.placeholder]?.bool("placeholder") ?? false
        node.inputs = try readInputs(m)
        try readFormulas(m, into: &node)
        if node.weight == nil { throw v.error(.indicatorNoWeightKey, node.name) }
        let i = report.append(node, under: parent)
        if let children = m[Key.children] {
            if m[Key.targets] != nil { throw children.error(.childrenOrTargets) }
            for c in try children.sequence("children") { try readIndicator(c, parent: i, into: &report) }
        }
        if let targets = m[Key.targets] {
            for t in try targets.sequence("targets") { try readTarget(t, parent: i, into: &report) }
        }
    }

    static func readTarget(_ v: YAMLValue, parent: Int, into report: inout Report) throws(Diagnostic) {
        let m = try v.mapping("a target", keys: keys, allowed: targetAllowed)
        var node = Indicator(name: try m.required(Key.name).string("the target name"), level: 0, isTarget: true)
        node.code = try m.string(Key.code) ?? ""
        node.weight = try m.decimal(Key.weight)
        if let w = node.weight, w.isNegative, let v = m[Key.weight] { throw v.error(.weightNotNegative, w.shortText()) }
        node.rule = try readRule(m)
        node.note = try m.string(Key.note)
        node.inputs = try readInputs(m)
        if node.inputs.target == nil && node.inputs.direction != .decrease && node.inputs.direction != .increase
            && node.inputs.direction != .zero && node.inputs.direction != .qualitative && node.note == nil {
            throw v.error(.targetNoValue, node.name, hint: Message.giveTargetOrNote.text())
        }
        report.append(node, under: parent)
    }

    /// The words `published` accepts for "the source gives no score"; the writer writes the first.
    public static let notGivenWords = ["not-given", "unknown"]

    /// An indicator's `published`: a score, or `not-given` (also `unknown`) when the source gives none.
    static func readPublished(_ m: YAMLMapping) throws(Diagnostic) -> (ExactDecimal?, Bool) {
        guard let v = m[Key.published], !v.isNull else { return (nil, false) }
        let text = try v.string("the published score")
        let word = String(text.trimmingSpaces())
        if notGivenWords.contains(word) { return (nil, true) }
        do { return (try ExactDecimal(parsing: text), false) } catch {
            let near = NearNames.suggest(word, among: notGivenWords, limit: 1)
            throw v.error(.publishedNotNumber, text, hint: Message.suggestion(near) ?? Message.publishedNotGivenHint.text())
        }
    }

    static func readRule(_ m: YAMLMapping) throws(Diagnostic) -> RuleSpec? {
        guard let r = m[Key.rule] else {
            if let p = m[Key.parameters] { throw p.error(.parametersNeedRule) }
            return nil
        }
        let id = try r.string("a rule id")
        try SchemeLoader.checkRule(id, at: r)
        let params = try m[Key.parameters].map { v throws(Diagnostic) in try SchemeLoader.parseParameters(v, for: id) } ?? RuleParameters()
        if params.values.isEmpty {
            if let error = RuleRegistry.withoutParameters[id], case .badParameter = error { throw r.error(error.message) }
        } else {
            do { _ = try RuleRegistry.make(RuleSpec(id, params)) } catch {
                if case .badParameter = error { throw (m[Key.parameters] ?? r).error(error.message) }
            }
        }
        return RuleSpec(id, params)
    }

    /// `figures: {在职人员数: 106人, 编制数: 100人}` and `inputs: {actual: "在职人员数 / 编制数"}`: raw figures and the inputs
    /// computed from them; a formula that does not parse, or names a figure the indicator lacks, is an error at it.
    static func readFormulas(_ m: YAMLMapping, into node: inout Indicator) throws(Diagnostic) {
        if let f = m[Key.figures] {
            let fm = try f.namedMapping("figures")
            var figures: [String: Quantity] = [:]   // set once: each set of a rare field replaces its box
            for (name, keyNode, value) in fm.pairs {
                if let first = name.unicodeScalars.first, ("0"..."9").contains(first) {
                    // `{a: 1,720万元}`: the flow mapping's comma cut the number, and its tail became a name.
                    throw keyNode.error(.figureNameCut, name, hint: Message.figureNameCutHint.text())
                }
                figures[name] = try value.quantity("the figure \(name)")
            }
            node.figures = figures
        }
        guard let i = m[Key.inputs] else { return }
        let im = try i.mapping("inputs computed from figures", allowed: FormulaInputs.fields)
        for (field, _, value) in im.pairs {
            let formula = try value.string("a formula")
            do throws(FormulaInputs.Failure) {
                for name in try FormulaInputs.names(in: formula) where node.figures[name] == nil {
                    throw FormulaInputs.Failure.unknownFigure(name, known: node.figures.keys.sorted())
                }
            } catch {
                throw value.error(error.message, hint: Message.giveFigureUnder.text())
            }
            if m[field] != nil { throw value.error(.valueAndFormula, field, hint: Message.keepOne.text()) }
            node.formulas[field] = formula
        }
        let failures = FormulaInputs.apply(to: &node)
        if let (field, failure) = failures.first, let v = im[field] { throw v.error(failure.message) }
    }

    static func readInputs(_ m: YAMLMapping) throws(Diagnostic) -> Inputs {
        var inputs = Inputs()
        inputs.budget = try m.money(Key.budget)
        inputs.spent = try m.money(Key.spent)
        inputs.entered = try m.decimal(Key.entered)
        inputs.cases = try m.decimal(Key.cases)
        inputs.target = try m.quantity(Key.target)
        inputs.actual = try m.quantity(Key.actual)
        if let t = inputs.target, let a = inputs.actual, (t.unit == .percent) != (a.unit == .percent), let node = m[Key.actual] {
            // 106人 against a 100% target compares people with a percentage: no score can come of it.
            throw node.error(.actualTargetUnitsYAML, a.text(), t.text(),
                             hint: t.unit == .percent ? Message.actualAsPercentage.text(a.value.shortText()) : Message.actualAsTargetIs.text(t.text()))
        }
        inputs.targetText = try m.string(Key.targetText)
        inputs.actualText = try m.string(Key.actualText)
        if let l = m[Key.level] {
            let t = try l.string("a level")
            guard let level = QualitativeLevel(text: t) else {
                throw l.error(.levelNot, t)
            }
            inputs.level = level
        }
        if let d = m[Key.direction] {
            let t = try d.string("a direction")
            guard let dir = TargetDirection(text: t) else {
                throw d.error(.unknownDirectionYAML, t, hint: Message.directionValues.text())
            }
            inputs.direction = dir
        }
        return inputs
    }

    static func checkCodes(_ report: Report, file: SourceFile) throws(Diagnostic) {
        var seen = Set<String>()
        seen.reserveCapacity(report.nodes.count)
        for i in report.nodes.indices where !seen.insert(report.nodes[i].code).inserted {
            throw Diagnostic(phase: .load, .twoIndicatorsSameCode, report.nodes[i].code, file: file)
        }
    }
}
