import ArgumentParser
import RubricCore
import RubricShell
import RubricWorkbook

/// `rubric score FILE`: the scored tree, the 一级 rates, total and grade.
struct ScoreCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "score",
        abstract: localized("Score a report: every indicator, the 一级 rates, the total and the grade.", "对报告计分：每个指标的得分、一级指标得分率、总分和等级。"),
        discussion: localized("FILE is a native report (.yaml) or a published 自评表 table (.xlsx, .csv, .tsv, .txt).", "FILE 是 Rubric 报告（.yaml），或公布的自评表（.xlsx、.csv、.tsv、.txt）。")) }

    @Argument(help: help("The report file.", "报告文件。")) var file: String
    @Option(name: .long, help: help("Score under this scheme (a built-in id such as national-project, or a scheme file).", "按这个计分办法计分（内置计分办法的编号，如 national-project，或计分办法文件）。")) var scheme: String?
    @OptionGroup var table: TableOptions
    @Flag(name: .long, help: help("Leave the targets (绩效指标) out of the table.", "表格中不列出绩效指标。")) var noTargets = false

    func validate() throws { try CommandSupport.checkSheet(table.sheet, for: [file]) }

    func run() throws {
        try Self.score(file, scheme: scheme, sheet: table.sheet, layout: table.layout, includeTargets: !noTargets)
    }

    /// Scores `path` and prints the table (also run directly for `rubric score FILE`, see main.swift).
    static func score(_ path: String, scheme: String?, sheet: String?, layout: String?, includeTargets: Bool) throws {
        let files = LocalFiles()
        let scored = try CommandSupport.loadScored(path, scheme: scheme, sheet: sheet, layout: layout, files: files)
        // Written in pieces: a score table of 100,000 rows is never held as one text.
        writeScoreTable(scored, includeTargets: includeTargets) { Console.writeOut($0) }
    }
}

/// `rubric check FILE…`: the audit of each file; non-zero exit when an error-level finding exists in any.
struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "check",
        abstract: localized("Audit reports: published vs computed scores, weights, bands, stated rates.", "审核报告：核对公布得分与计算得分、分值、等级分数段和填报的比率。"),
        discussion: localized("Each file is audited in turn (`rubric review` gives a league table of a whole folder). Exits with status 1 when a finding at error level exists, 65 when a file cannot be read.", "逐个审核每个文件（`rubric review` 给出整个文件夹的排名表）。有错误级别的审核意见时退出码为 1，有文件无法读取时为 65。")) }

    @Argument(help: help("The report files.", "报告文件。")) var files: [String]
    @Option(name: .long, help: help("Check under this scheme instead of the report's.", "按这个计分办法审核，而不按报告自己的计分办法。")) var scheme: String?
    @OptionGroup var table: TableOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError(Message.checkNeedsReport.text()) }
        try CommandSupport.checkSheet(table.sheet, for: files)
    }

    func run() throws {
        let access = LocalFiles()
        var errors = false
        var unreadable: Int32?
        for file in files {
            let scored: ScoredReport
            do { scored = try CommandSupport.loadScored(file, scheme: scheme, table: table, files: access, weightWarnings: false) } catch let exit as ExitCode {
                // The diagnostic is printed; the other files are still checked.
                unreadable = unreadable ?? exit.rawValue
                continue
            }
            let findings = Audit.run(scored)
            if findings.isEmpty {
                Console.writeOut("\(file): \(Message.noFindings.text())\n")
            } else {
                for f in findings { Console.writeOut("\(file): \(f.severity.word): [\(f.id)] \(f.message)\n") }
                func count(_ s: Severity) -> String { String(findings.filter { $0.severity == s }.count) }
                Console.writeOut((files.count > 1 ? "\(file): " : "") + Message.findingCounts.text(count(.error), count(.warning), count(.note)) + "\n")
            }
            if Audit.hasErrors(findings) { errors = true }
        }
        if let code = unreadable { throw ExitCode(code) }
        if errors { throw ExitCode(ExitStatus.assertionFailed) }
    }
}

