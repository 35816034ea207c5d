import ArgumentParser
import Foundation
import RubricCore
import RubricShell
import RubricWorkbook

/// `rubric review PATH…`: every report and table under the paths, scored and audited in parallel: a league table and
/// the findings across reports; exit 1 when any error-level finding exists (`--fail-on warning` to tighten).
struct ReviewCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "review",
        abstract: localized("Review a folder of reports and tables: a league table and the findings across them.", "审核一个文件夹中的报告和表格：排名表，以及各报告的审核意见。"),
        discussion: localized("""
        Folders are searched recursively for .yaml, .xlsx, .csv, .tsv and .txt files. A file that cannot be read is a row
        with its error. Exit status: 0 no error-level finding, 1 findings at --fail-on level or above, 2 usage.
        """, """
        在文件夹中（含子文件夹）查找 .yaml、.xlsx、.csv、.tsv 和 .txt 文件。无法读取的文件单列一行，给出其错误。
        退出码：0 没有错误级别的审核意见，1 有 --fail-on 级别或更高级别的审核意见，2 用法错误。
        """)) }

    @Argument(help: help("Files and folders to review.", "要审核的文件和文件夹。")) var paths: [String]
    @Option(help: help("Sort the league table by total (default), name, findings or delta.", "排名表的排序方式：total（总分，默认）、name（名称）、findings（审核意见数）或 delta（差额）。")) var sort: String = "total"
    @Flag(help: help("Print the review as JSON (docs/json-schema.md, rubric-review/1).", "以 JSON 输出审核结果（见 docs/json-schema.md，rubric-review/1）。")) var json = false
    @Flag(help: help("Print the league table as CSV (UTF-8 with a BOM, for Excel).", "以 CSV 输出排名表（带 BOM 的 UTF-8，供 Excel 使用）。")) var csv = false
    @Option(help: help("Also write the review as one HTML page: league table, charts, each report's tree (never replaces a file).", "同时把审核结果写成一个 HTML 网页：排名表、图表、各报告的指标树（不会替换已有文件）。", valueName: "file")) var html: String?
    @Option(help: help("Also write the review as a workbook: the league table, and the findings on a second sheet.", "同时把审核结果写成工作簿：排名表，第二个工作表是审核意见。", valueName: "file")) var xlsx: String?
    @Option(name: .customLong("fail-on"), help: help("Exit 1 on findings of this level or above: error (default) or warning.", "有这一级别或更高级别的审核意见时退出码为 1：error（默认）或 warning。")) var failOn: String = "error"

    func validate() throws {
        guard ["total", "name", "findings", "delta"].contains(sort) else { throw ValidationError(Message.sortValues.text(sort)) }
        guard ["error", "warning"].contains(failOn) else { throw ValidationError(Message.failOnValues.text(failOn)) }
        if json && csv { throw ValidationError(Message.jsonOrCSV.text()) }
    }

    func run() throws {
        let files = LocalFiles()
        let (found, missing) = Review.files(under: paths, files: files)
        for m in missing { Console.report(Diagnostic(phase: .io, .noSuchFileOrFolder, m)) }
        if found.isEmpty {
            Console.report(Diagnostic(phase: .io, .noReportUnder, paths.joined(separator: ", "),
                                      hint: .reviewedExtensions, Review.extensions.map { "." + $0 }.joined(separator: ", ")))
            throw ExitCode(ExitStatus.missingFile)
        }
        let tty = Console.stdinIsTTY && isatty(STDERR_FILENO) == 1
        let started = Date()
        // Refuse before the work, not after it, to replace a file.
        for out in [html, xlsx].compactMap({ $0 }) where files.exists(out) {
            Console.report(Diagnostic(phase: .io, .fileExists, out, hint: .removeItFirst))
            throw ExitCode(ExitStatus.cannotCreate)
        }
        var entries = Review.run(found, files: files, workers: ProcessInfo.processInfo.activeProcessorCount, detail: html != nil) { done, total in
            // A progress line on a terminal only, once work takes a moment; nothing in piped output.
            guard tty, done % 10 == 0 || done == total, Date().timeIntervalSince(started) > 1 else { return }
            FileHandle.standardError.write(Data("\r\u{1B}[Kreviewed \(done) of \(total)".utf8))
        }
        if tty, Date().timeIntervalSince(started) > 1 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        entries.sort(by: order)
        let groups = Review.groups(entries)
        if json { Console.writeOut(ReviewReport.json(entries, groups: groups)) }
        else if csv { Console.writeOut(ReviewReport.csv(entries)) }
        else { Console.writeOut(ReviewReport.text(entries, groups: groups)) }
        do {
            if let html { try files.write(ReviewPage.html(entries, groups: groups), to: html, overwrite: false) }
            if let xlsx { try files.writeBytes(try XLSXWriter().workbook(ReviewReport.sheets(entries, groups: groups)), to: xlsx, overwrite: false) }
        } catch let e as FileAccessError {
            Console.report(e.diagnostic)
            throw ExitCode(ExitStatus.code(for: e.diagnostic))
        } catch let d as Diagnostic {
            Console.report(d)
            throw ExitCode(ExitStatus.dataError)
        }
        let worst: Severity = failOn == "warning" ? .warning : .error
        let failing = entries.contains { $0.error != nil || $0.findings.contains { $0.severity >= worst } }
        if failing { throw ExitCode(1) }
    }

    func order(_ a: Review.Entry, _ b: Review.Entry) -> Bool {
        switch sort {
        case "name": return a.title < b.title
        case "findings": return (a.errors, a.warnings) > (b.errors, b.warnings)
        case "delta": return (a.delta?.magnitude ?? .zero) > (b.delta?.magnitude ?? .zero)
        default:
            // Unreadable files last, incomplete totals (lower bounds) after complete ones; otherwise highest total first.
            let ia = a.total != nil && a.incomplete, ib = b.total != nil && b.incomplete
            if ia != ib, a.total != nil, b.total != nil { return !ia }
            switch (a.total, b.total) {
            case (let x?, let y?): return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.path < b.path
            }
        }
    }
}
