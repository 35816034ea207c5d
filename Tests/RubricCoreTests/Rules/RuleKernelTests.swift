import Testing
@testable import RubricCore

/// Every lowered rule must score exactly as the rule itself does: the kernel is a fast path, never a second opinion.
@Suite struct RuleKernelTests {
    /// A decimal drawn from the values that matter: zero, boundaries, negatives, tiny and huge magnitudes.
    static func decimal(_ rng: inout SplitMix64) -> ExactDecimal {
        switch rng.next() % 9 {
        case 7: return ["0.6", "0.7", "0.8", "0.9", "0.1", "-0.15", "0.2", "0.3", "0.85", "0.95"].map { ExactDecimal(stringLiteral: $0) }[Int(rng.next() % 10)]
        case 0: return [0, 1, 2, 5, 10, 100, 600, 900][Int(rng.next() % 8)]
        case 1: return ["1.5", "1.4999", "1.5001", "0.9999", "1.0001", "0.5", "0.25", "0.005"].map { ExactDecimal(stringLiteral: $0) }[Int(rng.next() % 8)]
        case 2: return ExactDecimal(significand: Int64(rng.next() % 2_000_000) - 1_000_000, scale: Int8(rng.next() % 5))
        case 3: return ExactDecimal(significand: Int64(rng.next() % 100_000_000_000), scale: Int8(rng.next() % 9))
        case 4: return ExactDecimal(significand: Int64(bitPattern: rng.next()) / 4, scale: Int8(rng.next() % 19))
        default: return ExactDecimal(significand: Int64(rng.next() % 100_000), scale: Int8(rng.next() % 3))
        }
    }

    static let families: [(String, [String: ParameterValue])] = [
        ("execution-rate", [:]),
        ("positive-guangzhou", [:]),
        ("positive-guangzhou", ["overshoot": .number("1.2"), "overshoot-factor": .number("0.3")]),
        ("positive-guangzhou", ["overshoot": ParameterValue.none]),
        ("positive-national", [:]),
        ("deduction-per-case", [:]),
        ("deduction-per-case", ["k": .number("0.25")]),
        ("deduction-per-point", [:]),
        ("deduction-per-point", ["k": .number("0.5"), "threshold": .number("0.9"), "partial": .text("yes")]),
        ("deduction-per-step", ["threshold": .number("0.9"), "step": .number("0.05")]),
        ("deduction-per-step", ["threshold": .number("0.9"), "step": .number("0.05"), "k": .number("1.5"), "partial": .text("yes")]),
        ("deduction-per-step", ["threshold": .number("0.1"), "step": .number("0.02"), "side": .text("above")]),
        // 重点支出安排率: ≥90% 5; 80%(含)-90% 4; 70%(含)-80% 3; 60%(含)-70% 2; below 60% nothing.
        ("tiers", ["tiers": .tiers([Tier(upTo: nil, from: "0.9", points: 5), Tier(upTo: nil, below: "0.9", from: "0.8", points: 4),
                                    Tier(upTo: nil, below: "0.8", from: "0.7", points: 3), Tier(upTo: nil, below: "0.7", from: "0.6", points: 2)])]),
        // 预算调整率: =0 3; (0, 10%] 2; (10%, 20%] 1; (20%, 30%] 0.5; above 30% nothing.
        ("tiers", ["tiers": .tiers([Tier(upTo: nil, equals: 0, points: 3), Tier(upTo: "0.1", above: 0, points: 2),
                                    Tier(upTo: "0.2", above: "0.1", points: 1), Tier(upTo: "0.3", above: "0.2", points: "0.5"), Tier(upTo: nil, points: 0)])]),
        // 成本控制率: ±10% 5, ±10–15% 3, ±15–20% 1, beyond nothing — on the deviation's size.
        ("tiers", ["measure": .text("deviation"), "tiers": .tiers([Tier(upTo: "0.1", points: 5), Tier(upTo: "0.15", points: 3), Tier(upTo: "0.2", points: 1)])]),
        ("qualitative", [:]),
        ("qualitative", ["achieved-from": .number("0.8"), "partly-from": .number("0.5"), "ends": .text("upper")]),
    ]

