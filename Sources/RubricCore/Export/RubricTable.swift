/// The columns of Rubric's own table (the CSV `export csv` writes and every loader reads back): one source for both.
///
/// A row per indicator and target, in tree order: its 编码 gives its place in the tree, its 类型 its level; the
/// computed 得分 and 差额 are for the reader of the table and are recomputed on loading; everything a rule reads
/// (target, actual, budget, spent, entered score, level, cases, the indicator's own rule) has its own column.
enum RubricTableColumn: String, CaseIterable, Sendable {
    case code = "编码", kind = "类型", name = "指标", weight = "分值", score = "得分", published = "公布得分", delta = "差额"
    case shownRule = "计分规则", direction = "指标性质", target = "年度指标值", actual = "实际完成值"
    case budget = "预算数（万元）", spent = "执行数（万元）", entered = "录入得分", level = "定性等级", cases = "扣分次数"
    case ownRule = "指定规则", targetText = "指标值原文", actualText = "完成值原文"
    case figures = "原始数据", formulas = "计算公式"
    case explanation = "指标解释", shortfall = "未达标原因", improvement = "改进措施", note = "说明"

    /// The words in the 类型 column, by level; a target's is ``targetKind``.
    static let levelKinds = ["一级指标", "二级指标", "三级指标", "四级指标"]
    static let targetKind = "绩效目标"
    /// Added to 类型 when the source lost the indicator's name and a placeholder stands in.
    static let placeholderMark = "（名称缺失）"
    /// The 公布得分 of an indicator whose source gives no score.
    static let notGiven = "未给出"
    /// Labels of the lines above the header.
    static let titleLabel = "标题", departmentLabel = "部门", yearLabel = "年度", schemeLabel = "计分办法", sourceLabel = "来源"
    static let statedRateLabel = "公布执行率", noteLabel = "备注", leftOutLabel = "不适用"
    /// The header of the budget lines under the table, and the word marking the department-wide line.
    static let budgetHeader = ["预算项目", "年初预算数", "全年预算数", "执行数", "公布执行率", "部门整体", "说明"]
    static let overallMark = "是"
    /// Labels of the lines under the indicators.
    static let totalLabel = "总分", gradeLabel = "等级"

    /// True for the header row of a Rubric table.
    static func isHeader(_ row: TableRow) -> Bool {
        row.cell(code.rawValue) != nil && row.cell(kind.rawValue) != nil && row.cell(name.rawValue) != nil
    }
}

