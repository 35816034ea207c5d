import ArgumentParser
import Foundation
import RubricCore
import RubricShell

/// `rubric [FILE] [ARGS…]`, `rubric -e STATEMENTS`: the shell on a terminal, or a script / statements in batch.
///
/// FILE is a report (opened in the shell) or a `.rubric` script (run). With no terminal on stdin,
/// statements are read from it in batch mode: no banner, no prompt, stop at the first error.
struct OpenCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "open",
        abstract: localized("Open the shell on a report, or run a script (the default command).", "在报告上打开交互界面，或运行脚本（默认命令）。"),
        discussion: localized("""
        Examples:
          rubric examples/reports/seed003-zengcheng-2022.yaml     open the shell on a report
          rubric analysis.rubric 2023                             run a script with an argument
          rubric -e 'load "r.yaml"; print total'                  run statements
          echo 'print total' | rubric r.yaml                      batch mode from stdin
        Exit codes: 0 success, 1 a failed assert, 2 usage, 65 bad data or script error, 66 missing file.
        """, """
        示例：
          rubric examples/reports/seed003-zengcheng-2022.yaml     在报告上打开交互界面
          rubric analysis.rubric 2023                             运行脚本，并传入一个参数
          rubric -e 'load "r.yaml"; print total'                  执行语句
          echo 'print total' | rubric r.yaml                      从标准输入批量执行
        退出码：0 成功，1 断言不成立，2 用法错误，65 数据或脚本错误，66 文件不存在。
        """)) }

    @Argument(help: help("A report (.yaml/.tsv/.csv) to open, or a script (.rubric) to run.", "要打开的报告（.yaml/.tsv/.csv），或要运行的脚本（.rubric）。")) var file: String?
    @Argument(parsing: .captureForPassthrough, help: help("Arguments for the script (args in the script).", "传给脚本的参数（脚本中的 args）。")) var arguments: [String] = []
    @Option(name: .short, help: help("Run these statements and exit.", "执行这些语句后退出。")) var e: String?
    @Option(name: .long, help: help("Load this report before running the script or statements.", "运行脚本或语句之前先载入这个报告。")) var report: String?
    @Flag(name: .long, help: help("Continue after an error or a failed assert.", "出错或断言不成立后继续执行。")) var keepGoing = false
    @Flag(name: .long, help: help("Never send long output through $PAGER.", "长输出不经过 $PAGER 分页显示。")) var noPager = false

    func run() throws {
        var me = self
        var report = self.report, keepGoing = self.keepGoing, noPager = self.noPager
        me.arguments = ScriptArguments.extract(from: arguments, report: &report, keepGoing: &keepGoing, noPager: &noPager)
        me.report = report; me.keepGoing = keepGoing; me.noPager = noPager
        try me.execute()
    }

    func execute() throws {
        let files = LocalFiles()
        let session = Session(files: files, arguments: arguments)
        session.keepGoing = keepGoing
        var scriptPath: String?
        if let f = file, f.hasSuffix(".rubric") { scriptPath = f }
        // A mistyped command (`rubric scroe x.yaml`) is not a report to open.
        if let f = file, !f.contains("."), !f.contains("/"), !files.exists(f) {
            let commands = ["score", "check", "review", "export", "run", "open"]
            let near = NearNames.suggest(f, among: commands, limit: 1)
            Console.report(Diagnostic(.error, phase: .usage, .notCommandNorFile, f,
                                      hint: (near.first.map { Message.didYouMeanCommand.text($0) } ?? "") + Message.commandsAndReports.text(commands.joined(separator: ", "))))
            throw ExitCode(ExitStatus.usage)
        }
        // Arguments after a report (not a script) would be ignored: say so instead (`rubric a.yaml -e …`, `rubric a.yaml b.yaml`).
        if scriptPath == nil, let f = file, !arguments.isEmpty {
            let hint = arguments.first.map { $0.hasPrefix("-") ? Message.optionsBeforeReport.text($0, f) : Message.oneReportAtATime.text(f, arguments.joined(separator: " ")) } ?? ""
            Console.report(Diagnostic(.error, phase: .usage, arguments.count == 1 ? .unexpectedArgument : .unexpectedArguments, f, arguments.joined(separator: " "), hint: hint))
            throw ExitCode(ExitStatus.usage)
        }
        let reportPath = report ?? (scriptPath == nil ? file : nil)
        if let r = reportPath {
            do {
                for w in try session.load(r) { Console.report(w) }
            } catch {
                Console.report(error)
                throw ExitCode(ExitStatus.code(for: error))
            }
        }
        if let script = scriptPath {
            let text: String
            do { text = try files.read(script) } catch {
                Console.report(error.diagnostic)
                throw ExitCode(error == .notFound(script) ? ExitStatus.missingFile : ExitStatus.dataError)
            }
            throw ExitCode(Batch.run(session, SourceFile(name: script, text: text)))
        }
        if let statements = e {
            throw ExitCode(Batch.run(session, SourceFile(name: "<-e>", text: statements)))
        }
        if !Console.stdinIsTTY {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            throw ExitCode(Batch.run(session, SourceFile(name: "<stdin>", text: String(decoding: data, as: UTF8.self))))
        }
        session.asksBeforeLosingWork = true
        let status = runInteractiveShell(host: session, noPager: noPager, colour: Console.colourAllowed(fd: 1))
        throw ExitCode(status)
    }
}

