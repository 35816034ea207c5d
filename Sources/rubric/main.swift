import ArgumentParser
import Foundation
import RubricCore
import RubricWorkbook

/// The `rubric` command: the shell by default, scripts, and one-shot scoring commands.
struct Rubric: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "rubric",
        abstract: localized("What-if analysis of budget performance self-evaluation scores (部门整体支出绩效自评).", "预算绩效自评得分的假设分析（部门整体支出绩效自评）。"),
        discussion: localized("""
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
        """, """
        示例：
          rubric report.yaml                   在报告上打开交互界面
          rubric analysis.rubric 2023          运行脚本，并传入一个参数
          rubric -e 'print total' r.yaml       执行语句后退出
          rubric score table.tsv               对公布的自评表计分
          rubric check report.yaml             核对公布得分与计算得分

        没有终端时，从标准输入读取语句。
        在交互界面中：help（帮助）、tutorial（教程）。
        退出码：0 成功，1 断言不成立或审核发现错误，2 用法错误，
        65 数据或脚本错误，66 文件不存在。
        语言：--lang zh|en（任何命令都可用），否则按 $XDG_CONFIG_HOME/rubric/config 中的 `lang = zh`，
        再否则按区域设置（LC_ALL、LC_MESSAGES、LANG 以 zh 开头）；交互界面中用 `set lang` 切换。
        环境变量：NO_COLOR、PAGER、RUBRIC_HISTORY、LANG、XDG_CONFIG_HOME。
        """),
        version: "0.1.0",
        subcommands: [OpenCommand.self, ScoreCommand.self, CheckCommand.self, ReviewCommand.self, ExportCommand.self, RunCommand.self],
        defaultSubcommand: OpenCommand.self) }
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
            Console.writeErr(Message.cliError.text(Message.langTakesZhOrEn.text(value, in: language), in: language) + "\n")
            exit(2)
        }
        language = chosen
        arguments.removeSubrange(k..<(a == "--lang" ? k + 2 : k + 1))
    }
    InterfaceLanguage.current = language
}

do {
    if arguments.count == 2, arguments[0] == "score", !arguments[1].hasPrefix("-") {
        // `rubric score FILE`, the commonest one-shot command, without ArgumentParser: its start-up (reflection over
        // every subcommand, the runtime's first protocol-conformance scans) was a quarter of a cold start (issue 15).
        try ScoreCommand.score(arguments[1], scheme: nil, sheet: nil, layout: nil, includeTargets: true)
    } else {
        var command = try Rubric.parseAsRoot(arguments)
        try command.run()
    }
} catch {
    // `--help` in Chinese: ArgumentParser's headings and its own options' help put into Chinese too.
    if InterfaceLanguage.current == .zh, Rubric.exitCode(for: error) == .success {
        let text = Rubric.fullMessage(for: error)
        if text.contains("USAGE:") {
            Console.writeOut(chineseHelpFrame(text) + "\n")
            exit(0)
        }
    }
    if Rubric.exitCode(for: error).rawValue == 64 {
        Console.writeErr(usageMessage(Rubric.fullMessage(for: error)) + "\n")
        exit(2)
    }
    Rubric.exit(withError: error)
}
