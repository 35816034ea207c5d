/// Statements: the keyword dispatch through ``StatementRegistry`` (each statement parses itself), and the parts commands share.
extension Parser {
    // MARK: Implementation

    mutating func parseProgram() throws(Diagnostic) -> Program {
        var statements: [Statement] = []
        while true {
            skipSeparators(semicolons: true)
            if case .end = peek.kind { break }
            statements.append(try statement())
            guard atStatementEnd else { throw endOfStatementError() }
        }
        return Program(statements: statements)
    }

    /// What to say when a statement is followed by more text.
    func endOfStatementError() -> Diagnostic {
        switch peek.kind {
        case .unknown, .symbol(.assign), .symbol(.rightParen), .symbol(.rightBracket): return unexpected(peek)
        default: return error(.expectedEndOfStatement(found: peek.kind), peek.span)
        }
    }

    mutating func statement() throws(Diagnostic) -> Statement {
        let first = peek
        guard case .word(let word) = first.kind, let form = StatementRegistry.byKeyword[word] else {
            return try expressionStatement()
        }
        advance()
        let kind = try form.parse(&self, keyword: word)
        return Statement(kind, first.span.union(SourceSpan(previousEnd, previousEnd)))
    }

    /// `绩效-结果应用` read as a subtraction: names (or numbers after the first) joined by `-` with no blanks, which a
    /// user meant as one name.
    static func isDashedName(_ e: Expr) -> Bool {
        switch e.kind {
        case .name: return true
        case .binary(.subtract, let a, let b):
            guard a.span.end == b.span.start - 1 else { return false }   // `x - 1` with blanks is arithmetic
            if case .number = b.kind { return isDashedName(a) }
            if case .name = b.kind { return isDashedName(a) }
            return false
        default: return false
        }
    }

    /// The name and field of `数据质量-资产卡片.score`, which parses as `数据质量 − 资产卡片.score`: the dashed name as
    /// written, and the field after it (nil when there is none); nil when the expression is not of that shape.
    static func dashedName(_ e: Expr, in file: SourceFile) -> (name: String, field: String?)? {
        guard case .binary(.subtract, let a, let b) = e.kind, a.span.end == b.span.start - 1, isDashedName(a) else { return nil }
        if isDashedName(b) || { if case .number = b.kind { return true } else { return false } }() {
            return (file.slice(e.span), nil)
        }
        if case .property(let base, let field) = b.kind, base.span.start == b.span.start, isDashedName(base) {
            return (file.slice(SourceSpan(e.span.start, base.span.end)), field.text)
        }
        return nil
    }

    /// An expression, an assignment, or an unknown command close to a keyword.
    mutating func expressionStatement() throws(Diagnostic) -> Statement {
        let first = peek
        do throws(Diagnostic) {
            let expr = try expression()
            if case .symbol(let s) = peek.kind, let op = AssignmentOperator(rawValue: s.rawValue) {
                switch expr.kind {
                case .property: break
                case .name(let n) where !Keywords.isReserved(n): break
                default:
                    // `"a-b" = 3` names an indicator without a field; `a-b = 3` subtracts unless the name is quoted.
                    var d = error(.notAssignable, expr.span)
                    if case .string(let s) = expr.kind { d.hint = Message.nameTheFieldOf.text("\"\(s)\"") }
                    else if let dashed = Self.dashedName(expr, in: file) {
                        d.hint = Message.quoteNameWithDash.text(dashed.name, dashed.field ?? Keywords.shown("actual"))
                    }
                    throw d
                }
                advance()
                skipNewlines()
                let value = try expression()
                return Statement(.assignment(target: expr, op: op, value: value), expr.span.union(value.span))
            }
            guard atStatementEnd else { throw endOfStatementError() }
            return Statement(.expression(expr), expr.span)
        } catch {
            if case .word(let w) = first.kind, case let near = Keywords.nearStatementKeywords(w), !near.isEmpty {
                throw self.error(.unknownCommand(w, suggestions: near), first.span)
            }
            throw error
        }
    }

