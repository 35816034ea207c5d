import Testing
@testable import RubricCore

/// Formulas a scheme gives (issue 16): a province's rubric says once how 在职人员控制率 follows from 在职人员数 and 编制数;
/// a report carries the figures; what-ifs, seek and sweep on a figure re-score through the formula; another scheme drops it.
@Suite struct SchemeFormulasTests {
    static let scheme = """
    rubric-scheme: 1
    id: province
    name: "某省部门整体支出绩效评价"
    rounding: {places: 2, rates: 4, stage: leaf}
    grades:
      - {grade: 优, from: 90}
      - {grade: 良, from: 80}
      - {grade: 中, from: 60}
      - {grade: 差, from: 0}
    leaf-rule: manual
    indicators:
      - {name: 在职人员控制率, rule: reverse, inputs: {actual: "在职人员数 / 编制数"}}
      - {name: 结余率, inputs: {actual: "结余数 / 预算数"}}
    """

    static let report = """
    rubric-report: 1
    title: "t"
    scheme: "guangzhou-department"
    indicators:
      - name: "在职人员控制率"
        code: "1"
        weight: 10
        target: 100%
        rule: reverse
        figures: {在职人员数: 106人, 编制数: 100人}
      - name: "其他"
        code: "2"
        weight: 90
        rule: manual
        entered: 80
    """

    func session(_ report: String = report) throws -> Session {
        let s = Session(files: WhatIfMemoryFiles(["r.yaml": report, "prov.yaml": Self.scheme]))
        try s.load("r.yaml")
        return s
    }

    func text(_ r: Session.RunResult) -> String {
        r.outputs.compactMap { o -> String? in
            switch o {
            case .text(let t): return t
            case .document(let d): return d
            case .table(let t): return ([t.title ?? ""] + t.rows.map { $0.joined(separator: " | ") }).joined(separator: "\n")
            default: return nil
            }
        }.joined(separator: "\n")
    }

    @Test func theSchemesFormulaComputesTheInputFromTheReportsFigures() throws {
        let s = try session()
        // Under the Guangzhou scheme nothing computes the actual: the indicator cannot be scored.
        #expect(s.script("assert 在职人员控制率.actual == 106%").failure != nil)
        let r = s.script("""
        use scheme "prov.yaml"
        assert 在职人员控制率.actual == 106%
        assert 在职人员控制率 == 9.43
        assert total == 89.43
        """)
        #expect(r.failure == nil, "\(r.failure?.message ?? "")")
        let explained = text(s.script("explain 在职人员控制率"))
        #expect(explained.contains("actual = 在职人员数 / 编制数 = 106人 / 100人 = 106% (the scheme's formula)"), "\(explained)")
    }

    @Test func aFigureEditRescoresThroughTheSchemesFormulaAcrossScenariosSchemeChangesAndUndo() throws {
        let s = try session()
        let r = s.script("""
        use scheme "prov.yaml"
        scenario 增编
        在职人员控制率.编制数 = 106
        assert 在职人员控制率 == 10
        use scheme "guangzhou-department"
        assert 在职人员控制率.编制数 == 106人
        undo
        assert 在职人员控制率 == 10
        use baseline
        assert 在职人员控制率 == 9.43
        """)
        #expect(r.failure == nil, "\(r.failure?.message ?? "")")
        // Under the other scheme the actual is gone, not left at the last value the formula gave.
        let again = s.script("use scheme \"guangzhou-department\"\nassert 在职人员控制率.actual == 106%")
        #expect(again.failure != nil)
    }

    @Test func theComputedInputCannotBeSetByHand() throws {
        let s = try session()
        let r = s.script("use scheme \"prov.yaml\"\n在职人员控制率.actual = 100%")
        #expect(r.failure?.message == "在职人员控制率.actual is computed: actual = 在职人员数 / 编制数")
    }

    @Test func aFormulaThatCannotBeComputedSaysSoNotThatTheInputIsMissing() throws {
        let s = try session()
        let r = s.script("use scheme \"prov.yaml\"\n在职人员控制率.编制数 = 0")
        #expect(r.failure == nil)
        let w = try #require(s.workspace)
        guard case .failed(let why) = w.scored.statuses[0] else { Issue.record("not failed: \(w.scored.statuses[0])"); return }
        #expect(why.message == "actual = 在职人员数 / 编制数 cannot be computed: division by zero in the formula")
    }

