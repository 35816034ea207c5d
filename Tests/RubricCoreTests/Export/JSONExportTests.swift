import Foundation
import Testing
@testable import RubricCore

@Suite struct JSONExportTests {
    /// Seed 003 imported from its table fixture and scored.
    func seed003() throws -> ScoredReport {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/seed003.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        let (report, _) = try TableImporter.load(SourceFile(name: "seed003.tsv", text: text))
        return ScoredReport(report: report, scheme: BuiltinSchemes.guangzhou)
    }

    func parse(_ json: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func exportParsesAsJSONWithTheDocumentedTopLevelFields() throws {
        let root = try parse(JSONExport.json(try seed003()))
        #expect(root["schema"] as? String == "rubric-scored-report/2")
        #expect(root["partial"] as? Bool == false)
        #expect(root["total"] as? String == "91.42")
        #expect(root["publishedTotal"] as? String == "91.41")
        #expect(root["grade"] as? String == "优")
        #expect((root["scheme"] as? [String: Any])?["id"] as? String == "guangzhou-department")
        #expect((root["budget"] as? [[String: Any]])?.count == 7)
    }

    @Test func everyNodeRoundTripsItsScoreWeightAndTree() throws {
        let s = try seed003()
        let root = try parse(JSONExport.json(s))
        let nodes = try #require(root["nodes"] as? [[String: Any]])
        #expect(nodes.count == s.report.nodes.count)
        for (i, n) in nodes.enumerated() {
            let node = s.report.nodes[i]
            #expect(n["code"] as? String == node.code)
            #expect(n["name"] as? String == node.name)
            // Scores are strings holding exact decimals: parse them back exactly.
            let score = try ExactDecimal(parsing: try #require(n["score"] as? String))
            #expect(score == s.scores[i], "\(node.code)")
            if let w = node.weight { #expect(try ExactDecimal(parsing: try #require(n["weight"] as? String)) == w) }
            if let p = node.published { #expect(try ExactDecimal(parsing: try #require(n["published"] as? String)) == p) }
            #expect(n["children"] as? [String] == node.children.map { s.report.nodes[$0].code })
        }
        // The sum of the 一级 scores read back from JSON is the total read back from JSON.
        var sum = ExactDecimal.zero
        for n in nodes where n["level"] as? Int == 1 { sum = try sum + ExactDecimal(parsing: n["score"] as! String) }
        #expect(sum == (try ExactDecimal(parsing: root["total"] as! String)))
    }

    @Test func statusesAndRulesAreExported() throws {
        let root = try parse(JSONExport.json(try seed003()))
        let nodes = try #require(root["nodes"] as? [[String: Any]])
        let special = try #require(nodes.first { $0["name"] as? String == "专项资金支出率" })
        #expect(special["status"] as? String == "as-published")
        #expect((special["rule"] as? [String: Any])?["id"] as? String == "execution-rate")
        let group = try #require(nodes.first { $0["name"] as? String == "履职效能" })
        #expect(group["kind"] as? String == "group")
        #expect(group["rule"] is NSNull)
    }

    @Test func stringsAreEscaped() {
        #expect(JSON.quote("a\"b\\c\nd\u{01}") == "\"a\\\"b\\\\c\\nd\\u0001\"")
    }
}
