import Foundation
import Testing

/// Where Chromium is installed, if it is.
let chromiumPath: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

/// The HTML pages in a real browser: Chromium renders them headless (`.ci/run` installs it when missing) and the DOM it
/// builds holds the league table; the screenshot is not blank; nothing is fetched from the network.
@Suite(.enabled(if: chromiumPath != nil, "Chromium is not installed (apt-get install chromium; .ci/run installs it)"))
struct BrowserTests {
    static let chromium = chromiumPath

    /// Runs Chromium headless with `args` and the page; returns its standard output.
    static func chromium(_ args: [String], page: URL) throws -> (status: Int32, stdout: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: chromium!)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-chromium-\(UUID().uuidString)")
        p.arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                       "--user-data-dir=\(profile.path)", "--hide-scrollbars", "--window-size=1200,1600"] + args + [page.absoluteString]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try? FileManager.default.removeItem(at: profile)
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func theReviewPageRendersItsLeagueTableInABrowser() throws {
        let dir = try Self.folder()
        let page = dir.appendingPathComponent("review.html")
        let fixtures = WorkbookCLITests.package.appendingPathComponent("Tests/RubricCLITests/Fixtures/review").path
        let r = try runRubric(["review", fixtures, "--html", page.path], in: dir)
        #expect(r.status == 1)                     // the fixtures hold planted errors
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(["http://", "https://", "<script", "<link", "src=", "url(", "@import", "<iframe", "<img"].allSatisfy { !html.contains($0) })
        let dom = try Self.chromium(["--dump-dom"], page: page)
        #expect(dom.status == 0)
        // The DOM the browser built: the league table with a row per file, and the charts.
        let table = try #require(dom.stdout.range(of: "<table id=\"league\">").map { String(dom.stdout[$0.lowerBound...]) })
        let body = String(table[..<(table.range(of: "</table>")?.lowerBound ?? table.endIndex)])
        let fileCount = r.stdout.split(separator: "\n").filter { $0.range(of: #"^\s*(\d+|—) "#, options: .regularExpression) != nil }.count
        #expect(body.components(separatedBy: "<tr").count - 2 == fileCount, "a league row per file")
        #expect(body.contains("91.42") && body.contains("不可读"))
        #expect(dom.stdout.contains("<svg id=\"totals\"") && dom.stdout.contains("<svg id=\"findings\""))
        // A rendered page is not a blank one: its screenshot holds far more than a blank page's.
        let shot = dir.appendingPathComponent("review.png"), blank = dir.appendingPathComponent("blank.png")
        try Data("<!doctype html><title>blank</title>".utf8).write(to: dir.appendingPathComponent("blank.html"))
        _ = try Self.chromium(["--screenshot=\(shot.path)"], page: page)
        _ = try Self.chromium(["--screenshot=\(blank.path)"], page: dir.appendingPathComponent("blank.html"))
        let shotSize = (try? FileManager.default.attributesOfItem(atPath: shot.path)[.size] as? Int) ?? 0
        let blankSize = (try? FileManager.default.attributesOfItem(atPath: blank.path)[.size] as? Int) ?? 0
        #expect(blankSize > 0 && shotSize > 5 * blankSize, "screenshot \(shotSize) bytes, blank page \(blankSize)")
    }

    @Test func theReportPageRendersItsTotalInABrowser() throws {
        let dir = try Self.folder()
        let page = dir.appendingPathComponent("report.html")
        let source = WorkbookCLITests.package.appendingPathComponent("examples/reports/seed003-zengcheng-2022.yaml").path
        let r = try runRubric(["export", "--html", "-o", page.path, source], in: dir)
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        let dom = try Self.chromium(["--dump-dom"], page: page)
        #expect(dom.stdout.contains("<span class=\"total\" id=\"total\">总分 91.42</span>"))
        #expect(dom.stdout.contains("<svg class=\"bars\""))
    }
}
