import Foundation
import Testing
@testable import RubricCore

/// Fixture files next to the tests, and the repository's examples, found from this file's path.
private enum Paths {
    static let testsRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repoRoot = testsRoot.deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ name: String) throws -> SourceFile {
        let url = testsRoot.appendingPathComponent("Fixtures").appendingPathComponent(name)
        return SourceFile(name: name, text: try String(contentsOf: url, encoding: .utf8))
    }

    static func example(_ path: String) throws -> SourceFile {
        let url = repoRoot.appendingPathComponent(path)
        return SourceFile(name: path, text: try String(contentsOf: url, encoding: .utf8))
    }
}

@Suite struct TableImporterTests {
    static let seed: SourceFile = (try? Paths.fixture("seed003.tsv")) ?? SourceFile(name: "missing", text: "")

    func load(_ file: SourceFile = seed, format: TableFormat = .detect) throws -> (report: Report, warnings: [Diagnostic]) {
        try TableImporter.load(file, format: format)
    }

    func node(_ r: Report, _ name: String) throws -> Indicator {
        try #require(r.nodes.first { $0.name == name }, "no node \(name)")
    }

    // MARK: The tree of seed 003

    @Test func seedHasTwoTopLevelIndicatorsOfFifty() throws {
        let r = try load().report
        #expect(r.topLevel.map { r.nodes[$0].name } == ["履职效能", "管理效率"])
        #expect(r.topLevel.map { r.nodes[$0].weight } == [50, 50])
        #expect(r.topLevel.allSatisfy { r.nodes[$0].published == nil })
    }

    @Test func seedHasNineSecondLevelIndicatorsWithTheirWeights() throws {
        let r = try load().report
        let second = r.nodes.filter { $0.level == 2 }
        #expect(second.map(\.name) == ["整体效能", "专项效能", "预算编制", "预算执行", "信息公开", "绩效管理", "采购管理", "资产管理", "运行成本"])
        #expect(second.map(\.weight) == [25, 25, 3, 4, 4, 15, 10, 10, 4])
        #expect(second.allSatisfy { $0.published == nil })
    }

    @Test func seedHasTwentyEightThirdLevelIndicatorsWithTheWeightsOfTheDomainTable() throws {
        let r = try load().report
        let third = r.nodes.filter { $0.level == 3 }
        let expected: [(String, ExactDecimal)] = [
            ("部门整体绩效目标产出指标完成情况", 10), ("部门整体绩效目标效益指标完成情况", 10), ("部门预算资金支出率", 5),
            ("专项资金绩效完成情况", 20), ("专项资金支出率", 5),
            ("新增预算项目事前绩效评估", 3),
            ("结转结余率", 2), ("财务管理合规性", 2),
            ("预决算公开合规性", 2), ("绩效信息公开情况", 2),
            ("绩效管理制度建设", 5), ("绩效结果应用", 3), ("绩效管理制度执行", 7),
            ("采购意向公开合规性", "0.5"), ("（未命名指标 1.5分）", "1.5"), ("采购内控制度建设", 1), ("采购活动合规性", 2),
            ("采购合同签订时效性", 3), ("合同备案时效性", 1), ("采购政策效能", 1),
            ("资产配置合规性", 2), ("资产收益上缴的及时性", 1), ("资产盘点情况", 1), ("数据质量", 2),
            ("资产管理合规性", 2), ("固定资产利用率", 2),
            ("公用经费控制率", 2), ("“三公”经费控制情况", 2),
        ]
        #expect(third.count == 28)
        #expect(third.map(\.name) == expected.map(\.0))
        #expect(third.map(\.weight) == expected.map { Optional($0.1) })
        #expect(third.allSatisfy { $0.published != nil })
    }

