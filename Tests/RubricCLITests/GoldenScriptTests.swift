import Foundation
import Testing

/// The package root, found from this file's path.
let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The built `rubric` binary (RUBRIC_BIN overrides).
let rubricBinary: URL = {
    if let p = ProcessInfo.processInfo.environment["RUBRIC_BIN"] { return URL(fileURLWithPath: p) }
    return packageRoot.appendingPathComponent(".build/debug/rubric")
}()

/// What one run of the binary printed and how it exited.
struct RunOutput: Equatable {
    var stdout: String
    var stderr: String
    var status: Int32

    /// The transcript format of examples/scripts/*.expected (see scripts/record).
    var transcript: String { stdout + "\n--- stderr\n" + stderr + "--- exit \(status)\n" }
}

/// Runs `rubric` with arguments in a directory, with stdin from `input` (never a terminal).
func runRubric(_ args: [String], in dir: URL, input: String = "", env extra: [String: String] = [:]) throws -> RunOutput {
    let p = Process()
    p.executableURL = rubricBinary
    p.arguments = args
    p.currentDirectoryURL = dir
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    // The interface language is pinned (English) unless a test asks otherwise: no locale, no user config file.
    env["LC_ALL"] = nil
    env["LC_MESSAGES"] = nil
    env["LANG"] = "C.UTF-8"
    env["XDG_CONFIG_HOME"] = "/nonexistent-rubric-config"
    for (k, v) in extra { env[k] = v }
    p.environment = env
    // Output goes to temporary files, not pipes: a large output can never block the process on a full pipe.
    let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: tmp) }
    let outURL = tmp.appendingPathComponent("out"), errURL = tmp.appendingPathComponent("err"), inURL = tmp.appendingPathComponent("in")
    try Data(input.utf8).write(to: inURL)
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL), inp = try FileHandle(forReadingFrom: inURL)
    p.standardOutput = out
    p.standardError = err
    p.standardInput = inp
    try p.run()
    p.waitUntilExit()
    try? out.close(); try? err.close(); try? inp.close()
    let o = (try? Data(contentsOf: outURL)) ?? Data()
    let e = (try? Data(contentsOf: errURL)) ?? Data()
    return RunOutput(stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self), status: p.terminationStatus)
}

/// The transcript of a script in a language: `NAME.expected` (English) or `NAME.zh.expected` (中文).
func transcriptName(_ script: String, _ language: String) -> String {
    String(script.dropLast(".rubric".count)) + (language == "en" ? "" : "." + language) + ".expected"
}

/// The scripts in examples/scripts that have a recorded transcript.
func goldenScripts() -> [String] {
    let dir = packageRoot.appendingPathComponent("examples/scripts")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.hasSuffix(".rubric") }.sorted()
}

@Suite struct GoldenScriptTests {
    @Test(arguments: goldenScripts(), ["en", "zh"])
    func scriptMatchesItsRecordedTranscript(_ name: String, _ language: String) throws {
        let dir = packageRoot.appendingPathComponent("examples/scripts")
        let expectedURL = dir.appendingPathComponent(transcriptName(name, language))
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        let got = try runRubric(["--lang", language, name], in: dir)
        // scripts/record captures stdout with $(…), which drops trailing newlines; compare the same way.
        var trimmed = got
        while trimmed.stdout.hasSuffix("\n") { trimmed.stdout.removeLast() }
        #expect(trimmed.transcript == expected, "re-record with scripts/record if the change is intended")
    }

    /// The language changes the words, never what a script does: both transcripts end with the same exit status and
    /// have the same number of lines on standard output.
    @Test func bothLanguagesDoTheSame() throws {
        let dir = packageRoot.appendingPathComponent("examples/scripts")
        for name in goldenScripts() {
            let en = try String(contentsOf: dir.appendingPathComponent(transcriptName(name, "en")), encoding: .utf8)
            let zh = try String(contentsOf: dir.appendingPathComponent(transcriptName(name, "zh")), encoding: .utf8)
            #expect(en.split(separator: "\n").last == zh.split(separator: "\n").last, "\(name): exit status")
            let outLines = { (t: String) in t.components(separatedBy: "\n--- stderr")[0].split(separator: "\n", omittingEmptySubsequences: false).count }
            #expect(outLines(en) == outLines(zh), "\(name): output lines")
        }
    }

    @Test func everyScriptHasATranscript() {
        let dir = packageRoot.appendingPathComponent("examples/scripts")
        for name in goldenScripts() {
            for language in ["en", "zh"] {
                let expected = dir.appendingPathComponent(transcriptName(name, language))
                #expect(FileManager.default.fileExists(atPath: expected.path), "\(name) has no \(transcriptName(name, language)) transcript")
            }
        }
    }
}
