/// Statements and commands: the keyword dispatch at the start of each statement.
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
        guard case .word(let word) = first.kind, Keywords.statementSet.contains(word) else {
            return try expressionStatement()
        }
        advance()
        let kind = try command(word, keyword: first)
        return Statement(kind, first.span.union(SourceSpan(previousEnd, previousEnd)))
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
                default: throw error(.notAssignable, expr.span)
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

    mutating func command(_ word: String, keyword: Token) throws(Diagnostic) -> Statement.Kind {
        switch word {
        case "let":
            guard case .word(let name) = peek.kind else { throw error(.expectedName(after: "let"), peek.span) }
            guard !Keywords.isReserved(name) else { throw error(.reservedName(name), peek.span) }
            let nameToken = advance()
            guard isSymbol(.assign) else { throw error(.expectedWord("=", after: name), peek.span) }
            advance()
            skipNewlines()
            return .binding(name: Identifier(name, nameToken.span), value: try expression())
        case "print":
            return .print(atStatementEnd ? [] : try expressionList())
        case "assert":
            let condition = try expression()
            guard isSymbol(.comma) else { return .assert(condition, message: nil) }
            advance()
            skipNewlines()
            guard case .string(let s) = peek.kind else { throw error(.expectedMessageString, peek.span) }
            return .assert(condition, message: CommandArgument(s, advance().span, isQuoted: true))
        case "show":
            return .show(atStatementEnd ? nil : try expression())
        case "leaves":
            if atStatementEnd { return .leaves(where: nil) }
            try expectWord("where", after: "leaves")
            return .leaves(where: try expression())
        case "list":
            try expectWord("targets", after: "list")
            if atStatementEnd { return .listTargets(of: nil) }
            try expectWord("of", after: "targets")
            return .listTargets(of: try expression())
        case "load":
            return .load(file: try fileArgument(after: "load"))
        case "use":
            if isWord("scheme") {
                advance()
                return .useScheme(file: try fileArgument(after: "scheme"))
            }
            return .use(name: try scenarioName(after: "use"))
        case "save":
            var force = false
            if isSymbol(.bang) { advance(); force = true }
            if isWord("scenario") {
                advance()
                let name = try scenarioName(after: "scenario")
                return .saveScenario(name: name, file: try fileArgument(after: name.text), force: force)
            }
            if isWord("session") {
                advance()
                return .saveSession(file: try fileArgument(after: "session"), force: force)
            }
            return .save(file: atStatementEnd ? nil : try fileArgument(after: "save"), force: force)
        case "export":
            var force = false
            if isSymbol(.bang) { advance(); force = true }
            return .export(format: try exportFormat(), file: try fileArgument(after: "export"), force: force)
        case "help":
            return .help(topic: rawRest())
        case "scenario":
            let name = try scenarioName(after: "scenario")
            guard isWord("from") else { return .scenario(name: name, from: nil) }
            advance()
            return .scenario(name: name, from: try scenarioName(after: "from"))
        case "drop":
            return .drop(name: try scenarioName(after: "drop"))
        case "reset":
            return .reset(atStatementEnd ? nil : try expression())
        case "compare":
            var names: [CommandArgument] = []
            var all = false
            while !atStatementEnd {
                if isSymbol(.minus) { try flagAll(); all = true } else { names.append(try scenarioName(after: "compare")) }
            }
            return .compare(names, all: all)
        case "diff":
            if atStatementEnd { return .diff(all: false) }
            try flagAll()
            return .diff(all: true)
        case "seek":
            let target = try propertyTarget(command: "seek")
            try expectWord("for", after: "seek")
            return .seek(target: target, goal: try expression())
        case "sweep":
            var axes = [try sweepAxis()]
            while isSymbol(.comma) {
                advance()
                skipNewlines()
                axes.append(try sweepAxis())
            }
            guard isWord("show") else { return .sweep(axes, show: []) }
            advance()
            return .sweep(axes, show: try expressionList())
        case "explain":
            return .explain(try expression())
        case "check": return .check
        case "scenarios": return .scenarios
        case "changes": return .changes
        case "undo": return .undo
        case "redo": return .redo
        case "impact": return .impact
        case "tutorial": return .tutorial
        default: return .quit   // "quit", "exit"
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
        case .word(let w): advance(); return CommandArgument(w, token.span)
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
