/// An input field of an indicator that what-if statements vary: `actual`, `target`, `spent`, `budget`, `entered`, `weight`,
/// `cases`, or a raw figure its formulas read (`在职人员数`).
public enum InputField: Sendable, Hashable {
    case actual, target, spent, budget, entered, weight, cases
    /// A raw figure: setting it recomputes the inputs the indicator's formulas give.
    case figure(String)

    /// The fixed fields (figures are the report's own).
    public static let allCases: [InputField] = [.actual, .target, .spent, .budget, .entered, .weight, .cases]

    /// The field named `rawValue` among the fixed ones.
    public init?(rawValue: String) {
        guard let f = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = f
    }

    /// The field's name as typed.
    public var rawValue: String {
        switch self {
        case .actual: return "actual"
        case .target: return "target"
        case .spent: return "spent"
        case .budget: return "budget"
        case .entered: return "entered"
        case .weight: return "weight"
        case .cases: return "cases"
        case .figure(let name): return name
        }
    }

    /// The field's value on a node, as a quantity in its canonical unit (percent as a fraction, money in 万元).
    public func value(of node: Indicator) -> Quantity? {
        switch self {
        case .figure(let name): return node.figures[name]
        case .actual: return node.inputs.actual
        case .target: return node.inputs.target
        case .spent: return node.inputs.spent.map { Quantity($0, .money) }
        case .budget: return node.inputs.budget.map { Quantity($0, .money) }
        case .entered: return node.inputs.entered.map { Quantity($0) }
        case .weight: return node.weight.map { Quantity($0) }
        case .cases: return node.inputs.cases.map { Quantity($0) }
        }
    }

    /// Puts `x` into the field; `unit` is used for `actual`/`target` (the report's unit is kept when nil).
    @inlinable
    public func set(_ x: ExactDecimal, unit: QuantityUnit?, in node: inout Indicator) {
        switch self {
        case .actual: node.inputs.actual = Quantity(x, unit ?? node.inputs.actual?.unit ?? .none)
        case .target: node.inputs.target = Quantity(x, unit ?? node.inputs.target?.unit ?? .none)
        case .spent: node.inputs.spent = x
        case .budget: node.inputs.budget = x
        case .entered: node.inputs.entered = x
        case .weight: node.weight = x
        case .cases: node.inputs.cases = x
        case .figure(let name):
            node.figures[name] = Quantity(x, unit ?? node.figures[name]?.unit ?? .none)
            FormulaInputs.apply(to: &node)
        }
    }

    /// The unit values of this field carry on `node`.
    public func unit(on node: Indicator) -> QuantityUnit {
        switch self {
        case .spent, .budget: return .money
        case .actual, .target, .figure: return value(of: node)?.unit ?? .none
        default: return .none
        }
    }

    /// The grid a search or answer is exact to: 0.01% for percents, 1 for cases, 0.01 otherwise (money, scores).
    public func step(on node: Indicator) -> ExactDecimal {
        if self == .cases { return .one }
        // A count of people, posts or items moves by whole ones.
        if case .figure = self, value(of: node)?.value.normalized.scale ?? 0 <= 0 {
            switch unit(on: node) { case .count, .none: return .one; default: break }
        }
        return unit(on: node) == .percent ? ExactDecimal(significand: 1, scale: 4) : ExactDecimal(significand: 1, scale: 2)
    }
}

/// An indicator and one of its input fields, resolved from `X.field` in a `seek` or `sweep`.
struct InputTarget {
    var node: Int
    var field: InputField
    /// A note for the user when the field named was replaced (`X.score` of a manual leaf seeks over `entered`).
    var note: String?
}

extension FieldValue {
    /// True when a field holds no value.
    var isMissing: Bool {
        switch self {
        case .decimal(let d): return d == nil
        case .quantity(let q): return q == nil
        case .level(let l): return l == nil
        case .direction(let d): return d == nil
        default: return false
        }
    }
}

extension Session {
    /// Resolves `X.field` to an indicator and an input field; `score` of a manual leaf means its `entered`.
    func inputTarget(_ e: Expr, command: String, file: SourceFile) throws(Diagnostic) -> InputTarget {
        guard case .property(let base, var field) = e.kind else {
            throw Diagnostic(phase: .evaluate, .needsIndicatorInput, command, file: file, span: e.span)
        }
        let ev = try evaluator(file)
        let b: Value
        if case .string(let s) = base.kind {
            b = .indicator(try ev.resolver.resolve(name: s, span: base.span, file: file))
        } else {
            b = try ev.evaluate(base)
        }
        guard case .indicator(let i) = b else {
            throw Diagnostic(phase: .evaluate, .variesInputNot, command, b.typeName, file: file, span: base.span)
        }
        let s = ev.scored
        let node = s.report.nodes[i]
        field = field.resolved(on: node)
        let reads = s.rule(for: i).map { type(of: $0).reads } ?? []
        if let f = InputField(rawValue: field.text) {
            // Every other input the rule reads must be there, or every value varied scores the same (or nothing).
            for r in reads where r != f.rawValue {
                guard let spec = IndicatorField.named(r), spec.read(node).isMissing else { continue }
                if r == "entered" { continue }   // an entered score only stands in for missing inputs
                throw Diagnostic(phase: .evaluate, .missingOtherInput, node.name, r, command, f.rawValue, file: file, span: field.span,
                                 hint: .setInputFirst, node.name, r, s.ruleSpec(for: i)?.id ?? "?", reads.joined(separator: Message.inputsAnd.text()))
            }
            return InputTarget(node: i, field: f)
        }
        if node.figures[field.text] != nil {
            // A raw figure varies the inputs its formulas compute.
            guard node.formulas.values.contains(where: { ((try? FormulaInputs.names(in: $0)) ?? []).contains(field.text) }) else {
                let hint = node.formulas.isEmpty ? Message.figureNotReadHintNone.text(field.text)
                    : Message.figureNotReadHintFormulas.text(node.formulas.keys.sorted().map { "\($0) = \(node.formulas[$0]!)" }.joined(separator: "; "))
                throw Diagnostic(phase: .evaluate, .figureNotRead, node.name, field.text, command, file: file, span: field.span, hint: hint)
            }
            return InputTarget(node: i, field: .figure(field.text))
        }
        if field.text == "score" {
            let standsIn: Bool = { switch s.statuses[i] { case .asPublished, .entered: return true; default: return false } }()
            let manualLike = s.rule(for: i) is ManualRule || node.inputs.entered != nil || standsIn
            if manualLike && !node.isTarget {
                return InputTarget(node: i, field: .entered, note: Message.scoreOverEntered.text(command, node.name))
            }
            let inputs = reads.filter { InputField(rawValue: $0) != nil }
            throw Diagnostic(phase: .evaluate, .scoreIsComputed, file: file, span: field.span,
                             hint: inputs.isEmpty ? Message.varyOneInput.text(command)
                                 : Message.scoredFrom.text(node.name, inputs.joined(separator: Message.inputsAnd.text()), command, inputs.last!))
        }
        let names = InputField.allCases.map(\.rawValue) + node.figures.keys.sorted()
        let near = NearNames.suggest(field.text, among: names + ["score"], limit: 1)
        throw Diagnostic(phase: .evaluate, .notAVariableInput, field.text, command, file: file, span: field.span,
                         hint: Message.suggestion(near) ?? Message.inputsList.text(names.joined(separator: ", ")))
    }
}
