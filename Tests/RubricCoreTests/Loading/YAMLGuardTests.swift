import Foundation
import Testing
@testable import RubricCore

/// Hostile YAML is refused before Yams sees it (no stack overflow, no alias expansion); real files pass.
@Suite struct YAMLGuardTests {
    func load(_ text: String) -> Diagnostic? {
        do { _ = try ReportLoader.load(SourceFile(name: "r.yaml", text: text)); return nil } catch { return error }
    }

    @Test func deeplyNestedFlowIsRefusedAtItsPlaceNotACrash() {
        let text = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let e = load(text)
        #expect(e?.message == "the YAML is nested more than 64 levels deep")
        #expect(e?.rendered().contains("r.yaml:1:65") == true)
    }

    @Test func deeplyNestedBlockSequencesAreRefused() {
        let text = (0..<3000).map { String(repeating: " ", count: $0) + "-" }.joined(separator: "\n")
        #expect(load(text)?.message.hasPrefix("the YAML is nested too deeply") == true)
        let compact = String(repeating: "- ", count: 3000) + "x"
        #expect(load(compact)?.message.hasPrefix("the YAML is nested too deeply") == true)
    }

    @Test func aliasesAreRefusedSoNoBillionLaughs() {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for k in 1..<9 { text += "\(Character(UnicodeScalar(97 + k)!)): &\(Character(UnicodeScalar(97 + k)!)) [" + Array(repeating: "*\(Character(UnicodeScalar(96 + k)!))", count: 9).joined(separator: ",") + "]\n" }
        let e = load(text)
        #expect(e?.message == "YAML aliases (*name) are not allowed in a report or scheme")
        #expect(e?.rendered().contains("r.yaml:2:") == true)
        #expect(load("title: *x\n")?.message == "YAML aliases (*name) are not allowed in a report or scheme")
    }

    @Test func textThatOnlyLooksLikeNestingOrAliasesLoads() throws {
        // Brackets and stars inside quoted and plain text, comments and block scalars are text.
        let text = WhatIfFixtures.seed003.replacingOccurrences(of: "notes:\n", with: """
        # [[[[[[[[[[ *not an alias
        notes:
          - "[[[[[[[[ *a \\" [[[["
          - 发展[2022]*3 {x
          - |
            [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ *b
          - 'it''s [[[[ *c'

        """)
        #expect(load(text) == nil)
    }

    @Test func everyBundledReportAndSchemePasses() throws {
        let root = WhatIfFixtures.packageRoot
        for dir in ["examples/reports", "examples/schemes"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(dir).path).filter { $0.hasSuffix(".yaml") }
            #expect(!names.isEmpty)
            for n in names {
                let text = try String(contentsOf: root.appendingPathComponent(dir + "/" + n), encoding: .utf8)
                #expect(throws: Never.self) { try YAMLGuard.check(SourceFile(name: n, text: text)) }
            }
        }
    }

    @Test func controlCharactersInTextAreSavedEscapedAndLoadAgain() throws {
        let (s, mem) = try WhatIfFixtures.session()
        var report = try #require(s.workspace).scored.report
        let odd = "a\u{7F}b\u{80}c\u{9F}d\u{85}e\u{FFFE}f\u{FFFF}g\u{1}h"
        report.title = odd
        let text = ReportWriter.yaml(report)
        #expect(!text.unicodeScalars.contains { $0.value == 0x7F || $0.value == 0x80 || $0.value == 0xFFFF })
        let back = try ReportLoader.load(SourceFile(name: "x.yaml", text: text))
        #expect(back.title == odd)
        _ = mem
    }
}

/// What an error quotes from a file: never a raw control character, never a whole huge line, never a non-scheme file.
@Suite struct QuotedSourceTests {
    @Test func aNulByteIsShownAsAReplacementCharacterWithItsCodePoint() {
        do { _ = try ReportLoader.load(SourceFile(name: "n.yaml", text: "a\u{0}b\n")); Issue.record("loaded") } catch {
            let text = error.rendered()
            #expect(text.contains("(U+0000)"))
            #expect(!text.unicodeScalars.contains { $0.value == 0 })
            #expect(text.contains("a\u{FFFD}b"))
        }
    }

    @Test func aLongLineIsQuotedAsAWindowAroundTheCaret() {
        let line = String(repeating: "x", count: 5000) + "*y"
        let d = Diagnostic(phase: .load, "m", file: SourceFile(name: "f", text: "title: " + line), span: SourceSpan(5007, 5008))
        let quoted = d.rendered().split(separator: "\n")[1]
        #expect(DisplayWidth.of(String(quoted)) <= 4 + Diagnostic.quotedWidth + 2)
        let caretLine = d.rendered().split(separator: "\n")[2]
        let caret = caretLine.firstIndex(of: "^")!
        #expect(Array(quoted)[caretLine.distance(from: caretLine.startIndex, to: caret)] == "*")
    }

    @Test func aFileThatIsNotASchemeIsNeverReadOrQuoted() {
        var read: [String] = []
        do {
            _ = try SchemeLoader.resolve("/etc/passwd", relativeTo: nil) { p in read.append(p); return "root:x:0:0:root:/root:/bin/bash" }
            Issue.record("accepted")
        } catch {
            #expect(read.isEmpty)
            #expect(!error.rendered().contains("root:x"))
            #expect(error.message == "'/etc/passwd' is not a built-in scheme or a scheme file (.yaml)")
        }
    }
}
