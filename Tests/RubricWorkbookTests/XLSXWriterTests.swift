import Testing
import RubricCore
@testable import RubricWorkbook

/// The workbook writer: what it writes, the reader reads back cell for cell; numbers keep their digits; codes stay text.
@Suite struct XLSXWriterTests {
    @Test func aWrittenWorkbookReadsBackCellForCell() throws {
        let sheets = [
            WorkbookSheet(name: "自评表", rows: [["编码", "指标", "分值", "得分"], ["1.10", "履职效能 & <一级>", "50", "44.52"],
                                                 ["2", "“三公”经费", "0.8620", "-0.38"], [], ["", "", "", "总分"]], textColumns: [0]),
            WorkbookSheet(name: "审核意见", rows: [["级别", "说明"], ["warning", "line one\nline two"]]),
        ]
        let bytes = try XLSXWriter().workbook(sheets)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let back = try XLSXReader().sheets(bytes, path: "t.xlsx")
        #expect(back.map(\.name) == ["自评表", "审核意见"])
        #expect(back[0].rows[1] == ["1.10", "履职效能 & <一级>", "50", "44.52"])
        #expect(back[0].rows[2] == ["2", "“三公”经费", "0.862", "-0.38"])     // a number cell: Excel's 0.862
        #expect(back[0].rows[4].last == "总分")
        #expect(back[1].rows[1] == ["warning", "line one line two"])   // the reader gives a cell's line breaks as spaces
    }

    @Test func onlyPlainDecimalsBecomeNumbers() {
        #expect(XLSXWriter.isPlainDecimal("91.42") && XLSXWriter.isPlainDecimal("-0.38") && XLSXWriter.isPlainDecimal("0"))
        #expect(!XLSXWriter.isPlainDecimal("1.1.1") && !XLSXWriter.isPlainDecimal("94.91%") && !XLSXWriter.isPlainDecimal("007"))
        #expect(!XLSXWriter.isPlainDecimal("0.30000000000000004"))   // more digits than Excel keeps: stays text, exact
        #expect(XLSXWriter.columnName(0) == "A" && XLSXWriter.columnName(25) == "Z" && XLSXWriter.columnName(26) == "AA")
    }
}
