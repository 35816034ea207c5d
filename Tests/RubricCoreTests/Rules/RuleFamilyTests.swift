import Testing
@testable import RubricCore

/// Scores one input with a rule at Guangzhou's rounding (2 places, rates to 0.01%).
func score(_ id: String, _ params: [String: ParameterValue] = [:], weight: ExactDecimal, _ inputs: Inputs,
           context: RuleContext = RuleContext()) throws -> ExactDecimal {
    let rule = try RuleRegistry.make(RuleSpec(id, RuleParameters(params)))
    var trace: Trace? = nil
    return try rule.score(RuleInput(weight: weight, inputs: inputs, context: context), trace: &trace)
}

func q(_ s: String) -> Quantity { try! Quantity(parsing: s) }

@Suite struct RuleFamilyTests {
    @Test func everyFamilyIsRegisteredOnceAndDocumented() {
        let ids = RuleRegistry.all.map { $0.id }
        #expect(Set(ids).count == ids.count)
        #expect(ids.count == 13)
        // Each family has its section in docs/rules.md.
        let docs = (try? String(contentsOf: WhatIfFixtures.packageRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)) ?? ""
        for f in RuleRegistry.all { #expect(docs.contains("### `\(f.id)`"), "\(f.id) is not documented") }
        for f in RuleRegistry.all {
            #expect(!f.summary.en.isEmpty && !f.title.isEmpty && !f.reads.isEmpty, "\(f.id)")
            // Its help in both languages: the Chinese is written, not the English copied.
            for text in [f.summary, f.example] + f.parameterHelp.map(\.help) {
                #expect(!text.en.isEmpty && text.zh != text.en && text.zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(f.id): \(text)")
            }
        }
    }

    /// Each family's steps, as `explain` shows them, in Chinese when the trace is Chinese — no English sentence left.
    @Test(arguments: [
        ("positive-guangzhou", [String: ParameterValue](), Inputs(target: Quantity(1), actual: Quantity(4))),
        ("positive-guangzhou", [:], Inputs(target: Quantity(10), actual: Quantity(8))),
        ("positive-national", [:], Inputs(target: Quantity(10), actual: Quantity(12))),
        ("reverse", [:], Inputs(target: Quantity(1), actual: Quantity("1.06"))),
        ("reverse", ["variant": .text("linear")], Inputs(target: Quantity(1), actual: Quantity("1.06"))),
        ("direction", [:], Inputs(actual: Quantity("0.004"), direction: .decrease)),
        ("zero-target", [:], Inputs(actual: Quantity(0))),
        ("execution-rate", [:], Inputs(budget: 100, spent: 120)),
        ("deduction-per-point", [:], Inputs(actual: Quantity("1.06", .percent))),
        ("deduction-per-case", [:], Inputs(cases: 2)),
        ("deduction-per-step", ["threshold": .number("0.9"), "step": .number("0.05")], Inputs(actual: Quantity("0.836", .percent))),
        ("tiers", ["measure": .text("deviation"), "tiers": .tiers([Tier(upTo: "0.1", points: 5), Tier(upTo: nil, points: 0)])], Inputs(actual: Quantity("-0.12", .percent))),
        ("qualitative", [:], Inputs(level: .partly)),
        ("manual", [:], Inputs(entered: 3)),
    ])
    func stepsAreWrittenInTheTracesLanguage(id: String, params: [String: ParameterValue], inputs: Inputs) throws {
        let rule = try RuleRegistry.make(RuleSpec(id, RuleParameters(params)))
        let input = RuleInput(weight: 10, inputs: inputs, context: RuleContext(scorePlaces: 2, ratePlaces: 4))
        var en: Trace? = Trace(language: .en), zh: Trace? = Trace(language: .zh)
        #expect(try rule.score(input, trace: &en) == (try rule.score(input, trace: &zh)))
        let english = try #require(en).steps, chinese = try #require(zh).steps
        #expect(!english.isEmpty && english.count == chinese.count, "\(id)")
        for (e, c) in zip(english, chinese) {
            _ = e
            let words = c.split(whereSeparator: { !$0.isLetter }).filter { $0.allSatisfy { $0.isASCII } && $0.count > 3 }
            #expect(words.isEmpty, "\(id): English words in the Chinese step: \(c)")
        }
    }

    @Test func guangzhouPositiveBelowTargetIsProportional() throws {
        // 工业增加值增速 at 80% of target gets 80% of its weight.
        #expect(try score("positive-guangzhou", weight: 5, Inputs(target: q("10%"), actual: q("8%"))) == 4)
        #expect(try score("positive-guangzhou", weight: 2, Inputs(target: q("600"), actual: q("599"))) == "2.00")
    }

    @Test func guangzhouPositiveAtExactly150PercentKeepsFullMarks() throws {
        // 宣传受众 1000 → 1500 万人次: exactly 150%.
        #expect(try score("positive-guangzhou", weight: 2, Inputs(target: q("1000万人次"), actual: q("1500万人次"))) == 2)
    }

    @Test func guangzhouPositiveAbove150PercentIsHalved() throws {
        // 招商引资活动数量 213%, 集成电路布图 250%, 上市企业 400%.
        #expect(try score("positive-guangzhou", weight: 2, Inputs(target: q("100"), actual: q("213"))) == 1)
        #expect(try score("positive-guangzhou", weight: 3, Inputs(target: q("1家"), actual: q("4家"))) == "1.5")
        #expect(try score("positive-guangzhou", weight: 2, Inputs(target: q("1000"), actual: q("1501"))) == 1)
    }

    @Test func guangzhouOvershootCanBeTurnedOff() throws {
        #expect(try score("positive-guangzhou", ["overshoot": .none], weight: 2, Inputs(target: q("1"), actual: q("4"))) == 2)
    }

    @Test func nationalPositiveNeverCutsOverAchievement() throws {
        #expect(try score("positive-national", weight: 10, Inputs(target: q("1"), actual: q("4"))) == 10)
        #expect(try score("positive-national", weight: 10, Inputs(target: q("200"), actual: q("150"))) == "7.5")
    }

    @Test func negativeActualCountsAsZero() throws {
        #expect(try score("positive-national", weight: 10, Inputs(target: q("5"), actual: q("-3"))) == 0)
    }

    @Test func reverseRatioAndLinearVariants() throws {
        let inside = Inputs(target: q("100"), actual: q("90"))
        #expect(try score("reverse", weight: 4, inside) == 4)
        let over = Inputs(target: q("100"), actual: q("125"))
        #expect(try score("reverse", weight: 4, over) == "3.2")             // 4 × 100/125
        #expect(try score("reverse", ["variant": .text("linear")], weight: 4, over) == 3)  // 4 × (1 − 25%)
        #expect(try score("reverse", ["variant": .text("linear")], weight: 4, Inputs(target: q("100"), actual: q("200"))) == 0)
        #expect(throws: RuleError.self) { try score("reverse", ["variant": .text("sideways")], weight: 4, over) }
    }

    @Test func directionScoresZeroWhenTheValueMovedTheWrongWay() throws {
        // 规模以上单位工业增加值能耗: 较去年同期下降, actual +0.4% → 0.
        #expect(try score("direction", weight: 3, Inputs(actual: q("0.4%"), direction: .decrease)) == 0)
        #expect(try score("direction", weight: 3, Inputs(actual: q("-1.2%"), direction: .decrease)) == 3)
        #expect(try score("direction", weight: 3, Inputs(actual: q("2%"), direction: .increase)) == 3)
    }

    @Test func zeroTarget() throws {
        #expect(try score("zero-target", weight: 2, Inputs(actual: q("0"))) == 2)
        #expect(try score("zero-target", weight: 2, Inputs(actual: q("1"))) == 0)
    }

    @Test func qualitativeBandsAndOutOfBandError() throws {
        #expect(try score("qualitative", weight: 1, Inputs(entered: "0.8", level: .achieved)) == "0.8")
        #expect(try score("qualitative", weight: 1, Inputs(level: .achieved)) == 1)
        #expect(try score("qualitative", weight: 5, Inputs(level: .partly)) == 3)
        #expect(throws: RuleError.outsideBand(score: "0.8", level: .partly, low: "0.6", high: "0.8")) {
            try score("qualitative", weight: 1, Inputs(entered: "0.8", level: .partly))
        }
        #expect(throws: RuleError.self) { try score("qualitative", weight: 1, Inputs(entered: "0.5", level: .achieved)) }
    }

