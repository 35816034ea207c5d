import Testing
@testable import RubricCore

/// Found by a code review of the session model: each by name.
@Suite struct SessionReviewFindingsTests {
    func type(_ s: Session, _ text: String) -> String {
        s.run(SourceFile(name: "<input>", text: text)).map(\.plain).joined(separator: "\n")
    }

    @Test func indicatorBindingsAreForgottenWhenAnotherReportLoads() throws {
        let (s, _) = try WhatIfFixtures.session(["other.yaml": WhatIfFixtures.targetsReport])
        _ = s.script("let x = 数据质量\nlet n = 2")
        #expect(s.script("load \"other.yaml\"").failure == nil)
        #expect(s.script("print x").failure?.message.contains("x") == true)   // gone, not a crash or another node
        #expect(s.script("assert n == 2").failure == nil)                      // plain values stay
    }

    @Test func aSessionScriptWithoutALoadDoesNotHideUnsavedWork() throws {
        let (s, _) = try WhatIfFixtures.session(["tweak.rubric": "数据质量.entered = 2\n"])
        s.asksBeforeLosingWork = true
        _ = type(s, "合同备案时效性.entered = 1")
        #expect(type(s, "load \"tweak.rubric\"").contains("unsaved"))        // asked first, as any load
        #expect(type(s, "load \"tweak.rubric\"").contains("ran tweak.rubric on the loaded report"))
        #expect(s.workspace?.hasUnsavedWork == true)
        #expect(s.workspace?.undoStack.isEmpty == false)
    }

    @Test func loadingDuringTheTutorialEndsItAndAsksAboutTheUsersWork() throws {
        let (s, _) = try WhatIfFixtures.session(["other.yaml": WhatIfFixtures.targetsReport])
        s.asksBeforeLosingWork = true
        _ = type(s, "合同备案时效性.entered = 1")
        _ = type(s, "tutorial")
        let out = type(s, "load \"other.yaml\"")
        #expect(out.contains("tutorial ended"))
        #expect(out.contains("1 scenario has unsaved changes"))
        #expect(s.workspace?.scored.total == "91.92")     // the user's report is back, not yet replaced
    }

    @Test func undoingAResetPutsBackAnOverrideThatPinnedTheBasesValue() throws {
        let (s, _) = try WhatIfFixtures.session()
        _ = s.script("scenario A\n合同备案时效性.entered = 1\nuse baseline\n合同备案时效性.entered = 1\nuse A\nreset\nundo\nuse baseline\nundo")
        // A's own edit is back, so it keeps 1 when the baseline's edit is undone.
        #expect(s.workspace?.scenarios["A"]?.scored.total == "91.92")
        #expect(s.workspace?.scenarios["A"]?.overrides.count == 1)
    }

    @Test func useSchemeRefreshesWhatASchemeOverrideResetsTo() throws {
        let one = BuiltinSchemes.texts.first { $0.file == "guangzhou-department.yaml" }!.text
            .replacingOccurrences(of: "id: guangzhou-department", with: "id: one").replacingOccurrences(of: "places: 2", with: "places: 1")
        let (s, _) = try WhatIfFixtures.session(["one.yaml": one])
        _ = s.script("scheme.places = 3\nuse scheme \"one.yaml\"\nreset")
        #expect(s.workspace?.scored.scheme.scorePlaces == 1)    // the new scheme's places, not the loaded one's
        #expect(s.script("scheme.places = 3\nreset scheme.places").failure == nil)
        #expect(s.workspace?.scored.scheme.scorePlaces == 1)
    }

    @Test func aSchemeWithoutAnOverriddenBandIsRefusedWithWhatToDo() throws {
        let letters = BuiltinSchemes.texts.first { $0.file == "guangzhou-department.yaml" }!.text
            .replacingOccurrences(of: "id: guangzhou-department", with: "id: letters")
            .replacingOccurrences(of: "grade: 优", with: "grade: A").replacingOccurrences(of: "grade: 良", with: "grade: B")
            .replacingOccurrences(of: "grade: 中", with: "grade: C").replacingOccurrences(of: "grade: 差", with: "grade: D")
        let (s, _) = try WhatIfFixtures.session(["letters.yaml": letters])
        let r = s.script("scheme.优 = 92\nuse scheme \"letters.yaml\"")
        #expect(r.failure?.message == "scenario baseline sets scheme.优, which scheme letters does not have")
        #expect(r.failure?.hint?.contains("reset scheme.优") == true)
        #expect(r.failure?.locationText != nil)
    }

    @Test func saveSessionAfterSaveAndUndoRebuildsTheSession() throws {
        let (s, mem) = try WhatIfFixtures.session()
        #expect(s.script("合同备案时效性.entered = 1\nsave\nundo\nsave session \"s.rubric\"").failure == nil)
        let fresh = Session(files: mem)
        #expect(fresh.runScript(SourceFile(name: "s.rubric", text: mem.contents["s.rubric"]!)).failure == nil)
        #expect(fresh.workspace?.scored.total == "91.42")
    }

    @Test func aScenarioNamedLikeAWordOfTheLanguageIsQuotedInASessionScript() throws {
        let (s, mem) = try WhatIfFixtures.session()
        #expect(s.script("scenario \"方案\"\n合同备案时效性.entered = 1\nsave session \"s.rubric\"").failure == nil)
        #expect(mem.contents["s.rubric"]?.contains("scenario \"方案\" from baseline") == true)
    }
}
