/// How tightly an operator binds, weakest first.
public enum Precedence: Int, Comparable, Sendable {
    case lowest, or, and, not, comparison, additive, multiplicative, prefix, postfix

    public static func < (a: Precedence, b: Precedence) -> Bool { a.rawValue < b.rawValue }
}

/// Whether a chain of equal-precedence operators groups from the left or is an error.
public enum Associativity: Sendable {
    case left
    /// `a < b < c` is an error.
    case none
}

/// What an operator token does: start an expression (prefix) or continue one (infix, property, call).
public enum OperatorRole: Equatable, Sendable {
    case prefix(UnaryOperator)
    case infix(BinaryOperator)
    /// `.name` after an expression.
    case property
    /// `(args)` after a name.
    case call
}

/// The operator table: the single place precedence lives, read by the parser's Pratt loop and by the printer.
public enum OperatorTable {
    /// One row: the tokens that spell an operator, its role, precedence and associativity.
    public struct Entry: Sendable {
        public let spellings: [TokenKind]
        public let role: OperatorRole
        public let precedence: Precedence
        public let associativity: Associativity
    }

    /// Weakest first. `%` is not an operator: it is only the percent unit of a number literal.
    public static let entries: [Entry] = [
        Entry(spellings: [.word("or")], role: .infix(.or), precedence: .or, associativity: .left),
        Entry(spellings: [.word("and")], role: .infix(.and), precedence: .and, associativity: .left),
        Entry(spellings: [.word("not")], role: .prefix(.not), precedence: .not, associativity: .left),
        Entry(spellings: [.symbol(.equal)], role: .infix(.equal), precedence: .comparison, associativity: .none),
        Entry(spellings: [.symbol(.notEqual)], role: .infix(.notEqual), precedence: .comparison, associativity: .none),
        Entry(spellings: [.symbol(.less)], role: .infix(.less), precedence: .comparison, associativity: .none),
        Entry(spellings: [.symbol(.lessEqual)], role: .infix(.lessOrEqual), precedence: .comparison, associativity: .none),
        Entry(spellings: [.symbol(.greater)], role: .infix(.greater), precedence: .comparison, associativity: .none),
        Entry(spellings: [.symbol(.greaterEqual)], role: .infix(.greaterOrEqual), precedence: .comparison, associativity: .none),
        Entry(spellings: [.symbol(.plus)], role: .infix(.add), precedence: .additive, associativity: .left),
        Entry(spellings: [.symbol(.minus)], role: .infix(.subtract), precedence: .additive, associativity: .left),
        Entry(spellings: [.symbol(.star)], role: .infix(.multiply), precedence: .multiplicative, associativity: .left),
        Entry(spellings: [.symbol(.slash)], role: .infix(.divide), precedence: .multiplicative, associativity: .left),
        Entry(spellings: [.symbol(.minus)], role: .prefix(.negate), precedence: .prefix, associativity: .left),
        Entry(spellings: [.symbol(.dot)], role: .property, precedence: .postfix, associativity: .left),
        Entry(spellings: [.symbol(.leftParen)], role: .call, precedence: .postfix, associativity: .left),
    ]

    /// The row for a token that continues an expression (infix, property or call), if any.
    public static func continuing(_ token: TokenKind) -> Entry? {
        entries.first { entry in
            if case .prefix = entry.role { return false }
            return entry.spellings.contains(token)
        }
    }

    /// The row for a token that starts an expression as a prefix operator, if any.
    public static func prefix(_ token: TokenKind) -> Entry? {
        entries.first { entry in
            guard case .prefix = entry.role else { return false }
            return entry.spellings.contains(token)
        }
    }

    /// The row of a binary operator.
    public static func entry(for op: BinaryOperator) -> Entry {
        entries.first { $0.role == .infix(op) } ?? Entry(spellings: [], role: .infix(op), precedence: .lowest, associativity: .left)
    }

    /// The row of a prefix operator.
    public static func entry(for op: UnaryOperator) -> Entry {
        entries.first { $0.role == .prefix(op) } ?? Entry(spellings: [], role: .prefix(op), precedence: .prefix, associativity: .left)
    }
}
