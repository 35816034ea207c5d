import Foundation
import Testing

/// The interactive shell as a person uses it: the real `rubric` binary on `examples/reports/seed003.yaml`
/// (or `seed003-*.yaml`) in a pseudo-terminal. Build first (`swift build`); set RUBRIC_PTY_TESTS=0 to skip, RUBRIC_BIN to use another binary.
@Suite("Interactive shell in a terminal", .serialized,
       .enabled(if: ProcessInfo.processInfo.environment["RUBRIC_PTY_TESTS"] != "0"))
struct ShellPTYTests {
    /// `examples/reports/seed003.yaml`, or the seed 003 report under its longer name.
    static let report: String = {
        let dir = PTYSession.packageRoot + "/examples/reports"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        let name = names.contains("seed003.yaml") ? "seed003.yaml"
            : names.sorted().first { $0.hasPrefix("seed003") && $0.hasSuffix(".yaml") } ?? "seed003.yaml"
        return "examples/reports/" + name
    }()
    static let up = "\u{1B}[A", left = "\u{1B}[D", ctrlC = "\u{03}", ctrlD = "\u{04}", backspace = "\u{7F}"

    /// A fresh directory for one test's history file.
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-pty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Starts the shell on the seed report and waits for its first prompt.
    private func startShell(history: URL, env: [String: String] = [:]) throws -> PTYSession {
        var environment = ["RUBRIC_HISTORY": history.path, "NO_COLOR": "1"]
        for (k, v) in env { environment[k] = v }
        if environment["NO_COLOR"] == "" { environment["NO_COLOR"] = nil }
        let session = try PTYSession.start(args: [Self.report], env: environment)
        try session.waitFor("rubric[seed003")
        try session.waitFor("]> ")
        return session
    }

    // MARK: In Chinese

    @Test func aChineseLocaleGivesAChineseShell() throws {
        let dir = try temporaryDirectory()
        let shell = try startShell(history: dir.appendingPathComponent("h"), env: ["LANG": "zh_CN.UTF-8", "XDG_CONFIG_HOME": dir.path])
        defer { shell.terminate() }
        #expect(shell.output.contains("`帮助` 查看帮助"))                          // the banner
        shell.send("帮助\r")
        try shell.waitFor("Rubric：载入一份绩效自评报告")
        try shell.waitFor("]> ")
        shell.send("显示值 round（总分，1）\r")                                     // a keyword and IME punctuation
        try shell.waitFor("91.4")
        try shell.waitFor("]> ")
        shell.send("显示值 专项资金支出律.得分\r")                                 // a Chinese error with its did-you-mean
        try shell.waitFor("错误: 没有名为“专项资金支出律”的指标或变量")
        try shell.waitFor("提示: 您是不是要输入 “专项资金支出率”？")
        try shell.waitFor("]> ")
        shell.send("设置 语言 英文\r")
        try shell.waitFor("interface language: English")
        try shell.waitFor("]> ")
        shell.send("print 专项资金支出律\r")
        try shell.waitFor("error: no indicator or variable named '专项资金支出律'")
    }

    // MARK: Progress

    @Test func aLongSweepShowsItsProgressAndCtrlCStopsIt() throws {
        let dir = try temporaryDirectory()
        let shell = try startShell(history: dir.appendingPathComponent("h"))
        defer { shell.terminate() }
        shell.send("sweep 合同备案时效性.entered from 0 to 1 step 0.0000002\r")
        let progress = try shell.waitFor("Ctrl-C stops", timeout: 30)
        #expect(progress.contains(" of 5,000,001 ("))
        shell.send(Self.ctrlC)
        try shell.waitFor("]> ", timeout: 30)
        // The line was erased before the result was printed: no progress text after the last one drawn.
        let screen = PTYSession.stripANSI(shell.output)
        let tail = screen[(screen.range(of: "Ctrl-C stops", options: .backwards)?.upperBound ?? screen.startIndex)...]
        #expect(!tail.contains(" of 5,000,001"))
        #expect(tail.contains("stopped") || tail.contains("Ctrl-C"), "the sweep says it was stopped")
    }

    // MARK: Completion

    @Test func tabCompletesAChinesePrefixToTheFullIndicatorName() throws {
        let dir = try temporaryDirectory()
        let shell = try startShell(history: dir.appendingPathComponent("history"))
        defer { shell.terminate() }
        shell.send("专项资金支\t")
        try shell.waitFor("专项资金支出率")
    }

