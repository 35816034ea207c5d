import Foundation

/// A small reader of Swift source for the catalogue tests: finds calls of given functions and, in each argument,
/// the string literals that hold words (skipping comments, string interpolations and nested calls).
struct SwiftCallScanner {
    /// One argument of a call: its label (nil when unlabelled) and the literals with letters at its top level.
    struct Argument {
        var label: String?
        var text: String
        /// String literals (without quotes, interpolations left out) that hold a letter and are not a comparison operand.
        var wordyLiterals: [String]
    }

    /// A call found in a source: the callee, the 1-based line where its name starts, its arguments.
    struct Call {
        var callee: String
        var line: Int
        var arguments: [Argument]
        /// What the name is called on: nil for a plain call (`f(`), "" for an implicit member (`.text(`),
        /// else the expression's last part before the dot (`trace?` in `trace?.add(`, `x` in `Message.x.text(`).
        var receiver: String? = nil
        /// The source line up to the name, trimmed (`case nil, .text(` shows a pattern, not a construction).
        var linePrefix: String = ""
    }

    let source: [Character]

    init(_ text: String) { source = Array(text) }

    /// Every call of one of `names` (`Diagnostic(`, `fail(` …), in order.
    func calls(of names: Set<String>) -> [Call] {
        var out: [Call] = []
        var i = 0
        var line = 1
        while i < source.count {
            let c = source[i]
            if c == "\n" { line += 1; i += 1; continue }
            if startsComment(at: i) { let end = skipComment(from: i); line += newlines(i, end); i = end; continue }
            if c == "\"" || (c == "#" && next(i) == "\"") {
                let end = skipString(from: i).end
                line += newlines(i, end); i = end; continue
            }
            if isIdentifierStart(c), i == 0 || !isIdentifierChar(source[i - 1]) {
                var j = i
                while j < source.count, isIdentifierChar(source[j]) { j += 1 }
                let name = String(source[i..<j])
                if names.contains(name), j < source.count, source[j] == "(", !(i >= 5 && String(source[(i - 5)..<i]) == "func ") {
                    // Calls nested in the arguments are found too: the scan goes on from just after the name.
                    out.append(Call(callee: name, line: line, arguments: arguments(from: j).0, receiver: receiver(before: i),
                                    linePrefix: linePrefix(before: i)))
                }
                i = j
                continue
            }
            i += 1
        }
        return out
    }

    /// The receiver of the name starting at `i` (see ``Call/receiver``).
    func receiver(before i: Int) -> String? {
        guard i > 0, source[i - 1] == "." else { return nil }
        var j = i - 2
        while j >= 0, isIdentifierChar(source[j]) || source[j] == "?" || source[j] == "!" { j -= 1 }
        return String(source[(j + 1)..<(i - 1)])
    }

    /// The text of the line before `i`, trimmed.
    func linePrefix(before i: Int) -> String {
        var j = i
        while j > 0, source[j - 1] != "\n" { j -= 1 }
        return String(source[j..<i]).trimmingCharacters(in: .whitespaces)
    }

    // MARK: Arguments

    /// The arguments of the call whose `(` is at `open`, and the index after its `)`.
    func arguments(from open: Int) -> ([Argument], Int) {
        var args: [Argument] = []
        var start = open + 1
        var depth = 0
        var i = open
        while i < source.count {
            let c = source[i]
            if startsComment(at: i) { i = skipComment(from: i); continue }
            if c == "\"" || (c == "#" && next(i) == "\"") { i = skipString(from: i).end; continue }
            if "([{".contains(c) { depth += 1 }
            else if ")]}".contains(c) {
                depth -= 1
                if depth == 0 { args.append(argument(start, i)); return (args, i + 1) }
            } else if c == ",", depth == 1 { args.append(argument(start, i)); start = i + 1 }
            i += 1
        }
        return (args, i)
    }

