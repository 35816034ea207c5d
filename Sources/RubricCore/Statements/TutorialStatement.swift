/// `tutorial`: a guided walk through the rules on the tutorial's own copy of seed 003.
enum TutorialStatement: StatementForm {
    static let keywords = ["tutorial", "教程"]
    static let usage = [(syntax: "tutorial", does: "a guided walk through the rules (tutorial next / hint / quit)")]
    // `tutorial next|skip|hint|quit` are read by the running tutorial before parsing.
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind { .tutorial }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .tutorial = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        out.append(contentsOf: try session.startTutorial(file: file))
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? {
        ArgumentCompletion(words: session.tutorialStep == nil ? [] : ["next", "skip", "hint", "quit", "下一步", "跳过", "提示", "退出"])
    }
}
