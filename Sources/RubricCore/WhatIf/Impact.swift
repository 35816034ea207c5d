/// `impact`: for every leaf the points it can still gain, and for spend-driven ones the points 1 万元 more spend buys.
public enum ImpactRanking {
    /// One leaf's room to gain.
    public struct Row: Sendable, Equatable {
        public var node: Int
        /// weight − score.
        public var gainable: ExactDecimal
        /// The input that moves the score (`spent`, `entered`, `actual` …).
        public var input: String
        /// Points per 万元 of extra spend (execution-rate leaves with budget and spent), before rounding.
        public var perWanYuan: ExactDecimal?
        /// Extra spend until the rate reaches 100%.
        public var spendToFull: ExactDecimal?
    }

    /// Leaves ranked by points gainable (then by code order).
    public static func rank(_ s: ScoredReport) -> [Row] {
        var rows: [Row] = []
        for i in s.report.leaves {
            let n = s.report.nodes[i]
            guard let w = n.weight, let gain = s.gainable(i) else { continue }
            var row = Row(node: i, gainable: gain, input: inputName(s, i))
            if s.rule(for: i) is ExecutionRateRule, let b = n.inputs.budget, let spent = n.inputs.spent, !b.isZero {
                row.perWanYuan = try? w.divided(by: b, places: 8)
                row.spendToFull = ExactDecimal.maximum(.zero, (try? b - spent) ?? .zero)
            }
            rows.append(row)
        }
        return rows.enumerated().sorted { l, r in
            l.element.gainable != r.element.gainable ? l.element.gainable > r.element.gainable : l.offset < r.offset
        }.map(\.element)
    }

    /// The input a user would change to move a leaf's score.
    static func inputName(_ s: ScoredReport, _ i: Int) -> String {
        let n = s.report.nodes[i]
        if n.isTargetContainer { return Message.inputTargetsActual.text() }
        guard let r = s.rule(for: i) else { return "—" }
        let input: String
        switch r {
        case is ExecutionRateRule: input = "spent"
        case is ManualRule: input = "entered"
        case is QualitativeRule: input = "level / entered"
        case is DeductionPerCaseRule: input = "cases"
        default: input = type(of: r).reads.last ?? "—"
        }
        // An input a formula computes moves through its figures: name them, not the input that cannot be set.
        if let formula = n.formulas[input], let figures = try? FormulaInputs.names(in: formula), !figures.isEmpty {
            return figures.joined(separator: " / ")
        }
        return input.split(separator: " / ").map { Keywords.shown(String($0)) }.joined(separator: " / ")
    }
}

extension Session {
    func runImpact(file: SourceFile, span: SourceSpan) throws(Diagnostic) -> [Output] {
        let s = try scored(span, file)
        if checkingOnly { return [] }
        let places = s.scheme.scorePlaces
        let ranked = ImpactRanking.rank(s)
        let rows = ranked.map { r -> [String] in
            let n = s.report.nodes[r.node]
            return [n.code, n.name, s.ruleSpec(for: r.node)?.id ?? "", s.scores[r.node].formatted(places: places),
                    n.weight?.shortText() ?? "", r.gainable.isZero ? "0" : "+" + r.gainable.formatted(places: places), r.input,
                    r.perWanYuan.map { $0.shortText(maxPlaces: 8) } ?? "",
                    r.spendToFull.map { Quantity($0, .money).text(places: 2) } ?? ""]
        }
        var footer: [String] = []
        if let top = ranked.first, !top.gainable.isZero {
            let n = s.report.nodes[top.node]
            let newTotal = (try? s.total + top.gainable) ?? s.total
            footer.append(Message.impactLargestGain.text(n.name, top.gainable.formatted(places: places), top.input, s.total.formatted(places: places),
                                                         newTotal.formatted(places: places), ScoreTable.gradeText(s),
                                                         s.isIncomplete ? Message.totalStaysIncomplete.text() : s.isUngraded ? "—" : s.scheme.grade(for: newTotal)))
        } else {
            footer.append(Message.impactNothingToGain.text())
        }
        if let best = ranked.filter({ $0.perWanYuan != nil && !($0.spendToFull?.isZero ?? true) }).max(by: { $0.perWanYuan! < $1.perWanYuan! }) {
            footer.append(Message.impactBestPerWan.text(s.report.nodes[best.node].name, best.perWanYuan!.shortText(maxPlaces: 8), Quantity(best.spendToFull!, .money).text(places: 2)))
        }
        let gainable = ranked.reduce(ExactDecimal.zero) { acc, r in (try? acc + r.gainable) ?? acc }
        footer.append(Message.impactGainableAll.text(gainable.formatted(places: places)))
        return [.table(Table(title: Message.impactTitle.text(), columns: ColumnHeading.localized(["code", "indicator", "rule", "score", "weight", "gainable", "input", "per 万元", "spend to 100%"]),
                             alignments: [.left, .left, .left, .right, .right, .right, .left, .right, .right], rows: rows, footer: footer))]
    }
}
