import Testing
@testable import RubricCore

/// The message catalogue: every entry in both languages with the same arguments; the language chosen as documented.
@Suite struct MessageTests {
    /// The `{n}` placeholders of a text.
    static func placeholders(_ text: String) -> Set<String> {
        var out = Set<String>()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let inner = rest[rest.index(after: open)..<close]
            if !inner.isEmpty, inner.allSatisfy(\.isNumber) { out.insert(String(inner)) }
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    @Test(arguments: Message.allCases)
    func everyMessageHasBothLanguagesWithTheSameArguments(_ m: Message) {
        #expect(!m.en.isEmpty && !m.zh.isEmpty, "\(m.id)")
        #expect(Self.placeholders(m.en) == Self.placeholders(m.zh), "\(m.id): \(m.en) / \(m.zh)")
        // The Chinese text is Chinese: it holds at least one CJK character (a symbol-only message excepted).
        #expect(m.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } || m == .columnDelta || m == .didYouMeanOr, "\(m.id)")
    }

    @Test(arguments: Message.allCases)
    func placeholdersRunFromOneAndChineseQuotesAsChineseDoes(_ m: Message) {
        // {1}…{n} without a gap, so every argument given is shown.
        let numbers = Self.placeholders(m.en).compactMap { Int($0) }.sorted()
        #expect(numbers == (0..<numbers.count).map { $0 + 1 }, "\(m.id): \(numbers)")
        // A quoted argument is “{1}” in Chinese, never '{1}'.
        #expect(!m.zh.contains("'{"), "\(m.id): \(m.zh)")
    }

    @Test func aDiagnosticFromTheCatalogueHasItsIdAndTheTextOfTheLanguage() {
        let d = Diagnostic(phase: .evaluate, .noScenarioNamed, "乐观", hint: .useSwitchesToIt, "乐观")
        #expect(d.id == "noScenarioNamed")
        #expect(d.message == Message.noScenarioNamed.text("乐观") && d.hint == Message.useSwitchesToIt.text("乐观"))
        #expect(Message.noScenarioNamed.text("乐观", in: .en) == "no scenario named '乐观'")
        #expect(Message.noScenarioNamed.text("乐观", in: .zh) == "没有名为“乐观”的情景")
        #expect(Diagnostic(phase: .io, "built elsewhere").id == nil)
        #expect(Message.suggestion(["a", "b"], in: .en) == "did you mean 'a' or 'b'?" && Message.suggestion([]) == nil)
    }

    @Test func argumentsArePutInTheirPlaces() {
        #expect(Message.noIndicatorNamed.text("专项", in: .zh) == "没有名为“专项”的指标或变量")
        #expect(Message.noIndicatorNamed.text("专项", in: .en) == "no indicator or variable named '专项'")
        #expect(Message.findingCounts.text("1", "2", "0", in: .zh) == "1 个错误，2 个警告，0 条提示")
    }

    @Test func aRuleParameterErrorKeepsItsEnglishAndReadsInChinese() {
        let e = RuleError.badParameter(rule: "tiers", name: "measure", reason: .paramActualOrDeviation, args: ["x"])
        #expect(e.message == "rule 'tiers': parameter 'measure' must be 'actual' or 'deviation', not 'x'")
        let zh = Message.ruleParameter.text("tiers", "measure", Message.paramActualOrDeviation.text("x", in: .zh), in: .zh)
        #expect(zh == "计分规则“tiers”的参数“measure”应为“actual”或“deviation”，而不是“x”")
    }

    @Test func theLocaleConfigAndWordsChooseTheLanguage() {
        #expect(InterfaceLanguage.fromLocale(["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(InterfaceLanguage.fromLocale(["LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"]) == .en)   // LC_ALL wins
        #expect(InterfaceLanguage.fromLocale(["LC_MESSAGES": "zh_TW", "LANG": "C"]) == .zh)
        #expect(InterfaceLanguage.fromLocale([:]) == .en)
        #expect(InterfaceLanguage.fromConfig("# mine\nlang = zh   # 中文\n") == .zh)
        #expect(InterfaceLanguage.fromConfig("colour = no\n") == nil)
        #expect(InterfaceLanguage(word: "中文") == .zh && InterfaceLanguage(word: "English") == .en && InterfaceLanguage(word: "fr") == nil)
        #expect(InterfaceLanguage.configPath(["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/rubric/config")
        #expect(InterfaceLanguage.configPath(["HOME": "/h"]) == "/h/.config/rubric/config")
    }

    @Test func everyLanguageMessageHasAChineseTextAndHintWhereTheEnglishHasOne() {
        let samples: [LanguageMessage] = [
            .unterminatedString, .unknownEscape("q"), .groupingComma, .unexpectedCharacter("％"), .expectedExpression(found: .end),
            .neverClosed(open: "(", close: ")"), .tooManyTerms, .unmatchedClosing(")"), .nestedTooDeeply, .chainedComparison,
            .notAssignable, .assignmentInExpression, .expectedName(after: "let"), .reservedName("total"),
            .unknownCommand("shw", suggestions: ["show"]), .expectedWord("for", after: "seek"), .expectedFile(after: "load"),
            .unknownFormat("xsl", suggestions: ["xlsx"]), .unknownOption("--x"), .expectedPropertyTarget(command: "seek"),
            .expectedEndOfStatement(found: .end), .onlyNamesCanBeCalled, .expectedPropertyName, .expectedMessageString,
            .expectedScenarioName(after: "scenario"),
        ]
        for m in samples {
            #expect(m.zhMessage.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(m.id)")
            #expect((m.hint == nil) == (m.zhHint == nil), "\(m.id)")
        }
    }
}

/// `help commands` in Chinese: every statement's help line has its Chinese.
@Suite struct StatementHelpChineseTests {
    @Test func everyUsageLineHasItsChinese() {
        for form in StatementRegistry.all {
            for u in form.usage {
                #expect(StatementHelpChinese.byEnglish[u.does] != nil, "\(u.syntax): no Chinese for '\(u.does)'")
            }
        }
    }
}
