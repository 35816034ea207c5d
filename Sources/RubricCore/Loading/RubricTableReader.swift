/// Reads Rubric's own table (what `export csv` writes) back into the report it came from.
///
/// Columns are found by their header (``RubricTableColumn``), so a user may reorder them, delete the computed ones
/// or add their own; the tree comes from the 编码 column (`1.2.3` sits under `1.2`), targets from 类型 = 绩效目标.
struct RubricTableReader {
    let file: SourceFile
    var report = Report(title: "", scheme: BuiltinSchemes.guangzhou.id)
    var columns: [RubricTableColumn: Int]?
    var byCode: [String: Int] = [:]
    var inBudget = false
    /// The 得分 cells as the file gives them: computed when written, so one that differs was edited by hand.
    var statedScores: [(code: String, cell: TableCell)] = []
    /// The 计分规则 cells: shown, never read (the indicator's own rule is 指定规则), so an edit there is reported.
    var statedRules: [(code: String, cell: TableCell)] = []
    var statedTotal: TableCell?

    init(file: SourceFile) { self.file = file }

    /// True when `rows` hold a Rubric table's header.
    static func recognises(_ rows: [TableRow]) -> Bool { rows.contains(where: RubricTableColumn.isHeader) }

    /// Reads one row.
    mutating func take(_ row: TableRow) throws(Diagnostic) {
        guard let first = row.cells.first else { return }
        guard let columns else {
            if RubricTableColumn.isHeader(row) {
                var found: [RubricTableColumn: Int] = [:]
                for c in row.cells { if let k = RubricTableColumn(rawValue: c.text), found[k] == nil { found[k] = c.column } }
                self.columns = found
                return
            }
            readPreamble(row, label: first)
            return
        }
        if first.text == RubricTableColumn.budgetHeader[0] && first.column == 0 { inBudget = true; return }
        if inBudget { try readBudget(row); return }
        func cell(_ c: RubricTableColumn) -> TableCell? {
            guard let k = columns[c] else { return nil }
            return row.cells.first { $0.column == k }
        }
        guard let codeCell = cell(.code) else {
            readFooter(label: cell(.name)?.text ?? "", published: cell(.published))
            if cell(.name)?.text.hasPrefix(RubricTableColumn.totalLabel) == true { statedTotal = cell(.score) }
            return
        }
        let code = codeCell.text
        guard byCode[code] == nil else {
            throw Diagnostic(phase: .load, .twoRowsSameCode, code, file: file, span: codeCell.span)
        }
        let parentCode = code.split(separator: ".").dropLast().joined(separator: ".")
        let parent: Int?
        if parentCode.isEmpty { parent = nil } else {
            guard let p = byCode[parentCode] else {
                throw Diagnostic(phase: .load, .rowBeforeParent, code, parentCode, file: file, span: codeCell.span, hint: .rowsInTreeOrder)
            }
            parent = p
        }
        guard let name = cell(.name)?.text else {
            throw Diagnostic(phase: .load, .rowNoIndicatorName, code, file: file, span: codeCell.span)
        }
        var n = Indicator(code: code, name: name, level: 1)
        var kind = cell(.kind)?.text ?? ""
        if kind.hasSuffix(RubricTableColumn.placeholderMark) {
            n.isPlaceholderName = true
            kind.removeLast(RubricTableColumn.placeholderMark.count)
        }
        n.isTarget = kind == RubricTableColumn.targetKind
        n.weight = try decimal(cell(.weight))
        if let p = cell(.published) {
            if p.text == RubricTableColumn.notGiven || p.text == "not given" { n.isScoreNotGiven = true }
            else { n.published = try decimal(p) }
        }
        var x = Inputs()
        if let d = cell(.direction) {
            guard let dir = TargetDirection(text: TableValue.normalize(d.text)) else {
                throw Diagnostic(phase: .load, .unknownDirection, d.text, file: file, span: d.span, hint: .directionsList)
            }
            x.direction = dir
        }
        x.target = try quantity(cell(.target))
        x.actual = try quantity(cell(.actual))
        x.budget = try money(cell(.budget))
        x.spent = try money(cell(.spent))
        x.entered = try decimal(cell(.entered))
        x.cases = try decimal(cell(.cases))
        if let l = cell(.level) {
            guard let level = QualitativeLevel(text: l.text) else {
                throw Diagnostic(phase: .load, .qualitativeLevelNot, l.text, file: file, span: l.span)
            }
            x.level = level
        }
        x.targetText = cell(.targetText)?.text
        x.actualText = cell(.actualText)?.text
        n.inputs = x
        if let r = cell(.ownRule) { n.rule = try rule(r) }
        if let c = cell(.figures) {
            for part in c.text.split(separator: "；") {
                let kv = part.split(separator: "=", maxSplits: 1).map { String($0) }
                guard kv.count == 2, let q = try? Quantity(parsing: kv[1]) else {
                    throw Diagnostic(phase: .load, .figuresCellForm, String(part), file: file, span: c.span)
                }
                n.figures[kv[0]] = q
            }
        }
        if let c = cell(.formulas) {
            for part in c.text.split(separator: "；") {
                let kv = part.split(separator: "=", maxSplits: 1).map { String($0) }
                guard kv.count == 2, FormulaInputs.fields.contains(kv[0]) else {
                    throw Diagnostic(phase: .load, .formulaCellForm, FormulaInputs.fields.joined(separator: ", "), String(part), file: file, span: c.span)
                }
                n.formulas[kv[0]] = kv[1]
            }
            if let (_, failure) = FormulaInputs.apply(to: &n).first {
                throw Diagnostic(phase: .load, .formulaCellError, failure.message, file: file, span: c.span)
            }
        }
        n.explanation = cell(.explanation)?.text
        n.shortfall = cell(.shortfall)?.text
        n.improvement = cell(.improvement)?.text
        n.note = cell(.note)?.text
        let index = report.append(n, under: parent)
        byCode[code] = index
        if let c = cell(.score) { statedScores.append((code, c)) }
        statedRules.append((code, cell(.shownRule) ?? TableCell(text: "", span: codeCell.span)))
    }

