import RubricCore

/// The review's outputs: the league table and findings as text (80 columns, CJK-aligned), CSV for Excel, JSON.
public enum ReviewReport {
    /// The league table and the findings across reports.
    public static func text(_ entries: [Review.Entry], groups: [Review.Group]) -> String {
        var rows: [[String]] = []
        let root = commonFolder(entries.map(\.path))
        var partial = false
        let ranks = ranks(entries)
        for (k, e) in entries.enumerated() {
            let name = DisplayWidth.truncate(relative(e.path, to: root), to: 18)
            if e.error != nil {
                rows.append([ranks[k], name, "", "", "", "", "不可读", "\(e.errors)/0/0"])
                continue
            }
            // An incomplete total is a lower bound (indicators count 0): marked, and no difference to the published one.
            let incomplete = e.incomplete
            if incomplete { partial = true }
            let d = incomplete ? "" : e.delta.map { $0.isZero ? "" : ($0.isNegative ? "" : "+") + $0.formatted(places: 2) } ?? ""
            let grade = (e.grade ?? "—") + (e.publishedGrade.map { $0 == e.grade ? "" : "/\($0)" } ?? "")
            rows.append([ranks[k], name, DisplayWidth.truncate(e.title, to: 12), e.year.map(String.init) ?? "",
                         (e.total?.formatted(places: 2) ?? "") + (incomplete ? "*" : ""), d, grade,
                         "\(e.errors)/\(e.warnings)/\(e.notes)"])
        }
        let table = Table(title: Message.reviewTitle.text(String(entries.count)) + (root.isEmpty ? "" : Message.reviewUnder.text(root)),
                          columns: ["#", "文件", "部门 / 项目", "年度", "总分", "Δ公布", "等级", "错/警/注"],
                          alignments: [.right, .left, .left, .left, .right, .right, .left, .right], rows: rows,
                          footer: partial ? [Message.reviewIncomplete.text()] : [])
        var out = renderTable(table)
        out += "\n" + Message.reviewFindingsHeading.text() + "\n"
        if groups.isEmpty { out += "  " + Message.noFindings.text() + "\n" }
        for g in groups {
            let head = "  \(g.severity.word) \(g.id) ×\(g.count) " + Message.reviewInFiles.text(String(g.files.count)) + ": "
            let files = g.files.prefix(3).map { relative($0, to: root) }.joined(separator: ", ") + (g.files.count > 3 ? ", …" : "")
            out += DisplayWidth.truncate(head + files, to: 79) + "\n"
            out += "      " + Message.reviewExample.text() + " " + DisplayWidth.truncate(g.example, to: 68) + "\n"
        }
        let unreadable = entries.filter { $0.error != nil }
        for e in unreadable { out += "\n" + (e.error.map { $0.file == nil ? "\(e.path): " + $0.rendered() : $0.rendered() } ?? "") }
        return out
    }

    /// The league table as CSV: UTF-8 with a BOM so Excel opens it as Chinese text, with the findings counts.
    public static func csv(_ entries: [Review.Entry]) -> String {
        let rows = leagueRows(entries)
        let table = Table(columns: ["排名", "文件", "部门/项目", "年度", "方案", "总分", "总分不完整（下限）", "公布总分", "差额", "等级", "公布等级", "错误", "警告", "提示", "无法读取"], rows: rows)
        return "\u{FEFF}" + TextExport.csv(table)
    }

    /// Each entry's rank: equal complete totals share one (3, 3, 5); an incomplete total (a lower bound) or an
    /// unreadable file has none ("—").
    public static func ranks(_ entries: [Review.Entry]) -> [String] {
        var out: [String] = []
        var previous: (total: ExactDecimal, rank: Int)?
        var k = 0
        for e in entries {
            guard let t = e.total, !e.incomplete, e.error == nil else { out.append("—"); continue }
            k += 1
            if let p = previous, p.total == t { out.append(String(p.rank)) } else { previous = (t, k); out.append(String(k)) }
        }
        return out
    }