    @Test func executionRateOfSeed002SpecialFunds() throws {
        // 447,790.64 万元 budget, 425,020.15 spent → 94.91% → 5 × 94.91% = 4.7455 → 4.75.
        let s = try score("execution-rate", weight: 5, Inputs(budget: "447790.64", spent: "425020.15"))
        #expect(s == "4.75")
        #expect(try score("execution-rate", weight: 5, Inputs(budget: "100", spent: "120")) == 5)
    }

    @Test func executionRateExplainsEveryStep() throws {
        let rule = try RuleRegistry.make(RuleSpec("execution-rate"))
        var trace: Trace? = Trace()
        _ = try rule.score(RuleInput(weight: 5, inputs: Inputs(budget: "447790.64", spent: "425020.15"), context: RuleContext()), trace: &trace)
        let steps = trace?.steps ?? []
        #expect(steps.contains("rate = 425,020.15 ÷ 447,790.64 = 94.9149…% → 94.91%"))
        #expect(steps.contains("5 × 94.91% = 4.7455"))
        #expect(steps.contains("round half-up to 2 places: 4.7455 → 4.75"))
    }

    @Test func deductionPerPointWholeAndPartial() throws {
        // 三公经费控制率 ≤ 100%: −1 per point over.
        #expect(try score("deduction-per-point", weight: 2, Inputs(actual: q("99%"))) == 2)
        #expect(try score("deduction-per-point", weight: 2, Inputs(actual: q("101.5%"))) == 1)
        #expect(try score("deduction-per-point", ["partial": .text("yes")], weight: 2, Inputs(actual: q("101.5%"))) == "0.5")
        #expect(try score("deduction-per-point", weight: 2, Inputs(actual: q("110%"))) == 0)
    }

