import Testing
@testable import RubricCore

@Suite struct LanguageParserExpressionTests {
    @Test func precedenceFollowsTheTable() throws {
        #expect(try expr("a + b * c") == E.bin(.add, E.name("a"), E.bin(.multiply, E.name("b"), E.name("c"))))
        #expect(try expr("a - b - c") == E.bin(.subtract, E.bin(.subtract, E.name("a"), E.name("b")), E.name("c")))
        #expect(try expr("a or b and c") == E.bin(.or, E.name("a"), E.bin(.and, E.name("b"), E.name("c"))))
        #expect(try expr("not a == b and c") == E.bin(.and, E.not(E.bin(.equal, E.name("a"), E.name("b"))), E.name("c")))
        #expect(try expr("total >= 90 and grade == \"优\"") == E.bin(.and,
            E.bin(.greaterOrEqual, E.name("total"), E.num("90")),
            E.bin(.equal, E.name("grade"), E.str("优"))))
    }

    @Test func unaryMinusBindsTighterThanMultiplicationButLooserThanProperties() throws {
        #expect(try expr("-x.score * 2") == E.bin(.multiply, E.neg(E.prop(E.name("x"), "score")), E.num("2")))
        #expect(try expr("--1") == E.neg(E.neg(E.num("1"))))
    }

    @Test func unicodeComparisonsMeanTheSameAsASCII() throws {
        #expect(try expr("a ≥ 1") == expr("a >= 1"))
        #expect(try expr("a ≠ 1") == expr("a != 1"))
        #expect(try expr("a × b ÷ c") == expr("a * b / c"))
    }

    @Test func postfixChainsAndCalls() throws {
        #expect(try expr("round(专项资金支出率.spent / 专项资金支出率.budget, 2)") == E.call("round",
            E.bin(.divide, E.prop(E.name("专项资金支出率"), "spent"), E.prop(E.name("专项资金支出率"), "budget")),
            E.num("2")))
        #expect(try expr("scheme.overshoot") == E.prop(E.name("scheme"), "overshoot"))
        #expect(try expr("#1.1.3.weight") == E.prop(E.code("1.1.3"), "weight"))
        #expect(try expr("\"“三公”经费控制情况\".score") == E.prop(E.str("“三公”经费控制情况"), "score"))
        #expect(try expr("专项效能/专项资金支出率.rate") == E.prop(E.path("专项效能", "专项资金支出率"), "rate"))
        #expect(try expr("max()") == E.call("max"))
    }

    @Test func pathsAndDivisionDiffer() throws {
        #expect(try expr("a/b") == E.path("a", "b"))
        #expect(try expr("a / b") == E.bin(.divide, E.name("a"), E.name("b")))
    }

    @Test func literals() throws {
        #expect(try expr("[1, 6%, 400万元, true, false, \"s\"]") == E.list(
            E.num("1"), E.num("6%"), E.num("400万元"), E.bool(true), E.bool(false), E.str("s")))
        #expect(try expr("[]") == E.list())
        #expect(try expr("[1,\n 2,\n]") == E.list(E.num("1"), E.num("2")))
        #expect(try expr("max(1,000)") == E.call("max", E.num("1000")))
        #expect(try expr("max(1, 0)") == E.call("max", E.num("1"), E.num("0")))
    }

    @Test func lineBreakAfterAnOperatorContinues() throws {
        #expect(try kinds("x = a +\n b") == [.assignment(target: E.name("x"), op: .set, value: E.bin(.add, E.name("a"), E.name("b")))])
    }

    @Test func spansCoverTheSourceInUTF8Offsets() throws {
        let e = try Parser.parseExpression("专项.spent + 1")
        #expect(e.span == SourceSpan(0, 16))
        guard case .binary(_, let l, let r) = e.kind, case .property(let base, let p) = l.kind else {
            Issue.record("unexpected shape"); return
        }
        #expect(base.span == SourceSpan(0, 6))
        #expect(p == Identifier("spent", SourceSpan(7, 12)))
        #expect(r.span == SourceSpan(15, 16))
        #expect(try Parser.parseExpression("(a)").span == SourceSpan(0, 3))
    }
}

