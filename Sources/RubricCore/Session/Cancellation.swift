/// How a long computation (a sweep) learns that it should stop: polled now and then, supplied by whoever runs the
/// session — the shell wires it to Ctrl-C; scripts and tests never cancel.
public struct Cancellation: Sendable {
    let check: @Sendable () -> Bool

    /// A cancellation that asks `check` whether to stop.
    public init(_ check: @escaping @Sendable () -> Bool) { self.check = check }

    /// Never asks to stop.
    public static let never = Cancellation { false }

    /// True when the computation should stop at its next check.
    public var isRequested: Bool { check() }
}
