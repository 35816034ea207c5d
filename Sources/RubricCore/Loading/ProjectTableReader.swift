/// Reads a 项目支出绩效自评表 (the national project form and its provincial variants) by its header text.
///
/// The preamble gives 项目名称, 主管部门/实施单位 and the year; the budget block (项目资金) becomes the
/// 预算执行率 indicator and the budget lines; every indicator row becomes a 三级 leaf under its 一级 (and
/// 二级, when the table names one) with its target, actual, direction, unit, weight and published score.
/// A merged or blank 一级/二级 cell continues the one above. `/` rows do not apply and are left out.
struct ProjectTableReader {
    let file: SourceFile
    var report: Report
    var warnings: [Diagnostic] = []
    var stage: Stage = .preamble
    var projectName: String?
    var titleRow: String?
    var year: Int?
    /// The 一级 and 二级 the rows are under, and their node once a row has been added under them.
    var open1: (name: String, index: Int?)?
    var open2: (name: String, index: Int?)?
    var totalWeight: (ExactDecimal, SourceSpan)?
    /// The layout file naming the columns, when the user gave one.
    var layout: TableLayoutFile?

    /// Where in the table the reader is.
    enum Stage {
        case preamble
        case budget(ProjectHeader)
        case indicators(ProjectHeader)
        case closing
    }

    init(file: SourceFile, layout: TableLayoutFile? = nil) {
        self.file = file
        self.layout = layout
        report = Report(title: "", scheme: BuiltinSchemes.nationalProject.id)
    }

    /// True when `rows` hold a project table's indicator header.
    static func recognises(_ rows: [TableRow], layout: TableLayoutFile? = nil) -> Bool {
        rows.contains { ProjectHeader.indicators($0, layout: layout) != nil }
    }

    /// Reads one row.
    mutating func take(_ row: TableRow) throws(Diagnostic) {
        guard let first = row.cells.first else { return }
        if let h = ProjectHeader.indicators(row, layout: layout) {
            if case .closing = stage { return }
            if let layout { try checkLayout(layout, against: row) }
            stage = .indicators(h)
            return
        }
        if let h = ProjectHeader.budget(row, layout: layout) {
            stage = .budget(h)
            return
        }
        let label = ProjectColumn.key(first.text)
        if ["总分", "合计", "总计", "自评总分", "总得分"].contains(label) {
            readTotal(row)
            stage = .closing
            return
        }
        if ["自评等级", "评价等级", "等级", "绩效等级"].contains(label) {
            readGrade(row)
            return
        }
        switch stage {
        case .preamble, .closing: readPreamble(row)
        case .budget(let h): try readBudget(row, header: h)
        case .indicators(let h): try readIndicator(row, header: h)
        }
    }

    /// Assembles the report: group weights are the sums of their rows' weights.
    mutating func finish() throws(Diagnostic) -> (report: Report, warnings: [Diagnostic]) {
        guard report.nodes.contains(where: { $0.level > 1 || $0.name != ProjectTableReader.budgetIndicator }) else {
            throw Diagnostic(phase: .load, .projectNoIndicatorRows, file: file, span: SourceSpan(0, 0), hint: .projectRowsNameThird)
        }
        for i in report.nodes.indices.reversed() where !report.nodes[i].children.isEmpty {
            let sum = report.weightSum(of: report.nodes[i].children)
            report.nodes[i].weight = sum.normalized
            if report.nodes[i].children.allSatisfy({ report.nodes[$0].published != nil }) {
                report.nodes[i].published = ExactDecimal.sum(report.nodes[i].children.map { report.nodes[$0].published }).normalized
            }
        }
        if let (w, span) = totalWeight {
            let sum = report.weightSum(of: report.topLevel)
            if sum != w {
                warnings.append(Diagnostic(.warning, phase: .load,
                                           .projectWeightsVsTotal, sum.shortText(), w.shortText(),
                                           file: file, span: span, hint: .checkRowWeights))
            }
        }
        report.title = projectName ?? titleRow ?? file.name
        report.year = year ?? TableReader.year(in: titleRow ?? "")
        report.source = file.name.split(separator: "/").last.map(String.init) ?? file.name
        // A budget block after the indicators (or a 一级 taken up again) appends out of tree order: put it right.
        report = report.inPreorder()
        report.assignCodes()
        return (report, warnings.sorted { ($0.span?.start ?? 0) < ($1.span?.start ?? 0) })
    }

