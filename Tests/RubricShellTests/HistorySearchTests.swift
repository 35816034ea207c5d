import Testing
@testable import RubricShell

@Suite struct ShellHistorySearchTests {
    @Test func theNewestLineStartingWithThePrefixWins() {
        var search = HistorySearch(entries: ["专项资金支出率.spent = 1", "专项效能", "score"])
        #expect(search.older(line: "专项", beforeCursor: "专项") == "专项效能")
    }

    @Test func aNewerLineContainingThePrefixInTheMiddleIsSkipped() {
        var search = HistorySearch(entries: ["专项资金支出率.spent = 1", "show 专项资金支出率", "explain 专项"])
        #expect(search.older(line: "专项", beforeCursor: "专项") == "专项资金支出率.spent = 1")
    }

    @Test func repeatedUpWalksOlderMatchesThenStops() {
        var search = HistorySearch(entries: ["专项A", "other", "专项B", "专项C"])
        #expect(search.older(line: "专项", beforeCursor: "专项") == "专项C")
        // After a recall the cursor is at the end, so the text before it is the whole recalled line.
        #expect(search.older(line: "专项C", beforeCursor: "专项C") == "专项B")
        #expect(search.older(line: "专项B", beforeCursor: "专项B") == "专项A")
        #expect(search.older(line: "专项A", beforeCursor: "专项A") == nil)
    }

    @Test func downWalksBackAndRestoresTheTypedLine() {
        var search = HistorySearch(entries: ["专项A", "专项B", "score"])
        #expect(search.older(line: "专项", beforeCursor: "专项") == "专项B")
        #expect(search.older(line: "专项B", beforeCursor: "专项B") == "专项A")
        #expect(search.newer(line: "专项A", beforeCursor: "专项A") == "专项B")
        #expect(search.newer(line: "专项B", beforeCursor: "专项B") == "专项")
        #expect(search.newer(line: "专项", beforeCursor: "专项") == nil)
    }

    @Test func editingTheRecalledLineStartsANewSearchWithTheNewPrefix() {
        var search = HistorySearch(entries: ["专项资金到位率", "专项效能", "专项资金支出率"])
        #expect(search.older(line: "专项", beforeCursor: "专项") == "专项资金支出率")
        // The user edits the line to 专项效: the prefix is now 专项效.
        #expect(search.older(line: "专项效", beforeCursor: "专项效") == "专项效能")
        #expect(search.older(line: "专项效能", beforeCursor: "专项效能") == nil)
    }

    @Test func thePrefixIsTheTextBeforeTheCursorNotTheWholeLine() {
        var search = HistorySearch(entries: ["专项资金支出率 = 1", "专项效能 = 2"])
        // Cursor after 专项资: only lines starting with 专项资 match.
        #expect(search.older(line: "专项资 = 9", beforeCursor: "专项资") == "专项资金支出率 = 1")
    }

    @Test func cjkPrefixesMatchWholeCharactersOnly() {
        // 资 (E8 B5 84) and 赵 (E8 B5 B5) share their first two UTF-8 bytes.
        var search = HistorySearch(entries: ["专项资金", "专项赵"])
        #expect(search.older(line: "专项资", beforeCursor: "专项资") == "专项资金")
        var other = HistorySearch(entries: ["专项赵"])
        #expect(other.older(line: "专项资", beforeCursor: "专项资") == nil)
        // A precomposed é matches a decomposed one (canonical equivalence), not a plain e.
        var accents = HistorySearch(entries: ["caf\u{65}\u{301} 2", "cafe"])
        #expect(accents.older(line: "caf\u{E9}", beforeCursor: "caf\u{E9}") == "caf\u{65}\u{301} 2")
    }

    @Test func anEmptyPrefixRecallsEveryLineNewestFirst() {
        var search = HistorySearch(entries: ["a", "b", "c"])
        #expect(search.older(line: "", beforeCursor: "") == "c")
        // The empty prefix is kept while the user keeps pressing Up.
        #expect(search.older(line: "c", beforeCursor: "c") == "b")
        #expect(search.older(line: "b", beforeCursor: "b") == "a")
        #expect(search.older(line: "a", beforeCursor: "a") == nil)
    }

    @Test func consecutiveDuplicatesAreKeptOnce() {
        var search = HistorySearch(entries: ["x", "x", "y", "x"])
        #expect(search.entries == ["x", "y", "x"])
        search.add("x")
        #expect(search.entries == ["x", "y", "x"])
        search.add("专项")
        #expect(search.entries == ["x", "y", "x", "专项"])
    }

    @Test func addingALineEndsTheSearch() {
        var search = HistorySearch(entries: ["专项A", "专项B"])
        #expect(search.older(line: "专项", beforeCursor: "专项") == "专项B")
        search.add("专项C")
        #expect(search.older(line: "专项", beforeCursor: "专项") == "专项C")
    }
}
