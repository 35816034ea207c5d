import Testing
@testable import RubricCore

/// The statement registry: one form per keyword, every parsed statement owned by exactly the form of its keyword.
@Suite struct StatementRegistryTests {
    /// One example of every way to write every statement.
    static let examples = """
    show
    show 履职效能
    leaves
    leaves where score < weight
    list targets
    list targets of 履职效能
    check
    print 1, total
    let x = 1
    assert total > 0, "ok"
    load "seed003.yaml"
    use baseline
    use scheme "guangzhou-department"
    save
    save! "a.yaml"
    save scenario baseline "b.yaml"
    save session "s.rubric"
    export csv "f.csv"
    export! json "f.json"
    scenario A
    scenario B from baseline
    scenarios
    drop B
    changes
    reset
    undo
    redo
    compare baseline A --all
    diff
    seek 合同备案时效性.entered for total >= 90
    sweep 合同备案时效性.entered from 0 to 1 step 0.5
    impact
    explain total
    tutorial
    help
    set lang zh
    quit
    exit
    """

    @Test func everyStatementIsOwnedByTheFormOfItsKeyword() throws {
        let program = try Parser.parse(Self.examples)
        let lines = Self.examples.split(separator: "\n")
        #expect(program.statements.count == lines.count)
        var used = Set<String>()
        for (st, line) in zip(program.statements, lines) {
            let keyword = String(line.split(separator: " ").first!.split(separator: "!").first!)
            let owners = StatementRegistry.all.filter { $0.owns(st.kind) }
            #expect(owners.count == 1, "\(line)")
            #expect(owners.first?.keywords.contains(keyword) == true, "\(line)")
            used.insert(keyword)
        }
        // The examples cover every keyword, so a new statement without an example fails here.
        #expect(used == Set(StatementRegistry.keywords.filter { $0.allSatisfy(\.isASCII) }))
    }