    /// Every header the layout names for the indicator block must stand in the header row: a misspelt one would
    /// leave its column unread without a word.
    func checkLayout(_ layout: TableLayoutFile, against row: TableRow) throws(Diagnostic) {
        let budgetOnly: Set<ProjectColumn> = [.initialBudget, .budget, .spent, .rate]
        let present = Set(row.cells.map { ProjectColumn.key($0.text) })
        for (text, role) in layout.columns.sorted(by: { $0.key < $1.key }) where !budgetOnly.contains(role) && !present.contains(text) {
            let near = NearNames.suggest(text, among: row.cells.map(\.text), limit: 1)
            throw Diagnostic(phase: .load, .layoutHeaderMissing, role.headers[0], text, file: file, span: row.span,
                             hint: (Message.suggestion(near).map { $0 + " " } ?? "") + Message.headersHere.text(row.cells.map(\.text).joined(separator: " | ")))
        }
    }

    /// The name of the indicator the budget block scores.
    static let budgetIndicator = "预算执行率"

    // MARK: Preamble

    /// 项目名称, 主管部门, 实施单位 and the （2022年度） line.
    mutating func readPreamble(_ row: TableRow) {
        let cells = row.cells
        for (k, c) in cells.enumerated() {
            let key = ProjectColumn.key(c.text)
            let next = k + 1 < cells.count ? cells[k + 1].text : nil
            let nextIsLabel = next.map { ["主管部门", "实施单位", "项目名称"].contains(ProjectColumn.key($0)) } ?? true
            switch key {
            case "项目名称": if let n = next, !nextIsLabel { projectName = n }
            case "主管部门": if let n = next, !nextIsLabel, report.department == nil { report.department = n }
            case "实施单位": if let n = next, !nextIsLabel { report.department = n }
            default: break
            }
        }
        if cells.count == 1, let only = cells.first {
            if let y = TableReader.year(in: only.text) { year = year ?? y }
            if titleRow == nil, only.text.hasSuffix("表") { titleRow = only.text }
        }
    }

    // MARK: Budget

    /// A row of figures under the budget header: the first (or 年度资金总额) is the 预算执行率 indicator, 其中 rows are lines.
    mutating func readBudget(_ row: TableRow, header h: ProjectHeader) throws(Diagnostic) {
        let figureColumns: [ProjectColumn] = [.initialBudget, .budget, .spent, .weight, .rate, .score]
        let firstFigure = figureColumns.compactMap { h.columns[$0] }.min() ?? 0
        let label = row.cells.first { $0.column < firstFigure && $0.isText }
        // A row with no figure cell and a text label is the next block (年度总体目标 …).
        let figures = row.cells.filter { $0.column >= firstFigure }
        if figures.isEmpty && label != nil { stage = .preamble; readPreamble(row); return }
        let name = label.map { ProjectColumn.key($0.text) }
        let isOverall = name == nil || name == "年度资金总额" || name == "资金总额" || (!report.budget.contains { $0.isOverall } && !(name?.hasPrefix("其中") ?? false))
        var line = BudgetLine(name: label?.text ?? "年度资金总额", isOverall: isOverall)
        line.initialBudget = try money(h.cell(.initialBudget, in: row))
        line.budget = try money(h.cell(.budget, in: row))
        line.spent = try money(h.cell(.spent, in: row))
        if let r = h.cell(.rate, in: row), let q = try figure(r), q.unit == .percent { line.statedRate = q.value }
        report.budget.append(line)
        guard isOverall, report.nodes.allSatisfy({ $0.name != ProjectTableReader.budgetIndicator }) else { return }
        var node = Indicator(name: ProjectTableReader.budgetIndicator, level: 1)
        node.weight = try number(h.cell(.weight, in: row))
        node.published = try number(h.cell(.score, in: row))
        node.inputs.budget = line.budget ?? line.initialBudget
        node.inputs.spent = line.spent
        node.explanation = "预算执行率 = 全年执行数 ÷ 全年预算数（调整后预算数）"
        if node.weight == nil {
            warnings.append(Diagnostic(.warning, phase: .load, .budgetBlockNoWeight, file: file, span: row.span, hint: .nationalFormWeighs))
            return
        }
        if node.inputs.budget == nil || node.inputs.spent == nil {
            // The published score stands in until 预算数 and 执行数 are given; without one the indicator is "not given".
            if let p = node.published { node.inputs.entered = p } else { node.isScoreNotGiven = true }
        }
        report.append(node, under: nil)
    }

    // MARK: Indicators