/// `rubric run SCRIPT [--report R] [ARGS…]`.
struct RunCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "run",
        abstract: localized("Run an analysis script non-interactively (exit 1 when an assert fails).", "以非交互方式运行分析脚本（断言不成立时退出码为 1）。")) }

    @Argument(help: help("The script (.rubric).", "脚本（.rubric）。")) var script: String
    @Argument(parsing: .captureForPassthrough, help: help("Arguments for the script.", "传给脚本的参数。")) var arguments: [String] = []
    @Option(name: .long, help: help("Load this report before the script runs.", "脚本运行之前先载入这个报告。")) var report: String?
    @Flag(name: .long, help: help("Continue after an error or a failed assert.", "出错或断言不成立后继续执行。")) var keepGoing = false

    func run() throws {
        var me = self
        var noPager = false, report = self.report, keepGoing = self.keepGoing
        me.arguments = ScriptArguments.extract(from: arguments, report: &report, keepGoing: &keepGoing, noPager: &noPager)
        me.report = report; me.keepGoing = keepGoing
        try me.execute()
    }

    func execute() throws {
        var open = OpenCommand()
        open.file = script.hasSuffix(".rubric") ? script : script
        open.arguments = arguments
        open.report = report
        open.keepGoing = keepGoing
        if !script.hasSuffix(".rubric") {
            // Any file name works with `run`: treat it as a script.
            let files = LocalFiles()
            let session = Session(files: files, arguments: arguments)
            session.keepGoing = keepGoing
            if let r = report {
                do { for w in try session.load(r) { Console.report(w) } } catch {
                    Console.report(error); throw ExitCode(ExitStatus.code(for: error))
                }
            }
            let text: String
            do { text = try files.read(script) } catch {
                Console.report(error.diagnostic)
                throw ExitCode(error == .notFound(script) ? ExitStatus.missingFile : ExitStatus.dataError)
            }
            throw ExitCode(Batch.run(session, SourceFile(name: script, text: text)))
        }
        try open.execute()
    }
}

/// Rubric's own options written after the script name (`rubric run s.rubric --report r.yaml 2023`) are
/// taken out of the script's arguments; everything after `--` goes to the script untouched.
enum ScriptArguments {
    static func extract(from args: [String], report: inout String?, keepGoing: inout Bool, noPager: inout Bool) -> [String] {
        var out: [String] = []
        var i = 0
        while i < args.count {
            let a = args[i]
            if a == "--" { out += args[(i + 1)...]; break }
            if a == "--report", i + 1 < args.count { report = args[i + 1]; i += 2; continue }
            if a.hasPrefix("--report=") { report = String(a.dropFirst("--report=".count)); i += 1; continue }
            if a == "--keep-going" { keepGoing = true; i += 1; continue }
            if a == "--no-pager" { noPager = true; i += 1; continue }
            out.append(a)
            i += 1
        }
        return out
    }
}

/// Runs statements without a terminal: prints outputs, then the assert summary; returns the exit status.
enum Batch {
    static func run(_ session: Session, _ file: SourceFile) -> Int32 {
        let result = session.runScript(file, checked: true)
        let (out, err) = renderForBatch(result.outputs)
        Console.writeOut(out)
        Console.writeErr(err)
        let asserts = result.assertsPassed + result.assertsFailed
        if asserts > 0 {
            Console.writeOut(Message.assertsSummary.text(String(result.assertsPassed), String(result.assertsFailed)) + "\n")
        }
        if result.assertsFailed > 0 { return ExitStatus.assertionFailed }
        if let f = result.failure { return ExitStatus.code(for: f) }
        return ExitStatus.success
    }
}
