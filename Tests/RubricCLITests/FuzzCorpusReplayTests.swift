import Foundation
import Testing

/// The regression corpus (Tests/Corpus/<target>/, where scripts/fuzz keeps what it finds) and the malformed-input
/// corpus replayed through every fuzz target by the plain build of RubricFuzz: no crash, every saved report loads again.
@Suite struct FuzzCorpusReplayTests {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let package = tests.deletingLastPathComponent()

    @Test func theCorporaReplayWithoutACrash() throws {
        let bin = Self.package.appendingPathComponent(".build/debug/RubricFuzz")
        try #require(FileManager.default.fileExists(atPath: bin.path), "build first: swift build")
        let p = Process()
        p.executableURL = bin
        p.currentDirectoryURL = Self.package
        let folders = ["language", "report", "scheme", "table", "malformed"].map { "Tests/Corpus/" + $0 }
        p.arguments = folders + ["examples/reports", "examples/schemes", "examples/tables", "examples/scripts"]
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-replay-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let h = try FileHandle(forWritingTo: log)
        p.standardOutput = h
        p.standardError = h
        try p.run()
        p.waitUntilExit()
        try? h.close()
        let out = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(p.terminationStatus == 0, Comment(rawValue: out))
        #expect(out.contains("no crash"))
    }
}
