import Dispatch
import Synchronization

/// The reviewer's desk: every report and table under some paths, scored and audited in parallel, as one league table
/// and findings across reports. A file that cannot be read is a row with its error, never an abort.
public enum Review {
    /// One file's line in the league table.
    public struct Entry: Sendable {
        public var path: String
        public var title: String
        public var year: Int?
        public var scheme: String
        public var total: ExactDecimal?
        public var publishedTotal: ExactDecimal?
        /// nil when the total gets no grade (incomplete, or the weights do not add up to 100).
        public var grade: String?
        /// The total is a lower bound: indicators are not given or could not be scored (they count 0).
        public var incomplete = false
        public var publishedGrade: String?
        public var findings: [Audit.Finding]
        /// Leaf indicators by name with the rule that scores them (for the cross-report consistency check).
        public var rules: [String: String]
        /// Why the file could not be reviewed.
        public var error: Diagnostic?

        /// Error-level findings (an unreadable file counts as one).
        public var errors: Int { findings.filter { $0.severity == .error }.count + (error == nil ? 0 : 1) }
        public var warnings: Int { findings.filter { $0.severity == .warning }.count }
        public var notes: Int { findings.filter { $0.severity == .note }.count }
        /// The scored tree (computed and published), kept only when asked for (the HTML page shows it).
        public var tree: [TreeRow] = []
        /// The computed total less the published one, as both are shown (two places).
        public var delta: ExactDecimal? { total.flatMap { t in publishedTotal.flatMap { t.shownDifference(from: $0, places: 2) } } }
    }

    /// A kind of finding across reports: how often, and where.
    public struct Group: Sendable {
        public var id: String
        public var severity: Severity
        public var count: Int
        public var files: [String]
        /// One message, as an example.
        public var example: String
    }

    /// The file names a review reads.
    public static let extensions = ["yaml", "yml", "xlsx", "csv", "tsv", "txt"]

    /// The files under `paths` (folders searched recursively), sorted; paths that are neither are returned as missing.
    public static func files(under paths: [String], files: FileAccess & DirectoryListing) -> (found: [String], missing: [String]) {
        var found: [String] = [], missing: [String] = []
        func walk(_ dir: String, depth: Int) {
            guard depth < 32 else { return }
            for name in files.list(directory: dir).sorted() where !name.hasPrefix(".") {
                let full = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                if name.hasSuffix("/") { walk(String(full.dropLast()), depth: depth + 1) }
                else if extensions.contains(where: { name.lowercased().hasSuffix("." + $0) }) { found.append(full) }
            }
        }
        for p in paths {
            if files.isDirectory(p) { walk(p, depth: 0) }
            else if files.exists(p) { found.append(p) }
            else { missing.append(p) }
        }
        return (found, missing)
    }

