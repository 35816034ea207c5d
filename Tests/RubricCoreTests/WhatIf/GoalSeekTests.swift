import Testing
@testable import RubricCore

@Suite struct WhatIfGoalSeekTests {
    /// Seeks `field` of the node named `name` for a condition written in the language.
    func seek(_ s: Session, _ name: String, _ field: InputField, _ goal: String) throws -> GoalSeek.Result {
        let w = try #require(s.workspace)
        let i = try #require(w.scored.report.nodes.firstIndex { $0.name == name })
        let file = SourceFile(name: "<goal>", text: goal)
        let program = try Parser.parse(file)
        guard case .expression(let e) = program.statements[0].kind else { throw Diagnostic(phase: .evaluate, "not an expression") }
        return try GoalSeek.solve(scored: w.scored, node: i, field: field) { (copy: ScoredReport) throws(Diagnostic) -> Bool in
            guard case .bool(let b) = try s.evaluator(file, on: copy).evaluate(e) else { return false }
            return b
        }
    }

    @Test func theFullMarksOfATargetAreExactly100To150PercentAcrossTheHalvingJump() throws {
        let mem = WhatIfMemoryFiles(["t.yaml": WhatIfFixtures.targetsReport])
        let s = Session(files: mem)
        try s.load("t.yaml")
        let r = try seek(s, "新增企业", .actual, "新增企业.factor == 100%")
        #expect(r.domain.lower == 0 && r.domain.upper == 400)
        #expect(r.intervals == [GoalSeek.Interval("100", "150")])
        // Half marks: just above 150% (the rate is rounded to 0.01% first, so 150.01 is the first value) up to 400 and beyond.
        let half = try seek(s, "新增企业", .actual, "新增企业.factor == 50%")
        #expect(half.intervals == [GoalSeek.Interval("150.01", "400", openAbove: true)])
        // The search evaluates around the breakpoints, not every grid point.
        #expect(r.evaluations < 200)
    }

    @Test func theIndicatorsRoundedScoreKeepsFullMarksFrom99_95BecauseOfRounding() throws {
        let mem = WhatIfMemoryFiles(["t.yaml": WhatIfFixtures.targetsReport])
        let s = Session(files: mem)
        try s.load("t.yaml")
        // 99.95 → 99.95% → 10 × 0.9995 = 9.995 → 10.00 after half-up rounding at the indicator.
        let r = try seek(s, "产出", .entered, "产出.score == 10")
        _ = r
        let t = try seek(s, "新增企业", .actual, "产出.score == 10")
        #expect(t.intervals == [GoalSeek.Interval("99.95", "150")])
    }

    @Test func seed003ProductionCompletionKeeps优DownTo4_86() throws {
        let (s, _) = try WhatIfFixtures.session()
        let r = try seek(s, "部门整体绩效目标产出指标完成情况", .entered, "total >= 90")
        #expect(r.intervals == [GoalSeek.Interval("4.86", "10")])
        let out = s.script("seek 部门整体绩效目标产出指标完成情况.entered for grade == \"优\"")
        #expect(out.failure == nil)
        let text = out.outputs.map(\.plain).joined(separator: "\n")
        #expect(text.contains("4.86"))
        #expect(text.contains("the current value 6.28 meets it; it holds down to 4.86 (−1.42)"))
    }

    @Test func seekingAComputedScoreOfAManualLeafSeeksItsEnteredScore() throws {
        let (s, _) = try WhatIfFixtures.session()
        let out = s.script("seek 部门整体绩效目标产出指标完成情况.score for total >= 90")
        #expect(out.failure == nil)
        #expect(out.outputs.first?.plain.contains("seeking over 部门整体绩效目标产出指标完成情况.entered") == true)
    }

    @Test func unreachableGoalsSayTheWeightCapsTheIndicator() throws {
        let (s, _) = try WhatIfFixtures.session()
        let out = s.script("seek 采购内控制度建设.entered for total >= 95")
        #expect(out.failure == nil)
        let text = out.outputs.map(\.plain).joined(separator: "\n")
        #expect(text.contains("unreachable: no value of 采购内控制度建设.entered meets total >= 95"))
        #expect(text.contains("weight caps what it can give: even full marks (1.00 of 1) make the total 91.62"))
    }

    @Test func aGoalThatIsNotAConditionIsAnError() throws {
        let (s, _) = try WhatIfFixtures.session()
        let out = s.script("seek 采购内控制度建设.entered for total")
        #expect(out.failure?.message == "seek needs a condition to meet, found a number")
    }

    @Test func aFieldThatIsNotAnInputSuggestsOne() throws {
        let (s, _) = try WhatIfFixtures.session()
        let out = s.script("seek 采购内控制度建设.enterd for total >= 90")
        #expect(out.failure?.hint == "did you mean 'entered'?")
    }
}

/// An equality goal is answered with the values where it holds, or the nearest on each side.
@Suite struct SeekEqualityTests {
    @Test func totalEqualToAFigureIsFoundExactly() throws {
        let (s, _) = try WhatIfFixtures.session()
        let out = s.script("seek 部门整体绩效目标产出指标完成情况.entered for total == 90")
        #expect(out.failure == nil)
        guard case .table(let t)? = out.outputs.last else { Issue.record("no table"); return }
        #expect(t.rows.first?.prefix(2) == ["4.86", "4.86"])
        #expect(t.rows.first?.last == "90.00")
    }

    @Test func anEqualityNoValueHitsNamesTheNearestOnEachSide() throws {
        let (s, _) = try WhatIfFixtures.session()
        let out = s.script("seek 部门整体绩效目标产出指标完成情况.entered for total == 90.005")
        let text = out.outputs.map(\.plain).joined(separator: "\n")
        #expect(text.contains("nearest: 部门整体绩效目标产出指标完成情况.entered = 4.86 gives total = 90.00; 部门整体绩效目标产出指标完成情况.entered = 4.87 gives 90.01"))
    }

    @Test func intersectingIntervals() {
        typealias I = GoalSeek.Interval
        let a = [I("0", "5"), I("7", "9", openAbove: true)], b = [I("3", "8")]
        #expect(GoalSeek.intersect(a, b) == [I("3", "5"), I("7", "8")])
    }
}
