/// Assignments: turning `X.field = value` into an ``Edit``, applying it, and reporting what moved.
extension Session {
    func assign(_ target: Expr, _ op: AssignmentOperator, _ value: Expr, file: SourceFile, whole: SourceSpan) throws(Diagnostic) -> [Output] {
        // The edit is built in its own scope, so the evaluator's copy of the scored report is gone
        // before the edit is applied, and the report changes in place (no copy of every node).
        guard let edit = try makeEdit(target, op, value, file: file, whole: whole) else { return [] }
        if edit.old == edit.new {
            // Nothing to change: say so, and keep the undo history free of steps that do nothing.
            let name = edit.code == "scheme" ? "scheme" : (workspace?.scored.index(ofCode: edit.code).map { workspace!.scored.report.nodes[$0].name } ?? "#" + edit.code)
            return [.text(Message.alreadyNothingChanged.text(name, edit.field, edit.new.text))]
        }
        return try applyAndReport(edit, action: file.slice(whole))
    }

    /// The edit an assignment asks for, or nil when it rebinds a variable (done here).
    func makeEdit(_ target: Expr, _ op: AssignmentOperator, _ value: Expr, file: SourceFile, whole: SourceSpan) throws(Diagnostic) -> Edit? {
        let ev = try evaluator(file)
        switch target.kind {
        case .name(let n):
            guard let old = variables[n] else {
                // Only an indicator of exactly this name: a name that merely matches part of one is a variable never bound.
                if let hits = workspace?.scored.nameIndex[n], hits.count == 1, let i = hits.first {
                    throw Diagnostic(phase: .evaluate, .indicatorNotVariable, n, file: file, span: target.span, hint: fieldHint(n, i, Substring(file.slice(value.span))))
                }
                throw Diagnostic(phase: .evaluate, .notAVariable, n, file: file, span: target.span, hint: .bindVariableFirst, n)
            }
            let v = try ev.evaluate(value)
            switch op {
            case .set: variables[n] = v
            case .add: variables[n] = try ev.arithmetic(.add, old, v, target.span, value.span, whole)
            case .subtract: variables[n] = try ev.arithmetic(.subtract, old, v, target.span, value.span, whole)
            }
            return nil
        case .property(let base, var field):
            let b: Value
            if case .string(let s) = base.kind {
                b = .indicator(try ev.resolver.resolve(name: s, span: base.span, file: file))
            } else {
                b = try ev.evaluate(base)
            }
            if case .indicator(let i) = b { field = field.resolved(on: ev.scored.report.nodes[i]) }
            var newValue = try ev.evaluate(value)
            if op != .set {
                let current = try ev.property(of: b, field.text, field.span, whole: target.span)
                if case .none = current {
                    throw Diagnostic(phase: .evaluate, op == .add ? .notGivenNothingToAdd : .notGivenNothingToTake, file.slice(target.span), op.rawValue,
                                     file: file, span: target.span, hint: .giveValueFirst, file.slice(target.span))
                }
                newValue = try ev.arithmetic(op == .add ? .add : .subtract, current, newValue, target.span, value.span, whole)
            }
            let edit: Edit
            switch b {
            case .indicator(let i): edit = try indicatorEdit(i, field, newValue, file: file, valueSpan: value.span)
            case .scheme: edit = try schemeEdit(field, newValue, file: file, valueSpan: value.span)
            default:
                throw Diagnostic(phase: .evaluate, .cannotSetPropertyOf, b.typeName, file: file, span: target.span, hint: .setInputOrScheme)
            }
            return edit
        default:
            throw Diagnostic(phase: .evaluate, .cannotAssignToThis, file: file, span: target.span, hint: .assignableThings)
        }
    }

    /// "name the field to change: `X.entered = 15`": the input the indicator's rule reads that a user most often changes.
    func fieldHint(_ written: String, _ i: Int, _ value: Substring) -> String {
        let s = workspace?.scored
        let reads = s?.rule(for: i).map { type(of: $0).reads } ?? []
        let node = s?.report.nodes[i]
        let field: String
        if node.map({ !$0.children.isEmpty && !$0.isTargetContainer }) ?? false { field = "weight" }
        else if let f = ["actual", "spent", "entered", "cases"].first(where: reads.contains) { field = f }
        else { field = reads.first ?? "entered" }
        guard let rule = s?.ruleID(for: i), !reads.isEmpty else { return Message.nameTheWeight.text(written, Keywords.shown(field), String(value)) }
        return Message.nameTheField.text(written, Keywords.shown(field), String(value), rule, reads.map { Keywords.shown($0) }.joined(separator: Message.listSeparator))
    }

