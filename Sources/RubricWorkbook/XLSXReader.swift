import Foundation
import RubricCore
import ZIPFoundation

/// Reads the sheets of an .xlsx workbook as rows of cell texts: shared and inline strings, numbers read from the XML
/// text as decimals (at Excel's 15 significant digits, never through `Double`), and merged cells (a merged 一级/二级
/// cell gives its value to every row it covers).
public struct XLSXReader: WorkbookReading {
    public init() {}

    public func sheets(_ bytes: [UInt8], path: String) throws(Diagnostic) -> [WorkbookSheet] {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw Diagnostic(phase: .load, .xlsxEncrypted, path, hint: .xlsxRemovePassword)
        }
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw Diagnostic(phase: .load, .xlsxNotZip, path, hint: .xlsxSaveAgainOrCSV)
        }
        func entry(_ name: String) -> Data? {
            guard let e = archive[name] else { return nil }
            var data = Data()
            do { _ = try archive.extract(e, skipCRC32: true) { data.append($0) } } catch { return nil }
            return data
        }
        guard let workbook = entry("xl/workbook.xml") else {
            throw Diagnostic(phase: .load, .xlsxNotWorkbook, path, hint: .xlsxCopyIntoExcel)
        }
        do throws(Diagnostic) {
            let shared = try entry("xl/sharedStrings.xml").map(XML.sharedStrings) ?? []
            let percentStyles = try entry("xl/styles.xml").map(XML.percentStyles) ?? []
            let rels = try entry("xl/_rels/workbook.xml.rels").map(XML.relationships) ?? [:]
            var out: [WorkbookSheet] = []
            for (k, sheet) in try XML.elements("sheet", in: workbook, part: "xl/workbook.xml").enumerated() {
                let name = sheet["name"] ?? "Sheet\(k + 1)"
                let rid = sheet.first { $0.key.hasSuffix(":id") }?.value ?? ""
                var target = rels[rid] ?? "worksheets/sheet\(k + 1).xml"
                if target.hasPrefix("/") { target.removeFirst() } else { target = "xl/" + target }
                guard let xml = entry(target) else { continue }
                out.append(WorkbookSheet(name: name, rows: try XML.rows(xml, shared: shared, percentStyles: percentStyles, part: target)))
            }
            if out.isEmpty { throw Diagnostic(phase: .load, .xlsxNoWorksheet, path, hint: .xlsxWhatRubricReads) }
            return out
        } catch {
            var d = error
            if !d.message.hasPrefix("'\(path)'") { d.message = "'\(path)': " + d.message }
            throw d
        }
    }
}

/// SpreadsheetML read with ``XMLScanner`` (streaming): linear in the size of the part, and a part that is not
/// well-formed XML is an error naming the part and its line, never a silent partial read.
enum XML {
    /// The attributes of every element called `name` (a namespace prefix such as `x:` is ignored).
    static func elements(_ name: String, in xml: Data, part: String) throws(Diagnostic) -> [[String: String]] {
        let d = Collector(names: [name])
        try parse(xml, part: part, delegate: d)
        return d.found.map(\.1)
    }

    /// The text of each shared string (`<si>`): its runs joined, phonetic guides (`<rPh>`) left out.
    static func sharedStrings(_ xml: Data) throws(Diagnostic) -> [String] {
        let d = SharedStrings()
        try parse(xml, part: "xl/sharedStrings.xml", delegate: d)
        return d.strings
    }

    /// Relationship id → target.
    static func relationships(_ xml: Data) throws(Diagnostic) -> [String: String] {
        var out: [String: String] = [:]
        for r in try elements("Relationship", in: xml, part: "xl/_rels/workbook.xml.rels") {
            if let id = r["Id"], let target = r["Target"] { out[id] = target }
        }
        return out
    }

