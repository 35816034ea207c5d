import Synchronization

/// A process-wide "stop" request (Ctrl-C) that long computations such as sweeps poll; safe to set from a signal handler.
public enum Interrupt {
    private static let flag = Atomic<Bool>(false)

    /// Asks the running computation to stop at its next check.
    public static func request() { flag.store(true, ordering: .relaxed) }
    /// Clears a pending request (before running the next input).
    public static func clear() { flag.store(false, ordering: .relaxed) }
    /// True when a stop was requested since the last `clear()`.
    public static var isRequested: Bool { flag.load(ordering: .relaxed) }
}
