// RubricFuzz: a libFuzzer target over Rubric's inputs, and the replayer of its regression corpus.
//
// Built by scripts/fuzz with `-sanitize=fuzzer,address -DFUZZING`, it runs libFuzzer through `LLVMFuzzerRunDriver` (SwiftPM
// renames an executable's `main` to `RubricFuzz_main`, so libFuzzer's own `main` cannot be used). Built plainly
// (`swift build`), it replays the files or folders given: the test suite runs it over Tests/Corpus.
// RUBRIC_FUZZ_TARGET picks what the bytes are: language | report | scheme | table | yaml | workbook (default: all in turn).
import Foundation
import RubricCore
import RubricWorkbook

/// The fuzz targets: each reads the bytes as one kind of input and checks the round trip.
enum FuzzTarget: String, CaseIterable {
    case language, report, scheme, table, yaml, workbook
}

/// Files for a round trip, in memory.
final class FuzzFiles: FileAccess {
    var contents: [String: String] = [:]
    func read(_ path: String) throws(FileAccessError) -> String {
        guard let t = contents[path] else { throw .notFound(path) }
        return t
    }
    func exists(_ path: String) -> Bool { contents[path] != nil }
    func write(_ text: String, to path: String, overwrite: Bool) throws(FileAccessError) {
        if !overwrite && contents[path] != nil { throw .exists(path) }
        contents[path] = text
    }
}

/// What the fuzz entry points share (statics, so they are ready whichever `main` runs: libFuzzer's or ours).
enum Fuzz {
    /// The seed report the language target runs statements against.
    static let seedReport: String = {
    let candidates = ["examples/reports/seed003-zengcheng-2022.yaml", "../examples/reports/seed003-zengcheng-2022.yaml"]
    for c in candidates { if let t = try? String(contentsOfFile: c, encoding: .utf8) { return t } }
    return "rubric-report: 1\ntitle: \"t\"\nscheme: \"guangzhou-department\"\nindicators:\n  - name: \"甲\"\n    code: \"1\"\n    weight: 100\n    rule: manual\n    entered: 90\n"
    }()

    /// The targets RUBRIC_FUZZ_TARGET names (all of them by default).
    static let targets: [FuzzTarget] = {
        guard let name = ProcessInfo.processInfo.environment["RUBRIC_FUZZ_TARGET"] else { return FuzzTarget.allCases }
        guard let t = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("RUBRIC_FUZZ_TARGET '\(name)' is not one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        return [t]
    }()
}

/// Loads, scores, audits and saves a report, then loads the saved text and checks it scores the same.
func roundTrip(_ report: Report, _ scheme: Scheme) {
    let scored = ScoredReport(report: report, scheme: scheme)
    _ = Audit.run(scored)
    _ = JSONExport.json(scored)
    let text = ReportWriter.yaml(report)
    let back: Report
    do { back = try ReportLoader.load(SourceFile(name: "saved.yaml", text: text)) } catch {
        fatalError("a saved report does not load again: \(error.rendered())\n--- saved ---\n\(text)")
    }
    let again = ScoredReport(report: back, scheme: scheme)
    if again.scores != scored.scores || again.total != scored.total {
        fatalError("a saved report scores differently when loaded again: \(scored.total) → \(again.total)")
    }
}

func run(_ target: FuzzTarget, _ data: Data) {
    let text = String(decoding: data, as: UTF8.self)
    switch target {
    case .language:
        let files = FuzzFiles()
        files.contents["r.yaml"] = Fuzz.seedReport
        let s = Session(files: files)
        _ = try? s.load("r.yaml")
        s.keepGoing = true
        _ = s.runScript(SourceFile(name: "fuzz.rubric", text: text), checked: true)
    case .report:
        guard let r = try? ReportLoader.load(SourceFile(name: "fuzz.yaml", text: text)) else { return }
        roundTrip(r, BuiltinSchemes.guangzhou)
    case .scheme:
        guard let scheme = try? SchemeLoader.load(SourceFile(name: "fuzz-scheme.yaml", text: text)),
              let r = try? ReportLoader.load(SourceFile(name: "r.yaml", text: Fuzz.seedReport)) else { return }
        roundTrip(r, scheme)
    case .workbook:
        // A workbook part (sheet, shared strings, styles) from raw bytes: read or refused, never a trap.
        _ = WorkbookPartReading.readAll([UInt8](data))
    case .yaml:
        // The fast block reader against libyaml: the same document wherever the fast one reads the text.
        if let d = YAMLReaderComparison.disagreement(text) { fatalError("the YAML readers disagree: \(d)") }
    case .table:
        for name in ["fuzz.tsv", "fuzz.csv"] {
            guard let (r, _) = try? TableImporter.load(SourceFile(name: name, text: text)) else { continue }
            roundTrip(r, BuiltinSchemes.guangzhou)
        }
    }
}

/// The libFuzzer entry point: one input through every target chosen.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let data = bytes.map { Data(bytes: $0, count: size) } ?? Data()
    for t in Fuzz.targets { run(t, data) }
    return 0
}

let callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32 = { bytes, size in fuzzOne(bytes, size) }

#if FUZZING
// Built by scripts/fuzz (-sanitize=fuzzer -DFUZZING): libFuzzer runs the show.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
#endif

// Replay: every file named, or every file in the folders named.
var inputs: [String] = []
for arg in CommandLine.arguments.dropFirst() {
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: arg, isDirectory: &isDir), isDir.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: arg)) ?? []
        inputs += names.sorted().map { arg + "/" + $0 }
    } else {
        inputs.append(arg)
    }
}
for path in inputs {
    guard let data = FileManager.default.contents(atPath: path) else { continue }
    data.withUnsafeBytes { raw in _ = callback(raw.bindMemory(to: UInt8.self).baseAddress, data.count) }
}
print("replayed \(inputs.count) input(s) through \(Fuzz.targets.map(\.rawValue).joined(separator: ", ")): no crash")
