import Foundation
import Testing
@testable import RubricCore

/// `export csv` writes a table Excel opens as it is, and Rubric reads it back to the same report and scores.
@Suite struct RubricTableTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let sources = ["examples/reports/seed000-zengcheng-2023.yaml", "examples/reports/seed001-panyu-2023.yaml",
                          "examples/reports/seed002-gz-industry-2023.yaml", "examples/reports/seed003-zengcheng-2022.yaml",
                          "examples/reports/seed004-haizhu-2022.yaml", "examples/tables/seed003-zengcheng-2022.csv",
                          "examples/tables/projects/langfang-school-2019-project.tsv",
                          "examples/tables/projects/tianchang-water-2022-project.tsv",
                          "examples/tables/projects/sichuan-county-wages-2023-template.tsv"]

    func scored(_ path: String) throws -> ScoredReport {
        let text = try String(contentsOf: Self.repoRoot.appendingPathComponent(path), encoding: .utf8)
        let report = try ReportFiles.load(path, text: text).report
        return ScoredReport(report: report, scheme: try #require(BuiltinSchemes.named(report.scheme)))
    }

    @Test func aPublishedScoreWithMorePlacesGetsTheDifferenceOfTheCellsAsWritten() throws {
        // The published 0.125 is written exact (it must read back so); beside the score 0.13 its 差额 is +0.005.
        let s = try ExactnessTests.report([("甲1", "0.125", ["rule: manual", "entered: 0.125", "published: 0.125"]),
                                           ("甲2", "0.875", ["rule: manual", "entered: 0.875", "published: 0.88"])])
        let rows = RubricTable.csv(s).components(separatedBy: "\r\n")   // the CSV ends its lines in CR LF, as Excel does
        #expect(rows.contains { $0.hasPrefix("1.1,") && $0.contains(",0.125,0.13,0.125,+0.005,") }, "\(rows)")
        #expect(rows.contains { $0.hasPrefix("1.2,") && $0.contains(",0.88,0.88,,") }, "\(rows)")
    }

    @Test(arguments: sources)
    func theExportLoadsBackToTheSameReportAndScores(_ path: String) throws {
        let s = try scored(path)
        let csv = RubricTable.csv(s)
        let (back, _) = try TableImporter.load(SourceFile(name: "back.csv", text: csv))
        #expect(back.nodes.count == s.report.nodes.count)
        for (a, b) in zip(s.report.nodes, back.nodes) {
            #expect(a.code == b.code && a.name == b.name && a.level == b.level && a.isTarget == b.isTarget, "\(a.code)")
            #expect(a.weight == b.weight && a.published == b.published && a.isScoreNotGiven == b.isScoreNotGiven, "\(a.code)")
            #expect(a.inputs == b.inputs, "\(a.code) \(a.name)")
            #expect(a.rule == b.rule, "\(a.code)")
            #expect(a.shortfall == b.shortfall && a.isPlaceholderName == b.isPlaceholderName, "\(a.code)")
        }
        #expect(back.scheme == s.report.scheme && back.title == s.report.title && back.year == s.report.year)
        #expect(back.budget == s.report.budget)
        #expect(back.leftOut == s.report.leftOut)
        #expect(back.publishedTotal == s.report.publishedTotal && back.publishedGrade == s.report.publishedGrade)
        let again = ScoredReport(report: back, scheme: s.scheme)
        #expect(again.scores == s.scores)
        #expect(again.total == s.total)
        #expect(Audit.run(again).map(\.message) == Audit.run(s).map(\.message))
    }

    @Test func theCSVIsWhatChineseExcelOpens() throws {
        let csv = RubricTable.csv(try scored("examples/reports/seed003-zengcheng-2022.yaml"))
        #expect(csv.hasPrefix("\u{FEFF}标题,"))
        let lines = csv.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.first { $0.hasPrefix("编码,") })
        #expect(header.hasPrefix("编码,类型,指标,分值,得分,公布得分,差额,计分规则,指标性质,年度指标值,实际完成值"))
        #expect(lines.contains { $0.hasPrefix(",,总分,100,91.42,91.41,+0.01,") })
        #expect(lines.contains { $0.hasPrefix(",,等级,,优,") })
        // A rule with parameters survives as one cell, and a tier's every bound with it.
        var r = try scored("examples/reports/seed003-zengcheng-2022.yaml").report
        let i = try #require(r.leaves.first)
        r.nodes[i].rule = RuleSpec("tiers", RuleParameters(["tiers": .tiers([Tier(upTo: nil, from: "0.9", points: 5),
                                                                               Tier(upTo: nil, below: "0.9", from: "0.8", points: 4),
                                                                               Tier(upTo: nil, points: 0)])]))
        r.nodes[i].inputs.actual = Quantity("0.85", .percent)
        let s = ScoredReport(report: r, scheme: BuiltinSchemes.guangzhou)
        let back = try TableImporter.load(SourceFile(name: "t.csv", text: RubricTable.csv(s))).report
        #expect(back.nodes[i].rule == r.nodes[i].rule)
        #expect(ScoredReport(report: back, scheme: BuiltinSchemes.guangzhou).scores[i] == s.scores[i])
    }

    @Test func anEditedScoreColumnIsAWarningThatNamesTheColumnThatCounts() throws {
        var csv = RubricTable.csv(try scored("examples/tables/projects/langfang-school-2019-project.tsv"))
        csv = csv.replacingOccurrences(of: ",工程完工率,10,10.00,", with: ",工程完工率,10,7,")
        let (_, warnings) = try TableImporter.load(SourceFile(name: "e.csv", text: csv))
        #expect(warnings.map(\.message) == ["得分 of '工程完工率' reads 7 but its inputs give 10.00; the 得分 column is computed and was not read"])
    }

    @Test func anEditedRuleColumnIsAWarningThatNamesTheColumnThatCounts() throws {
        var csv = RubricTable.csv(try scored("examples/tables/projects/langfang-school-2019-project.tsv"))
        csv = csv.replacingOccurrences(of: ",工程完工率,10,10.00,10,,positive-national,", with: ",工程完工率,10,10.00,10,,tiers,")
        let (_, warnings) = try TableImporter.load(SourceFile(name: "e.csv", text: csv))
        #expect(warnings.map(\.message) == ["计分规则 of '工程完工率' reads 'tiers' but it is scored by 'positive-national'; the 计分规则 column is shown and was not read"])
    }

    @Test func aBadCellInAnEditedExportIsAnErrorAtTheCell() throws {
        var csv = RubricTable.csv(try scored("examples/tables/projects/langfang-school-2019-project.tsv"))
        csv = csv.replacingOccurrences(of: ",工程完工率,10,", with: ",工程完工率,十,")
        #expect {
            try TableImporter.load(SourceFile(name: "e.csv", text: csv))
        } throws: { error in
            (error as? Diagnostic)?.message == "'十' is not a number"
        }
    }
}
