import CLibEdit
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Facts about the process's terminal and plain writes to stdout / stderr.
enum Terminal {
    /// True when `fd` is a terminal.
    static func isTTY(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Rows and columns of the terminal on stdout (or stdin), 24×80 when unknown.
    static func size() -> (rows: Int, columns: Int) {
        var rows: Int32 = 0, cols: Int32 = 0
        for fd in [STDOUT_FILENO, STDIN_FILENO, STDERR_FILENO] where rubric_terminal_size(fd, &rows, &cols) == 0 {
            return (rows > 0 ? Int(rows) : 24, Int(cols))
        }
        return (24, 80)
    }

    /// Whether to use ANSI colour on stdout: a TTY, `NO_COLOR` unset, `TERM` not `dumb`.
    static func colourWanted(environment: [String: String]) -> Bool {
        guard isTTY(STDOUT_FILENO) else { return false }
        if environment["NO_COLOR"] != nil { return false }
        if let term = environment["TERM"], term == "dumb" || term.isEmpty { return false }
        if environment["TERM"] == nil { return false }
        return true
    }

    /// Writes text to stdout through the C stream libedit also uses, and flushes.
    static func out(_ text: String) {
        let stream = rubric_stdout()
        fputs(text, stream)
        fflush(stream)
    }

    /// Writes text to stderr (after flushing stdout so the two stay in order).
    static func err(_ text: String) {
        fflush(rubric_stdout())
        let stream = rubric_stderr()
        fputs(text, stream)
        fflush(stream)
    }
}

/// ANSI styles used by the shell; every function returns the text unchanged when colour is off.
struct Style: Sendable {
    /// Whether escapes are emitted at all.
    var colour: Bool

    func bold(_ s: String) -> String { wrap(s, "1") }
    func dim(_ s: String) -> String { wrap(s, "2") }
    func yellow(_ s: String) -> String { wrap(s, "33") }
    func green(_ s: String) -> String { wrap(s, "32") }
    func red(_ s: String) -> String { wrap(s, "31") }
    func cyan(_ s: String) -> String { wrap(s, "36") }

    private func wrap(_ s: String, _ code: String) -> String {
        colour && !s.isEmpty ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}
