import Foundation
import Testing

/// A bare `save` over the loaded file keeps how it is written (encoding, line ends) and refuses to drop its comments
/// unless told (`save!`); the CLI's smaller refusals say why with the right exit code.
@Suite struct SaveKeepsFormTests {
    let fm = FileManager.default

    func folder(_ text: String? = nil) throws -> (URL, String) {
        let dir = fm.temporaryDirectory.appendingPathComponent("rubric-form-\(UUID().uuidString)")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let seed = try String(contentsOf: root.appendingPathComponent("examples/reports/seed003-zengcheng-2022.yaml"), encoding: .utf8)
        return (dir, text ?? seed)
    }

    @Test func aBareSaveRefusesToDropCommentsAndSaveBangWritesWithoutThem() throws {
        let (dir, seed) = try folder()
        let commented = seed.replacingOccurrences(of: "\ntitle:", with: "\n# 2022 年数据，审核后修改\ntitle:")
            .replacingOccurrences(of: "year: 2022", with: "year: 2022   # 年度")
        let path = dir.appendingPathComponent("c.yaml")
        try commented.write(to: path, atomically: true, encoding: .utf8)
        let refused = try runRubric(["-e", "合同备案时效性.entered = 1\nsave", "c.yaml"], in: dir)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("save would drop the comments of c.yaml (2, the first: # 2022 年数据，审核后修改)"), Comment(rawValue: refused.stderr))
        #expect(refused.stderr.contains("`save!` writes over it"))
        #expect(try String(contentsOf: path, encoding: .utf8) == commented)
        let forced = try runRubric(["-e", "合同备案时效性.entered = 1\nsave!", "c.yaml"], in: dir)
        #expect(forced.status == 0, Comment(rawValue: forced.stderr))
        let written = try String(contentsOf: path, encoding: .utf8)
        #expect(!written.contains("审核后修改") && written.contains("entered: 1"))
        // The file's own header comment, which the writer writes too, is not a loss: a plain save goes through.
        #expect(try runRubric(["-e", "合同备案时效性.entered = 0.5\nsave", "c.yaml"], in: dir).status == 0)
    }

    @Test func aBareSaveKeepsGB18030AndCRLF() throws {
        let (dir, seed) = try folder()
        let crlf = seed.replacingOccurrences(of: "\n", with: "\r\n")
        let path = dir.appendingPathComponent("g.yaml")
        try Data(try #require(Self.gb18030(crlf))).write(to: path)
        let r = try runRubric(["-e", "合同备案时效性.entered = 1\nsave", "g.yaml"], in: dir)
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        let bytes = [UInt8](try Data(contentsOf: path))
        #expect(String(validating: bytes, as: UTF8.self) == nil)                     // still GB18030, not UTF-8
        let lf = bytes.indices.filter { bytes[$0] == 0x0A }
        #expect(!lf.isEmpty && lf.allSatisfy { $0 > 0 && bytes[$0 - 1] == 0x0D })   // every line ends CR LF
        let back = try runRubric(["-e", "print 合同备案时效性.entered", "g.yaml"], in: dir)
        #expect(back.stdout == "1\n", Comment(rawValue: back.stdout + back.stderr))
    }

    /// `text` in GB18030, through iconv (as a GBK-era editor would have saved it).
    static func gb18030(_ text: String) -> [UInt8]? {
        let cd = iconv_open("GB18030", "UTF-8")
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 4 + 4)
        let n: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr = inBuf.baseAddress, outPtr = outBuf.baseAddress
                var inLeft = inBuf.count, outLeft = outBuf.count
                return iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 ? nil : outBuf.count - outLeft
            }
        }
        return n.map { output[..<$0].map { UInt8(bitPattern: $0) } }
    }

    @Test func scoringAFolderSaysItIsAFolder() throws {
        let (dir, _) = try folder()
        let r = try runRubric(["score", "."], in: dir)
        #expect(r.status == 65)
        #expect(r.stderr.contains("it is a folder (`rubric review .` scores every report in it)"), Comment(rawValue: r.stderr))
        #expect(!r.stderr.contains("permission denied"))
    }

    @Test func anExistingOutputExitsSeventyThree() throws {
        let (dir, seed) = try folder()
        try seed.write(to: dir.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        try "keep".write(to: dir.appendingPathComponent("out.csv"), atomically: true, encoding: .utf8)
        let r = try runRubric(["export", "s.yaml", "--csv", "-o", "out.csv"], in: dir)
        #expect(r.status == 73)
        #expect(try String(contentsOf: dir.appendingPathComponent("out.csv"), encoding: .utf8) == "keep")
    }

    @Test func weightsThatDoNotAddUpAreWarnedOfAndLeaveNoGrade() throws {
        let (dir, _) = try folder()
        let text = """
        rubric-report: 1
        title: "测试"
        indicators:
          - name: "产出"
            weight: 60
            children:
              - name: "数量"
                weight: 35
                rule: manual
                entered: 30
              - name: "质量"
                weight: 20
                rule: manual
                entered: 20
          - name: "效益"
            weight: 50
            rule: manual
            entered: 50

        """
        try text.write(to: dir.appendingPathComponent("w.yaml"), atomically: true, encoding: .utf8)
        let r = try runRubric(["score", "w.yaml"], in: dir)
        #expect(r.status == 0)
        #expect(r.stderr.contains("w.yaml: warning: the 一级 weights add up to 110, not 100"), Comment(rawValue: r.stderr))
        #expect(r.stderr.contains("1 产出: children's weights add up to 55, not its weight 60"))
        #expect(r.stdout.contains("总分 100.00"))
        #expect(r.stdout.contains("等级 — (no grade: the 一级 weights add up to 110, not 100)"), Comment(rawValue: r.stdout))
        let e = try runRubric(["-e", "explain total", "w.yaml"], in: dir)
        #expect(e.stdout.contains("grade: none: the 一级 weights add up to 110, not 100"), Comment(rawValue: e.stdout))
        #expect(e.stdout.contains("效益 = 50.00 (scored by its own rule, manual)"))
        // `check` lists them once, as findings.
        let c = try runRubric(["check", "w.yaml"], in: dir)
        #expect(c.stdout.components(separatedBy: "the 一级 weights add up to 110").count == 2)
        #expect(!c.stderr.contains("weights"))
    }

    @Test func theCommonestYAMLSlipsAreNamed() throws {
        let (dir, _) = try folder()
        let cases: [(String, String, String)] = [
            ("rubric-report: 1\ntitle: \"x\"\nindicators:\n  - name: \"甲\"\n\tweight: 10\n", "t.yaml:5:1: error: a tab indents line 5", "replace the tab with spaces"),
            ("rubric-report: 1\ntitle： \"x\"\n", "f.yaml:2:6: error: a full-width colon after 'title'", "write `title: ` with the half-width colon"),
            ("rubric-report: 1\ntitle: \"x\"\nindicators:\n  - name: \"甲\"\n    weight： 10\n", "g.yaml:5:11: error: a full-width colon after 'weight'", "半角冒号"),
            ("rubric-report: 1\ntitle: \"x\"\n\u{3000}\u{3000}year: 2022\n", "s.yaml:3:1: error: unknown key '\u{3000}\u{3000}year' in a report", "indent with half-width spaces"),
        ]
        for (k, (text, message, hint)) in cases.enumerated() {
            let name = ["t", "f", "g", "s"][k] + ".yaml"
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
            let r = try runRubric(["score", name], in: dir)
            #expect(r.status == 65)
            #expect(r.stderr.contains(message), Comment(rawValue: r.stderr))
            #expect(r.stderr.contains(hint), Comment(rawValue: r.stderr))
        }
    }
}
