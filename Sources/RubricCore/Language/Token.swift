/// One lexical unit of Rubric source with the UTF-8 span it came from.
public struct Token: Equatable, Sendable {
    public var kind: TokenKind
    public var span: SourceSpan

    public init(_ kind: TokenKind, _ span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

/// What a token is; words (identifiers and keywords alike) are told apart by the parser.
public enum TokenKind: Equatable, Sendable {
    /// A number literal with its unit: `6`, `1,073.13`, `6%`, `400万元`, `600家`.
    case number(Quantity)
    /// A string literal with escapes resolved.
    case string(String)
    /// An identifier or keyword: `show`, `专项资金支出率`, `“三公”经费控制情况`.
    case word(String)
    /// Words joined by `/` with no space around it: `专项效能/专项资金支出率`.
    case path([String])
    /// An indicator code reference without its `#`: `1.1.2`.
    case code(String)
    /// Punctuation or an operator.
    case symbol(Symbol)
    /// A character the language has no use for; the parser reports it where it matters.
    case unknown(String)
    /// A line break outside brackets (a statement separator).
    case newline
    /// The end of the input; always the last token.
    case end

    /// How the token is named in messages: `'show'`, `')'`, `end of input`.
    public var quoted: String { quoted(in: .en) }

    /// The token as a message names it, in `language` (Chinese quotes a word as “…”).
    public func quoted(in language: InterfaceLanguage) -> String {
        if language == .zh {
            switch self {
            case .number: return "数字"
            case .string: return "字符串"
            case .word(let w): return "“\(w)”"
            case .path(let p): return "“\(p.joined(separator: "/"))”"
            case .code(let c): return "“#\(c)”"
            case .symbol(let s): return "“\(s.rawValue)”"
            case .unknown(let c): return "“\(c)”"
            case .newline: return "行尾"
            case .end: return "输入结尾"
            }
        }
        switch self {
        case .number: return "number"
        case .string: return "string"
        case .word(let w): return "'\(w)'"
        case .path(let p): return "'\(p.joined(separator: "/"))'"
        case .code(let c): return "'#\(c)'"
        case .symbol(let s): return "'\(s.rawValue)'"
        case .unknown(let c): return "'\(c)'"
        case .newline: return "end of line"
        case .end: return "end of input"
        }
    }
}

/// Punctuation and operator symbols; `≥ ≤ ≠ × ÷ ，；` are read as their ASCII equivalents.
public enum Symbol: String, Equatable, Sendable, CaseIterable {
    case leftParen = "("
    case rightParen = ")"
    case leftBracket = "["
    case rightBracket = "]"
    case comma = ","
    case semicolon = ";"
    case dot = "."
    case assign = "="
    case plusAssign = "+="
    case minusAssign = "-="
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case plus = "+"
    case minus = "-"
    case star = "*"
    case slash = "/"
    case bang = "!"
}
