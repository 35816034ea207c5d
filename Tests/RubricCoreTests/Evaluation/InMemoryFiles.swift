import Foundation
@testable import RubricCore

/// A ``FileAccess`` that keeps files in a dictionary: sessions under test never touch the disk.
///
/// Writes follow the real rules: an existing file is replaced only with `overwrite`.
final class InMemoryFiles: FileAccess {
    private(set) var contents: [String: String]
    /// Every path written, in order.
    private(set) var writes: [String] = []

    init(_ contents: [String: String] = [:]) {
        self.contents = contents
    }

    /// `out/../a.yaml` and `./a.yaml` name `a.yaml`, as on a real file system.
    static func key(_ path: String) -> String {
        (path.hasPrefix("/") ? "/" : "") + FilePath.normalized(path).joined(separator: "/")
    }

    func read(_ path: String) throws(FileAccessError) -> String {
        guard let text = contents[Self.key(path)] else { throw .notFound(path) }
        return text
    }

    func exists(_ path: String) -> Bool { contents[Self.key(path)] != nil }

    func write(_ text: String, to path: String, overwrite: Bool) throws(FileAccessError) {
        if contents[Self.key(path)] != nil && !overwrite { throw .exists(path) }
        contents[Self.key(path)] = text
        writes.append(path)
    }
}

/// Fixture files next to the tests, found from this file's path.
enum EvaluationFixtures {
    static let fixturesRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The seed 003 自评表 (增城区 2022) as published, tab-separated.
    static let seed003: String = {
        let url = fixturesRoot.appendingPathComponent("seed003.tsv")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// The path the fixture is known by inside ``InMemoryFiles``.
    static let seed003Path = "seed003.tsv"

    /// A session over in-memory files holding the seed 003 table, with the report loaded.
    static func seed003Session(arguments: [String] = [], extraFiles: [String: String] = [:]) throws -> (Session, InMemoryFiles) {
        var files = extraFiles
        files[seed003Path] = seed003
        let memory = InMemoryFiles(files)
        let session = Session(files: memory, arguments: arguments)
        let out = session.run(SourceFile(name: "<setup>", text: "load \"\(seed003Path)\""))
        for o in out {
            if case .diagnostic(let d) = o, d.severity == .error { throw d }
        }
        return (session, memory)
    }
}
