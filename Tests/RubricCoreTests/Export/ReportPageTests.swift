import Foundation
import Testing
@testable import RubricCore

/// The one-report HTML page: self-contained, the figures of the score table, a bar per 一级/二级, a scenario's differences.
@Suite struct ReportPageTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func scored(_ path: String) throws -> ScoredReport {
        let text = try String(contentsOf: Self.repoRoot.appendingPathComponent(path), encoding: .utf8)
        let report = try ReportFiles.load(path, text: text).report
        return ScoredReport(report: report, scheme: try #require(BuiltinSchemes.named(report.scheme)))
    }

    /// Anything a browser would fetch: scripts, styles, images, fonts, frames, links to other pages.
    static func externalReferences(_ html: String) -> [String] {
        ["http://", "https://", "<script", "<link", "src=", "url(", "@import", "<iframe", "<img"].filter { html.contains($0) }
    }

    @Test func thePageIsSelfContainedAndShowsTheScores() throws {
        let s = try scored("examples/reports/seed003-zengcheng-2022.yaml")
        let html = ReportPage.html(s)
        #expect(Self.externalReferences(html).isEmpty)
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("<span class=\"total\" id=\"total\">总分 91.42</span>"))
        #expect(html.contains("公布 91.41 <span class=\"diff\">Δ +0.01</span>"))
        // A bar per 一级 and 二级 indicator, and every row of the score table.
        let groups = s.report.nodes.filter { $0.level <= 2 && !$0.isTarget }.count
        #expect(html.components(separatedBy: "<rect x=\"220\"").count - 1 == 2 * groups)
        #expect(html.components(separatedBy: "data-row=").count - 1 == ScoreTable.tree(s).rows.count)
        #expect(html.contains("[published-sum]"))
    }

    @Test func targetsShowTheirCompletionAgainstTheHundredAndHundredFiftyLines() throws {
        let s = try scored("examples/tables/projects/langfang-school-2019-project.tsv")
        let html = ReportPage.html(s)
        #expect(html.contains("<svg class=\"completion\""))
        #expect(html.contains(">86.2%</text>") || html.contains(">86.20%</text>"))   // 37.24 / 43.2
        #expect(html.contains(">100%</text>") && html.contains(">150%</text>"))
    }

    @Test func aScenarioPageShowsItsDifferencesFromTheBaseline() throws {
        let base = try scored("examples/reports/seed003-zengcheng-2022.yaml")
        var s = base
        let i = try #require(s.index(ofCode: "2.5.6"))
        s.modify(i) { $0.inputs.entered = 1 }
        let html = ReportPage.html(s, scenario: "乐观", baseline: base)
        #expect(html.contains("情景 乐观 与基线的差异"))
        #expect(html.contains("<td>2.5.6 合同备案时效性</td><td class=\"n\">0.50</td><td class=\"n\">1.00</td><td class=\"n diff\">+0.50</td>"))
        #expect(html.contains("<td class=\"n\">91.42 优</td><td class=\"n\">91.92 优</td>"))
    }

    @Test func textFromTheReportIsEscaped() {
        #expect(HTMLPage.escape("<b>\"a\" & 'b'</b>") == "&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;")
    }
}
