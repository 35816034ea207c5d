#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import RubricCore
import Synchronization

/// Ctrl-C handling: a SIGINT handler that only sets flags, so the shell never dies of Ctrl-C.
///
/// Installed before `el_init`, so libedit's `EL_SIGNAL` chaining (which restores the previous handler
/// and re-raises) lands here. While a line is read, the flag makes the line editor drop the line;
/// during a computation, the session's ``Cancellation`` (wired to ``isPending`` by the shell) stops the long loop.
enum CtrlC {
    private static let flag = Atomic<Bool>(false)

    /// Installs the handler (idempotent). Touches the flag first so the signal handler never runs a lazy initialiser.
    static func install() {
        _ = flag.load(ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = ctrlCHandler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: a blocked read() returns EINTR so the editor can give up the line
        sigaction(SIGINT, &action, nil)
        // After Ctrl-Z and `fg`, the line editor redraws the prompt and the line (see readWideChar).
        _ = resumedFlag.load(ordering: .relaxed)
        var cont = sigaction()
        cont.__sigaction_handler.sa_handler = contHandler
        sigemptyset(&cont.sa_mask)
        cont.sa_flags = 0
        sigaction(SIGCONT, &cont, nil)
    }

    private static let resumedFlag = Atomic<Bool>(false)

    /// True once after the process was continued (`fg` after Ctrl-Z); reading it clears it.
    static func takeResumed() -> Bool { resumedFlag.exchange(false, ordering: .relaxed) }

    /// Called from the SIGCONT handler only.
    fileprivate static func resumed() { resumedFlag.store(true, ordering: .relaxed) }

    /// True when Ctrl-C was pressed since the last `clear()`.
    static var isPending: Bool { flag.load(ordering: .relaxed) }

    /// Forgets a pending Ctrl-C.
    static func clear() { flag.store(false, ordering: .relaxed) }

    /// A cancellation that asks whether Ctrl-C was pressed, and draws a progress line once work takes over a second.
    static let cancellation = Cancellation({ CtrlC.isPending }, progress: { done, total in ProgressLine.update(done, total) })

    /// Called from the signal handler only.
    fileprivate static func signalled() {
        flag.store(true, ordering: .relaxed)
    }
}

/// The SIGINT handler: async-signal-safe (two atomic stores).
private let ctrlCHandler: @convention(c) (Int32) -> Void = { _ in CtrlC.signalled() }

/// The SIGCONT handler: async-signal-safe (one atomic store).
private let contHandler: @convention(c) (Int32) -> Void = { _ in CtrlC.resumed() }
