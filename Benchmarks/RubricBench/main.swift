// Rubric benchmarks (run with scripts/bench, a release build). Performance targets live here, not in tests.
import RubricCore

/// Times `body` over `iterations` runs after a warm-up; returns nanoseconds per run (median of 5 rounds).
func measure(_ iterations: Int, _ body: () -> Void) -> Double {
    for _ in 0..<max(1, iterations / 10) { body() }
    var rounds: [Double] = []
    let clock = ContinuousClock()
    for _ in 0..<5 {
        let start = clock.now
        for _ in 0..<iterations { body() }
        let d = clock.now - start
        rounds.append(Double(d.components.seconds) * 1e9 + Double(d.components.attoseconds) / 1e9)
    }
    rounds.sort()
    return rounds[2] / Double(iterations)
}

/// A generated report: 10 一级 × 10 二级 × 100 三级 = 10,000 leaves, mixing manual, execution-rate, deduction and positive rules.
func generatedReport(leaves: Int = 10_000, only: Int? = nil) -> Report {
    var r = Report(title: "benchmark", scheme: "guangzhou-department")
    let perSecond = 100, perFirst = 10
    let firsts = leaves / (perSecond * perFirst)
    for a in 0..<firsts {
        let ai = r.append(Indicator(name: "一级\(a)", level: 1, weight: ExactDecimal(perFirst * perSecond)), under: nil)
        for b in 0..<perFirst {
            let bi = r.append(Indicator(name: "二级\(a)之\(b)", level: 2, weight: ExactDecimal(perSecond)), under: ai)
            for c in 0..<perSecond {
                var leaf = Indicator(name: "三级指标\(a)之\(b)之\(c)", level: 3, weight: 1, published: "0.95")
                switch only ?? (c % 4) {
                case 0: leaf.inputs.entered = "0.9"
                case 1: leaf.rule = RuleSpec("execution-rate"); leaf.inputs.budget = "447790.64"; leaf.inputs.spent = "425020.15"
                case 2: leaf.rule = RuleSpec("deduction-per-case", RuleParameters(["k": .number("0.25")])); leaf.inputs.cases = 1
                default: leaf.rule = RuleSpec("positive-guangzhou"); leaf.inputs.target = Quantity(600, .count("家")); leaf.inputs.actual = Quantity(737, .count("家"))
                }
                r.append(leaf, under: bi)
            }
        }
    }
    r.assignCodes()
    return r
}

/// Reads a file with the C library (no Foundation needed).
func readFile(_ path: String) -> String? {
    guard let f = fopen(path, "r") else { return nil }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buf, 1, buf.count, f)
        if n <= 0 { break }
        bytes += buf[0..<n]
    }
    return String(decoding: bytes, as: UTF8.self)
}

#if canImport(Glibc)
import Glibc
#endif

func report(_ name: String, _ ns: Double, target: String) {
    let value = ns >= 1_000_000 ? "\((ns / 1_000_000 * 1000).rounded() / 1000) ms" : ns >= 1000 ? "\((ns / 1000 * 1000).rounded() / 1000) µs" : "\((ns * 10).rounded() / 10) ns"
    print("\(name.padding(52)) \(value.padding(14)) target \(target)")
}

/// Parses the three typical figures of issue 15 (`1,073.13`, `94.91%`, `400万元`) from bytes `rounds` times each;
/// returns a checksum so nothing is optimized away.
func parseFigures(rounds: Int, only: Int? = nil) -> Int64 {
    let bytes = Array("1,073.1394.91%400万元".utf8)
    return bytes.withUnsafeBufferPointer { b in
        let figures = [UnsafeBufferPointer(rebasing: b[0..<8]), UnsafeBufferPointer(rebasing: b[8..<14]), UnsafeBufferPointer(rebasing: b[14...])]
        var sink: Int64 = 0
        if let k = only {
            for _ in 0..<(3 * rounds) { sink &+= Quantity.reading(utf8: figures[k])?.value.significand ?? -1 }
            return sink
        }
        for _ in 0..<rounds {
            sink &+= Quantity.reading(utf8: figures[0])?.value.significand ?? -1
            sink &+= Quantity.reading(utf8: figures[1])?.value.significand ?? -1
            sink &+= Quantity.reading(utf8: figures[2])?.value.significand ?? -1
        }
        return sink
    }
}
if let k = CommandLine.arguments.firstIndex(of: "--parse-figures"), k + 1 < CommandLine.arguments.count, let n = Int(CommandLine.arguments[k + 1]) {
    // For callgrind: instructions per figure = (count at n − count at 0) / 3n (scripts/bench).
    let only = CommandLine.arguments.firstIndex(of: "--only").flatMap { $0 + 1 < CommandLine.arguments.count ? Int(CommandLine.arguments[$0 + 1]) : nil }
    print(parseFigures(rounds: n, only: only))
    exit(0)
}