/// Writes a scored report as Rubric's own table: CSV that Chinese Excel opens as it is and that loads back to the same scores.
public enum RubricTable {
    /// UTF-8 with a BOM, CRLF line ends, Chinese headers; the report's title, department, year and scheme above the
    /// header; computed and published side by side; 总分 and 等级 under the indicators.
    /// `schemeAs` names the scheme as the written file will find it (a scheme file relative to where the table goes).
    public static func csv(_ s: ScoredReport, schemeAs: String? = nil) -> String {
        "\u{FEFF}" + rows(s, schemeAs: schemeAs).map { $0.map(cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// The workbook `export xlsx` writes: the table on sheet 自评表, the findings of `check` on sheet 审核意见.
    public static func sheets(_ s: ScoredReport, schemeAs: String? = nil) -> [WorkbookSheet] {
        var findings: [[String]] = [["级别", "编号", "说明"]]
        for f in Audit.run(s) { findings.append([f.severity.rawValue, f.id, f.message]) }
        if findings.count == 1 { findings.append(["", "", Message.noFindings.text()]) }
        return [WorkbookSheet(name: "自评表", rows: rows(s, schemeAs: schemeAs), textColumns: [0]), WorkbookSheet(name: "审核意见", rows: findings)]
    }

    /// The table's rows of cells (what ``csv(_:)`` writes, one line a row).
    public static func rows(_ s: ScoredReport, schemeAs: String? = nil) -> [[String]] {
        let r = s.report
        let places = s.scheme.scorePlaces
        let columns = RubricTableColumn.allCases
        var lines: [[String]] = []
        lines.append([RubricTableColumn.titleLabel, r.title])
        if let d = r.department { lines.append([RubricTableColumn.departmentLabel, d]) }
        if let y = r.year { lines.append([RubricTableColumn.yearLabel, String(y)]) }
        lines.append([RubricTableColumn.schemeLabel, schemeAs ?? r.scheme])
        if let src = r.source { lines.append([RubricTableColumn.sourceLabel, src]) }
        if let rate = r.statedExecutionRate { lines.append([RubricTableColumn.statedRateLabel, ReportWriter.statedRate(rate)]) }
        for note in r.notes { lines.append([RubricTableColumn.noteLabel, note]) }
        for name in r.leftOut { lines.append([RubricTableColumn.leftOutLabel, name]) }
        lines.append([])
        lines.append(columns.map(\.rawValue))
        let shown = ScoreTable.tree(s).rows
        var k = 0
        func visit(_ i: Int) {
            let n = r.nodes[i]
            let row = shown[k]
            k += 1
            let x = n.inputs
            var cells: [RubricTableColumn: String] = [:]
            cells[.code] = n.code
            cells[.kind] = (n.isTarget ? RubricTableColumn.targetKind : RubricTableColumn.levelKinds[min(n.level, 4) - 1])
                + (n.isPlaceholderName ? RubricTableColumn.placeholderMark : "")
            cells[.name] = n.name
            cells[.weight] = n.weight?.description ?? ""
            cells[.score] = row[3] == "—" ? "" : row[3]
            cells[.published] = n.published?.description ?? (n.isScoreNotGiven ? RubricTableColumn.notGiven : "")
            // The published score is written exact (it reads back as it was), so the difference is of the two cells as
            // written: 0.13 beside a published 0.125 differs by +0.005, though the score table shows 0.13 against 0.13.
            if let p = n.published, Int(p.normalized.scale) > places, row[3] != "—",
               let d = try? s.scores[i].rounded(places: places) - p {
                cells[.delta] = d.isZero ? "" : (d.isNegative ? "" : "+") + d.shortText(maxPlaces: 10)
            } else {
                cells[.delta] = row[5]
            }
            cells[.shownRule] = row[6]
            cells[.direction] = x.direction.map { $0 == .equal ? "＝" : $0.rawValue } ?? ""
            cells[.target] = x.target?.text() ?? ""
            cells[.actual] = x.actual?.text() ?? ""
            cells[.budget] = x.budget?.description ?? ""
            cells[.spent] = x.spent?.description ?? ""
            cells[.entered] = x.entered?.description ?? ""
            cells[.level] = x.level?.rawValue ?? ""
            cells[.cases] = x.cases?.description ?? ""
            cells[.ownRule] = n.rule.map(ReportWriter.flowText) ?? ""
            cells[.targetText] = x.targetText ?? ""
            cells[.actualText] = x.actualText ?? ""
            cells[.figures] = n.figures.keys.sorted().map { "\($0)=\(n.figures[$0]!.text())" }.joined(separator: "；")
            cells[.formulas] = n.formulas.keys.filter { !n.formulasFromScheme.contains($0) }.sorted().map { "\($0)=\(n.formulas[$0]!)" }.joined(separator: "；")
            // An input a formula computes (the report's or the scheme's) is not written as a value: read back, a stated
            // value would stand instead of the formula, and a ratio such as 6.31…% has no exact digits to write.
            let computed: [String: RubricTableColumn] = ["target": .target, "actual": .actual, "budget": .budget, "spent": .spent,
                                                         "entered": .entered, "cases": .cases]
            for f in n.formulas.keys { if let c = computed[f] { cells[c] = "" } }
            cells[.explanation] = n.explanation ?? ""
            cells[.shortfall] = n.shortfall ?? ""
            cells[.improvement] = n.improvement ?? ""
            cells[.note] = n.note ?? ""
            lines.append(columns.map { cells[$0] ?? "" })
            for c in n.children { visit(c) }
        }
        for t in r.topLevel { visit(t) }
        let total = s.total.formatted(places: places)
        let published = r.publishedTotal?.description ?? ""
        let delta = r.publishedTotal.flatMap { s.total.shownDifference(from: $0, places: places) }.map { d in d.isZero ? "" : (d.isNegative ? "" : "+") + d.formatted(places: places) } ?? ""
        func footer(_ label: String, weight: String, score: String, published: String, delta: String) -> [String] {
            columns.map { c in
                switch c {
                case .name: return label
                case .weight: return weight
                case .score: return score
                case .published: return published
                case .delta: return delta
                default: return ""
                }
            }
        }
        lines.append(footer(RubricTableColumn.totalLabel + (s.isIncomplete ? "（不完整）" : ""),
                            weight: r.weightSum(of: r.topLevel).shortText(), score: total, published: published, delta: delta))
        lines.append(footer(RubricTableColumn.gradeLabel, weight: "", score: ScoreTable.gradeText(s), published: r.publishedGrade ?? "", delta: ""))
        if !r.budget.isEmpty {
            lines.append([])
            lines.append(RubricTableColumn.budgetHeader)
            for b in r.budget {
                lines.append([b.name, b.initialBudget?.description ?? "", b.budget?.description ?? "", b.spent?.description ?? "",
                              b.statedRate.map(ReportWriter.statedRate) ?? "", b.isOverall ? RubricTableColumn.overallMark : "", b.note ?? ""])
            }
        }
        return lines
    }

    /// One CSV field, quoted when it holds a comma, a quote or a line break.
    static func cell(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
        }
        return s
    }
}
