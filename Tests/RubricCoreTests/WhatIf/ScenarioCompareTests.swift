import Testing
@testable import RubricCore

@Suite struct WhatIfScenarioCompareTests {
    func total(_ s: Session) -> ExactDecimal? { s.workspace?.scored.total }

    @Test func undoAndRedoWalkBackAndForthThroughEdits() throws {
        let (s, _) = try WhatIfFixtures.session()
        #expect(s.script("部门整体绩效目标产出指标完成情况.entered = 4\n采购内控制度建设.entered = 1").failure == nil)
        #expect(total(s) == "89.34")
        _ = s.script("undo")
        #expect(total(s) == "89.14")
        _ = s.script("undo")
        #expect(total(s) == "91.42")
        let nothing = s.script("undo")
        #expect(nothing.outputs.first?.plain == "nothing to undo")
        _ = s.script("redo")
        #expect(total(s) == "89.14")
        _ = s.script("redo")
        #expect(total(s) == "89.34")
        // A new edit clears the redo stack.
        _ = s.script("undo\n数据质量.entered = 2")
        #expect(total(s) == "89.34")
        #expect(s.script("redo").outputs.first?.plain == "nothing to redo")
    }

    @Test func undoFollowsEditsAcrossScenarios() throws {
        let (s, _) = try WhatIfFixtures.session()
        _ = s.script("scenario low\n部门整体绩效目标产出指标完成情况.entered = 4\nuse baseline\n数据质量.entered = 2")
        #expect(total(s) == "91.62")
        _ = s.script("undo\nundo")
        #expect(s.workspace?.current == "low")
        #expect(total(s) == "91.42")
    }

    @Test func compareTwoScenariosShowsDifferingIndicatorsTotalsAndGrades() throws {
        let (s, _) = try WhatIfFixtures.session()
        let out = s.script("scenario low\n部门整体绩效目标产出指标完成情况.entered = 4\ncompare baseline low")
        #expect(out.failure == nil)
        guard case .table(let t)? = out.outputs.last else { Issue.record("no table"); return }
        #expect(t.columns == ["code", "indicator", "baseline", "low", "Δ low", "Δ%"])
        #expect(t.rows.map { $0[0] } == ["1", "1.1", "1.1.1", "2", "", ""])
        #expect(t.rows[2].suffix(4) == ["6.28", "4.00", "-2.28", "-36.31%"])
        #expect(t.rows[4] == ["", "总分", "91.42", "89.14", "-2.28", "-2.49%"])
        #expect(t.rows[5] == ["", "等级", "优", "良", "优 → 良", ""])
        #expect(t.footer.first == "3 indicator(s) differ")
        // diff in a scenario compares it with the baseline: the same table.
        guard case .table(let d)? = s.script("diff").outputs.last else { Issue.record("no diff"); return }
        #expect(d.rows == t.rows)
    }

    @Test func compareTwoReportFilesMatchesByCodeAndNameAndListsTheUnmatched() throws {
        // 2023: 数据质量 renamed (same code), 资产盘点情况 removed, 采购内控制度建设 improved.
        var y2023 = WhatIfFixtures.seed003.replacingOccurrences(of: "name: \"数据质量\"", with: "name: \"资产数据质量\"")
        y2023 = y2023.replacingOccurrences(of: """
                  - name: "资产盘点情况"
                    code: "2.6.3"
                    weight: 1
                    published: 1.00
                    explanation: "反映单位是否每年按要求进行资产盘点。"

        """, with: "")
        let (s, _) = try WhatIfFixtures.session(["2023.yaml": y2023])
        #expect(y2023 != WhatIfFixtures.seed003)
        let out = s.script("compare \"seed003.yaml\" \"2023.yaml\"")
        #expect(out.failure == nil, "\(out.outputs.map(\.plain))")
        guard case .table(let t)? = out.outputs.last else { Issue.record("no table"); return }
        #expect(t.footer.contains("matched by code #2.6.4: 数据质量 (seed003.yaml) ↔ 资产数据质量 (2023.yaml)"))
        #expect(t.footer.contains("only in seed003.yaml (not in 2023.yaml): 资产盘点情况"))
        let removed = try #require(t.rows.first { $0[0] == "2.6.3" })
        #expect(removed.suffix(3) == ["—", "—", "—"])
        #expect(t.rows.last?[1] == "等级")
    }

