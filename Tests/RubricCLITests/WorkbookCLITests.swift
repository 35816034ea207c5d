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

/// The 项目支出绩效自评表 of four public documents as tab-separated text, GB18030 CSV and .xlsx with merged cells.
@Suite struct ProjectTableCLITests {
    static let package = WorkbookCLITests.package
    static let tables = ["langfang-school-2019-project", "tianchang-water-2022-project",
                         "qingshen-fgj-2023-project-template", "sichuan-county-wages-2023-template"]

    @Test func eachTableScoresTheSameInEveryFormat() throws {
        for t in Self.tables {
            let tsv = try runRubric(["score", "examples/tables/projects/\(t).tsv"], in: Self.package)
            #expect(tsv.status == 0, "\(t): \(tsv.stderr)")
            for variant in ["\(t).gb18030.csv", "\(t).xlsx"] {
                let other = try runRubric(["score", "Tests/RubricCLITests/Fixtures/projects/\(variant)"], in: Self.package)
                #expect(other.status == 0, "\(variant): \(other.stderr)")
                #expect(other.stdout == tsv.stdout, "\(variant)")
            }
        }
    }

    @Test func seed003AsGB18030CSVScoresAsPublished() throws {
        let r = try runRubric(["score", "Tests/RubricCLITests/Fixtures/projects/seed003-zengcheng-2022.gb18030.csv"], in: Self.package)
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        #expect(r.stdout.contains("总分 91.42  (published 91.41, Δ +0.01)"))
    }

    @Test func checkNamesTheRowsTheRuleScoresOtherwise() throws {
        let r = try runRubric(["check", "Tests/RubricCLITests/Fixtures/projects/langfang-school-2019-project.xlsx"], in: Self.package)
        #expect(r.stdout.contains("预算执行率: computed 8.62 (execution-rate) differs from published 9.00"), Comment(rawValue: r.stdout))
        #expect(r.stdout.contains("工程资金金额: computed 8.62 (positive-national) differs from published 9.00"))
        let t = try runRubric(["check", "examples/tables/projects/tianchang-water-2022-project.tsv"], in: Self.package)
        #expect(t.status == 0)
        #expect(t.stdout.contains("note: [not-applicable] 1 indicator(s) marked / (not applicable) are left out: 生态效益; the others weigh 100"))
        #expect(t.stdout.contains("0 error(s), 0 warning(s), 1 note(s)"))
    }
}

/// `export xlsx` and `rubric export --xlsx`: the scored table as a workbook, which rubric reads back to the same scores.
@Suite struct WorkbookExportTests {
    @Test func anExportedWorkbookScoresAsItsSource() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        // Seed 001 has targets (类型 绩效目标 on row after row), the forms report formulas.
        for source in ["examples/reports/seed003-zengcheng-2022.yaml", "examples/tables/projects/langfang-school-2019-project.tsv",
                       "examples/reports/seed001-panyu-2023.yaml", "examples/forms/department-2024.yaml"] {
            let path = WorkbookCLITests.package.appendingPathComponent(source).path
            let out = dir.appendingPathComponent(UUID().uuidString + ".xlsx").path
            let export = try runRubric(["export", "--xlsx", "-o", out, path], in: dir)
            #expect(export.status == 0, Comment(rawValue: export.stderr))
            let original = try runRubric(["score", path], in: dir)
            let back = try runRubric(["score", out], in: dir)
            #expect(back.status == 0, Comment(rawValue: back.stderr))
            #expect(back.stdout == original.stdout, "\(source)")
            #expect(!back.stderr.contains("but it is scored by"), "\(source): \(back.stderr)")
            // The shell's statement writes the same workbook, and refuses to replace it without export!.
            let shell = dir.appendingPathComponent(UUID().uuidString + ".xlsx").path
            #expect(try runRubric(["-e", "export xlsx \"\(shell)\"", path], in: dir).status == 0)
            let again = try runRubric(["-e", "export xlsx \"\(shell)\"", path], in: dir)
            #expect(again.status != 0 && again.stderr.contains("export! xlsx"))
            #expect(try runRubric(["score", shell], in: dir).stdout == original.stdout)
        }
        let noOutput = try runRubric(["export", "--xlsx", "x.yaml"], in: dir)
        #expect(noOutput.status == 2 && noOutput.stderr.contains("--xlsx writes a workbook: name it with --output FILE.xlsx"))
    }
}
