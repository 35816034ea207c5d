import Testing
@testable import RubricCore

/// Inputs computed from raw figures (issue 16): the report holds what the department knows; a what-if on a figure
/// re-scores through the formula; explain shows the formula with its numbers.
@Suite struct FormulaInputsTests {
    static let report = """
    rubric-report: 1
    title: "t"
    scheme: "guangzhou-department"
    indicators:
      - name: "在职人员控制率"
        code: "1"
        weight: 10
        rule: reverse
        target: 100%
        figures: {在职人员数: 106人, 编制数: 100人}
        inputs: {actual: "在职人员数 / 编制数"}
      - name: "成本控制率"
        code: "2"
        weight: 10
        rule: tiers
        parameters: {measure: deviation, tiers: [{up-to: 10%, points: 10}, {up-to: 15%, points: 6}, {points: 0}]}
        figures: {预算数: 200万元, 实际支出: 176万元}
        inputs: {actual: "(预算数 - 实际支出) / 预算数"}
      - name: "其他"
        code: "3"
        weight: 80
        rule: manual
        entered: 80
    """

    func session(_ text: String = report) throws -> Session {
        let s = Session(files: WhatIfMemoryFiles(["r.yaml": text]))
        try s.load("r.yaml")
        return s
    }

    @Test func aFormulaComputesTheInputFromTheFigures() throws {
        let s = try session()
        // 106 ÷ 100 = 106% → reverse: 10 × 100/106 = 9.43; (200 − 176) ÷ 200 = 12% → 6.
        let r = s.script("assert 在职人员控制率.actual == 106%\nassert 在职人员控制率 == 9.43\nassert 成本控制率.actual == 12%\nassert 成本控制率 == 6\nassert 在职人员控制率.在职人员数 == 106人")
        #expect(r.failure == nil, "\(r.failure?.message ?? "")")
    }

    @Test func aWhatIfOnAFigureRescoresThroughTheFormulaAndUndoes() throws {
        let s = try session()
        let r = s.script("""
        在职人员控制率.在职人员数 = 100
        assert 在职人员控制率.actual == 100%
        assert 在职人员控制率 == 10
        成本控制率.实际支出 = 181万元
        assert 成本控制率.actual == 9.5%
        assert 成本控制率 == 10
        undo
        undo
        assert total == 95.43
        """)
        #expect(r.failure == nil, "\(r.failure?.message ?? "")")
    }

    @Test func aFigureNamedLikeAPropertyIsTheFigureOnItsIndicator() throws {
        // 预算数 is also the Chinese of `.budget`; on an indicator with a figure of that name, the figure is meant.
        let s = try session()
        let r = s.script("""
        成本控制率.预算数 = 190万元
        assert 成本控制率.预算数 == 190万元
        assert 成本控制率.budget == none
        assert 成本控制率 == 10
        """)
        #expect(r.failure == nil, "\(r.failure?.message ?? "")")
        // A seek over it varies the figure, found by its typed name.
        let seek = s.script("seek 成本控制率.预算数 for 成本控制率 == 10")
        #expect(seek.failure == nil, "\(seek.failure?.message ?? "")")
    }

    @Test func explainShowsTheFormulaWithItsNumbers() throws {
        let s = try session()
        let out = s.script("explain 在职人员控制率").outputs.compactMap { if case .document(let d) = $0 { return d } else if case .text(let t) = $0 { return t } else { return nil } }.joined()
        #expect(out.contains("actual = 在职人员数 / 编制数 = 106人 / 100人 = 106%"), "\(out)")
    }

    @Test func theComputedInputCannotBeSetByHand() throws {
        let s = try session()
        let r = s.script("在职人员控制率.actual = 100%")
        #expect(r.failure?.message == "在职人员控制率.actual is computed: actual = 在职人员数 / 编制数")
        #expect(r.failure?.hint == "change a figure instead, e.g. 在职人员控制率.在职人员数 = …")
    }

    @Test func aFormulaNamingAMissingFigureIsALoadErrorAtIt() {
        let bad = Self.report.replacingAll("inputs: {actual: \"在职人员数 / 编制数\"}", with: "inputs: {actual: \"在职人数 / 编制数\"}")
        #expect {
            try ReportLoader.load(SourceFile(name: "r.yaml", text: bad))
        } throws: { error in
            let d = error as! Diagnostic
            return d.message.hasPrefix("the formula uses '在职人数', which is not one of the indicator's figures") && d.span != nil
        }
    }

    @Test func savedAndExportedReportsKeepFiguresAndFormulas() throws {
        let r = try ReportLoader.load(SourceFile(name: "r.yaml", text: Self.report))
        let back = try ReportLoader.load(SourceFile(name: "again.yaml", text: ReportWriter.yaml(r)))
        #expect(back == r)
        let s = ScoredReport(report: r, scheme: BuiltinSchemes.guangzhou)
        let table = try TableImporter.load(SourceFile(name: "t.csv", text: RubricTable.csv(s))).report
        #expect(table.nodes[0].figures == r.nodes[0].figures && table.nodes[0].formulas == r.nodes[0].formulas)
        #expect(ScoredReport(report: table, scheme: BuiltinSchemes.guangzhou).total == s.total)
    }
}
