import Foundation
import RubricCore

/// Runs the interactive shell over `host` on the terminal until Ctrl-D or `quit`; returns the exit status.
///
/// Call only when stdin is a terminal (otherwise run batch mode with `renderForBatch`).
/// `colour`: whether stdout may be coloured (a terminal, `NO_COLOR` unset, `TERM` not `dumb`).
public func runInteractiveShell(host: ShellHost, noPager: Bool, colour: Bool) -> Int32 {
    let environment = ProcessInfo.processInfo.environment
    let shell = Shell(host: host, noPager: noPager, colour: colour, environment: environment)
    return shell.run()
}

/// The read-eval-print loop: prompt, continuation lines, numbered inputs, rendering and paging of outputs.
final class Shell {
    private let host: ShellHost
    private let editor: LineEditor
    private var renderer: Renderer
    private let prompt: Prompt
    private let pager: Pager
    private var inputNumber = 0

    /// A shell over `host`; history goes to the default history file for `environment`.
    init(host: ShellHost, noPager: Bool, colour: Bool, environment: [String: String]) {
        self.host = host
        self.editor = LineEditor(historyPath: LineEditor.defaultHistoryPath(environment: environment))
        self.renderer = Renderer(style: Style(colour: colour))
        self.prompt = Prompt(colour: colour)
        self.pager = Pager(enabled: !noPager && Terminal.isTTY(STDOUT_FILENO), environment: environment)
        editor.completer = { [unowned host] line, cursor in host.complete(line: line, cursor: cursor) }
        host.cancellation = CtrlC.cancellation
    }

    /// Shows the banner, then reads and runs inputs until end of input or `quit`; returns 0.
    func run() -> Int32 {
        show(host.banner())
        var pending: [String] = []
        while !host.wantsToQuit {
            let text = pending.isEmpty ? prompt.main(host.promptInfo) : prompt.continuation
            switch editor.readLine(prompt: text) {
            case .interrupted:
                pending = []
            case .endOfInput:
                Terminal.out("\n")
                if !pending.isEmpty { execute(pending.joined(separator: "\n")); pending = [] }
                if let ask = host.confirmLeave() { show(ask); continue }
                return 0
            case .line(let line):
                editor.addHistory(line)
                pending.append(line)
                let input = pending.joined(separator: "\n")
                if host.isIncomplete(input) { continue }
                pending = []
                if input.allSatisfy({ $0.isWhitespace }) { continue }
                execute(input)
            }
        }
        return 0
    }

    // MARK: Implementation

    /// Runs one complete input as `<input N>`; Ctrl-C during the run asks the computation to stop.
    private func execute(_ input: String) {
        inputNumber += 1
        CtrlC.clear()
        ProgressLine.start()
        let outputs = host.run(SourceFile(name: "<input \(inputNumber)>", text: input))
        ProgressLine.finish()
        CtrlC.clear()
        show(outputs)
    }

    /// Writes rendered outputs in order, through the pager when taller than the screen.
    private func show(_ outputs: [Output]) {
        renderer.width = Terminal.size().columns
        let chunks = renderer.render(outputs)
        let all = chunks.map(\.text).joined()
        if pager.shouldPage(all), pager.show(all) { return }
        for chunk in chunks {
            switch chunk.stream {
            case .stdout: Terminal.out(chunk.text)
            case .stderr: Terminal.err(chunk.text)
            }
        }
    }
}
