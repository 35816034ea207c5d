/// Inputs computed from raw figures: a report keeps what the department knows (106 people, 100 posts) and says how a
/// rule's input follows from it (`actual: 在职人员数 / 编制数`), so a what-if on a figure re-scores through the formula.
///
/// A formula is an expression of the Rubric language over the indicator's figures: numbers with units, `+ - * /`,
/// brackets and `round`, `min`, `max`, `abs`. A ratio is a fraction: 106 / 100 = 1.06, which for a percentage input
/// is 106%.
public enum FormulaInputs {
    /// The inputs a formula may compute.
    public static let fields = ["target", "actual", "budget", "spent", "entered", "cases"]

    /// Why a formula cannot give a value.
    public enum Failure: Error, Equatable, Sendable {
        case parse(String)
        case unknownFigure(String, known: [String])
        case notAllowed(String)
        case arithmetic(String)

        public var message: String {
            switch self {
            case .parse(let m): return m
            case .unknownFigure(let n, let known):
                return Message.formulaUnknownFigure.text(n, known.isEmpty ? "" : " (\(known.joined(separator: ", ")))")
            case .notAllowed(let what): return Message.formulaNotAllowed.text(what)
            case .arithmetic(let m): return m
            }
        }
    }

    /// The value of `formula` over `figures`.
    public static func evaluate(_ formula: String, figures: [String: Quantity]) throws(Failure) -> Quantity {
        let e: Expr
        do { e = try Parser.parseExpression(formula, name: "<formula>") } catch { throw .parse(error.message) }
        return try value(e, figures)
    }

    /// The names of the figures a formula uses (for checking it when it is loaded).
    public static func names(in formula: String) throws(Failure) -> [String] {
        let e: Expr
        do { e = try Parser.parseExpression(formula, name: "<formula>") } catch { throw .parse(error.message) }
        var out: [String] = []
        func walk(_ e: Expr) {
            switch e.kind {
            case .name(let n): if !out.contains(n) { out.append(n) }
            case .unary(_, let a): walk(a)
            case .binary(_, let a, let b): walk(a); walk(b)
            case .call(_, let args): args.forEach(walk)
            default: break
            }
        }
        walk(e)
        return out
    }

    /// Recomputes every input of `node` that has a formula; returns the failures by field (the input is then unset).
    @discardableResult
    public static func apply(to node: inout Indicator) -> [String: Failure] {
        var failures: [String: Failure] = [:]
        for field in fields {
            guard let formula = node.formulas[field] else { continue }
            do {
                set(field, inUnit(try evaluate(formula, figures: node.figures), field, of: node), on: &node)
            } catch {
                failures[field] = error
                set(field, nil, on: &node)
            }
        }
        return failures
    }

    /// Why the formula of `field` gives no value on `node` (nil when it has none or it computes).
    public static func failure(of field: String, on node: Indicator) -> Failure? {
        guard let formula = node.formulas[field] else { return nil }
        do { _ = try evaluate(formula, figures: node.figures); return nil } catch { return error }
    }

    /// The formula of `field` with its figures' values put in: `在职人员数 / 编制数 = 106 / 100 = 106%`.
    public static func explained(_ field: String, of node: Indicator) -> String? {
        guard let formula = node.formulas[field] else { return nil }
        var numbers = formula
        for (name, q) in node.figures.sorted(by: { $0.key.count > $1.key.count }) {
            numbers = numbers.replacingAll(name, with: q.text())
        }
        let result = (try? evaluate(formula, figures: node.figures)).map { inUnit($0, field, of: node).text(places: nil) } ?? "?"
        return "\(Keywords.shown(field)) = \(formula) = \(numbers) = \(result)"
    }

    // MARK: Implementation

    /// A plain ratio for an input compared with a percentage is a fraction: 1.06 → 106%. A quotient whose units cancel
    /// (人 / 人, 万元 / 万元) is a rate too, unless the other input of the pair is a plain number.
    static func inUnit(_ q: Quantity, _ field: String, of node: Indicator) -> Quantity {
        guard q.unit == .none, field == "actual" || field == "target" else { return q }
        let other = field == "actual" ? node.inputs.target : node.inputs.actual
        let percent = other?.unit == .percent || (other == nil && (node.formulas[field]?.contains("/") ?? false))
        return percent ? Quantity(q.value, .percent) : q
    }

    static func set(_ field: String, _ q: Quantity?, on node: inout Indicator) { set(field, q, on: &node.inputs) }

    /// Puts a computed value into the input called `field`.
    static func set(_ field: String, _ q: Quantity?, on x: inout Inputs) {
        switch field {
        case "target": x.target = q
        case "actual": x.actual = q
        case "budget": x.budget = q?.value
        case "spent": x.spent = q?.value
        case "entered": x.entered = q?.value
        case "cases": x.cases = q?.value
        default: break
        }
    }

    static func value(_ e: Expr, _ figures: [String: Quantity]) throws(Failure) -> Quantity {
        func arith(_ body: () throws(DecimalError) -> ExactDecimal) throws(Failure) -> ExactDecimal {
            do { return try body() } catch { throw .arithmetic(error.message) }
        }
        switch e.kind {
        case .number(let q): return q
        case .name(let n):
            guard let q = figures[n] else { throw .unknownFigure(n, known: figures.keys.sorted()) }
            return q
        case .unary(.negate, let a):
            let x = try value(a, figures)
            return Quantity(try arith { () throws(DecimalError) in try ExactDecimal.zero - x.value }, x.unit)
        case .binary(let op, let a, let b):
            let x = try value(a, figures), y = try value(b, figures)
            switch op {
            case .add: return Quantity(try arith { () throws(DecimalError) in try x.value + y.value }, x.unit == .none ? y.unit : x.unit)
            case .subtract: return Quantity(try arith { () throws(DecimalError) in try x.value - y.value }, x.unit == .none ? y.unit : x.unit)
            case .multiply: return Quantity(try arith { () throws(DecimalError) in try x.value * y.value }, x.unit == .none ? y.unit : x.unit)
            case .divide:
                if y.value.isZero { throw .arithmetic(Message.formulaDivisionByZero.text()) }
                // Units of the same kind cancel (人 / 人, 万元 / 万元): a ratio.
                let unit: QuantityUnit = x.unit == y.unit || y.unit != .none ? .none : x.unit
                return Quantity(try arith { () throws(DecimalError) in try x.value.divided(by: y.value, places: 12).normalized }, unit)
            default: throw .notAllowed("'\(op.rawValue)'")
            }
        case .call(let f, let args):
            let xs = try args.map { a throws(Failure) in try value(a, figures) }
            switch (Evaluator.functionAliases[f.text] ?? f.text, xs.count) {
            case ("round", 1), ("round", 2):
                let places = xs.count == 2 ? (xs[1].value.intValue ?? 0) : 0
                return Quantity(xs[0].value.rounded(places: places), xs[0].unit)
            case ("min", 1...): return xs.min { $0.value < $1.value }!
            case ("max", 1...): return xs.max { $0.value < $1.value }!
            case ("abs", 1): return Quantity(xs[0].value.magnitude, xs[0].unit)
            default: throw .notAllowed("\(f.text)(…) with \(xs.count) argument(s)")
            }
        default: throw .notAllowed("this")
        }
    }
}
