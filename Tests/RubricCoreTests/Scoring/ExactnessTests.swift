import Testing
@testable import RubricCore

/// Issue 10's disagreements with the documented rules, each by name: every figure shown adds up, rounding is once.
@Suite struct ExactnessTests {
    /// A one-leaf-per-line report under the Guangzhou scheme: (name, weight, extra YAML lines of the leaf).
    static func report(_ leaves: [(String, String, [String])], group: Bool = true) throws -> ScoredReport {
        var lines = ["rubric-report: 1", "title: \"t\"", "scheme: \"guangzhou-department\"", "indicators:"]
        let total = leaves.reduce(ExactDecimal.zero) { (try? $0 + ExactDecimal(stringLiteral: $1.1)) ?? $0 }
        lines += ["  - name: \"甲\"", "    code: \"1\"", "    weight: \(total.shortText())", "    children:"]
        for (k, leaf) in leaves.enumerated() {
            lines += ["      - name: \"\(leaf.0)\"", "        code: \"1.\(k + 1)\"", "        weight: \(leaf.1)"]
            lines += leaf.2.map { "        " + $0 }
        }
        let r = try ReportLoader.load(SourceFile(name: "t.yaml", text: lines.joined(separator: "\n") + "\n"))
        return ScoredReport(report: r, scheme: BuiltinSchemes.guangzhou)
    }

    @Test func enteredScoresWithMorePlacesAreRoundedBeforeTheyAreAddedUp() throws {
        let s = try Self.report([("甲1", "5", ["rule: manual", "entered: 4.125"]), ("甲2", "5", ["rule: manual", "entered: 4.125"])])
        #expect(s.scores[s.index(ofCode: "1.1")!] == "4.13")
        #expect(s.scores[s.index(ofCode: "1")!] == "8.26")       // 4.13 + 4.13, not 8.25
        #expect(s.total == "8.26")
        let steps = s.explain(s.index(ofCode: "1.1")!).steps.joined(separator: "\n")
        #expect(steps.contains("4.125 has more places than the scheme's 2: rounded half-up to 4.13"))
    }

