#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Synchronization

/// The progress line of long work in the shell (`swept 1,200,000 of 6,700,000 · Ctrl-C stops`): drawn on standard
/// error once the work has taken a second, on a terminal only, and erased when the work ends, so nothing of it stays
/// in the transcript or reaches piped output.
enum ProgressLine {
    private static let started = Atomic<Int>(0)       // monotonic nanoseconds at the start of the statement
    private static let drawn = Atomic<Bool>(false)

    /// Called before a statement runs.
    static func start() {
        started.store(now(), ordering: .relaxed)
        drawn.store(false, ordering: .relaxed)
    }

    /// Draws `done of total` when the statement has run for over a second and standard error is a terminal.
    static func update(_ done: Int, _ total: Int) {
        guard total > 0, now() - started.load(ordering: .relaxed) > 1_000_000_000, isatty(STDERR_FILENO) == 1 else { return }
        let percent = done * 100 / total
        let text = "\r\u{1B}[K\(grouped(done)) of \(grouped(total)) (\(percent)%) · Ctrl-C stops"
        _ = text.withCString { write(STDERR_FILENO, $0, strlen($0)) }
        drawn.store(true, ordering: .relaxed)
    }

    /// Erases the line if it was drawn.
    static func finish() {
        if drawn.exchange(false, ordering: .relaxed) { _ = "\r\u{1B}[K".withCString { write(STDERR_FILENO, $0, strlen($0)) } }
    }

    /// `1234567` → `1,234,567`.
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (k, d) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }

    private static func now() -> Int {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return t.tv_sec * 1_000_000_000 + t.tv_nsec
    }
}