    /// The league table's rows (CSV and workbook).
    static func leagueRows(_ entries: [Review.Entry]) -> [[String]] {
        zip(entries, ranks(entries)).map { e, rank in
            [rank, e.path, e.title, e.year.map(String.init) ?? "", e.scheme, e.total?.formatted(places: 2) ?? "",
             e.total != nil && e.incomplete ? "是" : "",
             e.publishedTotal?.formatted(places: 2) ?? "", e.incomplete ? "" : e.delta?.formatted(places: 2) ?? "", e.grade ?? "",
             e.publishedGrade ?? "", String(e.errors), String(e.warnings), String(e.notes), e.error?.message ?? ""]
        }
    }

    /// The review as a workbook's sheets: the league table (as the CSV), and every finding of every report.
    public static func sheets(_ entries: [Review.Entry], groups: [Review.Group]) -> [WorkbookSheet] {
        var league = [["排名", "文件", "部门/项目", "年度", "方案", "总分", "总分不完整（下限）", "公布总分", "差额", "等级", "公布等级", "错误", "警告", "提示", "无法读取"]]
        league += leagueRows(entries)
        var findings = [["文件", "部门/项目", "级别", "类别", "说明"]]
        for e in entries {
            if let err = e.error { findings.append([e.path, e.title, "error", "unreadable", err.message]) }
            for f in e.findings { findings.append([e.path, e.title, f.severity.rawValue, f.id, f.message]) }
        }
        return [WorkbookSheet(name: "排名", rows: league), WorkbookSheet(name: "审核意见", rows: findings)]
    }

    /// The review as JSON (`rubric-review/1`): entries with their findings, and the groups.
    public static func json(_ entries: [Review.Entry], groups: [Review.Group]) -> String {
        func s(_ x: String) -> String { JSONText.quote(x) }
        func d(_ x: ExactDecimal?) -> String { x.map { s($0.formatted(places: 2)) } ?? "null" }
        var out = "{\n  \"format\": \"rubric-review/1\",\n  \"files\": [\n"
        out += entries.map { e in
            var fields = ["\"path\": \(s(e.path))"]
            if let err = e.error { fields.append("\"error\": \(s(err.message))") } else {
                fields += ["\"title\": \(s(e.title))", "\"year\": \(e.year.map(String.init) ?? "null")", "\"scheme\": \(s(e.scheme))",
                           "\"total\": \(d(e.total))", "\"publishedTotal\": \(d(e.publishedTotal))", "\"grade\": \(e.grade.map(s) ?? "null")",
                           "\"publishedGrade\": \(e.publishedGrade.map(s) ?? "null")",
                           "\"findings\": [" + e.findings.map { "{\"level\": \(s($0.severity.rawValue)), \"id\": \(s($0.id)), \"message\": \(s($0.message))}" }.joined(separator: ", ") + "]"]
            }
            return "    {" + fields.joined(separator: ", ") + "}"
        }.joined(separator: ",\n")
        out += "\n  ],\n  \"groups\": [\n"
        out += groups.map { "    {\"id\": \(s($0.id)), \"level\": \(s($0.severity.rawValue)), \"count\": \($0.count), \"files\": [" + $0.files.map(s).joined(separator: ", ") + "]}" }.joined(separator: ",\n")
        out += "\n  ]\n}\n"
        return out
    }

    static func file(_ path: String) -> String { String(path.split(separator: "/").last ?? Substring(path)) }

    /// The folder every path lies under (with its trailing `/`), or "".
    static func commonFolder(_ paths: [String]) -> String {
        guard var prefix = paths.first.map({ $0.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init) }) else { return "" }
        for p in paths.dropFirst() {
            let parts = p.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
            var n = 0
            while n < prefix.count, n < parts.count, prefix[n] == parts[n] { n += 1 }
            prefix = Array(prefix.prefix(n))
        }
        return prefix.isEmpty ? "" : prefix.joined(separator: "/") + "/"
    }

    /// A path shown under the reviewed folder (`sub/a.yaml`).
    static func relative(_ path: String, to root: String) -> String { root.isEmpty || !path.hasPrefix(root) ? path : String(path.dropFirst(root.count)) }
}