    /// Reviews one file; nil for a scheme file (`rubric-scheme:`), which a review passes over.
    public static func entry(_ path: String, files: FileAccess, detail: Bool = false) -> Entry? {
        var e = Entry(path: path, title: path, scheme: "", findings: [], rules: [:])
        let lower = path.lowercased()
        do throws(Diagnostic) {
            let report: Report
            if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
                // Read once: a scheme file is passed over, a report parsed from the same text.
                let text: String
                do { text = try files.read(path) } catch { throw error.diagnostic }
                if text.split(separator: "\n", maxSplits: 40).contains(where: { $0.hasPrefix("rubric-scheme:") }) { return nil }
                report = try ReportFiles.load(path, text: text).report
            } else {
                report = try ReportFiles.load(path, files: files).report
            }
            let s = try ReportFiles.score(report, path: path, files: files)
            e.title = report.department ?? report.title
            e.year = report.year
            e.scheme = s.scheme.id
            e.total = s.total
            e.publishedTotal = report.publishedTotal
            e.grade = s.isUngraded ? nil : s.grade
            e.incomplete = s.isIncomplete
            e.publishedGrade = report.publishedGrade
            e.findings = Audit.run(s)
            for (i, n) in report.nodes.enumerated() where n.isLeaf && !n.isTarget {
                if let spec = s.ruleSpec(for: i) { e.rules[n.name] = spec.id }
            }
            if detail {
                e.tree = report.nodes.indices.filter { !report.nodes[$0].isTarget }.map { i in
                    let n = report.nodes[i]
                    return TreeRow(code: n.code, name: n.name, level: n.level, weight: n.weight,
                                   score: s.statuses[i].isNotGiven ? nil : s.scores[i], published: n.published)
                }
            }
        } catch {
            e.error = error
        }
        return e
    }

    /// Reviews every file on `workers` threads; `progress` is told after each file (done, total).
    public static func run(_ paths: [String], files: FileAccess, workers: Int, detail: Bool = false, progress: (@Sendable (Int, Int) -> Void)? = nil) -> [Entry] {
        let results = Mutex<[Int: Entry]>([:])
        let done = Atomic<Int>(0)
        nonisolated(unsafe) let access = files
        let count = paths.count
        let chunk = max(1, workers)
        DispatchQueue.concurrentPerform(iterations: chunk) { worker in
            var k = worker
            while k < count {
                if let e = entry(paths[k], files: access, detail: detail) { results.withLock { $0[k] = e } }
                let n = done.add(1, ordering: .relaxed).newValue
                progress?(n, count)
                k += chunk
            }
        }
        let all = results.withLock { $0 }
        var entries = (0..<count).compactMap { all[$0] }
        crossReportFindings(&entries)
        return entries
    }

    /// The same indicator scored by different rules in reports of one year: an inconsistency for the bureau to settle.
    static func crossReportFindings(_ entries: inout [Entry]) {
        var byKey: [String: [String: [Int]]] = [:]   // "year|name" → rule → entries
        for (k, e) in entries.enumerated() where e.error == nil {
            for (name, rule) in e.rules { byKey["\(e.year.map(String.init) ?? "?")|\(name)", default: [:]][rule, default: []].append(k) }
        }
        for (key, rules) in byKey.sorted(by: { $0.key < $1.key }) where rules.count > 1 {
            let name = String(key.split(separator: "|", maxSplits: 1).last ?? "")
            let summary = rules.keys.sorted().map { "\($0) in \(rules[$0]!.count)" }.joined(separator: ", ")
            // The reports that depart from the most common rule are flagged (all of them when no rule is most common).
            let most = rules.values.map(\.count).max() ?? 0
            let common = rules.filter { $0.value.count == most }
            for (rule, ks) in rules.sorted(by: { $0.key < $1.key }) where common.count > 1 || common[rule] == nil {
                for k in ks {
                    entries[k].findings.append(Audit.Finding(severity: .warning, id: "inconsistent-rule", node: nil,
                                                             message: "\(name) is scored by different rules across the reports of its year: \(summary)"))
                }
            }
        }
    }

    /// One row of a reviewed report's tree.
    public struct TreeRow: Sendable {
        public var code: String
        public var name: String
        public var level: Int
        public var weight: ExactDecimal?
        /// nil when the source gives no score and the rule cannot compute one.
        public var score: ExactDecimal?
        public var published: ExactDecimal?
    }

    /// Findings grouped by kind, most frequent first; unreadable files are the group `unreadable`.
    public static func groups(_ entries: [Entry]) -> [Group] {
        var map: [String: Group] = [:]
        for e in entries {
            if let err = e.error {
                map["unreadable", default: Group(id: "unreadable", severity: .error, count: 0, files: [], example: err.message)].count += 1
                map["unreadable"]!.files.append(e.path)
            }
            // Grouped by kind and level: the 一级 weights' warning and a parent's weights error are both `weights`.
            for f in e.findings {
                let key = f.id + "\u{0}" + f.severity.rawValue
                map[key, default: Group(id: f.id, severity: f.severity, count: 0, files: [], example: f.message)].count += 1
                if map[key]!.files.last != e.path { map[key]!.files.append(e.path) }
            }
        }
        return map.values.sorted { a, b in a.severity != b.severity ? a.severity > b.severity : (a.count != b.count ? a.count > b.count : a.id < b.id) }
    }
}
