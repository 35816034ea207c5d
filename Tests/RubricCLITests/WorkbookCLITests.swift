import Foundation
import Testing

/// Tables kept in Excel: an .xlsx with merged 一级/二级 cells and a cover sheet scores as the same table as CSV.
@Suite struct WorkbookCLITests {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let package = tests.deletingLastPathComponent().deletingLastPathComponent()

    @Test func anXLSXScoresExactlyAsItsCSV() throws {
        let csv = try runRubric(["score", "examples/tables/seed003-zengcheng-2022.csv"], in: Self.package)
        for name in ["seed003.xlsx", "seed003-float-sums.xlsx"] {
            let xlsx = try runRubric(["score", "Tests/RubricCLITests/Fixtures/\(name)"], in: Self.package)
            #expect(xlsx.status == 0, "\(name): \(xlsx.stderr)")
            #expect(xlsx.stdout == csv.stdout, "\(name)")
            #expect(xlsx.stdout.contains("总分 91.42"))
        }
    }

    @Test func aWorkbookLoadsInTheLanguageAndItsWarningsNameTheSheet() throws {
        let r = try runRubric(["-e", "load \"Tests/RubricCLITests/Fixtures/seed003.xlsx\"\nassert total == 91.42"], in: Self.package)
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        #expect(r.stderr.contains("seed003.xlsx 自评表!F25: warning"))   // the cell, as Excel names it
    }

    @Test func aSheetCanBeChosenByName() throws {
        let ok = try runRubric(["score", "--sheet", "自评表", "Tests/RubricCLITests/Fixtures/seed003.xlsx"], in: Self.package)
        #expect(ok.status == 0)
        let near = try runRubric(["score", "--sheet", "自评", "Tests/RubricCLITests/Fixtures/seed003.xlsx"], in: Self.package)
        #expect(near.status == 65)
        #expect(near.stderr.contains("did you mean '自评表'? sheets: 封面, 自评表"))
        let cover = try runRubric(["score", "--sheet", "封面", "Tests/RubricCLITests/Fixtures/seed003.xlsx"], in: Self.package)
        #expect(cover.stderr.contains("seed003.xlsx 封面!A1: error"))
    }

    @Test func documentsThatAreNotWorkbooksSayWhatToDo() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-wb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("PK\u{3}\u{4}word/document.xml".utf8).write(to: dir.appendingPathComponent("表.docx"))
        try Data("PK\u{3}\u{4}not a workbook".utf8).write(to: dir.appendingPathComponent("表.xlsx"))
        let docx = try runRubric(["score", "表.docx"], in: dir)
        #expect(docx.status == 65)
        #expect(docx.stderr.contains("a Word document: copy its table into Excel"))
        let xlsx = try runRubric(["score", "表.xlsx"], in: dir)
        #expect(xlsx.status == 65)
        #expect(xlsx.stderr.contains("is not a readable .xlsx workbook"))
    }
}
