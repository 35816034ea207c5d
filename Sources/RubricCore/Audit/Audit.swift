/// The audit of a scored report (`rubric check`): published vs computed, weights, bands, stated rates.
public enum Audit {
    /// One thing the audit noticed, with its level and the indicator it concerns.
    public struct Finding: Sendable, Equatable {
        public var severity: Severity
        /// A stable id for the kind of finding (`published-sum`, `weights`, `rate`).
        public var id: String
        /// The node concerned (index into the report's nodes), if any.
        public var node: Int?
        public var message: String
    }

    /// Completion this far above target is flagged for 适度调减 by provincial systems (Guangzhou halves ≥ its overshoot).
    public static let flagCompletion = ExactDecimal(significand: 12, scale: 1)
    /// An execution rate below this needs a reason (Sichuan's rule).
    public static let reasonExecutionRate = ExactDecimal(significand: 9, scale: 1)

    /// The checks provincial 预算绩效 systems and the form notes apply beyond the arithmetic.
    static func reviewChecks(_ s: ScoredReport) -> [Finding] {
        var out: [Finding] = []
        let r = s.report
        let overshoot = s.scheme.parameters["overshoot"].flatMap { v -> ExactDecimal? in if case .number(let n) = v { return n } else { return nil } }
            ?? ExactDecimal(significand: 15, scale: 1)
        func pct(_ x: ExactDecimal) -> String { Quantity(x, .percent).text(places: 2) }
        for (i, n) in r.nodes.enumerated() {
            let label = "\(n.code) \(n.name)"
            // Completion far above target: the target was set too low.
            if let a = n.inputs.target?.value, let b = n.inputs.actual?.value, !a.isZero, a.signum > 0,
               n.inputs.direction != .atMost, n.inputs.direction != .decrease,
               let q = try? b.divided(by: a, places: 4) {
                if q >= overshoot {
                    out.append(Finding(severity: .warning, id: "completion-overshoot", node: i,
                                       message: Message.findCompletionOvershoot.text(label, pct(q), Quantity(overshoot, .percent).text())))
                } else if q >= flagCompletion {
                    out.append(Finding(severity: .warning, id: "completion-high", node: i,
                                       message: Message.findCompletionHigh.text(label, pct(q))))
                }
            }
            // A scheme formula for an indicator scored from its children (or a target) cannot give it an input.
            if !s.scheme.assignments.isEmpty, n.isTarget || !n.children.allSatisfy({ r.nodes[$0].isTarget }),
               let line = s.scheme.assignment(forCode: n.code, name: n.name), !line.inputs.isEmpty {
                out.append(Finding(severity: .warning, id: "scheme-formula-not-leaf", node: i,
                                   message: Message.findSchemeFormulaOnGroup.text(label, line.inputs.keys.sorted().joined(separator: ", "))))
            }
            guard !n.isTarget, n.children.allSatisfy({ r.nodes[$0].isTarget }) else { continue }
            // Raw figures no formula reads (the report's or the scheme's): a what-if on them would move nothing.
            if !n.figures.isEmpty {
                let read = Set(n.formulas.values.flatMap { (try? FormulaInputs.names(in: $0)) ?? [] })
                    .union((s.scheme.assignment(forCode: n.code, name: n.name)?.inputs.values).map { $0.flatMap { (try? FormulaInputs.names(in: $0)) ?? [] } } ?? [])
                let unused = n.figures.keys.filter { !read.contains($0) }.sorted()
                if !unused.isEmpty {
                    out.append(Finding(severity: .note, id: "figure-unused", node: i,
                                       message: Message.findFigureUnused.text(label, unused.joined(separator: Message.listSeparator))))
                }
            }
            // A scheme formula the report's figures were meant for, not in force.
            for why in SchemeFormulas.unused(s.scheme, on: n) {
                switch why {
                case .stated(let field, let formula):
                    out.append(Finding(severity: .note, id: "scheme-formula-stated", node: i,
                                       message: "\(label): " + Message.findSchemeFormulaStated.text(field, formula)))
                case .missingFigures(let field, let formula, let missing):
                    out.append(Finding(severity: .warning, id: "scheme-formula-missing", node: i,
                                       message: "\(label): " + Message.findSchemeFormulaMissing.text(field, formula, missing.joined(separator: ", "))))
                }
            }
            let hasReason = !(n.shortfall ?? "").trimmingSpaces().isEmpty
            // A score below its weight needs a 偏差原因 / 未达标原因.
            if let w = n.weight, s.scores[i] < w, !hasReason, !s.statuses[i].isNotGiven {
                out.append(Finding(severity: .warning, id: "no-reason", node: i,
                                   message: Message.findNoReason.text(label, s.scores[i].formatted(places: s.scheme.scorePlaces), w.shortText())))
            }
            // An execution rate below 90% needs a reason too.
            if let b = n.inputs.budget, let sp = n.inputs.spent, !b.isZero, let q = try? sp.divided(by: b, places: 4), q < reasonExecutionRate, !hasReason {
                out.append(Finding(severity: .warning, id: "low-execution", node: i,
                                   message: Message.findLowExecution.text(label, pct(q))))
            }
        }
        return out
    }

