import Foundation
import Testing
import RubricCore
@testable import RubricShell

/// `rubric score` streams the score table row by row (``writeScoreTable(_:includeTargets:to:)``); the shell renders
/// the table it builds (``ScoreTable/tree(_:root:includeTargets:)``). Both must print the same text, byte for byte.
@Suite struct ScoreTableStreamTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Reads the package's files (read-only).
    final class Files: FileAccess {
        func read(_ path: String) throws(FileAccessError) -> String {
            guard let t = try? String(contentsOf: url(path), encoding: .utf8) else { throw .notFound(path) }
            return t
        }
        func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }
        func write(_ text: String, to path: String, overwrite: Bool) throws(FileAccessError) { throw .unwritable(path, "read-only") }
        func url(_ path: String) -> URL { path.hasPrefix("/") ? URL(fileURLWithPath: path) : ScoreTableStreamTests.root.appendingPathComponent(path) }
    }

    /// Every bundled report and table (reports with targets, not-given scores, placeholders, formulas, both schemes).
    static func bundled() throws -> [String] {
        var out: [String] = []
        for dir in ["examples/reports", "examples/forms", "examples/tables", "examples/tables/projects"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(dir).path)
            out += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".tsv") || $0.hasSuffix(".csv") }.sorted().map { dir + "/" + $0 }
        }
        return out
    }

    static func streamed(_ s: ScoredReport, includeTargets: Bool) -> String {
        var bytes: [UInt8] = []
        writeScoreTable(s, includeTargets: includeTargets) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func theStreamedTableIsTheRenderedTable() throws {
        let files = Files()
        var compared = 0, withTargets = 0
        for path in try Self.bundled() {
            guard let (report, _) = try? ReportFiles.load(path, files: files),
                  let scored = try? ReportFiles.score(report, path: path, files: files) else { continue }
            for includeTargets in [true, false] {
                let rendered = renderTable(ScoreTable.tree(scored, includeTargets: includeTargets))
                #expect(Self.streamed(scored, includeTargets: includeTargets) == rendered, "\(path), targets \(includeTargets)")
            }
            compared += 1
            if scored.report.nodes.contains(where: \.isTarget) { withTargets += 1 }
        }
        #expect(compared >= 11 && withTargets >= 1, "\(compared) compared, \(withTargets) with targets")
    }

    /// Statuses the bundled files may not show: a clamped score, a failed rule, a not-given leaf in a partial total.
    @Test func unusualStatusesStreamAsTheyRender() throws {
        let text = """
        rubric-report: 1
        title: "边界"
        scheme: "guangzhou-department"
        indicators:
          - name: "一级"
            weight: 100
            children:
              - name: "超出"
                weight: 10
                rule: manual
                entered: 12
              - name: "无法计分"
                weight: 10
                rule: execution-rate
              - name: "原文未给"
                weight: 10
                rule: execution-rate
                published: not-given
              - name: "很长很长很长很长很长很长很长很长很长很长的指标名称"
                weight: 60
                published: 59.995
                placeholder: true
              - name: "产出"
                weight: 10
                targets:
                  - name: "新增企业"
                    target: 100
                    actual: 120
                  - name: "事故数"
                    weight: 3
                    target: 0
                    actual: 1
                    direction: zero
        """
        let report = try ReportLoader.load(SourceFile(name: "edge.yaml", text: text))
        let scored = ScoredReport(report: report, scheme: BuiltinSchemes.guangzhou)
        #expect(scored.report.nodes.contains(where: \.isTarget) && scored.statuses.contains { if case .clamped = $0 { true } else { false } })
        for includeTargets in [true, false] {
            #expect(Self.streamed(scored, includeTargets: includeTargets) == renderTable(ScoreTable.tree(scored, includeTargets: includeTargets)))
        }
    }
}