    @Test func shiftedRowsLandUnderTheRightParents() throws {
        let r = try load().report
        // `专项资金支出率\t5\t\t\t…` starts at column 0 but is a 三级 under 专项效能.
        let i = try #require(r.nodes.firstIndex { $0.name == "专项资金支出率" })
        #expect(r.path(of: i) == "履职效能/专项效能/专项资金支出率")
        // `预算编制\t3\t新增…` starts at column 0 and belongs to 管理效率, whose name comes after the page break.
        let j = try #require(r.nodes.firstIndex { $0.name == "新增预算项目事前绩效评估" })
        #expect(r.path(of: j) == "管理效率/预算编制/新增预算项目事前绩效评估")
        let k = try #require(r.nodes.firstIndex { $0.name == "绩效信息公开情况" })
        #expect(r.path(of: k) == "管理效率/信息公开/绩效信息公开情况")
        let l = try #require(r.nodes.firstIndex { $0.name == "资产收益上缴的及时性" })
        #expect(r.path(of: l) == "管理效率/资产管理/资产收益上缴的及时性")
    }

    @Test func rowTextsGoToExplanationShortfallAndImprovement() throws {
        let r = try load().report
        let a = try node(r, "采购内控制度建设")
        #expect(a.published == "0.80")
        #expect(a.explanation == "反映部门政府采购内部控制管理制度建设情况。")
        #expect(a.shortfall == "尚未建立政府采购管理制度。")
        #expect(a.improvement == "建立健全单位内部政府采购管理制度。")
        // Two empty cells between the score and the reason in the extraction.
        let b = try node(r, "部门预算资金支出率")
        #expect(b.published == "4.65")
        #expect(b.shortfall == "部分预算项目因执行期间与预算编制时预计情况存在偏差。")
        #expect(b.improvement?.hasPrefix("进一步提高预算编制精准率") == true)
        let c = try node(r, "结转结余率")
        #expect(c.explanation?.hasPrefix("部门(单位)当年度结转结余") == true)
        #expect(c.shortfall == nil && c.improvement == nil)
    }

    @Test func nameLostInExtractionLoadsAsPlaceholderWithAWarning() throws {
        let (r, warnings) = try load()
        let i = try #require(r.nodes.firstIndex { $0.isPlaceholderName })
        #expect(r.nodes[i].name == "（未命名指标 1.5分）")
        #expect(r.nodes[i].weight == "1.5")
        #expect(r.nodes[i].published == "1.50")
        #expect(r.path(of: i) == "管理效率/采购管理/（未命名指标 1.5分）")
        #expect(r.nodes.filter(\.isPlaceholderName).count == 1)
        #expect(warnings.count == 1)
        let w = try #require(warnings.first)
        #expect(w.severity == .warning && w.phase == .load)
        #expect(w.locationText?.hasPrefix("seed003.tsv:28:") == true)
        let span = try #require(w.span)
        #expect(w.file?.slice(span) == "1.5")
    }

    // MARK: Everything else in the table

    @Test func titleDepartmentYearSchemeAndSource() throws {
        let r = try load().report
        #expect(r.title == "2022年度广州市增城区科技工业商务和信息化局(增城开发区工业商务和信息化局)部门整体支出绩效自评表")
        #expect(r.department == "广州市增城区科技工业商务和信息化局(增城开发区工业商务和信息化局)")
        #expect(r.year == 2022)
        #expect(r.scheme == "guangzhou-department")
        #expect(r.source == "seed003.tsv")
        #expect(r.publishedTotal == "91.41")
        #expect(r.publishedGrade == nil)
    }

    @Test func budgetBlockGivesSevenLinesWithBudgetsOnly() throws {
        let r = try load().report
        #expect(r.budget.map(\.name) == ["部门预算", "基本支出", "项目支出", "专项资金", "其他事业发展支出", "区本级资金", "对下转移支付"])
        #expect(r.budget.map(\.budget) == ["91470.79", "4262.34", "87208.45", "66955.58", "10000.01", "48034.29", "100.57"])
        #expect(r.budget.allSatisfy { $0.spent == nil && $0.initialBudget == nil })
        #expect(r.budget.map(\.isOverall) == [true, false, false, false, false, false, false])
        #expect(r.overallBudget == nil)
        #expect(!r.notes.isEmpty)
    }

    @Test func codesAreAssigned() throws {
        let r = try load().report
        #expect(try node(r, "管理效率").code == "2")
        #expect(try node(r, "采购管理").code == "2.5")
        #expect(try node(r, "采购内控制度建设").code == "2.5.3")
    }

