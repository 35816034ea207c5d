import Foundation
import RubricCore

/// Plain output for the one-shot commands and batch mode: colour on a TTY unless NO_COLOR or TERM=dumb.
enum Console {
    static var stdoutIsTTY: Bool { isatty(1) == 1 }
    static var stdinIsTTY: Bool { isatty(0) == 1 }
    static var stderrIsTTY: Bool { isatty(2) == 1 }

    /// Colour is used only on a terminal and never when NO_COLOR is set or TERM is dumb.
    static func colourAllowed(fd: Int32) -> Bool {
        let env = ProcessInfo.processInfo.environment
        if env["NO_COLOR"] != nil { return false }
        if env["TERM"] == "dumb" { return false }
        return isatty(fd) == 1
    }

    static func writeOut(_ s: String) { FileHandle.standardOutput.write(Data(s.utf8)) }
    /// Writes the bytes as they are, with write(2): no copy into a `Data` per piece of a long table.
    static func writeOut(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var at = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = write(STDOUT_FILENO, at, left)
            if n < 0 {
                if errno == EINTR { continue }
                // A full disk or a broken device: say so and stop, rather than exit 0 with half a table.
                report(Diagnostic(phase: .io, .stdoutUnwritable, String(cString: strerror(errno))))
                exit(ExitStatus.ioError)
            }
            at += n
            left -= n
        }
    }
    static func writeErr(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }

    /// Prints a diagnostic to stderr, coloured when stderr is a terminal.
    static func report(_ d: Diagnostic) {
        writeErr(d.rendered(style: colourAllowed(fd: 2) ? .ansi : .plain))
    }
}
