/// Expressions back to source text, with only the parentheses the ``OperatorTable`` requires.
extension Expr {
    /// Canonical source text that parses back to the same tree (spans aside): `a * (b + c)`, `x.score`, `6%`.
    public var sourceText: String { ExprPrinter.text(self) }

    /// How tightly this node binds when it is an operand: operators use the table, everything else is atomic.
    public var precedence: Precedence {
        switch kind {
        case .binary(let op, _, _): return OperatorTable.entry(for: op).precedence
        case .unary(let op, _): return OperatorTable.entry(for: op).precedence
        default: return .postfix
        }
    }
}

// MARK: Implementation

/// Prints expressions; literals are written so the ``Lexer`` reads them back exactly.
enum ExprPrinter {
    static func text(_ e: Expr) -> String {
        switch e.kind {
        case .number(let q): return number(q)
        case .string(let s): return quoted(s)
        case .bool(let b): return b ? "true" : "false"
        case .list(let items): return "[" + items.map(text).joined(separator: ", ") + "]"
        case .name(let n): return n
        case .path(let parts): return parts.joined(separator: "/")
        case .code(let c): return "#" + c
        case .property(let base, let name): return operand(base, needsParens: base.precedence < .postfix) + "." + name.text
        case .call(let f, let args): return f.text + "(" + args.map(text).joined(separator: ", ") + ")"
        case .unary(let op, let x):
            let own = OperatorTable.entry(for: op).precedence
            // `-(not a)` keeps its parentheses: a greedy `not` would swallow what follows.
            let inner = operand(x, needsParens: (isBinary(x) && x.precedence <= own) || (isUnary(x) && x.precedence < own))
            return op == .not ? "not " + inner : "-" + inner
        case .binary(let op, let l, let r):
            let entry = OperatorTable.entry(for: op)
            let p = entry.precedence
            let leftParens = l.precedence < p || (l.precedence == p && entry.associativity == .none)
            // A right operand at the same level needs parentheses (left associativity), and so does a
            // `not` inside arithmetic: `a + (not b) + c`, or the `not` would take `b + c`.
            let rightParens = r.precedence <= p
            return operand(l, needsParens: leftParens) + " " + op.rawValue + " " + operand(r, needsParens: rightParens)
        }
    }

    static func operand(_ e: Expr, needsParens: Bool) -> String {
        needsParens ? "(" + text(e) + ")" : text(e)
    }

    static func isBinary(_ e: Expr) -> Bool {
        if case .binary = e.kind { return true }
        return false
    }

    static func isUnary(_ e: Expr) -> Bool {
        if case .unary = e.kind { return true }
        return false
    }

    static func number(_ q: Quantity) -> String {
        switch q.unit {
        case .none: return q.value.formatted()
        case .percent:
            guard let pct = try? q.value.multiplied(by: .hundred) else { return q.value.formatted() }
            return pct.normalized.formatted() + "%"
        case .money: return q.value.formatted() + "万元"
        case .count(let label): return q.value.formatted() + label
        }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }
}
