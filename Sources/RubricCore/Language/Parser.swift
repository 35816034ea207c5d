/// Parses Rubric source into a ``Program``, or a single ``Expr``; errors are ``Diagnostic``s of phase `.parse`
/// (or `.lex` from the ``Lexer``), each with the file and the exact span.
///
/// # Language decisions (the source for docs/language.md)
///
/// **Statements** are separated by line breaks or `;` (also `；`). Line breaks inside `(…)` and `[…]`
/// are ignored, and so is a line break right after a binary operator, `,`, `=`, `+=`, `-=` or `not`,
/// so `a +⏎ b` is one expression (the shell shows a continuation prompt for it, see ``isIncomplete(_:)``).
///
/// **Keywords** are English and recognised only as the first word of a statement; there they always
/// win (`print(x)` is `print` of `(x)`). They cannot be bound with `let`. `and or not true false`
/// are reserved in expressions. `total grade report scheme baseline` are ordinary names the
/// evaluator provides. When a statement starting with an unknown word fails to parse as an
/// expression and the word is close to a keyword, the error is "unknown command" with a
/// "did you mean" (`shwo X` → `show`).
///
/// **Comments**: `#` not followed by a digit runs to the end of the line (a `#!` first line too);
/// `#` followed by digits and dots is a code reference: `#1.1.3`, `#1.1.3.weight`.
///
/// **Numbers** carry their unit: `6`, `0.1`, `1,073.13`, `6%`, `6％`, `400万元`, `2.27亿`, `25.6元`,
/// `600家`, `1500万人次`, full-width digits too; see ``Quantity/init(parsing:)``. A comma followed by
/// exactly three digits inside a number groups digits, so `max(1,000)` has one argument; write
/// `max(1, 0)`. `min(1,2)` is two arguments (one or two digits after the comma end the number);
/// `1,0000` and `1,000,00` are errors. Negative numbers are unary minus. `%` is not an operator.
///
/// **Names** start with a letter of any script, `_` or `“`, and may contain digits, `_` and
/// `（ ） 、 “ ” · 《 》`. A bare name may be a variable, a builtin or any unique part of an indicator
/// name: the evaluator resolves it. `a/b` with no blanks around `/` is a **path** (`专项效能/专项资金支出率`);
/// `a / b` is division. Strings use ASCII `"` only (`“ ”` belong to names), may span lines, and have
/// the escapes `\" \\ \n \t`. A string may take a property: `"“三公”经费控制情况".score`.
///
/// **Operators**, weakest first (``OperatorTable``): `or`; `and`; prefix `not`; comparisons
/// `== != < <= > >=` (also `≠ ≤ ≥`), which do not chain; `+ -`; `* /` (also `× ÷`); prefix `-`;
/// postfix `.property` and calls `f(a, b)`. Only a name can be called.
///
/// **Assignment** `TARGET = e`, `TARGET += e`, `TARGET -= e`: the target is a property
/// (`x.spent`, `#1.1.3.weight`, `scheme.overshoot`) or a name. `let NAME = e` binds a name.
///
/// **Commands** (see ``Statement/Kind``): `print e, …` · `assert e[, "msg"]` · `show [e]` ·
/// `leaves [where e]` · `list targets [of e]` · `load FILE` · `use scheme FILE` · `save [FILE]` ·
/// `save! [FILE]` · `export json|csv|xlsx|html|markdown FILE` (`md` = markdown) · `check` · `help [TOPIC]` ·
/// `scenario NAME [from NAME]` · `scenarios` · `use NAME` · `drop NAME` · `changes` · `reset [e]` ·
/// `undo` · `redo` · `compare NAME… [--all]` · `diff [--all]` · `save[!] scenario NAME FILE` ·
/// `seek PROPERTY for e` · `sweep PROPERTY from e to e step e[, PROPERTY from e to e step e…] [show e, …]`
/// · `impact` · `explain e` · `tutorial` · `quit` / `exit`.
/// A NAME is a word, a string or a number. A FILE is a string, or else the raw text up to the end
/// of the statement (`load seeds/003.yaml`). A help TOPIC is the raw rest of the statement.
///
/// **Limits**: expressions nest at most ``LanguageMessage/maxDepth`` levels (brackets, operators,
/// calls and property chains all count), so no input can exhaust the stack.
public struct Parser {
    /// Parses a whole script or shell input.
    public static func parse(_ file: SourceFile) throws(Diagnostic) -> Program {
        var parser = try Parser(file)
        return try parser.parseProgram()
    }

