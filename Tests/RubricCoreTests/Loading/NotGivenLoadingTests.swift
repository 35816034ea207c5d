import Testing
@testable import RubricCore

/// `published: not-given` in the report format: read into ``Indicator/isScoreNotGiven``, written back, misspellings rejected.
@Suite struct NotGivenLoadingTests {
    /// A two-leaf report whose second 一级 gives no score; `word` is what its `published` says.
    static func text(_ word: String) -> String {
        """
        title: 部分报告
        published:
          total: 97.46
        indicators:
          - name: 履职效能
            weight: 50
            published: 45
          - name: 管理效率
            weight: 50
            published: \(word)
            note: "the source gives no score"

        """
    }

    static func load(_ word: String) throws -> Report {
        try ReportLoader.load(SourceFile(name: "partial.yaml", text: text(word)))
    }

    @Test(arguments: ["not-given", "unknown"])
    func theLoaderReadsTheFlag(_ word: String) throws {
        let r = try Self.load(word)
        let gl = try #require(r.nodes.firstIndex { $0.name == "管理效率" })
        #expect(r.nodes[gl].isScoreNotGiven)
        #expect(r.nodes[gl].published == nil)
        let lz = try #require(r.nodes.firstIndex { $0.name == "履职效能" })
        #expect(!r.nodes[lz].isScoreNotGiven)
        #expect(r.nodes[lz].published == 45)
    }

    @Test func aMisspellingIsRejectedAtItsPositionWithASuggestion() throws {
        let file = SourceFile(name: "partial.yaml", text: Self.text("not-givn"))
        var caught: Diagnostic?
        do { _ = try ReportLoader.load(file) } catch { caught = error }
        let e = try #require(caught)
        #expect(e.message == "expected the published score as a number, or not-given, found 'not-givn'")
        #expect(e.hint == "did you mean 'not-given'?")
        // Line 10 is `    published: not-givn`; the value starts in column 16.
        #expect(e.locationText == "partial.yaml:10:16")
        #expect(e.span.map(file.slice) == "not-givn")
    }

    @Test func aWordFarFromNotGivenIsRejectedWithTheSpelling() throws {
        var caught: Diagnostic?
        do { _ = try ReportLoader.load(SourceFile(name: "partial.yaml", text: Self.text("n/a"))) } catch { caught = error }
        let e = try #require(caught)
        #expect(e.message.contains("found 'n/a'"))
        #expect(e.hint == "write 'published: not-given' when the source gives no score")
    }

    @Test(arguments: ["not-given", "unknown"])
    func theWriterRoundTripsTheFlagAsNotGiven(_ word: String) throws {
        let r = try Self.load(word)
        let written = ReportWriter.yaml(r)
        #expect(written.contains("published: not-given\n"))
        let again = try ReportLoader.load(SourceFile(name: "again.yaml", text: written))
        #expect(again == r)
        #expect(ReportWriter.yaml(again) == written)
    }
}