    @Test func deductionPerCaseStopsAtZero() throws {
        #expect(try score("deduction-per-case", weight: 3, Inputs(cases: 1)) == 2)
        #expect(try score("deduction-per-case", ["k": .number("0.5")], weight: 3, Inputs(cases: 3)) == "1.5")
        #expect(try score("deduction-per-case", weight: 3, Inputs(cases: 7)) == 0)
    }

    @Test func tiersGiveTheFirstMatchingBand() throws {
        let tiers: [String: ParameterValue] = ["tiers": .tiers([Tier(upTo: 0, points: 3), Tier(upTo: "0.1", points: 2),
                                                                Tier(upTo: "0.2", points: 1), Tier(upTo: nil, points: 0)])]
        #expect(try score("tiers", tiers, weight: 3, Inputs(actual: q("0%"))) == 3)
        #expect(try score("tiers", tiers, weight: 3, Inputs(actual: q("10%"))) == 2)
        #expect(try score("tiers", tiers, weight: 3, Inputs(actual: q("15%"))) == 1)
        #expect(try score("tiers", tiers, weight: 3, Inputs(actual: q("35%"))) == 0)
        #expect(throws: RuleError.self) { try score("tiers", weight: 3, Inputs(actual: q("1"))) }
    }

    @Test func manualNeedsAnEnteredScore() throws {
        #expect(try score("manual", weight: 1, Inputs(entered: "0.8")) == "0.8")
        #expect(throws: RuleError.missingInput(rule: "manual", input: "entered")) { try score("manual", weight: 1, Inputs()) }
    }

    @Test func unknownRuleSuggestsTheNearestId() {
        #expect(throws: RuleError.unknownRule("execution-rat", suggestions: ["execution-rate"])) {
            try RuleRegistry.make(RuleSpec("execution-rat"))
        }
    }

    @Test func targetsCombineEqualSharesWithOneRoundingAtTheEnd() throws {
        var trace: Trace? = nil
        // Three targets sharing 10 points: factors 1, 0.5, 0.8 → 10 × 2.3 ÷ 3 = 7.666… → 7.67.
        let s = try TargetsRule.combine(weight: 10, shares: [nil, nil, nil], factors: [1, "0.5", "0.8"], context: RuleContext(), trace: &trace)
        #expect(s == "7.67")
        // Three full factors give exactly the weight, not 9.99.
        #expect(try TargetsRule.combine(weight: 10, shares: [nil, nil, nil], factors: [1, 1, 1], context: RuleContext(), trace: &trace) == 10)
        // Explicit weights: 4 × 1 + the rest (6) shared by two at 0.5 and 1 → 4 + 4.5.
        #expect(try TargetsRule.combine(weight: 10, shares: [4, nil, nil], factors: [1, "0.5", 1], context: RuleContext(), trace: &trace) == "8.5")
    }
}
