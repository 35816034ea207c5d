import Testing
@testable import RubricCore

/// Focused behaviour of the session on the seed 003 report (增城区 2022), through `Session.run` as the shell uses it.
@Suite struct SessionTests {
    // MARK: Helpers

    func session(arguments: [String] = [], files: [String: String] = [:]) throws -> (Session, InMemoryFiles) {
        try EvaluationFixtures.seed003Session(arguments: arguments, extraFiles: files)
    }

    /// Runs `text` as one shell input and returns the outputs and the input's source file.
    @discardableResult
    func run(_ s: Session, _ text: String) -> (outputs: [Output], file: SourceFile) {
        let file = SourceFile(name: "<input>", text: text)
        return (s.run(file), file)
    }

    func errors(_ outputs: [Output]) -> [Diagnostic] {
        outputs.compactMap { if case .diagnostic(let d) = $0, d.severity == .error { return d } else { return nil } }
    }

    func texts(_ outputs: [Output]) -> [String] {
        outputs.compactMap { if case .text(let t) = $0 { return t } else { return nil } }
    }

    func deltas(_ outputs: [Output]) -> [ScoreDelta] {
        outputs.compactMap { if case .delta(let d) = $0 { return d } else { return nil } }
    }

    /// The single error of an input that must fail.
    func error(_ s: Session, _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (Diagnostic, SourceFile) {
        let (out, file) = run(s, text)
        let e = try #require(errors(out).first, "no error from \(text)", sourceLocation: sourceLocation)
        return (e, file)
    }

    /// The text of the first printed line of `print …`.
    func printed(_ s: Session, _ expr: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
        let (out, _) = run(s, "print " + expr)
        #expect(errors(out).isEmpty, "\(errors(out).map(\.message))", sourceLocation: sourceLocation)
        return texts(out).first
    }

    // MARK: Loading

    @Test func theFixtureLoadsWithThePublishedFigures() throws {
        let (s, _) = try session()
        #expect(printed(s, "total") == "91.42")
        #expect(printed(s, "report.published") == "91.41")
        #expect(printed(s, "grade") == "优")
        #expect(printed(s, "履职效能.score, 管理效率.score") == "44.52 46.90")
    }

    @Test func totalWithoutAReportIsAnError() throws {
        let s = Session(files: InMemoryFiles())
        let (e, file) = try error(s, "print total")
        #expect(e.message == "no report is loaded")
        #expect(e.span.map(file.slice) == "total")
        #expect(printed(s, "1 + 1") == "2")
    }

    // MARK: Changes and deltas

    @Test func aChangeReportsTheMovedLeafItsAncestorsTotalAndGrade() throws {
        let (s, _) = try session()
        let (out, _) = run(s, "合同备案时效性.entered = 1")
        #expect(errors(out).isEmpty)
        let d = try #require(deltas(out).first)
        #expect(d.action == "合同备案时效性.entered = 1")
        #expect(d.moved.map(\.code) == ["2.5", "2.5.6"])
        #expect(d.moved.map(\.old) == [ExactDecimal("9.10"), ExactDecimal("0.50")])
        #expect(d.moved.map(\.new) == [ExactDecimal("9.60"), ExactDecimal("1.00")])
        #expect(d.topLevel.map(\.name) == ["履职效能", "管理效率"])
        #expect(d.topLevel[0].old == d.topLevel[0].new)
        #expect(d.topLevel[1].old == ExactDecimal("46.90") && d.topLevel[1].new == ExactDecimal("47.40"))
        #expect(d.oldTotal == ExactDecimal("91.42") && d.newTotal == ExactDecimal("91.92"))
        #expect(d.oldGrade == "优" && d.newGrade == "优")
    }

    @Test func anEditThatMovesNoScoreStillShowsTheEditedIndicator() throws {
        let (s, _) = try session()
        let (out, _) = run(s, "合同备案时效性.entered = 0.5")   // it scores 0.50 already
        let d = try #require(deltas(out).first)
        #expect(d.moved.map(\.code) == ["2.5.6"], "only the edited leaf, unchanged; its parents did not move")
        #expect(d.moved.first?.old == ExactDecimal("0.50") && d.moved.first?.new == ExactDecimal("0.50"))
        #expect(d.oldTotal == d.newTotal)
    }

    @Test func settingAScoreEntersIt() throws {
        let (s, _) = try session()
        let (out, _) = run(s, "产出指标完成情况.score = 4")
        #expect(errors(out).isEmpty)
        let d = try #require(deltas(out).first)
        #expect(d.moved.contains { $0.code == "1.1.1" && $0.old == ExactDecimal("6.28") && $0.new == 4 })
        #expect(d.newTotal == ExactDecimal("89.14"))
        #expect(d.oldGrade == "优" && d.newGrade == "良")
        #expect(printed(s, "产出指标完成情况.entered") == "4")
    }

    @Test func addingToSpentIn万元AddsThatAmount() throws {
        let (s, _) = try session()
        run(s, "专项资金支出率.budget = 66,955.58; 专项资金支出率.spent = 62,000")
        let (out, _) = run(s, "专项资金支出率.spent += 400万元")
        #expect(errors(out).isEmpty, "\(errors(out).map(\.message))")
        #expect(printed(s, "专项资金支出率.spent") == "62,400万元")
        #expect(deltas(out).first?.moved.contains { $0.code == "1.2.2" } == true)
        run(s, "专项资金支出率.spent -= 0.04亿")
        #expect(printed(s, "专项资金支出率.spent") == "62,000万元")
    }

    @Test func aUnitMismatchPointsAtTheValue() throws {
        let (s, _) = try session()
        let (e, file) = try error(s, "专项资金支出率.spent = 5%")
        #expect(e.phase == .evaluate)
        #expect(e.message.contains("万元"))
        #expect(e.span.map(file.slice) == "5%")
        #expect(e.file == file)
    }

    @Test func anEnteredScoreMustFitTheWeight() throws {
        let (s, _) = try session()
        let (e, file) = try error(s, "专项资金支出率.score = 6")
        #expect(e.message == "a score must lie between 0 and the weight 5, not 6")
        #expect(e.span.map(file.slice) == "6")
        #expect(printed(s, "total") == "91.42")
    }

    @Test func aParentsScoreCannotBeEntered() throws {
        let (s, _) = try session()
        let (e, file) = try error(s, "履职效能.score = 4")
        #expect(e.message == "the score of 履职效能 is the sum of its children")
        #expect(e.span.map(file.slice) == "score")
    }

    @Test func noneClearsAnInput() throws {
        let (s, _) = try session()
        run(s, "采购内控制度建设.entered = 1")
        #expect(printed(s, "采购内控制度建设.score") == "1.00")
        let (out, _) = run(s, "采购内控制度建设.entered = none")
        #expect(errors(out).isEmpty, "\(errors(out).map(\.message))")
        #expect(printed(s, "采购内控制度建设.entered") == "none")
        #expect(printed(s, "采购内控制度建设.score") == "0.80")
        let (scheme, _) = run(s, "scheme.overshoot = none")
        #expect(errors(scheme).isEmpty, "\(errors(scheme).map(\.message))")
    }

    // MARK: References

    @Test func anAmbiguousPartListsItsCandidates() throws {
        let (s, _) = try session()
        let (e, file) = try error(s, "print 专项.score")
        #expect(e.phase == .resolve)
        #expect(e.message == "'专项' matches 3 indicators: #1.2 专项效能, #1.2.1 专项资金绩效完成情况, #1.2.2 专项资金支出率")
        #expect(e.span.map(file.slice) == "专项")
        #expect(e.hint?.contains("#1.2") == true)
    }

    @Test func anUnknownNameSuggestsTheNearest() throws {
        let (s, _) = try session()
        let (e, file) = try error(s, "print 专项资金支出律.score")
        #expect(e.phase == .resolve)
        #expect(e.message == "no indicator or variable named '专项资金支出律'")
        #expect(e.hint == "did you mean '专项资金支出率'?")
        #expect(e.span.map(file.slice) == "专项资金支出律")
        #expect(file.location(of: e.span!.start).column == 7)
    }

    @Test func pathsCodesAndQuotedNamesReachTheSameIndicator() throws {
        let (s, _) = try session()
        let byName = printed(s, "专项资金支出率")
        #expect(byName?.hasPrefix("#1.2.2 专项资金支出率  4.70 / 5") == true)
        #expect(printed(s, "专项效能/专项资金支出率") == byName)
        #expect(printed(s, "#1.2.2") == byName)
        #expect(printed(s, "\"专项资金支出率\".score") == "4.70")
        #expect(printed(s, "\"“三公”经费控制情况\".score") == "2.00")
    }

    // MARK: Files

    @Test func saveNeverReplacesAFileButSaveBangDoes() throws {
        let (s, files) = try session(files: ["old.yaml": "keep me"])
        let (e, file) = try error(s, "save \"old.yaml\"")
        #expect(e.phase == .io)
        #expect(e.span.map(file.slice) == "\"old.yaml\"")
        #expect(e.hint?.contains("save!") == true)
        #expect(try files.read("old.yaml") == "keep me")

        let (out, _) = run(s, "save! \"old.yaml\"")
        #expect(errors(out).isEmpty)
        #expect(try files.read("old.yaml").contains("rubric-report: 1"))

        let (fresh, _) = run(s, "save \"new.yaml\"")
        #expect(texts(fresh) == ["saved new.yaml"])
        #expect(files.writes == ["old.yaml", "new.yaml"])
    }

    @Test func exportNeverReplacesAFile() throws {
        let (s, files) = try session()
        #expect(errors(run(s, "export json \"out.json\"").outputs).isEmpty)
        #expect(try files.read("out.json").contains("91.42"))
        let (e, _) = try error(s, "export csv \"out.json\"")
        #expect(e.phase == .io)
        #expect(try files.read("out.json").contains("\"total\""))
    }

    @Test func aTableImportedReportMustBeSavedUnderANewName() throws {
        let (s, _) = try session()
        let (e, file) = try error(s, "save")
        #expect(e.message.contains("imported from a table"))
        #expect(e.span.map(file.slice) == "save")
        #expect(e.hint == "save \"seed003.yaml\"")
    }

    // MARK: Asserts, bindings, arguments

    @Test func aFailedAssertShowsTheActualValue() throws {
        let (s, _) = try session()
        let (e, file) = try error(s, "assert total >= 92, \"keep 92\"")
        #expect(e.phase == .assertion)
        #expect(e.message == "assertion failed: keep 92")
        #expect(e.hint == "'total >= 92' is false: total is 91.42, expected >= 92")
        #expect(e.span.map(file.slice) == "total >= 92")
        #expect(s.assertsFailed == 1)
    }

    @Test func aPassingAssertIsCountedAndPrintsNothing() throws {
        let (s, _) = try session()
        let (out, _) = run(s, "assert grade == \"优\"; assert 0.1 + 0.2 == 0.3")
        #expect(out.isEmpty)
        #expect(s.assertsPassed == 2)
    }

    @Test func letBindsNamesThatShadowIndicatorParts() throws {
        let (s, _) = try session()
        run(s, "let gain = 合同备案时效性.weight - 合同备案时效性.score")
        #expect(printed(s, "gain") == "0.50")
        run(s, "gain += 1")
        #expect(printed(s, "gain") == "1.50")
        let (e, _) = try error(s, "undefined_name = 1")
        #expect(e.message == "'undefined_name' is not a variable")
        let (reserved, _) = try error(s, "let print = 1")
        #expect(reserved.phase == .parse)
    }

    @Test func argsHoldTheScriptArguments() throws {
        let (s, _) = try session(arguments: ["2023", "乐观"])
        #expect(printed(s, "args") == "[2023, 乐观]")
        #expect(printed(s, "count(args)") == "2")
        let (none, _) = try session()
        #expect(printed(none, "args") == "[]")
    }

    // MARK: Scenarios

    @Test func undoRestoresTheScoreAndRedoReappliesIt() throws {
        let (s, _) = try session()
        run(s, "采购合同签订时效性.cases = 2")
        #expect(printed(s, "total") == "89.42")
        let (out, _) = run(s, "undo")
        #expect(deltas(out).first?.action == "undo: 采购合同签订时效性.cases 2 → none")
        #expect(printed(s, "total") == "91.42")
        run(s, "redo")
        #expect(printed(s, "total") == "89.42")
        run(s, "reset")
        #expect(printed(s, "total") == "91.42")
    }

    @Test func aScenarioKeepsItsOwnChanges() throws {
        let (s, _) = try session()
        run(s, "scenario 乐观")
        run(s, "合同备案时效性.entered = 1")
        #expect(printed(s, "total, baseline.total, 乐观.total") == "91.92 91.42 91.92")
        run(s, "use baseline")
        #expect(printed(s, "total") == "91.42")
        let (e, _) = try error(s, "use 悲观")
        #expect(e.span != nil)
    }
}
