import Testing
@testable import RubricCore

/// The kinds of the tokens of `text`, without newlines' spans and without the final `.end`.
private func lex(_ text: String) throws -> [TokenKind] {
    try Lexer.tokens(in: SourceFile(name: "<test>", text: text)).map(\.kind).dropLast().map { $0 }
}

private func q(_ s: String) -> TokenKind { .number(try! Quantity(parsing: s)) }

@Suite struct LanguageLexerTests {
    // MARK: Numbers

    @Test func numbersWithGroupingCommasAreOneLiteral() throws {
        #expect(try lex("1,073.13") == [q("1073.13")])
        #expect(try lex("447,790.64万元") == [.number(Quantity("447790.64", .money))])
        #expect(try lex("1,000,000") == [q("1000000")])
    }

    @Test func groupingCommaInsideCallIsOneArgument() throws {
        #expect(try lex("max(1,000)") == [.word("max"), .symbol(.leftParen), q("1000"), .symbol(.rightParen)])
    }

    @Test func commaWithOneOrTwoDigitsSeparatesArguments() throws {
        #expect(try lex("min(1,2)") == [.word("min"), .symbol(.leftParen), q("1"), .symbol(.comma), q("2"), .symbol(.rightParen)])
        #expect(try lex("max(1, 0)") == [.word("max"), .symbol(.leftParen), q("1"), .symbol(.comma), q("0"), .symbol(.rightParen)])
        #expect(try lex("round(x,2)") == [.word("round"), .symbol(.leftParen), .word("x"), .symbol(.comma), q("2"), .symbol(.rightParen)])
    }

    @Test func commaAfterFractionEndsTheNumber() throws {
        #expect(try lex("1.5,000") == [q("1.5"), .symbol(.comma), q("0")])
    }

    @Test func numbersCarryTheirUnits() throws {
        #expect(try lex("6%") == [.number(Quantity("0.06", .percent))])
        #expect(try lex("6％") == [.number(Quantity("0.06", .percent))])
        #expect(try lex("400万元") == [.number(Quantity(400, .money))])
        #expect(try lex("2.27亿") == [.number(Quantity(22700, .money))])
        #expect(try lex("2.27亿元") == [.number(Quantity(22700, .money))])
        #expect(try lex("25.6元") == [.number(Quantity("0.00256", .money))])
        #expect(try lex("600家") == [.number(Quantity(600, .count("家")))])
        #expect(try lex("1500万人次") == [.number(Quantity(15_000_000, .count("人次")))])
    }

    @Test func percentEndsTheUnit() throws {
        #expect(try lex("6%x") == [q("6%"), .word("x")])
    }

    @Test func fullWidthDigitsAreNumbers() throws {
        #expect(try lex("９４．９１％") == [.number(Quantity("0.9491", .percent))])
        #expect(try lex("６００家") == [.number(Quantity(600, .count("家")))])
    }

    @Test func numberFollowedByDotWordIsAPropertyAccess() throws {
        #expect(try lex("6.score") == [q("6"), .symbol(.dot), .word("score")])
    }

    @Test func fourDigitsAfterACommaIsAnError() {
        expectDiagnostic("max(21️⃣,0000)", .groupingComma)
    }

    @Test func shortGroupAfterAGroupingIsAnError() {
        expectDiagnostic("x = 1,0001️⃣,00", .groupingComma)
    }

    @Test func badFirstGroupIsNotANumber() {
        expectDiagnostic("x = 1️⃣1234,567", .invalidNumber("1234,567", .invalidNumber("1234,567")))
    }

    @Test func hugeNumberOverflows() {
        expectDiagnostic("1️⃣99999999999999999999", .invalidNumber("99999999999999999999", .overflow))
    }

    // MARK: Words and paths

