/// Turns Rubric source text into tokens, each with its UTF-8 span; never traps on any input.
///
/// - Blanks (space, tab, CR, ideographic space, BOM) separate tokens; a line break is a `newline`
///   token unless a `(` or `[` is open.
/// - `#` followed by a digit is a code reference (`#1.2.3`); any other `#` starts a comment that
///   runs to the end of the line (so a `#!` shebang line is a comment).
/// - Numbers start with a digit (ASCII or full-width). Inside the integer part a comma followed by
///   exactly three digits is a grouping separator (`1,073.13`); a comma followed by one or two digits
///   ends the number (`min(1,2)` is two arguments); four or more digits after it, or a short group
///   after a real grouping, is an error. A unit tail of letters (`%`, `％`, `万元`, `亿`, `家`, `万人次`)
///   is part of the literal, which ``Quantity/init(parsing:)`` reads.
/// - Words start with a letter (any script), `_` or `“`, and continue with letters, digits, `_` and
///   the CJK punctuation of indicator names `（ ） 、 “ ” · 《 》`. Words joined by `/` with no
///   blank on either side form one `path` token.
/// - Strings are delimited by ASCII `"` only, may span lines, and know the escapes `\" \\ \n \t`.
/// - A character with no use becomes an `unknown` token, reported by the parser if it is reached.
public struct Lexer {
    /// All tokens of `file`, ending with `.end`.
    public static func tokens(in file: SourceFile) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(file)
        try lexer.run()
        return lexer.tokens
    }

    // MARK: Implementation

    let file: SourceFile
    var scalars: [Unicode.Scalar]
    /// The UTF-8 offset of each scalar, plus one entry for the end of the text.
    let offsets: [Int]
    var i = 0
    var tokens: [Token] = []
    /// Open brackets not yet closed, innermost last (used for newline suppression and completeness).
    var openBrackets: [Token] = []

    init(_ file: SourceFile) {
        self.file = file
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = 0
        for s in file.text.unicodeScalars {
            scalars.append(s)
            offsets.append(offset)
            offset += UTF8.width(s)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
    }

    /// The scalar at `j`, or nil past the end.
    func at(_ j: Int) -> Unicode.Scalar? { j >= 0 && j < scalars.count ? scalars[j] : nil }

    /// The span from scalar index `a` to scalar index `b` (exclusive).
    func span(_ a: Int, _ b: Int) -> SourceSpan {
        let n = scalars.count
        return SourceSpan(offsets[max(0, min(a, n))], offsets[max(0, min(b, n))])
    }

    mutating func emit(_ kind: TokenKind, from start: Int) {
        tokens.append(Token(kind, span(start, i)))
    }

    mutating func run() throws(Diagnostic) {
        while let c = at(i) {
            let start = i
            switch c {
            case " ", "\t", "\r", "\u{3000}", "\u{FEFF}":
                i += 1
            case "\n":
                i += 1
                if openBrackets.isEmpty { emit(.newline, from: start) }
            case "#":
                if let d = at(i + 1), Self.digitValue(d) != nil { lexCode() } else { skipComment() }
            case "\"":
                try lexString()
            case "“" where curlyQuotedString():
                // `== “优”`: a Chinese input method's quotes around a value are a string.
                lexCurlyString()
            default:
                if Self.fullWidthOperators[c] != nil {
                    // ＝ （ ） ， ； 。 typed with a Chinese input method stand for = ( ) , ; and the end of a statement
                    // (a run of them at once, so ＝＝ is ==).
                    var j = i
                    while let f = at(j), let ascii = Self.fullWidthOperators[f] { scalars[j] = ascii; j += 1 }
                    continue
                }
                if Self.digitValue(c) != nil {
                    try lexNumber()
                } else if Self.isWordStart(c) {
                    lexWordOrPath()
                } else {
                    lexSymbol(c)
                }
            }
        }
        emit(.end, from: i)
    }

    mutating func skipComment() {
        while let c = at(i), c != "\n" { i += 1 }
    }

    mutating func lexCode() {
        let start = i
        i += 1
        var text = ""
        while let c = at(i) {
            if let d = Self.digitValue(c) {
                text.append(String(d)); i += 1
            } else if c == ".", let n = at(i + 1), Self.digitValue(n) != nil {
                text.append("."); i += 1
            } else { break }
        }
        emit(.code(text), from: start)
    }

    mutating func lexString() throws(Diagnostic) {
        let start = i
        i += 1
        var value = ""
        while let c = at(i) {
            if c == "\"" {
                i += 1
                emit(.string(value), from: start)
                return
            }
            if c == "\\" {
                guard let e = at(i + 1) else { break }
                switch e {
                case "\"": value.append("\"")
                case "\\": value.append("\\")
                case "n": value.append("\n")
                case "t": value.append("\t")
                default:
                    var shown = "\\"
                    shown.unicodeScalars.append(e)
                    throw LanguageMessage.unknownEscape(shown).diagnostic(in: file, at: span(i, i + 2))
                }
                i += 2
            } else {
                value.unicodeScalars.append(c)
                i += 1
            }
        }
        throw LanguageMessage.unterminatedString.diagnostic(in: file, at: span(start, start + 1))
    }

    /// The number of digits starting at `j`.
    func digitRun(from j: Int) -> Int {
        var k = j
        while let c = at(k), Self.digitValue(c) != nil { k += 1 }
        return k - j
    }

    mutating func lexNumber() throws(Diagnostic) {
        let start = i
        i += digitRun(from: i)
        var grouped = false
        while let c = at(i), c == "," || c == "，", digitRun(from: i + 1) > 0 {
            let run = digitRun(from: i + 1)
            if run == 3 {
                grouped = true
                i += 4
            } else if run > 3 || grouped {
                throw LanguageMessage.groupingComma.diagnostic(in: file, at: span(i, i + 1 + run))
            } else {
                break
            }
        }
        if let c = at(i), c == "." || c == "．", digitRun(from: i + 1) > 0 {
            i += 1 + digitRun(from: i + 1)
        }
        if let c = at(i), c == "%" || c == "％" {
            i += 1
        } else {
            while let c = at(i), Self.isUnitLetter(c) { i += 1 }
        }
        let text = file.slice(span(start, i))
        do {
            emit(.number(try Quantity(parsing: text)), from: start)
        } catch {
            throw LanguageMessage.invalidNumber(text, error).diagnostic(in: file, at: span(start, i))
        }
    }

    mutating func lexWordOrPath() {
        let start = i
        var parts = [lexWord()]
        while let c = at(i), c == "/", let n = at(i + 1), Self.isWordStart(n) {
            i += 1
            parts.append(lexWord())
        }
        emit(parts.count == 1 ? .word(parts[0]) : .path(parts), from: start)
    }

    mutating func lexWord() -> String {
        var word = ""
        while let c = at(i), word.isEmpty ? Self.isWordStart(c) : Self.isWordContinue(c) {
            // `round（total）`: after a function's name a full-width bracket is the call's, not part of a name.
            if c == "（", Self.callableWords.contains(word) { break }
            // A name holds a full-width bracket pair (目标（产出）); a closing one it did not open ends it (`round（total）`).
            if c == "）", word.unicodeScalars.filter({ $0 == "（" }).count <= word.unicodeScalars.filter({ $0 == "）" }).count { break }
            word.unicodeScalars.append(c)
            i += 1
        }
        return word
    }

    /// Full-width characters a Chinese input method types for operators and punctuation, and what they stand for.
    static let fullWidthOperators: [Unicode.Scalar: Unicode.Scalar] = [
        "＝": "=", "＋": "+", "－": "-", "＊": "*", "／": "/", "＜": "<", "＞": ">", "！": "!",
        "，": ",", "；": ";", "。": ";", "（": "(", "）": ")", "［": "[", "］": "]",
    ]

    /// Words a full-width bracket may follow as a call.
    static let callableWords: Set<String> = ["round", "min", "max", "sum", "abs", "rate", "count", "取整", "四舍五入", "最小", "最大", "求和", "绝对值", "计数"]

    /// At `“`: true when a matching `”` closes it and no name character follows (`“优”`, not `“三公”经费`).
    func curlyQuotedString() -> Bool {
        var j = i + 1
        while let c = at(j), c != "”", c != "\n" { j += 1 }
        guard at(j) == "”" else { return false }
        guard let after = at(j + 1) else { return true }
        return !Self.isWordContinue(after)
    }

    /// `“…”` as a string token (no escapes: the input method's quotes hold plain text).
    mutating func lexCurlyString() {
        let start = i
        i += 1
        var value = ""
        while let c = at(i), c != "”" { value.unicodeScalars.append(c); i += 1 }
        i += 1
        emit(.string(value), from: start)
    }

    mutating func lexSymbol(_ c: Unicode.Scalar) {
        let start = i
        let next = at(i + 1)
        func two(_ second: Unicode.Scalar, _ long: Symbol, _ short: Symbol) -> Symbol {
            if next == second { i += 2; return long }
            i += 1
            return short
        }
        let symbol: Symbol
        switch c {
        case "(": symbol = .leftParen; i += 1
        case ")": symbol = .rightParen; i += 1
        case "[": symbol = .leftBracket; i += 1
        case "]": symbol = .rightBracket; i += 1
        case ",", "，": symbol = .comma; i += 1
        case ";", "；": symbol = .semicolon; i += 1
        case ".": symbol = .dot; i += 1
        case "=": symbol = two("=", .equal, .assign)
        case "+", "＋": symbol = two("=", .plusAssign, .plus)
        case "-", "−", "－": symbol = two("=", .minusAssign, .minus)
        case "!": symbol = two("=", .notEqual, .bang)
        case "<": symbol = two("=", .lessEqual, .less)
        case ">": symbol = two("=", .greaterEqual, .greater)
        case "≤": symbol = .lessEqual; i += 1
        case "≥": symbol = .greaterEqual; i += 1
        case "≠": symbol = .notEqual; i += 1
        case "*", "×": symbol = .star; i += 1
        case "/", "÷": symbol = .slash; i += 1
        default:
            i += 1
            var text = ""
            text.unicodeScalars.append(c)
            emit(.unknown(text), from: start)
            return
        }
        emit(.symbol(symbol), from: start)
        switch symbol {
        case .leftParen, .leftBracket:
            if let last = tokens.last { openBrackets.append(last) }
        case .rightParen, .rightBracket:
            if !openBrackets.isEmpty { openBrackets.removeLast() }
        default: break
        }
    }

    // MARK: Character classes

    /// The value of an ASCII or full-width decimal digit.
    static func digitValue(_ c: Unicode.Scalar) -> Int? {
        switch c.value {
        case 0x30...0x39: return Int(c.value - 0x30)
        case 0xFF10...0xFF19: return Int(c.value - 0xFF10)
        default: return nil
        }
    }

    /// CJK punctuation allowed inside words because indicator names contain it.
    static let namePunctuation: Set<Unicode.Scalar> = ["（", "）", "、", "“", "”", "·", "《", "》"]

    static func isWordStart(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) || (0x4E00...0x9FFF).contains(v) || c == "_" { return true }
        if v < 0x80 { return false }
        return c == "“" || (c.properties.isAlphabetic && digitValue(c) == nil)
    }

    static func isWordContinue(_ c: Unicode.Scalar) -> Bool {
        // The common cases first, without Unicode property lookups: ASCII letters and digits, CJK ideographs.
        let v = c.value
        if (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) || (0x30...0x39).contains(v) || (0x4E00...0x9FFF).contains(v) { return true }
        if v < 0x80 { return c == "_" }
        if namePunctuation.contains(c) || digitValue(c) != nil { return true }
        let p = c.properties
        switch p.generalCategory {
        case .decimalNumber, .letterNumber, .nonspacingMark, .spacingMark: return true
        default: return p.isAlphabetic
        }
    }

    /// Letters that may follow a number as its unit (`万元`, `家`); not digits, not `_`.
    static func isUnitLetter(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic && digitValue(c) == nil && c.properties.generalCategory != .decimalNumber
    }
}
