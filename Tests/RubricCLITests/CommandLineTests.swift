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

    @Test func helpAndUsageErrorsFollowTheLanguage() throws {
        // Every command's --help: its overview, its options and ArgumentParser's frame in Chinese; English unchanged.
        for command in ["score", "check", "export", "review", "run", "open"] {
            let zh = try runRubric(["--lang", "zh", command, "--help"], in: Self.package)
            #expect(zh.status == 0, "\(command)")
            #expect(zh.stdout.hasPrefix("概述："), "\(command): \(zh.stdout.prefix(80))")
            #expect(zh.stdout.contains("选项：") && zh.stdout.contains("显示帮助信息。"), "\(command)")
            // Each option's help line (the lines under 选项： that start with `-`) says something in Chinese.
            let options = zh.stdout.split(separator: "\n").drop { !$0.hasPrefix("选项") }.dropFirst().filter { $0.hasPrefix("  -") }
            for line in options {
                #expect(line.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(command): \(line)")
            }
        }
        let score = try runRubric(["--lang", "zh", "score", "--help"], in: Self.package)
        #expect(score.stdout.contains("对报告计分") && score.stdout.contains("按这个计分办法计分"))
        let en = try runRubric(["score", "--help"], in: Self.package)
        #expect(en.stdout.contains("OVERVIEW: Score a report: every indicator") && en.stdout.contains("Leave the targets (绩效指标) out of the table."))
        let usage = try runRubric(["--lang", "zh", "export", Self.report, "--json", "--csv"], in: Self.package)
        #expect(usage.status == 2 && usage.stderr.hasPrefix("错误：--json、--csv、--xlsx 和 --html 各指定一种格式") && usage.stderr.contains("用法："))
        let usageEn = try runRubric(["export", Self.report, "--json", "--csv"], in: Self.package)
        #expect(usageEn.stderr.hasPrefix("Error: --json, --csv, --xlsx and --html each choose the format: give one"))
        // A missing file exits with 66 in either language (chosen by the message's id, not its text).
        for lang in ["zh", "en"] {
            #expect(try runRubric(["--lang", lang, "no-such-report.yaml"], in: Self.package).status == 66)
        }
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

    @Test func everyHelpTopicReadsInChineseUnderLangZh() throws {
        // Each help topic, by its English and its Chinese name, a rule and an indicator: every line a Chinese reader
        // sees carries Chinese (a line of only English would be an untranslated sentence).
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-help-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let topics = ["", "commands", "language", "names", "properties", "rules", "scheme", "scenarios", "analysis", "files", "keys",
                      "命令", "语言", "名称", "属性", "规则", "方案", "多情景", "分析", "文件", "按键", "tiers", "execution-rate", "专项资金支出率"]
        let script = "load \"\(Self.package.appendingPathComponent(Self.report).path)\"\n" + topics.map { "帮助 \($0)" }.joined(separator: "\n") + "\n"
        try Data(script.utf8).write(to: dir.appendingPathComponent("help.rubric"))
        let r = try runRubric(["--lang", "zh", "help.rubric"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").dropFirst(2)   // the report's title and summary line
        #expect(lines.count > 150)
        for line in lines where !line.allSatisfy({ $0 == " " }) {
            #expect(line.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "untranslated: \(line)")
        }
    }

    @Test func aReportSavedByAbsolutePathNamesItsSchemeFileSoItLoadsAgain() throws {
        // Loaded by a relative path (its scheme found as forms/…), saved to an absolute one elsewhere: the saved file
        // must name the scheme as it will find it (it named it relative to the working directory, and did not load).
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-abs-\(UUID().uuidString)")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.package.appendingPathComponent("examples/forms"), to: dir.appendingPathComponent("forms"))
        let saved = out.appendingPathComponent("x.yaml").path
        let script = "load \"forms/department-2024.yaml\"\nscenario 增编\n在职人员控制率.编制数 = 106\nsave scenario 增编 \"\(saved)\"\n"
        try Data(script.utf8).write(to: dir.appendingPathComponent("s.rubric"))
        let r = try runRubric(["s.rubric"], in: dir)
        #expect(r.status == 0 && !r.stderr.contains("could not be scored again"), "\(r.stderr)")
        let again = try runRubric(["score", saved], in: FileManager.default.temporaryDirectory)
        #expect(again.status == 0 && again.stdout.contains("总分 88.25"), "\(again.stderr)")
    }
}
