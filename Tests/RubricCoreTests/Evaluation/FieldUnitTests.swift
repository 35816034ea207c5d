import Testing
@testable import RubricCore

/// A value assigned to a field means what the field holds: units kept, units that cannot apply refused, names exact.
@Suite struct FieldUnitTests {
    static let report = """
    rubric-report: 1
    title: "t"
    scheme: "guangzhou-department"
    indicators:
      - name: "在职人员控制率"
        code: "1"
        weight: 10
        rule: reverse
        target: 100%
        actual: 106%
      - name: "新增企业"
        code: "2"
        weight: 90
        rule: positive-guangzhou
        target: 600家
        actual: 550家
    """

    func session() throws -> Session {
        let s = Session(files: WhatIfMemoryFiles(["r.yaml": Self.report]))
        try s.load("r.yaml")
        return s
    }

    @Test func aPlainNumberForAPercentFieldIsInPercent() throws {
        let s = try session()
        #expect(s.script("在职人员控制率.actual = 107").failure == nil)
        let i = try #require(s.workspace?.index(ofCode: "1"))
        #expect(s.workspace?.scored.report.nodes[i].inputs.actual == Quantity("1.07", .percent))
        #expect(s.script("新增企业.actual = 610").failure == nil)
        let j = try #require(s.workspace?.index(ofCode: "2"))
        #expect(s.workspace?.scored.report.nodes[j].inputs.actual == Quantity("610", .count("家")))
    }

    @Test func aUnitThatCannotApplyIsRefused() throws {
        let s = try session()
        let r = s.script("在职人员控制率.actual = 106人")
        #expect(r.failure?.message == "在职人员控制率.actual is 106%; 106人 cannot stand for it")
        #expect(s.script("新增企业.actual = 95%").failure != nil)
        #expect(s.workspace?.undoStack.isEmpty == true)
    }

    @Test func rateCompletionAndEarnedAreEachWhatTheySay() throws {
        let (s, _) = try WhatIfFixtures.session()
        // Seed 003's 专项资金支出率 gives a score but no budget or spend: no rate, and the error says what to set.
        let r = s.script("print 专项资金支出率.rate")
        #expect(r.failure?.message == "专项资金支出率 gives neither budget and spend nor target and actual: it has no rate")
        #expect(r.failure?.hint?.contains(".earned is its score ÷ weight, 94%") == true)
        #expect(s.script("assert 专项资金支出率.earned == 94%").failure == nil)
        _ = s.script("专项资金支出率.budget = 447790.64万元\n专项资金支出率.spent = 425020.15万元")
        #expect(s.script("assert round(专项资金支出率.rate, 2) == 94.91%").failure == nil)
        let t = try session()
        #expect(t.script("assert round(新增企业.completion, 2) == 91.67%\nassert 新增企业.rate == 新增企业.completion").failure == nil)
    }
}

/// A report whose target and actual are in different units is refused at load, at the actual.
@Suite struct LoadUnitTests {
    @Test func aPercentTargetWithACountActualIsALoadError() {
        let text = FieldUnitTests.report.replacingOccurrences(of: "actual: 106%", with: "actual: 106人")
        do { _ = try ReportLoader.load(SourceFile(name: "r.yaml", text: text)); Issue.record("loaded") } catch {
            #expect(error.message == "the actual 106人 and the target 100% are not in the same unit")
            #expect(error.rendered().hasPrefix("r.yaml:10:13:"))
        }
    }
}

/// A what-if on an input the report does not give says what to set first, instead of a flat sweep or "unreachable".
@Suite struct MissingInputWhatIfTests {
    @Test func sweepSeekAndPlusEqualsSayWhatToSetFirst() throws {
        let (s, _) = try WhatIfFixtures.session()
        let sweep = s.script("sweep 专项资金支出率.spent from 400000 to 450000 step 10000").failure
        #expect(sweep?.message == "专项资金支出率 has no budget: sweeping its spent would not move its score")
        #expect(sweep?.hint == "set 专项资金支出率.budget first (its rule 'execution-rate' reads budget and spent)")
        #expect(s.script("seek 专项资金支出率.spent for total >= 92").failure?.message.hasPrefix("专项资金支出率 has no budget") == true)
        #expect(s.script("专项资金支出率.spent += 400万元").failure?.message == "专项资金支出率.spent is not given, so += has nothing to add to")
        // Once the budget is set, the same what-ifs work.
        _ = s.script("专项资金支出率.budget = 447790.64万元")
        #expect(s.script("sweep 专项资金支出率.spent from 400000 to 450000 step 10000").failure == nil)
    }
}