    @Test func savingKeepsTheFiguresNotTheSchemesFormulaOrItsValue() throws {
        let mem = WhatIfMemoryFiles(["r.yaml": Self.report, "prov.yaml": Self.scheme])
        let s = Session(files: mem)
        try s.load("r.yaml")
        let r = s.script("use scheme \"prov.yaml\"\n在职人员控制率.在职人员数 = 103\nsave \"out.yaml\"")
        #expect(r.failure == nil, "\(r.failure?.message ?? "")")
        let saved = try #require(mem.contents["out.yaml"])
        #expect(saved.contains("figures: {\"在职人员数\": \"103人\", \"编制数\": \"100人\"}") || saved.contains("在职人员数"), "\(saved)")
        #expect(!saved.contains("inputs:"), "the scheme's formula is not written into the report:\n\(saved)")
        #expect(!saved.contains("actual:"), "nor the value it computed:\n\(saved)")
        // Loaded again under the scheme, it scores the same.
        let again = Session(files: mem)
        try again.load("out.yaml")
        let back = again.script("use scheme \"prov.yaml\"\nassert 在职人员控制率.actual == 103%\nassert 在职人员控制率 == 9.71")
        #expect(back.failure == nil, "\(back.failure?.message ?? "")")
    }

    @Test func checkSaysWhenTheSchemesFormulaIsNotUsed() throws {
        // The report states the actual itself: the stated value stands, and check says so.
        let stated = Self.report.replacingAll("    rule: reverse\n", with: "    rule: reverse\n    actual: 104%\n")
        #expect(stated != Self.report)
        let s = try session(stated)
        _ = s.script("use scheme \"prov.yaml\"")
        let w = try #require(s.workspace)
        #expect(w.scored.report.nodes[0].inputs.actual?.value == "1.04")
        let findings = Audit.run(w.scored)
        #expect(findings.contains { $0.id == "scheme-formula-stated" && $0.message.contains("在职人员数 / 编制数") })
        // A figure the formula needs is missing: a warning naming it.
        let missing = Self.report.replacingAll("figures: {在职人员数: 106人, 编制数: 100人}", with: "figures: {在职人员数: 106人}")
        let m = try session(missing)
        _ = m.script("use scheme \"prov.yaml\"")
        let f = Audit.run(try #require(m.workspace).scored)
        #expect(f.contains { $0.id == "scheme-formula-missing" && $0.severity == .warning && $0.message.contains("编制数") })
    }

    @Test func seekOverAFigureFindsTheExactEdgeThroughTheFormula() throws {
        let s = try session()
        _ = s.script("use scheme \"prov.yaml\"")
        let w = try #require(s.workspace)
        func seek(_ figure: String, _ goal: String) throws -> GoalSeek.Result {
            let file = SourceFile(name: "<goal>", text: goal)
            guard case .expression(let e) = try Parser.parse(file).statements[0].kind else { throw Diagnostic(phase: .evaluate, "?") }
            return try GoalSeek.solve(scored: w.scored, node: 0, field: .figure(figure)) { (copy: ScoredReport) throws(Diagnostic) -> Bool in
                guard case .bool(let b) = try s.evaluator(file, on: copy).evaluate(e) else { return false }
                return b
            }
        }
        // Full marks from 106 posts (106 / 106 = 100%): whole posts, and the edge exact.
        let posts = try seek("编制数", "在职人员控制率 == 10")
        #expect(posts.step == 1)
        #expect(posts.intervals.first?.lower == 106, "\(posts.intervals)")
        // 9.5 or more: 10 × 100/105 = 9.52, 10 × 100/106 = 9.43 — up to 105 people.
        let people = try seek("在职人员数", "在职人员控制率 >= 9.5")
        #expect(people.intervals.first?.upper == 105, "\(people.intervals)")
        #expect(people.domain.breakpoints.contains(100), "the target's edge carried back to the figure: \(people.domain.breakpoints)")
        #expect(posts.intervals.first?.openAbove == true, "more posts keep full marks: \(posts.intervals)")
        #expect(posts.domain.lower == 1, "a divisor is searched from one step above 0: \(posts.domain)")
        // And through the statement, as a user types it.
        let out = text(s.script("seek 在职人员控制率.编制数 for 在职人员控制率 == 10"))
        #expect(out.contains("106"), "\(out)")
    }

    @Test func sweepOverAFigureRescoresEachPoint() throws {
        let s = try session()
        let r = s.script("use scheme \"prov.yaml\"\nsweep 在职人员控制率.在职人员数 from 100 to 106 step 2")
        #expect(r.failure == nil, "\(r.failure?.message ?? "")")
        let out = text(r)
        for shown in ["90.00", "89.80", "89.62", "89.43"] { #expect(out.contains(shown), "\(shown) in\n\(out)") }
        // A figure no formula reads cannot be swept: it would move nothing.
        let none = try session(Self.report)
        let e = none.script("sweep 在职人员控制率.在职人员数 from 100 to 106 step 2")
        #expect(e.failure?.message.contains("no formula of 在职人员控制率 reads 在职人员数") == true, "\(e.failure?.message ?? "")")
    }

    @Test func aComputedRateIsRoundedToTheSchemesRatePlacesAndExplainSaysSo() throws {
        let s = try session()
        _ = s.script("use scheme \"prov.yaml\"\n在职人员控制率.编制数 = 103")
        let w = try #require(s.workspace)
        // 106 / 103 = 102.9126…%: the rule reads 102.91%, as it would a rate it computed itself.
        #expect(w.scored.report.nodes[0].inputs.actual?.value.rounded(places: 6) == "1.029126")
        #expect(w.scored.ruleInput(0).inputs.actual?.value == "1.0291")
        let explained = text(s.script("explain 在职人员控制率"))
        #expect(explained.contains("= 102.9126…% → 102.91% (the scheme's formula)"), "\(explained)")
    }

    @Test func anExportedTableReadsBackWithTheSchemesFormulaInForce() throws {
        let s = try session()
        _ = s.script("use scheme \"prov.yaml\"\n在职人员控制率.编制数 = 103")
        let w = try #require(s.workspace)
        let csv = RubricTable.csv(w.scored, schemeAs: "prov.yaml")
        // The computed actual is not written as a value (its digits do not end, and a stated value would stand).
        #expect(!csv.contains("…"))
        let back = try TableImporter.load(SourceFile(name: "t.csv", text: csv)).report
        let scheme = try SchemeLoader.load(SourceFile(name: "prov.yaml", text: Self.scheme))
        let again = ScoredReport(report: back, scheme: scheme)
        #expect(again.total == w.scored.total && again.report.nodes[0].formulasFromScheme == ["actual"])
        #expect(!Audit.run(again).contains { $0.id == "scheme-formula-stated" })
    }

    @Test func aSweepThroughADivisionByZeroShowsNoGradeThere() throws {
        let s = try session()
        let r = s.script("use scheme \"prov.yaml\"\nsweep 在职人员控制率.编制数 from 0 to 2 step 1")
        let rows = text(r).split(separator: "\n").filter { $0.hasPrefix("0人") || $0.hasPrefix("1人") }
        #expect(rows.count == 2)
        #expect(rows.first?.contains("| —") == true, "no grade where the total is incomplete: \(rows)")
    }

    @Test func checkNamesFiguresNoFormulaReads() throws {
        let extra = Self.report.replacingAll("figures: {在职人员数: 106人, 编制数: 100人}", with: "figures: {在职人员数: 106人, 编制数: 100人, 临时人员: 5人}")
        let s = try session(extra)
        _ = s.script("use scheme \"prov.yaml\"")
        let f = Audit.run(try #require(s.workspace).scored)
        #expect(f.contains { $0.id == "figure-unused" && $0.message.contains("临时人员") && !$0.message.contains("编制数") })
    }

    @Test func aSchemeFormulaForAnIndicatorScoredFromItsChildrenIsAWarning() throws {
        let grouped = Self.report.replacingAll("  - name: \"其他\"", with: "  - name: \"结余率\"\n    code: \"3\"\n    weight: 0\n    children:\n      - {name: 结余子项, code: \"3.1\", weight: 0, rule: manual, entered: 0}\n  - name: \"其他\"")
        #expect(grouped != Self.report)
        let s = try session(grouped)
        _ = s.script("use scheme \"prov.yaml\"")
        let f = Audit.run(try #require(s.workspace).scored)
        #expect(f.contains { $0.id == "scheme-formula-not-leaf" && $0.message.contains("结余率") }, "\(f.map(\.id))")
    }

    @Test func aSchemeFileGivenAsAReportSaysWhatItIs() {
        #expect {
            try ReportLoader.load(SourceFile(name: "prov.yaml", text: Self.scheme))
        } throws: { error in
            let d = error as! Diagnostic
            return d.id == "reportIsAScheme" && (d.hint ?? "").contains("--scheme prov.yaml")
        }
    }

    @Test func schemeFilesAreCheckedWhereTheyAreWrong() {
        func error(_ text: String) -> Diagnostic? {
            do { _ = try SchemeLoader.load(SourceFile(name: "s.yaml", text: text)); return nil } catch { return error }
        }
        let unknownInput = error(Self.scheme.replacingAll("inputs: {actual: \"结余数 / 预算数\"}", with: "inputs: {actaul: \"结余数 / 预算数\"}"))
        #expect(unknownInput?.span != nil && unknownInput?.message.contains("actaul") == true, "\(unknownInput?.message ?? "no error")")
        let badFormula = error(Self.scheme.replacingAll("\"结余数 / 预算数\"", with: "\"结余数 / \""))
        #expect(badFormula?.span != nil, "\(badFormula?.message ?? "no error")")
        let stray = error(Self.scheme.replacingAll("{name: 结余率, inputs:", with: "{name: 结余率, parameters: {k: 1}, inputs:"))
        #expect(stray?.message == "parameters belong to a rule: give 'rule' too", "\(stray?.message ?? "no error")")
        let noRule = error(Self.scheme.replacingAll("{name: 结余率, inputs: {actual: \"结余数 / 预算数\"}}", with: "{name: 结余率}"))
        #expect(noRule?.message.contains("has no 'rule'") == true, "\(noRule?.message ?? "no error")")
    }
}
