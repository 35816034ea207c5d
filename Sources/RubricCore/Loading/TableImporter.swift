/// Imports a published 自评表 — a 部门整体支出绩效自评表 or a 项目支出绩效自评表 — as tab-separated text, CSV, or a workbook's sheet, into a ``Report``.
///
/// Rows are read by the order of their non-empty cells, never by column, because the extraction shifts
/// cells left and right; see ``IndicatorRow`` and ``TableTree``. Besides the indicator rows the importer
/// reads the title, 部门名称, the budget block, 总分 and the 评价等级 bands (checked against the scheme's).
public enum TableImporter {
    /// Imports a 自评表 (tab-separated as extracted, or CSV); warnings are returned, errors thrown.
    public static func load(_ file: SourceFile, format: TableFormat = .detect, layout: TableLayoutFile? = nil) throws(Diagnostic) -> (report: Report, warnings: [Diagnostic]) {
        let resolved = format == .detect ? TableFormat.detected(in: file.text) : format
        let rows = resolved == .csv ? try CSVSplitter.rows(file) : TableRow.splitTSV(file)
        if rows.allSatisfy({ $0.cells.isEmpty }) {
            throw Diagnostic(phase: .load, .tableIsEmpty, file.name, hint: .tableHasHeaderAndRows)
        }
        if layout == nil, RubricTableReader.recognises(rows) {
            var own = RubricTableReader(file: file)
            for row in rows { try own.take(row) }
            return try own.finish()
        }
        if ProjectTableReader.recognises(rows, layout: layout) {
            var project = ProjectTableReader(file: file, layout: layout)
            for row in rows { try project.take(row) }
            return try project.finish()
        }
        if layout != nil {
            throw Diagnostic(phase: .load, .layoutHeadersNotFound, file: file, span: SourceSpan(0, 0), hint: .layoutMapsAtLeast)
        }
        guard rows.contains(where: \.isIndicatorHeader) else { throw noHeader(rows, file: file) }
        var reader = TableReader(file: file)
        for row in rows { try reader.take(row) }
        return try reader.finish()
    }

    /// The error for a table whose header the reader does not know: the headers it found, and a layout file mapping them.
    static func noHeader(_ rows: [TableRow], file: SourceFile) -> Diagnostic {
        // The header is most likely the first row of several short text cells.
        let candidate = rows.prefix(40).first { r in r.cells.count >= 3 && r.cells.allSatisfy { $0.isText && $0.text.count <= 12 } }
        guard let header = candidate else {
            return Diagnostic(phase: .load, .noSelfEvalHeader, file: file, span: SourceSpan(0, 0), hint: .selfEvalHeaderNames)
        }
        let texts = header.cells.map(\.text)
        return Diagnostic(phase: .load, .noSelfEvalHeaderLikeliest, texts.joined(separator: " | "),
                          file: file, span: header.span, hint: .nameColumnsInLayout, TableLayoutFile.suggestion(for: texts))
    }
}

/// How a 自评表's cells are separated.
public enum TableFormat: Sendable, Equatable {
    /// Tabs anywhere in the text mean tab-separated; otherwise CSV.
    case detect
    /// Tab-separated, as text extraction from a PDF gives it; quotes are ordinary characters.
    case tsv
    /// Comma-separated with RFC 4180 quotes.
    case csv

    /// `.tsv` when the text holds a tab, else `.csv`.
    static func detected(in text: String) -> TableFormat {
        text.utf8.contains(0x09) ? .tsv : .csv
    }
}

// MARK: Implementation

/// Reads the rows of a 自评表 one at a time: the preamble (title, 部门名称, budget), the indicator rows, 总分 and 评价等级.
struct TableReader {
    let file: SourceFile
    var title: String?
    var department: String?
    var budget: [BudgetLine] = []
    var publishedTotal: ExactDecimal?
    var publishedGrade: String?
    var totalWeight: (ExactDecimal, SourceSpan)?
    var tree: TableTree
    var warnings: [Diagnostic] = []
    var stage: Stage = .preamble

    /// Where in the table the reader is.
    enum Stage {
        case preamble
        /// Inside the budget block: the heading rows read so far.
        case budgetHeadings([TableRow])
        case indicators
        case closing
    }

    init(file: SourceFile) {
        self.file = file
        tree = TableTree(report: Report(title: "", scheme: "guangzhou-department"), file: file)
    }

    /// Reads one row.
    mutating func take(_ row: TableRow) throws(Diagnostic) {
        guard !row.cells.isEmpty else { return }
        if row.isIndicatorHeader {
            // The first header, or its repetition after a page break.
            if case .closing = stage { return }
            stage = .indicators
            return
        }
        if let (i, _) = row.cell("总分") ?? row.cell("合计") {
            try readTotal(row, after: i)
            stage = .closing
            return
        }
        if let (i, c) = row.cell("评价等级") {
            readBands(row, after: i, label: c)
            return
        }
        switch stage {
        case .preamble: readPreamble(row)
        case .budgetHeadings(let headings): readBudget(row, headings: headings)
        case .indicators: try tree.add(IndicatorRow(classifying: row, file: file))
        case .closing: return
        }
    }