    // MARK: Scoring the imported report

    @Test func scoringGivesTheHandCheckedSumsBesideThePublishedTotal() throws {
        let r = try load().report
        let scored = ScoredReport(report: r, scheme: BuiltinSchemes.guangzhou)
        #expect(scored.topLevelScores.map(\.score) == ["44.52", "46.90"])
        #expect(scored.total == "91.42")
        #expect(r.publishedTotal == "91.41")
        #expect(scored.grade == "优")
        // With no spend or targets in the table, rule-scored indicators stand as published.
        let leaves = r.leaves
        #expect(leaves.allSatisfy { scored.scores[$0] == r.nodes[$0].published })
    }

    // MARK: CSV

    @Test func csvExampleImportsToTheSameTreeAsTheTSV() throws {
        let tsv = try load(Paths.example("examples/tables/seed003-zengcheng-2022.tsv")).report
        let csv = try load(Paths.example("examples/tables/seed003-zengcheng-2022.csv")).report
        #expect(csv.nodes == tsv.nodes)
        #expect(csv.budget == tsv.budget)
        #expect(csv.title == tsv.title && csv.department == tsv.department && csv.year == tsv.year)
        #expect(csv.publishedTotal == tsv.publishedTotal)
        #expect(tsv.nodes == (try load().report.nodes))
    }

    @Test func detectionPicksTSVForTabsAndCSVOtherwise() throws {
        let csv = try Paths.example("examples/tables/seed003-zengcheng-2022.csv")
        #expect(TableFormat.detected(in: csv.text) == .csv)
        #expect(TableFormat.detected(in: Self.seed.text) == .tsv)
        #expect(try load(csv, format: .csv).report == (try load(csv).report))
    }

    @Test func csvQuotesHoldCommasQuotesAndLineBreaks() throws {
        let text = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n"
        let rows = try CSVSplitter.rows(SourceFile(name: "t.csv", text: text))
        #expect(rows.map { $0.cells.map(\.text) } == [["a", "b,c", "say \"hi\""], ["two\nlines", "x"], []])
        #expect(rows[0].cells[1].span == SourceSpan(2, 7))
    }

    @Test func unterminatedCSVQuoteIsAnError() throws {
        let file = SourceFile(name: "t.csv", text: "一级指标,分值\n履职效能,\"50\n")
        let e = #expect(throws: Diagnostic.self) { try CSVSplitter.rows(file) }
        #expect(e?.locationText == "t.csv:2:10")
    }

    // MARK: Grade bands

    @Test func gradeBandsAreReadAndMatchTheScheme() {
        let (bands, checked) = GradeBandText.parse("<input type=\"checkbox\"/> 优 90分≤得分≤100分； <input type=\"checkbox\"/> 良 80分≤得分<90分； <input type=\"checkbox\"/> 中 60分≤得分<80分； <input type=\"checkbox\"/> 差 得分<60分")
        #expect(bands.map { [$0.grade, $0.minimum.shortText()] } == BuiltinSchemes.guangzhou.grades.map { [$0.grade, $0.minimum.shortText()] })
        #expect(checked == nil)
        #expect(GradeBandText.parse("☑优 90分≤得分≤100分；□良 80分≤得分<90分").checked == "优")
    }

    @Test func bandsUnlikeTheSchemesGiveAWarning() throws {
        let text = Self.seed.text.replacingOccurrences(of: "优 90分≤得分", with: "优 85分≤得分")
        let (_, warnings) = try load(SourceFile(name: "bands.tsv", text: text))
        #expect(warnings.count == 2)
        #expect(warnings.contains { $0.message.contains("grade bands") && $0.locationText?.hasPrefix("bands.tsv:43:") == true })
    }

    // MARK: Errors