    /// The sheet as rows of cell texts (row 1 first; missing rows are empty), merged ranges filled from their first cell.
    static func rows(_ xml: Data, shared: [String], percentStyles: Set<Int> = [], part: String) throws(Diagnostic) -> [[String]] {
        let d = SheetCells(shared: shared, percentStyles: percentStyles)
        try parse(xml, part: part, delegate: d)
        if let problem = d.problem { throw Diagnostic(phase: .load, .xlsxProblemInPart, problem, part, hint: .xlsxSaveAgain) }
        var grid = d.grid
        for ref in d.merges {
            let parts = ref.split(separator: ":").map(String.init)
            guard parts.count == 2, let (c1, r1) = cellIndex(parts[0]), let (c2, r2) = cellIndex(parts[1]), r1 <= r2, c1 <= c2,
                  r2 <= maxRow, c2 <= maxColumn else {
                throw Diagnostic(phase: .load, .xlsxBadMerge, ref, part, hint: .xlsxSaveAgain)
            }
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

    /// Runs the scanner; a part that is not well-formed is an error at its line.
    static func parse(_ xml: Data, part: String, delegate: Delegate) throws(Diagnostic) {
        do throws(XMLScanner.Failure) {
            try XMLScanner.scan([UInt8](xml), handler: delegate)
        } catch {
            throw Diagnostic(phase: .load, .xlsxBadXML, part, String(error.line), error.why.text(), hint: .xlsxSaveAgain)
        }
    }

    /// What each part's reader overrides: an element starts or ends, text is found.
    class Delegate: XMLScanner.Handler {
        func start(_ name: String, attributes: [String: String]) {}
        func end(_ name: String) {}
        func text(_ string: String) {}
    }

    /// Excel's limits: a reference beyond them is not a cell (and would make a grid of a billion rows).
    static let maxRow = 1_048_576, maxColumn = 16_384

    /// The cell styles whose number format is a percentage (built-in 9 and 10, or a format code with `%`).
    static func percentStyles(_ xml: Data) throws(Diagnostic) -> Set<Int> {
        let d = Styles()
        try parse(xml, part: "xl/styles.xml", delegate: d)
        var out = Set<Int>()
        for (k, id) in d.cellFormats.enumerated() {
            if id == 9 || id == 10 || (d.customFormats[id].map(isPercentFormat) ?? false) { out.insert(k) }
        }
        return out
    }

    /// True for a number format code that shows a percentage: a `%` outside quotes and brackets.
    static func isPercentFormat(_ code: String) -> Bool {
        var quoted = false, bracket = false, escaped = false
        for c in code {
            if escaped { escaped = false; continue }
            switch c {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[": if !quoted { bracket = true }
            case "]": if !quoted { bracket = false }
            case "%": if !quoted && !bracket { return true }
            default: break
            }
        }
        return false
    }

    /// A decimal's text × 100 with `%`: `0.96` → `96%`, `0.8625` → `86.25%`, `1` → `100%` (digits moved, nothing computed).
    static func percentText(_ number: String) -> String {
        var s = number
        var negative = false
        if s.hasPrefix("-") { negative = true; s.removeFirst() }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var intPart = parts[0], frac = parts.count > 1 ? parts[1] : ""
        while frac.count < 2 { frac += "0" }
        intPart += frac.prefix(2)
        frac = String(frac.dropFirst(2))
        while intPart.count > 1 && intPart.hasPrefix("0") { intPart.removeFirst() }
        while frac.hasSuffix("0") { frac.removeLast() }
        return (negative ? "-" : "") + intPart + (frac.isEmpty ? "" : "." + frac) + "%"
    }

    /// Reads cellXfs (each cell style's number format id) and the custom number formats.
    final class Styles: Delegate {
        var cellFormats: [Int] = []
        var customFormats: [Int: String] = [:]
        var inCellXfs = false
        override func start(_ name: String, attributes: [String: String]) {
            switch local(name) {
            case "numFmt": if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] { customFormats[id] = code }
            case "cellXfs": inCellXfs = true
            case "xf": if inCellXfs { cellFormats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0) }
            default: break
            }
        }
        override func end(_ name: String) {
            if local(name) == "cellXfs" { inCellXfs = false }
        }
    }

    /// An element's local name: `x:c` → `c`.
    static func local(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }

    /// Collects the attributes of elements by name.
    final class Collector: Delegate {
        let names: Set<String>
        var found: [(String, [String: String])] = []
        init(names: Set<String>) { self.names = names; super.init() }
        override func start(_ name: String, attributes: [String: String]) {
            let l = String(local(name))
            if names.contains(l) { found.append((l, attributes)) }
        }
    }

    /// Collects `<si>` texts.
    final class SharedStrings: Delegate {
        var strings: [String] = []
        var current = ""
        var inText = false
        var phonetic = 0
        override func start(_ name: String, attributes: [String: String]) {
            switch local(name) {
            case "si": current = ""
            case "rPh": phonetic += 1
            case "t": inText = phonetic == 0
            default: break
            }
        }
        override func end(_ name: String) {
            switch local(name) {
            case "si": strings.append(current)
            case "rPh": phonetic -= 1
            case "t": inText = false
            default: break
            }
        }
        override func text(_ string: String) { if inText { current += string } }
    }

    /// Collects a worksheet's cells and merged ranges.
    final class SheetCells: Delegate {
        let shared: [String]
        /// Cell styles (indexes into cellXfs) whose number format shows a percentage.
        let percentStyles: Set<Int>
        var style = 0
        var grid: [Int: [Int: String]] = [:]
        var merges: [String] = []
        var ref: (Int, Int)?
        var type = "n"
        var value = ""
        var inline = ""
        var capture: Capture = .none
        var phonetic = 0
        var currentRow = 0
        var nextColumn = 1
        /// The first cell that cannot be read, described.
        var problem: String?
        enum Capture { case none, value, inline }

        init(shared: [String], percentStyles: Set<Int>) { self.shared = shared; self.percentStyles = percentStyles; super.init() }

        override func start(_ name: String, attributes: [String: String]) {
            switch local(name) {
            case "row":
                currentRow = attributes["r"].flatMap { Int($0) } ?? currentRow + 1
                nextColumn = 1
            case "c":
                // A cell without `r` follows the one before it (the format allows leaving it out).
                ref = attributes["r"].map(cellIndex) ?? (nextColumn, currentRow)
                if let (c, _) = ref { nextColumn = c + 1 }
                if ref.map({ $0.0 > maxColumn || $0.1 > maxRow || $0.1 < 1 }) ?? true {
                    let r = attributes["r"] ?? Message.xlsxInRow.text(String(currentRow))
                    if problem == nil { problem = Message.xlsxCellOutside.text(r) }
                    ref = nil
                }
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap { Int($0) } ?? 0
                value = ""; inline = ""
            case "v": capture = .value
            case "rPh": phonetic += 1
            case "t": if ref != nil && phonetic == 0 { capture = .inline }
            case "mergeCell": if let r = attributes["ref"] { merges.append(r) }
            default: break
            }
        }

        override func end(_ name: String) {
            switch local(name) {
            case "v", "t": capture = .none
            case "rPh": phonetic -= 1
            case "c":
                guard let (col, row) = ref else { return }
                var text: String
                switch type {
                case "s":
                    guard let k = Int(value.trimmingCharacters(in: .whitespaces)), k >= 0, k < shared.count else {
                        if problem == nil {
                            problem = Message.xlsxSharedString.text("\(columnName(col))\(row)", value, String(shared.count))
                                + (shared.isEmpty ? Message.xlsxSharedStringsMissing.text() : "")
                        }
                        ref = nil
                        return
                    }
                    text = shared[k]
                case "inlineStr": text = inline
                case "b": text = value == "1" ? "TRUE" : "FALSE"
                case "str", "e": text = value
                default:
                    text = value.isEmpty ? "" : excelNumber(value)
                    // A number formatted as a percentage is what Excel shows: 0.96 in a 0% cell is 96%.
                    if !text.isEmpty, percentStyles.contains(style) { text = percentText(text) }
                }
                if text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
                    text = String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
                }
                grid[row, default: [:]][col] = text
                ref = nil
            default: break
            }
        }

        override func text(_ string: String) {
            switch capture {
            case .value: value += string
            case .inline: inline += string
            case .none: break
            }
        }
    }

    /// `A` for column 1, `AA` for 27.
    static func columnName(_ c: Int) -> String {
        var n = c, out = ""
        while n > 0 { out = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + out; n = (n - 1) / 26 }
        return out
    }

    /// `B12` → (column 2, row 12).
    static func cellIndex(_ ref: String) -> (Int, Int)? {
        var col = 0
        var digits = ""
        for ch in ref.uppercased() {
            if let a = ch.asciiValue, a >= 65, a <= 90, digits.isEmpty { col = min(col * 26 + Int(a - 64), maxColumn + 1) }
            else if ch.isASCII && ch.isNumber { digits.append(ch) } else if ch == "$" { continue } else { return nil }
        }
        guard col > 0, !digits.isEmpty else { return nil }
        let row = digits.count > 9 ? maxRow + 1 : Int(digits)!
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
