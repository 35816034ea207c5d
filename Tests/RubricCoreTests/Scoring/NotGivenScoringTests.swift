import Foundation
import Testing
@testable import RubricCore

/// Indicators the source does not give (`published: not-given`): they count 0, the total is partial, the audit
/// notes it without an error, and an entered score fills the gap.
@Suite struct NotGivenScoringTests {
    /// The sample report with 专项资金绩效完成情况 unscored and marked not given by the source.
    static func partialReport(flag: Bool = true) -> Report {
        var r = sampleReport()
        if let i = r.nodes.firstIndex(where: { $0.name == "专项资金绩效完成情况" }) {
            r.nodes[i].published = nil
            r.nodes[i].isScoreNotGiven = flag
        }
        r.publishedTotal = "96.34"
        return r
    }

    static func index(_ s: ScoredReport, _ name: String) throws -> Int {
        try #require(s.report.nodes.firstIndex { $0.name == name }, "no indicator named \(name)")
    }

    @Test func aNotGivenLeafCountsZeroAndMarksTheTotalPartial() throws {
        let s = ScoredReport(report: Self.partialReport(), scheme: BuiltinSchemes.guangzhou)
        let i = try Self.index(s, "专项资金绩效完成情况")
        #expect(s.statuses[i] == .notGiven(.missingInput(rule: "manual", input: "entered")))
        #expect(s.scores[i] == 0)
        // 96.34 − 18.89: the rest of the tree still scores.
        #expect(s.total == "77.45")
        #expect(s.isPartial)
        #expect(s.notGivenCount == 1)
        #expect(s.notGivenIndices == [i])
        #expect(s.notGivenPhrase == "1 indicator not given by the source")
        // Its ancestors are partial sums; its sibling branch and the other 一级 are not.
        let partial = s.partialSums
        let marked = s.report.nodes.indices.filter { partial[$0] }.map { s.report.nodes[$0].name }
        #expect(marked == ["履职效能", "专项效能"])
    }

    @Test func withoutTheFlagTheSameGapIsAFailure() throws {
        let s = ScoredReport(report: Self.partialReport(flag: false), scheme: BuiltinSchemes.guangzhou)
        let i = try Self.index(s, "专项资金绩效完成情况")
        guard case .failed = s.statuses[i] else { Issue.record("expected failed, got \(s.statuses[i])"); return }
        #expect(!s.isPartial)
        #expect(Audit.hasErrors(Audit.run(s)))
    }

    @Test func aRuleThatCanComputeStillComputes() throws {
        var r = sampleReport()
        let i = try #require(r.nodes.firstIndex { $0.name == "专项资金支出率" })
        r.nodes[i].published = nil
        r.nodes[i].isScoreNotGiven = true
        let s = ScoredReport(report: r, scheme: BuiltinSchemes.guangzhou)
        #expect(s.statuses[i] == .computed)
        #expect(s.scores[i] == "4.75")
        #expect(!s.isPartial)
    }

    @Test func theAuditGivesNotesNotErrors() throws {
        let s = ScoredReport(report: Self.partialReport(), scheme: BuiltinSchemes.guangzhou)
        let findings = Audit.run(s)
        #expect(!Audit.hasErrors(findings))
        let i = try Self.index(s, "专项资金绩效完成情况")
        let notGiven = findings.filter { $0.id == "not-given" }
        #expect(notGiven.map(\.node) == [i])
        #expect(notGiven.allSatisfy { $0.severity == .note })
        // The published total is not compared with a partial one: a note says why, no warning.
        #expect(findings.filter { $0.id == "computed-differs" && $0.node == nil }.isEmpty)
        let total = try #require(findings.first { $0.id == "partial-total" })
        #expect(total.severity == .note)
        #expect(total.message == "the computed total 77.45 is partial (1 indicator not given by the source): it leaves out what the published total 96.34 includes, so the two are not compared")
    }

    @Test func anEnteredScoreFillsTheGap() throws {
        var s = ScoredReport(report: Self.partialReport(), scheme: BuiltinSchemes.guangzhou)
        let i = try Self.index(s, "专项资金绩效完成情况")
        s.modify(i) { $0.inputs.entered = "18.89" }
        #expect(s.statuses[i] == .computed)   // the manual rule reads the entered score
        #expect(s.scores[i] == "18.89")
        #expect(s.total == "96.34")
        #expect(!s.isPartial)
        #expect(s.partialSums.allSatisfy { !$0 })
        // And taking it away again leaves the gap, incrementally as from scratch.
        s.modify(i) { $0.inputs.entered = nil }
        #expect(s.statuses[i].isNotGiven)
        #expect(s.total == "77.45")
        let fresh = ScoredReport(report: s.report, scheme: BuiltinSchemes.guangzhou)
        #expect(fresh.scores == s.scores)
        // The count behind isPartial is kept incrementally and agrees with a recount.
        #expect(s.isPartial)
        #expect(s.notGivenCount == s.statuses.filter(\.isNotGiven).count)
        #expect(fresh.notGivenCount == s.notGivenCount)
    }

