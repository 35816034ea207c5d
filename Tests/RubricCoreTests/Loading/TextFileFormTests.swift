import Testing
@testable import RubricCore

/// How a loaded file is written, so `save` over it keeps its encoding and line ends and asks before dropping comments.
@Suite struct TextFileFormTests {
    @Test func commentsAreFoundOutsideQuotesOnly() {
        let text = """
        # 报告说明
        title: "2022 #1 号文"   # 标题
        note: 'a # b'
        url: http://x#y
        - "甲" # 列表
          #缩进的注释
        weight: 10#not a comment
        """
        #expect(YAMLComments.texts(in: text) == ["# 报告说明", "# 标题", "# 列表", "#缩进的注释"])
    }

    @Test func quotesEscapesAndBlockScalarsAreNotMistakenForComments() {
        let text = """
        a: 'it''s # inside'
        b: "say \\" # inside"
        c: 按 'A 类 # 2023 口径
        d: |
          # inside the block
          text
        e: >-
            # also inside
        f: "runs
          # inside, over a line"
        g: 1 # after
        """
        // A quote inside a plain value opens nothing: the `#` after a blank in `c` starts a comment.
        #expect(YAMLComments.texts(in: text) == ["# 2023 口径", "# after"])
    }

    @Test func commentsDroppedAreThoseTheNewTextLacks() {
        let form = TextFileForm.of(Array("# Rubric report (docs/report-format.md)\n# 审核意见\ntitle: \"x\" # 标题\n".utf8))!
        #expect(form.comments == ["# Rubric report (docs/report-format.md)", "# 审核意见", "# 标题"])
        #expect(form.comments(droppedBy: "# Rubric report (docs/report-format.md)\ntitle: \"x\"\n") == ["# 审核意见", "# 标题"])
        #expect(form.comments(droppedBy: "# 审核意见\n# 标题\n# Rubric report (docs/report-format.md)\n").isEmpty)
    }

    @Test func aFileIsWrittenBackInItsOwnForm() throws {
        let text = "title: \"增城区\"\nyear: 2022\n"
        // UTF-8 with LF: plain.
        let plain = try #require(TextFileForm.of(Array(text.utf8)))
        #expect(plain.isPlain)
        #expect(plain.encode(text) == Array(text.utf8))
        // CR LF and a BOM are kept.
        let crlf = Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let bom = try #require(TextFileForm.of([0xEF, 0xBB, 0xBF] + crlf))
        #expect(!bom.isPlain && bom.crlf && bom.byteOrderMark)
        #expect(bom.encode(text) == [0xEF, 0xBB, 0xBF] + crlf)
        // GB18030 reads back as the same text, in GB18030.
        let gb = try #require(TextDecoding.gb18030Bytes(text.replacingOccurrences(of: "\n", with: "\r\n")))
        let gbForm = try #require(TextFileForm.of(gb))
        #expect(gbForm.encoding == .gb18030 && gbForm.crlf)
        let written = try #require(gbForm.encode(text))
        #expect(written == gb)
        guard case .success(let back) = TextDecoding.decode(written, name: "g") else { Issue.record("unreadable"); return }
        #expect(back.text == text.replacingOccurrences(of: "\n", with: "\r\n"))
        // UTF-16 (with its mark) stays UTF-16.
        var utf16: [UInt8] = [0xFF, 0xFE]
        for u in text.utf16 { utf16 += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let u16 = try #require(TextFileForm.of(utf16))
        #expect(u16.encoding == .utf16 && u16.encode(text) == utf16)
        // Big-endian UTF-16 stays big-endian.
        var be: [UInt8] = [0xFE, 0xFF]
        for u in text.utf16 { be += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        let beForm = try #require(TextFileForm.of(be))
        #expect(beForm.bigEndian && beForm.encode(text) == be)
    }
}
