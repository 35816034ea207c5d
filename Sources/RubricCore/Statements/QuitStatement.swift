/// `quit` / `exit`: leaves the shell (asking first when work is unsaved) or ends a script.
enum QuitStatement: StatementForm {
    static let keywords = ["quit", "exit", "退出"]
    static let usage = [(syntax: "quit", does: "leave (the shell asks once when work is unsaved)")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind { .quit }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .quit = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        if let ask = session.askBeforeLosing("quit", doing: Message.quitAgain.text()) { out.append(ask); return }
        session.wantsToQuit = true
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? { ArgumentCompletion() }
}