    @Test func aClampedScoreIsRoundedLikeAnyLeafScoreSoTheRowsAddUp() throws {
        // Weights with more places than the scheme's: the clamped full scores show 0.13 and 0.88, and the parent is
        // their sum as shown (1.01), not 1.00 above rows that add to 1.01.
        let s = try Self.report([("甲1", "0.125", ["rule: manual", "entered: 5"]), ("甲2", "0.875", ["rule: manual", "entered: 5"])])
        #expect(s.scores[s.index(ofCode: "1.1")!] == "0.13")
        #expect(s.scores[s.index(ofCode: "1.2")!] == "0.88")
        #expect(s.scores[s.index(ofCode: "1")!] == "1.01")
        if case .clamped(let from) = s.statuses[s.index(ofCode: "1.1")!] { #expect(from == "5") } else { Issue.record("not clamped") }
        // An unclamped full score of the same weight shows the same figure.
        let full = try Self.report([("甲1", "0.125", ["rule: manual", "entered: 0.125"])])
        #expect(full.scores[full.index(ofCode: "1.1")!] == "0.13")
        // The audit says why: the weight has more places than the scheme keeps.
        let notes = Audit.run(s).filter { $0.id == "more-places" }.map(\.message)
        #expect(notes.contains("1.1 甲1: weight 0.125 has more places than the scheme's 2; a full score counts as 0.13"))
    }

    @Test func anEnteredStandInAboveTheWeightIsRoundedLikeTheWeight() throws {
        // A positive rule without its target: the entered 9 stands in, held to the weight 0.125, shown as 0.13.
        let s = try Self.report([("甲1", "0.125", ["rule: positive-guangzhou", "actual: 5", "entered: 9"])])
        #expect(s.scores[s.index(ofCode: "1.1")!] == "0.13")
        #expect(s.scores[s.index(ofCode: "1")!] == "0.13")
    }

    @Test func weightsNotAddingUpTo100LeaveTheTotalWithoutAGrade() throws {
        let s = try Self.report([("甲1", "60", ["rule: manual", "entered: 60"]), ("甲2", "50", ["rule: manual", "entered: 50"])])
        #expect(s.topWeightMismatch == "110")
        #expect(s.isUngraded && !s.isIncomplete, "the total is exact; only the grade is withheld")
        #expect(ScoreTable.gradeText(s) == "—")
        #expect(ScoreTable.summary(s).last == "等级 — (no grade: the 一级 weights add up to 110, not 100)")
        #expect(ScoreExplanation.total(s).contains("grade: none: the 一级 weights add up to 110, not 100, so the total 110.00 is not out of 100"))
        let warnings = Audit.weightWarnings(s, file: "t.yaml").map { $0.rendered() }
        #expect(warnings == ["t.yaml: warning: the 一级 weights add up to 110, not 100\nnote: fix the weights (rubric check lists them): the total is not out of 100, so no grade band applies\n"])
        // Out of 100 again, the grade is back.
        let ok = try Self.report([("甲1", "60", ["rule: manual", "entered: 60"]), ("甲2", "40", ["rule: manual", "entered: 35"])])
        #expect(ok.topWeightMismatch == nil)
        #expect(ScoreTable.gradeText(ok) == "优")
        #expect(Audit.weightWarnings(ok, file: "t.yaml").isEmpty)
    }

    @Test func publishedScoresWithMorePlacesAreRoundedToo() throws {
        // Displayed leaves add to 60.00 and the grade follows what is shown (中, not 差 from 59.99).
        let s = try Self.report([("甲1", "30", ["published: 29.995"]), ("甲2", "30", ["published: 30"])])
        #expect(s.total == "60.00" || s.total == "60")
        #expect(s.grade == "中")
    }

    @Test func aRateIsRoundedOnceFromTheExactQuotient() throws {
        // 150.004999999999% is 150.00% at 0.01%: full weight, not the halved score above 150%.
        let p = try Self.report([("甲1", "10", ["rule: positive-guangzhou", "target: 100", "actual: 150.004999999999"])])
        #expect(p.scores[p.index(ofCode: "1.1")!] == "10")
        // 53.494999999999% is 53.49%: 0.53 of a weight of 1, not 0.54.
        let e = try Self.report([("甲1", "1", ["rule: execution-rate", "budget: 1", "spent: 0.53494999999999"])])
        #expect(e.scores[e.index(ofCode: "1.1")!] == "0.53")
    }

    @Test func hugeCompletionRatiosScoreInsteadOfFailing() throws {
        let s = try Self.report([("甲1", "10", ["rule: positive-guangzhou", "target: 1", "actual: 10000000000"])])
        let i = s.index(ofCode: "1.1")!
        #expect(s.statuses[i] == .computed)
        #expect(s.scores[i] == "5")                                 // above 150%: half the weight
        let t = try Self.report([("甲1", "10", ["rule: positive-guangzhou", "target: 0.0001", "actual: 999999999999"])])
        #expect(t.statuses[t.index(ofCode: "1.1")!] == .computed)
    }

    @Test func theKernelAndTheRuleAgreeOnEdgeQuotients() throws {
        // The fast kernel path and the rule path round the same way on the values above.
        for actual in ["150.004999999999", "150.005", "149.99995", "10000000000"] {
            let s = try Self.report([("甲1", "10", ["rule: positive-guangzhou", "target: 100", "actual: \(actual)"])])
            var slow = s
            slow.kernels = Array(repeating: nil, count: s.kernels.count)
            slow.rescoreAll()
            #expect(slow.scores == s.scores, "\(actual)")
        }
    }
}

/// Which families treat an input below 0 as 0 (docs/rules.md lists them): the value families, and no other.
@Suite struct NegativeInputTests {
    @Test func valueFamiliesTreatANegativeActualAsZero() throws {
        let pos = try ExactnessTests.report([("甲1", "10", ["rule: positive-guangzhou", "target: 100", "actual: -5"])])
        #expect(pos.scores[pos.index(ofCode: "1.1")!] == "0")
        #expect(pos.explain(pos.index(ofCode: "1.1")!).steps.contains { $0.contains("below 0: treated as 0") })
        let exe = try ExactnessTests.report([("甲1", "5", ["rule: execution-rate", "budget: 100", "spent: -1"])])
        #expect(exe.scores[exe.index(ofCode: "1.1")!] == "0")
    }

