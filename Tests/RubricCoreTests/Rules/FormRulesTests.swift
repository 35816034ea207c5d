import Foundation
import Testing
@testable import RubricCore

/// Rules as real forms state them (issue 16): two-sided tiers with included and excluded ends, exact values, bands on
/// a deviation in both directions, and deductions per step.
@Suite struct FormRulesTests {
    func score(_ lines: [String], weight: String = "5") throws -> ExactDecimal {
        let s = try ExactnessTests.report([("甲1", weight, lines)])
        return s.scores[s.index(ofCode: "1.1")!]
    }

    /// 重点支出安排率: ≥90% 5; 80%(含)-90% 4; 70%(含)-80% 3; 60%(含)-70% 2; 低于60% 0.
    static let keySpending = "parameters: {tiers: [{from: 90%, points: 5}, {from: 80%, below: 90%, points: 4}, {from: 70%, below: 80%, points: 3}, {from: 60%, below: 70%, points: 2}, {points: 0}]}"

    @Test func includedLowerEndsAndExcludedUpperEnds() throws {
        for (actual, points) in [("90%", "5"), ("89.995%", "4"), ("80%", "4"), ("79.99%", "3"), ("60%", "2"), ("59.99%", "0")] {
            #expect(try score(["rule: tiers", Self.keySpending, "actual: \(actual)"]) == ExactDecimal(stringLiteral: points), "\(actual)")
        }
    }

    /// 预算调整率: =0 3; 0-10%(含) 2; 10-20%(含) 1; 20-30%(含) 0.5; >30% 0.
    @Test func anExactValueAndExcludedLowerEnds() throws {
        let t = "parameters: {tiers: [{equals: 0, points: 3}, {above: 0, up-to: 10%, points: 2}, {above: 10%, up-to: 20%, points: 1}, {above: 20%, up-to: 30%, points: 0.5}, {points: 0}]}"
        for (actual, points) in [("0", "3"), ("0.01%", "2"), ("10%", "2"), ("10.01%", "1"), ("30%", "0.50"), ("30.01%", "0")] {
            #expect(try score(["rule: tiers", t, "actual: \(actual)"], weight: "3") == ExactDecimal(stringLiteral: points), "\(actual)")
        }
    }

    /// 成本控制率: 控制在±10%以内 5, ±10–15% 3, ±15–20% 1, ±20%以外 0 — a band on the size of the deviation.
    @Test func bandsOnADeviationInBothDirections() throws {
        let t = "parameters: {measure: deviation, tiers: [{up-to: 10%, points: 5}, {up-to: 15%, points: 3}, {up-to: 20%, points: 1}, {points: 0}]}"
        for (actual, points) in [("-8%", "5"), ("8%", "5"), ("-12%", "3"), ("12%", "3"), ("-20%", "1"), ("-20.5%", "0")] {
            #expect(try score(["rule: tiers", t, "actual: \(actual)"]) == ExactDecimal(stringLiteral: points), "\(actual)")
        }
    }

    /// 满意度: 90%以上得10分，每降5%扣1分，扣完为止.
    @Test func aDeductionPerStepBelowAThreshold() throws {
        let p = "parameters: {threshold: 90%, step: 5%}"
        for (actual, points) in [("95%", "10"), ("90%", "10"), ("86%", "10"), ("85%", "9"), ("70%", "6"), ("0%", "0")] {
            #expect(try score(["rule: deduction-per-step", p, "actual: \(actual)"], weight: "10") == ExactDecimal(stringLiteral: points), "\(actual)")
        }
        // "每降低5%及以内扣1分": a started step counts.
        let started = "parameters: {threshold: 90%, step: 5%, partial: yes}"
        #expect(try score(["rule: deduction-per-step", started, "actual: 89%"], weight: "10") == 9)
        // Above a threshold (a cost over budget): each 2% over costs 0.5.
        let over = "parameters: {threshold: 100%, step: 2%, k: 0.5, side: above}"
        #expect(try score(["rule: deduction-per-step", over, "actual: 105%"], weight: "4") == 3)
    }