    @Test func saveScenarioWritesANewReportAndNeverTheLoadedFile() throws {
        let (s, mem) = try WhatIfFixtures.session()
        let out = s.script("scenario low\n部门整体绩效目标产出指标完成情况.entered = 4\nsave scenario low \"low.yaml\"")
        #expect(out.failure == nil)
        let saved = try #require(mem.contents["low.yaml"])
        #expect(mem.contents["seed003.yaml"] == WhatIfFixtures.seed003)
        let back = try ReportLoader.load(SourceFile(name: "low.yaml", text: saved))
        #expect(ScoredReport(report: back, scheme: try #require(s.workspace?.scored.scheme)).total == "89.14")
        let again = s.script("save scenario low \"low.yaml\"").failure
        #expect(again?.message == "'low.yaml' already exists")
        #expect(again?.hint == "`save! scenario low \"low.yaml\"` replaces it")
        #expect(s.script("save! scenario low \"low.yaml\"").failure == nil)
        #expect(s.script("save! scenario low \"seed003.yaml\"").failure?.message.contains("is the loaded report") == true)
    }

    /// Seed 001's real targets (上市企业 400%, 知识产权 1800% are halved under the 150% rule) in memory.
    func seed001Session() throws -> (Session, WhatIfMemoryFiles) {
        let mem = WhatIfMemoryFiles(["seed001.yaml": try PackageFiles().read("examples/reports/seed001-panyu-2023.yaml")])
        let s = Session(files: mem)
        try s.load("seed001.yaml")
        return (s, mem)
    }

    @Test func saveScenarioWritesSchemeParameterEditsSoTheFileReproducesTheScenario() throws {
        let (s, mem) = try seed001Session()
        let out = s.script("scenario 无减半\nscheme.overshoot = none\nsave scenario 无减半 \"nocut.yaml\"")
        #expect(out.failure == nil, "\(out.failure?.rendered() ?? "")")
        let w = try #require(s.workspace)
        let scenarioTotal = try #require(w.scenarios["无减半"]?.scored.total)
        #expect(scenarioTotal > w.loaded.total)                 // the edit matters: halved targets are whole again
        #expect(out.outputs.map(\.plain).joined().contains("scheme.overshoot = none written as rule parameters on"))
        // Loading the saved file, as a user would, gives the scenario's scores.
        let fresh = Session(files: mem)
        try fresh.load("nocut.yaml")
        let back = try #require(fresh.workspace?.scored)
        #expect(back.total == scenarioTotal)
        #expect(back.scores == w.scenarios["无减半"]?.scored.scores)
        #expect(back.scheme.parameters["overshoot"] == .number("1.5"))   // the file keeps its scheme; the targets carry the edit
        let r = fresh.script("assert 新增上市企业.factor == 100%\nassert 扶持企业拥有知识产权数.factor == 100%\nassert 美食节宣传受众.factor == 100%")
        #expect(r.failure == nil, "\(r.failure?.rendered() ?? "")")
        let text = try #require(mem.contents["nocut.yaml"])
        #expect(text.contains("rule: positive-guangzhou\n") && text.contains("overshoot: \"none\""))
        #expect(!text.contains("rule: execution-rate"))         // only indicators whose rule reads the parameter
    }

    @Test func saveScenarioSaysWhatAReportCannotCarry() throws {
        let (s, mem) = try WhatIfFixtures.session()
        let out = s.script("scenario p\nscheme.places = 1\nsave scenario p \"p.yaml\"")
        #expect(out.failure == nil)
        let text = out.outputs.map(\.plain).joined(separator: "\n")
        let fresh = Session(files: mem)
        try fresh.load("p.yaml")
        let scenario = try #require(s.workspace?.scenarios["p"]?.scored)
        if fresh.workspace?.scored.scores != scenario.scores {
            #expect(text.contains("warning: loaded again, the file scores"))
        }
        #expect(text.contains("scheme.places = 1"))
        #expect(mem.contents["p.yaml"]?.contains("not carried by this file") == true)
    }
}
