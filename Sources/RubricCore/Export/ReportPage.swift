/// One scored report as a self-contained HTML page (`export html`, `rubric export --html`): the total and grade, the
/// 一级/二级 scores as bars against their weights with the published score marked, each target's completion against
/// the 100% and 150% lines, the score table with computed and published side by side, the findings, and for a
/// scenario its differences from the baseline.
public enum ReportPage {
    /// The page; `baseline` (with the scenario's name) adds the scenario's differences from it.
    public static func html(_ s: ScoredReport, scenario: String? = nil, baseline: ScoredReport? = nil) -> String {
        let r = s.report
        let places = s.scheme.scorePlaces
        var body = "<h1>\(HTMLPage.escape(r.title))</h1>\n"
        var meta: [String] = []
        if let d = r.department, d != r.title { meta.append(d) }
        if let y = r.year { meta.append("\(y)年度") }
        meta.append("计分办法 \(s.scheme.name) (\(s.scheme.id))")
        if let scenario { meta.append("情景 \(scenario)") }
        body += "<p class=\"meta\">\(HTMLPage.escape(meta.joined(separator: " · ")))</p>\n"
        let grade = ScoreTable.gradeText(s)
        body += "<p><span class=\"total\" id=\"total\">总分 \(s.total.formatted(places: places))</span>"
        body += "<span class=\"grade\" style=\"color:\(HTMLPage.colour(ofGrade: s.isUngraded ? nil : s.grade))\">\(HTMLPage.escape(grade))</span>"
        if s.isIncomplete {
            body += " <span class=\"warning\">（不完整：有指标未给出得分，总分为下限）</span>"
        } else if let w = s.topWeightMismatch {
            body += " <span class=\"warning\">（不评等级：一级指标分值合计 \(HTMLPage.escape(w.shortText()))，不是 100）</span>"
        }
        if let p = r.publishedTotal {
            let d = s.total.shownDifference(from: p, places: places)
            body += " · 公布 \(p.formatted(places: places))" + (d.map { $0.isZero ? "" : " <span class=\"diff\">Δ \(HTMLPage.signed($0, places: places))</span>" } ?? "")
        }
        if let g = r.publishedGrade { body += " · 公布等级 \(HTMLPage.escape(g))" }
        body += "</p>\n"
        if let baseline { body += differences(s, from: baseline, scenario: scenario ?? "") }
        body += "<h2>一级、二级指标得分 (score against weight)</h2>\n" + groupBars(s)
        let completion = completionBars(s)
        if !completion.isEmpty { body += "<h2>指标完成率 (completion B/A, with the 100% and 150% lines)</h2>\n" + completion }
        body += "<h2>评分表 (computed and published)</h2>\n" + scoreTable(s)
        body += "<h2>审核意见 (findings)</h2>\n" + HTMLPage.findings(Audit.run(s))
        if !r.notes.isEmpty {
            body += "<h2>说明 (notes)</h2><ul>" + r.notes.map { "<li>\(HTMLPage.escape($0))</li>" }.joined() + "</ul>\n"
        }
        return HTMLPage.page(title: r.title, body: body)
    }

    // MARK: Sections

