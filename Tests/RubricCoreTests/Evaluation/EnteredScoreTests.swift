import Foundation
import Testing
@testable import RubricCore

/// Entering scores by hand: on a target a score is in points of its share, and an entered score that cannot
/// stand (the rule has all its inputs) is said so instead of moving nothing silently.
@Suite struct EnteredScoreTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/reports")

    func session(_ file: String) throws -> Session {
        let text = try String(contentsOf: Self.examples.appendingPathComponent(file), encoding: .utf8)
        let s = Session(files: InMemoryFiles([file: text]))
        for o in s.run(SourceFile(name: "<setup>", text: "load \"\(file)\"")) {
            if case .diagnostic(let d) = o, d.severity == .error { throw d }
        }
        return s
    }

    func run(_ s: Session, _ text: String) -> [Output] { s.run(SourceFile(name: "<input>", text: text)) }

    func printed(_ s: Session, _ expr: String) -> String? {
        run(s, "print " + expr).compactMap { if case .text(let t) = $0 { return t } else { return nil } }.first
    }

    func errors(_ out: [Output]) -> [String] {
        out.compactMap { if case .diagnostic(let d) = $0, d.severity == .error { return d.message } else { return nil } }
    }

    @Test func aTargetsScoreIsEnteredInPointsOfItsShare() throws {
        let s = try session("seed001-panyu-2023.yaml")
        // Nine 产出 targets share 10 points: 1.111111… each; 1 point of that is 90% of the share.
        #expect(printed(s, "新增充电基础设施数量.weight") == "1.111111…")
        #expect(errors(run(s, "新增充电基础设施数量.score = 1")).isEmpty)
        #expect(printed(s, "新增充电基础设施数量.entered") == "0.9")
        // `entered` itself is the fraction of 1 the report file stores.
        #expect(errors(run(s, "新增充电基础设施数量.entered = 0.5")).isEmpty)
        #expect(printed(s, "新增充电基础设施数量.entered") == "0.5")
    }

    @Test func aTargetsScoreBeyondItsShareIsRefused() throws {
        let s = try session("seed001-panyu-2023.yaml")
        let tooMuch = errors(run(s, "新增充电基础设施数量.score = 2"))
        #expect(tooMuch.count == 1)
        #expect(tooMuch.first?.contains("between 0 and 1.111111") == true)
        let fraction = errors(run(s, "新增充电基础设施数量.entered = 1.5"))
        #expect(fraction.first?.contains("a fraction of its share") == true)
        #expect(printed(s, "新增充电基础设施数量.entered") == "none", "nothing was changed")
    }

    @Test func enteringAScoreTheRuleOverridesIsWarnedAbout() throws {
        let s = try session("seed002-gz-industry-2023.yaml")
        let out = run(s, "专项资金支出率.score = 3")
        let warnings = out.flatMap { o -> [String] in if case .delta(let d) = o { return d.warnings } else { return [] } }
        #expect(warnings.contains { $0.contains("execution-rate") && $0.contains("budget, spent") })
        #expect(printed(s, "专项资金支出率.score") == "4.75", "the rule still scores it")
        // Scored by hand, the entered score counts.
        _ = run(s, "专项资金支出率.rule = \"manual\"")
        _ = run(s, "专项资金支出率.score = 3")
        #expect(printed(s, "专项资金支出率.score") == "3.00")
        #expect(printed(s, "total") == "88.99")
    }

    @Test func saveCarriesSchemeParameterEditsSoTheFileScoresTheSame() throws {
        let text = try String(contentsOf: Self.examples.appendingPathComponent("seed001-panyu-2023.yaml"), encoding: .utf8)
        let files = InMemoryFiles(["seed001.yaml": text])
        let s = Session(files: files)
        _ = run(s, "load \"seed001.yaml\"")
        _ = run(s, "scheme.overshoot = none")
        #expect(printed(s, "total") == "23.80")
        let out = run(s, "save \"what-if.yaml\"")
        #expect(errors(out).isEmpty)
        let said = out.compactMap { if case .text(let t) = $0 { return t } else { return nil } }
        #expect(said.contains { $0.hasPrefix("scheme.overshoot = none written as rule parameters") })
        #expect(!said.contains { $0.hasPrefix("warning") }, "\(said)")
        // Loaded again under its own scheme, the saved file gives the what-if's total, not the original 19.40.
        _ = run(s, "load \"what-if.yaml\"")
        #expect(printed(s, "total") == "23.80")
    }
}
