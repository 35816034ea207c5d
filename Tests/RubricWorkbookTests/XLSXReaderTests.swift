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
        #expect(XML.unescape("a &amp; b &lt;c&gt; &#20013;&#x6587;") == "a & b <c> 中文")
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
}
