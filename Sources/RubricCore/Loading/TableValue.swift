/// A target or actual value as a 项目支出 table writes it: `≥266米`, `≤90万元`, `＝ 100 %`, `1个`, `显著提升`, `/`.
///
/// The comparator in front (or `以上`/`以内` behind) gives the direction; the unit comes from the cell or from
/// the 度量单位 column; text that is not a quantity is a qualitative value; `/` marks a row that does not apply.
struct TableValue: Sendable, Equatable {
    /// The comparator the cell states, if any.
    var direction: TargetDirection?
    /// The value as a quantity, when it is one.
    var quantity: Quantity?
    /// The cell's text as written (for display and explain).
    var text: String
    /// True for `/` (not applicable).
    var notApplicable: Bool

    /// Reads a cell; `unit` is the 度量单位 column's text, applied when the cell has none of its own.
    init(_ raw: String, unit: String? = nil) {
        let normalized = TableValue.normalize(raw)
        text = raw
        notApplicable = TableValue.notApplicableMarks.contains(normalized)
        direction = nil
        quantity = nil
        if notApplicable { return }
        var rest = Substring(normalized)
        for (prefix, d) in TableValue.prefixes where rest.hasPrefix(prefix) {
            direction = d
            rest = rest.dropFirst(prefix.count)
            break
        }
        for (suffix, d) in TableValue.suffixes where rest.hasSuffix(suffix) {
            if direction == nil { direction = d }
            rest = rest.dropLast(suffix.count)
            break
        }
        let body = String(rest)
        if let q = try? Quantity(parsing: body) {
            if q.unit == .none, let u = unit.map(TableValue.normalize), !u.isEmpty, let withUnit = try? Quantity(parsing: body + u) {
                quantity = withUnit
            } else {
                quantity = q
            }
        }
    }

    /// True when the cell is words, not a figure (a qualitative target or actual).
    var isQualitative: Bool { !notApplicable && quantity == nil }

    /// The qualitative level an actual's words state against a target's words, when they say it plainly.
    static func level(actual: String, target: String?) -> QualitativeLevel? {
        let a = normalize(actual)
        if let t = target.map(normalize), t == a { return .achieved }
        if let l = QualitativeLevel(text: a) { return l }
        if a.contains("部分") { return .partly }
        if a.contains("未") || a.contains("没有") || a.contains("不达") { return .notAchieved }
        if ["达成", "达到", "完成", "实现", "符合", "合格", "满意"].contains(where: { a.contains($0) }) { return .achieved }
        return nil
    }

    // MARK: Implementation

    /// Marks a table uses for "does not apply".
    static let notApplicableMarks: Set<String> = ["/", "／", "无", "不适用"]

    /// Leading comparators, longest first.
    static let prefixes: [(String, TargetDirection)] = [
        (">=", .atLeast), ("≥", .atLeast), ("≧", .atLeast), ("大于等于", .atLeast), ("不低于", .atLeast), ("不少于", .atLeast),
        ("<=", .atMost), ("≤", .atMost), ("≦", .atMost), ("小于等于", .atMost), ("不高于", .atMost), ("不超过", .atMost),
        ("==", .equal), ("=", .equal), (">", .atLeast), ("<", .atMost), ("大于", .atLeast), ("小于", .atMost),
    ]

    /// Trailing comparators.
    static let suffixes: [(String, TargetDirection)] = [
        ("及以上", .atLeast), ("以上", .atLeast), ("及以下", .atMost), ("以内", .atMost), ("以下", .atMost),
    ]

    /// Full-width forms to ASCII, spaces removed: `＝ 100 ％` → `=100%`.
    static func normalize(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        for s in raw.unicodeScalars {
            switch s.value {
            case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000: continue
            case 0xFF01...0xFF5E: out.append(Unicode.Scalar(s.value - 0xFEE0)!)
            default: out.append(s)
            }
        }
        return String(out)
    }
}
