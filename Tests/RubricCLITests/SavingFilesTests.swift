import Foundation
import Testing

/// Saving through the real binary onto real files: modes kept, links followed, stale temporaries cleaned, checks before writing.
@Suite struct SavingFilesTests {
    let fm = FileManager.default

    /// A fresh folder holding seed 003 as `s.yaml`.
    func folder() throws -> URL {
        let dir = fm.temporaryDirectory.appendingPathComponent("rubric-save-\(UUID().uuidString)")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try fm.copyItem(at: root.appendingPathComponent("examples/reports/seed003-zengcheng-2022.yaml"), to: dir.appendingPathComponent("s.yaml"))
        return dir
    }

    @Test func saveKeepsTheFilesModeAndWritesThroughASymlink() throws {
        let dir = try folder()
        let real = dir.appendingPathComponent("s.yaml").path
        try fm.setAttributes([.posixPermissions: 0o640], ofItemAtPath: real)
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("link.yaml").path, withDestinationPath: "s.yaml")
        let r = try runRubric(["-e", "合同备案时效性.entered = 1\nsave", "link.yaml"], in: dir)
        #expect(r.status == 0)
        #expect(try fm.destinationOfSymbolicLink(atPath: dir.appendingPathComponent("link.yaml").path) == "s.yaml")
        #expect((try fm.attributesOfItem(atPath: real)[.posixPermissions] as? NSNumber)?.intValue == 0o640)
        #expect(try String(contentsOfFile: real, encoding: .utf8).contains("entered: 1"))
    }

    @Test func aStaleTemporaryFromAKilledSaveIsRemoved() throws {
        let dir = try folder()
        // PIDs above the kernel's pid_max (at most 4194304) never run.
        let stale = dir.appendingPathComponent(".s.yaml.99999999.tmp").path
        #expect(fm.createFile(atPath: stale, contents: Data("half".utf8)))
        let r = try runRubric(["-e", "save", "s.yaml"], in: dir)
        #expect(r.status == 0)
        #expect(!fm.fileExists(atPath: stale))
        #expect(try fm.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test func aScriptWithAnUnknownNameOnALaterLineWritesNothing() throws {
        let dir = try folder()
        let before = try String(contentsOfFile: dir.appendingPathComponent("s.yaml").path, encoding: .utf8)
        let script = "load \"s.yaml\"\n合同备案时效性.entered = 1\nsave\nexport csv \"out.csv\"\nprint 不存在.score\n"
        try script.write(to: dir.appendingPathComponent("a.rubric"), atomically: true, encoding: .utf8)
        let r = try runRubric(["a.rubric"], in: dir)
        #expect(r.status == 65)
        #expect(r.stderr.contains("a.rubric:5:7: error: no indicator or variable named '不存在'"))
        #expect(try String(contentsOfFile: dir.appendingPathComponent("s.yaml").path, encoding: .utf8) == before)
        #expect(!fm.fileExists(atPath: dir.appendingPathComponent("out.csv").path))
    }

    @Test func exportBangReplacesAnExportAndKeepsItsFormat() throws {
        let dir = try folder()
        #expect(try runRubric(["-e", "export csv \"f.csv\"", "s.yaml"], in: dir).status == 0)
        let again = try runRubric(["-e", "export csv \"f.csv\"", "s.yaml"], in: dir)
        #expect(again.status != 0)
        #expect(again.stderr.contains("`export! csv \"f.csv\"` replaces it"))
        #expect(try runRubric(["-e", "export! csv \"f.csv\"", "s.yaml"], in: dir).status == 0)
        let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent("f.csv")))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))                       // the BOM Excel needs
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self).hasPrefix("标题,"))
        // rubric reads its own export back, to the same total.
        let back = try runRubric(["score", "f.csv"], in: dir)
        let original = try runRubric(["score", "s.yaml"], in: dir)
        #expect(back.status == 0, Comment(rawValue: back.stderr))
        #expect(back.stdout.split(separator: "\n").suffix(2) == original.stdout.split(separator: "\n").suffix(2))
    }
}
