#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a file's bytes into text: UTF-8 (with or without a BOM), UTF-16 with a BOM, or GB18030/GBK as Chinese Excel
/// saves CSV. A file that is none of these says what it looks like (a workbook, a Word or PDF document, binary)
/// and where the first byte that is not text stands.
public enum TextDecoding {
    /// What a file's bytes were read as.
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", utf16 = "UTF-16", gb18030 = "GB18030" }

    /// The text and the encoding it was read in, or why it is not text (a message naming what was tried).
    public static func decode(_ bytes: [UInt8], name: String) -> Result<(text: String, encoding: Encoding), FileAccessError> {
        if let kind = binaryKind(bytes, name: name) { return .failure(.unreadable(name, kind)) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            var i = 2
            while i + 1 < bytes.count {
                units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            var text = ""
            var it = units.makeIterator()
            var decoder = UTF16()
            loop: while true {
                switch decoder.decode(&it) {
                case .scalarValue(let u): text.unicodeScalars.append(u)
                case .emptyInput: break loop
                case .error: return .failure(.unreadable(name, Message.notValidUTF16.text()))
                }
            }
            return .success((text, .utf16))
        }
        if let nul = body.firstIndex(of: 0) {
            // Binary: its bytes are not quoted, only the place named.
            return .failure(.unreadable(name, Message.binaryNulAt.text(place(bytes, nul))))
        }
        if let text = String(validating: body, as: UTF8.self) { return .success((text, .utf8)) }
        let gb = gb18030(Array(body))
        if case .success(let text) = gb { return .success((text, .gb18030)) }
        let bad = firstInvalidUTF8(bytes)
        let table = [".csv", ".tsv", ".txt"].contains { name.lowercased().hasSuffix($0) }
        var why = Message.notUTF8Byte.text(String(bytes[bad], radix: 16, uppercase: true))
        if case .failure(let stop) = gb, stop.offset < body.count {
            let offset = stop.offset + (bytes.count - body.count)
            why += Message.norGB18030Byte.text(String(bytes[offset], radix: 16, uppercase: true), place(bytes, offset))
        }
        why += Message.norUTF16.text() + (table ? Message.saveTableAsCSVUTF8 : Message.saveAsUTF8Text).text()
        return .failure(notText(name, why, bytes, bad))
    }

    /// A not-text error at byte `offset`: the text read as far as it goes (bad bytes as U+FFFD), located there.
    static func notText(_ name: String, _ why: String, _ bytes: [UInt8], _ offset: Int) -> FileAccessError {
        let readable = String(decoding: bytes, as: UTF8.self)
        let at = String(decoding: bytes[..<offset], as: UTF8.self).utf8.count
        return .notText(name, why, text: readable, offset: at)
    }

    /// What a non-text file is, by its first bytes and name, with what to do; nil for anything that may be text.
    static func binaryKind(_ b: [UInt8], name: String) -> String? {
        let lower = name.lowercased()
        if b.starts(with: [0x50, 0x4B, 0x03, 0x04]) || b.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            // The names of a zip's first entries are plain text near its start: they tell a workbook from a document.
            let head = String(decoding: b.prefix(4096), as: UTF8.self)
            if head.contains("xl/") && !lower.hasSuffix(".xlsx") { return Message.excelUnderOtherName.text() }
            if head.contains("word/") && !lower.hasSuffix(".docx") { return Message.wordUnderOtherName.text() }
            if lower.hasSuffix(".docx") { return Message.wordDocument.text() }
            if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") { return Message.excelReadAsText.text() }
            return Message.zipNotTable.text()
        }
        if b.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return Message.oldOfficeFile.text() }
        if b.starts(with: Array("%PDF".utf8)) { return Message.pdfDocument.text() }
        return nil
    }

    /// `line 3, column 5` of a byte offset (columns counted in characters of the readable prefix).
    static func place(_ b: [UInt8], _ offset: Int) -> String {
        let before = b[..<offset]
        let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: b[lineStart..<offset], as: UTF8.self).count + 1
        return Message.lineColumn.text(String(line), String(column))
    }

    static func firstInvalidUTF8(_ b: [UInt8]) -> Int {
        var i = 0
        while i < b.count {
            let c = b[i]
            let n = c < 0x80 ? 1 : c >> 5 == 0b110 ? 2 : c >> 4 == 0b1110 ? 3 : c >> 3 == 0b11110 ? 4 : 0
            if n == 0 || i + n > b.count { return i }
            for k in 1..<n where b[i + k] >> 6 != 0b10 { return i }
            if String(validating: b[i..<(i + n)], as: UTF8.self) == nil { return i }
            i += n
        }
        return max(0, b.count - 1)
    }

    /// Where a decoding stopped: the offset of the first byte it could not read.
    struct StoppedAt: Error { var offset: Int }

    /// GB18030 (a superset of GBK and GB2312) through iconv; where it stopped otherwise.
    static func gb18030(_ bytes: [UInt8]) -> Result<String, StoppedAt> {
        switch convert(bytes, from: "GB18030", to: "UTF-8") {
        case .failure(let at): return .failure(at)
        case .success(let out):
            guard let text = String(validating: out, as: UTF8.self) else { return .failure(StoppedAt(offset: 0)) }
            return .success(text)
        }
    }

    /// `text` in GB18030 (for writing a file back in the encoding it was read in); nil if iconv cannot.
    static func gb18030Bytes(_ text: String) -> [UInt8]? {
        try? convert(Array(text.utf8), from: "UTF-8", to: "GB18030").get()
    }

    /// `bytes` converted by iconv (at most 4 output bytes per input byte, enough between UTF-8 and GB18030).
    static func convert(_ bytes: [UInt8], from: String, to: String) -> Result<[UInt8], StoppedAt> {
        let cd = iconv_open(to, from)
        guard cd != iconv_t(bitPattern: -1) else { return .failure(StoppedAt(offset: 0)) }
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 4)
        let written: Result<Int, StoppedAt> = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                var inLeft = inBuf.count, outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                return r == -1 || inLeft != 0 ? .failure(StoppedAt(offset: inBuf.count - inLeft)) : .success(outBuf.count - outLeft)
            }
        }
        return written.map { n in output[..<n].map { UInt8(bitPattern: $0) } }
    }
}