    /// The argument in `source[lo..<hi]`: its label, and its wordy literals outside nested calls and subscripts.
    func argument(_ lo: Int, _ hi: Int) -> Argument {
        let text = String(source[lo..<hi])
        var label: String?
        var body = lo
        // `label: value` — an identifier then a colon (not `::`, not inside a ternary: that has a `?` before it).
        var k = lo
        while k < hi, source[k].isWhitespace { k += 1 }
        var e = k
        while e < hi, isIdentifierChar(source[e]) { e += 1 }
        if e > k, e < hi, source[e] == ":" { label = String(source[k..<e]); body = e + 1 }
        var literals: [String] = []
        var depth = 0
        var i = body
        while i < hi {
            let c = source[i]
            if startsComment(at: i) { i = skipComment(from: i); continue }
            if c == "\"" || (c == "#" && next(i) == "\"") {
                let (end, words) = skipString(from: i)
                if depth == 0, words.contains(where: \.isLetter), !isComparisonOperand(i, end, hi, lo: body) { literals.append(words) }
                i = end
                continue
            }
            if "([".contains(c) { depth += 1 } else if ")]".contains(c) { depth -= 1 }
            i += 1
        }
        return Argument(label: label, text: text, wordyLiterals: literals)
    }

    /// True when the literal in `source[start..<end]` is compared (`x == "score"`), not shown.
    func isComparisonOperand(_ start: Int, _ end: Int, _ hi: Int, lo: Int) -> Bool {
        var b = start - 1
        while b >= lo, source[b].isWhitespace { b -= 1 }
        if b >= lo + 1, source[b] == "=", source[b - 1] == "=" || source[b - 1] == "!" { return true }
        var a = end
        while a < hi, source[a].isWhitespace { a += 1 }
        if a + 1 < hi, source[a + 1] == "=", source[a] == "=" || source[a] == "!" { return true }
        return false
    }

    // MARK: Lexing

    func next(_ i: Int) -> Character? { i + 1 < source.count ? source[i + 1] : nil }

    func startsComment(at i: Int) -> Bool { source[i] == "/" && (next(i) == "/" || next(i) == "*") }

    func skipComment(from i: Int) -> Int {
        if next(i) == "/" {
            var j = i
            while j < source.count, source[j] != "\n" { j += 1 }
            return j
        }
        var j = i + 2, depth = 1
        while j < source.count, depth > 0 {
            if source[j] == "/", next(j) == "*" { depth += 1; j += 2; continue }
            if source[j] == "*", next(j) == "/" { depth -= 1; j += 2; continue }
            j += 1
        }
        return j
    }

    /// Skips a string literal (`"…"`, `"""…"""`, `#"…"#`) starting at `i`: the index after it, and its text without interpolations.
    func skipString(from i: Int) -> (end: Int, words: String) {
        var j = i
        var hashes = 0
        while j < source.count, source[j] == "#" { hashes += 1; j += 1 }
        let multiline = j + 2 < source.count && source[j] == "\"" && source[j + 1] == "\"" && source[j + 2] == "\""
        j += multiline ? 3 : 1
        var words = ""
        while j < source.count {
            let c = source[j]
            if c == "\\" && hashesFollow(j + 1, hashes) {
                let after = j + 1 + hashes
                if after < source.count, source[after] == "(" {
                    // An interpolation: skip to its closing parenthesis, strings and all.
                    j = skipParenthesised(from: after)
                    continue
                }
                j = after + 1
                continue
            }
            if c == "\"" {
                if multiline {
                    if j + 2 < source.count, source[j + 1] == "\"", source[j + 2] == "\"", hashesFollow(j + 3, hashes) { return (j + 3 + hashes, words) }
                } else if hashesFollow(j + 1, hashes) {
                    return (j + 1 + hashes, words)
                }
            }
            if !multiline && c == "\n" { return (j, words) }   // not a literal after all (a stray quote)
            words.append(c)
            j += 1
        }
        return (j, words)
    }

    func hashesFollow(_ at: Int, _ count: Int) -> Bool {
        guard count > 0 else { return true }
        guard at + count <= source.count else { return false }
        return source[at..<(at + count)].allSatisfy { $0 == "#" }
    }

    /// The index after the `)` that closes the `(` at `open`, skipping strings and comments inside.
    func skipParenthesised(from open: Int) -> Int {
        var depth = 0
        var j = open
        while j < source.count {
            let c = source[j]
            if startsComment(at: j) { j = skipComment(from: j); continue }
            if c == "\"" || (c == "#" && next(j) == "\"") { j = skipString(from: j).end; continue }
            if c == "(" { depth += 1 } else if c == ")" { depth -= 1; if depth == 0 { return j + 1 } }
            j += 1
        }
        return j
    }

    func newlines(_ a: Int, _ b: Int) -> Int { source[a..<min(b, source.count)].filter { $0 == "\n" }.count }

    func isIdentifierStart(_ c: Character) -> Bool { c == "_" || c.isLetter }
    func isIdentifierChar(_ c: Character) -> Bool { c == "_" || c.isLetter || c.isNumber }
}
