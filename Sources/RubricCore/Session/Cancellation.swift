/// How a long computation (a sweep) learns that it should stop: polled now and then, supplied by whoever runs the
/// session — the shell wires it to Ctrl-C; scripts and tests never cancel.
public struct Cancellation: Sendable {
    let check: @Sendable () -> Bool
    let progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    /// A cancellation that asks `check` whether to stop, and tells `progress` how far the work got when it polls.
    public init(_ check: @escaping @Sendable () -> Bool, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) {
        self.check = check
        self.progress = progress
    }

    /// Tells whoever runs the session how far a long computation got (the shell draws a progress line).
    public func report(_ done: Int, of total: Int) { progress?(done, total) }

    /// Never asks to stop.
    public static let never = Cancellation { false }

    /// True when the computation should stop at its next check.
    public var isRequested: Bool { check() }
}