    /// Node `i`'s weight against its children's: a parent whose children's weights do not add up to its own, or a
    /// target list whose explicit weights exceed it (nil: they fit).
    static func weightFinding(_ r: Report, _ i: Int) -> Finding? {
        let n = r.nodes[i]
        if n.isTargetContainer, let w = n.weight {
            let sum = r.weightSum(of: n.children)
            guard sum > w else { return nil }
            return Finding(severity: .error, id: "weights", node: i, message: Message.findTargetsWeights.text("\(n.code) \(n.name)", sum.shortText(), w.shortText()))
        }
        guard let (sum, w) = r.childWeightMismatch(i) else { return nil }
        return Finding(severity: .error, id: "weights", node: i, message: Message.findChildrenWeights.text("\(n.code) \(n.name)", sum.shortText(), w.shortText()))
    }

    /// The weights that do not add up, as warnings for every command that scores (`score`, `load`, `export`): the
    /// 一级 weights against 100 and each parent's against its children's. `check` lists them with the other findings.
    public static func weightWarnings(_ s: ScoredReport, file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let r = s.report
        let source = SourceFile(name: file, text: "")
        if let w = s.topWeightMismatch {
            out.append(Diagnostic(.warning, phase: .load, .findTopWeights, w.shortText(), file: source, hint: .weightsGradeHint))
        }
        for i in r.nodes.indices where !r.nodes[i].children.isEmpty {
            if let f = weightFinding(r, i) {
                var d = Diagnostic(.warning, phase: .load, f.message, file: source)
                d.id = "weights"
                out.append(d)
            }
        }
        return out
    }

