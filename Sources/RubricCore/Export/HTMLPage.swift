/// Pieces of the self-contained HTML pages Rubric writes: escaping, the page shell with its inline CSS, and inline
/// SVG bars. Nothing refers to anything outside the page (no scripts, fonts, images or links to fetch).
public enum HTMLPage {
    /// Text escaped for HTML content and attribute values (``MarkupText/escape(_:)``).
    public static func escape(_ s: String) -> String { MarkupText.escape(s) }

    /// A whole page: `<!doctype html>`, the title, the CSS, and `body`.
    public static func page(title: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="rubric">
        <title>\(escape(title))</title>
        <style>\(css)</style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// A number for display at `places`.
    public static func figure(_ d: ExactDecimal?, places: Int = 2) -> String { d.map { $0.formatted(places: places) } ?? "—" }

    /// A signed difference (`+0.01`, `-0.38`), empty when zero or unknown.
    public static func signed(_ d: ExactDecimal?, places: Int = 2) -> String {
        guard let d, !d.isZero else { return "" }
        return (d.isNegative ? "" : "+") + d.formatted(places: places)
    }

    /// A decimal as an SVG coordinate (a few places are plenty for a picture; the figures in the tables are exact).
    public static func coordinate(_ d: ExactDecimal) -> String { d.rounded(places: 2).shortText(maxPlaces: 2) }

    /// `value ÷ whole × width`, clamped to [0, width], for a bar's length.
    public static func length(_ value: ExactDecimal, of whole: ExactDecimal, width: Int) -> ExactDecimal {
        guard whole > .zero, let ratio = try? value.divided(by: whole, places: 6), let l = try? ratio * ExactDecimal(width) else { return .zero }
        if l.isNegative { return .zero }
        return l > ExactDecimal(width) ? ExactDecimal(width) : l
    }

    /// The page's style: readable tables, bars in the grade colours, print-friendly.
    static let css = """
    body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:24px;color:#222;max-width:1100px}
    h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
    .meta{color:#666;margin:0 0 12px}.total{font-size:28px;font-weight:bold}.grade{font-size:20px;margin-left:8px}
    table{border-collapse:collapse;margin:8px 0;font-size:13px}th,td{border:1px solid #ddd;padding:3px 8px;text-align:left}
    th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}tr.l1 td{font-weight:bold;background:#fafafa}
    .error{color:#b00020}.warning{color:#a15c00}.note{color:#555}.diff{color:#b00020;font-weight:bold}
    .legend span{display:inline-block;margin-right:14px}.sw{display:inline-block;width:12px;height:12px;vertical-align:middle;margin-right:4px}
    details{margin:6px 0}summary{cursor:pointer}svg text{font-size:12px;font-family:inherit}
    @media print{details{display:block}summary{display:none}}
    """

    /// The colour of a grade (优 green, 良 blue, 中 amber, 差 red; grey otherwise).
    public static func colour(ofGrade g: String?) -> String {
        switch g {
        case "优": return "#2e7d32"
        case "良": return "#1565c0"
        case "中": return "#ef8f00"
        case "差": return "#c62828"
        default: return "#9e9e9e"
        }
    }

    /// A list of findings as `<ul>`, each with its level's colour.
    public static func findings(_ list: [Audit.Finding]) -> String {
        guard !list.isEmpty else { return "<p>无审核意见 (no findings)</p>" }
        var out = "<ul class=\"findings\">"
        for f in list {
            out += "<li class=\"\(f.severity.rawValue)\"><b>\(escape(f.severity.rawValue))</b> [\(escape(f.id))] \(escape(f.message))</li>"
        }
        return out + "</ul>"
    }
}
