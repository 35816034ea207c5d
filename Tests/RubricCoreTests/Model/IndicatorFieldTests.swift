import Testing
@testable import RubricCore

/// The field table agrees with every place that names fields, and each field writes what it reads.
@Suite struct IndicatorFieldTests {
    @Test func everyFieldIsReadableWritableAndKnownToTheLoader() {
        for f in IndicatorField.all {
            #expect(Evaluator.indicatorProperties.contains(f.name), "\(f.name) is not a property")
            #expect(ReportLoader.indicatorKeys.contains(f.fileKey), "\(f.fileKey) is not a report key")
        }
        for i in InputField.allCases { #expect(IndicatorField.named(i.rawValue) != nil, "\(i) has no field") }
        #expect(IndicatorField.named("score")?.name == "entered")
    }

    @Test func eachFieldWritesWhatItReads() {
        let values: [String: FieldValue] = [
            "weight": .decimal("7"), "target": .quantity(Quantity("600", .count("家"))), "actual": .quantity(Quantity("0.9491", .percent)),
            "budget": .decimal("447790.64"), "spent": .decimal("425020.15"), "entered": .decimal("4.75"), "level": .level(.partly),
            "cases": .decimal("2"), "rule": .rule(RuleSpec("manual", RuleParameters())), "direction": .direction(.atMost), "published": .decimal("4.70"),
        ]
        for f in IndicatorField.all {
            var node = Indicator(code: "1", name: "x", level: 1)
            let v = values[f.name]!
            f.write(&node, v)
            #expect(f.read(node) == v, "\(f.name)")
        }
    }

    @Test func anEditThroughTheTableMovesTheScore() throws {
        let (s, _) = try WhatIfFixtures.session()
        for (name, value, total) in [("entered", "1", "91.92"), ("weight", "2", "91.42"), ("published", "1", "91.92")] {
            let (t, _) = try WhatIfFixtures.session()
            _ = t.script("合同备案时效性.\(name) = \(value)")
            #expect(t.workspace?.scored.total == ExactDecimal(stringLiteral: total), "\(name)")
        }
        _ = s
    }
}
