import Foundation
import Testing
@testable import RubricCore

/// The engine against ``ReferenceScorer`` on generated reports: every family, both stages, places 0–3, rates kept
/// or rounded, and edge values (ties at the scheme's places, each threshold and one unit either side, zero and
/// negative inputs, 10¹² ratios). `RUBRIC_REFERENCE_REPORTS` sets how many (CI: 2,000; scripts/test-long: 100,000).
@Suite struct ReferenceScorerTests {
    static var count: Int { Int(ProcessInfo.processInfo.environment["RUBRIC_REFERENCE_REPORTS"] ?? "") ?? 2_000 }

    /// One generated case: the report and scheme as text, and the reference's tree.
    struct Case {
        var report: String
        var scheme: String
        var reference: ReferenceScorer
        var top: [ReferenceScorer.Node]
    }

    static let edgeRatios: [String] = ["0", "0.5", "0.99994999", "0.99995", "0.99995001", "1", "1.2", "1.49994999", "1.49995",
                                       "1.5", "1.50004999", "1.500049999999", "1.50005", "2", "1000000000", "1000000000000"]

    struct Gen {
        var rng: SplitMix64
        mutating func int(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        mutating func pick<T>(_ xs: [T]) -> T { xs[int(xs.count)] }
        mutating func chance(_ p: Int) -> Bool { int(100) < p }
        /// A decimal with up to `places` places between 0 and `max`.
        mutating func dec(_ max: Int, places: Int) -> Decimal {
            let scale = pow(10, places) as NSDecimalNumber
            let raw = Decimal(int(max * scale.intValue + 1)) / (scale as Decimal)
            return raw
        }
        /// A ratio: an edge value or a random one.
        mutating func ratio() -> Decimal {
            chance(60) ? Decimal(string: pick(ReferenceScorerTests.edgeRatios))! : dec(3, places: int(7))
        }
    }

    static func text(_ d: Decimal) -> String { NSDecimalNumber(decimal: d).stringValue }

