/// The seek domain of a raw figure: the rule's edges on each input the figure's formulas compute, carried back to the
/// figure (编制数 at which 在职人员数 / 编制数 reaches the target), so a seek over a figure is exact to its grid too.
extension SeekDomain {
    /// Samples taken across the figure's range to find where a formula's value crosses an edge.
    static let figureSamples = 256

    static func figureDomain(_ s: ScoredReport, node i: Int, figure name: String) -> SeekDomain {
        let node = s.report.nodes[i]
        let field = InputField.figure(name)
        let step = field.step(on: node)
        let places = Int(step.scale)
        let current = node.figures[name]?.value ?? .zero
        let twice = (try? current.magnitude * 2) ?? current.magnitude
        var d = SeekDomain(lower: .minimum(.zero, current), upper: .maximum(twice, step.isZero ? 1 : (try? step * 10) ?? 1),
                           breakpoints: [], constantAbove: false)
        // A figure that divides cannot be 0: start one step above it.
        if d.lower.isZero, output(of: node, figure: name, at: .zero).values.contains(where: { $0 == nil }) { d.lower = step }
        let lo = GoalSeek.gridIndex(d.lower, places: places, up: true)
        let hi = GoalSeek.gridIndex(d.upper, places: places, up: false)
        guard hi > lo else { return d }
        func value(_ k: Int64) -> ExactDecimal { ExactDecimal(significand: k, scale: Int8(places)) }
        // The rule's edges on each computed input, as the rule sees them now.
        var edges: [String: [ExactDecimal]] = [:]
        for f in output(of: node, figure: name, at: current).keys {
            guard let inner = InputField(rawValue: f) else { continue }
            edges[f] = SeekDomain.of(s, node: i, field: inner).breakpoints
        }
        let n = Int64(figureSamples)
        var ks = (0...n).map { lo + (hi - lo) * $0 / n }
        ks = Array(Set(ks)).sorted()
        var samples = ks.map { output(of: node, figure: name, at: value($0)) }
        for j in 1..<ks.count {
            for (f, points) in edges {
                guard let y0 = samples[j - 1][f] ?? nil, let y1 = samples[j][f] ?? nil else { continue }
                for v in points where (y0 < v) != (y1 < v) {
                    // Bisect on the grid for the first index on y1's side of the edge.
                    var a = ks[j - 1], b = ks[j]
                    while b - a > 1 {
                        let m = a + (b - a) / 2
                        guard let ym = output(of: node, figure: name, at: value(m))[f] ?? nil else { break }
                        if (ym < v) == (y0 < v) { a = m } else { b = m }
                    }
                    d.breakpoints += [value(a), value(b)]
                }
            }
        }
        samples.removeAll()
        d.breakpoints = Array(Set(d.breakpoints)).sorted()
        // Open above when the score no longer moves: the same at the top of the range, 10× and 1,000× it.
        var copy = s
        func score(_ x: ExactDecimal) -> ExactDecimal {
            copy.modify(i, recordChanges: false) { field.set(x, unit: nil, in: &$0) }
            return copy.scores[i]
        }
        let top = score(d.upper)
        d.constantAbove = [ExactDecimal(10), ExactDecimal(1000)].allSatisfy { k in (try? d.upper * k).map { score($0) == top } ?? false }
        return d
    }

    /// The value of each input the figure's formulas compute (nil where the formula fails) with the figure at `x`.
    static func output(of node: Indicator, figure name: String, at x: ExactDecimal) -> [String: ExactDecimal?] {
        var figures = node.figures
        figures[name] = Quantity(x, node.figures[name]?.unit ?? .none)
        var out: [String: ExactDecimal?] = [:]
        for (f, formula) in node.formulas {
            guard ((try? FormulaInputs.names(in: formula)) ?? []).contains(name) else { continue }
            let v = (try? FormulaInputs.evaluate(formula, figures: figures)).map { FormulaInputs.inUnit($0, f, of: node).value }
            out.updateValue(v, forKey: f)   // keeps a failed formula as nil (a subscript assignment of nil would drop it)
        }
        return out
    }
}