    /// Applies an edit to the current scenario and describes what it did to the scores and to the scenarios that follow it.
    func applyAndReport(_ edit: Edit, action: String) throws(Diagnostic) -> [Output] {
        guard var w = workspace else { throw Diagnostic(phase: .evaluate, .noReportLoaded) }
        // Keep only a snapshot of the old scores, and hold the workspace uniquely, so the edit
        // changes the scored report in place instead of copying all its nodes.
        workspace = nil
        defer { workspace = w }
        if checkingOnly {
            // A script check needs the state to move on, not the delta.
            try w.apply(edit, action: action)
            return []
        }
        let before = ScoreSnapshot(w.scored)
        let outcome = try w.apply(edit, action: action)
        var d = delta(action: action, before: before, after: w.scored, changes: outcome.changes, edit: edit)
        d.followers = outcome.followers
        return [.delta(d)]
    }

    /// The delta summary: moved indicators in tree order, the 一级 scores, total and grade, broken invariants.
    func delta(action: String, before: ScoredReport, after: ScoredReport, changes: [ScoredReport.Change], edit: Edit?) -> ScoreDelta {
        delta(action: action, before: ScoreSnapshot(before), after: after, changes: changes, edit: edit)
    }

    func delta(action: String, before: ScoreSnapshot, after: ScoredReport, changes: [ScoredReport.Change], edit: Edit?) -> ScoreDelta {
        let r = after.report
        var movedNodes = changes.filter { r.nodes[$0.node].parent != nil && !r.nodes[$0.node].isTarget }
        // The edited indicator is shown even when its score did not move (4.7455 and 4.7502 both round to 4.75),
        // so the user sees the edit landed and why nothing above it moved.
        if let e = edit, e.code != "scheme", let i = after.index(ofCode: e.code), i < r.nodes.count {
            let shown = r.nodes[i].isTarget ? (r.nodes[i].parent ?? i) : i
            if r.nodes[shown].parent != nil, r.nodes[shown].children.allSatisfy({ r.nodes[$0].isTarget }),
               !changes.contains(where: { $0.node == shown }) {
                movedNodes.append(ScoredReport.Change(node: shown, old: after.scores[shown], new: after.scores[shown]))
            }
        }
        let moved = movedNodes.sorted { $0.node < $1.node }
            .map { ScoreDelta.Move(code: r.nodes[$0.node].code, name: r.nodes[$0.node].name, old: $0.old, new: $0.new) }
        let top = after.topLevelIndices.map { t in
            ScoreDelta.Move(code: r.nodes[t].code, name: r.nodes[t].name, old: before.topLevel[t] ?? after.scores[t], new: after.scores[t])
        }
        var warnings: [String] = []
        if let e = edit, e.field == "weight", let i = after.index(ofCode: e.code) {
            // The edited weight against its siblings (under the parent, or the 一级 against 100), then its own children.
            if r.nodes[i].parent == nil, after.topWeightSum != 100 { warnings.append(Message.topWeightsNowSum.text(after.topWeightSum.shortText())) }
            for p in [r.nodes[i].parent, i].compactMap({ $0 }) {
                if let (sum, w) = r.childWeightMismatch(p) { warnings.append(Message.weightsUnderNowSum.text(r.nodes[p].name, sum.shortText(), w.shortText())) }
            }
        }
        // A parent now scoring above its weight (its children's weights exceed it): the figure is shown, and said.
        for c in changes where c.node < r.nodes.count && !r.nodes[c.node].children.isEmpty && !r.nodes[c.node].isTargetContainer {
            if let w = r.nodes[c.node].weight, c.new > w, !(c.old > w) {
                warnings.append(Message.parentAboveWeight.text(r.nodes[c.node].name, c.new.formatted(places: after.scheme.scorePlaces), w.shortText()))
            }
        }
        if let e = edit, e.code != "scheme", let i = after.index(ofCode: e.code), i < r.nodes.count {
            switch after.statuses[i] {
            case .asPublished(let why), .entered(let why):
                // An entered score that stands is the score, moved or not (entering the score it already had is fine).
                let entered: Bool = { if case .entered = after.statuses[i] { return true } else { return false } }()
                if entered && e.field == "entered" { break }
                if !changes.contains(where: { $0.node == i }) || e.field != "entered" {
                    warnings.append(Message.scoreDidNotFollow.text(r.nodes[i].name, why.message))
                }
            case .computed where e.field == "entered":
                // An entered score only stands in for a rule that lacks an input: say so rather than move nothing silently.
                if let rule = after.rule(for: i), !type(of: rule).reads.contains("entered") {
                    let inputs = type(of: rule).reads.joined(separator: Message.listSeparator)
                    warnings.append(Message.enteredScoreDoesNotStand.text(r.nodes[i].name, rule.id, inputs))
                }
            default: break
            }
        }
        for c in changes where c.node < r.nodes.count {
            switch after.statuses[c.node] {
            case .failed(let why): warnings.append("\(r.nodes[c.node].name): \(why.message)")
            case .clamped(let from): warnings.append("\(r.nodes[c.node].name): \(from.shortText()) clamped to [0, \(r.nodes[c.node].weight?.shortText() ?? "?")]")
            default: break
            }
        }
        var d = ScoreDelta(action: action, moved: moved, topLevel: top, oldTotal: before.total, newTotal: after.total,
                           oldGrade: before.grade, newGrade: ScoreTable.gradeText(after), warnings: warnings)
        // The edit landed but no score moved (and no warning says why): say so, rather than a bare ±0.
        if let e = edit, e.code != "scheme", warnings.isEmpty, !changes.contains(where: { $0.old != $0.new }),
           let i = after.index(ofCode: e.code), i < r.nodes.count {
            let shown = r.nodes[i].isTarget ? (r.nodes[i].parent ?? i) : i
            d.notes.append(Message.sameScoreAfterEdit.text(r.nodes[i].name, e.field, r.nodes[shown].name, after.scores[shown].formatted(places: after.scheme.scorePlaces)))
        }
        return d
    }