    static func makeCase(seed: UInt64) -> Case {
        var g = Gen(rng: SplitMix64(seed: seed))
        let places = g.pick([2, 2, 2, 0, 1, 3])
        let rates: Int? = g.pick([4, 4, nil, 2, 6])
        let stageLeaf = g.chance(75)
        var ref = ReferenceScorer(places: places, ratePlaces: rates, leafStage: stageLeaf, grades: [("优", 90), ("良", 80), ("中", 60), ("差", 0)])
        if g.chance(20) { ref.overshoot = nil }
        if g.chance(20) { ref.overshootFactor = 0.6 }
        var top: [ReferenceScorer.Node] = []
        for gi in 0..<(1 + g.int(3)) {
            var group = ReferenceScorer.Node(code: "\(gi + 1)", weight: 0)
            for li in 0..<(1 + g.int(6)) {
                var n = ReferenceScorer.Node(code: "\(gi + 1).\(li + 1)", weight: Decimal(g.pick([1, 2, 3, 5, 10, 20])) + (g.chance(20) ? 0.5 : 0))
                let family = g.pick(["positive-guangzhou", "positive-national", "reverse", "direction", "zero-target", "execution-rate",
                                     "deduction-per-point", "deduction-per-case", "deduction-per-step", "tiers", "manual", "qualitative", "targets"])
                let a = g.pick([Decimal(100), 1, Decimal(string: "0.3")!, 7, 1000, Decimal(string: "0.0001")!])
                switch family {
                case "positive-guangzhou", "positive-national", "reverse":
                    n.rule = family; n.target = a; n.actual = g.chance(8) ? -5 : a * g.ratio()
                    if family == "reverse" && g.chance(50) { n.params["variant"] = "linear" }
                    if family == "positive-guangzhou" && g.chance(15) { n.params["overshoot"] = g.pick(["none", "2", "1.2"]) }
                case "direction":
                    n.rule = family; n.actual = g.pick([Decimal(-1), 0, Decimal(string: "0.004")!, Decimal(string: "-0.004")!])
                    n.direction = g.pick(["decrease", "increase", ">="])
                case "zero-target":
                    n.rule = family; n.actual = g.pick([Decimal(0), 1, -1, Decimal(string: "0.01")!])
                case "execution-rate":
                    n.rule = family; n.budget = a * 1000; n.spent = g.chance(5) ? -1 : a * 1000 * g.ratio()
                case "deduction-per-point":
                    n.rule = family; n.actual = 1 + g.dec(1, places: g.int(5)) - (g.chance(30) ? Decimal(string: "0.5")! : 0)
                    if g.chance(50) { n.params["k"] = g.pick(["0.5", "1", "0.25"]) }
                    if g.chance(40) { n.params["partial"] = "yes" }
                    if g.chance(30) { n.params["threshold"] = g.pick(["0.9", "1.05"]) }
                case "deduction-per-case":
                    n.rule = family; n.cases = Decimal(g.int(8) - 1)
                    if g.chance(50) { n.params["k"] = g.pick(["0.5", "1", "0.25", "0.125"]) }
                case "deduction-per-step":
                    // 满意度 "90%以上得满分，每降5%扣1分" and its mirror above a threshold.
                    n.rule = family
                    n.params["threshold"] = g.pick(["0.9", "0.1", "1"]); n.params["step"] = g.pick(["0.05", "0.02", "0.03"])
                    if g.chance(50) { n.params["k"] = g.pick(["0.5", "1", "2"]) }
                    if g.chance(40) { n.params["partial"] = "yes" }
                    if g.chance(40) { n.params["side"] = "above" }
                    n.actual = Decimal(string: n.params["threshold"]!)! + g.pick([Decimal(0), Decimal(string: "0.05")!, Decimal(string: "-0.05")!,
                                                                                   Decimal(string: "-0.07")!, Decimal(string: "0.12")!, Decimal(string: "-0.5")!]) + (g.chance(30) ? g.dec(1, places: g.int(4) + 1) / 10 : 0)
                case "tiers":
                    n.rule = family
                    let w = n.weight
                    func d(_ s: String) -> Decimal { Decimal(string: s)! }
                    switch g.int(4) {
                    case 0:   // up-to bounds only
                        n.actual = g.pick([Decimal(-1), 0, d("0.1"), d("0.100001"), d("0.2"), d("0.35")])
                        n.tiers = [([("up-to", 0)], w), ([("up-to", d("0.1"))], w * d("0.625")), ([("up-to", d("0.2"))], d("0.125")), ([], 0)]
                    case 1:   // 重点支出安排率: ≥90% w; 80%(含)-90%; 70%(含)-80%; 60%(含)-70%; below 60% nothing
                        n.actual = g.pick([d("0.95"), d("0.9"), d("0.899999"), d("0.8"), d("0.75"), d("0.7"), d("0.6"), d("0.59999"), 0])
                        n.tiers = [([("from", d("0.9"))], w), ([("from", d("0.8")), ("below", d("0.9"))], w * d("0.8")),
                                   ([("from", d("0.7")), ("below", d("0.8"))], w * d("0.6")), ([("from", d("0.6")), ("below", d("0.7"))], w * d("0.4"))]
                    case 2:   // 预算调整率: =0 w; 0-10%(含); 10-20%(含); 20-30%(含); above 30% nothing
                        n.actual = g.pick([0, d("0.000001"), d("0.1"), d("0.100001"), d("0.2"), d("0.3"), d("0.31"), -1])
                        n.tiers = [([("equals", 0)], w), ([("above", 0), ("up-to", d("0.1"))], w * d("0.6")),
                                   ([("above", d("0.1")), ("up-to", d("0.2"))], w * d("0.3")), ([("above", d("0.2")), ("up-to", d("0.3"))], w * d("0.1"))]
                    default:  // 成本控制率 ±10% / ±15% / ±20% on the deviation's size
                        n.params["measure"] = "deviation"
                        n.actual = g.pick([d("0.1"), d("-0.1"), d("-0.1000001"), d("0.15"), d("-0.15"), d("0.2"), d("-0.2"), d("-0.2001"), d("0.25"), 0])
                        n.tiers = [([("up-to", d("0.1"))], w), ([("up-to", d("0.15"))], w * d("0.6")), ([("up-to", d("0.2"))], w * d("0.2"))]
                    }
                case "manual":
                    n.rule = family
                    let v = g.dec(NSDecimalNumber(decimal: n.weight).intValue, places: g.int(5))
                    if g.chance(50) { n.entered = v } else { n.published = v }
                case "qualitative":
                    n.rule = family; n.level = g.pick(["达成", "部分达成", "未达成"])
                    if g.chance(30) { n.params["achieved-from"] = "0.8"; n.params["partly-from"] = "0.5" }
                    if g.chance(30) { n.params["ends"] = "upper" }
                    if g.chance(60) { n.entered = n.weight * g.dec(1, places: g.int(5)) }
                default:   // targets
                    for ti in 0..<(1 + g.int(5)) {
                        var t = ReferenceScorer.Node(code: "\(gi + 1).\(li + 1).\(ti + 1)", weight: 1)
                        t.rule = g.pick(["positive-guangzhou", "positive-national", "reverse", "zero-target"])
                        let ta = g.pick([Decimal(100), 7, Decimal(string: "0.3")!])
                        t.target = ta; t.actual = t.rule == "zero-target" ? g.pick([Decimal(0), 1]) : ta * g.ratio()
                        if g.chance(25) { t.share = Decimal(g.pick([1, 2])) }
                        n.targets.append(t)
                    }
                    let explicit = n.targets.compactMap(\.share).reduce(0, +)
                    if explicit > n.weight { n.weight = explicit + Decimal(g.int(5)) }
                }
                group.children.append(n)
                group.weight += n.weight
            }
            top.append(group)
        }
        return Case(report: reportText(top), scheme: schemeText(ref), reference: ref, top: top)
    }

