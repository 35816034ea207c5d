import Foundation
import Testing
@testable import RubricCore

/// Paths between a report and its scheme file: resolved when loading, made relative again when saving.
@Suite struct FilePathTests {
    @Test func relativePathsFromOneFileToAnother() {
        #expect(FilePath.relative("my-scheme.yaml", fromFileAt: "out.yaml") == "my-scheme.yaml")
        #expect(FilePath.relative("my-scheme.yaml", fromFileAt: "out/s2.yaml") == "../my-scheme.yaml")
        #expect(FilePath.relative("schemes/a.yaml", fromFileAt: "reports/2023/r.yaml") == "../../schemes/a.yaml")
        #expect(FilePath.relative("reports/schemes/a.yaml", fromFileAt: "reports/r.yaml") == "schemes/a.yaml")
        #expect(FilePath.relative("/tmp/x/a.yaml", fromFileAt: "/tmp/y/r.yaml") == "../x/a.yaml")
        #expect(FilePath.relative("./a/../b/s.yaml", fromFileAt: "b/r.yaml") == "s.yaml")
    }

    @Test func pathsThatCannotBeRelatedAreKept() {
        #expect(FilePath.relative("/etc/s.yaml", fromFileAt: "r.yaml") == "/etc/s.yaml", "absolute scheme, relative report")
        #expect(FilePath.relative("s.yaml", fromFileAt: "/tmp/r.yaml") == "s.yaml", "unknown working directory")
        #expect(FilePath.relative("s.yaml", fromFileAt: "../up/r.yaml") == "s.yaml", "above the working directory")
    }

    @Test func resolvingWhatRelativeWroteFindsTheSameFile() {
        for (scheme, report) in [("schemes/a.yaml", "reports/2023/r.yaml"), ("a.yaml", "x/y/z.yaml"), ("p/q/a.yaml", "p/r.yaml")] {
            let written = FilePath.relative(scheme, fromFileAt: report)
            #expect(FilePath.normalized(FilePath.resolve(written, relativeTo: report)) == FilePath.normalized(scheme))
        }
    }

    @Test func aSavedReportNamesItsSchemeFileRelativeToItself() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples")
        let report = try String(contentsOf: examples.appendingPathComponent("reports/seed002-gz-industry-2023.yaml"), encoding: .utf8)
        let scheme = try String(contentsOf: examples.appendingPathComponent("schemes/national-project.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "id: national-project", with: "id: district-variant")
        let files = InMemoryFiles(["seed002.yaml": report, "schemes/variant.yaml": scheme])
        let s = Session(files: files)
        for line in ["load \"seed002.yaml\"", "use scheme \"schemes/variant.yaml\"", "save \"out/what-if.yaml\""] {
            for case .diagnostic(let d) in s.run(SourceFile(name: "<input>", text: line)) where d.severity == .error { Issue.record("\(line): \(d.message)") }
        }
        let saved = try files.read("out/what-if.yaml")
        #expect(saved.contains("scheme: \"../schemes/variant.yaml\""))
        // Loaded again, the file finds its scheme.
        _ = s.run(SourceFile(name: "<input>", text: "use scheme \"guangzhou-department\""))
        for case .diagnostic(let d) in s.run(SourceFile(name: "<input>", text: "load \"out/what-if.yaml\"")) where d.severity == .error {
            Issue.record("reload: \(d.message)")
        }
        #expect(s.reportPath == "out/what-if.yaml")
        #expect(s.workspace?.scored.scheme.id == "district-variant")
        // And saved back next to the scheme, the reference follows.
        _ = s.run(SourceFile(name: "<input>", text: "save \"schemes/copy.yaml\""))
        #expect(try files.read("schemes/copy.yaml").contains("scheme: \"variant.yaml\""))
    }
}
