import Foundation
import Testing
@testable import RubricCore
@testable import RubricWorkbook

/// Reading .xlsx: cells, shared strings, merged ranges, numbers at Excel's 15 digits, and what is not a workbook.
@Suite struct XLSXReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RubricCLITests/Fixtures")

    @Test func numbersAreReadAsExcelShowsThem() {
        #expect(XML.excelNumber("0.30000000000000004") == "0.3")
        #expect(XML.excelNumber("0.5000000000000001") == "0.5")
        #expect(XML.excelNumber("1.5E-2") == "0.015")
        #expect(XML.excelNumber("447790.64") == "447790.64")
        #expect(XML.excelNumber("123456789012345678") == "123456789012346000")
        #expect(XML.excelNumber("-2.5") == "-2.5")
        #expect(XML.excelNumber("99.9999999999999999") == "100")
    }

    @Test func cellReferencesAndEntities() {
        #expect(XML.cellIndex("B12")! == (2, 12))
        #expect(XML.cellIndex("AA1")! == (27, 1))
    }

    @Test func entitiesPrefixesPhoneticRunsAndInlineStrings() throws {
        let shared = try XML.sharedStrings(Data(#"<sst xmlns="m"><si><t>a &amp; b &lt;c&gt; &#20013;&#x6587;</t></si><si><r><t>履职</t></r><r><t>效能</t></r><rPh><t>リ</t></rPh></si></sst>"#.utf8))
        #expect(shared == ["a & b <c> 中文", "履职效能"])
        let sheet = #"<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>分 值</x:t></x:is></x:c><x:c r="D1"><x:v>0.30000000000000004</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:B2"/></x:mergeCells></x:worksheet>"#
        let rows = try XML.rows(Data(sheet.utf8), shared: shared, part: "sheet1.xml")
        #expect(rows == [["履职效能", "履职效能", "分 值", "0.3"], ["履职效能", "履职效能"]])
    }

    @Test func aPartThatIsNotWellFormedIsAnErrorAtItsLine() {
        #expect {
            try XML.rows(Data("<worksheet>\n<sheetData><row><c r=\"A1\"><v>1</v></row></sheetData></worksheet>".utf8), shared: [], part: "xl/worksheets/sheet1.xml")
        } throws: { error in
            let d = error as! Diagnostic
            return d.message.hasPrefix("the workbook's part xl/worksheets/sheet1.xml is not well-formed XML (line 2")
        }
    }

    @Test func theSeedWorkbookGivesItsSheetsWithMergedCellsFilled() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("seed003.xlsx")))
        let sheets = try XLSXReader().sheets(bytes, path: "seed003.xlsx")
        #expect(sheets.map(\.name) == ["封面", "自评表"])
        let rows = sheets[1].rows
        let header = try #require(rows.firstIndex { $0.first == "一级指标" })
        // 履职效能 is merged over the rows of its 二级: each row it covers reads it.
        #expect(rows[header + 1].first == "履职效能")
        #expect(rows[header + 2].first == "履职效能")
    }

    @Test func aZipThatIsNotAWorkbookSaysSo() {
        #expect(throws: Diagnostic.self) { try XLSXReader().sheets(Array("PK\u{3}\u{4}junk".utf8), path: "x.xlsx") }
    }

    @Test(arguments: [
        ("workbook-no-shared-strings.xlsx", "cell A1 refers to shared string 0, but the workbook has 0 (xl/sharedStrings.xml is missing or empty)"),
        ("workbook-shared-index-out-of-range.xlsx", "cell A1 refers to shared string 7, but the workbook has 1"),
        ("workbook-cell-out-of-range.xlsx", "cell reference 'A2000000000' is outside a worksheet"),
        ("workbook-column-out-of-range.xlsx", "cell reference 'AAAAAAAAAAAAAAAAAAAA1' is outside a worksheet"),
        ("workbook-sheet-not-xml.xlsx", "xl/worksheets/sheet1.xml is not well-formed XML (line 1: an element is closed by the wrong tag)"),
        ("workbook-bad-merge.xlsx", "merged range 'A1:A9999999' is not a range of cells"),
        ("workbook-no-sheets.xlsx", "has no worksheet Rubric can read"),
        ("workbook-encrypted.xlsx", "is a password-protected (encrypted) workbook or an old .xls"),
    ])
    func aMalformedWorkbookSaysWhatIsWrong(_ name: String, _ message: String) throws {
        let url = Self.fixtures.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus/malformed/\(name)")
        let bytes = [UInt8](try Data(contentsOf: url))
        #expect {
            try XLSXReader().sheets(bytes, path: name)
        } throws: { error in
            let d = error as! Diagnostic
            return d.message.contains(message) && d.message.contains(name) && d.hint != nil
        }
    }

    @Test func aNumberFormattedAsAPercentIsReadAsExcelShowsIt() throws {
        let styles = Data(#"<styleSheet xmlns="m"><numFmts><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="&quot;%&quot;0"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>"#.utf8)
        let percent = try XML.percentStyles(styles)
        #expect(percent == [1, 2])
        let sheet = #"<worksheet xmlns="m"><sheetData><row r="1"><c r="A1" s="1"><v>0.96</v></c><c r="B1" s="2"><v>0.8625</v></c><c r="C1" s="0"><v>0.96</v></c><c r="D1" s="1"><v>1</v></c></row></sheetData></worksheet>"#
        let rows = try XML.rows(Data(sheet.utf8), shared: [], percentStyles: percent, part: "s.xml")
        #expect(rows == [["96%", "86.25%", "0.96", "100%"]])
        #expect(XML.percentText("-0.005") == "-0.5%" && XML.percentText("12") == "1200%")
    }
}
