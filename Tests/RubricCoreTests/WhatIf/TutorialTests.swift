import Testing
@testable import RubricCore

@Suite struct WhatIfTutorialTests {
    func input(_ s: Session, _ text: String) -> String {
        s.run(SourceFile(name: "<input>", text: text)).map(\.plain).joined(separator: "\n")
    }

    @Test func theTutorialWalksFiveStepsCheckingAnswersInTheLanguage() throws {
        let mem = WhatIfMemoryFiles([Tutorial.reportCandidates[0]: WhatIfFixtures.seed003])
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

    @Test func aMissingReportIsAClearError() {
        let s = Session(files: WhatIfMemoryFiles())
        let out = s.runScript(SourceFile(name: "<input>", text: "tutorial"))
        #expect(out.failure?.message == "the tutorial's report is missing")
    }

    @Test func tutorialQuitEndsIt() throws {
        let s = Session(files: WhatIfMemoryFiles([Tutorial.reportCandidates[0]: WhatIfFixtures.seed003]))
        _ = input(s, "tutorial")
        #expect(input(s, "tutorial quit").contains("tutorial ended"))
        #expect(s.tutorialStep == nil)
    }
}
