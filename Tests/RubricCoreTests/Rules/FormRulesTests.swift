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

    @Test func aStepRuleWithoutItsParametersIsALoadError() {
        #expect(throws: Diagnostic.self) { try score(["rule: deduction-per-step", "actual: 80%"]) }
        #expect(throws: Diagnostic.self) { try score(["rule: tiers", "parameters: {tiers: [{from: 1, points: 2, upto: 3}]}", "actual: 1"]) }
    }
}