    /// Assembles the report.
    mutating func finish() throws(Diagnostic) -> (report: Report, warnings: [Diagnostic]) {
        tree.finish(totalWeight: totalWeight)
        var report = tree.report
        guard !report.nodes.isEmpty else {
            throw Diagnostic(phase: .load, .noIndicatorRowsFound, file: file, span: SourceSpan(0, 0), hint: .selfEvalHeaderRow)
        }
        report.title = title ?? department ?? file.name
        report.department = department
        report.year = TableReader.year(in: report.title)
        report.source = file.name.split(separator: "/").last.map(String.init) ?? file.name
        report.budget = budget
        report.publishedTotal = publishedTotal
        report.publishedGrade = publishedGrade
        if !budget.isEmpty && budget.allSatisfy({ $0.spent == nil }) {
            report.notes.append("the table gives budgets but no spend (执行数); execution-rate indicators keep their published scores")
        }
        report.assignCodes()
        let all = (warnings + tree.warnings).sorted { ($0.span?.start ?? 0) < ($1.span?.start ?? 0) }
        return (report, all)
    }

    // MARK: Preamble

    /// Title, 部门名称, and the start of the budget block; other preamble rows (goals, 部门基本情况) are skipped.
    mutating func readPreamble(_ row: TableRow) {
        if let (i, _) = row.cell("部门名称") {
            if i + 1 < row.cells.count { department = row.cells[i + 1].text }
        } else if row.cell("部门预算") != nil {
            stage = .budgetHeadings([row])
        } else if title == nil, department == nil, row.cells.count == 1, row.cells[0].isText {
            title = row.cells[0].text
        }
    }

    /// Budget headings until a row of figures: 部门预算 | 基本支出 | 项目支出 | 专项资金 | … and their 万元.
    mutating func readBudget(_ row: TableRow, headings: [TableRow]) {
        if row.cells.allSatisfy({ $0.isText }) {
            stage = .budgetHeadings(headings + [row])
            return
        }
        stage = .preamble
        let figures = row.cells.compactMap(\.number)
        guard figures.count == row.cells.count, let first = headings.first?.cells.first else {
            warnings.append(Diagnostic(.warning, phase: .load, .budgetFiguresUnreadable, file: file, span: row.span, hint: .oneFigurePerHeading))
            return
        }
        // The figures sit under the last heading row; the first figure may be the 部门预算 total heading the block.
        let leaves = headings[headings.count - 1].cells
        let names: [String]
        if figures.count == leaves.count + 1 && headings.count > 1 {
            names = [first.text] + leaves.map(\.text)
        } else if figures.count == leaves.count {
            names = leaves.map(\.text)
        } else {
            warnings.append(Diagnostic(.warning, phase: .load,
                                       .budgetFiguresCount, String(figures.count), String(leaves.count),
                                       file: file, span: row.span))
            return
        }
        budget = zip(names, figures).map { name, value in
            BudgetLine(name: name, budget: value, isOverall: name == "部门预算")
        }
    }

    // MARK: Closing rows

    /// 总分 | 100 | … | 91.41: the total weight (when given) and the published total.
    mutating func readTotal(_ row: TableRow, after i: Int) throws(Diagnostic) {
        let rest = row.cells[(i + 1)...]
        for c in rest where c.isText {
            throw Diagnostic(phase: .load, .totalNotANumber, IndicatorRow.short(c.text), file: file, span: c.span, hint: .totalRowGives)
        }
        guard let last = rest.last, let total = last.number else { return }
        publishedTotal = total
        if rest.count >= 2, let first = rest.first, let w = first.number { totalWeight = (w, first.span) }
    }

    /// 评价等级 and its bands (优 90分≤得分≤100分；良 …): a checked box gives the grade; bands unlike the scheme's are a warning.
    mutating func readBands(_ row: TableRow, after i: Int, label: TableCell) {
        let cells = row.cells[(i + 1)...]
        guard let first = cells.first, let last = cells.last else { return }
        let text = cells.map(\.text).joined(separator: " ")
        let span = first.span.union(last.span)
        let (bands, checked) = GradeBandText.parse(text)
        guard !bands.isEmpty else {
            warnings.append(Diagnostic(.warning, phase: .load, .gradeBandsUnreadable, file: file, span: span))
            return
        }
        if let g = checked { publishedGrade = g }
        guard let scheme = BuiltinSchemes.named(tree.report.scheme) else { return }
        let ours = bands.sorted { $0.minimum > $1.minimum }
        if ours.map({ [$0.grade, $0.minimum.shortText()] }) != scheme.grades.map({ [$0.grade, $0.minimum.shortText()] }) {
            warnings.append(Diagnostic(.warning, phase: .load,
                                       .gradeBandsDiffer, GradeBandText.describe(ours), scheme.id, GradeBandText.describe(scheme.grades),
                                       file: file, span: label.span, hint: .gradedBySchemeBands))
        }
    }

    /// The year a title names (`2022年度…` → 2022).
    static func year(in title: String) -> Int? {
        let chars = Array(title)
        guard chars.count >= 5 else { return nil }
        for s in 0...(chars.count - 5) where chars[s + 4] == "年" {
            let digits = chars[s..<(s + 4)]
            if digits.allSatisfy({ $0.isASCII && $0.isNumber }), s == 0 || !(chars[s - 1].isASCII && chars[s - 1].isNumber),
               let y = Int(String(digits)), (1900...2199).contains(y) {
                return y
            }
        }
        return nil
    }
}
