import Testing
@testable import RubricCore

/// Every documented scheme setting is editable in the language and takes effect; anything else is an error.
@Suite struct SchemeSettingsTests {
    func delta(_ s: Session, _ text: String) -> ScoreDelta? {
        for o in s.run(SourceFile(name: "<input>", text: text)) { if case .delta(let d) = o { return d } }
        return nil
    }

    @Test func aGradeBandMovesTheGrade() throws {
        let (s, _) = try WhatIfFixtures.session()
        let d = try #require(delta(s, "scheme.优 = 92"))
        #expect(d.oldGrade == "优" && d.newGrade == "良")
        #expect(s.script("assert scheme.优 == 92").failure == nil)
        _ = s.script("undo")
        #expect(s.workspace?.scored.grade == "优")
    }

    @Test func placesRatesAndStageTakeEffect() throws {
        let (s, _) = try WhatIfFixtures.session()
        let d = try #require(delta(s, "scheme.places = 1"))
        #expect(d.newTotal == "91.5")                     // leaves rounded to 1 place before they are added
        _ = s.script("undo")
        // Rates kept exact: seed 002's figures on seed 003's 专项资金支出率 give 5 × 94.9149…% = 4.75 either way,
        // but the rate used is the exact one.
        _ = s.script("专项资金支出率.budget = 447790.64万元\n专项资金支出率.spent = 425020.15万元")
        #expect(s.script("scheme.rates = none").failure == nil)
        #expect(s.workspace?.scored.scheme.ratePlaces == nil)
        #expect(s.script("scheme.stage = \"total\"").failure == nil)
        #expect(s.workspace?.scored.scheme.rounding == .total)
        let i = try #require(s.workspace?.index(ofCode: "1.2.2"))
        #expect(s.workspace?.scored.scores[i] != "4.75")   // exact at stage total: 5 × 0.949149… is not rounded
    }

    @Test func anUnknownSettingIsAnErrorWithADidYouMean() throws {
        let (s, _) = try WhatIfFixtures.session()
        for (text, hint) in [("scheme.overshot = 2", "did you mean 'overshoot'?"), ("scheme.优秀 = 92", "did you mean '优'?"),
                             ("scheme.stag = \"total\"", "did you mean 'stage'?")] {
            let r = s.script(text)
            #expect(r.failure?.message.hasPrefix("the scheme has no setting") == true, "\(text)")
            #expect(r.failure?.hint == hint, "\(text)")
        }
        #expect(s.script("scheme.stage = \"end\"").failure?.message.hasPrefix("stage takes") == true)
        #expect(s.script("scheme.rates = 2.5").failure?.message.hasPrefix("rates takes") == true)
        #expect(s.workspace?.undoStack.isEmpty == true)
    }
}

/// A grade named in a comparison must be one of the scheme's grades or their aliases.
@Suite struct GradeNameTests {
    @Test func anAliasComparesAsItsGradeAndAnUnknownNameIsAnError() throws {
        let (s, _) = try WhatIfFixtures.session()
        #expect(s.script("assert grade == \"优秀\"\nassert grade != \"良好\"\nassert \"优\" == grade").failure == nil)
        let r = s.script("print grade == \"优等\"")
        #expect(r.failure?.message == "the scheme guangzhou-department has no grade '优等'")
        #expect(r.failure?.hint == "its grades: 优, 良, 中, 差; did you mean '优'?")
        // seek no longer answers "unreachable" for a grade that does not exist: it is an error.
        #expect(s.script("seek 部门整体绩效目标产出指标完成情况.entered for grade == \"优等\"").failure != nil)
        #expect(s.script("seek 部门整体绩效目标产出指标完成情况.entered for grade == \"优秀\"").failure == nil)
    }
}