    @Test func keywordsHelpAndCompletionComeFromTheRegistry() throws {
        #expect(Keywords.statements == StatementRegistry.keywords)
        #expect(Set(Keywords.statements).count == Keywords.statements.count)
        let help = StatementRegistry.commandsHelp
        for form in StatementRegistry.all { for u in form.usage { #expect(help.contains(u.syntax)) } }
        let (s, _) = try WhatIfFixtures.session()
        let atStart = s.complete(line: "", cursor: 0).candidates
        for k in StatementRegistry.keywords { #expect(atStart.contains(k)) }
        for k in StatementRegistry.keywords {
            let line = k + " "
            _ = s.complete(line: line, cursor: line.utf8.count)   // every form answers without trapping
        }
        #expect(s.complete(line: "export ", cursor: 7).candidates == Keywords.exportFormats)
    }

    @Test func helpOnAKeywordShowsItsForms() throws {
        let (s, _) = try WhatIfFixtures.session()
        let text = try s.help("save", file: SourceFile(name: "<t>", text: "help save"))
        #expect(text.contains("save session FILE.rubric"))
    }
}

/// Input typed with a Chinese input method: Chinese keywords, property names and full-width punctuation.
@Suite struct ChineseInputTests {
    @Test func chineseKeywordsAndPropertiesAreTheEnglishOnes() throws {
        let (s, _) = try WhatIfFixtures.session()
        let r = s.script("""
        情景 乐观
        合同备案时效性.录入分 = 1
        断言 总分 == 91.92
        断言 合同备案时效性.得分 == 合同备案时效性.score
        断言 合同备案时效性.分值 == 1
        撤销
        断言 总分 == 91.42
        使用 baseline
        """)
        #expect(r.failure == nil, Comment(rawValue: r.failure?.rendered() ?? ""))
        #expect(r.assertsPassed == 4)
        #expect(s.workspace?.current == "baseline")
        #expect(s.workspace?.order == ["baseline", "乐观"])
    }

    @Test func fullWidthPunctuationFromAnInputMethodIsRead() throws {
        let (s, _) = try WhatIfFixtures.session()
        let r = s.script("""
        断言 round（总分）== 91
        断言 等级 == “优”
        合同备案时效性.entered ＝ 1。
        断言 max（1，2）＝＝ 2
        断言 “三公”经费控制情况.score == 2
        """)
        #expect(r.failure == nil, Comment(rawValue: r.failure?.rendered() ?? ""))
        #expect(r.assertsPassed == 4)
        #expect(s.workspace?.scored.total == "91.92")
    }

    @Test func everyStatementHasAChineseKeyword() {
        for form in StatementRegistry.all {
            #expect(form.keywords.contains { $0.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } }, "\(form.keywords[0])")
        }
    }
}

/// Found by a second new-user trial: 基准 is the baseline everywhere, keywords run into text say so, grade hints make sense.
@Suite struct ChineseInputFollowUpTests {
    @Test func 基准IsTheBaselineAsAScenarioName() throws {
        let (s, _) = try WhatIfFixtures.session()
        let r = s.script("情景 乐观 从 基准\n使用 基准\n断言 基准.总分 == 91.42")
        #expect(r.failure == nil, Comment(rawValue: r.failure?.rendered() ?? ""))
        #expect(s.workspace?.scenarios["乐观"]?.base == "baseline")
        #expect(s.workspace?.current == "baseline")
    }

    @Test func aKeywordRunIntoItsArgumentSaysToPutASpace() throws {
        let (s, _) = try WhatIfFixtures.session()
        #expect(s.script("显示值（总分）").failure?.hint == "to use the command '显示值', put a space after it: 显示值 （总分）")
    }

    @Test func aGradeHintOnlyNamesAGradeThatSharesACharacter() throws {
        let (s, _) = try WhatIfFixtures.session()
        #expect(s.script("print grade == \"甲\"").failure?.hint == "its grades: 优, 良, 中, 差")
        #expect(s.script("print grade == \"优等\"").failure?.hint == "its grades: 优, 良, 中, 差; did you mean '优'?")
    }
}

/// The Chinese property names are the English properties: parsed to them, printed as them, offered by completion.
@Suite struct ChineseAliasRoundTripTests {
    @Test func everyPropertyAliasRoundTripsThroughThePrinter() throws {
        for (alias, property) in Keywords.propertyAliases where Evaluator.indicatorProperties.contains(property) {
            let e = try Parser.parseExpression("合同备案时效性.\(alias) + 1")
            guard case .binary(_, let left, _) = e.kind, case .property(_, let name) = left.kind else {
                Issue.record("\(alias) did not parse as a property"); continue
            }
            #expect(name.text == property && name.written == alias, "\(alias)")
            let printed = ExprPrinter.text(e)
            #expect(printed == "合同备案时效性.\(property) + 1", "\(alias) printed as \(printed)")
            #expect(ExprPrinter.text(try Parser.parseExpression(printed)) == printed, "\(alias): the printed text parses back to the same expression")
        }
    }

    @Test func completionOffersChineseNamesAndTheIndicatorsFigures() throws {
        let (s, _) = try WhatIfFixtures.session()
        let c = s.complete(line: "合同备案时效性.得", cursor: "合同备案时效性.得".utf8.count)
        #expect(c.candidates.contains("合同备案时效性.得分") && c.candidates.contains("合同备案时效性.得分率"), "\(c.candidates)")
        let f = Session(files: WhatIfMemoryFiles(["r.yaml": FormulaInputsTests.report]))
        try f.load("r.yaml")
        let figures = f.complete(line: "在职人员控制率.编", cursor: "在职人员控制率.编".utf8.count)
        #expect(figures.candidates == ["在职人员控制率.编码", "在职人员控制率.编制数"], "the property 编码 and the figure 编制数: \(figures.candidates)")
    }
}