    func indicatorEdit(_ i: Int, _ field: Identifier, _ v: Value, file: SourceFile, valueSpan: SourceSpan) throws(Diagnostic) -> Edit {
        guard let w = workspace else { throw Diagnostic(phase: .evaluate, .noReportLoaded) }
        let node = w.scored.report.nodes[i]
        func bad(_ what: Message) -> Diagnostic {
            let found: String
            if case .number = v { found = Message.quoted([(try? display(v)) ?? "?"]) } else { found = v.typeName }
            return Diagnostic(phase: .evaluate, .fieldTakesNot, field.text, what.text(), found, file: file, span: valueSpan)
        }
        func decimal(money: Bool = false) throws(Diagnostic) -> ExactDecimal? {
            switch v {
            case .none: return nil
            case .number(let q):
                if money && !(q.unit == .money || q.unit == .none) { throw bad(.kindAmountWanyuan) }
                if !money && q.unit == .money { throw bad(.typeNumber) }
                return q.value
            default: throw bad(money ? .kindAmountWanyuan : .typeNumber)
            }
        }
        if let spec = IndicatorField.named(field.text), let formula = node.formulas[spec.name] {
            // An input a formula computes follows its figures: setting it by hand would be undone by the next figure.
            let figures = (try? FormulaInputs.names(in: formula)) ?? []
            throw Diagnostic(phase: .evaluate, .computedField, node.name, spec.name, formula, file: file, span: field.span,
                             hint: .changeAFigure, node.name, figures.first ?? "…")
        }
        guard let spec = IndicatorField.named(field.text) ?? (node.figures[field.text] != nil ? IndicatorField.figure(field.text) : nil) else {
            let near = NearNames.suggest(field.text, among: IndicatorField.settableNames + node.figures.keys.sorted(), limit: 1)
            throw Diagnostic(phase: .evaluate, .cannotBeSet, field.text, file: file, span: field.span,
                             hint: Message.suggestion(near) ?? Message.settableList.text(IndicatorField.settableNames.joined(separator: ", ")))
        }
        let old = spec.read(node)
        var new: FieldValue
        switch spec.name {
        case "entered":
            // Setting a score enters it: the assessor's score for a manual item, an override where the rule lacks inputs.
            if node.children.contains(where: { !w.scored.report.nodes[$0].isTarget }) {
                throw Diagnostic(phase: .evaluate, .scoreIsSumOfChildren, node.name, file: file, span: field.span, hint: .enterLeafScore, node.name)
            }
            new = .decimal(try decimal())
            if node.isTarget, case .decimal(let d?) = new {
                // A target is scored on weight 1 and then takes its share: `entered` is that fraction of 1,
                // and `score` is in points of the share, so it is turned into the fraction here.
                let share = w.scored.share(ofTarget: i) ?? .zero
                let limit = field.text == "score" ? share : .one
                if d.isNegative || d > limit {
                    throw Diagnostic(phase: .evaluate, field.text == "score" ? .targetScoreRange : .targetFractionRange, field.text, limit.shortText(), d.shortText(),
                                     file: file, span: valueSpan)
                }
                if field.text == "score" {
                    guard !share.isZero, let f = try? d.divided(by: share, places: 10) else {
                        throw Diagnostic(phase: .evaluate, .noShareToScore, node.name, file: file, span: valueSpan)
                    }
                    new = .decimal(f.normalized)
                }
                return Edit(code: node.code, field: spec.name, old: old, new: new)
            }
            // An entered score stands as given (it is not clamped where it overrides a rule), so it must fit the weight.
            if case .decimal(let d?) = new, let wt = node.weight, d.isNegative || d > wt {
                throw Diagnostic(phase: .evaluate, .scoreOutsideWeight, wt.shortText(), d.shortText(), file: file, span: valueSpan)
            }
            return Edit(code: node.code, field: spec.name, old: old, new: new)
        default: break
        }
        switch spec.kind {
        case .number:
            new = .decimal(try decimal())
            if spec.name == "weight", case .decimal(let d?) = new, d.isNegative {
                throw Diagnostic(phase: .evaluate, .weightNegative, file: file, span: valueSpan)
            }
        case .money: new = .decimal(try decimal(money: true))
        case .quantity:
            switch v {
            case .none: new = .quantity(nil)
            case .number(var q):
                if case .quantity(let current?) = old {
                    if q.unit == .none {
                        // A plain number keeps the unit the report gives: 600 → 600家, 107 → 107% (not 10700%).
                        if current.unit == .percent {
                            q = Quantity(try Self.exactly(file, valueSpan) { () throws(DecimalError) in try q.value.divided(by: .hundred, places: 12).normalized }, .percent)
                        } else {
                            q.unit = current.unit
                        }
                    } else if (q.unit == .percent) != (current.unit == .percent) || (q.unit == .money) != (current.unit == .money) {
                        throw Diagnostic(phase: .evaluate, .unitCannotStand, node.name, field.text, current.text(), q.text(), file: file, span: valueSpan,
                                         hint: current.unit == .percent ? .sameUnitPercent : .sameUnitPlain)
                    }
                }
                new = .quantity(q)
            default: throw bad(.typeNumber)
            }
        case .level:
            guard case .string(let s) = v, let l = QualitativeLevel(text: s) else { throw bad(.kindQualitativeLevel) }
            new = .level(l)
        case .direction:
            guard case .string(let s) = v, let d = TargetDirection(text: s) else { throw bad(.kindDirection) }
            new = .direction(d)
        case .rule:
            guard case .string(let s) = v else { throw bad(.kindRuleId) }
            if s == "scheme" || s == "default" { new = .rule(nil); break }
            guard RuleRegistry.family(s) != nil else {
                let near = NearNames.suggest(s, among: RuleRegistry.all.map { $0.id }, limit: 1)
                throw Diagnostic(phase: .evaluate, .unknownRule, s, file: file, span: valueSpan,
                                 hint: Message.suggestion(near) ?? Message.helpRulesLists.text())
            }
            new = .rule(RuleSpec(s, node.rule?.parameters ?? RuleParameters()))
        }
        return Edit(code: node.code, field: spec.name, old: old, new: new)
    }

