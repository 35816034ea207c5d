import Testing
import RubricCore
@testable import RubricShell

@Suite struct ShellDeltaRendererTests {
    /// A change to one leaf with a long Chinese name; 一级 决策 unchanged, 产出 moved.
    func delta(oldGrade: String = "优", newGrade: String = "优", oldTotal: ExactDecimal = "91.42",
               newTotal: ExactDecimal = "91.47", warnings: [String] = []) -> ScoreDelta {
        let longName = "部门整体绩效目标产出指标完成情况及专项资金支出率与预算执行进度的综合评价得分"
        return ScoreDelta(
            action: "专项资金支出率.spent = 447,720.15万元",
            moved: [
                .init(code: "2.1.1", name: longName, old: "4.70", new: "4.75"),
                .init(code: "2", name: "产出", old: "30.00", new: "30.05"),
            ],
            topLevel: [
                .init(code: "1", name: "决策", old: "20.00", new: "20.00"),
                .init(code: "2", name: "产出", old: "30.00", new: "30.05"),
            ],
            oldTotal: oldTotal, newTotal: newTotal, oldGrade: oldGrade, newGrade: newGrade, warnings: warnings)
    }

    func render(_ d: ScoreDelta, colour: Bool = false) -> [String] {
        ShellText.lines(DeltaRenderer(style: Style(colour: colour)).render(d))
    }

    @Test func longChineseNamesAreCutSoEveryLineFitsEightyColumns() {
        let lines = render(delta(oldGrade: "优", newGrade: "良", newTotal: "89.99"))
        for line in lines { #expect(DisplayWidth.of(line) <= 80, "\(DisplayWidth.of(line)) columns: \(line)") }
        let leaf = lines.first { $0.hasPrefix("部门整体") }
        #expect(leaf != nil)
        #expect(leaf?.contains("…") == true)
        // Cut to 28 columns at most (a wide character does not fit in the last one), then the scores padded to align.
        #expect(leaf == "部门整体绩效目标产出指标完…   4.70 →  4.75  +0.05")
    }

    @Test func aGradeAppearingOrGoingHasNoArrow() {
        // From no grade (the 一级 weights did not add up) to 优 is neither an upgrade nor a downgrade.
        let appears = render(delta(oldGrade: "—", newGrade: "优", newTotal: "91.42")).last ?? ""
        #expect(appears.hasSuffix("— → 优"), "\(appears)")
        let goes = render(delta(oldGrade: "优", newGrade: "—")).last ?? ""
        #expect(goes.hasSuffix("优 → —"), "\(goes)")
        #expect(render(delta(oldGrade: "优", newGrade: "良", newTotal: "89.99")).last?.hasSuffix("优 → 良 ▼") == true)
    }

    @Test func rowsAreAlignedByDisplayWidth() {
        let lines = render(delta())
        // The old scores end at the same column on every score line (action line excluded).
        let rows = lines.dropFirst()
        let olds = ["4.70", "20.00", "30.00", "91.42"]
        let ends = zip(rows, olds).map { ShellText.column(of: $1, in: $0)! + DisplayWidth.of($1) }
        #expect(Set(ends).count == 1, "old scores end at \(ends)")
    }

    @Test func aMovedOneLevelIndicatorIsListedOnceAmongTheOneLevelScores() {
        let lines = render(delta())
        #expect(lines.first == "专项资金支出率.spent = 447,720.15万元")
        #expect(lines.filter { $0.hasPrefix("产出") }.count == 1)
        #expect(lines.count == 1 + 4)  // action, leaf, 决策, 产出, 总分
        #expect(lines.last?.hasPrefix("总分") == true)
    }

    @Test func anUnchangedScoreShowsPlusMinusZeroWithoutAnArrow() {
        let line = render(delta()).first { $0.hasPrefix("决策") }!
        #expect(line.hasSuffix("±0"))
        #expect(!line.contains("→"))
        #expect(line.contains("20.00"))
    }

    @Test func aFallingGradeShowsOldNewAndDownMarker() {
        let total = render(delta(oldGrade: "优", newGrade: "良", newTotal: "89.99")).last!
        #expect(total.hasPrefix("总分"))
        #expect(total.hasSuffix("优 → 良 ▼"))
        #expect(total.contains("91.42 → 89.99"))
        #expect(total.contains("-1.43"))
    }

    @Test func aRisingGradeShowsUpMarker() {
        let total = render(delta(oldGrade: "良", newGrade: "优", oldTotal: "89.99", newTotal: "90.01")).last!
        #expect(total.hasSuffix("良 → 优 ▲"))
    }

    @Test func anUnchangedGradeIsShownAlone() {
        let total = render(delta()).last!
        #expect(total.hasSuffix("   优"))
        #expect(!total.contains("▲") && !total.contains("▼"))
    }

    @Test func gradesOutsideTheKnownOrderFollowTheTotal() {
        let d = delta(oldGrade: "A", newGrade: "B", newTotal: "80.00")
        #expect(DeltaRenderer(style: Style(colour: false)).gradeText(d) == "A → B ▼")
    }

    @Test func warningsFollowTheScores() {
        let lines = render(delta(warnings: ["weights of 产出 sum to 31, not 30"]))
        #expect(lines.last == "warning: weights of 产出 sum to 31, not 30")
        #expect(lines[lines.count - 2].hasPrefix("总分"))
    }

    @Test func colourMarksRisesGreenFallsRedAndPlainHasNoEscapes() {
        let plain = render(delta(oldGrade: "优", newGrade: "良", newTotal: "89.99"))
        #expect(!plain.contains { ShellText.hasEscape($0) })
        let coloured = render(delta(oldGrade: "优", newGrade: "良", newTotal: "89.99"), colour: true)
        #expect(coloured.joined().contains("\u{1B}[32m+0.05\u{1B}[0m"))
        #expect(coloured.joined().contains("\u{1B}[31m▼\u{1B}[0m"))
        #expect(coloured.map(ShellText.stripANSI) == plain)
    }

    @Test func changesAreSignedAndPlacesFollowThePreciseScores() {
        #expect(DeltaRenderer.changeText("4.70", "4.75", places: 2) == "+0.05")
        #expect(DeltaRenderer.changeText("4.70", "3.50", places: 2) == "-1.20")
        #expect(DeltaRenderer.changeText("4.70", "4.7", places: 2) == "±0")
        #expect(DeltaRenderer.places(for: ["1", "2.5"]) == 2)
        #expect(DeltaRenderer.places(for: ["1.125", "2"]) == 3)
        #expect(DeltaRenderer.places(for: ["1.123456"]) == 4)
    }
}
