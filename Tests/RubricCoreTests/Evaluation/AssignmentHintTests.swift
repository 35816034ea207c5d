import Testing
@testable import RubricCore

/// An assignment that cannot be made says what to write instead: the field the indicator's rule reads, quotes around
/// a name holding `-`, `#` before a code.
@Suite struct AssignmentHintTests {
    let t = EnteredScoreTests()

    func firstError(_ s: Session, _ text: String) -> Diagnostic? {
        t.run(s, text).compactMap { if case .diagnostic(let d) = $0, d.severity == .error { return d } else { return nil } }.first
    }

    @Test func anIndicatorAssignedWithoutAFieldSuggestsTheFieldItsRuleReads() throws {
        let s = try t.session("seed003-zengcheng-2022.yaml")
        // A manual indicator: its entered score, not `.actual`.
        let manual = try #require(firstError(s, "新增预算项目事前绩效评估 = 2"))
        #expect(manual.message == "'新增预算项目事前绩效评估' is an indicator, not a variable: an assignment changes one of its fields")
        #expect(manual.hint == "name the field to change: `新增预算项目事前绩效评估.entered = 2` (its rule manual reads entered)")
        // An execution-rate indicator: its spend.
        let s2 = try t.session("seed002-gz-industry-2023.yaml")
        #expect(firstError(s2, "专项资金支出率 = 400万元")?.hint?.contains("`专项资金支出率.spent = 400万元` (its rule execution-rate reads budget, spent)") == true)
        // A parent: its weight.
        #expect(firstError(s, "履职效能 = 40")?.hint == "its score is the sum of its children's, so only its weight can be set: `履职效能.weight = 40`; to move its score, change an indicator under it")
        // Nothing was changed by any of them.
        #expect(t.printed(s, "total") == "91.42")
    }

    @Test func aCodeWithoutItsHashIsPointedOut() throws {
        let s = try t.session("seed003-zengcheng-2022.yaml")
        let d = try #require(firstError(s, "show 2.1"))
        #expect(d.message == "show takes an indicator, found a number")
        #expect(d.hint == "an indicator is named by its code with '#': `show #2.1`")
        // A number that is no code gets no such hint.
        #expect(firstError(s, "show 9.9")?.hint == nil)
    }

    @Test func aNameWithADashIsToldToBeQuoted() throws {
        let s = try t.session("seed003-zengcheng-2022.yaml")
        #expect(firstError(s, "预算-执行 = 3")?.hint == "a name with '-' in it is written in quotes (unquoted, '-' subtracts): `\"预算-执行\".actual = …`")
        #expect(firstError(s, "\"预算编制\" = 3")?.hint?.hasPrefix("name the field to change, such as `\"预算编制\".actual = …`") == true)
    }
}
