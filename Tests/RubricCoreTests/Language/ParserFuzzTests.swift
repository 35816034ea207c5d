import Testing
@testable import RubricCore

/// A tiny seeded generator (SplitMix64) so fuzz runs are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random inputs from tricky characters and fragments must never crash the lexer or parser.
@Suite struct LanguageParserFuzzTests {
    static let alphabet: [String] = [
        "(", ")", "[", "]", "\"", "\\", "“", "”", "（", "）", "、", "·", "0", "1", "9", "５", "．", ",", "，",
        "%", "％", "万", "亿", "元", "家", "专", "项", "率", "#", "/", ".", "+", "-", "*", "=", "==", "!", "!=",
        "<", ">", "≥", "≤", "≠", "×", "÷", ";", "；", "\n", " ", " ", "\t", "~", "_", "a", "x", "é", "\u{301}",
        "1,000", "1,0000", "#1.2", "#!", "--all", "and ", "or ", "not ", "true", "let ", "show ", "print ",
        "seek ", " for ", "sweep ", " from ", " to ", " step ", "help ", "save!", "scenario ", "compare ",
        "export ", "json ", ".score", "6%", "400万元", "round(", "max(", "\u{0}", "\u{FEFF}", "😀", "1️⃣",
    ]

    static func randomInput(_ rng: inout SplitMix64) -> String {
        let length = Int(rng.next() % 24)
        var s = ""
        for _ in 0..<length {
            s += alphabet[Int(rng.next() % UInt64(alphabet.count))]
        }
        return s
    }

    @Test func fiveThousandRandomInputsParseOrDiagnose() {
        var rng = SplitMix64(seed: 20_240_601)
        var parsed = 0, diagnosed = 0
        for _ in 0..<5_000 {
            let text = Self.randomInput(&rng)
            let file = SourceFile(name: "<fuzz>", text: text)
            _ = isIncomplete(text)
            do { _ = try Parser.parseExpression(file) } catch { #expect(error.phase == .lex || error.phase == .parse) }
            do {
                _ = try Parser.parse(file)
                parsed += 1
            } catch {
                diagnosed += 1
                #expect(error.phase == .lex || error.phase == .parse, "\(text.debugDescription)")
                #expect(error.file == file)
                if let span = error.span {
                    #expect(span.start >= 0 && span.end <= text.utf8.count, "\(text.debugDescription)")
                } else {
                    Issue.record("diagnostic without a span for \(text.debugDescription)")
                }
                _ = error.rendered()
            }
        }
        #expect(parsed > 100)
        #expect(diagnosed > 100)
    }

    @Test func longNestedInputsStayWithinTheDepthLimit() {
        var rng = SplitMix64(seed: 42)
        let pieces = ["(", "[", "-", "not ", "a", ".b", " + ", "f(", ", ", ")", "]"]
        for _ in 0..<200 {
            var s = ""
            for _ in 0..<2_000 { s += pieces[Int(rng.next() % UInt64(pieces.count))] }
            _ = isIncomplete(s)
            do { _ = try Parser.parse(s) } catch { #expect(error.phase == .parse || error.phase == .lex) }
        }
    }

    @Test func printedExpressionsParseBackToTheSameTree() {
        var rng = SplitMix64(seed: 7)
        var checked = 0
        for _ in 0..<5_000 {
            let text = Self.randomInput(&rng)
            guard let e = try? Parser.parseExpression(text) else { continue }
            checked += 1
            let printed = e.sourceText
            do {
                let again = try Parser.parseExpression(printed)
                #expect(again.withoutSpans == e.withoutSpans, "\(text.debugDescription) printed as \(printed.debugDescription)")
            } catch {
                Issue.record("\(text.debugDescription) printed as \(printed.debugDescription): \(error.message)")
            }
        }
        #expect(checked > 50)
    }

    @Test func generatedOperatorTreesRoundTrip() throws {
        var rng = SplitMix64(seed: 99)
        let leaves: [Expr] = [E.name("a"), E.num("6%"), E.str("s\"q"), E.code("1.2"), E.path("p", "q"), E.bool(true)]
        func gen(_ depth: Int) -> Expr {
            let r = rng.next() % 8
            if depth == 0 || r < 2 { return leaves[Int(rng.next() % UInt64(leaves.count))] }
            switch r {
            case 2: return E.neg(gen(depth - 1))
            case 3: return E.not(gen(depth - 1))
            case 4: return E.prop(gen(depth - 1), "score")
            default:
                let op = BinaryOperator.allCases[Int(rng.next() % UInt64(BinaryOperator.allCases.count))]
                return E.bin(op, gen(depth - 1), gen(depth - 1))
            }
        }
        for _ in 0..<2_000 {
            let e = gen(5)
            let printed = e.sourceText
            let again = try Parser.parseExpression(printed).withoutSpans
            #expect(again == e, "printed as \(printed)")
        }
    }

    @Test func printerUsesOnlyNeededParentheses() throws {
        #expect(try Parser.parseExpression("(a + b) * c").sourceText == "(a + b) * c")
        #expect(try Parser.parseExpression("a + (b * c)").sourceText == "a + b * c")
        #expect(try Parser.parseExpression("a - (b - c)").sourceText == "a - (b - c)")
        #expect(try Parser.parseExpression("(-x).score").sourceText == "(-x).score")
        #expect(try Parser.parseExpression("1,073.13 + 6% + 2.27亿").sourceText == "1073.13 + 6% + 22700万元")
    }
}
