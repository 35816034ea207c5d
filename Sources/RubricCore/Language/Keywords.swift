/// The reserved words of the language: statement keywords, word operators and literals.
public enum Keywords {
    /// Words recognised at the start of a statement.
    public static var statements: [String] { StatementRegistry.keywords }

    /// Words with a fixed meaning inside expressions.
    public static let expressionWords: [String] = ["and", "or", "not", "true", "false"]

    /// Names the evaluator provides; they are ordinary names to the parser and listed here for help and completion.
    public static let builtinNames: [String] = ["total", "grade", "report", "scheme", "baseline"]

    /// Formats `export` accepts.
    public static let exportFormats: [String] = ["json", "csv", "markdown"]

    /// True when `word` cannot be bound with `let`.
    public static func isReserved(_ word: String) -> Bool {
        statementSet.contains(word) || expressionWords.contains(word)
    }

    /// Statement keywords close to a mistyped word (`shwo` → `show`).
    public static func nearStatementKeywords(_ word: String) -> [String] {
        let chars = Array(word)
        guard chars.count >= 3, !statementSet.contains(word) else { return [] }
        let threshold = max(1, (chars.count + 2) / 3)
        return NearNames.suggest(word, among: statements)
            .filter { NearNames.distance(chars, Array($0)) <= threshold }
    }

    // MARK: Implementation

    static let statementSet = Set(StatementRegistry.keywords)
}