    static func schemeText(_ r: ReferenceScorer) -> String {
        """
        rubric-scheme: 1
        id: generated
        name: "generated"
        rounding:
          places: \(r.places)
          rates: \(r.ratePlaces.map(String.init) ?? "none")
          stage: \(r.leafStage ? "leaf" : "total")
        grades:
          - {grade: 优, from: 90}
          - {grade: 良, from: 80}
          - {grade: 中, from: 60}
          - {grade: 差, from: 0}
        parameters:
          overshoot: \(r.overshoot.map(text) ?? "none")
          overshoot-factor: \(text(r.overshootFactor))
        leaf-rule: manual

        """
    }

    static func reportText(_ top: [ReferenceScorer.Node]) -> String {
        var lines = ["rubric-report: 1", "title: \"generated\"", "scheme: \"generated\"", "indicators:"]
        func emit(_ n: ReferenceScorer.Node, _ indent: String, isTarget: Bool = false) {
            lines.append(indent + "- name: \"n\(n.code)\"")
            let i = indent + "  "
            lines.append(i + "code: \"\(n.code)\"")
            if !isTarget { lines.append(i + "weight: \(text(n.weight))") } else if let s = n.share { lines.append(i + "weight: \(text(s))") }
            if let r = n.rule { lines.append(i + "rule: \(r)") }
            var params = n.params.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
            if !n.tiers.isEmpty {
                params.append("tiers: [" + n.tiers.map { t in
                    "{" + (t.bounds.map { "\($0.0): \(text($0.1))" } + ["points: \(text(t.points))"]).joined(separator: ", ") + "}"
                }.joined(separator: ", ") + "]")
            }
            if !params.isEmpty { lines.append(i + "parameters: {" + params.joined(separator: ", ") + "}") }
            for (k, v) in [("target", n.target), ("actual", n.actual), ("budget", n.budget), ("spent", n.spent),
                           ("entered", n.entered), ("cases", n.cases), ("published", n.published)] {
                if let v { lines.append(i + "\(k): \(text(v))") }
            }
            if let l = n.level { lines.append(i + "level: \(l)") }
            if let d = n.direction { lines.append(i + "direction: \"\(d)\"") }
            if !n.targets.isEmpty {
                lines.append(i + "targets:")
                for t in n.targets { emit(t, i + "  ", isTarget: true) }
            }
            if !n.children.isEmpty {
                lines.append(i + "children:")
                for c in n.children { emit(c, i + "  ") }
            }
        }
        for n in top { emit(n, "  ") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The engine's figures against the reference's for one case; the differences in words.
    static func differences(_ c: Case) throws -> [String] {
        let scheme = try SchemeLoader.load(SourceFile(name: "generated.yaml", text: c.scheme))
        let report = try ReportLoader.load(SourceFile(name: "generated-report.yaml", text: c.report))
        let s = ScoredReport(report: report, scheme: scheme)
        var ref = c.reference
        let (total, grade) = ref.total(c.top)
        var out: [String] = []
        for (code, want) in ref.scores {
            guard let i = s.index(ofCode: code) else { out.append("\(code): missing"); continue }
            let got = s.report.nodes[i].isTarget ? s.factor(ofTarget: i) : s.scores[i]
            if Decimal(string: got.description) != want { out.append("\(code): engine \(got), reference \(ReferenceScorerTests.text(want))") }
        }
        if Decimal(string: s.total.description) != total { out.append("total: engine \(s.total), reference \(text(total))") }
        if s.grade != grade { out.append("grade: engine \(s.grade), reference \(grade)") }
        if (s.failedCount > 0) != ref.failed { out.append("failed: engine \(s.failedCount), reference \(ref.failed)") }
        return out
    }

    @Test func theEngineAgreesWithTheReferenceOnGeneratedReports() throws {
        var disagreeing = 0
        var first: [String] = []
        for seed in 0..<UInt64(Self.count) {
            let c = Self.makeCase(seed: seed)
            let d = try Self.differences(c)
            if !d.isEmpty {
                disagreeing += 1
                if first.count < 5 { first.append("seed \(seed): " + d.prefix(4).joined(separator: "; ")) }
            }
        }
        #expect(disagreeing == 0, Comment(rawValue: "\(disagreeing) of \(Self.count) reports disagree:\n" + first.joined(separator: "\n")))
    }

    @Test func theComparisonCatchesADifferentRounding() throws {
        // The check can fail: a reference that rounds rates to one place fewer disagrees on many reports.
        var caught = 0
        for seed in 0..<UInt64(200) {
            var c = Self.makeCase(seed: seed)
            c.reference.ratePlaces = (c.reference.ratePlaces ?? 10) - 1
            if try !Self.differences(c).isEmpty { caught += 1 }
        }
        #expect(caught > 20)
        // And the generator covers every family.
        var families = Set<String>()
        for seed in 0..<UInt64(200) {
            let c = Self.makeCase(seed: seed)
            for g in c.top { for n in g.children { families.insert(n.targets.isEmpty ? (n.rule ?? "?") : "targets") } }
        }
        #expect(families.count == 13)
    }

    @Test func theReferenceRoundsHalfUpOnce() {
        #expect(ReferenceScorer.round(Decimal(string: "4.125")!, 2) == Decimal(string: "4.13")!)
        #expect(ReferenceScorer.round(Decimal(string: "0.5349499999")!, 4) == Decimal(string: "0.5349")!)
    }
}
