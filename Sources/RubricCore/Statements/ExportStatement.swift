/// `export json|csv|xlsx|html|markdown FILE` (`export!` replaces a file): the scored report in another format.
enum ExportStatement: StatementForm {
    static let keywords = ["export", "导出"]
    static let usage = [(syntax: "export json|csv|xlsx|html|markdown FILE", does: "write the scored report (export! replaces a file); html: a page with charts, a scenario against its baseline")]
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind {
        var force = false
        if p.isSymbol(.bang) { p.advance(); force = true }
        return .export(format: try p.exportFormat(), file: try p.fileArgument(after: "export"), force: force)
    }
    static func owns(_ kind: Statement.Kind) -> Bool { if case .export = kind { return true }; return false }
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard case .export(let format, let f, let force) = st.kind else { return }
        try session.export(format, f, force: force, file: file, into: &out)
    }
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? {
        if words.count == 1 { return ArgumentCompletion(words: Keywords.exportFormats) }
        return ArgumentCompletion(fileKinds: words.count == 2 ? [words[1] == "markdown" ? "md" : words[1]] : [])
    }
}
