/// Writes a ``Report`` in the native YAML format, so that loading the text gives back an equal report.
public enum ReportWriter {
    /// The report as YAML text.
    public static func yaml(_ report: Report) -> String {
        var out = "# Rubric report (docs/report-format.md)\nrubric-report: 1\n"
        out += "title: \(q(report.title))\n"
        if let d = report.department { out += "department: \(q(d))\n" }
        if let y = report.year { out += "year: \(y)\n" }
        out += "scheme: \(q(report.scheme))\n"
        if let s = report.source { out += "source: \(q(s))\n" }
        if !report.notes.isEmpty {
            out += "notes:\n"
            for n in report.notes { out += "  - \(q(n))\n" }
        }
        if !report.leftOut.isEmpty {
            out += "not-applicable:\n"
            for n in report.leftOut { out += "  - \(q(n))\n" }
        }
        if report.publishedTotal != nil || report.publishedGrade != nil || report.statedExecutionRate != nil {
            out += "published:\n"
            if let t = report.publishedTotal { out += "  total: \(t)\n" }
            if let g = report.publishedGrade { out += "  grade: \(q(g))\n" }
            if let r = report.statedExecutionRate { out += "  execution-rate: \(statedRate(r))\n" }
        }
        if !report.budget.isEmpty {
            out += "budget:\n"
            for b in report.budget {
                out += "  - name: \(q(b.name))\n"
                if let v = b.initialBudget { out += "    initial-budget: \(v)\n" }
                if let v = b.budget { out += "    budget: \(v)\n" }
                if let v = b.spent { out += "    spent: \(v)\n" }
                if let v = b.statedRate { out += "    stated-rate: \(statedRate(v))\n" }
                if b.isOverall { out += "    overall: true\n" }
                if let n = b.note { out += "    note: \(q(n))\n" }
            }
        }
        out += "indicators:\n"
        for i in report.topLevel { write(i, report, indent: 2, into: &out) }
        return out
    }

    // MARK: Implementation

    static func write(_ i: Int, _ report: Report, indent: Int, into out: inout String) {
        let n = report.nodes[i]
        let pad = String(repeating: " ", count: indent)
        let p2 = pad + "  "
        out += "\(pad)- name: \(q(n.name))\n"
        out += "\(p2)code: \(q(n.code))\n"
        if let w = n.weight { out += "\(p2)weight: \(w)\n" }
        if let p = n.published { out += "\(p2)published: \(p)\n" } else if n.isScoreNotGiven { out += "\(p2)published: \(ReportLoader.notGivenWords[0])\n" }
        if let r = n.rule {
            out += "\(p2)rule: \(r.id)\n"
            if !r.parameters.values.isEmpty {
                out += "\(p2)parameters:\n"
                for name in r.parameters.names {
                    guard let v = r.parameters[name] else { continue }
                    if case .tiers(let ts) = v {
                        out += "\(p2)  \(name):\n"
                        for t in ts { out += "\(p2)    - \(t.fileText)\n" }
                    } else {
                        out += "\(p2)  \(name): \(q(v.description))\n"
                    }
                }
            }
        }
        var x = n.inputs
        // An input a formula computes is written as its formula (below), not as a value.
        for field in n.formulas.keys { FormulaInputs.set(field, nil, on: &x) }
        if let v = x.budget { out += "\(p2)budget: \(v)\n" }
        if let v = x.spent { out += "\(p2)spent: \(v)\n" }
        if let v = x.entered { out += "\(p2)entered: \(v)\n" }
        if let v = x.level { out += "\(p2)level: \(v.rawValue)\n" }
        if let v = x.cases { out += "\(p2)cases: \(v)\n" }
        if let v = x.target { out += "\(p2)target: \(q(v.text()))\n" }
        if let v = x.actual { out += "\(p2)actual: \(q(v.text()))\n" }
        if let v = x.direction { out += "\(p2)direction: \(q(v.fileName))\n" }
        if !n.figures.isEmpty {
            out += "\(p2)figures: {" + n.figures.keys.sorted().map { "\(q($0)): \(q(n.figures[$0]!.text()))" }.joined(separator: ", ") + "}\n"
        }
        // The scheme's formulas stay the scheme's: the report keeps its figures.
        let own = n.formulas.keys.filter { !n.formulasFromScheme.contains($0) }.sorted()
        if !own.isEmpty {
            out += "\(p2)inputs: {" + own.map { "\($0): \(q(n.formulas[$0]!))" }.joined(separator: ", ") + "}\n"
        }
        if let v = x.targetText { out += "\(p2)target-text: \(q(v))\n" }
        if let v = x.actualText { out += "\(p2)actual-text: \(q(v))\n" }
        if n.isPlaceholderName { out += "\(p2)placeholder: true\n" }
        if let v = n.explanation { out += "\(p2)explanation: \(q(v))\n" }
        if let v = n.shortfall { out += "\(p2)shortfall: \(q(v))\n" }
        if let v = n.improvement { out += "\(p2)improvement: \(q(v))\n" }
        if let v = n.note { out += "\(p2)note: \(q(v))\n" }
        let kids = n.children
        if kids.isEmpty { return }
        out += n.isTargetContainer ? "\(p2)targets:\n" : "\(p2)children:\n"
        for c in kids { write(c, report, indent: indent + 4, into: &out) }
    }

    /// An indicator's own rule as one flow mapping: `{rule: tiers, parameters: {tiers: [{up-to: 0.8, points: 2}]}}`.
    static func flowText(_ r: RuleSpec) -> String {
        guard !r.parameters.values.isEmpty else { return "{rule: \(r.id)}" }
        var params: [String] = []
        for name in r.parameters.names {
            guard let v = r.parameters[name] else { continue }
            if case .tiers(let ts) = v {
                params.append("\(name): [" + ts.map(\.fileText).joined(separator: ", ") + "]")
            } else {
                params.append("\(name): \(q(v.description))")
            }
        }
        return "{rule: \(r.id), parameters: {" + params.joined(separator: ", ") + "}}"
    }

    /// A stated rate with the digits the document gave (98.0% stays 98.0%, the audit compares at that precision).
    static func statedRate(_ r: ExactDecimal) -> String {
        Quantity(r, .percent).text(places: max(0, Int(r.scale) - 2))
    }

    /// A double-quoted YAML string: JSON's escaping, which YAML's double-quoted scalars accept as is.
    static func q(_ s: String) -> String { JSON.quote(s) }
}
