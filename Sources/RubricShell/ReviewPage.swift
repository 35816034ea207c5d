import RubricCore

/// The reviewer's desk as one self-contained HTML page (`rubric review … --html FILE`): the league table, a bar chart of
/// the totals against the grade bands, the distribution of findings, and per report its tree (computed and published)
/// with its findings. Inline CSS and SVG only: it opens from a file, with no network.
public enum ReviewPage {
    /// Reports drawn in the bar chart and detailed below it, at most (the league table lists every one).
    public static let chartLimit = 300, detailLimit = 500

    public static func html(_ entries: [Review.Entry], groups: [Review.Group], title: String = "绩效自评审核 (review)") -> String {
        let root = ReviewReport.commonFolder(entries.map(\.path))
        let errors = entries.reduce(0) { $0 + $1.errors }, warnings = entries.reduce(0) { $0 + $1.warnings }
        var body = "<h1>\(HTMLPage.escape(title))</h1>\n"
        body += "<p class=\"meta\">\(entries.count) 份报告 (reports)\(root.isEmpty ? "" : " · " + HTMLPage.escape(root)) · <span class=\"error\">\(errors) 错误</span> · <span class=\"warning\">\(warnings) 警告</span></p>\n"
        body += "<h2>排名 (league table)</h2>\n" + league(entries, root: root)
        body += "<h2>总分与等级 (totals against the grade bands)</h2>\n" + totalsChart(entries, root: root)
        body += "<h2>审核意见分布 (findings by kind)</h2>\n" + findingsChart(groups, root: root)
        body += "<h2>各报告明细 (each report)</h2>\n"
        for (k, e) in entries.prefix(detailLimit).enumerated() { body += detail(e, rank: k + 1, root: root) }
        if entries.count > detailLimit {
            body += "<p class=\"warning\">明细只列前 \(detailLimit) 份 (the first \(detailLimit) of \(entries.count) reports are detailed; the league table lists all)</p>\n"
        }
        return HTMLPage.page(title: title, body: body)
    }

    // MARK: Sections

    static func league(_ entries: [Review.Entry], root: String) -> String {
        let ranks = ReviewReport.ranks(entries)
        var out = "<table id=\"league\"><thead><tr><th>#</th><th>部门 / 项目</th><th>文件</th><th>年度</th><th>计分办法</th><th>总分</th><th>公布总分</th><th>差额</th><th>等级</th><th>公布等级</th><th>错误</th><th>警告</th><th>提示</th></tr></thead><tbody>"
        for (k, e) in entries.enumerated() {
            let file = HTMLPage.escape(ReviewReport.relative(e.path, to: root))
            if let err = e.error {
                out += "<tr class=\"error\"><td class=\"n\">\(ranks[k])</td><td>不可读 (unreadable)</td><td>\(file)</td><td colspan=\"10\">\(HTMLPage.escape(err.message))</td></tr>"
                continue
            }
            let incomplete = e.incomplete
            out += "<tr><td class=\"n\">\(ranks[k])</td><td><a href=\"#r\(k + 1)\">\(HTMLPage.escape(e.title))</a></td><td>\(file)</td><td>\(e.year.map(String.init) ?? "")</td><td>\(HTMLPage.escape(e.scheme))</td>"
            out += "<td class=\"n\">\(HTMLPage.figure(e.total))\(incomplete ? "*" : "")</td><td class=\"n\">\(e.publishedTotal.map { $0.formatted(places: 2) } ?? "")</td>"
            out += "<td class=\"n diff\">\(incomplete ? "" : HTMLPage.signed(e.delta))</td>"
            out += "<td style=\"color:\(HTMLPage.colour(ofGrade: e.grade))\">\(HTMLPage.escape(e.grade ?? "—"))</td><td>\(HTMLPage.escape(e.publishedGrade ?? ""))</td>"
            out += "<td class=\"n error\">\(e.errors)</td><td class=\"n warning\">\(e.warnings)</td><td class=\"n\">\(e.notes)</td></tr>"
        }
        out += "</tbody></table>\n"
        if entries.contains(where: { $0.error == nil && $0.incomplete }) {
            out += "<p>* 不完整：有指标未给出得分，总分为下限 (incomplete: a lower bound)</p>\n"
        }
        return out
    }