    // MARK: Command parts

    /// `e, e, …` (a line break may follow a comma).
    mutating func expressionList() throws(Diagnostic) -> [Expr] {
        var items = [try expression()]
        while isSymbol(.comma) {
            advance()
            skipNewlines()
            items.append(try expression())
        }
        return items
    }

    mutating func expectWord(_ word: String, after: String) throws(Diagnostic) {
        guard isWord(word) else { throw error(.expectedWord(word, after: after), peek.span) }
        advance()
    }

    /// A scenario name: a word, a string or a number (as written).
    mutating func scenarioName(after: String) throws(Diagnostic) -> CommandArgument {
        let token = peek
        switch token.kind {
        case .word(let w): advance(); return CommandArgument(Keywords.nameAliases[w] == "baseline" ? "baseline" : w, token.span)
        case .string(let s): advance(); return CommandArgument(s, token.span, isQuoted: true)
        case .number: advance(); return CommandArgument(file.slice(token.span), token.span)
        default: throw error(.expectedScenarioName(after: after), token.span)
        }
    }

    /// A file name: a string, or the raw text up to the end of the statement.
    mutating func fileArgument(after: String) throws(Diagnostic) -> CommandArgument {
        if case .string(let s) = peek.kind { return CommandArgument(s, advance().span, isQuoted: true) }
        guard let raw = rawRest() else { throw error(.expectedFile(after: after), peek.span) }
        return raw
    }

    /// The source text of the remaining tokens of the statement, or nil when there are none.
    mutating func rawRest() -> CommandArgument? {
        if case .string(let s) = peek.kind, peek(1).kind == .newline || peek(1).kind == .end || peek(1).kind == .symbol(.semicolon) {
            return CommandArgument(s, advance().span, isQuoted: true)
        }
        guard !atStatementEnd else { return nil }
        let start = peek.span.start
        while !atStatementEnd { advance() }
        let span = SourceSpan(start, previousEnd)
        return CommandArgument(file.slice(span), span)
    }

    mutating func exportFormat() throws(Diagnostic) -> ExportFormat {
        guard case .word(let w) = peek.kind else { throw error(.expectedWord("json", after: "export"), peek.span) }
        let token = advance()
        if w == "md" { return .markdown }
        guard let format = ExportFormat(rawValue: w.lowercased()) else {
            throw error(.unknownFormat(w, suggestions: NearNames.suggest(w.lowercased(), among: Keywords.exportFormats)), token.span)
        }
        return format
    }

    /// `--all`, written as three adjacent tokens `-`, `-`, `all`.
    mutating func flagAll() throws(Diagnostic) {
        let a = peek, b = peek(1), c = peek(2)
        guard a.kind == .symbol(.minus), b.kind == .symbol(.minus), a.span.end == b.span.start,
              case .word(let w) = c.kind, b.span.end == c.span.start else {
            throw unexpected(a)
        }
        let span = a.span.union(c.span)
        guard w == "all" else { throw error(.unknownOption("--" + w), span) }
        advance(); advance(); advance()
    }

    /// A property access to change (`seek`, `sweep`).
    mutating func propertyTarget(command: String) throws(Diagnostic) -> Expr {
        let target = try expression()
        guard case .property = target.kind else { throw error(.expectedPropertyTarget(command: command), target.span) }
        return target
    }

    mutating func sweepAxis() throws(Diagnostic) -> SweepAxis {
        let target = try propertyTarget(command: "sweep")
        try expectWord("from", after: "sweep")
        let from = try expression()
        try expectWord("to", after: "from")
        let to = try expression()
        try expectWord("step", after: "to")
        let step = try expression()
        return SweepAxis(target: target, from: from, to: to, step: step, span: target.span.union(step.span))
    }
}
