import Testing
@testable import RubricCore

/// A small report: two 一级 of 50, an execution-rate leaf, a target list, and manual leaves.
func sampleReport() -> Report {
    var r = Report(title: "样例", scheme: "guangzhou-department")
    let a = r.append(Indicator(name: "履职效能", level: 1, weight: 50), under: nil)
    let a1 = r.append(Indicator(name: "整体效能", level: 2, weight: 25), under: a)
    let out = r.append(Indicator(name: "部门整体绩效目标产出指标完成情况", level: 3, weight: 10, published: "6.28"), under: a1)
    r.append(Indicator(name: "高新技术企业", level: 4, isTarget: true, inputs: Inputs(target: q("600家"), actual: q("737家"))), under: out)
    r.append(Indicator(name: "新增上市企业", level: 4, isTarget: true, inputs: Inputs(target: q("1家"), actual: q("4家"))), under: out)
    r.append(Indicator(name: "宣传受众", level: 4, isTarget: true, inputs: Inputs(target: q("1000万人次"), actual: q("1500万人次"))), under: out)
    r.append(Indicator(name: "工业增加值增速", level: 4, isTarget: true, inputs: Inputs(target: q("10%"), actual: q("8%"))), under: out)
    r.append(Indicator(name: "部门整体绩效目标效益指标完成情况", level: 3, weight: 10, published: "10"), under: a1)
    r.append(Indicator(name: "部门预算资金支出率", level: 3, weight: 5, published: "4.65"), under: a1)
    let a2 = r.append(Indicator(name: "专项效能", level: 2, weight: 25), under: a)
    r.append(Indicator(name: "专项资金绩效完成情况", level: 3, weight: 20, published: "18.89"), under: a2)
    r.append(Indicator(name: "专项资金支出率", level: 3, weight: 5, published: "4.70",
                       inputs: Inputs(budget: "447790.64", spent: "425020.15")), under: a2)
    let b = r.append(Indicator(name: "管理效率", level: 1, weight: 50), under: nil)
    let b1 = r.append(Indicator(name: "采购管理", level: 2, weight: 50), under: b)
    r.append(Indicator(name: "采购内控制度建设", level: 3, weight: 20, published: "19.80"), under: b1)
    r.append(Indicator(name: "采购合同签订时效性", level: 3, weight: 30, published: "30"), under: b1)
    r.assignCodes()
    return r
}

@Suite struct ScoredReportTests {
    @Test func codesFollowTheTree() {
        let r = sampleReport()
        #expect(r.nodes.map(\.code).prefix(4) == ["1", "1.1", "1.1.1", "1.1.1.1"])
        #expect(r.nodes[2].isTargetContainer)
        #expect(r.path(of: 3) == "履职效能/整体效能/部门整体绩效目标产出指标完成情况/高新技术企业")
    }

    @Test func scoresLeavesByRuleAndParentsBySum() throws {
        let s = ScoredReport(report: sampleReport(), scheme: BuiltinSchemes.guangzhou)
        let r = s.report
        let out = try #require(r.nodes.firstIndex { $0.name == "部门整体绩效目标产出指标完成情况" })
        // factors 1, 0.5, 1, 0.8 → 10 × 3.3 ÷ 4 = 8.25
        #expect(s.scores[out] == "8.25")
        let special = try #require(r.nodes.firstIndex { $0.name == "专项资金支出率" })
        #expect(s.scores[special] == "4.75")
        #expect(s.statuses[special] == .computed)
        // 部门预算资金支出率 has no budget/spent: execution-rate falls back to the published 4.65.
        let dept = try #require(r.nodes.firstIndex { $0.name == "部门预算资金支出率" })
        #expect(s.scores[dept] == "4.65")
        #expect(s.statuses[dept] == .asPublished(.missingInput(rule: "execution-rate", input: "budget")))
        // 履职效能 = 8.25 + 10 + 4.65 + 18.89 + 4.75
        #expect(s.scores[0] == "46.54")
        #expect(s.total == "96.34")
        #expect(s.grade == "优")
    }

    @Test func changingOneInputRescoresOnlyItsPathAndMatchesAFullRescore() throws {
        var s = ScoredReport(report: sampleReport(), scheme: BuiltinSchemes.guangzhou)
        let special = try #require(s.report.nodes.firstIndex { $0.name == "专项资金支出率" })
        let changes = s.modify(special) { $0.inputs.spent = "447720.15" }
        #expect(changes.map(\.node) == [special, 9, 0])
        #expect(changes[0].old == "4.75" && changes[0].new == "5.00")
        let fresh = ScoredReport(report: s.report, scheme: BuiltinSchemes.guangzhou)
        #expect(fresh.scores == s.scores)
        #expect(fresh.total == s.total)
    }

    @Test func changingATargetRescoresItsIndicator() throws {
        var s = ScoredReport(report: sampleReport(), scheme: BuiltinSchemes.guangzhou)
        let listed = try #require(s.report.nodes.firstIndex { $0.name == "新增上市企业" })
        #expect(s.factor(ofTarget: listed) == "0.5")
        let changes = s.modify(listed) { $0.inputs.actual = q("1.5家") }
        #expect(s.factor(ofTarget: listed) == 1)
        // 10 × 3.8 ÷ 4 = 9.5
        #expect(s.scores[2] == "9.5")
        #expect(changes.contains { $0.node == 2 && $0.old == "8.25" && $0.new == "9.5" })
    }

    @Test func gradeFallsWhenTheTotalDropsBelowTheBand() throws {
        var s = ScoredReport(report: sampleReport(), scheme: BuiltinSchemes.guangzhou)
        let item = try #require(s.report.nodes.firstIndex { $0.name == "采购合同签订时效性" })
        // deduction-per-case: 30 − 7 cases = 23 → total 89.34, 良
        s.modify(item) { $0.inputs.cases = 7 }
        #expect(s.total == "89.34")
        #expect(s.grade == "良")
    }

    @Test func scoresAboveTheWeightAreClampedAndFlagged() throws {
        var s = ScoredReport(report: sampleReport(), scheme: BuiltinSchemes.guangzhou)
        let item = try #require(s.report.nodes.firstIndex { $0.name == "采购内控制度建设" })
        s.modify(item) { $0.inputs.entered = 25 }
        #expect(s.scores[item] == 20)
        #expect(s.statuses[item] == .clamped(from: 25))
    }

    @Test func schemeParameterChangeRescoresEverything() throws {
        var s = ScoredReport(report: sampleReport(), scheme: BuiltinSchemes.guangzhou)
        var scheme = s.scheme
        scheme.parameters["overshoot"] = ParameterValue.none
        s.replaceScheme(scheme)
        // Without the 150% rule the listed-companies target is full: 10 × 3.8 ÷ 4 = 9.5.
        #expect(s.scores[2] == "9.5")
    }

    @Test func gradeBandsAreReadOffTheRoundedTotal() {
        let g = BuiltinSchemes.guangzhou
        #expect(g.grade(for: "90") == "优")
        #expect(g.grade(for: "89.995") == "优")
        #expect(g.grade(for: "89.994") == "良")
        #expect(g.grade(for: "60") == "中")
        #expect(g.grade(for: "59.99") == "差")
    }
}
