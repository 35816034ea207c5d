import Foundation
import RubricCore

/// A small streaming XML reader for the parts of a workbook (SpreadsheetML): elements with attributes, text with
/// the five named entities and character references, CDATA, comments, processing instructions. It reports elements
/// and text to a handler as it goes, linear in the size of the part.
///
/// What a workbook never holds is refused rather than guessed: a DOCTYPE (and so any entity it could define), an
/// undefined entity, a part that is not UTF-8. Every refusal names the line, so a damaged part is an error at its
/// place, never a silent partial read. (It replaces Foundation's XMLParser, whose libxml2 and ICU libraries were a
/// noticeable part of every `rubric` start.)
struct XMLScanner {
    /// What the scanner reports.
    protocol Handler: AnyObject {
        func start(_ name: String, attributes: [String: String])
        func end(_ name: String)
        func text(_ text: String)
    }

    /// Why a part is not well-formed, and the line.
    struct Failure: Error {
        var line: Int
        var why: Message
    }

    private let bytes: [UInt8]
    private var i = 0
    private var line = 1

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Reads the whole part, calling `handler`; throws at the first thing that is not well-formed.
    static func scan(_ bytes: [UInt8], handler: Handler) throws(Failure) {
        var s = XMLScanner(bytes)
        try s.run(handler)
    }

    private func fail(_ why: Message) -> Failure { Failure(line: line, why: why) }

