import Foundation
import Testing
@testable import RubricCore

@Suite struct BuiltinSchemesTests {
    @Test func everyEmbeddedSchemeParsesAndIsNamedByItsFile() throws {
        #expect(BuiltinSchemes.ids == ["guangzhou-department", "national-project"])
        for id in BuiltinSchemes.ids {
            let s = try #require(BuiltinSchemes.named(id), "\(id)")
            #expect(s.id == id)
        }
        #expect(BuiltinSchemes.named("examples/schemes/national-project.yaml")?.id == "national-project")
        #expect(BuiltinSchemes.named("nope") == nil)
    }

    @Test func embeddedTextsMatchTheFilesInExamples() throws {
        // scripts/embed-schemes regenerates the Swift file; this catches a forgotten run.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        for entry in BuiltinSchemes.texts {
            let onDisk = try String(contentsOf: root.appendingPathComponent("examples/schemes/" + entry.file), encoding: .utf8)
            #expect(onDisk == entry.text + "\n" || onDisk == entry.text, "\(entry.file): run scripts/embed-schemes")
        }
    }

    @Test func guangzhouSchemeHasTheSeedBandsAndThe150PercentRule() {
        let g = BuiltinSchemes.guangzhou
        #expect(g.grades.map(\.grade) == ["优", "良", "中", "差"])
        #expect(g.grades.map(\.minimum) == [90, 80, 60, 0])
        #expect(g.parameters["overshoot"] == .number("1.5"))
        #expect(g.parameters["overshoot-factor"] == .number("0.5"))
        #expect(g.scorePlaces == 2 && g.ratePlaces == 4 && g.rounding == .leaf)
        #expect(g.assignment(forCode: "x", name: "专项资金支出率")?.rule?.id == "execution-rate")
    }

    @Test func nationalSchemeUsesThePositiveNationalRuleForTargets() {
        let n = BuiltinSchemes.nationalProject
        #expect(n.targetRules[.atLeast] == "positive-national")
        #expect(n.assignment(forCode: "x", name: "预算执行率")?.rule?.id == "execution-rate")
    }

    @Test func schemeErrorsPointAtTheLine() {
        let text = "id: x\ngrades:\n  - {grade: 优, from: 90}\nindicators:\n  - {name: a, rule: executoin-rate}\n"
        #expect(throws: Diagnostic.self) { try SchemeLoader.load(SourceFile(name: "s.yaml", text: text)) }
        do { _ = try SchemeLoader.load(SourceFile(name: "s.yaml", text: text)) } catch {
            #expect(error.locationText == "s.yaml:5:21")
            #expect(error.hint == "did you mean 'execution-rate'?")
        }
        let unknownKey = "id: x\ngrade:\n  - {grade: 优, from: 90}\n"
        do { _ = try SchemeLoader.load(SourceFile(name: "k.yaml", text: unknownKey)); Issue.record("no error") } catch {
            #expect(error.message == "unknown key 'grade' in a scheme")
            #expect(error.locationText == "k.yaml:2:1")
        }
    }
}