    @Test func tiersKeepTheSignSoATableCanCoverNegativeValues() throws {
        let tiers = "parameters: {tiers: [{up-to: -0.1, points: 3}, {up-to: 0, points: 2}, {points: 0}]}"
        let s = try ExactnessTests.report([("甲1", "3", ["rule: tiers", tiers, "actual: -12%"])])
        #expect(s.scores[s.index(ofCode: "1.1")!] == "3")
        let z = try ExactnessTests.report([("甲1", "3", ["rule: tiers", tiers, "actual: 0"])])
        #expect(z.scores[z.index(ofCode: "1.1")!] == "2")
    }
}

/// Inputs a file gives that nothing reads are errors at their place, with a did-you-mean.
@Suite struct UnknownParameterTests {
    @Test func aMisspeltParameterInAReportIsAnErrorAtItsKey() {
        let text = """
        rubric-report: 1
        title: "t"
        scheme: "guangzhou-department"
        indicators:
          - name: "甲"
            code: "1"
            weight: 10
            rule: deduction-per-point
            parameters: {threshhold: 0%}
            actual: 5
        """
        do { _ = try ReportLoader.load(SourceFile(name: "r.yaml", text: text)); Issue.record("loaded") } catch {
            #expect(error.message == "unknown parameter 'threshhold': rule 'deduction-per-point' does not read it")
            #expect(error.hint == "did you mean 'threshold'?")
            #expect(error.rendered().hasPrefix("r.yaml:9:18:"))
        }
    }

    @Test func aMisspeltParameterInASchemeIsAnErrorToo() {
        let text = BuiltinSchemes.texts.first { $0.file == "guangzhou-department.yaml" }!.text
            .replacingOccurrences(of: "parameters:\n", with: "parameters:\n  overshot: 2\n")
        do { _ = try SchemeLoader.load(SourceFile(name: "s.yaml", text: text)); Issue.record("loaded") } catch {
            #expect(error.message == "unknown parameter 'overshot': no rule reads it")
            #expect(error.hint == "did you mean 'overshoot'?")
        }
    }
}

/// One rule everywhere: a total with indicators not given or not scorable has no grade.
@Suite struct IncompleteTotalTests {
    @Test func aFailedIndicatorMakesTheTotalIncompleteEverywhere() throws {
        let s = try ExactnessTests.report([("甲1", "95", ["rule: manual", "entered: 95"]), ("甲2", "5", ["rule: positive-guangzhou", "target: 0", "actual: 3"])])
        #expect(s.failedCount == 1)
        #expect(s.isIncomplete && !s.isPartial)
        #expect(ScoreTable.gradeText(s) == "—")
        #expect(ScoreTable.totalText(s) == "95.00 (incomplete)")
        #expect(ScoreTable.tree(s).footer.last?.hasPrefix("等级 — (incomplete total: 1 indicator could not be scored") == true)
        #expect(ScoreExplanation.grade(s).hasPrefix("等级 —: the total 95.00 is incomplete"))
        #expect(Evaluator.grade(of: s) == .none)
        #expect(JSONExport.json(s).contains("\"grade\": null"))
    }

    @Test func aPartialTotalHasNoGradeInExplainEither() throws {
        let s = ScoredReport(report: NotGivenScoringTests.partialReport(), scheme: BuiltinSchemes.guangzhou)
        #expect(ScoreExplanation.gradePlace(s).hasPrefix("none: the total 77.45 is incomplete (partial"))
    }
}

/// Messages that pointed at the wrong place or said the wrong thing.
@Suite struct MessagePlaceTests {
    @Test func anUnclosedBracketIsReportedAtTheBracket() {
        do { _ = try Parser.parse("print 1\nprint 2\nprint (1 + 2\n\n", name: "p.rubric"); Issue.record("parsed") } catch {
            #expect(error.locationText == "p.rubric:3:7")
            #expect(error.message == "this '(' is never closed")
        }
        // Inside the input, a missing ')' is still reported where it was expected.
        do { _ = try Parser.parse("print (1 + 2 3\n", name: "q.rubric"); Issue.record("parsed") } catch {
            #expect(error.locationText == "q.rubric:1:14")
        }
    }

