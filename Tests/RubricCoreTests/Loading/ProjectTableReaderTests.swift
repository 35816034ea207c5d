import Foundation
import Testing
@testable import RubricCore

/// The 项目支出绩效自评表 reader: four real tables (examples/tables/projects), header variants, cell forms, errors.
@Suite struct ProjectTableReaderTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ name: String) throws -> String {
        try String(contentsOf: repoRoot.appendingPathComponent("examples/tables/projects/\(name)"), encoding: .utf8)
    }

    func load(_ name: String) throws -> (report: Report, warnings: [Diagnostic]) {
        try TableImporter.load(SourceFile(name: name, text: try Self.text(name)))
    }

    func scored(_ r: Report) -> ScoredReport { ScoredReport(report: r, scheme: BuiltinSchemes.nationalProject) }

    func node(_ r: Report, _ name: String) throws -> Int {
        try #require(r.nodes.indices.first { r.nodes[$0].name == name }, "no node \(name)")
    }

    // MARK: The four real tables

    @Test func langfangGivesEightPointSixTwoWhereTheTablePublishesNine() throws {
        let r = try load("langfang-school-2019-project.tsv").report
        #expect(r.scheme == "national-project")
        #expect(r.title == "办公宿舍楼、食堂及餐厅暖通改造经费")
        #expect(r.department == "廊坊市食品工程学校")
        #expect(r.year == 2019)
        #expect(r.topLevel.map { r.nodes[$0].name } == ["预算执行率", "产出指标", "效益指标", "满意度指标"])
        #expect(r.topLevel.map { r.nodes[$0].weight } == [10, 50, 30, 10])
        let s = scored(r)
        let budget = try node(r, "预算执行率"), money = try node(r, "工程资金金额")
        #expect(s.scores[budget] == "8.62")
        #expect(r.nodes[budget].published == 9)
        #expect(r.nodes[budget].inputs.budget == "43.2" && r.nodes[budget].inputs.spent == "37.24")
        #expect(r.budget.first?.statedRate == "0.86")
        #expect(s.scores[money] == "8.62")
        #expect(r.nodes[money].published == 9)
        #expect(r.nodes[money].shortfall?.hasPrefix("已完工") == true)
        #expect(s.total == "97.24")
        let findings = Audit.run(s)
        #expect(findings.filter { $0.id == "computed-differs" }.count == 2)
    }

    @Test func tianchangAddsUpToOneHundredWithTheSlashRowLeftOut() throws {
        let r = try load("tianchang-water-2022-project.tsv").report
        #expect(!r.nodes.contains { $0.name == "生态效益" })
        #expect(r.leftOut == ["生态效益"])
        #expect(Audit.run(scored(r)).contains { $0.id == "not-applicable" && $0.message.contains("生态效益; the others weigh 100") })
        #expect(r.budget.map(\.name) == ["年度资金总额", "其中：本年财政拨款"])
        #expect(r.budget.map(\.isOverall) == [true, false])
        let s = scored(r)
        #expect(s.total == 100)
        #expect(r.publishedTotal == 100)
        // Rows that give only a weight and a score are entered; the others are scored by their direction's rule.
        let quality = try node(r, "工程质量合格"), satisfaction = try node(r, "服务对象满意度")
        #expect(s.ruleSpec(for: quality)?.id == "manual")
        #expect(s.ruleSpec(for: satisfaction)?.id == "positive-national")
        #expect(r.nodes[satisfaction].inputs.target == Quantity("0.9", .percent))
    }

    @Test func sichuanTemplatesLoadWithWeightsAndBlankScoresThenScoreFromEnteredActuals() throws {
        let (r, _) = try load("sichuan-county-wages-2023-template.tsv")
        #expect(r.weightSum(of: r.topLevel) == 100)
        let count = try node(r, "科目调整次数")
        #expect(r.nodes[count].inputs.direction == .atMost)
        #expect(r.nodes[count].inputs.target == Quantity("10", .count("次")))
        #expect(r.nodes[count].isScoreNotGiven)
        #expect(scored(r).ruleSpec(for: count)?.id == "reverse")
        #expect(scored(r).isIncomplete)

        let s = Session(files: WhatIfMemoryFiles(["w.tsv": try Self.text("sichuan-county-wages-2023-template.tsv")]))
        try s.load("w.tsv")
        let run = s.script("""
        足额保障率.actual = 100%
        科目调整次数.actual = 12次
        按时发放率.actual = 100%
        #2.4.1.actual = 4%
        预算执行率.budget = 100万元
        预算执行率.spent = 95万元
        assert 科目调整次数 == 18.75
        assert total == 95.75
        assert grade == "优"
        """)
        #expect(run.failure == nil, "\(run.failure?.message ?? "")")

        let q = try load("qingshen-fgj-2023-project-template.tsv").report
        #expect(q.department == "青神县发展和改革局")
        #expect(q.weightSum(of: q.topLevel) == 100)
        #expect(scored(q).scores[try node(q, "预算执行率")] == 10)
    }

    // MARK: Layouts by header

    @Test func columnsAreFoundByHeaderWhateverTheirOrderAndName() throws {
        // Chongqing-like words, columns shuffled, a 得分系数 instead of 得分, a 评分标准 column.
        let csv = """
        项目支出绩效自评表（2024年度）
        项目名称,道路维护
        项目资金（万元）,,年初预算数,调整后预算数,预算执行数,权重,执行率,得分
        ,年度资金总额,100,100,95,10,95%,9.5
        指标权重,一级指标,二级指标,指标名称,评分标准,全年完成值,年初指标值,得分系数
        40,产出指标,数量指标,维护道路,按比例,"120公里",100公里,1
        40,,质量指标,合格率,按比例,95%,＝ 100 ％,0.95
        10,满意度指标,,群众满意度,按比例,达成,达成预期指标,1
        总分,,,,,,,
        """
        let (r, warnings) = try TableImporter.load(SourceFile(name: "cq.csv", text: csv))
        #expect(warnings.isEmpty, "\(warnings.map(\.message))")
        let road = try node(r, "维护道路"), rate = try node(r, "合格率"), happy = try node(r, "群众满意度")
        #expect(r.nodes[road].inputs.target == Quantity("100", .count("公里")))
        #expect(r.nodes[road].inputs.actual == Quantity("120", .count("公里")))
        #expect(r.nodes[rate].inputs.direction == .equal)
        #expect(r.nodes[rate].inputs.target == Quantity("1", .percent))
        #expect(r.nodes[rate].published == "38.00")
        #expect(r.nodes[rate].explanation == "评分标准：按比例")
        #expect(r.nodes[happy].inputs.direction == .qualitative && r.nodes[happy].inputs.level == .achieved)
        let s = scored(r)
        #expect(s.scores[rate] == 38)
        #expect(s.scores[happy] == 10)
        #expect(s.total == "97.50")
        #expect(r.year == 2024)
    }

    @Test func cellsAreReadAsTablesWriteThem() {
        #expect(TableValue("≥266米").direction == .atLeast)
        #expect(TableValue("≥266米").quantity == Quantity("266", .count("米")))
        #expect(TableValue("≤90万元").direction == .atMost)
        #expect(TableValue("≤90万元").quantity == Quantity("90", .money))
        #expect(TableValue("＝ 100 %").direction == .equal)
        #expect(TableValue("＝ 100 %").quantity == Quantity("1", .percent))
        #expect(TableValue("100", unit: "%").quantity == Quantity("1", .percent))
        #expect(TableValue("10", unit: "次").quantity == Quantity("10", .count("次")))
        #expect(TableValue("1个").quantity == Quantity("1", .count("个")))
        #expect(TableValue("95%以上").direction == .atLeast)
        #expect(TableValue("显著提升").isQualitative)
        #expect(TableValue("/").notApplicable && TableValue("／").notApplicable)
        #expect(TableValue.level(actual: "显著提升", target: "显著提升") == .achieved)
        #expect(TableValue.level(actual: "部分达成", target: "达成预期指标") == .partly)
        #expect(TableValue.level(actual: "未完成", target: "完成") == .notAchieved)
        #expect(TableValue.level(actual: "有所改善", target: "显著提升") == nil)
    }

    // MARK: Errors point at the cell

    @Test func aBadCellIsAnErrorAtItsColumn() throws {
        let tsv = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t数量指标\t道路\t10\t10\t十分\t10\n"
        let file = SourceFile(name: "bad.tsv", text: tsv)
        #expect {
            try TableImporter.load(file)
        } throws: { error in
            let d = error as! Diagnostic
            let span = d.span!, bytes = Array(file.text.utf8)
            return d.message == "'十分' is not a number" && file.location(of: span.start).line == 2
                && String(decoding: bytes[span.start..<span.end], as: UTF8.self) == "十分"
        }
        let nature = "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t权重\t实际完成值\n产出指标\t数量\t道路\t约\t10\t10\t8\n"
        #expect(throws: Diagnostic.self) { try TableImporter.load(SourceFile(name: "n.tsv", text: nature)) }
    }

    @Test func aSlashRowWithAWeightIsLeftOutWithAWarning() throws {
        let tsv = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t数量指标\t道路\t10\t10\t90\t90\n效益指标\t\t生态\t/\t/\t10\t10\n"
        let (r, warnings) = try TableImporter.load(SourceFile(name: "s.tsv", text: tsv))
        #expect(!r.nodes.contains { $0.name == "生态" })
        #expect(warnings.contains { $0.message.contains("'生态' is marked not applicable (/) but carries 分值 10") })
    }

    // MARK: Layout files

    static let odd = "名称\t目标\t完成\t权重\t分数\n道路\t10公里\t9公里\t60\t54\n桥梁\t2座\t2座\t40\t40\n"

    @Test func aTableWithUnknownHeadersSaysWhichItFoundAndWhatLayoutWouldMapThem() {
        #expect {
            try TableImporter.load(SourceFile(name: "odd.tsv", text: Self.odd))
        } throws: { error in
            let d = error as! Diagnostic
            return d.message == "no header of a 自评表 found; the likeliest header row reads: 名称 | 目标 | 完成 | 权重 | 分数"
                && d.hint?.contains("rubric-layout: 1\ncolumns:\n  三级指标: 名称\n  年度指标值: 目标\n  实际完成值: 完成\n  分值: 权重\n  得分: 分数\n") == true
        }
    }

    @Test func theSuggestedLayoutLoadsTheTable() throws {
        let suggestion = TableLayoutFile.suggestion(for: ["名称", "目标", "完成", "权重", "分数"])
        let layout = try TableLayoutFile.parse(SourceFile(name: "l.yaml", text: suggestion))
        let (r, _) = try TableImporter.load(SourceFile(name: "odd.tsv", text: Self.odd), layout: layout)
        #expect(r.nodes.map(\.name) == ["道路", "桥梁"])
        #expect(r.nodes.map(\.level) == [1, 1])
        let s = scored(r)
        #expect(s.scores == ["54.00", 40])
        #expect(s.total == 94)
    }

    @Test func aLayoutNamingAnUnknownColumnIsAnErrorWithASuggestion() {
        #expect {
            try TableLayoutFile.parse(SourceFile(name: "l.yaml", text: "rubric-layout: 1\ncolumns:\n  三级指示: 名称\n"))
        } throws: { error in
            let d = error as! Diagnostic
            return d.message == "unknown key '三级指示' in the columns of a layout" && d.hint == "did you mean '三级指标'?"
        }
        // English names of the columns work too.
        #expect((try? TableLayoutFile.parse(SourceFile(name: "l.yaml", text: "rubric-layout: 1\ncolumns:\n  level3: 名称\n  weight: 权重\n")))?.columns == ["名称": .level3, "权重": .weight])
    }

    // MARK: What a trial as a new user found

    func loadCSV(_ rows: [String]) throws -> (report: Report, warnings: [Diagnostic]) {
        try TableImporter.load(SourceFile(name: "t.csv", text: "一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分\n" + rows.joined(separator: "\n") + "\n"))
    }

    @Test func dashesInTargetAndActualStateNothing() throws {
        let (r, _) = try loadCSV(["产出指标,数量,甲,—,—,10,", "产出指标,数量,乙,—,-,10,8"])
        let s = scored(r)
        #expect(s.statuses[try node(r, "甲")].isNotGiven)          // no figures, no score: not given, not full marks
        #expect(s.scores[try node(r, "乙")] == 8)                    // no figures, a score: the score is entered
        #expect(r.nodes[try node(r, "乙")].inputs.direction == nil)
    }

    @Test func aGroupWhoseRowsAreAllSlashIsNotLeftEmpty() throws {
        let (r, _) = try loadCSV(["产出指标,数量指标,甲,/,/,,", "产出指标,质量指标,乙,100%,100%,20,20"])
        #expect(r.nodes.map(\.name) == ["产出指标", "质量指标", "乙"])
        #expect(r.leftOut == ["甲"])
        #expect(!Audit.hasErrors(Audit.run(scored(r))))
    }

    @Test func unitsThatCannotCompareAndNegativeWeightsAreErrorsAtTheCell() {
        #expect {
            try loadCSV(["产出指标,数量,甲,≥500人次,3万元,10,"])
        } throws: { ($0 as? Diagnostic)?.message == "the actual 3万元 and the target 500人次 of '甲' are not in the same unit" }
        // A percentage against a plain figure cannot compare either (as in report files; the fuzzer found the mismatch).
        #expect {
            try loadCSV(["产出指标,数量,甲,10,86%,10,"])
        } throws: { ($0 as? Diagnostic)?.message == "the actual 86% and the target 10 of '甲' are not in the same unit" }
        #expect {
            try loadCSV(["产出指标,数量,甲,≥95%,96%,-10,"])
        } throws: { ($0 as? Diagnostic)?.message == "分值 -10 of '甲' is negative" }
    }

    @Test func anActualWithAComparatorIsReadWithAWarning() throws {
        let (r, warnings) = try loadCSV(["产出指标,数量,甲,≥95%,≥95%,10,10"])
        #expect(r.nodes[try node(r, "甲")].inputs.actual == Quantity("0.95", .percent))
        #expect(warnings.map(\.message) == ["the actual '≥95%' states a comparator; read as 95%"])
    }

    @Test func aLayoutNamingAHeaderTheTableLacksIsAnError() throws {
        let layout = try TableLayoutFile.parse(SourceFile(name: "l.yaml", text: "rubric-layout: 1\ncolumns:\n  三级指标: 名称\n  实际完成值: 实际值\n  分值: 权重\n"))
        #expect {
            try TableImporter.load(SourceFile(name: "t.tsv", text: "名称\t实际\t权重\n甲\t9\t10\n"), layout: layout)
        } throws: { error in
            let d = error as! Diagnostic
            return d.message == "the layout maps 实际完成值 to the header '实际值', which this header row does not have" && d.hint?.hasPrefix("did you mean '实际'?") == true
        }
    }

    @Test func anEmptyTableSaysSo() {
        #expect {
            try TableImporter.load(SourceFile(name: "e.csv", text: "\n,,\n"))
        } throws: { ($0 as? Diagnostic)?.message == "'e.csv' is empty: it has no cells" }
    }

    @Test func aTemplateRowKeepsItsRuleSoAnEnteredActualScoresIt() throws {
        // A score without an actual is entered, but the row keeps its direction's rule: entering the actual scores it.
        let s = Session(files: WhatIfMemoryFiles(["t.tsv": "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t数量\t甲\t100%\t\t100\t90\n"]))
        try s.load("t.tsv")
        #expect(s.script("assert total == 90").failure == nil)
        let run = s.script("甲.actual = 80%\nassert total == 80")
        #expect(run.failure == nil, "\(run.failure?.message ?? "")")
    }

    @Test func aBudgetBlockAfterTheIndicatorsStillMakesATreeInOrder() throws {
        // The fuzzer's find: a budget block between indicator rows of one 一级 appended 预算执行率 in the middle of
        // its tree; the saved report then listed the nodes in another order and scored differently node by node.
        let tsv = """
        一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
        产出指标\t数量指标\t甲\t100%\t90%\t40\t36
        项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
        \t年度资金总额\t43.2\t43.2\t37.24\t10\t86%\t9
        一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
        产出指标\t质量指标\t乙\t100%\t100%\t50\t50
        """
        let r = try TableImporter.load(SourceFile(name: "b.tsv", text: tsv)).report
        for (i, n) in r.nodes.enumerated() { #expect(n.children.allSatisfy { $0 > i }, "\(n.name) before its children") }
        #expect(r.nodes.map(\.name) == ["产出指标", "数量指标", "甲", "质量指标", "乙", "预算执行率"])
        let back = try ReportLoader.load(SourceFile(name: "s.yaml", text: ReportWriter.yaml(r)))
        #expect(ScoredReport(report: back, scheme: BuiltinSchemes.nationalProject).scores == scored(r).scores)
    }
}