    @Test func aTierThatHoldsNoValueIsALoadError() throws {
        // {from: 90%, below: 80%} can never hold a value: a slip when writing the form, not a tier.
        #expect(throws: Diagnostic.self) { try score(["rule: tiers", "parameters: {tiers: [{from: 90%, below: 80%, points: 4}, {points: 0}]}", "actual: 85%"]) }
        #expect(throws: Diagnostic.self) { try score(["rule: tiers", "parameters: {tiers: [{above: 10%, up-to: 10%, points: 4}]}", "actual: 85%"]) }
        #expect(throws: Diagnostic.self) { try score(["rule: tiers", "parameters: {tiers: [{equals: 0, from: 1%, points: 4}]}", "actual: 85%"]) }
        // Meeting ends that both include the value hold exactly it.
        #expect(try score(["rule: tiers", "parameters: {tiers: [{from: 10%, up-to: 10%, points: 4}, {points: 0}]}", "actual: 10%"]) == 4)
    }

    @Test func aStepRuleWithoutItsParametersIsALoadError() {
        #expect(throws: Diagnostic.self) { try score(["rule: deduction-per-step", "actual: 80%"]) }
        #expect(throws: Diagnostic.self) { try score(["rule: tiers", "parameters: {tiers: [{from: 1, points: 2, upto: 3}]}", "actual: 1"]) }
    }

    /// True when the indicator cannot be scored because its entered score lies outside its level's band.
    func outsideBand(_ lines: [String]) throws -> Bool {
        let s = try ExactnessTests.report([("甲1", "10", lines)])
        guard case .failed(let why) = s.statuses[s.index(ofCode: "1.1")!], case .outsideBand = why else { return false }
        return true
    }

    /// Qualitative bands with other cut points (100–80–50) and the cut point in the band below ("80%（含）以下").
    @Test func qualitativeBandLimitsAndEndsAreParameters() throws {
        let p = "parameters: {achieved-from: 0.8, partly-from: 0.5}"
        // Lower ends (the default): 8 of 10 is 达成, 5 is 部分达成.
        #expect(try score(["rule: qualitative", p, "level: 达成", "entered: 8"], weight: "10") == 8)
        #expect(try score(["rule: qualitative", p, "level: 部分达成", "entered: 5"], weight: "10") == 5)
        #expect(try outsideBand(["rule: qualitative", p, "level: 部分达成", "entered: 8"]))
        #expect(try outsideBand(["rule: qualitative", p, "level: 未达成", "entered: 5"]))
        // Upper ends: 8 is 部分达成 and 5 未达成; 达成 needs more than 8.
        let u = "parameters: {achieved-from: 0.8, partly-from: 0.5, ends: upper}"
        #expect(try score(["rule: qualitative", u, "level: 部分达成", "entered: 8"], weight: "10") == 8)
        #expect(try score(["rule: qualitative", u, "level: 未达成", "entered: 5"], weight: "10") == 5)
        #expect(try outsideBand(["rule: qualitative", u, "level: 达成", "entered: 8"]))
        #expect(try score(["rule: qualitative", u, "level: 部分达成"], weight: "10") == 8)   // no score entered: the band's closed top
        // Cut points out of order are refused.
        #expect(throws: Diagnostic.self) { try score(["rule: qualitative", "parameters: {achieved-from: 0.5, partly-from: 0.8}", "level: 达成"], weight: "10") }
        #expect(throws: Diagnostic.self) { try score(["rule: qualitative", "parameters: {ends: middle}", "level: 达成"], weight: "10") }
    }
}

/// `seek` knows the new shapes' edges: tier bounds of every kind (on both sides of 0 for a deviation) and the steps
/// of a per-step deduction, so the answer is the exact edge, never a point near it.
@Suite struct FormRulesSeekTests {
    static let report = """
    rubric-report: 1
    title: "t"
    scheme: "guangzhou-department"
    indicators:
      - name: "重点支出安排率"
        code: "1"
        weight: 5
        rule: tiers
        parameters: {tiers: [{from: 90%, points: 5}, {from: 80%, below: 90%, points: 4}, {from: 70%, below: 80%, points: 3}, {points: 0}]}
        actual: 75%
      - name: "成本控制率"
        code: "2"
        weight: 5
        rule: tiers
        parameters: {measure: deviation, tiers: [{up-to: 10%, points: 5}, {up-to: 15%, points: 3}, {points: 0}]}
        actual: -12%
      - name: "满意度"
        code: "3"
        weight: 10
        rule: deduction-per-step
        parameters: {threshold: 90%, step: 5%}
        actual: 80%
      - name: "其他"
        code: "4"
        weight: 80
        rule: manual
        entered: 80
    """

