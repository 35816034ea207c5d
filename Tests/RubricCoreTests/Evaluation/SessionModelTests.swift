import Testing
@testable import RubricCore

/// The session model (docs/language.md §10–11): every repro of issue 9 by name, and statements meeting scenarios.
@Suite struct SessionModelTests {
    /// Seed 003's scheme with a stricter 优 band (from 92): totals stay, grades move.
    static let strictScheme = BuiltinSchemes.texts.first { $0.file == "guangzhou-department.yaml" }!.text
        .replacingOccurrences(of: "id: guangzhou-department", with: "id: strict")
        .replacingOccurrences(of: "{grade: 优, from: 90,", with: "{grade: 优, from: 92,")

    func session() throws -> (Session, WhatIfMemoryFiles) {
        try WhatIfFixtures.session(["strict.yaml": Self.strictScheme])
    }

    /// One shell input (as typed at the prompt), its outputs as text.
    @discardableResult
    func type(_ s: Session, _ text: String) -> String {
        s.run(SourceFile(name: "<input>", text: text)).map(\.plain).joined(separator: "\n")
    }

    func delta(_ s: Session, _ text: String) -> ScoreDelta? {
        for o in s.run(SourceFile(name: "<input>", text: text)) { if case .delta(let d) = o { return d } }
        return nil
    }

    func total(_ s: Session, _ scenario: String? = nil) -> ExactDecimal? {
        guard let w = s.workspace else { return nil }
        return w.scenarios[scenario ?? w.current]?.scored.total
    }

    // MARK: 1. use scheme

    @Test func useSchemeInAScenarioKeepsEveryScenarioAndNeverFoldsItsEditsIntoTheBaseline() throws {
        let (s, _) = try session()
        type(s, "scenario 乐观\n合同备案时效性.entered = 1")
        #expect(total(s) == "91.92")
        let d = try #require(delta(s, "use scheme \"strict.yaml\""))
        #expect(d.oldGrade == "优" && d.newGrade == "良")          // 91.92 is 良 under 优 ≥ 92
        #expect(d.followers.map(\.scenario) == ["baseline"])          // the baseline's grade moved too, and is named
        let w = try #require(s.workspace)
        #expect(w.order == ["baseline", "乐观"])
        #expect(w.scenarios["乐观"]?.overrides.count == 1)
        #expect(w.scenarios["baseline"]?.overrides.isEmpty == true)
        type(s, "use baseline\nreset")
        #expect(total(s) == "91.42")                                   // the loaded value: 管理效率 stays 46.90
        #expect(s.workspace?.scored.scores[s.workspace!.index(ofCode: "2")!] == "46.90")
        #expect(s.workspace?.scored.grade == "良")
        // The scheme change is one undo step for every scenario.
        type(s, "undo")                                                // the reset did nothing: `nothing to reset`, no step
        #expect(s.workspace?.scheme.scheme.id == "guangzhou-department")
        #expect(s.workspace?.scenarios["乐观"]?.scored.grade == "优")
    }

    // MARK: 2. save

    @Test func aBareSaveInAScenarioRefusesAndSaysWhatToType() throws {
        let (s, mem) = try session()
        let out = s.script("scenario 乐观\n合同备案时效性.entered = 1\nsave")
        #expect(out.failure?.message == "you are in scenario 乐观; a bare `save` writes only the baseline over seed003.yaml")
        #expect(out.failure?.hint?.contains("save scenario 乐观 \"乐观.yaml\"") == true)
        #expect(mem.contents["seed003.yaml"] == WhatIfFixtures.seed003)
        // What the hint says works.
        #expect(s.script("save scenario 乐观 \"乐观.yaml\"").failure == nil)
        #expect(mem.contents["乐观.yaml"] != nil)
        #expect(s.workspace?.scenarios["乐观"]?.unsaved == 0)
    }