    /// Assembles the report.
    mutating func finish() throws(Diagnostic) -> (report: Report, warnings: [Diagnostic]) {
        guard !report.nodes.isEmpty else {
            throw Diagnostic(phase: .load, .rubricTableNoRows, file: file, span: SourceSpan(0, 0))
        }
        if report.title.isEmpty { report.title = file.name }
        // Rows out of tree order (1, 2, 1.1 after a sort in Excel) still make a tree in pre-order.
        report = report.inPreorder()
        report.assignCodes()
        return (report, editedScores())
    }

    /// A warning for every 得分 (and the 总分) that is not what the inputs give: the column is computed, so an edit
    /// there changes nothing; the warning says which column does.
    func editedScores() -> [Diagnostic] {
        guard let scheme = BuiltinSchemes.named(report.scheme) else { return [] }
        let s = ScoredReport(report: report, scheme: scheme)
        var out: [Diagnostic] = []
        for (code, c) in statedScores {
            guard let i = report.index(ofCode: code), !report.nodes[i].isTarget, let stated = c.number, stated != s.scores[i].rounded(places: scheme.scorePlaces) else { continue }
            out.append(Diagnostic(.warning, phase: .load,
                                  .scoreColumnNotRead, report.nodes[i].name, stated.shortText(), s.scores[i].formatted(places: scheme.scorePlaces),
                                  file: file, span: c.span, hint: .changeInputsNotScore))
        }
        let shown = Dictionary(ScoreTable.tree(s).rows.map { ($0[0], $0[6]) }, uniquingKeysWith: { a, _ in a })
        for (code, c) in statedRules where !c.text.isEmpty {
            // The rule's id only: the status after it is in the language the table was written in.
            func id(_ t: String) -> Substring { t.split(separator: " ").first ?? "" }
            guard let rule = shown[code], id(rule) != id(c.text), let i = report.index(ofCode: code) else { continue }
            out.append(Diagnostic(.warning, phase: .load,
                                  .ruleColumnNotRead, report.nodes[i].name, c.text, String(id(rule)),
                                  file: file, span: c.span, hint: .ownRuleInColumn))
        }
        if let c = statedTotal, let stated = c.number, stated != s.total.rounded(places: scheme.scorePlaces) {
            out.append(Diagnostic(.warning, phase: .load, .totalColumnNotRead, stated.shortText(), s.total.formatted(places: scheme.scorePlaces),
                                  file: file, span: c.span, hint: .publishedTotalIs))
        }
        return out
    }

    // MARK: Implementation

    mutating func readPreamble(_ row: TableRow, label: TableCell) {
        let value = row.cells.count > 1 ? row.cells[1].text : ""
        switch label.text {
        case RubricTableColumn.titleLabel: report.title = value
        case RubricTableColumn.departmentLabel: report.department = value
        case RubricTableColumn.yearLabel: report.year = Int(value)
        case RubricTableColumn.schemeLabel: if !value.isEmpty { report.scheme = value }
        case RubricTableColumn.sourceLabel: report.source = value
        case RubricTableColumn.statedRateLabel: report.statedExecutionRate = (try? Quantity(parsing: value))?.value
        case RubricTableColumn.noteLabel: report.notes.append(value)
        case RubricTableColumn.leftOutLabel: report.leftOut.append(value)
        default: break
        }
    }

    /// A budget line: 预算项目, 年初预算数, 全年预算数, 执行数, 公布执行率, 部门整体, 说明 (by position, as written).
    mutating func readBudget(_ row: TableRow) throws(Diagnostic) {
        func at(_ k: Int) -> TableCell? { row.cells.first { $0.column == k } }
        var line = BudgetLine(name: at(0)?.text ?? "")
        line.initialBudget = try money(at(1))
        line.budget = try money(at(2))
        line.spent = try money(at(3))
        line.statedRate = try quantity(at(4))?.value
        line.isOverall = at(5)?.text == RubricTableColumn.overallMark
        line.note = at(6)?.text
        report.budget.append(line)
    }

    mutating func readFooter(label: String, published: TableCell?) {
        if label.hasPrefix(RubricTableColumn.totalLabel) { report.publishedTotal = published?.number }
        if label == RubricTableColumn.gradeLabel { report.publishedGrade = published?.text }
    }

    func decimal(_ c: TableCell?) throws(Diagnostic) -> ExactDecimal? { try c.map { c throws(Diagnostic) in try c.decimal(in: file) } }
    func money(_ c: TableCell?) throws(Diagnostic) -> ExactDecimal? { try c.map { c throws(Diagnostic) in try c.money(in: file) } }
    func quantity(_ c: TableCell?) throws(Diagnostic) -> Quantity? { try c.map { c throws(Diagnostic) in try c.quantity(in: file) } }

    /// The indicator's own rule, written as a flow mapping `{rule: ID, parameters: {…}}`.
    func rule(_ c: TableCell) throws(Diagnostic) -> RuleSpec? {
        let inner = SourceFile(name: file.name, text: c.text)
        do throws(Diagnostic) {
            let v = try YAMLValue.parse(inner)
            let m = try v.mapping("a rule", allowed: ["rule", "parameters"])
            return try ReportLoader.readRule(m)
        } catch {
            throw Diagnostic(phase: .load, .ruleCellError, error.message, file: file, span: c.span, hint: .ruleCellForm)
        }
    }
}
