import Foundation
import RubricCore
import ZIPFoundation

/// Reads the sheets of an .xlsx workbook as rows of cell texts: shared and inline strings, numbers read from the XML
/// text as decimals (at Excel's 15 significant digits, never through `Double`), and merged cells (a merged 一级/二级
/// cell gives its value to every row it covers).
public struct XLSXReader: WorkbookReading {
    public init() {}

    public func sheets(_ bytes: [UInt8], path: String) throws(Diagnostic) -> [WorkbookSheet] {
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw Diagnostic(phase: .load, "'\(path)' is not a readable .xlsx workbook (its zip container does not open)",
                             hint: "open it in Excel and save it again as .xlsx, or as \"CSV UTF-8\"")
        }
        func entry(_ name: String) -> String? {
            guard let e = archive[name] else { return nil }
            var data = Data()
            do { _ = try archive.extract(e, skipCRC32: true) { data.append($0) } } catch { return nil }
            return String(decoding: data, as: UTF8.self)
        }
        guard let workbook = entry("xl/workbook.xml") else {
            throw Diagnostic(phase: .load, "'\(path)' is a zip file but not an Excel workbook (it has no xl/workbook.xml)",
                             hint: "a Word document or another archive? Copy the table into Excel and save it as .xlsx")
        }
        let shared = entry("xl/sharedStrings.xml").map(XML.sharedStrings) ?? []
        let rels = entry("xl/_rels/workbook.xml.rels").map(XML.relationships) ?? [:]
        var out: [WorkbookSheet] = []
        for (k, sheet) in XML.elements("sheet", in: workbook).enumerated() {
            let name = XML.attribute("name", in: sheet).map(XML.unescape) ?? "Sheet\(k + 1)"
            let rid = XML.attribute("r:id", in: sheet) ?? ""
            var target = rels[rid] ?? "worksheets/sheet\(k + 1).xml"
            if target.hasPrefix("/") { target.removeFirst() } else { target = "xl/" + target }
            guard let xml = entry(target) else { continue }
            out.append(WorkbookSheet(name: name, rows: XML.rows(xml, shared: shared)))
        }
        if out.isEmpty { throw Diagnostic(phase: .load, "'\(path)' has no worksheet Rubric can read") }
        return out
    }
}

/// Just enough XML for SpreadsheetML: elements by name, attributes, text, entities.
enum XML {
    /// The opening tags (with attributes) and bodies of every `<name …>…</name>` or `<name …/>`.
    static func elements(_ name: String, in xml: String) -> [Substring] {
        var out: [Substring] = []
        var rest = xml[...]
        while let open = rest.range(of: "<" + name) {
            let after = rest[open.upperBound...]
            guard let c = after.first, c == " " || c == ">" || c == "/" else { rest = after; continue }
            guard let close = after.range(of: ">") else { break }
            if after[..<close.lowerBound].hasSuffix("/") {
                out.append(rest[open.lowerBound..<close.upperBound]); rest = after[close.upperBound...]; continue
            }
            guard let end = after.range(of: "</" + name + ">") else { break }
            out.append(rest[open.lowerBound..<end.upperBound])
            rest = after[end.upperBound...]
        }
        return out
    }

    /// An attribute's value in an element's opening tag.
    static func attribute(_ name: String, in element: Substring) -> String? {
        guard let tagEnd = element.range(of: ">") else { return nil }
        let tag = element[..<tagEnd.lowerBound]
        for quote in ["\"", "'"] {
            if let r = tag.range(of: " " + name + "=" + quote) {
                let from = tag[r.upperBound...]
                if let e = from.range(of: quote) { return String(from[..<e.lowerBound]) }
            }
        }
        return nil
    }

    /// The text of every `<t>` inside an element, joined (rich text runs are one string).
    static func text(_ element: Substring) -> String {
        elements("t", in: String(element)).map { t -> String in
            guard let s = t.range(of: ">"), let e = t.range(of: "</t>", options: .backwards), s.upperBound <= e.lowerBound else { return "" }
            return unescape(String(t[s.upperBound..<e.lowerBound]))
        }.joined()
    }

