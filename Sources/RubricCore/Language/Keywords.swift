/// The reserved words of the language: statement keywords, word operators and literals.
public enum Keywords {
    /// Words recognised at the start of a statement.
    public static var statements: [String] { StatementRegistry.keywords }

    /// Chinese words for the words inside statements (`scenario 乐观 从 baseline`, `sweep … 从 0 到 10 步长 1`).
    public static let subwordAliases: [String: [String]] = [
        "from": ["从"], "to": ["到"], "step": ["步长"], "for": ["使", "满足"], "where": ["满足", "其中"],
        "scheme": ["方案"], "scenario": ["情景"], "session": ["会话"], "targets": ["目标"], "of": ["的"], "show": ["显示"],
    ]

    /// Chinese property names, as the 自评表 and everyday words name them, and the properties they are.
    public static let propertyAliases: [String: String] = Dictionary(
        propertyWords.flatMap { p in p.chinese.map { ($0, p.property) } }, uniquingKeysWith: { a, _ in a })

    /// The one list of Chinese property words: each property with its words, the first the one output shows.
    static let propertyWords: [(property: String, chinese: [String])] = [
        ("score", ["得分"]), ("weight", ["分值", "权重"]), ("target", ["目标值", "年度指标值"]), ("actual", ["实际值", "实际完成值"]),
        ("budget", ["预算数"]), ("spent", ["执行数"]), ("rate", ["执行率"]), ("completion", ["完成率"]), ("earned", ["得分率"]),
        ("entered", ["录入分"]), ("published", ["公布得分"]), ("level", ["定性等级"]), ("cases", ["案例数"]), ("rule", ["规则"]),
        ("direction", ["方向"]), ("name", ["名称"]), ("code", ["编码"]), ("path", ["路径"]), ("gap", ["差距"]), ("status", ["状态"]),
        ("grade", ["等级"]), ("explanation", ["指标解释"]), ("shortfall", ["未达标原因"]), ("improvement", ["改进措施"]),
        ("places", ["小数位"]), ("total", ["总分"]), ("factor", ["系数"]),
    ]

    /// The Chinese word shown for an input or property in Chinese output (one of its ``propertyAliases``).
    public static let preferredChinese: [String: String] = Dictionary(
        propertyWords.map { ($0.property, $0.chinese[0]) } + [("targets", "目标")], uniquingKeysWith: { a, _ in a })

    /// `name` as the interface shows it: its Chinese word in Chinese, else itself.
    public static func shown(_ name: String, in language: InterfaceLanguage = .current) -> String {
        language == .zh ? preferredChinese[name] ?? name : name
    }

    /// A scenario's name as the interface shows it: the baseline is `基准` in Chinese (it answers to both names).
    public static func shownScenario(_ name: String, in language: InterfaceLanguage = .current) -> String {
        name == "baseline" && language == .zh ? "基准" : name
    }

    /// Chinese names of the built-in values (`总分`, `等级`).
    public static let nameAliases: [String: String] = [
        "总分": "total", "等级": "grade", "报告": "report", "方案": "scheme", "基准": "baseline",
    ]

    /// Words with a fixed meaning inside expressions.
    public static let expressionWords: [String] = ["and", "or", "not", "true", "false"]

    /// Names the evaluator provides; they are ordinary names to the parser and listed here for help and completion.
    public static let builtinNames: [String] = ["total", "grade", "report", "scheme", "baseline"]

    /// Formats `export` accepts.
    public static let exportFormats: [String] = ["json", "csv", "xlsx", "html", "markdown"]

    /// True when `word` cannot be bound with `let`.
    public static func isReserved(_ word: String) -> Bool {
        statementSet.contains(word) || expressionWords.contains(word)
    }

    /// Statement keywords close to a mistyped word (`shwo` → `show`).
    public static func nearStatementKeywords(_ word: String) -> [String] {
        let chars = Array(word)
        // Chinese: a keyword run into what follows (`显示值（总分`), or a two-character keyword mistyped (`现实`).
        if chars.first.map({ $0.unicodeScalars.first!.value >= 0x4E00 }) == true {
            if let k = statements.filter({ word.hasPrefix($0) && word != $0 && !$0.allSatisfy(\.isASCII) }).max(by: { $0.count < $1.count }) { return [k] }
            return statements.filter { k in !k.allSatisfy(\.isASCII) && k.count == chars.count && NearNames.distance(chars, Array(k)) == 1 }
        }
        guard chars.count >= 3, !statementSet.contains(word) else { return [] }
        let threshold = max(1, (chars.count + 2) / 3)
        return NearNames.suggest(word, among: statements)
            .filter { NearNames.distance(chars, Array($0)) <= threshold }
    }

    // MARK: Implementation

    static let statementSet = Set(StatementRegistry.keywords)
}
