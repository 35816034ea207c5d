import Foundation
import Testing
@testable import RubricCore

@Suite struct WhatIfLessonTests {
    static let lessons = ["01-execution-rate", "02-150-percent-rule", "03-grade-bands", "04-goal-seek", "05-rounding"]

    func run(_ path: String) throws -> Session.RunResult {
        let files = PackageFiles()
        let text = try files.read(path)
        return Session(files: files).runScript(SourceFile(name: path, text: text))
    }

    @Test(arguments: lessons) func everySolutionPasses(_ name: String) throws {
        let r = try run("examples/lessons/solutions/\(name).rubric")
        #expect(r.failure == nil, "\(r.failure?.rendered() ?? "")")
        #expect(r.assertsFailed == 0 && r.assertsPassed >= 2)
    }

    @Test(arguments: lessons) func everyUnsolvedLessonFailsWithAnExplainingAssert(_ name: String) throws {
        let r = try run("examples/lessons/\(name).rubric")
        let failure = try #require(r.failure)
        #expect(failure.phase == .assertion)
        #expect(failure.message.hasPrefix("assertion failed: "))
    }

    @Test func everyLessonMarksTheLineToEdit() throws {
        for name in Self.lessons {
            let text = try PackageFiles().read("examples/lessons/\(name).rubric")
            #expect(text.contains("# ✎ EDIT THE NEXT LINE"), "\(name)")
        }
    }

    /// The reports the lessons work on: the real seeds, not figures typed into another report.
    static let reports = ["01-execution-rate": "seed002-gz-industry-2023.yaml", "02-150-percent-rule": "seed001-panyu-2023.yaml",
                          "03-grade-bands": "seed003-zengcheng-2022.yaml", "04-goal-seek": "seed003-zengcheng-2022.yaml",
                          "05-rounding": "seed002-gz-industry-2023.yaml"]

    @Test(arguments: lessons) func everyLessonLoadsOnlyItsSeedReportAndEditsNoInputBeforeTheMarkedLine(_ name: String) throws {
        let text = try PackageFiles().read("examples/lessons/\(name).rubric")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let loads = lines.filter { $0.hasPrefix("load ") }
        #expect(loads == ["load \"../reports/\(Self.reports[name]!)\""])
        let solved = try PackageFiles().read("examples/lessons/solutions/\(name).rubric")
        #expect(solved.contains("load \"../../reports/\(Self.reports[name]!)\""))
        // Only the marked line differs between a lesson and its solution (besides the path and the marker).
        let solvedLines = solved.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == solvedLines.count)
        let mark = try #require(lines.firstIndex { $0.hasPrefix("# ✎ EDIT THE NEXT LINE") })
        let differing = zip(lines, solvedLines).enumerated().filter { $1.0 != $1.1 }.map(\.offset)
        #expect(Set(differing).isSubset(of: [lines.firstIndex(of: loads[0])!, mark, mark + 1]), "\(name): \(differing)")
    }

    @Test(arguments: lessons) func theUnsolvedLessonFailsAfterTheMarkedLineAndNotBefore(_ name: String) throws {
        let path = "examples/lessons/\(name).rubric"
        let text = try PackageFiles().read(path)
        let mark = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("# ✎ EDIT THE NEXT LINE") })
        let failure = try #require(try run(path).failure)
        // `path:LINE:COL: error: …` — the first failing assert is one the trainee's edit is meant to satisfy.
        let rendered = failure.rendered()
        let line = try #require(Int(rendered.dropFirst(path.count + 1).prefix { $0.isNumber }))
        #expect(line > mark + 2, "\(name) failed at line \(line), before its marked line \(mark + 2)")
        #expect(rendered.contains("note: "))                   // what was found and what was expected
    }

    @Test func lessonsOnSeeds001And002UseTheirRealFigures() throws {
        let files = PackageFiles()
        // Lesson 02: the seed's own targets, halved above 150% and kept at exactly 150%.
        let s = Session(files: files)
        let r = s.script("""
        load "examples/reports/seed001-panyu-2023.yaml"
        assert 新增上市企业.target == 1家 and 新增上市企业.actual == 4家 and 新增上市企业.factor == 50%
        assert 美食节宣传受众.target == 1000万人次 and 美食节宣传受众.actual == 1500万人次 and 美食节宣传受众.factor == 100%
        assert 扶持企业拥有知识产权数.target == 50项 and 扶持企业拥有知识产权数.actual == 900项 and 扶持企业拥有知识产权数.factor == 50%
        """)
        #expect(r.failure == nil, "\(r.failure?.rendered() ?? "")")
        // Lessons 01 and 05: 专项资金 447,790.64 / 425,020.15 → 4.75; the smallest spend keeping 4.75 is 424,930.93.
        let t = Session(files: files).script("""
        load "examples/reports/seed002-gz-industry-2023.yaml"
        assert 专项资金支出率.budget == 447,790.64万元 and 专项资金支出率.spent == 425,020.15万元 and 专项资金支出率.score == 4.75
        专项资金支出率.spent = 424,930.93万元
        assert 专项资金支出率.score == 4.75
        专项资金支出率.spent = 424,930.92万元
        assert 专项资金支出率.score == 4.74
        """)
        #expect(t.failure == nil, "\(t.failure?.rendered() ?? "")")
    }

    // MARK: The lessons in Chinese

    static let chineseLessons = ["01-执行率", "02-150%规则", "03-等级", "04-求解", "05-四舍五入"]

    @Test(arguments: chineseLessons) func everyChineseSolutionPassesAndItsLessonFailsAfterTheMarkedLine(_ name: String) throws {
        let solved = try run("examples/lessons/zh/solutions/\(name).rubric")
        #expect(solved.failure == nil, "\(solved.failure?.rendered() ?? "")")
        #expect(solved.assertsFailed == 0 && solved.assertsPassed >= 2)
        let path = "examples/lessons/zh/\(name).rubric"
        let text = try PackageFiles().read(path)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let mark = try #require(lines.firstIndex { $0.hasPrefix("# ✎ EDIT THE NEXT LINE") })
        let failure = try #require(try run(path).failure)
        #expect(failure.phase == .assertion)
        let line = try #require(Int(failure.rendered().dropFirst(path.count + 1).prefix { $0.isNumber }))
        #expect(line > mark + 2, "\(name) failed at line \(line), before its marked line \(mark + 2)")
        // Only the marked line (and the relative path of the report) differ from the solution.
        let solvedLines = try PackageFiles().read("examples/lessons/zh/solutions/\(name).rubric").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let differing = zip(lines, solvedLines).enumerated().filter { $1.0 != $1.1 }.map(\.offset)
        let load = try #require(lines.firstIndex { $0.hasPrefix("载入 ") })
        #expect(Set(differing).isSubset(of: [load, mark, mark + 1]), "\(name): \(differing)")
    }

    @Test func theChineseLessonsTeachTheSameAsTheEnglishOnes() throws {
        // Same seeds, same number of asserts: a translation, not another lesson.
        for (en, zh) in zip(Self.lessons, Self.chineseLessons) {
            let a = try run("examples/lessons/solutions/\(en).rubric"), b = try run("examples/lessons/zh/solutions/\(zh).rubric")
            #expect(a.assertsPassed == b.assertsPassed, "\(en) / \(zh)")
        }
    }
}
