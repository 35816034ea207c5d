import Foundation
import RubricCore
import ZIPFoundation

/// Writes sheets of cell texts as an .xlsx workbook (Office Open XML), in memory, with ZIPFoundation.
///
/// A cell whose text is a plain decimal (`91.42`, `-0.38`, `100`) is a number cell holding those very digits — Excel
/// reads them as written, no binary floating point on the way; any other text is an inline string. The first row of a
/// sheet is frozen and bold when it is a header (every cell text).
public struct XLSXWriter: WorkbookWriting {
    public init() {}

    public func workbook(_ sheets: [WorkbookSheet]) throws(Diagnostic) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            func add(_ path: String, _ text: String) throws {
                let data = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: Date(timeIntervalSince1970: 1_700_000_000), compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            try add("[Content_Types].xml", contentTypes(sheets.count))
            try add("_rels/.rels", Self.rootRels)
            try add("xl/workbook.xml", workbookXML(sheets))
            try add("xl/_rels/workbook.xml.rels", workbookRels(sheets.count))
            try add("xl/styles.xml", Self.styles)
            for (k, sheet) in sheets.enumerated() { try add("xl/worksheets/sheet\(k + 1).xml", sheetXML(sheet)) }
            guard let data = archive.data else { throw Diagnostic(phase: .io, .xlsxNotAssembled) }
            return [UInt8](data)
        } catch let d as Diagnostic {
            throw d
        } catch {
            throw Diagnostic(phase: .io, .xlsxNotWritten, "\(error)")
        }
    }

    // MARK: Parts

    func sheetXML(_ sheet: WorkbookSheet) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        let widths = columnWidths(sheet.rows)
        if !widths.isEmpty {
            out += "<cols>"
            for (k, w) in widths.enumerated() { out += #"<col min="\#(k + 1)" max="\#(k + 1)" width="\#(w)" customWidth="1"/>"# }
            out += "</cols>"
        }
        out += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            out += #"<row r="\#(r + 1)">"#
            for (c, text) in row.enumerated() where !text.isEmpty {
                let ref = Self.columnName(c) + String(r + 1)
                if !sheet.textColumns.contains(c), Self.isPlainDecimal(text) {
                    out += #"<c r="\#(ref)"><v>\#(text)</v></c>"#
                } else {
                    out += #"<c r="\#(ref)" t="inlineStr"><is><t xml:space="preserve">\#(Self.escape(text))</t></is></c>"#
                }
            }
            out += "</row>"
        }
        out += "</sheetData></worksheet>"
        return out
    }

    func workbookXML(_ sheets: [WorkbookSheet]) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
        for (k, s) in sheets.enumerated() {
            out += #"<sheet name="\#(Self.escape(String(s.name.prefix(31))))" sheetId="\#(k + 1)" r:id="rId\#(k + 1)"/>"#
        }
        return out + "</sheets></workbook>"
    }

    func workbookRels(_ count: Int) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for k in 0..<count {
            out += #"<Relationship Id="rId\#(k + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(k + 1).xml"/>"#
        }
        out += #"<Relationship Id="rId\#(count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        return out + "</Relationships>"
    }

    func contentTypes(_ count: Int) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        for k in 0..<count {
            out += #"<Override PartName="/xl/worksheets/sheet\#(k + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return out + "</Types>"
    }

    static let rootRels = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#

    static let styles = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#

    // MARK: Cells

    /// Column widths from the widest text in each column (a CJK character counts two), capped at 60.
    func columnWidths(_ rows: [[String]]) -> [Int] {
        var widths: [Int] = []
        for row in rows {
            for (c, text) in row.enumerated() {
                if widths.count <= c { widths.append(6) }
                widths[c] = min(60, max(widths[c], DisplayWidth.of(text) + 2))
            }
        }
        return widths
    }

    /// `A`, `B`, … `Z`, `AA` for a 0-based column.
    static func columnName(_ c: Int) -> String {
        var n = c + 1
        var out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }

    /// True for `-12.5`, `100`, `0.8620`: digits, at most one point, an optional leading minus; no leading zeros but `0.`.
    static func isPlainDecimal(_ text: String) -> Bool {
        var s = Substring(text)
        if s.hasPrefix("-") { s = s.dropFirst() }
        guard let first = s.first, first.isASCII, first.isNumber, s.count <= 15 + 1 else { return false }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return false }
        if parts[0].count > 1 && parts[0].first == "0" { return false }
        return true
    }

    /// Text escaped for XML (``MarkupText/escape(_:)``).
    static func escape(_ text: String) -> String { MarkupText.escape(text) }
}
