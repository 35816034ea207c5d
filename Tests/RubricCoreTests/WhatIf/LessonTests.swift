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
}
