import Testing
@testable import RubricCore

/// Where two features meet: a dashed name and arithmetic, a weight edit and a parent's figures, a sweep and the range
/// a field allows, the audit and figures shown at the scheme's places, the reviewer's groups and finding levels.
@Suite struct FeaturesTogetherTests {
    let t = EnteredScoreTests()

    /// Seed 003 with 数据质量 renamed 数据质量-资产卡片.
    func dashed() throws -> Session {
        let text = try String(contentsOf: EnteredScoreTests.examples.appendingPathComponent("seed003-zengcheng-2022.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "name: \"数据质量\"", with: "name: \"数据质量-资产卡片\"")
        let s = Session(files: InMemoryFiles(["d.yaml": text]))
        _ = s.run(SourceFile(name: "<setup>", text: "load \"d.yaml\""))
        return s
    }

    func errors(_ s: Session, _ text: String) -> [Diagnostic] {
        t.run(s, text).compactMap { if case .diagnostic(let d) = $0, d.severity == .error { return d } else { return nil } }
    }

    @Test func anUnquotedDashedNameIsAnErrorNotASubtraction() throws {
        let s = try dashed()
        // Unquoted, the two parts each match the one indicator: 1.80 − 1.80 would print 0.00.
        let e = try #require(errors(s, "print 数据质量-资产卡片.score").first)
        #expect(e.message == "'数据质量-资产卡片' is an indicator's name, read here as a subtraction")
        #expect(e.hint == "a name with '-' in it is written in quotes (unquoted, '-' subtracts): `\"数据质量-资产卡片\".score = …`")
        #expect(t.printed(s, "\"数据质量-资产卡片\".score") == "1.80")
        // With blanks it is arithmetic, as written.
        #expect(errors(s, "print 数据质量 - 资产卡片.score").isEmpty)
        // Assigned, the hint keeps the field typed.
        #expect(errors(s, "数据质量-资产卡片.entered = 1").first?.hint?.contains("`\"数据质量-资产卡片\".entered = …`") == true)
    }

    @Test func aParentsWeightEditSaysWhatNoLongerAddsUp() throws {
        let s = try t.session("seed003-zengcheng-2022.yaml")
        let warnings = t.run(s, "履职效能.weight = 55").flatMap { o -> [String] in if case .delta(let d) = o { return d.warnings } else { return [] } }
        #expect(warnings.contains("the 一级 weights now add up to 105, not 100"))
        #expect(warnings.contains("the weights under 履职效能 now add up to 50, not 55"))
        #expect(t.printed(s, "grade") == "none")
        // A parent's children outweighing it: its score above its weight is said when it happens.
        let s2 = try t.session("seed003-zengcheng-2022.yaml")
        _ = t.run(s2, "整体效能.weight = 21")          // its children weigh 25; it scores 20.93
        let above = t.run(s2, "部门整体绩效目标产出指标完成情况.entered = 10").flatMap { o -> [String] in if case .delta(let d) = o { return d.warnings } else { return [] } }
        #expect(above.contains { $0.hasPrefix("整体效能 now scores") && $0.hasSuffix("above its weight 21: its children's weights add up to more than it") }, "\(above)")
    }

    @Test func aSweepSaysWhatItsFiguresDoNotShow() throws {
        let s = try t.session("seed003-zengcheng-2022.yaml")
        let entered = t.run(s, "sweep 新增预算项目事前绩效评估.entered from 1 to 4 step 1")
        let footer = entered.compactMap { if case .table(let tb) = $0 { return tb.footer } else { return nil } }.joined().joined(separator: "\n")
        #expect(footer.contains("an entered score beyond [0, 3] counts as the nearest end"))
        let within = t.run(s, "sweep 新增预算项目事前绩效评估.entered from 0 to 3 step 1")
        #expect(!within.compactMap { if case .table(let tb) = $0 { return tb.footer } else { return nil } }.joined().joined(separator: "\n").contains("nearest end"))
        let weight = t.run(s, "sweep 新增预算项目事前绩效评估.weight from 2 to 4 step 1")
        #expect(weight.compactMap { if case .table(let tb) = $0 { return tb.footer } else { return nil } }.joined().joined(separator: "\n")
            .contains("the weights under 预算编制 no longer add up to its weight 3"))
    }

    @Test func reviewGroupsFindingsByKindAndLevel() {
        func entry(_ path: String, _ findings: [Audit.Finding]) -> Review.Entry {
            Review.Entry(path: path, title: path, year: nil, scheme: "g", total: "90", publishedTotal: nil, grade: "优",
                         publishedGrade: nil, findings: findings, rules: [:], error: nil)
        }
        let w = Audit.Finding(severity: .warning, id: "weights", node: nil, message: "the 一级 weights add up to 110, not 100")
        let e = Audit.Finding(severity: .error, id: "weights", node: 0, message: "1 x: children's weights add up to 60, not its weight 50")
        let groups = Review.groups([entry("a.yaml", [w, e]), entry("b.yaml", [w])])
        #expect(groups.map { "\($0.severity) \($0.id) \($0.count) \($0.files)" } == ["error weights 1 [\"a.yaml\"]", "warning weights 2 [\"a.yaml\", \"b.yaml\"]"])
    }
}
