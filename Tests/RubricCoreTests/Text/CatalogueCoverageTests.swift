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

    /// Outputs and calculation steps left in English, each with its reason (file, the literal's start, why).
    static let allowedOutputs: [(file: String, literal: String, reason: String)] = [
        ("Sources/RubricCore/WhatIf/Seek.swift", "seek", "the title is the statement as typed (`seek X.entered for total >= 90`): keywords stay as users type them"),
        ("Sources/RubricCore/WhatIf/Sweep.swift", "sweep", "the title is the statement as typed (`sweep X.spent from …`), its range in the language"),
        ("Sources/RubricCore/WhatIf/Compare.swift", "compare", "the title is the statement as typed (`compare baseline · 乐观`)"),
    ]

    /// True when a literal holds an English word (two Latin letters in a row): Chinese-only text is not flagged.
    static func isEnglish(_ literal: String) -> Bool {
        var run = 0
        for u in literal.unicodeScalars {
            run = (u.value >= 0x41 && u.value <= 0x5A) || (u.value >= 0x61 && u.value <= 0x7A) ? run + 1 : 0
            if run >= 2 { return true }
        }
        return false
    }

    /// `file:line: .text|trace?.add "literal"` for each English literal shown through an ``Output`` text
    /// (`.text("…")`, `Output.text("…")`) or recorded as a calculation step without its Chinese (`trace?.add("…")` with no `zh:`).
    static func outputSites(in text: String, file: String) -> [String] {
        var out: [String] = []
        for call in SwiftCallScanner(text).calls(of: ["text", "add", "Table"]) {
            let shown: SwiftCallScanner.Argument?
            switch call.callee {
            case "text":
                // An Output built in place, not `Message.x.text(…)` or `parameters.text("variant", …)`, nor a pattern (`case .text("lower")?`).
                guard call.receiver == "" || call.receiver == "Output", !call.linePrefix.hasPrefix("case ") else { continue }
                shown = call.arguments.first { $0.label == nil }
            case "Table":
                // A table's title is shown above it.
                shown = call.arguments.first { $0.label == "title" }
            default:
                guard let r = call.receiver, ["trace", "trace?", "trace!"].contains(r),
                      !call.arguments.contains(where: { $0.label == "zh" }) else { continue }
                shown = call.arguments.first
            }
            let what = call.callee == "text" ? ".text" : call.callee == "Table" ? "Table title" : "trace?.add"
            for literal in shown?.wordyLiterals ?? [] where isEnglish(literal) {
                let l = literal.trimmingCharacters(in: .whitespacesAndNewlines)
                if allowedOutputs.contains(where: { file == $0.file && l.hasPrefix($0.literal) }) { continue }
                out.append("\(file):\(call.line): \(what) \"\(l)\"")
            }
        }
        return out
    }

    @Test func noOutputOrCalculationStepIsBuiltFromAnEnglishLiteral() throws {
        var sites: [String] = []
        for url in Self.sourceFiles() {
            let relative = String(url.path.dropFirst(Self.packageRoot.path.count + 1))
            sites += Self.outputSites(in: try String(contentsOf: url, encoding: .utf8), file: relative)
        }
        #expect(sites.isEmpty, "\(sites.count) output text(s) or step(s) in English only (use a Message case, or trace?.add(en, zh:)):\n\(sites.joined(separator: "\n"))")
    }

    @Test func theOutputScannerSkipsCatalogueTextsPatternsAndBilingualSteps() {
        let sample = #"""
        out.append(.text("no changes in \(name)"))
        out.append(.text(Message.noChanges.text(name)))
        let v = parameters.text("variant", default: "ratio")
        case nil, .text("lower")?: upper = false
        return [Output.text(InterfaceLanguage.current == .zh ? "✓ 正确。" : "✓ right.")]
        out.append(.text("提示：" + hint))
        trace?.add("round half-up to \(p) places",
                   zh: "四舍五入到 \(p) 位")
        trace?.add("\(a) × \(b) = \(c)")
        trace?.add("below target: proportional")
        let t = Table(title: "changes in \(w)", columns: ["code"], rows: rows)
        """#
        #expect(Self.outputSites(in: sample, file: "X.swift") == [
            "X.swift:1: .text \"no changes in\"",
            "X.swift:5: .text \"✓ right.\"",
            "X.swift:10: trace?.add \"below target: proportional\"",
            "X.swift:11: Table title \"changes in\"",
        ])
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