    /// Parses `text` as a script named `name`.
    public static func parse(_ text: String, name: String = "<input>") throws(Diagnostic) -> Program {
        try parse(SourceFile(name: name, text: text))
    }

    /// Parses a file that must hold exactly one expression (a `where` clause, a test), blank lines allowed.
    public static func parseExpression(_ file: SourceFile) throws(Diagnostic) -> Expr {
        var parser = try Parser(file)
        parser.skipSeparators(semicolons: false)
        let expr = try parser.expression()
        parser.skipSeparators(semicolons: false)
        guard case .end = parser.peek.kind else { throw parser.unexpected(parser.peek) }
        return expr
    }

    /// Parses `text` as one expression.
    public static func parseExpression(_ text: String, name: String = "<expression>") throws(Diagnostic) -> Expr {
        try parseExpression(SourceFile(name: name, text: text))
    }

    // MARK: Implementation

    let file: SourceFile
    let tokens: [Token]
    var index = 0
    /// The end offset of the last consumed token (statement spans end here).
    var previousEnd = 0

    init(_ file: SourceFile) throws(Diagnostic) {
        self.file = file
        let tokens = try Lexer.tokens(in: file)
        self.tokens = tokens.isEmpty ? [Token(.end, SourceSpan(0, 0))] : tokens
    }

    var peek: Token { tokens[min(index, tokens.count - 1)] }

