import Foundation
import Testing
@testable import RubricCore

/// The fast block-YAML reader against libyaml: the same document wherever it reads a text itself.
@Suite struct BlockYAMLReaderTests {
    static let root = WhatIfFixtures.packageRoot

    static func bundledYAML() throws -> [(String, String)] {
        var out: [(String, String)] = []
        for dir in ["examples/reports", "examples/schemes", "examples/forms", "Tests/Corpus/malformed", "Tests/RubricCLITests/Fixtures/review"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(dir).path).filter { $0.hasSuffix(".yaml") }.sorted()
            for n in names {
                let data = try Data(contentsOf: root.appendingPathComponent(dir + "/" + n))
                out.append((dir + "/" + n, String(decoding: data, as: UTF8.self)))
            }
        }
        return out
    }

    @Test func everyBundledReportAndSchemeIsReadFastAndAsLibYAMLReadsIt() throws {
        let files = try Self.bundledYAML()
        #expect(files.count > 100)
        for (name, text) in files {
            #expect(YAMLReaderComparison.disagreement(text) == nil, "\(name): \(YAMLReaderComparison.disagreement(text) ?? "")")
            if name.hasPrefix("examples/reports/") {
                // Reports as Rubric writes them are what the fast reader is for: a bundled one it declined would mean
                // the reader does not cover what the writer writes.
                #expect(YAMLReaderComparison.isReadFast(text), "\(name) is left to libyaml")
            }
        }
    }

    /// Small texts at the edges of the subset: read fast or declined as stated, and never read differently.
    @Test(arguments: [
        ("a: 1\nb: \"x y\"\nc: 'z'\n", true),
        ("a:\n- 1\n- 2\nb: 3\n", true),                       // a list at its key's indentation
        ("- a: 1\n  b: 2\n- c: 3\n", true),
        ("-\n  a: 1\n", true),
        ("a: 1 # note\n# alone\n\n   # indented\nb: x#y\n", true),
        ("名称: 在职人员控制率\n  \nx: 甲: 乙\n", false),            // `: ` inside a value
        ("a: hello\n  world\n", false),                      // continued on the next line
        ("a:\nb: 1\n", false),                               // an empty value
        ("a: [1, 2]\n", false), ("a: {b: 1}\n", false), ("a: |\n  x\n", false), ("a: &x 1\nb: *x\n", false),
        ("a: !!str 1\n", false), ("--- \na: 1\n", false), ("a: 1\n...\n", false), ("%YAML 1.1\n---\na: 1\n", false),
        ("a: \"x\\ty\"\n", false), ("a: 'it''s'\n", false), ("a:\t1\n", false), ("a: 1\r\nb: 2\r\n", false),
        ("\u{FEFF}a: 1\n", false), ("a: x\u{85}y\n", false), ("a: x\u{2028}y\n", false),
        ("- - a\n", false), ("? a\n: b\n", false), ("\"a\": 1\n", false), ("a: \"x\" y\n", false),
        ("  a: 1\n", false), ("a: 1\n b: 2\n", false), ("a:\n  - 1\n - 2\n", false), ("- a\nb: 1\n", false),
        ("a: -1\nb: -x\nc: :x\nd: ?y\n", true), ("a: 1,2\nb: x]\n", true), ("a: '\"'\nb: \"'\"\n", true),
        ("a:\n" + String(repeating: " ", count: 255) + "- x\n", false),   // `- ` past the guard's depth: libyaml's to refuse
        ("a:\n" + String(repeating: " ", count: 250) + "- b: 1\n", true),
        ("k:   \n  j: 1\n", true), ("a: 1\nrule: manual", true), ("a: 610家", true), ("- x\n- 甲", true), ("a:\n  b: \"q\"", true), ("a: \"x\"#c\n", false), ("a: \"x\" #c\n", true),
    ])
    func edgesOfTheSubset(_ text: String, fast: Bool) {
        #expect(YAMLReaderComparison.isReadFast(text) == fast, "\(text.debugDescription)")
        #expect(YAMLReaderComparison.disagreement(text) == nil, "\(text.debugDescription): \(YAMLReaderComparison.disagreement(text) ?? "")")
    }

    /// Random edits of the bundled files (inserted indicators, deleted runs, moved indentation, swapped lines): where
    /// the fast reader accepts the result, libyaml accepts it and composes the same nodes, lines and columns.
    @Test func mutatedFilesAreNeverReadDifferently() throws {
        let pieces = [": ", ":", " #", "#", "- ", "-", "\"", "'", "\\", "[", "]", "{", "}", ",", "|", ">", "&a ", "*a", "!", "%",
                      "@", "`", "?", " ", "  ", "\n", "\n  ", "\n- ", "---", "...", "\t", "\r", "甲", "：", "x: y", "\u{85}", "''"]
        var rng = SplitMix64(seed: 20_261_126)
        var fastCount = 0, total = 0
        for (name, text) in try Self.bundledYAML() where name.hasPrefix("examples/") {
            let base = Array(text.unicodeScalars)
            for _ in 0..<400 {
                var s = base
                for _ in 0..<(1 + Int(rng.next() % 3)) {
                    let at = Int(rng.next() % UInt64(s.count + 1))
                    switch rng.next() % 5 {
                    case 0, 1: s.insert(contentsOf: pieces[Int(rng.next() % UInt64(pieces.count))].unicodeScalars, at: at)
                    case 2: s.removeSubrange(at..<min(s.count, at + Int(rng.next() % 6)))
                    case 3:
                        // Indent or outdent the line holding `at`.
                        var ls = at
                        while ls > 0 && s[ls - 1] != "\n" { ls -= 1 }
                        if rng.next() % 2 == 0 { s.insert(contentsOf: "  ".unicodeScalars, at: ls) } else if ls < s.count && s[ls] == " " { s.remove(at: ls) }
                    default:
                        // Swap the line holding `at` with the next one.
                        var lines = String(String.UnicodeScalarView(s)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                        let k = lines.isEmpty ? 0 : Int(rng.next() % UInt64(lines.count))
                        if k + 1 < lines.count { lines.swapAt(k, k + 1) }
                        s = Array(lines.joined(separator: "\n").unicodeScalars)
                    }
                }
                // Some files end without a line break.
                if rng.next() % 4 == 0 { while s.last == "\n" { s.removeLast() } }
                let mutated = String(String.UnicodeScalarView(s))
                total += 1
                if YAMLReaderComparison.isReadFast(mutated) { fastCount += 1 }
                if let d = YAMLReaderComparison.disagreement(mutated) {
                    Issue.record("\(name), mutated: \(d)\n\(mutated)")
                    return
                }
            }
        }
        // The edits must leave many texts inside the subset, or the comparison proves little.
        #expect(fastCount * 5 > total, "\(fastCount) of \(total) mutated texts read fast")
    }
}

