import Testing
import RubricCore
@testable import RubricShell

@Suite struct ShellTableRendererTests {
    /// Chinese and ASCII names of different widths, a numeric column, a text column last.
    let table = Table(
        columns: ["code", "indicator", "score", "rule"],
        rows: [
            ["1", "决策", "20.00", "manual"],
            ["1.1", "专项资金支出率", "4.75", "execution-rate"],
            ["1.1.2", "budget 执行", "100.5", "tiers"],
            ["2", "产出", "447,720.15万元", "reverse"],
        ])

    @Test func everyRowHasTheSameDisplayWidthUpToTheLastColumn() {
        let lines = ShellText.lines(TableRenderer(style: Style(colour: false)).render(table))
        #expect(lines.count == 2 + table.rows.count)
        let lastCells = [table.columns.last!] + [nil] + table.rows.map { $0.last! }
        var starts: [Int] = []
        for (line, cell) in zip(lines, lastCells) {
            if let cell {
                #expect(line.hasSuffix(cell), "last column is \(cell) in \(line)")
                starts.append(DisplayWidth.of(line) - DisplayWidth.of(cell))
            } else {
                // The rule: the last dash run starts where the last column starts.
                let lastRun = line.split(separator: " ").last!
                starts.append(DisplayWidth.of(line) - DisplayWidth.of(lastRun))
            }
        }
        #expect(Set(starts).count == 1, "last column starts at \(starts)")
        // code (1.1.2: 5) + gap + indicator (专项资金支出率: 14) + gap + score (447,720.15万元: 14) + gap.
        let expected: Int = 5 + 2 + 14 + 2 + 14 + 2
        #expect(starts.first == expected)
    }

    @Test func numbersAreRightAlignedAndTextLeftAligned() {
        let out = TableRenderer(style: Style(colour: false)).render(table)
        let lines = ShellText.lines(out)
        // Right-aligned: every score ends at the same column.
        var ends: [Int] = []
        for (line, row) in zip(lines.dropFirst(2), table.rows) {
            let start = ShellText.column(of: row[2], in: line)!
            ends.append(start + DisplayWidth.of(row[2]))
        }
        #expect(Set(ends).count == 1, "score cells end at \(ends)")
        // Left-aligned: the names all start at the same column.
        let nameStarts = zip(lines.dropFirst(2), table.rows).map { ShellText.column(of: $1[1], in: $0)! }
        #expect(Set(nameStarts) == [7])
        // Codes such as 1 and 1.1 are names, not quantities: the code column stays left-aligned.
        #expect(lines[0] == "code   indicator                score  rule")
        #expect(lines[2] == "1      决策                     20.00  manual")
    }

    @Test func theWholeTableIsRenderedAsExpected() {
        let small = Table(columns: ["指标", "分"], rows: [["决策", "9.5"], ["专项资金", "10"]])
        let out = TableRenderer(style: Style(colour: false)).render(small)
        #expect(out == """
            指标       分
            ────────  ───
            决策      9.5
            专项资金   10

            """)
    }

    @Test func columnsOfNumbersWithUnitsAndPlaceholdersBecomeRightAligned() {
        let t = Table(columns: ["a", "b", "c"], rows: [["447,720.15万元", "x", "95%"], ["—", "1", "-0.05"]])
        #expect(TableRenderer(style: Style(colour: false)).effectiveAlignments(t) == [.right, .left, .right])
        #expect(TableRenderer.isNumber("447,720.15万元"))
        #expect(TableRenderer.isNumber("-0.05"))
        #expect(!TableRenderer.isNumber("专项1"))
        #expect(!TableRenderer.isNumber("1.2.3"), "a code is not a number")
        #expect(TableRenderer.isNumber("1.2"))
        #expect(!TableRenderer.isNumber("1.1.2 where 3"))
    }

    @Test func explicitAlignmentsAreKept() {
        let t = Table(columns: ["a", "b"], alignments: [.left, .right], rows: [["1", "x"], ["22", "yy"]])
        #expect(TableRenderer(style: Style(colour: false)).effectiveAlignments(t) == [.left, .right])
    }

    @Test func aTableWiderThanTheTerminalHasItsLastColumnCut() {
        let t = Table(columns: ["code", "finding"],
                      rows: [["1.1", "专项资金支出率的实际支出金额超过了预算安排的金额，请核对"]])
        let out = TableRenderer(style: Style(colour: false), maxWidth: 30).render(t)
        for line in ShellText.lines(out) { #expect(DisplayWidth.of(line) <= 30, "\(line)") }
        #expect(out.contains("…"))
        #expect(out.contains("专项资金"))
    }

    @Test func colourMakesTheHeaderBoldAndPlainHasNoEscapes() {
        let plain = TableRenderer(style: Style(colour: false)).render(table)
        let coloured = TableRenderer(style: Style(colour: true)).render(table)
        #expect(!ShellText.hasEscape(plain))
        #expect(coloured.contains("\u{1B}[1mindicator"))
        #expect(ShellText.stripANSI(coloured) == plain)
    }

    @Test func titleAndFooterSurroundTheTable() {
        let t = Table(title: "得分", columns: ["a"], rows: [["x"]], footer: ["总分 91.42  优"])
        let lines = ShellText.lines(TableRenderer(style: Style(colour: false)).render(t))
        #expect(lines.first == "得分")
        #expect(lines.last == "总分 91.42  优")
    }
}