    func peek(_ ahead: Int) -> Token { tokens[min(index + ahead, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let token = peek
        if index < tokens.count - 1 { index += 1 }
        previousEnd = token.span.end
        return token
    }

    /// True when the current token is the word `w`.
    func isWord(_ w: String) -> Bool {
        guard case .word(let found) = peek.kind else { return false }
        return found == w || Keywords.subwordAliases[w]?.contains(found) == true
    }

    func isSymbol(_ s: Symbol) -> Bool { peek.kind == .symbol(s) }

    /// True at a newline, `;` or the end: where a statement may stop.
    var atStatementEnd: Bool {
        switch peek.kind {
        case .newline, .end, .symbol(.semicolon): return true
        default: return false
        }
    }

    mutating func skipNewlines() {
        while case .newline = peek.kind { advance() }
    }

    mutating func skipSeparators(semicolons: Bool) {
        while peek.kind == .newline || (semicolons && peek.kind == .symbol(.semicolon)) { advance() }
    }

    func error(_ message: LanguageMessage, _ span: SourceSpan) -> Diagnostic {
        message.diagnostic(in: file, at: span)
    }

    /// The right complaint about a token found where it does not belong.
    func unexpected(_ token: Token) -> Diagnostic {
        switch token.kind {
        case .unknown(let c): return error(.unexpectedCharacter(c), token.span)
        case .symbol(.assign): return error(.assignmentInExpression, token.span)
        case .symbol(.rightParen): return error(.unmatchedClosing(")"), token.span)
        case .symbol(.rightBracket): return error(.unmatchedClosing("]"), token.span)
        default: return error(.unexpected(token.kind), token.span)
        }
    }

    // MARK: Expressions

    /// A full expression.
    mutating func expression() throws(Diagnostic) -> Expr {
        try expression(above: .lowest, depth: 0)
    }

    /// The Pratt loop: a prefix part, then every continuing operator binding tighter than `minimum`.
    mutating func expression(above minimum: Precedence, depth: Int) throws(Diagnostic) -> Expr {
        guard depth < LanguageMessage.maxDepth else { throw error(.nestedTooDeeply, peek.span) }
        var left = try prefix(depth: depth)
        // A flat chain (a + b + c …) grows to the left in this loop: it is long, not deep, and has its own limit.
        let height = depth + 1
        var terms = 1
        while let entry = OperatorTable.continuing(peek.kind), entry.precedence > minimum {
            terms += 1
            guard terms <= LanguageMessage.maxTerms else { throw error(.tooManyTerms, peek.span) }
            let opToken = advance()
            switch entry.role {
            case .infix(let op):
                skipNewlines()
                let right = try expression(above: entry.precedence, depth: height)
                left = Expr(.binary(op, left, right), left.span.union(right.span))
                if entry.associativity == .none, let next = OperatorTable.continuing(peek.kind),
                   next.precedence == entry.precedence {
                    throw error(.chainedComparison, peek.span)
                }
            case .property:
                guard case .word(let name) = peek.kind else { throw error(.expectedPropertyName, peek.span) }
                let nameToken = advance()
                // Chinese property names (.得分, .执行数) are the English ones (docs/language.md, "Chinese words").
                // `overshoot_factor` names the parameter `overshoot-factor` (a hyphen would end the word).
                let alias = Keywords.propertyAliases[name]
                let property = alias ?? (name.contains("_") ? name.replacingAll("_", with: "-") : name)
                left = Expr(.property(left, Identifier(property, nameToken.span, written: alias == nil ? nil : name)), left.span.union(nameToken.span))
            case .call:
                guard case .name(let callee) = left.kind else { throw error(.onlyNamesCanBeCalled, left.span) }
                let args = try elements(closing: .rightParen, open: opToken, depth: height)
                left = Expr(.call(Identifier(callee, left.span), args), left.span.union(SourceSpan(previousEnd, previousEnd)))
            case .prefix:
                break
            }
        }
        return left
    }

    /// A literal, name, bracketed expression or prefix operator with its operand.
    mutating func prefix(depth: Int) throws(Diagnostic) -> Expr {
        let token = peek
        if let entry = OperatorTable.prefix(token.kind), case .prefix(let op) = entry.role {
            advance()
            if op == .not { skipNewlines() }
            let operand = try expression(above: entry.precedence, depth: depth + 1)
            return Expr(.unary(op, operand), token.span.union(operand.span))
        }
        switch token.kind {
        case .number(let q): advance(); return Expr(.number(q), token.span)
        case .string(let s): advance(); return Expr(.string(s), token.span)
        case .word("true"): advance(); return Expr(.bool(true), token.span)
        case .word("false"): advance(); return Expr(.bool(false), token.span)
        case .word("and"), .word("or"): throw error(.expectedExpression(found: token.kind), token.span)
        case .word(let w): advance(); return Expr(.name(Keywords.nameAliases[w] ?? w), token.span)
        case .path(let p): advance(); return Expr(.path(p), token.span)
        case .code(let c): advance(); return Expr(.code(c), token.span)
        case .symbol(.leftParen):
            advance()
            let inner = try expression(above: .lowest, depth: depth + 1)
            guard isSymbol(.rightParen) else { throw closing(")", open: token) }
            advance()
            return Expr(inner.kind, token.span.union(SourceSpan(previousEnd, previousEnd)))
        case .symbol(.leftBracket):
            advance()
            let items = try elements(closing: .rightBracket, open: token, depth: depth + 1)
            return Expr(.list(items), token.span.union(SourceSpan(previousEnd, previousEnd)))
        case .unknown(let c):
            throw error(.unexpectedCharacter(c), token.span)
        default:
            throw error(.expectedExpression(found: token.kind), token.span)
        }
    }

    /// Comma-separated expressions up to `closing` (the opening token is already consumed); a trailing comma is allowed.
    mutating func elements(closing: Symbol, open: Token, depth: Int) throws(Diagnostic) -> [Expr] {
        var items: [Expr] = []
        let close = closing.rawValue
        while !isSymbol(closing) {
            if case .end = peek.kind { throw self.closing(close, open: open) }
            items.append(try expression(above: .lowest, depth: depth + 1))
            if isSymbol(.comma) { advance(); continue }
            guard isSymbol(closing) else { throw self.closing(close, open: open) }
        }
        advance()
        return items
    }

    /// "expected ')' to close '('" at the current token, or a sharper complaint about a stray character.
    func closing(_ close: String, open: Token) -> Diagnostic {
        if case .unknown(let c) = peek.kind { return error(.unexpectedCharacter(c), peek.span) }
        let openText = open.kind == .symbol(.leftBracket) ? "[" : "("
        // At the end of the input (only blank lines after), the place to show is the bracket that was never closed.
        var k = 0
        while case .newline = peek(k).kind { k += 1 }
        if case .end = peek(k).kind { return error(.neverClosed(open: openText, close: close), open.span) }
        return error(.expectedClosing(close: close, open: openText, openAt: file.location(of: open.span.start)), peek.span)
    }
}
