import Foundation
import Testing

/// Every file of Tests/Corpus/malformed (scripts/make-malformed-corpus writes them) is refused by the real binary with a
/// data error (exit 65), never a signal, and an error that names the file and, for text, the place (file:line:column).
@Suite struct MalformedCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus/malformed")

    static var names: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() }

    @Test func theCorpusHasAtLeast150Files() {
        #expect(Self.names.count >= 150)
    }

    @Test func everyFileIsALocatedDataErrorNeverASignal() throws {
        var problems: [String] = []
        for name in Self.names {
            let args = name.hasSuffix(".rubric") ? [name] : ["score", name]
            let r = try runRubric(args, in: Self.folder)
            let first = r.stderr.split(separator: "\n").first.map(String.init) ?? ""
            if r.status != 65 { problems.append("\(name): exit \(r.status) (\(r.status > 128 ? "a signal" : "not 65")): \(first)") ; continue }
            // Located: `name:line:column: error`, or a file-level error naming the file (and the place, for binary).
            let located = first.hasPrefix("\(name):") && first.contains(": error: ")
            let named = first.contains("'\(name)'") || first.contains("'/etc/passwd'")
            if !(located || named) { problems.append("\(name): not located: \(first)") }
            if located, r.stderr.split(separator: "\n").count < 3 { problems.append("\(name): no source line and caret") }
        }
        #expect(problems.isEmpty, Comment(rawValue: problems.joined(separator: "\n")))
    }
}
