/// One statement of the language as a unit: the keywords that begin it, how it parses and runs, its help and what
/// Tab offers after it. Every statement is one file in this folder and one line in ``StatementRegistry/all``;
/// the keyword list, `help commands` and completion are derived from the registry.
protocol StatementForm {
    /// The words that begin the statement; the first is its name (`quit`, `exit`).
    static var keywords: [String] { get }
    /// Lines of `help commands`: each way to write it and what it does.
    static var usage: [(syntax: String, does: String)] { get }
    /// Parses the statement after its keyword (already consumed).
    static func parse(_ p: inout Parser, keyword: String) throws(Diagnostic) -> Statement.Kind
    /// True when a parsed statement is one of this form's.
    static func owns(_ kind: Statement.Kind) -> Bool
    /// Runs it in a session, appending what it prints.
    static func run(_ st: Statement, in session: Session, file: SourceFile, into out: inout [Output]) throws(Diagnostic)
    /// What Tab offers for the word after `words` (the statement's words so far, keyword first); nil: names as usual.
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion?
}

extension StatementForm {
    static func complete(after words: [String], in session: Session) -> ArgumentCompletion? { nil }
}

/// What Tab offers for a statement's argument: fixed words, and file names with the given endings.
struct ArgumentCompletion {
    var words: [String] = []
    /// File name endings wanted (`yaml`, `csv`); nil when the argument is not a file.
    var fileKinds: [String]? = nil
}

/// Every statement form of the language, in the order `help commands` lists them.
enum StatementRegistry {
    static let all: [any StatementForm.Type] = [
        ShowStatement.self, LeavesStatement.self, ListStatement.self, CheckStatement.self,
        PrintStatement.self, LetStatement.self, AssertStatement.self,
        LoadStatement.self, UseStatement.self, SaveStatement.self, ExportStatement.self,
        ScenarioStatement.self, ScenariosStatement.self, DropStatement.self, ChangesStatement.self,
        ResetStatement.self, UndoStatement.self, RedoStatement.self,
        CompareStatement.self, DiffStatement.self, SeekStatement.self, SweepStatement.self,
        ImpactStatement.self, ExplainStatement.self, TutorialStatement.self, HelpStatement.self, SetStatement.self, QuitStatement.self,
    ]

    /// The form a keyword begins.
    static let byKeyword: [String: any StatementForm.Type] = {
        var map: [String: any StatementForm.Type] = [:]
        for f in all { for k in f.keywords { precondition(map[k] == nil, "keyword '\(k)' registered twice"); map[k] = f } }
        return map
    }()

    /// Every keyword, in registry order.
    static let keywords: [String] = all.flatMap { $0.keywords }

    /// The form that owns a parsed statement (nil for expressions and assignments, which have no keyword).
    static func form(owning kind: Statement.Kind) -> (any StatementForm.Type)? {
        all.first { $0.owns(kind) }
    }

    /// The Chinese of the words inside statements, for `help commands` in Chinese (the parser reads both).
    static let chineseSubwords = ["where": "满足", "for": "使", "from": "从", "to": "到", "step": "步长", "show": "显示",
                                  "targets": "目标", "of": "的", "scheme": "方案", "scenario": "情景", "session": "会话",
                                  "redo": "重做", "[where": "[满足", "[of": "[的", "[from": "[从", "[show": "[显示", "lang": "语言"]

    /// `help commands`, from every form's usage.
    static var commandsHelp: String {
        let lines = all.flatMap { localizedUsage($0) }
        let width = min(34, (lines.map { DisplayWidth.of($0.syntax) }.max() ?? 0) + 2)
        return Message.helpCommandsHeading.text() + "\n" + lines.map { l in
            DisplayWidth.of(l.syntax) >= width ? "  \(l.syntax)\n  \(String(repeating: " ", count: width))\(l.does)"
                                                : "  \(l.syntax.padding(width))\(l.does)"
        }.joined(separator: "\n") + "\n  X.FIELD = E | += E | -= E        " + Message.helpChangeInput.text() + "\n"
    }

    /// A statement's usage lines in the interface language: in Chinese, each starts with its Chinese keyword where it
    /// has one, the words inside it are Chinese (where → 满足, from → 从 …) and so is what it does.
    static func localizedUsage(_ form: any StatementForm.Type) -> [(syntax: String, does: String)] {
            form.usage.map { u -> (syntax: String, does: String) in
                var syntax = u.syntax
                if InterfaceLanguage.current == .zh, let zh = form.keywords.first(where: { !$0.allSatisfy(\.isASCII) }),
                   let first = syntax.split(separator: " ").first, form.keywords.contains(String(first)) {
                    syntax = zh + syntax.dropFirst(first.count)
                }
                if InterfaceLanguage.current == .zh {
                    // The words inside the statement in Chinese too (where → 满足, from → 从 …).
                    syntax = syntax.split(separator: " ", omittingEmptySubsequences: false).map { w in
                        Self.chineseSubwords[String(w)] ?? String(w)
                    }.joined(separator: " ")
                }
                return (syntax, StatementHelpChinese.does(u.does))
            }
    }
}
