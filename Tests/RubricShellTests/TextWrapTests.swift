import Testing
@testable import RubricShell
import RubricCore

/// Wrapping prose to the terminal by display width, Chinese included.
@Suite struct TextWrapTests {
    func widths(_ s: String) -> [Int] { s.split(separator: "\n", omittingEmptySubsequences: false).map { DisplayWidth.of($0) } }

    @Test func aLineThatFitsIsUnchanged() {
        let line = "  show                         the scored tree (show X: one subtree)"
        #expect(TextWrap.wrap(line, width: 80) == line)
    }

    @Test func englishBreaksAtSpacesAndKeepsWords() {
        let text = "The grade is read off the total: excellent at ninety or more, good at eighty, fair at sixty, poor below."
        let wrapped = TextWrap.wrap(text, width: 30)
        #expect(widths(wrapped).allSatisfy { $0 <= 30 })
        #expect(wrapped.replacingOccurrences(of: "\n", with: " ") == text)
    }

    @Test func chineseBreaksBetweenCharactersButNeverBeforeClosingPunctuation() {
        let text = "部门整体支出绩效自评：指标、权重、目标值、实际值，经评分规则得出总分和等级。"
        let wrapped = TextWrap.wrap(text, width: 20)
        let lines = wrapped.split(separator: "\n").map(String.init)
        #expect(lines.count > 1)
        #expect(widths(wrapped).allSatisfy { $0 <= 20 })
        #expect(lines.joined() == text, "nothing lost or added")
        for l in lines.dropFirst() { #expect(!TextWrap.closing.contains(l.first!), "'\(l)' starts with closing punctuation") }
    }

    @Test func aTwoColumnLineContinuesUnderItsDescription() {
        let line = "  compare A B … [--all]       scenarios (or \"report.yaml\" files of other years) side by side, Δ and Δ%"
        let lines = TextWrap.wrap(line, width: 80).split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix(String(repeating: " ", count: 30)) && lines[1].dropFirst(30).first != " ")
        #expect(lines[0].hasPrefix("  compare A B … [--all]       scenarios"))
    }

    @Test func aLineWithAFarDescriptionContinuesUnderItsBlocksColumn() {
        let text = """
          seek X.FIELD for COND       the values of one input that make COND true, as intervals
          sweep X.FIELD from A to B step S [show E, …]   a table (and bars) of scores across a range, 400万元
        """
        let lines = TextWrap.wrap(text, width: 80).split(separator: "\n").map(String.init)
        let continuation = lines.filter { $0.hasPrefix("    ") }
        #expect(continuation.count == 2)
        #expect(continuation.allSatisfy { $0.prefix(30).allSatisfy { $0 == " " } && $0.dropFirst(30).first != " " })
        #expect(lines.joined().contains("万元"), "万元 is not split")
    }

    @Test func codeSpansAreNotBroken() {
        let text = "Type `explain 专项资金支出率` to see each step of the execution-rate rule."
        let lines = TextWrap.wrap(text, width: 24).split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("`explain 专项资金支出率`") })
    }

    @Test func randomMixesNeverExceedTheWidthOrLoseCharacters() {
        var rng = SplitMix64(seed: 42)
        let pieces = ["专项", "资金", "支出率", " ", "  ", "，", "。", "score", "447,720.15万元", "`seek X`", "（说明）", "a", "—", "%"]
        for _ in 0..<500 {
            var line = ""
            for _ in 0..<Int(rng.next() % 40) { line += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let width = 20 + Int(rng.next() % 40)
            let wrapped = TextWrap.wrap(line, width: width)
            #expect(widths(wrapped).allSatisfy { $0 <= width }, "\(line) at \(width)")
            let strip = { (s: String) in s.filter { $0 != " " && $0 != "\n" } }
            #expect(strip(wrapped) == strip(line), "\(line) at \(width)")
        }
    }
}

/// A small seeded generator, so random wrapping cases repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
