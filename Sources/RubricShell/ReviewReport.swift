import RubricCore

/// The review's outputs: the league table and findings as text (80 columns, CJK-aligned), CSV for Excel, JSON.
public enum ReviewReport {
    /// The league table and the findings across reports.
    public static func text(_ entries: [Review.Entry], groups: [Review.Group]) -> String {
        var rows: [[String]] = []
        for (k, e) in entries.enumerated() {
            if let err = e.error {
                _ = err
                rows.append([String(k + 1), DisplayWidth.truncate(file(e.path), to: 22), "", "", "", "", "不可读", "1/0/0"])
                continue
            }
            let d = e.delta.map { $0.isZero ? "" : ($0.isNegative ? "" : "+") + $0.formatted(places: 2) } ?? ""
            let grade = (e.grade ?? "—") + (e.publishedGrade.map { $0 == e.grade ? "" : "/\($0)" } ?? "")
            rows.append([String(k + 1), DisplayWidth.truncate(e.title, to: 22), e.year.map(String.init) ?? "",
                         e.total?.formatted(places: 2) ?? "", e.publishedTotal?.formatted(places: 2) ?? "", d, grade,
                         "\(e.errors)/\(e.warnings)/\(e.notes)"])
        }
        let table = Table(title: "review: \(entries.count) file(s)", columns: ["#", "部门 / 项目", "年度", "总分", "公布", "Δ", "等级", "错/警/注"],
                          alignments: [.right, .left, .left, .right, .right, .right, .left, .right], rows: rows)
        var out = renderTable(table)
        out += "\nfindings across reports (level, kind, count, files):\n"
        if groups.isEmpty { out += "  none\n" }
        for g in groups {
            let files = g.files.prefix(3).map(file).joined(separator: ", ") + (g.files.count > 3 ? ", … (\(g.files.count) files)" : "")
            out += "  \(g.severity.rawValue) \(g.id) ×\(g.count): \(files)\n"
            out += "      e.g. \(DisplayWidth.truncate(g.example, to: 70))\n"
        }
        let unreadable = entries.filter { $0.error != nil }
        for e in unreadable { out += "\n" + (e.error.map { $0.file == nil ? "\(e.path): " + $0.rendered() : $0.rendered() } ?? "") }
        return out
    }

    /// The league table as CSV: UTF-8 with a BOM so Excel opens it as Chinese text, with the findings counts.
    public static func csv(_ entries: [Review.Entry]) -> String {
        var out = "\u{FEFF}文件,部门/项目,年度,方案,总分,公布总分,差额,等级,公布等级,错误,警告,提示,无法读取\n"
        for e in entries {
            let cells = [e.path, e.title, e.year.map(String.init) ?? "", e.scheme, e.total?.formatted(places: 2) ?? "",
                         e.publishedTotal?.formatted(places: 2) ?? "", e.delta?.formatted(places: 2) ?? "", e.grade ?? "",
                         e.publishedGrade ?? "", String(e.errors), String(e.warnings), String(e.notes), e.error?.message ?? ""]
            out += cells.map(quote).joined(separator: ",") + "\n"
        }
        return out
    }

    /// The review as JSON (`rubric-review/1`): entries with their findings, and the groups.
    public static func json(_ entries: [Review.Entry], groups: [Review.Group]) -> String {
        func s(_ x: String) -> String { JSONText.quote(x) }
        func d(_ x: ExactDecimal?) -> String { x.map { $0.description } ?? "null" }
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

    static func quote(_ cell: String) -> String {
        cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
    }
}
