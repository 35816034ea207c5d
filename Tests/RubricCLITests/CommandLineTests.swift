import Foundation
import Testing

/// The command line itself: a mistyped command, and the interface language chosen by --lang, the config file and the locale.
@Suite struct CommandLineTests {
    static let package = WorkbookCLITests.package
    static let report = "examples/reports/seed003-zengcheng-2022.yaml"

    @Test func aMistypedCommandSuggestsTheCommand() throws {
        let r = try runRubric(["scroe", "x.yaml"], in: Self.package)
        #expect(r.status == 2)
        #expect(r.stderr.contains("'scroe' is neither a command nor a file"))
        #expect(r.stderr.contains("did you mean `rubric score`?"))
    }

    @Test func langChoosesTheLanguageOfAnyCommand() throws {
        let zh = try runRubric(["check", "--lang", "zh", "examples/tables/projects/langfang-school-2019-project.tsv"], in: Self.package)
        #expect(zh.stdout.contains("按规则计算为 8.62（execution-rate），与公布得分 9.00 不符"))
        #expect(zh.stdout.contains("0 个错误，4 个警告，0 条提示"))
        let en = try runRubric(["--lang=en", "check", "examples/tables/projects/langfang-school-2019-project.tsv"], in: Self.package,
                               env: ["LANG": "zh_CN.UTF-8"])
        #expect(en.stdout.contains("computed 8.62 (execution-rate) differs from published 9.00"))
        let bad = try runRubric(["--lang", "fr", "score", Self.report], in: Self.package)
        #expect(bad.status == 2 && bad.stderr.contains("--lang takes zh or en, not 'fr'"))
    }

    @Test func theLocaleAndTheConfigFileChooseItToo() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("rubric"), withIntermediateDirectories: true)
        let byLocale = try runRubric(["-e", "print 专项资金支出律", Self.report], in: Self.package, env: ["LANG": "zh_CN.UTF-8"])
        #expect(byLocale.stderr.contains("错误: 没有名为“专项资金支出律”的指标或变量"))
        try Data("# mine\nlang = en\n".utf8).write(to: dir.appendingPathComponent("rubric/config"))
        let byConfig = try runRubric(["-e", "print 专项资金支出律", Self.report], in: Self.package,
                                     env: ["LANG": "zh_CN.UTF-8", "XDG_CONFIG_HOME": dir.path])
        #expect(byConfig.stderr.contains("error: no indicator or variable named '专项资金支出律'"))
    }
}