    private mutating func run(_ handler: Handler) throws(Failure) {
        // UTF-8 only: a byte order mark of another encoding, bytes that are not UTF-8, or a declaration naming
        // another encoding are refused (read as UTF-8 they would be garbled, not refused).
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) || String(validating: bytes, as: UTF8.self) == nil {
            throw fail(.xmlNotUTF8)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        if let encoding = declaredEncoding(), !["utf-8", "utf8"].contains(encoding.lowercased()) { throw fail(.xmlNotUTF8) }
        var open: [String] = []
        var sawRoot = false
        var text: [UInt8] = []
        func flush() {
            guard !text.isEmpty else { return }
            handler.text(String(decoding: text, as: UTF8.self))
            text.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let c = bytes[i]
            if c != 0x3C {   // text up to the next '<' (outside the root element, only blanks, not reported)
                if open.isEmpty {
                    guard isBlank(c) else { throw fail(.xmlTextOutsideElement) }
                    skipBlanks()
                } else {
                    try readText(into: &text)
                }
                continue
            }
            if starts("<!--") {
                flush()
                try skip(past: "-->", else: .xmlEndsInComment)
            } else if starts("<![CDATA[") {
                guard !open.isEmpty else { throw fail(.xmlTextOutsideElement) }
                i += 9
                let from = i
                try skip(past: "]]>", else: .xmlEndsInCDATA)
                text.append(contentsOf: bytes[from..<(i - 3)])
            } else if starts("<?") {
                flush()
                try skip(past: "?>", else: .xmlEndsInInstruction)
            } else if starts("<!") {
                throw fail(.xmlDeclaration)
            } else if starts("</") {
                flush()
                i += 2
                let name = try readName()
                skipBlanks()
                guard i < bytes.count, bytes[i] == 0x3E else { throw fail(.xmlMalformedEndTag) }
                i += 1
                guard let top = open.popLast() else { throw fail(.xmlEndTagNoElement) }
                guard top == name else { throw fail(.xmlWrongEndTag) }
                handler.end(name)
            } else {
                flush()
                if open.isEmpty && sawRoot { throw fail(.xmlSecondRoot) }
                i += 1
                let name = try readName()
                var attributes: [String: String] = [:]
                while true {
                    let blanks = skipBlanks()
                    guard i < bytes.count else { throw fail(.xmlEndsOpen) }
                    if bytes[i] == 0x3E {   // >
                        i += 1
                        open.append(name)
                        sawRoot = true
                        handler.start(name, attributes: attributes)
                        break
                    }
                    if bytes[i] == 0x2F {   // />
                        guard i + 1 < bytes.count, bytes[i + 1] == 0x3E else { throw fail(.xmlMalformedAttribute) }
                        i += 2
                        sawRoot = true
                        handler.start(name, attributes: attributes)
                        handler.end(name)
                        break
                    }
                    guard blanks > 0 else { throw fail(.xmlMalformedAttribute) }
                    let key = try readName()
                    skipBlanks()
                    guard i < bytes.count, bytes[i] == 0x3D else { throw fail(.xmlMalformedAttribute) }
                    i += 1
                    skipBlanks()
                    guard i < bytes.count, bytes[i] == 0x22 || bytes[i] == 0x27 else { throw fail(.xmlMalformedAttribute) }
                    let quote = bytes[i]
                    i += 1
                    var value: [UInt8] = []
                    while true {
                        guard i < bytes.count else { throw fail(.xmlEndsOpen) }
                        let b = bytes[i]
                        if b == quote { i += 1; break }
                        if b == 0x3C { throw fail(.xmlMalformedAttribute) }
                        if b == 0x26 { try readEntity(into: &value); continue }
                        if b == 0x0A { line += 1 }
                        if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { throw fail(.xmlMalformedAttribute) }
                        // Attribute values are normalized: a tab or line break (CR LF as one) reads as a space.
                        if b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1; line += 1 }
                        value.append(b == 0x09 || b == 0x0A || b == 0x0D ? 0x20 : b)
                        i += 1
                    }
                    guard attributes.updateValue(String(decoding: value, as: UTF8.self), forKey: key) == nil else {
                        throw fail(.xmlAttributeTwice)
                    }
                }
            }
        }
        flush()
        guard open.isEmpty, sawRoot else { throw fail(.xmlEndsOpen) }
    }

    private func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    /// The `encoding` the XML declaration at the start names, if any.
    private func declaredEncoding() -> String? {
        guard starts("<?xml"), let end = (i..<bytes.count).first(where: { bytes[$0] == 0x3F && $0 + 1 < bytes.count && bytes[$0 + 1] == 0x3E }) else { return nil }
        let declaration = String(decoding: bytes[i..<end], as: UTF8.self)
        guard let range = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    /// Whether XML allows the character (no control characters but tab, line feed and carriage return).
    private static func isAllowed(_ v: UInt32) -> Bool {
        v == 0x09 || v == 0x0A || v == 0x0D || (v >= 0x20 && v != 0xFFFE && v != 0xFFFF)
    }

    private func starts(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        let p = s.utf8Start
        for k in 0..<n where bytes[i + k] != p[k] { return false }
        return true
    }

    @discardableResult
    private mutating func skipBlanks() -> Int {
        let from = i
        while i < bytes.count, isBlank(bytes[i]) {
            if bytes[i] == 0x0A { line += 1 }
            i += 1
        }
        return i - from
    }

    private mutating func skip(past end: StaticString, else unclosed: Message) throws(Failure) {
        while i < bytes.count {
            if starts(end) { i += end.utf8CodeUnitCount; return }
            if bytes[i] == 0x0A { line += 1 }
            i += 1
        }
        throw fail(unclosed)
    }

    /// An element or attribute name: letters, digits, `_ - . :` and any non-ASCII character.
    private mutating func readName() throws(Failure) -> String {
        let from = i
        while i < bytes.count {
            let b = bytes[i]
            let ok = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b >= 0x80 || b == 0x5F || b == 0x3A
                || (i > from && ((b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2E))
            guard ok else { break }
            i += 1
        }
        guard i > from else { throw fail(i < bytes.count ? .xmlMalformedTag : .xmlEndsOpen) }
        return String(decoding: bytes[from..<i], as: UTF8.self)
    }

    /// Text up to the next `<`: entities decoded, a CR LF read as LF.
    private mutating func readText(into text: inout [UInt8]) throws(Failure) {
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x3C { return }
            if b == 0x26 { try readEntity(into: &text); continue }
            if b == 0x0D {
                text.append(0x0A)
                i += 1
                if i < bytes.count && bytes[i] == 0x0A { line += 1; i += 1 }
                continue
            }
            if b == 0x0A { line += 1 }
            if b < 0x20 && b != 0x09 && b != 0x0A { throw fail(.xmlBadCharacterReference) }
            text.append(b)
            i += 1
        }
    }

    /// `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` `&#65;` `&#x41;`; any other entity is not defined in a workbook part.
    private mutating func readEntity(into out: inout [UInt8]) throws(Failure) {
        var end = i + 1
        while end < bytes.count && end - i < 32 && bytes[end] != 0x3B { end += 1 }
        guard end < bytes.count, bytes[end] == 0x3B else { throw fail(.xmlUndefinedEntity) }
        let name = Array(bytes[(i + 1)..<end])
        i = end + 1
        switch name {
        case Array("lt".utf8): out.append(0x3C)
        case Array("gt".utf8): out.append(0x3E)
        case Array("amp".utf8): out.append(0x26)
        case Array("quot".utf8): out.append(0x22)
        case Array("apos".utf8): out.append(0x27)
        default:
            guard name.first == 0x23 else { throw fail(.xmlUndefinedEntity) }
            let hex = name.count > 1 && (name[1] == 0x78 || name[1] == 0x58)
            let digits = String(decoding: name.dropFirst(hex ? 2 : 1), as: UTF8.self)
            let isDigit: (Character) -> Bool = hex ? { $0.isHexDigit } : { ("0"..."9").contains($0) }
            guard !digits.isEmpty, digits.allSatisfy(isDigit), let v = UInt32(digits, radix: hex ? 16 : 10),
                  let scalar = Unicode.Scalar(v), Self.isAllowed(v) else {
                throw fail(.xmlBadCharacterReference)
            }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
    }
}

/// Workbook parts read from raw bytes, for the `workbook` fuzz target: the bytes as a sheet, as shared strings and as
/// styles, each read or refused with a diagnostic (never a trap).
public enum WorkbookPartReading {
    /// Reads `bytes` as each kind of part; returns how many readings succeeded.
    public static func readAll(_ bytes: [UInt8]) -> Int {
        let data = Data(bytes)
        var read = 0
        if let shared = try? XML.sharedStrings(data) { read += 1; _ = try? XML.rows(data, shared: shared, part: "fuzz.xml") }
        if (try? XML.rows(data, shared: ["甲", "乙"], percentStyles: [1], part: "fuzz.xml")) != nil { read += 1 }
        if (try? XML.percentStyles(data)) != nil { read += 1 }
        return read
    }
}
