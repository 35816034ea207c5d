import Foundation
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Shows long text through `$PAGER` (default `less -R`) when it is taller than the terminal.
struct Pager {
    /// False with `--no-pager`, or when stdout is not a terminal.
    var enabled: Bool
    /// The environment (for `PAGER`).
    var environment: [String: String]

    /// True when `text` should be paged: enabled and more lines than the screen has rows (less one for the prompt).
    func shouldPage(_ text: String) -> Bool {
        guard enabled else { return false }
        let rows = Terminal.size().rows
        let lines = text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        return lines > rows - 1
    }

    /// Pipes `text` into the pager and waits for it; returns false when the pager could not be started.
    func show(_ text: String) -> Bool {
        let command = environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -R"
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return false }
        let (readEnd, writeEnd) = (fds[0], fds[1])

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        posix_spawn_file_actions_addclose(&actions, readEnd)

        var env = environment
        if env["LESS"] == nil { env["LESS"] = "R" }
        if env["LESSCHARSET"] == nil { env["LESSCHARSET"] = "utf-8" }
        let argv = ["/bin/sh", "-c", command]
        let envp = env.map { "\($0.key)=\($0.value)" }

        var pid: pid_t = 0
        let status = withCStrings(argv) { cargv in
            withCStrings(envp) { cenv in posix_spawn(&pid, "/bin/sh", &actions, nil, cargv, cenv) }
        }
        close(readEnd)
        guard status == 0 else { close(writeEnd); return false }

        // A pager that quits early closes the pipe; ignore SIGPIPE while writing.
        let oldPipe = signal(SIGPIPE, SIG_IGN)
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue } else { break } }
            bytes = bytes.dropFirst(n)
        }
        close(writeEnd)
        signal(SIGPIPE, oldPipe)
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) < 0 && errno == EINTR {}
        return true
    }
}

/// Calls `body` with a NULL-terminated C array of the strings.
private func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    var pointers = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for p in pointers { free(p) } }
    return body(pointers)
}