/// `rubric export FILE --json|--csv`: the scored report in the documented JSON schema, or as the table Excel opens.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "export",
        abstract: localized("Export the scored report: JSON (schema rubric-scored-report/2, docs/json-schema.md), CSV or a workbook for Excel, or an HTML page.", "导出计分后的报告：JSON（格式 rubric-scored-report/2，见 docs/json-schema.md）、供 Excel 使用的 CSV 或工作簿，或 HTML 网页。")) }

    @Argument(help: help("The report file.", "报告文件。")) var file: String
    @Flag(name: .long, help: help("JSON (the default).", "JSON（默认）。")) var json = false
    @Flag(name: .long, help: help("CSV that Chinese Excel opens as it is (UTF-8 with BOM, Chinese headers, 总分 and 等级 rows); rubric reads it back.", "中文版 Excel 可直接打开的 CSV（带 BOM 的 UTF-8、中文表头、总分和等级行）；rubric 也能读回。")) var csv = false
    @Flag(name: .long, help: help("A workbook (.xlsx, needs --output): the same table, and the findings of `check` on a second sheet.", "工作簿（.xlsx，需要 --output）：同样的表格，第二个工作表是 `check` 的审核意见。")) var xlsx = false
    @Flag(name: .long, help: help("One self-contained HTML page: scores as bars against weights, completion rates, the score table, findings.", "一个独立的 HTML 网页：得分与分值对比的条形图、完成率、评分表、审核意见。")) var html = false
    @Option(name: [.short, .long], help: help("Write to this file instead of standard output (never replaces an existing file).", "写入这个文件，而不是标准输出（不会替换已有文件）。")) var output: String?
    @Option(name: .long, help: help("Score under this scheme instead of the report's.", "按这个计分办法计分，而不按报告自己的计分办法。")) var scheme: String?
    @OptionGroup var table: TableOptions

    func validate() throws {
        try CommandSupport.checkSheet(table.sheet, for: [file])
        if [json, csv, xlsx, html].filter({ $0 }).count > 1 { throw ValidationError(Message.exportOneFormat.text()) }
        if xlsx && output == nil { throw ValidationError(Message.xlsxNeedsOutput.text()) }
    }

    func run() throws {
        let files = LocalFiles()
        let scored = try CommandSupport.loadScored(file, scheme: scheme, table: table, files: files)
        // A scheme file is named as the written table will find it.
        let schemeAs = output.flatMap { out in ReportFiles.schemeFile(of: scored.report, path: file, schemeOverride: scheme).map { files.relative($0, fromFileAt: out) } }
        if xlsx, let output {
            do {
                let bytes = try XLSXWriter().workbook(RubricTable.sheets(scored, schemeAs: schemeAs))
                do { try files.writeBytes(bytes, to: output, overwrite: false) } catch { Console.report(error.diagnostic); throw ExitCode(ExitStatus.code(for: error.diagnostic)) }
            } catch let d as Diagnostic {
                Console.report(d)
                throw ExitCode(ExitStatus.dataError)
            }
            return
        }
        let text = csv ? RubricTable.csv(scored, schemeAs: schemeAs) : html ? ReportPage.html(scored) : JSONExport.json(scored)
        if let output {
            do { try files.write(text, to: output, overwrite: false) } catch {
                Console.report(error.diagnostic)
                throw ExitCode(ExitStatus.code(for: error.diagnostic))
            }
        } else {
            Console.writeOut(text)
        }
    }
}

/// How a table is read: the sheet of a workbook, and a layout file for headers rubric does not know.
struct TableOptions: ParsableArguments {
    @Option(name: .long, help: help("For a workbook (.xlsx): the sheet to read (default: the first with an indicator header).", "工作簿（.xlsx）中要读取的工作表（默认：第一个有指标表头的工作表）。")) var sheet: String?
    @Option(name: .long, help: help("A layout file naming which header of the table is which column (docs/tables.md).", "版式文件：说明表格的哪个表头是哪一列（见 docs/tables.md）。", valueName: "file")) var layout: String?
}

/// Shared steps of the one-shot commands.
enum CommandSupport {
    /// `--sheet` reads a workbook's sheet: given for no workbook, it would do nothing, so it is refused.
    static func checkSheet(_ sheet: String?, for paths: [String]) throws {
        guard let sheet, !paths.contains(where: { $0.lowercased().hasSuffix(".xlsx") || $0.lowercased().hasSuffix(".xlsm") }) else { return }
        throw ValidationError(Message.sheetNeedsWorkbook.text(sheet))
    }

    /// Loads and scores a report, printing warnings; a failure prints its diagnostic and exits with 65 or 66.
    static func loadScored(_ path: String, scheme: String?, table: TableOptions, files: FileAccess, weightWarnings: Bool = true) throws -> ScoredReport {
        try loadScored(path, scheme: scheme, sheet: table.sheet, layout: table.layout, files: files, weightWarnings: weightWarnings)
    }

    /// Weights that do not add up are warned of (`check` passes `weightWarnings: false`: it lists them as findings).
    static func loadScored(_ path: String, scheme: String?, sheet: String?, layout: String?, files: FileAccess, weightWarnings: Bool = true) throws -> ScoredReport {
        do {
            let layout = try layout.map { p throws(Diagnostic) in try ReportFiles.layout(p, files: files) }
            let (report, warnings) = try ReportFiles.load(path, files: files, sheet: sheet, layout: layout)
            for w in warnings { Console.report(w) }
            let scored = try ReportFiles.score(report, path: path, schemeOverride: scheme, files: files)
            if weightWarnings { for w in Audit.weightWarnings(scored, file: path) { Console.report(w) } }
            return scored
        } catch {
            Console.report(error)
            throw ExitCode(ExitStatus.code(for: error))
        }
    }
}
