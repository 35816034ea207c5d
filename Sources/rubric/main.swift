import ArgumentParser
import Foundation
import RubricCore
import RubricWorkbook

/// The `rubric` command: the shell by default, scripts, and one-shot scoring commands.
struct Rubric: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rubric",
        abstract: "What-if analysis of budget performance self-evaluation scores (部门整体支出绩效自评).",
        discussion: """
        Examples:
          rubric report.yaml                   the shell on a report
          rubric analysis.rubric 2023          a script, with an argument
          rubric -e 'print total' r.yaml       statements, then exit
          rubric score table.tsv               score a published 自评表 table
          rubric check report.yaml             audit published vs computed

        Without a terminal, statements are read from stdin.
        In the shell: help, tutorial.
        Exit codes: 0 ok, 1 failed assert or audit error, 2 usage,
        65 bad data or script error, 66 missing file.
        Language: --lang zh|en (any command), else `lang = zh` in $XDG_CONFIG_HOME/rubric/config,
        else the locale (LC_ALL, LC_MESSAGES, LANG starting with zh); `set lang` in the shell.
        Environment: NO_COLOR, PAGER, RUBRIC_HISTORY, LANG, XDG_CONFIG_HOME.
        """,
        version: "0.1.0",
        subcommands: [OpenCommand.self, ScoreCommand.self, CheckCommand.self, ReviewCommand.self, ExportCommand.self, RunCommand.self],
        defaultSubcommand: OpenCommand.self)
}

// Usage errors exit with 2 (not ArgumentParser's 64), as documented: 0 ok, 1 assert, 2 usage, 65 data, 66 missing file.
// Workbooks (.xlsx) are read through ZIPFoundation, outside the core.
ReportFiles.workbooks = XLSXReader()
ReportFiles.workbookWriter = XLSXWriter()

// The interface language: --lang (anywhere before `--`), else the config file, else the locale.
var arguments = Array(CommandLine.arguments.dropFirst())
do {
    let environment = ProcessInfo.processInfo.environment
    var language = InterfaceLanguage.configPath(environment).flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
        .flatMap(InterfaceLanguage.fromConfig) ?? InterfaceLanguage.fromLocale(environment)
    var k = 0
    while k < arguments.count, arguments[k] != "--" {
        let a = arguments[k]
        guard a == "--lang" || a.hasPrefix("--lang=") else { k += 1; continue }
        let value = a == "--lang" ? (k + 1 < arguments.count ? arguments[k + 1] : "") : String(a.dropFirst("--lang=".count))
        guard let chosen = InterfaceLanguage(word: value) else {
            Console.writeErr("Error: --lang takes zh or en, not '\(value)'\n")
            exit(2)
        }
        language = chosen
        arguments.removeSubrange(k..<(a == "--lang" ? k + 2 : k + 1))
    }
    InterfaceLanguage.current = language
}

do {
    var command = try Rubric.parseAsRoot(arguments)
    try command.run()
} catch {
    if Rubric.exitCode(for: error).rawValue == 64 {
        Console.writeErr(Rubric.fullMessage(for: error) + "\n")
        exit(2)
    }
    Rubric.exit(withError: error)
}
