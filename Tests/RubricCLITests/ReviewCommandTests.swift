import Foundation
import Testing

/// `rubric review` on a folder of 21 reports and tables with one planted problem per kind (scripts/make-review-fixtures).
@Suite struct ReviewCommandTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folder = "Tests/RubricCLITests/Fixtures/review"

    func review(_ extra: [String] = []) throws -> RunOutput {
        try runRubric(["review"] + extra + [Self.folder], in: Self.package)
    }

    @Test func theLeagueTableHasEveryFileAndABrokenFileIsARowNotAnAbort() throws {
        let r = try review()
        #expect(r.status == 1)   // error-level findings exist
        #expect(r.stdout.hasPrefix("review: 21 file(s)"))
        let table = r.stdout.split(separator: "\n").prefix(24)
        #expect(table.contains { $0.contains("broken.yaml") && $0.contains("不可读") })
        // Highest total first; the partial total (seed 001, 19.40) near the end, before the unreadable rows.
        let totals = table.compactMap { line -> Double? in
            // The first figure with two decimals on a row is its total.
            line.split(separator: " ").map { $0.hasSuffix("*") ? $0.dropLast() : $0 }
                .first { $0.contains(".") && $0.split(separator: ".").last?.count == 2 && Double($0) != nil }.flatMap { Double($0) }
        }
        #expect(totals.count == 19)
        #expect(totals == totals.sorted(by: >))
        // Files are named under the folder reviewed; an incomplete total is marked and has no difference shown.
        #expect(table.contains { $0.contains("tables/seed003") })
        #expect(table.contains { $0.contains("19.40*") && !$0.contains("-78.06") })
        // Every row fits 80 columns.
        func wide(_ v: UInt32) -> Bool { (0x2E80...0x9FFF).contains(v) || (0xFF00...0xFF60).contains(v) || (0x3000...0x303F).contains(v) }
        #expect(table.allSatisfy { line in line.unicodeScalars.reduce(0) { $0 + (wide($1.value) ? 2 : 1) } <= 80 })
    }

    @Test func eachPlantedProblemIsFoundInItsFile() throws {
        let r = try review(["--json"])
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(json["format"] as? String == "rubric-review/1")
        #expect((json["files"] as! [[String: Any]]).contains { $0["total"] as? String == "93.00" })   // decimal strings, as documented
        let files = json["files"] as! [[String: Any]]
        func ids(_ name: String) -> Set<String> {
            let f = files.first { ($0["path"] as! String).hasSuffix("/" + name) }
            return Set(((f?["findings"] as? [[String: Any]]) ?? []).map { $0["id"] as! String })
        }
        let planted: [(String, String)] = [
            ("planted-weights.yaml", "weights"), ("planted-above-weight.yaml", "above-weight"), ("planted-below-zero.yaml", "below-zero"),
            ("planted-computed-differs.yaml", "computed-differs"), ("planted-completion-150.yaml", "completion-overshoot"),
            ("planted-completion-120.yaml", "completion-high"), ("planted-no-reason.yaml", "no-reason"),
            ("planted-low-execution.yaml", "low-execution"), ("planted-grade.yaml", "grade"),
            ("planted-inconsistent-rule.yaml", "inconsistent-rule"), ("planted-not-given.yaml", "not-given"),
        ]
        for (file, id) in planted { #expect(ids(file).contains(id), "\(file) should have \(id)") }
        // A planted kind is not found where it was not planted.
        #expect(!ids("seed003-zengcheng-2022.yaml").contains("inconsistent-rule"))
        #expect(!ids("seed003-zengcheng-2022.yaml").contains("above-weight"))
        let broken = files.first { ($0["path"] as! String).hasSuffix("/broken.yaml") }
        #expect((broken?["error"] as? String)?.contains("cannot read") == true)
    }

    @Test func csvOpensInExcelAndFailOnWarningTightens() throws {
        let r = try review(["--csv"])
        #expect(r.stdout.hasPrefix("\u{FEFF}排名,文件,部门/项目"))
        #expect(r.stdout.contains(",19.40,是,97.46,"))          // an incomplete total is marked, not passed off as a score
        #expect(r.stdout.split(separator: "\n").count == 22)
        let clean = try runRubric(["review", "examples/reports/seed000-zengcheng-2023.yaml"], in: Self.package)
        #expect(clean.status == 0)
        let strict = try runRubric(["review", "--fail-on", "warning", "examples/reports/seed004-haizhu-2022.yaml"], in: Self.package)
        #expect(strict.status == 1)
        let missing = try runRubric(["review", "nowhere"], in: Self.package)
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("no such file or folder 'nowhere'"))
    }
}

/// Arguments after a report are not silently ignored.
@Suite struct ArgumentsAfterAReportTests {
    @Test func anOptionOrASecondReportAfterAReportIsAUsageError() throws {
        let pkg = ReviewCommandTests.package
        let e = try runRubric(["examples/reports/seed003-zengcheng-2022.yaml", "-e", "print 1"], in: pkg)
        #expect(e.status == 2)
        #expect(e.stderr.contains("options go before the report: rubric -e"))
        let two = try runRubric(["examples/reports/seed003-zengcheng-2022.yaml", "examples/reports/seed004-haizhu-2022.yaml"], in: pkg)
        #expect(two.status == 2)
        #expect(two.stderr.contains("rubric review"))
        // A script still takes its arguments.
        let ok = try runRubric(["-e", "print args", "examples/reports/seed003-zengcheng-2022.yaml"], in: pkg)
        #expect(ok.status == 0)
    }
}

/// `rubric check` takes several files (a shell glob), audits each, and exits with the worst outcome.
@Suite struct CheckSeveralFilesTests {
    @Test func eachFileIsAuditedAndTheExitIsTheWorst() throws {
        let pkg = ReviewCommandTests.package
        let clean = try runRubric(["check", "examples/reports/seed000-zengcheng-2023.yaml", "examples/reports/seed004-haizhu-2022.yaml"], in: pkg)
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("seed000-zengcheng-2023.yaml: no findings"))
        #expect(clean.stdout.contains("seed004-haizhu-2022.yaml: 0 error(s), 2 warning(s)"))
        let withErrors = try runRubric(["check", "examples/reports/seed000-zengcheng-2023.yaml", "examples/reports/seed003-zengcheng-2022.yaml"], in: pkg)
        #expect(withErrors.status == 1)
        let missing = try runRubric(["check", "nope.yaml", "examples/reports/seed000-zengcheng-2023.yaml"], in: pkg)
        #expect(missing.status == 66)
        #expect(missing.stdout.contains("seed000-zengcheng-2023.yaml: no findings"))   // the others are still checked
    }
}

/// Options that would do nothing are refused, not ignored.
@Suite struct IneffectiveOptionTests {
    @Test func sheetWithoutAWorkbookAndTwoReviewFormatsAreUsageErrors() throws {
        let pkg = ReviewCommandTests.package
        let sheet = try runRubric(["score", "--sheet", "自评表", "examples/reports/seed003-zengcheng-2022.yaml"], in: pkg)
        #expect(sheet.status == 64 || sheet.status == 2)
        #expect(sheet.stderr.contains("--sheet 自评表 picks a sheet of a workbook"))
        let both = try runRubric(["review", "--json", "--csv", "examples/reports"], in: pkg)
        #expect(both.status == 64 || both.status == 2)
        #expect(both.stderr.contains("choose one"))
    }
}