    /// Exact arithmetic for an edit's value: a decimal error becomes a diagnostic at the value.
    static func exactly<T>(_ file: SourceFile, _ span: SourceSpan, _ body: () throws(DecimalError) -> T) throws(Diagnostic) -> T {
        do { return try body() } catch { throw Diagnostic(phase: .evaluate, error.message, file: file, span: span) }
    }

    /// Settings of the scheme other than rule parameters, for `help` and did-you-mean.
    static let schemeSettings = ["places", "rates", "stage"]

    func schemeEdit(_ field: Identifier, _ v: Value, file: SourceFile, valueSpan: SourceSpan) throws(Diagnostic) -> Edit {
        let s = try scored().scheme
        switch field.text {
        case "places":
            guard case .number(let q) = v, q.unit == .none, let n = q.value.intValue, n >= 0, n <= 6 else {
                throw Diagnostic(phase: .evaluate, .placesRange, file: file, span: valueSpan)
            }
            return Edit(code: "scheme", field: "places", old: .places(s.scorePlaces), new: .places(n))
        case "rates":
            // Places of a rate as a fraction (4 = 0.01%), or none to keep rates exact.
            var new: ExactDecimal?
            switch v {
            case .none: new = nil
            case .string(let t) where t == "none": new = nil
            case .number(let q) where q.unit == .none && q.value.intValue.map({ $0 >= 0 && $0 <= 10 }) == true: new = q.value
            default: throw Diagnostic(phase: .evaluate, .ratesRange, file: file, span: valueSpan)
            }
            return Edit(code: "scheme", field: "rates", old: .decimal(s.ratePlaces.map { ExactDecimal($0) }), new: .decimal(new))
        case "stage":
            guard case .string(let t) = v, RoundingStage(rawValue: t) != nil else {
                throw Diagnostic(phase: .evaluate, .stageValues, file: file, span: valueSpan)
            }
            return Edit(code: "scheme", field: "stage", old: .parameter(.text(s.rounding.rawValue)), new: .parameter(.text(t)))
        case let g where s.grades.contains(where: { $0.grade == g }):
            // A grade band's lowest total: scheme.优 = 92.
            guard case .number(let q) = v, q.unit == .none, !q.value.isNegative else {
                throw Diagnostic(phase: .evaluate, .gradeBandValue, file: file, span: valueSpan)
            }
            let old = s.grades.first { $0.grade == g }!.minimum
            return Edit(code: "scheme", field: g, old: .decimal(old), new: .decimal(q.value))
        default:
            let known = SchemeLoader.parameterNames(for: nil)
            guard known.contains(field.text) else {
                let all = Self.schemeSettings + s.grades.map(\.grade) + known
                let near = NearNames.suggest(field.text, among: all, limit: 1)
                throw Diagnostic(phase: .evaluate, .noSchemeSetting, field.text, file: file, span: field.span,
                                 hint: Message.suggestion(near) ?? Message.settingsList.text(all.joined(separator: ", ")))
            }
            let new: ParameterValue?
            switch v {
            case .number(let q): new = .number(q.value)
            case .string(let t) where t == "none": new = ParameterValue.none
            case .string(let t): new = .text(t)
            case .none: new = ParameterValue.none
            default: throw Diagnostic(phase: .evaluate, .schemeParameterValue, file: file, span: valueSpan)
            }
            let edit = Edit(code: "scheme", field: field.text, old: .parameter(s.parameters[field.text]), new: .parameter(new))
            // Reject a value every rule would refuse, before it silently breaks the scores.
            var trial = s
            trial.parameters[field.text] = new
            for spec in trial.families {
                do { _ = try RuleRegistry.make(RuleSpec(spec, trial.parameters)) } catch {
                    throw Diagnostic(phase: .evaluate, error.message, file: file, span: valueSpan)
                }
            }
            return edit
        }
    }
}

/// The scores a delta summary compares against: total, grade and the 一级 scores before a change.
struct ScoreSnapshot {
    var total: ExactDecimal
    var grade: String
    /// 一级 scores by node index.
    var topLevel: [Int: ExactDecimal]

    init(_ s: ScoredReport) {
        total = s.total
        grade = ScoreTable.gradeText(s)   // "—" while the total is partial
        topLevel = Dictionary(uniqueKeysWithValues: s.topLevelIndices.map { ($0, s.scores[$0]) })
    }
}