@Suite struct LanguageParserStatementTests {
    @Test func bindingsAndAssignments() throws {
        #expect(try kinds("let x = 6%; x = 7\n专项资金支出率.spent += 400万元\n#1.1.3.weight -= 1") == [
            .binding(name: E.id("x"), value: E.num("6%")),
            .assignment(target: E.name("x"), op: .set, value: E.num("7")),
            .assignment(target: E.prop(E.name("专项资金支出率"), "spent"), op: .add, value: E.num("400万元")),
            .assignment(target: E.prop(E.code("1.1.3"), "weight"), op: .subtract, value: E.num("1")),
        ])
    }

    @Test func printAssertShow() throws {
        #expect(try kinds("print total, grade\nprint\nassert total >= 90, \"优\"\nassert x\nshow\nshow 履职效能") == [
            .print([E.name("total"), E.name("grade")]),
            .print([]),
            .assert(E.bin(.greaterOrEqual, E.name("total"), E.num("90")), message: E.arg("优", quoted: true)),
            .assert(E.name("x"), message: nil),
            .show(nil),
            .show(E.name("履职效能")),
        ])
    }

    @Test func keywordsWinAtStatementStart() throws {
        #expect(try kind("print(x)") == .print([E.name("x")]))
    }

    @Test func leavesAndTargets() throws {
        #expect(try kinds("leaves\nleaves where score < weight\nlist targets\nlist targets of 产出") == [
            .leaves(where: nil),
            .leaves(where: E.bin(.less, E.name("score"), E.name("weight"))),
            .listTargets(of: nil),
            .listTargets(of: E.name("产出")),
        ])
    }

    @Test func fileCommands() throws {
        #expect(try kinds("""
            load "seeds/003.yaml"
            load seeds/003.yaml
            use scheme "gz.yaml"
            save
            save "a.yaml"
            save! "a.yaml"
            export json "out.json"
            export md out.md
            """) == [
            .load(file: E.arg("seeds/003.yaml", quoted: true)),
            .load(file: E.arg("seeds/003.yaml")),
            .useScheme(file: E.arg("gz.yaml", quoted: true)),
            .save(file: nil, force: false),
            .save(file: E.arg("a.yaml", quoted: true), force: false),
            .save(file: E.arg("a.yaml", quoted: true), force: true),
            .export(format: .json, file: E.arg("out.json", quoted: true), force: false),
            .export(format: .markdown, file: E.arg("out.md"), force: false),
        ])
    }

    @Test func forcedSaves() throws {
        #expect(try kinds("save!\nsave! scenario a \"a.yaml\"\nsave scenario 2024 out.yaml") == [
            .save(file: nil, force: true),
            .saveScenario(name: E.arg("a"), file: E.arg("a.yaml", quoted: true), force: true),
            .saveScenario(name: E.arg("2024"), file: E.arg("out.yaml"), force: false),
        ])
    }

    @Test func helpKeepsTheRawTopic() throws {
        let program = try Parser.parse("help\nhelp 150% rule; help \"sweep\"")
        #expect(program.statements.map(\.withoutSpans.kind) == [
            .help(topic: nil), .help(topic: E.arg("150% rule")), .help(topic: E.arg("sweep", quoted: true)),
        ])
        guard case .help(let topic?) = program.statements[1].kind else { Issue.record("no topic"); return }
        #expect(topic.span == SourceSpan(10, 19))
    }

    @Test func scenarioCommands() throws {
        #expect(try kinds("""
            scenario 乐观
            scenario b from 乐观
            scenario "年底 加支"
            scenarios
            use 乐观
            drop b
            changes; reset; reset 专项资金支出率.spent; undo; redo
            compare 乐观 b "last.yaml" --all
            compare a
            diff
            diff --all
            save scenario 乐观 "s.yaml"
            """) == [
            .scenario(name: E.arg("乐观"), from: nil),
            .scenario(name: E.arg("b"), from: E.arg("乐观")),
            .scenario(name: E.arg("年底 加支", quoted: true), from: nil),
            .scenarios,
            .use(name: E.arg("乐观")),
            .drop(name: E.arg("b")),
            .changes, .reset(nil), .reset(E.prop(E.name("专项资金支出率"), "spent")), .undo, .redo,
            .compare([E.arg("乐观"), E.arg("b"), E.arg("last.yaml", quoted: true)], all: true),
            .compare([E.arg("a")], all: false),
            .diff(all: false),
            .diff(all: true),
            .saveScenario(name: E.arg("乐观"), file: E.arg("s.yaml", quoted: true), force: false),
        ])
    }

    @Test func seekAndSweep() throws {
        let spent = E.prop(E.name("专项资金支出率"), "spent")
        let actual = E.prop(E.name("产出"), "actual")
        #expect(try kinds("""
            seek 专项资金支出率.spent for total >= 90
            sweep 专项资金支出率.spent from 0 to 400万元 step 100万元
            sweep 专项资金支出率.spent from 0 to 1 step 1, 产出.actual from 1 to 2 step 1 show total, grade
            """) == [
            .seek(target: spent, goal: E.bin(.greaterOrEqual, E.name("total"), E.num("90"))),
            .sweep([SweepAxis(target: spent, from: E.num("0"), to: E.num("400万元"), step: E.num("100万元"), span: E.z)], show: []),
            .sweep([
                SweepAxis(target: spent, from: E.num("0"), to: E.num("1"), step: E.num("1"), span: E.z),
                SweepAxis(target: actual, from: E.num("1"), to: E.num("2"), step: E.num("1"), span: E.z),
            ], show: [E.name("total"), E.name("grade")]),
        ])
    }

    @Test func simpleCommands() throws {
        #expect(try kinds("check\nimpact\nexplain total\nexplain grade\ntutorial\nquit\nexit") == [
            .check, .impact, .explain(E.name("total")), .explain(E.name("grade")), .tutorial, .quit, .quit,
        ])
    }

    @Test func blankLinesCommentsAndSemicolonsSeparate() throws {
        #expect(try kinds("#!/usr/bin/env rubric\n\n# comment\n;;total ; grade # trailing\n\n") == [
            .expression(E.name("total")), .expression(E.name("grade")),
        ])
        #expect(try kinds("") == [])
    }

    @Test func statementSpanCoversTheCommand() throws {
        let s = try Parser.parse("  show 专项\n").statements
        #expect(s.first?.span == SourceSpan(2, 13))
    }
}

@Suite struct LanguageParserErrorTests {
    @Test func unclosedParenPointsAtWhatCameInstead() {
        let d = expectDiagnostic("print round(x, 2 1️⃣y)", .expectedClosing(close: ")", open: "(", openAt: SourceLocation(line: 1, column: 12)))
        #expect(d?.hint == "the '(' is at 1:12")
    }

    @Test func unclosedBracketAtEndOfInputPointsAtTheBracket() {
        expectDiagnostic("1️⃣[1, 2", .neverClosed(open: "[", close: "]"))
    }

    @Test func caretSitsUnderTheChineseText() throws {
        let d = expectDiagnostic("专项资金支出率.spent = 1️⃣~", .unexpectedCharacter("~"))
        let lines = d?.rendered().split(separator: "\n", omittingEmptySubsequences: false).map(String.init) ?? []
        #expect(lines.first == "<test>:1:24: error: unexpected character '~'")
        #expect(lines.dropFirst().first == "    专项资金支出率.spent = ~")
        #expect(lines.dropFirst(2).first == "    " + String(repeating: " ", count: 23) + "^")
    }

    @Test func caretSpansAChineseWord() throws {
        let d = expectDiagnostic("x = 1\n甲乙 1️⃣甲", .expectedEndOfStatement(found: .word("甲")))
        #expect(d?.rendered().contains("\n    甲乙 甲\n         ^~\n") == true)
        let d2 = expectDiagnostic("1️⃣shwo 专项资金", .unknownCommand("shwo", suggestions: ["show"]))
        #expect(d2?.hint == "did you mean 'show'?")
        #expect(d2?.rendered().contains("    ^~~~\n") == true)
    }

    @Test func keywordTypoOnlyWhenTheExpressionFails() throws {
        #expect(try kind("shwo") == .expression(E.name("shwo")))
        #expect(try kind("shwo.score = 1") == .assignment(target: E.prop(E.name("shwo"), "score"), op: .set, value: E.num("1")))
    }

    @Test func comparisonsDoNotChain() {
        expectDiagnostic("a < b 1️⃣< c", .chainedComparison)
    }

    @Test func singleEqualsInAnExpression() {
        let d = expectDiagnostic("assert x 1️⃣= 5", .assignmentInExpression)
        #expect(d?.hint == "use '==' to compare")
    }

    @Test func onlyPropertiesAndNamesAreAssignable() {
        expectDiagnostic("1️⃣a + b = 3", .notAssignable)
        expectDiagnostic("let 1️⃣show = 3", .reservedName("show"))
    }

    @Test func percentAloneIsNotAnOperator() {
        let d = expectDiagnostic("a 1️⃣% b", .unexpectedCharacter("%"))
        #expect(d?.hint?.contains("unit") == true)
    }

    @Test func stuckTogetherStatements() {
        expectDiagnostic("total 1️⃣grade", .expectedEndOfStatement(found: .word("grade")))
        expectDiagnostic("total1️⃣)", .unmatchedClosing(")"))
    }

    @Test func commandArgumentsAreChecked() {
        expectDiagnostic("list 1️⃣x", .expectedWord("targets", after: "list"))
        expectDiagnostic("load1️⃣", .expectedFile(after: "load"))
        expectDiagnostic("export 1️⃣jsn \"a\"", .unknownFormat("jsn", suggestions: ["json"]))
        expectDiagnostic("diff 1️⃣--al", .unknownOption("--al"))
        expectDiagnostic("seek 1️⃣total for total > 90", .expectedPropertyTarget(command: "seek"))
        expectDiagnostic("sweep x.spent from 0 1️⃣step 1", .expectedWord("to", after: "from"))
        expectDiagnostic("assert x, 1️⃣y", .expectedMessageString)
        expectDiagnostic("scenario 1️⃣(", .expectedScenarioName(after: "scenario"))
        expectDiagnostic("x.1️⃣1", .expectedPropertyName)
        expectDiagnostic("1️⃣\"s\"(1)", .onlyNamesCanBeCalled)
    }

    @Test func deepNestingIsADiagnosticNotACrash() {
        let deep = String(repeating: "(", count: 300) + "1" + String(repeating: ")", count: 300)
        #expect(throws: Diagnostic.self) { try Parser.parse(deep) }
        // A flat chain is long, not deep: it parses up to its own limit of terms.
        let long = "1" + String(repeating: " + 1", count: 1000)
        #expect(throws: Never.self) { try Parser.parse(long) }
        let tooLong = "1" + String(repeating: " + 1", count: LanguageMessage.maxTerms)
        #expect(throws: Diagnostic.self) { try Parser.parse(tooLong) }
        let chain = "x" + String(repeating: ".a", count: 1000)
        #expect(throws: Never.self) { try Parser.parse(chain) }
        let ok = String(repeating: "(", count: 100) + "1" + String(repeating: ")", count: 100)
        #expect(throws: Never.self) { try Parser.parse(ok) }
        let d = try? Parser.parse(deep)
        _ = d
    }

    @Test func nestingMessage() {
        expectDiagnostic(String(repeating: "-", count: 256) + "1️⃣1", .nestedTooDeeply)
    }

    @Test func errorsInALaterLineReportThatLine() {
        let d = expectDiagnostic("total\n\"“三公”\" +1️⃣", .expectedExpression(found: .end))
        #expect(d?.locationText == "<test>:2:11")
    }
}

@Suite struct LanguageInputCompletenessTests {
    @Test func openBracketsStringsAndTrailingOperatorsAreIncomplete() {
        #expect(isIncomplete("round(x,"))
        #expect(isIncomplete("[1, 2"))
        #expect(isIncomplete("print \"abc"))
        #expect(isIncomplete("total +"))
        #expect(isIncomplete("a and"))
        #expect(isIncomplete("print a,"))
        #expect(isIncomplete("x = # comment"))
        #expect(isIncomplete("x = a -\n"))
    }

    @Test func finishedOrBrokenInputIsComplete() {
        #expect(!isIncomplete("total"))
        #expect(!isIncomplete("round(x, 2)"))
        #expect(!isIncomplete(""))
        #expect(!isIncomplete("a )"))
        #expect(!isIncomplete("1,0000"))
        #expect(!isIncomplete("save!"))
        #expect(!isIncomplete("6%"))
    }
}