    func seek(_ statement: String) throws -> String {
        let s = Session(files: WhatIfMemoryFiles(["r.yaml": Self.report]))
        try s.load("r.yaml")
        let r = s.script(statement)
        #expect(r.failure == nil, "\(r.failure?.message ?? "")")
        return r.outputs.map { o -> String in
            switch o { case .text(let t): return t; case .table(let t): return (t.title ?? "") + t.footer.joined(separator: "\n"); default: return "" }
        }.joined(separator: "\n")
    }

    @Test func theAnswerIsTheExactEdgeOfATierOrAStep() throws {
        #expect(try seek("seek 重点支出安排率.actual for 重点支出安排率 >= 4").contains("the nearest that does is 80% (+5%)"))
        #expect(try seek("seek 成本控制率.actual for 成本控制率 == 5").contains("the nearest that does is -10% (+2%)"))
        // 每降5%扣1分 by whole steps: 80% is two steps down (8); anything above 80% is one step (9).
        #expect(try seek("seek 满意度.actual for 满意度 >= 9").contains("the nearest that does is 80.01% (+0.01%)"))
    }
}

/// Not-applicable indicators (`/`): left out, and the total re-based to 100 when the scheme says so (按百分制折算).
@Suite struct NotApplicableTests {
    static let table = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t数量\t甲\t100%\t90%\t50\t45\n效益指标\t\t乙\t/\t/\t10\t\n效益指标\t\t丙\t100%\t100%\t30\t30\n满意度指标\t\t丁\t90%\t95%\t10\t10\n"

    @Test func theNationalSchemeRebasesTheTotalToOneHundred() throws {
        let r = try TableImporter.load(SourceFile(name: "na.tsv", text: Self.table)).report
        #expect(r.leftOut == ["乙"])
        var s = ScoredReport(report: r, scheme: BuiltinSchemes.nationalProject)
        #expect(s.rawTotal == 85)
        #expect(s.rebaseWeight == 90)
        #expect(s.total == "94.44")                 // 85 × 100 ÷ 90 = 94.444…, half-up once
        #expect(s.grade == "优")
        #expect(ScoreTable.summary(s).contains("re-based to 100 (按百分制折算): 85.00 × 100 ÷ 90 = 94.44"))
        let findings = Audit.run(s)
        #expect(!findings.contains { $0.id == "weights" })   // the missing 10 is the note, not a fault
        #expect(findings.contains { $0.id == "not-applicable" && $0.message.hasSuffix("re-bases the total to 100 (按百分制折算)") })
        // An edit moves the re-based total: 甲 to 100% gives 90 × 100 ÷ 90 = 100.
        s.modify(r.nodes.firstIndex { $0.name == "甲" }!) { $0.inputs.actual = Quantity("1", .percent) }
        #expect(s.total == 100)
        // A scheme that leaves the total out of what applies.
        var leave = BuiltinSchemes.nationalProject
        leave.notApplicable = .leave
        #expect(ScoredReport(report: r, scheme: leave).total == 85)
    }

    @Test func aSchemeFileSaysWhichAndAnUnknownWordIsAnError() throws {
        var text = BuiltinSchemes.texts.first { $0.file == "national-project.yaml" }!.text
        #expect(try SchemeLoader.load(SourceFile(name: "n.yaml", text: text)).notApplicable == .rebase)
        text = text.replacingOccurrences(of: "not-applicable: rebase", with: "not-applicable: rescale")
        #expect {
            try SchemeLoader.load(SourceFile(name: "n.yaml", text: text))
        } throws: { ($0 as? Diagnostic)?.message.contains("not-applicable is 'rebase'") == true }
    }
}
