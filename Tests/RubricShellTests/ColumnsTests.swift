import Testing
import RubricCore
@testable import RubricShell

@Suite struct ShellColumnsTests {
    let candidates = ["专项效能", "专项资金支出率", "专项资金到位率", "专项审计", "专项", "budget_rate", "专项资金使用合规性"]

    @Test func candidatesFitTheTerminalWidth() {
        for width in [20, 40, 60, 80] {
            let lines = ShellText.lines(Columns.layout(candidates, width: width))
            for line in lines { #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)") }
        }
    }

    @Test func columnsStartAtTheSameDisplayColumnOnEveryLine() {
        let out = Columns.layout(candidates, width: 60)
        let lines = ShellText.lines(out)
        // Widest is 专项资金使用合规性 (18 columns); a cell is 20; (60 + 2) / 20 = 3 per line, so 3 lines.
        #expect(lines.count == 3)
        // Column-major: the second column starts with the fourth word.
        for (row, line) in lines.enumerated() {
            #expect(line.hasPrefix(candidates[row]))
            // The first word is padded to the 20-column cell, so the second starts at column 20.
            #expect(line.hasPrefix(DisplayWidth.pad(candidates[row], to: 20) + candidates[3 + row]), "\(line)")
        }
        #expect(ShellText.column(of: candidates[6], in: lines[0]) == 40)
    }

    @Test func everyCandidateAppearsOnceInOrder() {
        let out = Columns.layout(candidates, width: 45)
        let lines = ShellText.lines(out)
        var seen: [String] = []
        for col in 0..<3 {
            for line in lines {
                let words = line.split(separator: " ").map(String.init)
                if col < words.count { seen.append(words[col]) }
            }
        }
        #expect(seen == candidates)
    }

    @Test func aNarrowTerminalGetsOneCandidatePerLine() {
        let lines = ShellText.lines(Columns.layout(candidates, width: 10))
        #expect(lines == candidates)
    }

    @Test func noCandidatesIsNoOutput() {
        #expect(Columns.layout([], width: 80) == "")
    }
}
