// The syntax tree of Rubric: value types, every node with the UTF-8 span it was parsed from.
// Spans take part in `==`; tests that only care about shape compare trees after resetting spans.

/// A parsed script or shell input: its statements in order.
public struct Program: Equatable, Sendable {
    public var statements: [Statement]
    public init(statements: [Statement]) { self.statements = statements }
}

/// A name as written: a `let` binding, a property after `.`, a called function.
public struct Identifier: Equatable, Sendable {
    public var text: String
    public var span: SourceSpan
    /// The Chinese word typed for a property (`预算数` for `budget`): an indicator's raw figure of that name wins over
    /// the property, so `成本控制率.预算数` reaches the figure its formula reads. Not part of equality.
    public var written: String?
    public init(_ text: String, _ span: SourceSpan, written: String? = nil) { self.text = text; self.span = span; self.written = written }

    public static func == (a: Identifier, b: Identifier) -> Bool { a.text == b.text && a.span == b.span }

    /// This identifier naming `node`'s figure when it was typed as that figure's name; else itself.
    public func resolved(on node: Indicator) -> Identifier {
        guard let w = written, node.figures[w] != nil else { return self }
        return Identifier(w, span)
    }
}

/// An argument of a command as written: a bare word, a quoted string, or raw text (file names, help topics).
public struct CommandArgument: Equatable, Sendable {
    /// The text, with quotes removed and escapes resolved when it was a string.
    public var text: String
    public var span: SourceSpan
    /// True when it was written as a string literal.
    public var isQuoted: Bool
    public init(_ text: String, _ span: SourceSpan, isQuoted: Bool = false) {
        self.text = text; self.span = span; self.isQuoted = isQuoted
    }
}

/// One statement: a command, a binding, an assignment or an expression whose value is shown.
public struct Statement: Equatable, Sendable {
    public var kind: Kind
    public var span: SourceSpan
    public init(_ kind: Kind, _ span: SourceSpan) { self.kind = kind; self.span = span }

    /// The kinds of statement; command keywords are recognised only at the start of a statement.
    public enum Kind: Equatable, Sendable {
        /// An expression whose value the evaluator prints: `total`, `专项资金支出率.score`.
        case expression(Expr)
        /// `let NAME = expr`.
        case binding(name: Identifier, value: Expr)
        /// `TARGET = expr`, `TARGET += expr`, `TARGET -= expr`; the target is a `.property` or a `.name`.
        case assignment(target: Expr, op: AssignmentOperator, value: Expr)
        /// `print expr, expr…` (no expressions prints an empty line).
        case print([Expr])
        /// `assert expr` or `assert expr, "message"`.
        case assert(Expr, message: CommandArgument?)
        /// `show` (the whole tree) or `show expr` (a subtree as a table).
        case show(Expr?)
        /// `leaves` or `leaves where expr`; inside `where`, bare property names refer to each leaf.
        case leaves(where: Expr?)
        /// `list targets` or `list targets of expr`.
        case listTargets(of: Expr?)
        /// `load "file"`.
        case load(file: CommandArgument)
        /// `use scheme "file"`.
        case useScheme(file: CommandArgument)
        /// `save`, `save "file"`, `save! "file"` (`force`: overwrite an existing file).
        case save(file: CommandArgument?, force: Bool)
        /// `export json|csv|xlsx|html|markdown "file"`, `export! …` (`force`: replace an existing file).
        case export(format: ExportFormat, file: CommandArgument, force: Bool)
        /// `check`: run the audit.
        case check
        /// `help` or `help TOPIC`; the topic is the raw rest of the statement.
        case help(topic: CommandArgument?)
        /// `scenario NAME` or `scenario NAME from NAME`: create (or switch to) a scenario.
        case scenario(name: CommandArgument, from: CommandArgument?)
        /// `scenarios`: list them.
        case scenarios
        /// `use NAME`: switch to a scenario.
        case use(name: CommandArgument)
        /// `drop NAME`.
        case drop(name: CommandArgument)
        /// `set lang zh|en`: the interface language.
        case setLanguage(CommandArgument)
        /// `changes`: the edits of the current scenario.
        case changes
        /// `reset` (all edits) or `reset expr` (one target back to the baseline).
        case reset(Expr?)
        /// `undo`.
        case undo
        /// `redo`.
        case redo
        /// `compare NAME NAME… [--all]`; names are scenarios, quoted strings may be report files.
        case compare([CommandArgument], all: Bool)
        /// `diff [--all]`: the current scenario against the baseline.
        case diff(all: Bool)
        /// `save scenario NAME "file"` or `save! scenario NAME "file"` (`force`: overwrite).
        case saveScenario(name: CommandArgument, file: CommandArgument, force: Bool)
        /// `save session "FILE.rubric"`: the session as a script that rebuilds every scenario.
        case saveSession(file: CommandArgument, force: Bool)
        /// `seek TARGET for goal`: the value of a property that makes `goal` true.
        case seek(target: Expr, goal: Expr)
        /// `sweep TARGET from a to b step s [, TARGET from … to … step …] [show expr, …]`.
        case sweep([SweepAxis], show: [Expr])
        /// `impact`: points gained per unit of each input.
        case impact
        /// `explain expr` (also `explain total`, `explain grade`).
        case explain(Expr)
        /// `tutorial`.
        case tutorial
        /// `quit` or `exit`.
        case quit
    }
}

