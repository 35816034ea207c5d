import Foundation
import Testing
@testable import RubricCore

/// The language on seed 001 (番禺区 2023), whose 专项效能 and 管理效率 are not given by the source: the user fills the gap.
@Suite struct NotGivenSessionTests {
    static let seed001 = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/reports/seed001-panyu-2023.yaml")

    func session() throws -> Session {
        let text = try String(contentsOf: Self.seed001, encoding: .utf8)
        let s = Session(files: InMemoryFiles(["seed001.yaml": text]))
        for o in s.run(SourceFile(name: "<setup>", text: "load \"seed001.yaml\"")) {
            if case .diagnostic(let d) = o, d.severity == .error { throw d }
        }
        return s
    }

    func printed(_ s: Session, _ expr: String) -> String? {
        s.run(SourceFile(name: "<input>", text: "print " + expr)).compactMap { if case .text(let t) = $0 { return t } else { return nil } }.first
    }

    @Test func enteringScoresFillsTheGaps() throws {
        let s = try session()
        #expect(printed(s, "total") == "19.40")
        #expect(printed(s, "grade") == "none", "a partial total has no grade")
        #expect(printed(s, "report.grade") == "none")
        #expect(printed(s, "专项效能.status") == "not given")
        var grades: [(String, String)] = []
        for input in ["专项效能.score = 23", "管理效率.score = 48"] {
            let out = s.run(SourceFile(name: "<input>", text: input))
            let errors = out.compactMap { if case .diagnostic(let d) = $0, d.severity == .error { return d } else { return nil } }
            #expect(errors.isEmpty, "\(errors.map(\.message))")
            for case .delta(let d) in out { grades.append((d.oldGrade, d.newGrade)) }
        }
        // The delta gives no grade while the total is partial, and the real one once the last gap is filled.
        #expect(grades.map(\.0) == ["—", "—"])
        #expect(grades.map(\.1) == ["—", "优"])
        #expect(printed(s, "专项效能.status") == "computed")
        // 19.40 + 23 + 48: complete again, with a grade.
        #expect(printed(s, "total") == "90.40")
        #expect(printed(s, "grade") == "优")
        let w = try #require(s.workspace)
        #expect(!w.scored.isPartial)
    }
}