    @Test func enteringTheScoreAnIndicatorAlreadyHasDoesNotWarn() throws {
        let (s, _) = try WhatIfFixtures.session()
        var warnings: [String] = ["none"]
        for o in s.run(SourceFile(name: "<input>", text: "部门整体绩效目标产出指标完成情况.entered = 6.28")) {
            if case .delta(let d) = o { warnings = d.warnings }
        }
        #expect(warnings.isEmpty)
    }
}

/// The audit notes a score given with more places than the scheme keeps.
@Suite struct MorePlacesAuditTests {
    @Test func anEnteredScoreWithMorePlacesGetsANote() throws {
        let s = try ExactnessTests.report([("甲1", "5", ["rule: manual", "entered: 4.125"]), ("甲2", "5", ["rule: manual", "entered: 4"])])
        let notes = Audit.run(s).filter { $0.id == "more-places" }
        #expect(notes.map(\.message) == ["1.1 甲1: entered score 4.125 has more places than the scheme's 2; it counts as 4.13"])
    }
}

/// Values the scorer keeps to save work (the 一级 weight sum, rules that always fail) agree with working it out.
@Suite struct ScoringCacheTests {
    @Test func theTopWeightSumFollowsWeightEditsAndTheirUndo() throws {
        let s = try EnteredScoreTests().session("seed003-zengcheng-2022.yaml")
        let run = { (t: String) in EnteredScoreTests().run(s, t) }
        #expect(EnteredScoreTests().printed(s, "grade") == "优")
        _ = run("#1.weight = 60")
        #expect(s.workspace?.scored.topWeightSum == "110")
        #expect(EnteredScoreTests().printed(s, "grade") == "none", "the 一级 weights add up to 110: no grade")
        _ = run("undo")
        #expect(s.workspace?.scored.topWeightSum == "100")
        #expect(EnteredScoreTests().printed(s, "grade") == "优")
        // The kept sum is what adding the weights up gives, after every step.
        let w = try #require(s.workspace?.scored)
        #expect(w.topWeightSum == w.report.weightSum(of: w.topLevelIndices))
    }

    @Test func aRuleThatAlwaysFailsIsNotCalledAndScoresAsIfItWere() throws {
        // Seed 003's 1.1.1 is scored by `targets` but has none: its stand-in scores it without the rule being called.
        let text = try String(contentsOf: EnteredScoreTests.examples.appendingPathComponent("seed003-zengcheng-2022.yaml"), encoding: .utf8)
        var s = ScoredReport(report: try ReportLoader.load(SourceFile(name: "s", text: text)), scheme: BuiltinSchemes.guangzhou)
        let i = try #require(s.index(ofCode: "1.1.1"))
        #expect(s.failsAlways[i])
        let rule = try #require(s.rule(for: i))
        var none: Trace? = nil
        let expected: RuleError
        do throws(RuleError) { _ = try rule.score(s.ruleInput(i), trace: &none); Issue.record("the rule scored"); return } catch { expected = error }
        #expect(s.statuses[i] == .asPublished(expected))
        for k in 0..<48 {   // entered 0 … 9.87, within the weight 10
            let v = ExactDecimal(significand: Int64(k * 21), scale: 2)
            _ = s.modify(i, recordChanges: false) { $0.inputs.entered = v }
            #expect(s.statuses[i] == .entered(expected))
            #expect(s.scores[i] == v.rounded(places: 2))
        }
        #expect(s.total == ScoredReport(report: s.report, scheme: BuiltinSchemes.guangzhou).total)
    }
}