let scheme = BuiltinSchemes.guangzhou
if CommandLine.arguments.contains("--profile-sweep"), let text = readFile("examples/reports/seed003-zengcheng-2022.yaml"),
   let seed = try? ReportLoader.load(SourceFile(name: "seed003", text: text)) {
    // For callgrind: 200,000 points of the sweep benchmark, nothing else.
    var s3 = ScoredReport(report: seed, scheme: scheme)
    let target = seed.leaves.first { seed.nodes[$0].name == "部门整体绩效目标产出指标完成情况" }!
    var sink = 0
    for k in 0..<200_000 {
        s3.modify(target, recordChanges: false) { $0.inputs.entered = ExactDecimal(significand: Int64(k % 1000), scale: 2) }
        sink &+= s3.gradeIndex
    }
    print(sink)
    exit(0)
}
let big = generatedReport()
if CommandLine.arguments.contains("--profile-full") {
    // For callgrind: only full rescoring.
    var s = ScoredReport(report: big, scheme: scheme)
    for _ in 0..<600 { s.rescoreAll() }
    print(s.total)
    exit(0)
}
print("Rubric benchmarks — \(big.leaves.count) generated leaves, \(big.nodes.count) nodes")
report("parse a figure from its bytes (1,073.13 / 94.91% / 400万元)", measure(100) { _ = parseFigures(rounds: 1000) } / 3000, target: "≤ 150 instructions (callgrind, below)")

// 1. Full scoring of the 10,000-leaf report (rules already built), and building from scratch.
var scored = ScoredReport(report: big, scheme: scheme)
let full = measure(20) { scored.rescoreAll() }
report("score whole 10,000-leaf report", full, target: "≤ 0.5 ms")
for (k, label) in ["manual", "execution-rate", "deduction-per-case", "positive-guangzhou"].enumerated() {
    var one = ScoredReport(report: generatedReport(only: k), scheme: scheme)
    report("  whole report, all \(label)", measure(20) { one.rescoreAll() }, target: "(info)")
}
let build = measure(5) { _ = ScoredReport(report: big, scheme: scheme) }
report("build + score (rules resolved from the scheme)", build, target: "(info)")

// 2. Re-score after one leaf changes.
let leaf = big.leaves[big.leaves.count / 2 + 1]   // an execution-rate leaf
var spend: Int64 = 40_000_000
let one = measure(200_000) {
    spend = spend == 44_779_064 ? 40_000_000 : spend + 1
    scored.modify(leaf, recordChanges: false) { $0.inputs.spent = ExactDecimal(significand: spend, scale: 2) }
}
report("re-score after one leaf changes (10,000 leaves)", one, target: "≤ 5 µs")
let fresh = ScoredReport(report: scored.report, scheme: scheme)
precondition(fresh.total == scored.total, "incremental total differs from a full rescore")

// 3. Sweep throughput on seed 003: one input across a range, reading total and grade per point.
if let text = readFile("examples/reports/seed003-zengcheng-2022.yaml"),
   let seed = try? ReportLoader.load(SourceFile(name: "seed003", text: text)) {
    var s3 = ScoredReport(report: seed, scheme: scheme)
    let target = seed.leaves.first { seed.nodes[$0].name == "部门整体绩效目标产出指标完成情况" }!
    var x: Int64 = 0
    var sink = 0
    let perPoint = measure(1_000_000) {
        x = x >= 1000 ? 0 : x + 1
        s3.modify(target, recordChanges: false) { $0.inputs.entered = ExactDecimal(significand: x, scale: 2) }
        sink &+= s3.gradeIndex
    }
    report("sweep point on seed 003 (set input, total, grade)", perPoint, target: "≥ 8M points/s")
    print("    = \(Int(1e9 / perPoint)) points per second (sink \(sink % 2))")
    // The same with the grade's name compared as text (`grade == "优"`), as a script's `assert` would.
    let asText = measure(1_000_000) {
        x = x >= 1000 ? 0 : x + 1
        s3.modify(target, recordChanges: false) { $0.inputs.entered = ExactDecimal(significand: x, scale: 2) }
        sink &+= s3.grade == "优" ? 1 : 0
    }
    report("  the same, the grade compared as text", asText, target: "(info)")
    print("    = \(Int(1e9 / asText)) points per second (sink \(sink % 2))")
} else {
    print("seed 003 report not found: run from the package root")
}