    /// One bar a report, on 0–100, over the grade bands (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差).
    static func totalsChart(_ entries: [Review.Entry], root: String) -> String {
        let scored = entries.filter { $0.total != nil }.prefix(chartLimit)
        guard !scored.isEmpty else { return "<p>无可计分的报告 (no report could be scored)</p>\n" }
        let label = 200, width = 480, h = 18
        let height = scored.count * h + 30
        var svg = "<svg id=\"totals\" role=\"img\" width=\"\(label + width + 70)\" height=\"\(height)\" viewBox=\"0 0 \(label + width + 70) \(height)\">"
        let bands: [(String, Int, Int)] = [("差", 0, 60), ("中", 60, 80), ("良", 80, 90), ("优", 90, 100)]
        for (g, lo, hi) in bands {
            let x = label + width * lo / 100, w = width * (hi - lo) / 100
            svg += "<rect x=\"\(x)\" y=\"0\" width=\"\(w)\" height=\"\(height - 20)\" fill=\"\(HTMLPage.colour(ofGrade: g))\" fill-opacity=\"0.08\"/>"
            svg += "<text x=\"\(x + w / 2 - 6)\" y=\"\(height - 6)\">\(g) \(lo)</text>"
        }
        for (k, e) in scored.enumerated() {
            let y = k * h + 2
            let l = HTMLPage.length(e.total ?? .zero, of: 100, width: width)
            svg += "<text x=\"0\" y=\"\(y + 12)\">\(HTMLPage.escape(DisplayWidth.truncate(e.title, to: 26)))</text>"
            svg += "<rect x=\"\(label)\" y=\"\(y + 2)\" width=\"\(HTMLPage.coordinate(l))\" height=\"12\" fill=\"\(HTMLPage.colour(ofGrade: e.grade))\"><title>\(HTMLPage.escape(e.title)) \(HTMLPage.figure(e.total))</title></rect>"
            if let p = e.publishedTotal {
                let x = HTMLPage.length(p, of: 100, width: width)
                svg += "<g transform=\"translate(\(label) 0) translate(\(HTMLPage.coordinate(x)) 0)\"><line x1=\"0\" x2=\"0\" y1=\"\(y)\" y2=\"\(y + 16)\" stroke=\"#000\" stroke-width=\"2\"/></g>"
            }
            svg += "<text x=\"\(label + width + 6)\" y=\"\(y + 12)\">\(HTMLPage.figure(e.total))</text>"
        }
        svg += "</svg>"
        var out = svg + "<p class=\"legend\"><span><i class=\"sw\" style=\"background:#000;width:2px\"></i>公布总分 (published)</span></p>\n"
        let total = entries.filter { $0.total != nil }.count
        if total > chartLimit { out += "<p class=\"warning\">图中只画前 \(chartLimit) 份 (the chart shows the first \(chartLimit) of \(total))</p>\n" }
        return out
    }

    /// The findings by kind: a bar a kind, its count, and the files it occurs in.
    static func findingsChart(_ groups: [Review.Group], root: String) -> String {
        guard let most = groups.map(\.count).max() else { return "<p>无审核意见 (no findings)</p>\n" }
        let label = 220, width = 400, h = 20
        var svg = "<svg id=\"findings\" role=\"img\" width=\"\(label + width + 60)\" height=\"\(groups.count * h + 6)\" viewBox=\"0 0 \(label + width + 60) \(groups.count * h + 6)\">"
        let colours: [Severity: String] = [.error: "#c62828", .warning: "#ef8f00", .note: "#757575"]
        for (k, g) in groups.enumerated() {
            let y = k * h + 2
            let l = HTMLPage.length(ExactDecimal(g.count), of: ExactDecimal(most), width: width)
            svg += "<text x=\"0\" y=\"\(y + 13)\">\(HTMLPage.escape(g.severity.rawValue + " " + g.id))</text>"
            svg += "<rect x=\"\(label)\" y=\"\(y + 2)\" width=\"\(HTMLPage.coordinate(l))\" height=\"14\" fill=\"\(colours[g.severity] ?? "#999")\"/>"
            svg += "<text x=\"\(label + width + 6)\" y=\"\(y + 13)\">\(g.count)</text>"
        }
        svg += "</svg>\n<table class=\"groups\"><tr><th>级别</th><th>类别</th><th>次数</th><th>文件</th><th>例</th></tr>"
        for g in groups {
            let files = g.files.prefix(5).map { ReviewReport.relative($0, to: root) }.joined(separator: ", ") + (g.files.count > 5 ? " … (\(g.files.count))" : "")
            svg += "<tr class=\"\(g.severity.rawValue)\"><td>\(g.severity.rawValue)</td><td>\(HTMLPage.escape(g.id))</td><td class=\"n\">\(g.count)</td><td>\(HTMLPage.escape(files))</td><td>\(HTMLPage.escape(g.example))</td></tr>"
        }
        return svg + "</table>\n"
    }

    /// A report's tree and findings, folded.
    static func detail(_ e: Review.Entry, rank: Int, root: String) -> String {
        var out = "<details id=\"r\(rank)\"><summary>\(rank). \(HTMLPage.escape(e.title)) — \(HTMLPage.figure(e.total)) \(HTMLPage.escape(e.grade ?? "—"))"
        out += " (\(HTMLPage.escape(ReviewReport.relative(e.path, to: root))))</summary>"
        if let err = e.error { return out + "<p class=\"error\">\(HTMLPage.escape(err.rendered()))</p></details>\n" }
        if !e.tree.isEmpty {
            out += "<table><tr><th>编码</th><th>指标</th><th>分值</th><th>得分</th><th>公布得分</th><th>差额</th></tr>"
            for r in e.tree {
                let d = r.score.flatMap { s in r.published.flatMap { try? s - $0 } }
                out += "<tr class=\"l\(r.level)\"><td>\(HTMLPage.escape(r.code))</td><td style=\"padding-left:\((r.level - 1) * 16 + 8)px\">\(HTMLPage.escape(r.name))</td>"
                out += "<td class=\"n\">\(r.weight?.shortText() ?? "")</td><td class=\"n\">\(HTMLPage.figure(r.score))</td><td class=\"n\">\(r.published.map { $0.formatted(places: 2) } ?? "")</td><td class=\"n diff\">\(HTMLPage.signed(d))</td></tr>"
            }
            out += "</table>"
        }
        return out + HTMLPage.findings(e.findings) + "</details>\n"
    }
}