/// `=`, `+=` or `-=` in an assignment.
public enum AssignmentOperator: String, Equatable, Sendable {
    case set = "="
    case add = "+="
    case subtract = "-="
}

/// A format `export` writes.
public enum ExportFormat: String, Equatable, Sendable, CaseIterable {
    case json, csv, markdown, xlsx, html
}

/// One axis of a `sweep`: `TARGET from a to b step s`.
public struct SweepAxis: Equatable, Sendable {
    public var target: Expr
    public var from: Expr
    public var to: Expr
    public var step: Expr
    public var span: SourceSpan
    public init(target: Expr, from: Expr, to: Expr, step: Expr, span: SourceSpan) {
        self.target = target; self.from = from; self.to = to; self.step = step; self.span = span
    }
}

/// An expression node.
public struct Expr: Equatable, Sendable {
    public var kind: Kind
    public var span: SourceSpan
    public init(_ kind: Kind, _ span: SourceSpan) { self.kind = kind; self.span = span }

    /// The kinds of expression.
    public indirect enum Kind: Equatable, Sendable {
        /// A number with its unit: `6`, `6%`, `400万元`, `600家`.
        case number(Quantity)
        /// A string literal; `"name".score` uses it as a quoted indicator name.
        case string(String)
        /// `true` or `false`.
        case bool(Bool)
        /// `[a, b, …]`.
        case list([Expr])
        /// A bare word: a variable, a builtin (`total`, `grade`, `report`, `scheme`, `baseline`) or part of an indicator name.
        case name(String)
        /// `专项效能/专项资金支出率`: indicator names from the top, or enough of them to be unique.
        case path([String])
        /// `#1.1.2`: an indicator by code (stored without `#`).
        case code(String)
        /// `x.score`, `scheme.overshoot`.
        case property(Expr, Identifier)
        /// `round(x, 2)`: only names are called.
        case call(Identifier, [Expr])
        /// `-x`, `not x`.
        case unary(UnaryOperator, Expr)
        /// `a + b`, `a and b`, `a <= b`.
        case binary(BinaryOperator, Expr, Expr)
    }
}

/// Prefix operators.
public enum UnaryOperator: String, Equatable, Sendable {
    case negate = "-"
    case not = "not"
}

/// Infix operators; their precedence is in ``OperatorTable``.
public enum BinaryOperator: String, Equatable, Sendable, CaseIterable {
    case or = "or"
    case and = "and"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"

    /// True for `== != < <= > >=`.
    public var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: return true
        default: return false
        }
    }
}