    /// One indicator row: opens or continues its 一级 and 二级 and adds the 三级 leaf.
    ///
    /// A 一级 or 二级 is added with its first row that is not left out, so a group whose rows are all `/` does not
    /// stand empty in the tree.
    mutating func readIndicator(_ row: TableRow, header h: ProjectHeader) throws(Diagnostic) {
        let n1 = h.cell(.level1, in: row), n2 = h.cell(.level2, in: row), n3 = h.cell(.level3, in: row)
        let weightCell = h.cell(.weight, in: row)
        // `—` in a target or actual cell means nothing is stated there.
        let targetCell = (h.cell(.adjustedTarget, in: row) ?? h.cell(.target, in: row)).flatMap { ProjectTableReader.dashes.contains($0.text) ? nil : $0 }
        let actualCell = h.cell(.actual, in: row).flatMap { ProjectTableReader.dashes.contains($0.text) ? nil : $0 }
        // A row with nothing in the indicator columns (a note, a signature line) is not an indicator.
        guard n1 != nil || n2 != nil || n3 != nil || weightCell != nil else { return }
        // A 一级 or 二级 equal to the open one continues it (a merged cell is the value of every row it covers).
        if let c = n1, open1?.name != c.text {
            open1 = (c.text, nil)
            open2 = nil
        }
        let flat = h.columns[.level1] == nil && h.columns[.level2] == nil
        if open1 == nil && !flat {
            let at = n2 ?? n3 ?? weightCell!
            throw Diagnostic(phase: .load, .rowBeforeTopLevel, file: file, span: at.span, hint: .firstRowNamesTop)
        }
        if let c = n2, open1 != nil, open2?.name != c.text { open2 = (c.text, nil) }
        let unit = h.cell(.unit, in: row)?.text
        let target = targetCell.map { TableValue($0.text, unit: unit) }
        let actual = actualCell.map { TableValue($0.text, unit: unit) }
        let name = n3?.text ?? n2?.text ?? open1?.name ?? ""
        guard !name.isEmpty else {
            throw Diagnostic(phase: .load, .rowHasNoName, file: file, span: row.cells[0].span, hint: .nameInThirdColumn)
        }
        if target?.notApplicable == true || actual?.notApplicable == true {
            if let w = try number(weightCell), !w.isZero {
                warnings.append(Diagnostic(.warning, phase: .load, .notApplicableWithWeight, name, w.shortText(),
                                           file: file, span: (targetCell ?? actualCell)!.span))
            }
            report.leftOut.append(name)
            return
        }
        guard n3 != nil || weightCell != nil else { return }
        var node = Indicator(name: name, level: 3)
        node.weight = try number(weightCell)
        guard let weight = node.weight else {
            throw Diagnostic(phase: .load, .indicatorNoWeightShort, IndicatorRow.short(name), file: file,
                             span: (n3 ?? row.cells[0]).span, hint: .weightInColumn, h.row.cells.first { $0.column == h.columns[.weight] }?.text ?? "分值")
        }
        if weight.isNegative, let c = weightCell {
            throw Diagnostic(phase: .load, .weightNegativeOf, weight.shortText(), IndicatorRow.short(name), file: file, span: c.span, hint: .weightIsZeroOrMore)
        }
        var score = try number(h.cell(.score, in: row))
        if score == nil, let f = try number(h.cell(.factor, in: row)) { score = try? f * weight }
        node.published = score
        if let c = h.cell(.nature, in: row) {
            let s = TableValue.normalize(c.text)
            guard let d = TargetDirection(text: s) ?? TableValue.prefixes.first(where: { $0.0 == s })?.1 else {
                throw Diagnostic(phase: .load, .directionNotComparator, s, file: file, span: c.span, hint: .writeDirection)
            }
            node.inputs.direction = d
        }
        if let t = target, let tc = targetCell {
            if t.isQualitative {
                node.inputs.direction = .qualitative
            } else if node.inputs.direction == nil {
                node.inputs.direction = t.direction
            }
            node.inputs.target = t.quantity
            // The words or the comparator as written, for display; a bare figure says nothing more than the value.
            if t.isQualitative || t.direction != nil { node.inputs.targetText = tc.text }
        }
        if let a = actual, let ac = actualCell {
            if a.isQualitative || node.inputs.direction == .qualitative {
                node.inputs.direction = .qualitative
                node.inputs.level = TableValue.level(actual: a.text, target: target?.text)
                if node.inputs.level == nil {
                    warnings.append(Diagnostic(.warning, phase: .load, .cannotTellMeetsTarget, IndicatorRow.short(a.text), file: file, span: ac.span, hint: .writeQualitativeLevel))
                }
                node.inputs.actualText = ac.text
            } else {
                node.inputs.actual = a.quantity
                if a.direction != nil {
                    warnings.append(Diagnostic(.warning, phase: .load, .actualStatesComparator, ac.text, a.quantity?.text() ?? ac.text,
                                               file: file, span: ac.span, hint: .actualIsAchieved))
                }
                // Units that cannot compare: two different units, or a percentage against a plain figure (as report files).
                if let tq = node.inputs.target, let aq = a.quantity,
                   (tq.unit != aq.unit && tq.unit != .none && aq.unit != .none) || (tq.unit == .percent) != (aq.unit == .percent) {
                    throw Diagnostic(phase: .load, .actualTargetUnits, aq.text(), tq.text(), IndicatorRow.short(name),
                                     file: file, span: ac.span, hint: .actualInTargetUnit, tq.unit.label.isEmpty ? Message.plainNumber.text() : tq.unit.label)
                }
            }
        }
        node.explanation = h.cell(.explanation, in: row)?.text ?? h.cell(.criteria, in: row).map { "评分标准：" + $0.text }
        node.shortfall = h.cell(.shortfall, in: row)?.text
        node.improvement = h.cell(.improvement, in: row)?.text
        // When the rule cannot compute (an input missing), the published score is entered and stands in until the
        // input is given; with no score either, the row is "not given" and the total partial.
        let x = node.inputs
        let computable = (x.target != nil && x.actual != nil) || x.level != nil
        if !computable {
            if let s = score { node.inputs.entered = s } else { node.isScoreNotGiven = true }
        } else if x.direction == .qualitative {
            node.inputs.entered = score
        }
        let parent = try openGroups()
        report.append(node, under: parent)
    }