    /// Every finding, errors first, then in tree order.
    public static func run(_ s: ScoredReport) -> [Finding] {
        var out: [Finding] = []
        let r = s.report
        let places = s.scheme.scorePlaces
        func fmt(_ x: ExactDecimal) -> String { x.formatted(places: places) }
        let rollup = publishedRollup(r)

        for (i, n) in r.nodes.enumerated() {
            let label = "\(n.code) \(n.name)"
            if let f = weightFinding(r, i) { out.append(f) }
            // Published scores within [0, weight].
            if let p = n.published, let w = n.weight {
                if p > w { out.append(Finding(severity: .error, id: "above-weight", node: i, message: Message.findAboveWeight.text(label, fmt(p), w.shortText()))) }
                if p.isNegative { out.append(Finding(severity: .error, id: "below-zero", node: i, message: Message.findBelowZero.text(label, fmt(p)))) }
            }
            // A score given with more places than the scheme keeps is rounded before it is added up: say so.
            if n.isLeaf && !n.isTarget, s.scheme.rounding == .leaf {
                if let w = n.weight, w.normalized.scale > places {
                    out.append(Finding(severity: .note, id: "more-places", node: i,
                                       message: Message.findMorePlacesWeight.text(label, w.shortText(maxPlaces: 10), String(places), fmt(w.rounded(places: places)))))
                }
                for (what, v) in [("entered score", n.inputs.entered), ("published score", n.published)] {
                    if let v, v.normalized.scale > places {
                        out.append(Finding(severity: .note, id: "more-places", node: i,
                                           message: (what == "entered score" ? Message.findMorePlacesEntered : Message.findMorePlacesPublished).text(label, v.shortText(maxPlaces: 10), String(places), fmt(v.rounded(places: places)))))
                    }
                }
            }
            // A published parent against the sum of its parts.
            if let p = n.published, !n.children.isEmpty, !n.isTargetContainer {
                let parts = n.children.map { rollup[$0] }
                if !parts.contains(where: { $0 == nil }) {
                    let sum = ExactDecimal.sum(parts)
                    if sum != p {
                        out.append(Finding(severity: .error, id: "published-sum", node: i,
                                           message: Message.findPublishedParts.text(label, fmt(p), fmt(sum))))
                    }
                }
            }
            // Computed against published for rule-scored indicators.
            if n.isLeaf && !n.isTarget, let p = n.published {
                switch s.statuses[i] {
                case .computed, .clamped:
                    // Compared as both are shown: a published 0.125 against a computed 0.13 is a note on places
                    // (`more-places`), not "0.13 differs from 0.13".
                    if let d = s.scores[i].shownDifference(from: p, places: places), !d.isZero {
                        out.append(Finding(severity: .warning, id: "computed-differs", node: i,
                                           message: Message.findComputedDiffers.text(label, fmt(s.scores[i]), s.ruleSpec(for: i)?.id ?? "?", fmt(p))))
                    }
                default: break
                }
            }
            switch s.statuses[i] {
            case .failed(let why):
                out.append(Finding(severity: .error, id: "cannot-score", node: i, message: "\(label): \(why.message)"))
            case .clamped(let from):
                out.append(Finding(severity: .warning, id: "clamped", node: i, message: Message.findClamped.text(label, from.shortText(), n.weight?.shortText() ?? "?")))
            case .asPublished(let why):
                out.append(Finding(severity: .note, id: "as-published", node: i, message: Message.findAsPublished.text(label, why.message)))
            case .entered(let why):
                out.append(Finding(severity: .note, id: "entered", node: i, message: Message.findEntered.text(label, why.message)))
            case .notGiven(let why):
                out.append(Finding(severity: .note, id: "not-given", node: i,
                                   message: Message.findNotGiven.text(label, why.message)))
            case .computed: break
            }
            if n.isPlaceholderName {
                out.append(Finding(severity: .warning, id: "placeholder", node: i, message: Message.findPlaceholder.text(label)))
            }
        }

        // The top: weights to 100, published total against its parts and against the computed total.
        if let w = s.topWeightMismatch {
            out.append(Finding(severity: .warning, id: "weights", node: nil, message: Message.findTopWeights.text(w.shortText())))
        }
        if let pt = r.publishedTotal {
            let parts = r.topLevel.map { rollup[$0] }
            if !parts.contains(where: { $0 == nil }) {
                let sum = ExactDecimal.sum(parts)
                if sum != pt {
                    out.append(Finding(severity: .error, id: "published-sum", node: nil,
                                       message: Message.findPublishedTotalSum.text(fmt(pt), fmt(sum))))
                }
            }
            if s.isPartial {
                out.append(Finding(severity: .note, id: "partial-total", node: nil,
                                   message: Message.findPartialNotCompared.text(fmt(s.total), s.notGivenPhrase, fmt(pt))))
            } else if s.total.rounded(places: places) != pt {
                out.append(Finding(severity: .warning, id: "computed-differs", node: nil,
                                   message: Message.findTotalDiffers.text(fmt(s.total), fmt(pt))))
            }
        } else if s.isPartial {
            out.append(Finding(severity: .note, id: "partial-total", node: nil,
                               message: Message.findPartialTotal.text(fmt(s.total), s.notGivenPhrase)))
        }
        // A partial total has no meaningful grade: the published grade is checked only against a published or complete total.
        if let g = r.publishedGrade, r.publishedTotal != nil || !s.isPartial, g != s.scheme.grade(for: r.publishedTotal ?? s.total) {
            out.append(Finding(severity: .error, id: "grade", node: nil,
                               message: Message.findGrade.text(g, s.scheme.grade(for: r.publishedTotal ?? s.total))))
        }

        out += reviewChecks(s)
        if !r.leftOut.isEmpty {
            let weight = r.weightSum(of: r.topLevel)
            out.append(Finding(severity: .note, id: "not-applicable", node: nil,
                               message: Message.findNotApplicable.text(String(r.leftOut.count), r.leftOut.joined(separator: ", "), weight.shortText())
                                   + (weight == 100 ? "" : s.rebaseWeight != nil ? Message.findNotApplicableRebased.text(weight.shortText())
                                                                                  : Message.findNotApplicableOutOf.text(weight.shortText()))))
        }

        // Stated rates against budget and spend.
        for b in r.budget {
            guard let budget = b.budget, let spent = b.spent, !budget.isZero else { continue }
            if let stated = b.statedRate { out += rateFinding("\(b.name)", stated: stated, budget: budget, spent: spent) }
        }
        if let stated = r.statedExecutionRate, let overall = r.overallBudget, !overall.budget.isZero {
            out += rateFinding("the budget execution rate stated in the text", stated: stated, budget: overall.budget, spent: overall.spent)
        }
        return out.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
    }

    /// True when a finding at error level exists (the command then exits non-zero).
    public static func hasErrors(_ findings: [Finding]) -> Bool { findings.contains { $0.severity == .error } }

    // MARK: Implementation

    /// The published score of each node, or the sum of its children's published scores when it states none.
    static func publishedRollup(_ r: Report) -> [ExactDecimal?] {
        var out = [ExactDecimal?](repeating: nil, count: r.nodes.count)
        for i in r.nodes.indices.reversed() {
            let n = r.nodes[i]
            if let p = n.published { out[i] = p; continue }
            if n.children.isEmpty || n.isTargetContainer { continue }
            var sum = ExactDecimal.zero
            var complete = true
            for c in n.children { if let x = out[c] { sum = (try? sum + x) ?? sum } else { complete = false } }
            if complete { out[i] = sum }
        }
        return out
    }

    /// Compares a stated rate with spent ÷ budget at the precision the statement uses.
    static func rateFinding(_ what: String, stated: ExactDecimal, budget: ExactDecimal, spent: ExactDecimal) -> [Finding] {
        let places = max(Int(stated.scale), 2)
        guard let computed = try? spent.divided(by: budget, places: places) else { return [] }
        if computed == stated { return [] }
        let precise = (try? spent.divided(by: budget, places: 4)) ?? computed
        return [Finding(severity: .warning, id: "rate", node: nil,
                        message: Message.findRate.text(what, ReportWriter.statedRate(stated), spent.formatted(grouping: true), budget.formatted(grouping: true), Quantity(precise, .percent).text(places: 2)))]
    }
}
