import Testing
@testable import RubricCore

@Suite struct WhatIfTutorialTests {
    func input(_ s: Session, _ text: String) -> String {
        s.run(SourceFile(name: "<input>", text: text)).map(\.plain).joined(separator: "\n")
    }

    @Test func theTutorialWalksFiveStepsCheckingAnswersInTheLanguage() throws {
        let mem = WhatIfMemoryFiles()
        let s = Session(files: mem)
        #expect(input(s, "tutorial").contains("step 1 of 5"))
        #expect(s.tutorialStep == 0)
        #expect(input(s, "total").contains("91.42"))          // not an answer yet: no sum
        #expect(s.tutorialStep == 0)
        #expect(input(s, "履职效能.score + 管理效率.score").contains("✓ right."))
        #expect(s.tutorialStep == 1)
        #expect(input(s, "4.74").contains("not yet"))
        #expect(input(s, "4.75").contains("step 3 of 5"))
        #expect(input(s, "tutorial hint").contains("half of 10"))
        _ = input(s, "5")
        #expect(s.tutorialStep == 3)
        _ = input(s, "部门整体绩效目标产出指标完成情况.entered = 4")
        #expect(s.tutorialStep == 4)
        #expect(s.workspace?.scored.grade == "优")          // step 5's setup reset the change
        #expect(input(s, "seek 部门整体绩效目标产出指标完成情况.entered for total >= 90").contains("Tutorial complete"))
        #expect(s.tutorialStep == nil)
    }

    @Test func theTutorialNeedsNoFilesItRunsOnItsBundledCopy() {
        // No file at all (as when the shell is started outside the package folder): the tutorial still runs.
        let s = Session(files: WhatIfMemoryFiles())
        let out = s.runScript(SourceFile(name: "<input>", text: "tutorial"))
        #expect(out.failure == nil)
        #expect(s.workspace?.scored.total == "91.42")
        #expect(s.reportPath == nil)
    }

    @Test func aBareSaveInTheTutorialRefusesAndTheUsersFileIsUntouched() throws {
        let mem = WhatIfMemoryFiles(["mine.yaml": WhatIfFixtures.seed003])
        let s = Session(files: mem)
        try s.load("mine.yaml")
        _ = input(s, "tutorial")
        _ = input(s, "skip")          // step 2 enters seed 002's figures into the tutorial's copy
        let out = s.run(SourceFile(name: "<input>", text: "save"))
        guard case .diagnostic(let d)? = out.first else { Issue.record("save was not refused"); return }
        #expect(d.message == "the tutorial's report is a bundled copy; it has no file to save over")
        #expect(mem.contents["mine.yaml"] == WhatIfFixtures.seed003)
        _ = input(s, "tutorial quit")
        #expect(s.workspace?.scored.total == "91.42")
        #expect(s.workspace?.scenarios[Workspace.baselineName]?.unsaved == 0)
    }

    /// Seed 003 as the user's own report (`mine.yaml`) and as the tutorial's.
    func sessionWithOwnReport() throws -> Session {
        let mem = WhatIfMemoryFiles(["mine.yaml": WhatIfFixtures.seed003])
        let s = Session(files: mem)
        try s.load("mine.yaml")
        return s
    }

    @Test func tutorialQuitPutsBackTheReportScenariosAndHistory() throws {
        let s = try sessionWithOwnReport()
        _ = input(s, "scenario 乐观")
        _ = input(s, "合同备案时效性.entered = 1")
        #expect(s.workspace?.scored.total == "91.92")
        #expect(input(s, "tutorial").contains("comes back unchanged when it ends"))
        #expect(s.reportPath == nil)
        #expect(s.workspace?.scenarios["乐观"] == nil)           // the tutorial has its own fresh report
        _ = input(s, "采购合同签订时效性.cases = 2")           // an edit inside the tutorial
        #expect(s.workspace?.scored.total == "89.42")
        let bye = input(s, "tutorial quit")
        #expect(bye.contains("mine.yaml is back with its scenarios (baseline, 乐观)"))
        #expect(bye.contains("scenario 乐观: 总分 91.92"))
        #expect(s.tutorialStep == nil)
        #expect(s.reportPath == "mine.yaml")
        let w = try #require(s.workspace)
        #expect(w.current == "乐观")
        #expect(w.scored.total == "91.92")
        #expect(w.scenarios[Workspace.baselineName]?.scored.total == "91.42")   // the tutorial's edit is gone
        // The user's undo history came back too: undo takes back their own edit.
        _ = input(s, "undo")
        #expect(s.workspace?.scored.total == "91.42")
    }

    @Test func finishingTheTutorialPutsBackTheReportToo() throws {
        let s = try sessionWithOwnReport()
        _ = input(s, "合同备案时效性.entered = 1")
        _ = input(s, "tutorial")
        var last = ""
        for _ in 0..<Tutorial.steps.count { last = input(s, "skip") }
        #expect(last.contains("Tutorial complete; mine.yaml is back"))
        #expect(s.tutorialStep == nil)
        #expect(s.reportPath == "mine.yaml")
        #expect(s.workspace?.scored.total == "91.92")
    }

    @Test func restartingInsideTheTutorialKeepsTheFirstCopy() throws {
        let s = try sessionWithOwnReport()
        _ = input(s, "合同备案时效性.entered = 1")
        _ = input(s, "tutorial")
        _ = input(s, "print 1; tutorial")       // a second start, not caught as a tutorial command
        #expect(s.tutorialStep == 0)
        _ = input(s, "tutorial quit")
        #expect(s.reportPath == "mine.yaml")
        #expect(s.workspace?.scored.total == "91.92")
    }

    @Test func withNoReportBeforeTheTutorialsReportStays() throws {
        let s = Session(files: WhatIfMemoryFiles())
        _ = input(s, "tutorial")
        #expect(input(s, "tutorial quit").contains("tutorial ended; the tutorial's report stays loaded (none was loaded before)"))
        #expect(s.tutorialStep == nil)
        #expect(s.reportPath == nil)
        #expect(s.workspace?.scored.total == "91.42")
    }
}
