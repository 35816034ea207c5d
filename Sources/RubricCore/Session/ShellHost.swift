/// What the interactive shell needs from a language session: run an input, say whether it is complete, complete a word.
public protocol ShellHost: AnyObject {
    /// Runs one (possibly multi-line) input and returns what it produced, in order.
    func run(_ input: SourceFile) -> [Output]
    /// True while brackets or strings are still open, so the shell asks for a continuation line.
    func isIncomplete(_ text: String) -> Bool
    /// Completions for the word before `cursor` (a UTF-8 offset into `line`).
    func complete(line: String, cursor: Int) -> Completion
    /// What the prompt shows: report, scenario, unsaved-changes marker.
    var promptInfo: PromptInfo { get }
    /// The banner printed when the shell opens (report, total, grade, how to get help).
    func banner() -> [Output]
    /// Asked by long computations whether to stop; the shell sets it to Ctrl-C.
    var cancellation: Cancellation { get set }
    /// True once the user asked to leave (`quit`, `exit`).
    var wantsToQuit: Bool { get }
    /// Called on Ctrl-D: nil to leave, or what to say first when leaving would lose unsaved work (asked once).
    func confirmLeave() -> [Output]?
}

/// Candidates that may replace the text from `replaceFrom` (a UTF-8 offset) to the cursor.
public struct Completion: Sendable, Equatable {
    public var replaceFrom: Int
    public var candidates: [String]
    public init(replaceFrom: Int, candidates: [String]) {
        self.replaceFrom = replaceFrom
        self.candidates = candidates
    }
}

/// What the shell prompt shows.
public struct PromptInfo: Sendable, Equatable {
    public var report: String?
    public var scenario: String?
    public var unsaved: Bool
    public init(report: String? = nil, scenario: String? = nil, unsaved: Bool = false) {
        self.report = report; self.scenario = scenario; self.unsaved = unsaved
    }
}