    @Test func chineseIdentifiersIncludeNamePunctuation() throws {
        #expect(try lex("专项资金支出率") == [.word("专项资金支出率")])
        #expect(try lex("“三公”经费控制情况.score") == [.word("“三公”经费控制情况"), .symbol(.dot), .word("score")])
        #expect(try lex("资产（含无形资产）、其他·甲") == [.word("资产（含无形资产）、其他·甲")])
        #expect(try lex("_x2 y_3") == [.word("_x2"), .word("y_3")])
    }

    @Test func slashWithoutBlanksMakesAPath() throws {
        #expect(try lex("专项效能/专项资金支出率") == [.path(["专项效能", "专项资金支出率"])])
        #expect(try lex("a/b/c.score") == [.path(["a", "b", "c"]), .symbol(.dot), .word("score")])
    }

    @Test func slashWithBlanksIsDivision() throws {
        #expect(try lex("a / b") == [.word("a"), .symbol(.slash), .word("b")])
        #expect(try lex("a /b") == [.word("a"), .symbol(.slash), .word("b")])
        #expect(try lex("a/ b") == [.word("a"), .symbol(.slash), .word("b")])
        #expect(try lex("total/2") == [.word("total"), .symbol(.slash), q("2")])
    }

    // MARK: Codes and comments

    @Test func hashDigitIsACode() throws {
        #expect(try lex("#1.1.2") == [.code("1.1.2")])
        #expect(try lex("#1.1.3.weight") == [.code("1.1.3"), .symbol(.dot), .word("weight")])
        #expect(try lex("#１.２") == [.code("1.2")])
    }

    @Test func hashWithoutDigitIsAComment() throws {
        #expect(try lex("x # a comment #1.2\ny") == [.word("x"), .newline, .word("y")])
        #expect(try lex("#!/usr/bin/env rubric\nshow") == [.newline, .word("show")])
        #expect(try lex("#") == [])
    }

    // MARK: Strings, symbols, lines

    @Test func stringsResolveEscapes() throws {
        #expect(try lex(#""a\"b\\c\nd""#) == [.string("a\"b\\c\nd")])
        #expect(try lex("\"“三公”经费\"") == [.string("“三公”经费")])
    }

    @Test func unterminatedStringPointsAtTheOpeningQuote() {
        expectDiagnostic("print 1️⃣\"abc", .unterminatedString)
    }

    @Test func unknownEscapeIsAnError() {
        expectDiagnostic("print \"a1️⃣\\qb\"", .unknownEscape("\\q"))
    }

    @Test func operatorsIncludeUnicodeComparisons() throws {
        #expect(try lex("a ≥ b ≤ c ≠ d >= <= != == = += -= × ÷") == [
            .word("a"), .symbol(.greaterEqual), .word("b"), .symbol(.lessEqual), .word("c"), .symbol(.notEqual),
            .word("d"), .symbol(.greaterEqual), .symbol(.lessEqual), .symbol(.notEqual), .symbol(.equal),
            .symbol(.assign), .symbol(.plusAssign), .symbol(.minusAssign), .symbol(.star), .symbol(.slash),
        ])
    }

    @Test func newlinesInsideBracketsAreIgnored() throws {
        #expect(try lex("f(1,\n2)\n[3\n]") == [
            .word("f"), .symbol(.leftParen), q("1"), .symbol(.comma), q("2"), .symbol(.rightParen), .newline,
            .symbol(.leftBracket), q("3"), .symbol(.rightBracket),
        ])
    }

    @Test func strayCharactersBecomeUnknownTokens() throws {
        #expect(try lex("a ~ b") == [.word("a"), .unknown("~"), .word("b")])
        #expect(try lex("% ") == [.unknown("%")])
    }

    @Test func spansAreUTF8Offsets() throws {
        let tokens = try Lexer.tokens(in: SourceFile(name: "t", text: "专项 6%"))
        #expect(tokens.map(\.span) == [SourceSpan(0, 6), SourceSpan(7, 9), SourceSpan(9, 9)])
    }
}