    /// One bar a 一级/二级 indicator: the track is its weight (scaled to the largest), the fill its score, a tick the published score.
    static func groupBars(_ s: ScoredReport) -> String {
        let r = s.report
        let rows = r.nodes.indices.filter { r.nodes[$0].level <= 2 && !r.nodes[$0].isTarget }
        let maxWeight = rows.compactMap { r.nodes[$0].weight }.max() ?? .one
        let width = 420, label = 220, h = 24
        var svg = "<svg class=\"bars\" role=\"img\" width=\"\(label + width + 150)\" height=\"\(rows.count * h + 8)\" viewBox=\"0 0 \(label + width + 150) \(rows.count * h + 8)\">"
        for (k, i) in rows.enumerated() {
            let n = r.nodes[i]
            let y = k * h + 4
            let weight = n.weight ?? .zero
            let track = HTMLPage.length(weight, of: maxWeight, width: width)
            let fill = HTMLPage.length(s.scores[i], of: maxWeight, width: width)
            let indent = n.level == 1 ? 0 : 16
            let ratio = weight > .zero ? (try? s.scores[i].divided(by: weight, places: 4)) ?? .zero : .zero
            let colour = ratio >= "0.9" ? "#2e7d32" : ratio >= "0.8" ? "#1565c0" : ratio >= "0.6" ? "#ef8f00" : "#c62828"
            svg += "<text x=\"\(indent)\" y=\"\(y + 15)\"\(n.level == 1 ? " font-weight=\"bold\"" : "")>\(HTMLPage.escape(DisplayWidth.truncate(n.name, to: 28 - indent / 8)))</text>"
            svg += "<rect x=\"\(label)\" y=\"\(y + 3)\" width=\"\(HTMLPage.coordinate(track))\" height=\"16\" fill=\"#eee\"/>"
            svg += "<rect x=\"\(label)\" y=\"\(y + 3)\" width=\"\(HTMLPage.coordinate(fill))\" height=\"16\" fill=\"\(colour)\"><title>\(HTMLPage.escape(n.name)) \(s.scores[i].formatted(places: 2)) / \(weight.shortText())</title></rect>"
            if let p = n.published {
                let x = HTMLPage.length(p, of: maxWeight, width: width)
                svg += "<line x1=\"\(label)\" x2=\"\(label)\" y1=\"\(y + 1)\" y2=\"\(y + 21)\" stroke=\"#000\" stroke-width=\"2\" transform=\"translate(\(HTMLPage.coordinate(x)) 0)\"><title>公布 \(p.formatted(places: 2))</title></line>"
            }
            svg += "<text x=\"\(label + width + 8)\" y=\"\(y + 15)\">\(s.statuses[i].isNotGiven ? "—" : s.scores[i].formatted(places: 2)) / \(weight.shortText())</text>"
        }
        svg += "</svg>"
        return svg + "<p class=\"legend\"><span><i class=\"sw\" style=\"background:#eee\"></i>分值 (weight)</span><span><i class=\"sw\" style=\"background:#2e7d32\"></i>得分 (score)</span><span><i class=\"sw\" style=\"background:#000;width:2px\"></i>公布得分 (published)</span></p>\n"
    }

    /// Completion B/A of every target and leaf that states both, on an axis to 200% (further when needed).
    static func completionBars(_ s: ScoredReport) -> String {
        let r = s.report
        var items: [(name: String, rate: ExactDecimal)] = []
        for n in r.nodes where n.isTarget || (n.isLeaf && n.children.isEmpty) {
            guard let a = n.inputs.target?.value, let b = n.inputs.actual?.value, !a.isZero,
                  let rate = try? b.divided(by: a, places: 4) else { continue }
            items.append((n.name, rate))
        }
        guard !items.isEmpty else { return "" }
        let top = max(ExactDecimal(2), items.map(\.rate).max() ?? 2)
        let width = 420, label = 220, h = 22
        let height = items.count * h + 24
        var svg = "<svg class=\"completion\" role=\"img\" width=\"\(label + width + 90)\" height=\"\(height)\" viewBox=\"0 0 \(label + width + 90) \(height)\">"
        for (k, item) in items.enumerated() {
            let y = k * h + 4
            let l = HTMLPage.length(item.rate, of: top, width: width)
            let colour = item.rate >= "1.5" ? "#c62828" : item.rate >= "1.2" ? "#ef8f00" : item.rate >= .one ? "#2e7d32" : "#1565c0"
            svg += "<text x=\"0\" y=\"\(y + 14)\">\(HTMLPage.escape(DisplayWidth.truncate(item.name, to: 28)))</text>"
            svg += "<rect x=\"\(label)\" y=\"\(y + 3)\" width=\"\(HTMLPage.coordinate(l))\" height=\"14\" fill=\"\(colour)\"/>"
            svg += "<text x=\"\(label + width + 8)\" y=\"\(y + 14)\">\(Quantity(item.rate, .percent).text(places: 2))</text>"
        }
        for (mark, name) in [(ExactDecimal.one, "100%"), (ExactDecimal("1.5"), "150%")] {
            let x = HTMLPage.coordinate(HTMLPage.length(mark, of: top, width: width))
            svg += "<g transform=\"translate(\(label) 0) translate(\(x) 0)\"><line x1=\"0\" x2=\"0\" y1=\"0\" y2=\"\(height - 18)\" stroke=\"#555\" stroke-dasharray=\"4 3\"/><text x=\"-14\" y=\"\(height - 4)\">\(name)</text></g>"
        }
        return svg + "</svg>\n"
    }

    /// The score table (ScoreTable.tree) with differences from the published scores marked.
    static func scoreTable(_ s: ScoredReport) -> String {
        let t = ScoreTable.tree(s)
        var out = "<table class=\"scores\"><thead><tr><th>编码</th><th>指标</th><th>分值</th><th>得分</th><th>公布得分</th><th>差额</th><th>计分规则</th></tr></thead><tbody>"
        for (k, row) in t.rows.enumerated() {
            let level = row[0].split(separator: ".").count
            out += "<tr class=\"l\(level)\" data-row=\"\(k)\">"
            for (c, cell) in row.enumerated() {
                let text = c == 1 ? String(cell.drop(while: { $0 == " " })) : cell
                let cls = [2, 3, 4, 5].contains(c) ? (c == 5 && !cell.isEmpty ? "n diff" : "n") : ""
                let pad = c == 1 ? " style=\"padding-left:\((level - 1) * 16 + 8)px\"" : ""
                out += "<td\(cls.isEmpty ? "" : " class=\"\(cls)\"")\(pad)>\(HTMLPage.escape(text))</td>"
            }
            out += "</tr>"
        }
        out += "</tbody></table>"
        out += "<ul>" + t.footer.map { "<li>\(HTMLPage.escape($0))</li>" }.joined() + "</ul>\n"
        return out
    }

    /// The scenario against the baseline: every indicator whose score differs, and the totals.
    static func differences(_ s: ScoredReport, from base: ScoredReport, scenario: String) -> String {
        var out = "<h2>情景 \(HTMLPage.escape(scenario)) 与基线的差异 (against the baseline)</h2>\n<table class=\"delta\"><tr><th>指标</th><th>基线</th><th>情景</th><th>差额</th></tr>"
        var any = false
        for i in s.report.nodes.indices where i < base.report.nodes.count && !s.report.nodes[i].isTarget {
            let a = base.scores[i], b = s.scores[i]
            guard a != b else { continue }
            any = true
            out += "<tr><td>\(HTMLPage.escape(s.report.nodes[i].code + " " + s.report.nodes[i].name))</td><td class=\"n\">\(a.formatted(places: 2))</td><td class=\"n\">\(b.formatted(places: 2))</td><td class=\"n diff\">\(HTMLPage.signed(try? b - a))</td></tr>"
        }
        out += "<tr class=\"l1\"><td>总分</td><td class=\"n\">\(base.total.formatted(places: 2)) \(HTMLPage.escape(ScoreTable.gradeText(base)))</td><td class=\"n\">\(s.total.formatted(places: 2)) \(HTMLPage.escape(ScoreTable.gradeText(s)))</td><td class=\"n diff\">\(HTMLPage.signed(try? s.total - base.total))</td></tr></table>\n"
        if !any { out += "<p>无指标得分变化 (no indicator's score differs)</p>\n" }
        return out
    }
}
