/// Formulas a scheme gives for an indicator's inputs (`inputs: {actual: "在职人员数 / 编制数"}` on a line of its
/// `indicators:`), so a province's rubric says once how 在职人员控制率 follows from the figures every department reports.
///
/// A scheme formula applies to an indicator the line names when the report carries every figure it uses and does not
/// state that input itself (a stated value, or the report's own formula, stands). It is held in the scored copy of the
/// report, marked as the scheme's: saving writes the figures, never the scheme's formula or the value it computed, and
/// scoring under another scheme first removes it.
public enum SchemeFormulas {
    /// Why a scheme formula for an indicator is not in force (for `check`).
    public enum Unused: Equatable, Sendable {
        /// The report states the input itself.
        case stated(field: String, formula: String)
        /// The report lacks some figures the formula uses (it has others).
        case missingFigures(field: String, formula: String, missing: [String])
    }

    /// Whether ``apply(_:to:)`` has anything to do: the scheme gives formulas, or the report holds an earlier scheme's.
    /// Asked first so that a report with neither is not touched (a loop that may write to the nodes has its array
    /// copied before it starts: the whole report, twice the memory).
    public static func needed(_ scheme: Scheme, _ report: borrowing Report) -> Bool {
        scheme.assignments.contains { !$0.inputs.isEmpty } || report.nodes.contains { !$0.formulasFromScheme.isEmpty }
    }

    /// Removes the formulas an earlier scheme gave and puts in `scheme`'s, recomputing the inputs they give.
    public static func apply(_ scheme: Scheme, to report: inout Report) {
        let schemeHasFormulas = scheme.assignments.contains { !$0.inputs.isEmpty }
        for i in report.nodes.indices {
            guard schemeHasFormulas || !report.nodes[i].formulasFromScheme.isEmpty else { continue }
            strip(&report.nodes[i])
            guard schemeHasFormulas, !report.nodes[i].isTarget, report.nodes[i].isLeaf,
                  let line = scheme.assignment(forCode: report.nodes[i].code, name: report.nodes[i].name), !line.inputs.isEmpty else { continue }
            var added = false
            for field in line.inputs.keys.sorted() where state(field, line.inputs[field]!, on: report.nodes[i]) == .applies {
                report.nodes[i].formulas[field] = line.inputs[field]!
                report.nodes[i].formulasFromScheme.insert(field)
                added = true
            }
            if added { FormulaInputs.apply(to: &report.nodes[i]) }
        }
    }

    /// The scheme formulas that name this indicator but are not in force, and why. A report with none of a formula's
    /// figures is not listed: it simply does not use raw figures.
    public static func unused(_ scheme: Scheme, on node: Indicator) -> [Unused] {
        guard !node.isTarget, node.isLeaf, let line = scheme.assignment(forCode: node.code, name: node.name) else { return [] }
        return line.inputs.keys.sorted().compactMap { field in
            if case .unused(let why) = state(field, line.inputs[field]!, on: node) { return why }
            return nil
        }
    }

    // MARK: Implementation

    /// Where a scheme formula stands on one indicator.
    enum State: Equatable {
        /// It gives the input (or already does).
        case applies
        /// It names figures the indicator has, but cannot give the input.
        case unused(Unused)
        /// The indicator has none of its figures.
        case irrelevant
    }

    static func state(_ field: String, _ formula: String, on node: Indicator) -> State {
        if node.formulasFromScheme.contains(field) { return .applies }
        guard let names = try? FormulaInputs.names(in: formula) else { return .irrelevant }
        let missing = names.filter { node.figures[$0] == nil }
        if missing.count == names.count { return .irrelevant }
        if node.formulas[field] != nil || stated(field, on: node) { return .unused(.stated(field: field, formula: formula)) }
        return missing.isEmpty ? .applies : .unused(.missingFigures(field: field, formula: formula, missing: missing))
    }

    /// Whether the report gives `field` itself (read through the field table).
    static func stated(_ field: String, on node: Indicator) -> Bool {
        IndicatorField.named(field).map { !$0.read(node).isMissing } ?? false
    }

    /// Takes out the scheme's formulas and the values they computed.
    static func strip(_ node: inout Indicator) {
        for field in node.formulasFromScheme {
            node.formulas[field] = nil
            FormulaInputs.set(field, nil, on: &node)
        }
        node.formulasFromScheme = []
    }
}
