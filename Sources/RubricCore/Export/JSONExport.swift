/// The scored report as JSON in a documented, stable schema (`rubric export --json`; docs/json-schema.md).
///
/// Schema `rubric-scored-report/2`: `{schema, title, department, year, scheme{id,name,places}, total, partial,
/// notGiven, grade, publishedTotal, publishedGrade, budget[], nodes[]}`; each node: `{code, name, level, kind, weight,
/// rule{id, parameters}, inputs{…}, score, published, status, children[codes]}`. Numbers are strings holding exact
/// decimals, so no consumer reads them through binary floating point. A partial total (indicators not given by
/// the source) has `partial: true` and `grade: null`; so has a total whose 一级 weights (`topWeights`) are not 100.
public enum JSONExport {
    /// The schema id written in every export; a new field or a changed meaning gets a new id.
    public static let schema = "rubric-scored-report/2"

    /// The JSON text, keys in a fixed order, two-space indentation.
    public static func json(_ s: ScoredReport) -> String {
        let r = s.report
        var root: [(String, JSON)] = [
            ("schema", .string(schema)),
            ("title", .string(r.title)),
            ("department", r.department.map(JSON.string) ?? .null),
            ("year", r.year.map { .number(String($0)) } ?? .null),
            ("source", r.source.map(JSON.string) ?? .null),
            ("scheme", .object([("id", .string(s.scheme.id)), ("name", .string(s.scheme.name)), ("places", .number(String(s.scheme.scorePlaces)))])),
            ("total", .string(s.total.formatted(places: s.scheme.scorePlaces))),
            ("partial", .bool(s.isPartial)),
            ("notGiven", .number(String(s.notGivenCount))),
            ("grade", s.isUngraded ? .null : .string(s.grade)),
            ("topWeights", .string(s.topWeightSum.shortText())),
            ("publishedTotal", r.publishedTotal.map { .string($0.description) } ?? .null),
            ("publishedGrade", r.publishedGrade.map(JSON.string) ?? .null),
        ]
        root.append(("budget", .array(r.budget.map { b in
            .object([("name", .string(b.name)), ("initialBudget", dec(b.initialBudget)), ("budget", dec(b.budget)),
                     ("spent", dec(b.spent)), ("statedRate", dec(b.statedRate)), ("overall", .bool(b.isOverall))])
        })))
        root.append(("nodes", .array(r.nodes.indices.map { node(s, $0) })))
        var out = ""
        JSON.object(root).write(into: &out, indent: 0)
        return out + "\n"
    }

    // MARK: Implementation

    static func dec(_ x: ExactDecimal?) -> JSON { x.map { .string($0.description) } ?? .null }

    static func node(_ s: ScoredReport, _ i: Int) -> JSON {
        let n = s.report.nodes[i]
        let kind = n.isTarget ? "target" : (n.isLeaf ? "indicator" : "group")
        var fields: [(String, JSON)] = [
            ("code", .string(n.code)), ("name", .string(n.name)), ("level", .number(String(n.level))),
            ("kind", .string(kind)), ("weight", dec(n.weight ?? (n.isTarget ? s.share(ofTarget: i) : nil))),
        ]
        if let spec = s.ruleSpec(for: i) {
            fields.append(("rule", .object([("id", .string(spec.id)),
                                            ("parameters", .object(spec.parameters.names.map { ($0, .string(spec.parameters[$0]?.description ?? "")) }))])))
        } else {
            fields.append(("rule", .null))
        }
        let x = n.inputs
        var inputs: [(String, JSON)] = []
        if let v = x.target { inputs.append(("target", .string(v.text()))) }
        if let v = x.actual { inputs.append(("actual", .string(v.text()))) }
        if let v = x.budget { inputs.append(("budget", .string(v.description))) }
        if let v = x.spent { inputs.append(("spent", .string(v.description))) }
        if let v = x.entered { inputs.append(("entered", .string(v.description))) }
        if let v = x.level { inputs.append(("level", .string(v.rawValue))) }
        if let v = x.cases { inputs.append(("cases", .string(v.description))) }
        if let v = x.direction { inputs.append(("direction", .string(v.fileName))) }
        fields.append(("inputs", .object(inputs)))
        if n.isTarget { fields.append(("factor", .string(s.factor(ofTarget: i).shortText(maxPlaces: 10)))) }
        fields.append(("score", s.statuses[i].isNotGiven ? .null : .string(n.isTarget ? s.scores[i].shortText(maxPlaces: 6) : s.scores[i].formatted(places: s.scheme.scorePlaces))))
        fields.append(("published", dec(n.published)))
        let status: String
        switch s.statuses[i] {
        case .computed: status = "computed"
        case .asPublished: status = "as-published"
        case .entered: status = "entered"
        case .failed: status = "failed"
        case .notGiven: status = "not-given"
        case .clamped: status = "clamped"
        }
        fields.append(("status", .string(status)))
        fields.append(("children", .array(n.children.map { .string(s.report.nodes[$0].code) })))
        return .object(fields)
    }
}

/// A minimal JSON value with ordered object keys, for stable output.
indirect enum JSON: Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    static func == (a: JSON, b: JSON) -> Bool {
        var x = "", y = ""
        a.write(into: &x, indent: 0); b.write(into: &y, indent: 0)
        return x == y
    }

    func write(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1), end = String(repeating: "  ", count: indent)
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n
        case .string(let s): out += JSON.quote(s)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (k, v) in items.enumerated() {
                out += pad; v.write(into: &out, indent: indent + 1)
                out += k < items.count - 1 ? ",\n" : "\n"
            }
            out += end + "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{\n"
            for (k, (key, v)) in fields.enumerated() {
                out += pad + JSON.quote(key) + ": "
                v.write(into: &out, indent: indent + 1)
                out += k < fields.count - 1 ? ",\n" : "\n"
            }
            out += end + "}"
        }
    }

    /// A double-quoted string valid as JSON and as YAML: controls, DEL, C1 controls (U+0085 too: YAML folds it as a line break) and U+FFFE/U+FFFF
    /// are written as `\uXXXX`, since YAML does not allow them raw and a saved file must load again.
    static func quote(_ s: String) -> String {
        var r = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": r += "\\\""
            case "\\": r += "\\\\"
            case "\n": r += "\\n"
            case "\r": r += "\\r"
            case "\t": r += "\\t"
            default:
                let v = u.value
                if v < 0x20 || v == 0x7F || (v >= 0x80 && v <= 0x9F) || v == 0xFFFE || v == 0xFFFF { r += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16) }
                else { r.unicodeScalars.append(u) }
            }
        }
        return r + "\""
    }
}

/// JSON text helpers shared by the exports (the scored report, the review).
public enum JSONText {
    /// A JSON (and YAML) double-quoted string.
    public static func quote(_ s: String) -> String { JSON.quote(s) }
}