// 4. Keystroke-to-delta: a whole shell statement (parse, resolve by name, apply, build the delta) on the big report.
final class NoFiles: FileAccess {
    func read(_ path: String) throws(FileAccessError) -> String { throw .notFound(path) }
    func exists(_ path: String) -> Bool { false }
    func write(_ text: String, to path: String, overwrite: Bool) throws(FileAccessError) { throw .unwritable(path, "benchmark") }
}
let session = Session(files: NoFiles())
session.workspace = Workspace(ScoredReport(report: big, scheme: scheme))
let name = big.nodes[leaf].name
for o in session.run(SourceFile(name: "<input>", text: "\(name).spent = 400003万元")) {
    if case .diagnostic(let d) = o { print("by-name statement failed: \(d.rendered())") }
}
var k = 0
let stmt = measure(2_000) {
    k += 1
    _ = session.run(SourceFile(name: "<input>", text: "\(name).spent = \(400_000 + k % 1000)万元"))
}
report("keystroke-to-delta: `X.spent = …` on 10,000 leaves", stmt, target: "< 1 ms")
for text in ["#\(big.nodes[leaf].code).spent = 400001万元", "\(name).spent = 400002万元"] {
    for o in session.run(SourceFile(name: "<input>", text: text)) {
        if case .diagnostic(let d) = o { print("statement failed: \(d.rendered())") }
    }
}
let byCode = measure(2_000) {
    k += 1
    _ = session.run(SourceFile(name: "<input>", text: "#\(big.nodes[leaf].code).spent = \(400_000 + k % 1000)万元"))
}
report("keystroke-to-delta by code `#c.spent = …`", byCode, target: "< 1 ms")

// 5. An edit with its delta on the 100,000-leaf report: the statement by code, and the workspace edit alone.
let huge = generatedReport(leaves: 100_000)
let hugeSession = Session(files: NoFiles())
hugeSession.workspace = Workspace(ScoredReport(report: huge, scheme: scheme))
let hugeLeaf = huge.nodes.indices.last { huge.nodes[$0].isLeaf && huge.nodes[$0].inputs.spent != nil } ?? (huge.nodes.count - 1)
let hugeCode = huge.nodes[hugeLeaf].code
for o in hugeSession.run(SourceFile(name: "<input>", text: "#\(hugeCode).spent = 400001万元")) {
    if case .diagnostic(let d) = o { print("100k statement failed: \(d.rendered())") }
}
let hugeStatement = measure(2_000) {
    k += 1
    _ = hugeSession.run(SourceFile(name: "<input>", text: "#\(hugeCode).spent = \(400_000 + k % 1000)万元"))
}
report("edit with its delta (statement by code) on 100,000 leaves", hugeStatement, target: "≤ 20 µs")
var hugeWorkspace = Workspace(ScoredReport(report: huge, scheme: scheme))
let hugeEdit = measure(2_000) {
    k += 1
    let v = ExactDecimal(400_000 + k % 1000)
    _ = try? hugeWorkspace.apply(Edit(code: hugeCode, field: "spent", old: .decimal(nil), new: .decimal(v)))
}
report("workspace edit alone (apply, record, changes) on 100,000 leaves", hugeEdit, target: "≤ 20 µs")

extension String {
    func padding(_ n: Int) -> String { DisplayWidth.pad(self, to: n) }
}

// Where the time of a by-code statement goes: parsing vs evaluating.
let codeText = "#\(big.nodes[leaf].code).spent = 400001万元"
let parseCode = measure(2_000) { _ = try? Parser.parse(SourceFile(name: "<input>", text: codeText)) }
report("  parse `#c.spent = …`", parseCode, target: "(info)")
let parseName = measure(2_000) { _ = try? Parser.parse(SourceFile(name: "<input>", text: "\(name).spent = 400001万元")) }
report("  parse `X.spent = …`", parseName, target: "(info)")
