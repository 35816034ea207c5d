import Foundation
import Testing
@testable import RubricCore

/// Issue #13: every text a user reads comes from the catalogue (``Message``), so it exists in Chinese and English.
/// A diagnostic built from a string literal with words in it is an English-only sentence: this test lists each one.
@Suite struct CatalogueCoverageTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Calls whose message and `hint:` must come from the catalogue: the diagnostic itself, and the helpers that pass
    /// their message straight into one (`Evaluator.fail`, `YAMLNode.error`).
    static let checked: [String: String] = ["Diagnostic": "Diagnostic", "fail": "Evaluator.fail", "error": "YAMLNode.error"]

    /// Files left for later, each with its reason.
    static let allowed: [(file: String, reason: String)] = []

    /// Every Swift file under Sources/.
    static func sourceFiles() -> [URL] {
        let sources = packageRoot.appendingPathComponent("Sources")
        let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var out: [URL] = []
        while let u = walker?.nextObject() as? URL { if u.pathExtension == "swift" { out.append(u) } }
        return out.sorted { $0.path < $1.path }
    }

    /// `file:line: callee message|hint "literal"` for each English literal given as a message or hint.
    static func literalSites(in text: String, file: String) -> [String] {
        var out: [String] = []
        for call in SwiftCallScanner(text).calls(of: Set(checked.keys)) {
            let args = call.arguments
            var message: SwiftCallScanner.Argument?
            if call.callee == "Diagnostic" {
                // The message is the first unlabelled argument after `phase:`.
                guard let p = args.firstIndex(where: { $0.label == "phase" }) else { continue }
                message = args[(p + 1)...].first { $0.label == nil }
            } else {
                message = args.first.flatMap { $0.label == nil ? $0 : nil }
            }
            let hint = args.first { $0.label == "hint" }
            for (role, arg) in [("message", message), ("hint", hint)] {
                for literal in arg?.wordyLiterals ?? [] where !allowed.contains(where: { file == $0.file }) {
                    out.append("\(file):\(call.line): \(call.callee) \(role) \"\(literal.trimmingCharacters(in: .whitespacesAndNewlines))\"")
                }
            }
        }
        return out
    }

    @Test func noDiagnosticIsBuiltFromAnEnglishLiteral() throws {
        let files = Self.sourceFiles()
        #expect(files.count > 100, "found only \(files.count) Swift files under \(Self.packageRoot.path)/Sources")
        var sites: [String] = []
        for url in files {
            let relative = String(url.path.dropFirst(Self.packageRoot.path.count + 1))
            sites += Self.literalSites(in: try String(contentsOf: url, encoding: .utf8), file: relative)
        }
        #expect(sites.isEmpty, "\(sites.count) diagnostic text(s) outside the catalogue (add a Message case with both languages):\n\(sites.joined(separator: "\n"))")
    }

    @Test func theScannerFindsLiteralsInMultiLineCallsAndSkipsWhatIsNotShown() {
        let sample = #"""
        // Diagnostic(phase: .load, "in a comment")
        let a = Diagnostic(.warning,
                           phase: .load,
                           "the \(name.split(separator: "/").last!) row",   // an interpolation holds a literal of its own
                           file: file, hint: near.first.map { "did you mean '\($0)'?" } ?? "x")
        let b = Diagnostic(phase: .evaluate, .noReportLoaded, "ok: an argument", hint: .loadOneHint)
        let c = Diagnostic(phase: .evaluate, field.text == "score" ? .targetScoreRange : .targetFractionRange, x)
        let d = Diagnostic(phase: .io, Message.fileExists.text("f"), hint: "#" + code)
        let e = fail("expected \(n) numbers", span,
                     hint: """
                     a multi-line hint
                     """)
        """#
        let sites = Self.literalSites(in: sample, file: "X.swift")
        #expect(sites == [
            "X.swift:2: Diagnostic message \"the  row\"",
            "X.swift:2: Diagnostic hint \"did you mean ''?\"",
            "X.swift:2: Diagnostic hint \"x\"",
            "X.swift:9: fail message \"expected  numbers\"",
            "X.swift:9: fail hint \"a multi-line hint\"",
        ])
    }
}