    /// The 一级 and 二级 of the row being added, appended to the tree now if this is their first row.
    mutating func openGroups() throws(Diagnostic) -> Int? {
        guard var g1 = open1 else { return nil }
        if g1.index == nil {
            g1.index = report.append(Indicator(name: g1.name, level: 1), under: nil)
            open1 = g1
        }
        guard var g2 = open2 else { return g1.index }
        if g2.index == nil {
            g2.index = report.append(Indicator(name: g2.name, level: 2), under: g1.index)
            open2 = g2
        }
        return g2.index
    }

    /// Cells that mean "nothing stated" in a target or actual column.
    static let dashes: Set<String> = ["—", "-", "——", "－", "–"]

    // MARK: Closing rows

    /// 总分 | … | 100 | 98.5: the weight column gives the total weight, the score column the published total.
    mutating func readTotal(_ row: TableRow) {
        guard case .indicators(let h) = stage else { return }
        if let c = h.cell(.weight, in: row), let w = c.number { totalWeight = (w, c.span) }
        if let c = h.cell(.score, in: row), let s = c.number { report.publishedTotal = s }
        else if h.cell(.score, in: row) == nil, let last = row.cells.last, last.column != h.columns[.weight], let s = last.number {
            report.publishedTotal = s
        }
    }

    /// 自评等级 | 优: the published grade.
    mutating func readGrade(_ row: TableRow) {
        let text = row.cells.dropFirst().map(\.text).joined(separator: " ")
        let (_, checked) = GradeBandText.parse(text)
        if let g = checked { report.publishedGrade = g; return }
        if let g = row.cells.dropFirst().first?.text, ["优", "良", "中", "差", "优秀", "良好", "中等", "较差"].contains(g) {
            report.publishedGrade = String(g.prefix(1))
        }
    }

    // MARK: Cells

    /// A plain number, `—` or blank as nil; anything else is an error at the cell.
    func number(_ cell: TableCell?) throws(Diagnostic) -> ExactDecimal? {
        guard let c = cell, !ProjectTableReader.blankMarks.contains(c.text) else { return nil }
        return try c.decimal(in: file, hint: Message.weightsAreNumbers.text())
    }

    /// Money in 万元 (a plain number, or with its unit), `—` or blank as nil.
    func money(_ cell: TableCell?) throws(Diagnostic) -> ExactDecimal? {
        guard let c = cell, !ProjectTableReader.blankMarks.contains(c.text) else { return nil }
        return try c.money(in: file)
    }

    /// A figure with its unit (`86%`), `—` or blank as nil.
    func figure(_ cell: TableCell) throws(Diagnostic) -> Quantity? {
        if ProjectTableReader.blankMarks.contains(cell.text) { return nil }
        return try cell.quantity(in: file, hint: Message.rateIsPercentage.text())
    }

    /// Cells that mean "nothing here".
    static let blankMarks: Set<String> = ["—", "-", "——", "－", "/", "／"]
}