    static func unescape(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "&", let semi = s[i...].firstIndex(of: ";"), s.distance(from: i, to: semi) <= 10 {
                let name = s[s.index(after: i)..<semi]
                var scalar: UnicodeScalar?
                switch name {
                case "amp": scalar = "&"
                case "lt": scalar = "<"
                case "gt": scalar = ">"
                case "quot": scalar = "\""
                case "apos": scalar = "'"
                default:
                    if name.hasPrefix("#x") { scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(UnicodeScalar.init) }
                    else if name.hasPrefix("#") { scalar = UInt32(name.dropFirst()).flatMap(UnicodeScalar.init) }
                }
                if let scalar { out.unicodeScalars.append(scalar); i = s.index(after: semi); continue }
            }
            out.append(s[i])
            i = s.index(after: i)
        }
        return out
    }

    static func sharedStrings(_ xml: String) -> [String] { elements("si", in: xml).map(text) }

    static func relationships(_ xml: String) -> [String: String] {
        var out: [String: String] = [:]
        for r in elements("Relationship", in: xml) {
            if let id = attribute("Id", in: r), let target = attribute("Target", in: r) { out[id] = target }
        }
        return out
    }

    /// The sheet as rows of cell texts (row 1 first; missing rows are empty), merged ranges filled from their first cell.
    static func rows(_ xml: String, shared: [String]) -> [[String]] {
        var grid: [Int: [Int: String]] = [:]
        for c in elements("c", in: xml) {
            guard let ref = attribute("r", in: c), let (col, row) = cellIndex(ref) else { continue }
            let type = attribute("t", in: c) ?? "n"
            let value: String? = elements("v", in: String(c)).first.map { v in
                guard let s = v.range(of: ">"), let e = v.range(of: "</v>") else { return "" }
                return unescape(String(v[s.upperBound..<e.lowerBound]))
            }
            var text: String
            switch type {
            case "s": text = value.flatMap { Int($0) }.flatMap { $0 < shared.count ? shared[$0] : nil } ?? ""
            case "inlineStr": text = XML.text(c)
            case "b": text = value == "1" ? "TRUE" : "FALSE"
            case "str", "e": text = value ?? ""
            default: text = value.map(excelNumber) ?? ""
            }
            text = text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            grid[row, default: [:]][col] = text
        }
        for m in elements("mergeCell", in: xml) {
            guard let ref = attribute("ref", in: m) else { continue }
            let parts = ref.split(separator: ":").map(String.init)
            guard parts.count == 2, let (c1, r1) = cellIndex(parts[0]), let (c2, r2) = cellIndex(parts[1]) else { continue }
            let value = grid[r1]?[c1] ?? ""
            guard !value.isEmpty else { continue }
            for r in r1...r2 { for c in c1...c2 where (grid[r]?[c] ?? "").isEmpty { grid[r, default: [:]][c] = value } }
        }
        guard let last = grid.keys.max() else { return [] }
        return (1...last).map { r in
            guard let cells = grid[r], let lastCol = cells.keys.max() else { return [] }
            return (1...lastCol).map { cells[$0] ?? "" }
        }
    }

    /// `B12` → (column 2, row 12).
    static func cellIndex(_ ref: String) -> (Int, Int)? {
        var col = 0
        var digits = ""
        for ch in ref.uppercased() {
            if let a = ch.asciiValue, a >= 65, a <= 90, digits.isEmpty { col = col * 26 + Int(a - 64) }
            else if ch.isNumber { digits.append(ch) } else if ch == "$" { continue } else { return nil }
        }
        guard col > 0, let row = Int(digits) else { return nil }
        return (col, row)
    }

    /// A number as Excel shows it: the stored text read exactly, then cut to 15 significant digits (half-up), so a
    /// stored sum such as 0.30000000000000004 is 0.3 — never through `Double`.
    static func excelNumber(_ raw: String) -> String {
        var s = raw.trimmingCharacters(in: .whitespaces)
        var negative = false
        if s.hasPrefix("-") { negative = true; s.removeFirst() } else if s.hasPrefix("+") { s.removeFirst() }
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            exponent = Int(s[s.index(after: e)...]) ?? 0
            s = String(s[..<e])
        }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return raw }
        var digits = Array(parts[0] + (parts.count == 2 ? parts[1] : ""))
        var point = parts[0].count + exponent          // digits before the decimal point
        while digits.first == "0" && digits.count > 1 { digits.removeFirst(); point -= 1 }
        if digits.allSatisfy({ $0 == "0" }) { return "0" }
        if digits.count > 15 {
            let roundUp = digits[15] >= "5"
            digits = Array(digits[..<15])
            if roundUp {
                var k = 14
                while k >= 0 {
                    if digits[k] == "9" { digits[k] = "0"; k -= 1 } else { digits[k] = Character(UnicodeScalar(digits[k].asciiValue! + 1)); break }
                }
                if k < 0 { digits.insert("1", at: 0); point += 1 }
            }
        }
        var intPart: String, fracPart: String
        if point <= 0 { intPart = "0"; fracPart = String(repeating: "0", count: -point) + String(digits) }
        else if point >= digits.count { intPart = String(digits) + String(repeating: "0", count: point - digits.count); fracPart = "" }
        else { intPart = String(digits[..<point]); fracPart = String(digits[point...]) }
        while fracPart.hasSuffix("0") { fracPart.removeLast() }
        return (negative ? "-" : "") + intPart + (fracPart.isEmpty ? "" : "." + fracPart)
    }
}