    @Test func tabOnAnAmbiguousPrefixListsTheCandidates() throws {
        let dir = try temporaryDirectory()
        let shell = try startShell(history: dir.appendingPathComponent("history"))
        defer { shell.terminate() }
        shell.send("专项\t\t")
        let listing = try shell.waitFor("]> ")  // the prompt is redrawn under the list
        #expect(listing.contains("专项效能"))
        #expect(listing.contains("专项资金支出率"))
    }

    // MARK: History

    @Test func historyIsRecalledByPrefixAfterARestart() throws {
        let dir = try temporaryDirectory()
        let history = dir.appendingPathComponent("history")
        do {
            let first = try startShell(history: history)
            defer { first.terminate() }
            first.send("print 111 * 3\r")
            try first.waitFor("333")
            first.send("print 5 + 5\r")
            try first.waitFor("10")
            try first.waitFor("]> ")
            first.send(Self.ctrlD)
            #expect(first.waitForExit() == 0)
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: history.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        let second = try startShell(history: history)
        defer { second.terminate() }
        // "print 5 + 5" is newer but does not start with "print 111".
        second.send("print 111" + Self.up + "\r")
        try second.waitFor("333")
    }

    @Test func repeatedLinesAreKeptOnceInHistory() throws {
        let dir = try temporaryDirectory()
        let history = dir.appendingPathComponent("history")
        let shell = try startShell(history: history)
        defer { shell.terminate() }
        for _ in 0..<3 {
            shell.send("print 2 * 21\r")
            try shell.waitFor("42")
        }
        try shell.waitFor("]> ")
        shell.send(Self.ctrlD)
        #expect(shell.waitForExit() == 0)
        let text = try String(contentsOf: history, encoding: .utf8)
        let lines = text.split(separator: "\n").filter { $0.contains("2") && $0.contains("21") }
        #expect(lines.count == 1)
    }

    // MARK: Ctrl-C, Ctrl-D, quit

    @Test func ctrlCMidLineDiscardsTheLineAndTheShellKeepsWorking() throws {
        let dir = try temporaryDirectory()
        let shell = try startShell(history: dir.appendingPathComponent("history"))
        defer { shell.terminate() }
        shell.send("let abandoned = 1")
        try shell.waitFor("abandoned = 1")
        shell.send(Self.ctrlC)
        try shell.waitFor("]> ")
        shell.send("print 6 * 7\r")
        try shell.waitFor("42")
        try shell.waitFor("]> ")
        #expect(shell.isRunning)
        // The discarded line never ran: the next input is still <input 2>, and `abandoned` is unknown.
        shell.send("print abandoned\r")
        let reply = try shell.waitFor("]> ")
        #expect(reply.contains("<input 2>"))
        #expect(reply.contains("error"))
    }

    @Test func ctrlCInAContinuationDropsTheOpenInput() throws {
        let dir = try temporaryDirectory()
        let shell = try startShell(history: dir.appendingPathComponent("history"))
        defer { shell.terminate() }
        shell.send("print (1 +\r")
        try shell.waitFor("....> ")
        shell.send(Self.ctrlC)
        try shell.waitFor("rubric[seed003")
        shell.send("print 8 * 8\r")
        try shell.waitFor("64")
    }

    @Test func ctrlDOnAnEmptyLineExitsWithStatusZero() throws {
        let dir = try temporaryDirectory()
        let shell = try startShell(history: dir.appendingPathComponent("history"))
        defer { shell.terminate() }
        shell.send(Self.ctrlD)
        #expect(shell.waitForExit() == 0)
    }

    @Test func ctrlDWithUnsavedWorkAsksOnceThenLeaves() throws {
        let dir = try temporaryDirectory()
        let shell = try startShell(history: dir.appendingPathComponent("history"))
        defer { shell.terminate() }
        shell.send("合同备案时效性.entered = 1\r")
        try shell.waitFor("91.92")
        shell.send(Self.ctrlD)
        try shell.waitFor("1 scenario has unsaved changes (baseline: 1)")
        try shell.waitFor("]> ")
        shell.send(Self.ctrlD)
        #expect(shell.waitForExit() == 0)
    }

    @Test func tabCompletesAFileNameAfterLoad() throws {
        let dir = try temporaryDirectory()
        let shell = try startShell(history: dir.appendingPathComponent("history"))
        defer { shell.terminate() }
        shell.send("load \"examples/rep\t")
        try shell.waitFor("examples/reports/")
        shell.send("seed003\t")
        try shell.waitFor("seed003-zengcheng-2022.yaml")
    }

    @Test func aPastedTabInsideAStringSurvives() throws {
        let dir = try temporaryDirectory()
        let shell = try startShell(history: dir.appendingPathComponent("history"))
        defer { shell.terminate() }
        shell.send("print \"a\tb|\"\r")
        try shell.waitFor("a\tb|")
    }

    @Test func quitLeavesTheShell() throws {
        let dir = try temporaryDirectory()
        let shell = try startShell(history: dir.appendingPathComponent("history"))
        defer { shell.terminate() }
        shell.send("quit\r")
        #expect(shell.waitForExit() == 0)
    }

    // MARK: Multi-line input and paste

    @Test func openBracketsAskForAContinuationLineAndRunOnce() throws {
        let dir = try temporaryDirectory()
        let shell = try startShell(history: dir.appendingPathComponent("history"))
        defer { shell.terminate() }
        shell.send("print (1 +\r")
        try shell.waitFor("....> ")
        shell.send("2) * 10\r")
        try shell.waitFor("30")
    }

    @Test func aPastedBlockOfTwentyLinesRunsLineByLineInOrder() throws {
        let dir = try temporaryDirectory()
        let shell = try startShell(history: dir.appendingPathComponent("history"))
        defer { shell.terminate() }
        // Each line needs the one before it: a lost or reordered line breaks the chain.
        var lines = ["let v1 = 7"]
        for i in 2...19 { lines.append("let v\(i) = v\(i - 1) + 1") }
        lines.append("print v19 * 3")
        #expect(lines.count == 20)
        shell.paste(lines)
        let screen = try shell.waitFor("75", timeout: 20)
        #expect(!screen.contains("error"))
    }

    // MARK: Editing Chinese text

    @Test func aChineseCharacterInsertedMidLineRedrawsTheWholeLine() throws {
        let dir = try temporaryDirectory()
        let shell = try startShell(history: dir.appendingPathComponent("history"))
        defer { shell.terminate() }
        // libedit's own update after a wide insert mid-line misplaces the cursor and overwrites the next character;
        // the shell redraws the line whole, so the screen holds the line as it is.
        shell.send("print \"甲乙\"" + Self.left + Self.left + Self.left + "丙")
        try shell.waitFor("]> print \"丙甲乙\"")
        shell.send("丁\r")
        try shell.waitFor("丙丁甲乙")
    }

    @Test func backspaceDeletesAWholeChineseCharacter() throws {
        let dir = try temporaryDirectory()
        let shell = try startShell(history: dir.appendingPathComponent("history"))
        defer { shell.terminate() }
        // Byte-wise editing would leave two bytes of 汉 in the line and the input would not parse.
        shell.send("print 12汉" + Self.backspace + "3\r")
        let reply = try shell.waitFor("]> ")
        #expect(reply.contains("123"))
        #expect(!reply.contains("error"))
    }

    @Test func cursorMovesOverChineseTextByCharacter() throws {
        let dir = try temporaryDirectory()
        let shell = try startShell(history: dir.appendingPathComponent("history"))
        defer { shell.terminate() }
        // Left over 汉 then 9, type 4 before 9, Right over 9, Ctrl-D deletes 汉 under the cursor: `print 49`.
        shell.send("print 9汉" + Self.left + Self.left + "4" + "\u{1B}[C" + Self.ctrlD + "\r")
        let reply = try shell.waitFor("]> ")
        #expect(reply.contains("49"))
        #expect(!reply.contains("error"))
    }

    // MARK: Colour

    @Test func noColorTurnsOffThePromptColours() throws {
        let dir = try temporaryDirectory()
        let shell = try startShell(history: dir.appendingPathComponent("history"), env: ["NO_COLOR": "1"])
        defer { shell.terminate() }
        #expect(!shell.rawOutput.contains("\u{1B}[36mseed003"))
    }

    @Test func aTerminalGetsAColouredPrompt() throws {
        let dir = try temporaryDirectory()
        let shell = try startShell(history: dir.appendingPathComponent("history"), env: ["NO_COLOR": ""])
        defer { shell.terminate() }
        #expect(shell.rawOutput.contains("\u{1B}[36mseed003"))
    }
}
