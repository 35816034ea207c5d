/// `load FILE`: opens a report as the new baseline, or restores a saved session script (`.rubric`).
enum LoadStatement: StatementForm {
    static let keywords = ["load", "载入", "打开"]
    static let usage = [(syntax: "load FILE", does: "open a report (.yaml; a table: .xlsx, .csv, .tsv) or restore a session (.rubric)")]
    static let reportKinds = ["yaml", "yml", "xlsx", "tsv", "txt", "csv"]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind {
        .load(file: try p.fileArgument(after: "load"))
    }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .load = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard case .load(let f) = st.kind else { return }
        let path = session.resolvePath(f.text, file: file)
        if session.tutorialSaved != nil {
            // Loading a report ends the tutorial: the user's own work comes back first, then `load` asks about it.
            out.append(.text(Message.tutorialEnded.text() + session.endTutorial()))
        }
        if let ask = session.askBeforeLosing("load " + path, doing: Message.repeatLoad.text()) { out.append(ask); return }
        if path.hasSuffix(".rubric") { out.append(contentsOf: try session.restoreSession(f, path: path, file: file)); return }
        let warnings: [Diagnostic]
        do { warnings = try session.load(path) } catch {
            // A missing or unreadable file is reported at the file name in the statement.
            var e = error
            if e.file == nil { e.file = file; e.span = f.span }
            throw e
        }
        out.append(contentsOf: warnings.map { .diagnostic($0) })
        out.append(contentsOf: session.banner().prefix(1).map { o in
            if case .text(let t) = o { return .text(t.split(separator: "\n").prefix(2).joined(separator: "\n")) }
            return o
        })
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? {
        ArgumentCompletion(fileKinds: words.count == 1 ? reportKinds + ["rubric"] : [])
    }
}
