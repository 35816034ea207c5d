import ArgumentParser
import RubricCore
import RubricShell
import RubricWorkbook

/// `rubric score FILE`: the scored tree, the 一级 rates, total and grade.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score a report: every indicator, the 一级 rates, the total and the grade.",
        discussion: "FILE is a native report (.yaml) or a published 自评表 table (.xlsx, .csv, .tsv, .txt).")

    @Argument(help: "The report file.") var file: String
    @Option(name: .long, help: "Score under this scheme (a built-in id such as national-project, or a scheme file).") var scheme: String?
    @OptionGroup var table: TableOptions
    @Flag(name: .long, help: "Leave the targets (绩效指标) out of the table.") var noTargets = false

    func validate() throws { try CommandSupport.checkSheet(table.sheet, for: [file]) }

    func run() throws {
        let files = LocalFiles()
        let scored = try CommandSupport.loadScored(file, scheme: scheme, table: table, files: files)
        Console.writeOut(renderTable(ScoreTable.tree(scored, includeTargets: !noTargets)))
    }
}

/// `rubric check FILE…`: the audit of each file; non-zero exit when an error-level finding exists in any.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Audit reports: published vs computed scores, weights, bands, stated rates.",
        discussion: "Each file is audited in turn (`rubric review` gives a league table of a whole folder). Exits with status 1 when a finding at error level exists, 65 when a file cannot be read.")

    @Argument(help: "The report files.") var files: [String]
    @Option(name: .long, help: "Check under this scheme instead of the report's.") var scheme: String?
    @OptionGroup var table: TableOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("name a report to check, or several: rubric check a.yaml b.xlsx") }
        try CommandSupport.checkSheet(table.sheet, for: files)
    }

    func run() throws {
        let access = LocalFiles()
        var errors = false
        var unreadable: Int32?
        for file in files {
            let scored: ScoredReport
            do { scored = try CommandSupport.loadScored(file, scheme: scheme, table: table, files: access) } catch let exit as ExitCode {
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
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the scored report: JSON (schema rubric-scored-report/2, docs/json-schema.md), CSV or a workbook for Excel, or an HTML page.")

    @Argument(help: "The report file.") var file: String
    @Flag(name: .long, help: "JSON (the default).") var json = false
    @Flag(name: .long, help: "CSV that Chinese Excel opens as it is (UTF-8 with BOM, Chinese headers, 总分 and 等级 rows); rubric reads it back.") var csv = false
    @Flag(name: .long, help: "A workbook (.xlsx, needs --output): the same table, and the findings of `check` on a second sheet.") var xlsx = false
    @Flag(name: .long, help: "One self-contained HTML page: scores as bars against weights, completion rates, the score table, findings.") var html = false
    @Option(name: [.short, .long], help: "Write to this file instead of standard output (never replaces an existing file).") var output: String?
    @Option(name: .long, help: "Score under this scheme instead of the report's.") var scheme: String?
    @OptionGroup var table: TableOptions

    func validate() throws {
        try CommandSupport.checkSheet(table.sheet, for: [file])
        if [json, csv, xlsx, html].filter({ $0 }).count > 1 { throw ValidationError("--json, --csv, --xlsx and --html each choose the format: give one") }
        if xlsx && output == nil { throw ValidationError("--xlsx writes a workbook: name it with --output FILE.xlsx") }
    }

    func run() throws {
        let files = LocalFiles()
        let scored = try CommandSupport.loadScored(file, scheme: scheme, table: table, files: files)
        if xlsx, let output {
            do {
                let bytes = try XLSXWriter().workbook(RubricTable.sheets(scored))
                do { try files.writeBytes(bytes, to: output, overwrite: false) } catch { Console.report(error.diagnostic); throw ExitCode(ExitStatus.dataError) }
            } catch let d as Diagnostic {
                Console.report(d)
                throw ExitCode(ExitStatus.dataError)
            }
            return
        }
        let text = csv ? RubricTable.csv(scored) : html ? ReportPage.html(scored) : JSONExport.json(scored)
        if let output {
            do { try files.write(text, to: output, overwrite: false) } catch {
                Console.report(error.diagnostic)
                throw ExitCode(ExitStatus.dataError)
            }
        } else {
            Console.writeOut(text)
        }
    }
}

/// How a table is read: the sheet of a workbook, and a layout file for headers rubric does not know.
struct TableOptions: ParsableArguments {
    @Option(name: .long, help: "For a workbook (.xlsx): the sheet to read (default: the first with an indicator header).") var sheet: String?
    @Option(name: .long, help: ArgumentHelp("A layout file naming which header of the table is which column (docs/tables.md).", valueName: "file")) var layout: String?
}

/// Shared steps of the one-shot commands.
enum CommandSupport {
    /// `--sheet` reads a workbook's sheet: given for no workbook, it would do nothing, so it is refused.
    static func checkSheet(_ sheet: String?, for paths: [String]) throws {
        guard let sheet, !paths.contains(where: { $0.lowercased().hasSuffix(".xlsx") || $0.lowercased().hasSuffix(".xlsm") }) else { return }
        throw ValidationError("--sheet \(sheet) picks a sheet of a workbook (.xlsx), and no file given is one")
    }

    /// Loads and scores a report, printing warnings; a failure prints its diagnostic and exits with 65 or 66.
    static func loadScored(_ path: String, scheme: String?, table: TableOptions, files: FileAccess) throws -> ScoredReport {
        do {
            let layout = try table.layout.map { p throws(Diagnostic) in try ReportFiles.layout(p, files: files) }
            let (report, warnings) = try ReportFiles.load(path, files: files, sheet: table.sheet, layout: layout)
            for w in warnings { Console.report(w) }
            return try ReportFiles.score(report, path: path, schemeOverride: scheme, files: files)
        } catch {
            Console.report(error)
            throw ExitCode(ExitStatus.code(for: error))
        }
    }
}
