import Foundation

/// A program running under a pseudo-terminal (through `script -qfec`), driven by keystrokes and read as the screen text.
///
/// `script` gives the child a controlling terminal, so `\u{03}` raises SIGINT and `\u{04}` is Ctrl-D, as in a real terminal.
/// Expectations are sequential, like `expect`: `waitFor` searches the output after the previous match.
final class PTYSession: @unchecked Sendable {
    /// Failures of the harness, with the screen text for the test report.
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var screen: String
        var description: String { "\(message)\n--- screen (ANSI stripped) ---\n\(screen)\n---" }
    }

    private let process = Process()
    private let stdinPipe = Pipe()
    private let stdoutPipe = Pipe()
    private let buffer = OutputBuffer()
    private var consumed = 0  // characters of `output` already matched

    /// Starts `executable` with `args` in a `rows`×`columns` terminal; `env` is added to a minimal environment.
    init(executable: String, args: [String], env: [String: String] = [:], rows: Int = 40, columns: Int = 100,
         directory: String? = nil) throws {
        let command = "stty rows \(rows) cols \(columns); exec " + ([executable] + args).map(Self.shellQuote).joined(separator: " ")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qfec", command, "/dev/null"]
        var environment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8", "PAGER": "cat"]
        if let home = ProcessInfo.processInfo.environment["HOME"] { environment["HOME"] = home }
        for (k, v) in env { environment[k] = v }
        process.environment = environment
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        process.standardError = stdoutPipe
        stdoutPipe.fileHandleForReading.readabilityHandler = { [buffer] handle in
            let data = handle.availableData
            if !data.isEmpty { buffer.append(data) }
        }
        try process.run()
    }

    /// Starts the `rubric` binary (see `binaryPath`) from the package root.
    static func start(args: [String] = [], env: [String: String] = [:], rows: Int = 40, columns: Int = 100) throws -> PTYSession {
        try PTYSession(executable: binaryPath, args: args, env: env, rows: rows, columns: columns, directory: packageRoot)
    }

    /// `$RUBRIC_BIN`, else `.build/debug/rubric` under the package root.
    static var binaryPath: String {
        if let bin = ProcessInfo.processInfo.environment["RUBRIC_BIN"], !bin.isEmpty { return bin }
        return packageRoot + "/.build/debug/rubric"
    }

    /// The package root, found from this file's path (Tests/RubricCLITests/PTY/PTYSession.swift).
    static var packageRoot: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }

    /// Types `keys` (use "\r" for Enter, "\t" Tab, "\u{03}" Ctrl-C, "\u{04}" Ctrl-D, "\u{1B}[A" Up).
    func send(_ keys: String) {
        try? stdinPipe.fileHandleForWriting.write(contentsOf: Data(keys.utf8))
    }

    /// Types each line followed by Enter, in one write (as a terminal paste does).
    func paste(_ lines: [String]) {
        send(lines.map { $0 + "\r" }.joined())
    }

    /// Everything the terminal showed so far, ANSI escapes and carriage returns removed.
    var output: String { Self.stripANSI(rawOutput) }

    /// Everything the terminal showed so far, as bytes decoded.
    var rawOutput: String { String(decoding: buffer.snapshot(), as: UTF8.self) }

    /// The output after the last match of `waitFor`.
    var unmatchedOutput: String { String(output.dropFirst(consumed)) }

    /// Waits until `text` appears after the previous match; returns the output up to and including it.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let screen = output
            let rest = screen.dropFirst(consumed)
            if let range = rest.range(of: text) {
                let upTo = String(rest[..<range.upperBound])
                consumed = screen.distance(from: screen.startIndex, to: range.upperBound)
                return upTo
            }
            if !process.isRunning {
                Thread.sleep(forTimeInterval: 0.2)  // let the last output arrive
                if output.dropFirst(consumed).contains(text) { continue }
                throw Failure(message: "process exited before \(text.debugDescription) appeared", screen: output)
            }
            if Date() > deadline {
                throw Failure(message: "timed out after \(timeout)s waiting for \(text.debugDescription)", screen: screen)
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    /// Waits for the process to end; returns its exit status (nil on timeout).
    func waitForExit(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline { return nil }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return process.terminationStatus
    }

    /// True while the program runs.
    var isRunning: Bool { process.isRunning }

    /// Ends the session: closes the keyboard and kills the process if it is still running.
    func terminate() {
        if process.isRunning { process.terminate() }
        _ = waitForExit(timeout: 5)
        try? stdinPipe.fileHandleForWriting.close()
        stdoutPipe.fileHandleForReading.readabilityHandler = nil
    }

    deinit { if process.isRunning { process.terminate() } }

    /// Text without ANSI/VT escape sequences, carriage returns, libedit prompt markers or BEL.
    static func stripANSI(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let s = scalars.next() {
            switch s {
            case "\u{1B}":
                guard let next = scalars.next() else { break }
                if next == "[" {  // CSI: parameters then a final byte 0x40–0x7E
                    while let c = scalars.next(), !(0x40...0x7E).contains(c.value) {}
                } else if next == "]" {  // OSC: up to BEL or ESC \
                    while let c = scalars.next(), c != "\u{07}" && c != "\u{1B}" {}
                } else if next == "(" || next == ")" {
                    _ = scalars.next()
                }
            case "\r", "\u{07}", "\u{01}", "\u{08}":
                continue
            default:
                out.append(s)
            }
        }
        return String(out)
    }

    private static func shellQuote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Bytes read from the terminal, appended from the pipe's reader thread.
private final class OutputBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ more: Data) { lock.lock(); data.append(more); lock.unlock() }
    func snapshot() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}
