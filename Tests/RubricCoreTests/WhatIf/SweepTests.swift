import Testing
@testable import RubricCore

@Suite struct WhatIfSweepTests {
    @Test func theEngineLoopGivesTheSameTotalsAsAFullRescore() throws {
        let (s, _) = try WhatIfFixtures.session()
        let scored = try #require(s.workspace?.scored)
        let i = try #require(scored.report.nodes.firstIndex { $0.name == "专项资金支出率" })
        var withBudget = scored
        withBudget.modify(i) { $0.inputs.budget = "447790.64" }
        let values: [ExactDecimal] = ["0", "100000", "425020.15", "447790.64", "500000"]
        let totals = SweepEngine.run(scored: withBudget, node: i, field: .spent, values: values)
        for (v, t) in zip(values, totals) {
            var report = withBudget.report
            report.nodes[i].inputs.spent = v
            #expect(ScoredReport(report: report, scheme: withBudget.scheme).total == t)
        }
        #expect(totals[2] == "91.47")
        #expect(totals[4] == "91.72")
    }

    @Test func aSweepTableShowsScoreTotalGradeAndBars() throws {
        let (s, _) = try WhatIfFixtures.session()
        let out = s.script("sweep 部门整体绩效目标产出指标完成情况.entered from 4 to 6 step 0.5")
        #expect(out.failure == nil)
        guard case .table(let t)? = out.outputs.last else { Issue.record("no table"); return }
        // A long name goes by its code in the header (the table fits 80 columns) and the legend names it.
        #expect(t.columns.prefix(4) == ["#1.1.1.entered", "#1.1.1.score", "总分", "等级"])
        #expect(t.footer.contains("#1.1.1 = 部门整体绩效目标产出指标完成情况"))
        #expect(t.title == "sweep #1.1.1.entered from 4 to 6 step 0.5")
        #expect(t.rows.map { Array($0.prefix(4)) } == [
            ["4", "4.00", "89.14", "良"], ["4.5", "4.50", "89.64", "良"], ["5", "5.00", "90.14", "优"],
            ["5.5", "5.50", "90.64", "优"], ["6", "6.00", "91.14", "优"],
        ])
        #expect(t.rows.last?.last == String(repeating: "█", count: 20))
        #expect(t.footer.contains("grade 良 → 优 at 5"))
    }

    @Test func shortNamesStayInTheHeader() throws {
        let (s, _) = try WhatIfFixtures.session()
        let out = s.script("sweep 合同备案时效性.entered from 0 to 1 step 0.5")
        guard case .table(let t)? = out.outputs.last else { Issue.record("no table"); return }
        #expect(t.columns.prefix(2) == ["合同备案时效性.entered", "合同备案时效性.score"])
        #expect(!t.footer.contains { $0.contains(" = ") }, "no legend needed")
    }

    @Test func longSweepsAreSampledTo200Rows() throws {
        let (s, _) = try WhatIfFixtures.session()
        let out = s.script("sweep 部门整体绩效目标产出指标完成情况.entered from 0 to 10 step 0.01 show total")
        guard case .table(let t)? = out.outputs.last else { Issue.record("no table"); return }
        #expect(t.rows.count == 200)
        #expect(t.footer.first == "1001 points; 200 shown, sampled evenly")
        #expect(t.rows.first?[1] == "85.14" && t.rows.last?[1] == "95.14")
    }

    @Test func twoInputsMakeAGrid() throws {
        let (s, _) = try WhatIfFixtures.session()
        let out = s.script("sweep 部门整体绩效目标产出指标完成情况.entered from 0 to 10 step 5, 采购内控制度建设.entered from 0 to 1 step 0.5")
        guard case .table(let t)? = out.outputs.last else { Issue.record("no table: \(out.outputs)"); return }
        #expect(t.columns.count == 4)
        #expect(t.rows.map { $0.dropFirst().map { $0 } } == [["84.34", "84.84", "85.34"], ["89.34", "89.84", "90.34"], ["94.34", "94.84", "95.34"]])
    }

    @Test func aHundredThousandPointsTakeWellUnderASecondOfEngineTime() throws {
        let (s, _) = try WhatIfFixtures.session()
        let scored = try #require(s.workspace?.scored)
        let i = try #require(scored.report.nodes.firstIndex { $0.name == "采购内控制度建设" })
        let values = (0..<100_000).map { ExactDecimal(significand: Int64($0 % 101), scale: 2) }
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = SweepEngine.run(scored: scored, node: i, field: .entered, values: values) }
        #expect(elapsed < .seconds(5))   // debug build; release is far faster
    }
}