    static let contexts = [
        RuleContext(),                                             // Guangzhou: scores to 2 places, rates to 0.01%
        RuleContext(scorePlaces: nil, ratePlaces: nil, divisionPlaces: 10),
        RuleContext(scorePlaces: 1, ratePlaces: 2, divisionPlaces: 6),
    ]

    @Test(arguments: 0..<families.count)
    func kernelScoresExactlyAsTheRule(family: Int) throws {
        let (id, params) = Self.families[family]
        let rule = try RuleRegistry.make(RuleSpec(id, RuleParameters(params)))
        var rng = SplitMix64(seed: 0xC0FFEE &+ UInt64(family))
        var lowered = 0
        for n in 0..<20_000 {
            var inputs = Inputs(target: Quantity(Self.decimal(&rng)), actual: Quantity(Self.decimal(&rng)),
                                budget: Self.decimal(&rng), spent: Self.decimal(&rng), cases: Self.decimal(&rng))
            inputs.level = QualitativeLevel.allCases[Int(rng.next() % 3)]
            if rng.next() % 2 == 0 { inputs.entered = Self.decimal(&rng) }
            let input = RuleInput(weight: Self.decimal(&rng), inputs: inputs, context: Self.contexts[n % Self.contexts.count])
            guard let kernel = rule.kernel(for: input) else { continue }
            var trace: Trace? = nil
            let expected: ExactDecimal?
            do { expected = try rule.score(input, trace: &trace) } catch { expected = nil }
            if let fast = kernel.score(input.context) {
                lowered += 1
                #expect(fast == expected, "\(id) \(params) on \(inputs) weight \(input.weight)")
                #expect(fast.scale == expected?.scale, "same digits shown: \(fast) vs \(String(describing: expected))")
            }
        }
        #expect(lowered > 9_000, "most random inputs are lowered (\(lowered))")
    }

    @Test func familiesThatReadDirectionsOrTargetListsAreNotLowered() throws {
        let input = RuleInput(weight: 2, inputs: Inputs(target: Quantity(1), actual: Quantity(1), level: .achieved), context: RuleContext())
        for id in ["reverse", "direction", "zero-target", "manual"] {
            let rule = try RuleRegistry.make(RuleSpec(id, RuleParameters()))
            #expect(rule.kernel(for: input) == nil, "\(id)")
            #expect(!type(of: rule).lowers, "\(id) says it never lowers")
        }
        let lowering = RuleRegistry.all.filter { $0.lowers }.map { $0.id }
        #expect(Set(lowering) == Set(Self.families.map(\.0)), "every family that lowers is held to its rule above")
    }

    @Test func missingInputsAreNeverLowered() throws {
        let empty = RuleInput(weight: 2, inputs: Inputs(), context: RuleContext())
        for (id, params) in Self.families {
            #expect(try RuleRegistry.make(RuleSpec(id, RuleParameters(params))).kernel(for: empty) == nil, "\(id)")
        }
    }

    @Test func fullRescoreMatchesScoringEveryLeafThroughItsRule() throws {
        // The seed report scored with kernels agrees node by node with a report whose leaves go through the rules.
        let report = try TableImporter.load(SourceFile(name: "seed003.tsv", text: EvaluationFixtures.seed003)).report
        let fast = ScoredReport(report: report, scheme: BuiltinSchemes.guangzhou)
        var slow = fast
        for i in slow.kernels.indices { slow.kernels[i] = nil }
        slow.rescoreAll()
        #expect(slow.scores == fast.scores)
        #expect(slow.statuses == fast.statuses)
        #expect(fast.total == "91.42")
        #expect(fast.kernels.compactMap { $0 }.count >= 20, "the seed's leaves are lowered")
    }
}