    @Test func anEnteredScoreStandsInForARuleThatLacksAnInput() throws {
        var r = sampleReport()
        let i = try #require(r.nodes.firstIndex { $0.name == "部门预算资金支出率" })
        r.nodes[i].published = nil
        r.nodes[i].isScoreNotGiven = true
        var s = ScoredReport(report: r, scheme: BuiltinSchemes.guangzhou)
        #expect(s.statuses[i] == .notGiven(.missingInput(rule: "execution-rate", input: "budget")))
        s.modify(i) { $0.inputs.entered = "4.5" }
        #expect(s.statuses[i] == .entered(.missingInput(rule: "execution-rate", input: "budget")))
        #expect(s.scores[i] == "4.5")
        #expect(!s.isPartial)
    }

    @Test func theSummaryLinesSayTheTotalIsPartialAndGiveNoGrade() throws {
        let s = ScoredReport(report: Self.partialReport(), scheme: BuiltinSchemes.guangzhou)
        let lines = ScoreTable.summary(s)
        #expect(lines == [
            "履职效能 27.65 / 50 (partial sum)",
            "管理效率 49.80 / 50 = 得分率 99.60%",
            "总分 77.45  (partial: 1 indicator not given by the source; published 96.34)",
            "等级 — (partial total)",
        ])
        #expect(ScoreTable.totalText(s) == "77.45 (partial)")
        #expect(ScoreTable.gradeText(s) == "—")
    }

    @Test func theTreeShowsADashForTheScoreAndMarksPartialSums() throws {
        let s = ScoredReport(report: Self.partialReport(), scheme: BuiltinSchemes.guangzhou)
        let rows = ScoreTable.tree(s).rows
        func row(_ name: String) throws -> [String] {
            try #require(rows.first { $0[1].trimmingCharacters(in: .whitespaces) == name })
        }
        // code, indicator, weight, score, published, Δ, rule
        #expect(try row("专项资金绩效完成情况")[3] == "—")
        #expect(try row("专项资金绩效完成情况")[4] == "not given")
        #expect(try row("专项资金绩效完成情况")[6] == "manual (not given)")
        #expect(try row("专项效能")[6] == "partial sum")
        #expect(try row("履职效能")[6] == "partial sum")
        #expect(try row("整体效能")[6] == "")
        #expect(try row("管理效率")[6] == "")
    }

    @Test func theJSONExportSaysPartialAndNotGiven() throws {
        let s = ScoredReport(report: Self.partialReport(), scheme: BuiltinSchemes.guangzhou)
        let object = try JSONSerialization.jsonObject(with: Data(JSONExport.json(s).utf8))
        let root = try #require(object as? [String: Any])
        #expect(root["schema"] as? String == "rubric-scored-report/2")
        #expect(root["partial"] as? Bool == true)
        #expect(root["notGiven"] as? Int == 1)
        #expect(root["grade"] is NSNull)
        #expect(root["total"] as? String == "77.45")
        let nodes = try #require(root["nodes"] as? [[String: Any]])
        let node = try #require(nodes.first { $0["name"] as? String == "专项资金绩效完成情况" })
        #expect(node["status"] as? String == "not-given")
        #expect(node["score"] is NSNull)
        #expect(node["published"] is NSNull)
    }

    @Test func aCompleteReportIsNotPartialInJSON() throws {
        let s = ScoredReport(report: sampleReport(), scheme: BuiltinSchemes.guangzhou)
        let object = try JSONSerialization.jsonObject(with: Data(JSONExport.json(s).utf8))
        let root = try #require(object as? [String: Any])
        #expect(root["partial"] as? Bool == false)
        #expect(root["notGiven"] as? Int == 0)
        #expect(root["grade"] as? String == "优")
    }

    @Test func theExplanationSaysTheSourceGivesNoScore() throws {
        let s = ScoredReport(report: Self.partialReport(), scheme: BuiltinSchemes.guangzhou)
        let steps = s.explain(try Self.index(s, "专项资金绩效完成情况")).steps.joined(separator: "\n")
        #expect(steps.contains("the source gives no score (not given): counted as 0, the total is partial"))
    }
}
