import Testing
@testable import RubricCore

@Suite struct WhatIfExplainImpactTests {
    @Test func explainShowsEveryStepOfSeed002sExecutionRateAndTheRollUp() throws {
        let (s, _) = try WhatIfFixtures.session()
        let out = s.script("专项资金支出率.budget = 447790.64万元\n专项资金支出率.spent = 425020.15万元\nexplain 专项资金支出率")
        #expect(out.failure == nil)
        guard case .document(let text)? = out.outputs.last else { Issue.record("no document"); return }
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("专项资金支出率 (#1.2.2): 4.75 of 5"))
        #expect(lines.contains("inputs: budget 447,790.64万元 · spent 425,020.15万元"))
        #expect(lines.contains("  rate = 425,020.15 ÷ 447,790.64 = 94.9149…% → 94.91%"))
        #expect(lines.contains("  5 × 94.91% = 4.7455"))
        #expect(lines.contains("  round half-up to 2 places: 4.7455 → 4.75"))
        #expect(lines.contains("  专项效能 = 专项资金绩效完成情况 18.89 + 专项资金支出率 4.75 = 23.64"))
        #expect(lines.contains("  总分 = 履职效能 44.57 + 管理效率 46.90 = 91.47"))
        #expect(lines.last == "grade: 91.47 falls in 优 (90 ≤ s ≤ 100)")
    }

    @Test func explainGradeGivesTheBandsAndTheDistances() throws {
        let (s, _) = try WhatIfFixtures.session()
        guard case .document(let text)? = s.script("explain grade").outputs.last else { Issue.record("no document"); return }
        #expect(text.contains("  优  90 ≤ s ≤ 100  ← 91.42"))
        #expect(text.contains("the total can lose 1.42 and keep 优"))
        guard case .document(let total)? = s.script("explain total").outputs.last else { Issue.record("no document"); return }
        #expect(total.contains("总分 = 履职效能 44.52 + 管理效率 46.90 = 91.42"))
        #expect(total.contains("the document states 91.41"))
    }

    @Test func impactRanksByPointsGainableAndNamesTheFirst() throws {
        let (s, _) = try WhatIfFixtures.session()
        let out = s.script("专项资金支出率.budget = 447790.64万元\n专项资金支出率.spent = 425020.15万元\nimpact")
        guard case .table(let t)? = out.outputs.last else { Issue.record("no table"); return }
        #expect(t.rows.first?[1] == "部门整体绩效目标产出指标完成情况")
        #expect(t.rows.first?[5] == "+3.72")
        #expect(t.footer.first?.hasPrefix("largest single gain: 部门整体绩效目标产出指标完成情况 (+3.72") == true)
        let spend = try #require(t.rows.first { $0[1] == "专项资金支出率" })
        #expect(spend[8] == "22,770.49万元")
        let gains = t.rows.map { ExactDecimal(stringLiteral: $0[5] == "0" ? "0" : String($0[5].dropFirst())) }
        #expect(gains == gains.sorted(by: >))
    }
}
