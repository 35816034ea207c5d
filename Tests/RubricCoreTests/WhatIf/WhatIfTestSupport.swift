import Foundation
@testable import RubricCore

/// An in-memory ``FileAccess`` for what-if tests: files in a dictionary, writes refuse to replace unless forced.
final class WhatIfMemoryFiles: FileAccess {
    var contents: [String: String]
    init(_ contents: [String: String] = [:]) { self.contents = contents }
    func read(_ path: String) throws(FileAccessError) -> String {
        guard let t = contents[path] else { throw .notFound(path) }
        return t
    }
    func exists(_ path: String) -> Bool { contents[path] != nil }
    func write(_ text: String, to path: String, overwrite: Bool) throws(FileAccessError) {
        if contents[path] != nil && !overwrite { throw .exists(path) }
        contents[path] = text
    }
}

/// A read-only ``FileAccess`` on the package directory (lessons load ../reports/…); writes are refused.
final class PackageFiles: FileAccess {
    func read(_ path: String) throws(FileAccessError) -> String {
        guard let t = try? String(contentsOf: WhatIfFixtures.url(path), encoding: .utf8) else { throw .notFound(path) }
        return t
    }
    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: WhatIfFixtures.url(path).path) }
    func write(_ text: String, to path: String, overwrite: Bool) throws(FileAccessError) { throw .unwritable(path, "read-only in tests") }
}

/// The seed-003 fixture and helpers to run Rubric text in a session.
enum WhatIfFixtures {
    static let testsRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let packageRoot = testsRoot.deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ path: String) -> URL { path.hasPrefix("/") ? URL(fileURLWithPath: path) : packageRoot.appendingPathComponent(path) }

    static let seed003: String = (try? String(contentsOf: testsRoot.appendingPathComponent("Fixtures/seed003.yaml"), encoding: .utf8)) ?? ""

    /// A session with seed 003 loaded from memory (as `seed003.yaml`), plus any extra files.
    static func session(_ extra: [String: String] = [:]) throws -> (Session, WhatIfMemoryFiles) {
        var files = extra
        files["seed003.yaml"] = seed003
        let mem = WhatIfMemoryFiles(files)
        let s = Session(files: mem)
        try s.load("seed003.yaml")
        return (s, mem)
    }

    /// A small report with one target-list indicator: a target of 100 (weight 10) and an actual of 120.
    static let targetsReport = """
    rubric-report: 1
    title: "targets test"
    scheme: "guangzhou-department"
    indicators:
      - name: "产出"
        code: "1"
        weight: 10
        targets:
          - name: "新增企业"
            code: "1.1"
            target: 100
            actual: 120
      - name: "管理"
        code: "2"
        weight: 90
        entered: 80
        rule: manual
    """
}

extension Session {
    /// Runs text as a script and returns the outputs; fails the run on the first error.
    func script(_ text: String, name: String = "<test>") -> RunResult {
        runScript(SourceFile(name: name, text: text))
    }
}

extension Output {
    /// The output as plain text (tables rendered, deltas summarised).
    var plain: String {
        switch self {
        case .text(let t), .document(let t): return t
        case .table(let t): return ([t.title].compactMap { $0 } + [t.columns.joined(separator: "  ")] + t.rows.map { $0.joined(separator: "  ") } + t.footer).joined(separator: "\n")
        case .diagnostic(let d): return d.rendered()
        case .delta(let d): return "\(d.action): \(d.oldTotal) → \(d.newTotal) \(d.newGrade)"
        }
    }
}