    @Test func aBareSaveInTheBaselineWritesTheBaselineOnly() throws {
        let (s, mem) = try session()
        #expect(s.script("部门整体绩效目标产出指标完成情况.entered = 4\nscenario 乐观\n合同备案时效性.entered = 1\nuse baseline\nsave").failure == nil)
        let back = try ReportLoader.load(SourceFile(name: "seed003.yaml", text: try #require(mem.contents["seed003.yaml"])))
        #expect(ScoredReport(report: back, scheme: BuiltinSchemes.guangzhou).total == "89.14")
        #expect(s.workspace?.scenarios["baseline"]?.unsaved == 0)
        #expect(s.workspace?.scenarios["乐观"]?.unsaved == 1)
    }

    // MARK: 3. leaving, loading, dropping with unsaved work

    @Test func quitWithUnsavedWorkAsksOnceInTheShellAndScriptsAreNotAsked() throws {
        let (s, _) = try session()
        s.asksBeforeLosingWork = true
        type(s, "scenario 乐观\n合同备案时效性.entered = 1\nuse baseline\n数据质量.entered = 2")
        let ask = type(s, "quit")
        #expect(ask.contains("2 scenarios have unsaved changes (baseline: 1, 乐观: 1)"))
        #expect(ask.contains("save session"))
        #expect(!s.wantsToQuit)
        type(s, "quit")
        #expect(s.wantsToQuit)
        // A script is not asked: it runs to the end.
        let (t, _) = try session()
        _ = t.script("合同备案时效性.entered = 1\nquit")
        #expect(t.wantsToQuit)
    }

    @Test func ctrlDAsksOnceThenLeaves() throws {
        let (s, _) = try session()
        s.asksBeforeLosingWork = true
        #expect(s.confirmLeave() == nil)                       // nothing to lose: leave at once
        type(s, "合同备案时效性.entered = 1")
        let ask = try #require(s.confirmLeave())
        #expect(ask.map(\.plain).joined().contains("1 scenario has unsaved changes (baseline: 1)"))
        #expect(s.confirmLeave() == nil)                       // the second Ctrl-D leaves
    }

    @Test func anInputBetweenTwoQuitsAsksAgain() throws {
        let (s, _) = try session()
        s.asksBeforeLosingWork = true
        type(s, "合同备案时效性.entered = 1")
        #expect(type(s, "quit").contains("unsaved"))
        type(s, "total")
        #expect(type(s, "quit").contains("unsaved"))
        #expect(!s.wantsToQuit)
    }

    @Test func loadAndDropWithUnsavedWorkAskFirstAndGoAheadWhenRepeated() throws {
        let (s, _) = try session(); s.asksBeforeLosingWork = true
        type(s, "scenario 乐观\n合同备案时效性.entered = 1")
        #expect(type(s, "drop 乐观").contains("scenario 乐观 has 1 unsaved change"))
        #expect(s.workspace?.scenarios["乐观"] != nil)
        #expect(type(s, "drop 乐观").contains("dropped 乐观"))
        #expect(s.workspace?.scenarios["乐观"] == nil)
        type(s, "数据质量.entered = 2")
        #expect(type(s, "load \"seed003.yaml\"").contains("unsaved"))
        #expect(total(s) == "91.62")
        type(s, "load \"seed003.yaml\"")
        #expect(total(s) == "91.42")
    }

    @Test func savedWorkIsNotAskedAbout() throws {
        let (s, _) = try session(); s.asksBeforeLosingWork = true
        type(s, "合同备案时效性.entered = 1\nsave")
        type(s, "quit")
        #expect(s.wantsToQuit)
    }

    // MARK: 4. undo across scenarios

    @Test func undoAcrossScenariosAnnouncesTheSwitchAndShowsTheRealDelta() throws {
        let (s, _) = try session()
        type(s, "scenario A\n#1.1.1.entered = 1\nscenario B from baseline\n#1.1.1.entered = 4")
        #expect(total(s, "A") == "86.14")
        let first = try #require(delta(s, "undo"))
        #expect(first.oldTotal == "89.14" && first.newTotal == "91.42")
        #expect(first.notes.isEmpty)
        let second = try #require(delta(s, "undo"))
        #expect(s.workspace?.current == "A")
        #expect(second.notes == ["now in scenario A (you were in B): the change undone was made there"])
        #expect(second.oldTotal == "86.14" && second.newTotal == "91.42")   // A's real move, not ±0
        #expect(second.action == "undo: 部门整体绩效目标产出指标完成情况.entered 1 → none")
    }

    @Test func anEditToTheValueAlreadyThereSaysSoAndMakesNoUndoStep() throws {
        let (s, _) = try session()
        type(s, "合同备案时效性.entered = 1")
        let out = type(s, "合同备案时效性.entered = 1")
        #expect(out == "合同备案时效性.entered is already 1: nothing changed")
        #expect(s.workspace?.undoStack.count == 1)
    }

    @Test func undoAndRedoOfAResetAreOneStep() throws {
        let (s, _) = try session()
        type(s, "合同备案时效性.entered = 1\n数据质量.entered = 2")
        let d = try #require(delta(s, "reset"))
        #expect(d.newTotal == "91.42")
        #expect(d.action == "reset all (2 changes in baseline)")
        type(s, "undo")
        #expect(total(s) == "92.12")
        type(s, "redo")
        #expect(total(s) == "91.42")
    }

    // MARK: 5. dependents

    @Test func anEditToABaseShowsTheScenariosThatFollowIt() throws {
        let (s, _) = try session()
        type(s, "scenario 乐观\n合同备案时效性.entered = 1\nuse baseline")
        let d = try #require(delta(s, "部门整体绩效目标产出指标完成情况.entered = 4"))
        #expect(d.followers == [FollowerMove(scenario: "乐观", base: "baseline", oldTotal: "91.92", newTotal: "89.64", oldGrade: "优", newGrade: "良")])
        // The follower is current at once, without `use`.
        #expect(s.workspace?.scenarios["乐观"]?.scored.total == "89.64")
        // A follower that overrides the same field keeps its value and is not listed.
        type(s, "use 乐观\n部门整体绩效目标产出指标完成情况.entered = 5\nuse baseline")
        let d2 = try #require(delta(s, "部门整体绩效目标产出指标完成情况.entered = 3"))
        #expect(d2.followers.isEmpty)
        #expect(s.workspace?.scenarios["乐观"]?.scored.total == "90.64")
        // Followers of followers move too.
        type(s, "scenario 更乐观 from 乐观\nuse baseline")
        let d3 = try #require(delta(s, "采购内控制度建设.entered = 1"))
        #expect(d3.followers.map(\.scenario) == ["乐观", "更乐观"])
    }

    @Test func undoInABaseMovesItsFollowersBack() throws {
        let (s, _) = try session()
        type(s, "scenario 乐观\n合同备案时效性.entered = 1\nuse baseline\n部门整体绩效目标产出指标完成情况.entered = 4")
        let d = try #require(delta(s, "undo"))
        #expect(d.followers.first?.newTotal == "91.92")
        #expect(s.workspace?.scenarios["乐观"]?.scored.total == "91.92")
    }

    // MARK: 6. export!

    @Test func exportRefusesToReplaceAndExportBangDoes() throws {
        let (s, mem) = try session()
        #expect(s.script("export csv \"f.csv\"").failure == nil)
        let again = s.script("export csv \"f.csv\"").failure
        #expect(again?.hint == "`export! csv \"f.csv\"` replaces it")
        type(s, "合同备案时效性.entered = 1")
        #expect(s.script("export! csv \"f.csv\"").failure == nil)
        #expect(mem.contents["f.csv"]?.hasPrefix("\u{FEFF}标题,") == true)        // CSV for Excel, not YAML
        #expect(mem.contents["f.csv"]?.contains("\r\n编码,类型,指标,分值,得分,公布得分") == true)
        #expect(mem.contents["f.csv"]?.contains("\r\n,,总分,100,91.92,91.41,+0.51,") == true)
        #expect(mem.contents["f.csv"]?.contains("\r\n,,等级,,优,") == true)
        #expect(mem.contents["f.csv"]?.contains("2.5.6,三级指标,合同备案时效性,1,1.00") == true)   // the edit is in the new file
        #expect(s.script("export! json \"seed003.yaml\"").failure?.message.contains("is the loaded report") == true)
    }

    // MARK: 8. scripts are checked before they run

    @Test func aScriptThatCannotBeResolvedRunsNothingAndWritesNothing() throws {
        let (s, mem) = try session()
        let text = """
        合同备案时效性.entered = 1
        print total
        scenario 乐观
        save "out.yaml"
        export csv "out.csv"
        print 不存在的指标.score
        """
        let r = s.runScript(SourceFile(name: "s.rubric", text: text), checked: true)
        #expect(r.failure?.message == "no indicator or variable named '不存在的指标'")
        #expect(mem.contents["out.yaml"] == nil && mem.contents["out.csv"] == nil)
        #expect(total(s) == "91.42")
        #expect(s.workspace?.order == ["baseline"])
        #expect(!r.outputs.contains { if case .text = $0 { return true } else { return false } })
    }

    @Test func theCheckFollowsTheScriptsOwnLoadAndSaves() throws {
        let (s, mem) = try session()
        // The script saves a file and loads it back: the check sees the saved file without writing it.
        let text = "合同备案时效性.entered = 1\nsave \"a.yaml\"\nload \"a.yaml\"\nassert total == 91.92\nprint 管理效率.score"
        let r = s.runScript(SourceFile(name: "s.rubric", text: text), checked: true)
        #expect(r.failure == nil)
        #expect(r.assertsPassed == 1)
        #expect(mem.contents["a.yaml"] != nil)
    }

    @Test func aFailedAssertIsTheScriptsResultNotACheckError() throws {
        let (s, mem) = try session()
        let r = s.runScript(SourceFile(name: "s.rubric", text: "assert total > 95\nsave \"x.yaml\""), checked: true)
        #expect(r.failure?.phase == .assertion)
        #expect(r.assertsFailed == 1)
        #expect(mem.contents["x.yaml"] == nil)           // stopped at the assert, as before
    }

    @Test func keepGoingListsEveryErrorTheCheckFinds() throws {
        let (s, _) = try session()
        s.keepGoing = true
        let r = s.runScript(SourceFile(name: "s.rubric", text: "print 甲甲.score\nprint 1\nprint 乙乙.score"), checked: true)
        let errors = r.outputs.compactMap { o -> String? in if case .diagnostic(let d) = o, d.severity == .error { return d.message } else { return nil } }
        #expect(errors.count == 2)
    }

    // MARK: save session

    @Test func saveSessionWritesAScriptThatRebuildsEveryScenario() throws {
        let (s, mem) = try session()
        _ = s.script("""
        部门整体绩效目标产出指标完成情况.entered = 4
        scheme.places = 2
        scenario 乐观
        合同备案时效性.entered = 1
        专项资金支出率.spent = 425020.15万元
        scenario "plan B" from baseline
        采购内控制度建设.entered = 1
        use scheme "strict.yaml"
        use 乐观
        """)
        let out = s.script("save session \"work.rubric\"")
        #expect(out.failure == nil)
        let script = try #require(mem.contents["work.rubric"])
        #expect(script.contains("use scheme \"strict.yaml\""))
        #expect(script.contains("scenario \"plan B\" from baseline"))
        let fresh = Session(files: mem)
        let r = fresh.runScript(SourceFile(name: "work.rubric", text: script))
        #expect(r.failure == nil)
        let a = try #require(s.workspace), b = try #require(fresh.workspace)
        #expect(b.order == a.order)
        #expect(b.current == "乐观")
        for n in a.order {
            #expect(b.scenarios[n]?.scored.total == a.scenarios[n]?.scored.total)
            #expect(b.scenarios[n]?.scored.grade == a.scenarios[n]?.scored.grade)
        }
        #expect(a.hasUnsavedWork == false)
        // In the shell, `load` of the session script restores it.
        let shell = Session(files: mem); shell.asksBeforeLosingWork = true
        #expect(type(shell, "load \"work.rubric\"").contains("session restored from work.rubric: 3 scenario(s)"))
        #expect(shell.workspace?.scenarios["plan B"]?.scored.total == a.scenarios["plan B"]?.scored.total)
    }

    // MARK: the matrix: statements in the baseline, in a scenario, with and without followers

    enum Place: CaseIterable { case baseline, scenario, baseWithFollower }

    /// A session in `place`: baseline with one edit; a scenario 乐观 with one edit; or the baseline followed by 乐观.
    func session(in place: Place) throws -> (Session, WhatIfMemoryFiles) {
        let (s, mem) = try session()
        switch place {
        case .baseline: type(s, "数据质量.entered = 2")
        case .scenario: type(s, "scenario 乐观\n合同备案时效性.entered = 1")
        case .baseWithFollower: type(s, "scenario 乐观\n合同备案时效性.entered = 1\nuse baseline\n数据质量.entered = 2")
        }
        return (s, mem)
    }

    @Test(arguments: Place.allCases) func undoThenRedoRestoresEveryScenarioExactly(_ place: Place) throws {
        let (s, _) = try session(in: place)
        let before = s.workspace!.order.map { total(s, $0) }
        let d = try #require(delta(s, "undo"))
        #expect(d.oldTotal != d.newTotal)                      // a real move, never ±0
        let r = try #require(delta(s, "redo"))
        #expect(r.oldTotal == d.newTotal && r.newTotal == d.oldTotal)
        #expect(s.workspace!.order.map { total(s, $0) } == before)
        if place == .baseWithFollower { #expect(d.followers.map(\.scenario) == ["乐观"]) }
    }

    @Test(arguments: Place.allCases) func useSchemeKeepsEveryScenarioAndUndoesAsOneStep(_ place: Place) throws {
        let (s, _) = try session(in: place)
        let order = s.workspace!.order
        let totals = order.map { total(s, $0) }
        let current = s.workspace!.current
        type(s, "use scheme \"strict.yaml\"")
        #expect(s.workspace!.order == order)
        #expect(s.workspace!.current == current)
        #expect(order.map { total(s, $0) } == totals)           // the strict scheme moves grades, not totals
        #expect(s.workspace!.scenarios.values.allSatisfy { $0.scored.scheme.id == "strict" })
        type(s, "undo")
        #expect(s.workspace!.scenarios.values.allSatisfy { $0.scored.scheme.id == "guangzhou-department" })
    }

    @Test(arguments: Place.allCases) func resetRestoresTheBaseValues(_ place: Place) throws {
        let (s, _) = try session(in: place)
        let base = s.workspace!.scenarios[s.workspace!.current]!.base
        type(s, "reset")
        #expect(s.workspace!.scored.total == (base.map { total(s, $0) } ?? "91.42"))
        #expect(s.workspace!.scenarios[s.workspace!.current]!.overrides.isEmpty)
    }

    @Test(arguments: Place.allCases) func bareSaveWritesOnlyFromTheBaseline(_ place: Place) throws {
        let (s, mem) = try session(in: place)
        let r = s.script("save")
        if s.workspace!.current == Workspace.baselineName {
            #expect(r.failure == nil)
            #expect(mem.contents["seed003.yaml"] != WhatIfFixtures.seed003)
        } else {
            #expect(r.failure != nil)
            #expect(mem.contents["seed003.yaml"] == WhatIfFixtures.seed003)
        }
    }

    @Test(arguments: Place.allCases) func compareAndSaveScenarioSeeTheCurrentState(_ place: Place) throws {
        let (s, mem) = try session(in: place)
        let w = s.workspace!
        for n in w.order where n != Workspace.baselineName {
            #expect(s.script("save scenario \(n) \"\(n).yaml\"").failure == nil)
            let back = try ReportLoader.load(SourceFile(name: "x", text: try #require(mem.contents["\(n).yaml"])))
            #expect(ScoredReport(report: back, scheme: BuiltinSchemes.guangzhou).total == w.scenarios[n]!.scored.total)
        }
        #expect(s.script("compare baseline \(w.current)").failure == nil)
    }

    @Test(arguments: Place.allCases) func saveSessionRebuildsEachPlace(_ place: Place) throws {
        let (s, mem) = try session(in: place)
        #expect(s.script("save session \"p.rubric\"").failure == nil)
        let fresh = Session(files: mem)
        #expect(fresh.runScript(SourceFile(name: "p.rubric", text: mem.contents["p.rubric"]!)).failure == nil)
        for n in s.workspace!.order { #expect(total(fresh, n) == total(s, n)) }
    }

    @Test(arguments: Place.allCases) func dropRemovesTheScenarioAndItsUndoSteps(_ place: Place) throws {
        let (s, _) = try session(in: place)
        guard s.workspace!.order.contains("乐观") else {
            #expect(s.script("drop baseline").failure?.message == "the baseline cannot be dropped")
            return
        }
        #expect(s.script("use baseline\ndrop 乐观").failure == nil)
        #expect(s.workspace!.undoStack.allSatisfy { $0.scenario != "乐观" })
        // Undo still works on what remains.
        let out = type(s, "undo")
        #expect(out.contains(place == .baseWithFollower ? "数据质量" : "nothing to undo") || out.contains("#2."))
    }

    @Test(arguments: Place.allCases) func theTutorialLeavesThePlaceAsItWas(_ place: Place) throws {
        let (s, _) = try session(in: place)
        let order = s.workspace!.order, current = s.workspace!.current
        let totals = order.map { total(s, $0) }
        type(s, "tutorial")
        type(s, "采购合同签订时效性.cases = 2")
        type(s, "tutorial quit")
        #expect(s.workspace!.order == order && s.workspace!.current == current)
        #expect(order.map { total(s, $0) } == totals)
        #expect(s.reportPath == "seed003.yaml")
    }
}

/// Found by trying the session model as a new user: counts that agree with `changes`, complete refusals, completion.
@Suite struct SessionModelFollowUpTests {
    func type(_ s: Session, _ text: String) -> String {
        s.run(SourceFile(name: "<input>", text: text)).map(\.plain).joined(separator: "\n")
    }

    @Test func undoingBackToTheSavedStateLeavesNothingUnsaved() throws {
        let (s, _) = try WhatIfFixtures.session()
        s.asksBeforeLosingWork = true
        _ = type(s, "数据质量.entered = 1\nsave\n数据质量.entered = 0")
        #expect(s.workspace?.scenarios["baseline"]?.unsaved == 1)
        _ = type(s, "undo")
        #expect(s.workspace?.hasUnsavedWork == false)
        _ = type(s, "scenario C\n合同备案时效性.entered = 1\nundo")
        #expect(s.workspace?.scenarios["C"]?.unsaved == 0)
        _ = type(s, "quit")
        #expect(s.wantsToQuit)
    }

    @Test func saveBangOverTheLoadedFileFromAScenarioIsRefused() throws {
        let (s, mem) = try WhatIfFixtures.session()
        let r = s.script("scenario A\n合同备案时效性.entered = 1\nsave! \"seed003.yaml\"")
        #expect(r.failure?.message == "'seed003.yaml' is the loaded report; only the baseline is written over it")
        #expect(mem.contents["seed003.yaml"] == WhatIfFixtures.seed003)
    }

    @Test func dropOfAScenarioOthersFollowIsRefusedAtOnceNamingThemAll() throws {
        let (s, _) = try WhatIfFixtures.session()
        s.asksBeforeLosingWork = true
        _ = type(s, "scenario 乐观\n合同备案时效性.entered = 1\nscenario B\nuse 乐观\nscenario C\nuse baseline")
        let out = type(s, "drop 乐观")
        #expect(out.contains("scenarios 'B', 'C' branch from '乐观'"))
        #expect(!out.contains("unsaved"))
    }

    @Test func completionQuotesScenarioNamesAndClosesFileNames() throws {
        let mem = WhatIfMemoryFiles()
        final class Listing: FileAccess, DirectoryListing {
            func read(_ path: String) throws(FileAccessError) -> String { throw .notFound(path) }
            func exists(_ path: String) -> Bool { false }
            func write(_ text: String, to path: String, overwrite: Bool) throws(FileAccessError) {}
            func list(directory: String) -> [String] { ["gz92.yaml", "f.csv", "s.rubric", "schemes/"] }
            func isDirectory(_ path: String) -> Bool { path == "schemes" }
        }
        _ = mem
        let s = Session(files: Listing())
        s.workspace = try WhatIfFixtures.session().0.workspace
        _ = s.script("scenario \"plan b\"")
        #expect(s.complete(line: "use p", cursor: 5).candidates == ["\"plan b\""])
        #expect(s.complete(line: "use scheme \"g", cursor: 13).candidates == ["gz92.yaml\""])
        #expect(s.complete(line: "use scheme \"", cursor: 12).candidates == ["gz92.yaml\"", "schemes/"])
        #expect(s.complete(line: "load \"", cursor: 6).candidates == ["f.csv\"", "gz92.yaml\"", "s.rubric\"", "schemes/"])
        #expect(s.complete(line: "save session \"", cursor: 14).candidates == ["s.rubric\"", "schemes/"])
    }
}

/// The parser's and the evaluator's limits agree: what parses, evaluates; a flat chain is not nesting.
@Suite struct ExpressionLimitTests {
    @Test func aLongFlatChainParsesAndEvaluates() throws {
        let (s, _) = try WhatIfFixtures.session()
        let r = s.script("assert " + Array(repeating: "1", count: 5_000).joined(separator: " + ") + " == 5000")
        #expect(r.failure == nil)
        #expect(r.assertsPassed == 1)
    }

    @Test func nestingAtTheParsersLimitEvaluatesAndOneMoreIsAnError() throws {
        let (s, _) = try WhatIfFixtures.session()
        let n = LanguageMessage.maxDepth - 2
        let ok = s.script("print " + String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n))
        #expect(ok.failure == nil)
        let deep = LanguageMessage.maxDepth + 1
        let bad = s.script("print " + String(repeating: "(", count: deep) + "1" + String(repeating: ")", count: deep))
        #expect(bad.failure?.message == "expression nested too deeply")
    }
}