    @Test func nonNumericScorePointsAtItsCell() throws {
        // Line 25 is `\t\t\t\t绩效结果应用\t3\t反映…\t3.00\t\t\t\t`; make its score unreadable.
        let text = Self.seed.text.replacingOccurrences(of: "整改应用情况。\t3.00", with: "整改应用情况。\t三分")
        let file = SourceFile(name: "bad.tsv", text: text)
        let e = #expect(throws: Diagnostic.self) { try TableImporter.load(file) }
        let explanation = "反映部门对监控预警结果处理、绩效自评结果和重点评价意见等的整改应用情况。"
        // The score starts after four empty cells, 绩效结果应用, 3 and the explanation (columns by display width).
        let column = DisplayWidth.of("\t\t\t\t绩效结果应用\t3\t" + explanation + "\t") + 1
        #expect(e?.locationText == "bad.tsv:25:\(column)")
        #expect(e?.phase == .load)
        #expect(e?.message == "score '三分' is not a number")
        #expect(e?.hint != nil)
        #expect(e.flatMap { d in d.span.map { file.slice($0) } } == "三分")
    }

    @Test func nonNumericScoreInCSVPointsAtItsCell() throws {
        let text = "一级指标,分值,二级指标,分值,三级指标,分值,指标解释,得分,未达标原因,改进措施\n"
            + "履职效能,50,整体效能,50,产出,50,反映产出。,x9,,\n"
        let e = #expect(throws: Diagnostic.self) { try TableImporter.load(SourceFile(name: "b.csv", text: text)) }
        #expect(e?.locationText == "b.csv:2:\(DisplayWidth.of("履职效能,50,整体效能,50,产出,50,反映产出。,") + 1)")
    }

    @Test func nameWithoutWeightIsAnError() throws {
        let text = "一级指标\t分值\t二级指标\t分值\t三级指标\t分值\t指标解释\t得分\n履职效能\t50\t整体效能\t整体\t反映产出。\t9\n"
        let e = #expect(throws: Diagnostic.self) { try TableImporter.load(SourceFile(name: "w.tsv", text: text)) }
        #expect(e?.message == "indicator '整体效能' has no weight (分值)")
        #expect(e?.locationText == "w.tsv:2:\(DisplayWidth.of("履职效能\t50\t") + 1)")
    }

    @Test func thirdLevelRowBeforeAnySecondLevelIsAnError() throws {
        let text = "一级指标\t分值\t二级指标\t分值\t三级指标\t分值\t指标解释\t得分\n\t\t\t\t产出\t10\t反映产出。\t9\n"
        let e = #expect(throws: Diagnostic.self) { try TableImporter.load(SourceFile(name: "o.tsv", text: text)) }
        #expect(e?.locationText == "o.tsv:2:\(DisplayWidth.of("\t\t\t\t") + 1)")
    }

    @Test func tableWithoutHeaderIsAnError() throws {
        let e = #expect(throws: Diagnostic.self) { try TableImporter.load(SourceFile(name: "h.tsv", text: "标题\n\t\n")) }
        #expect(e?.message == "no header of a 自评表 found")
    }

    @Test func secondLevelRowsWhoseTopLevelNeverGetsANameLoadUnderAPlaceholder() throws {
        let text = "一级指标\t分值\t二级指标\t分值\t三级指标\t分值\t指标解释\t得分\n"
            + "预算编制\t3\t事前绩效评估\t3\t反映评估。\t3.00\n"
            + "\t\t预算执行\t4\t结转结余率\t4\t反映结转。\t3.50\n"
        let (r, warnings) = try TableImporter.load(SourceFile(name: "p.tsv", text: text))
        #expect(r.topLevel.count == 1)
        let top = try #require(r.topLevel.first.map { r.nodes[$0] })
        #expect(top.isPlaceholderName && top.weight == 7)
        #expect(r.nodes.filter { $0.level == 2 }.map(\.name) == ["预算编制", "预算执行"])
        #expect(warnings.map { $0.locationText } == ["p.tsv:2:1"])
    }

    @Test func weightsThatDoNotAddUpAreWarnings() throws {
        let text = Self.seed.text.replacingOccurrences(of: "采购活动合规性\t2\t", with: "采购活动合规性\t2.5\t")
        let (_, warnings) = try load(SourceFile(name: "w.tsv", text: text))
        #expect(warnings.contains { $0.message == "the 三级 weights under '采购管理' add up to 10.5, not its 分值 10" })
    }
}
