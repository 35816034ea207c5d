/// A value of the Rubric language: a number with its unit, text, a truth value, a list, or a reference.
public enum Value: Sendable, Equatable {
    case number(Quantity)
    case string(String)
    case bool(Bool)
    case list([Value])
    /// An indicator or target, by index into the current report's nodes.
    case indicator(Int)
    /// The report as a whole (`report`).
    case report
    /// The scheme in force (`scheme`).
    case scheme
    /// A scenario by name (`baseline`, or a name given to `scenario`).
    case scenario(String)
    /// No value (a published score the table does not give).
    case none

    /// A plain number.
    public static func decimal(_ d: ExactDecimal) -> Value { .number(Quantity(d)) }

    /// What the value is called in error messages.
    public var typeName: String {
        switch self {
        case .number: return Message.typeNumber.text()
        case .string: return Message.typeText.text()
        case .bool: return Message.typeBool.text()
        case .list: return Message.typeList.text()
        case .indicator: return Message.typeIndicator.text()
        case .report: return Message.typeReport.text()
        case .scheme: return Message.typeScheme.text()
        case .scenario: return Message.typeScenario.text()
        case .none: return Message.typeNone.text()

        }
    }
}

/// Arithmetic and comparison on quantities, keeping units consistent (万元 + 万元, % × number …).
enum UnitArithmetic {
    /// The unit of `a + b` / `a − b`, or nil when the units cannot be added.
    static func additive(_ a: QuantityUnit, _ b: QuantityUnit) -> QuantityUnit? {
        if a == b { return a }
        if a == .none { return b }
        if b == .none { return a }
        return nil
    }

    /// The unit of `a × b`: a percent scales the other side; money × money is not meaningful.
    static func multiplicative(_ a: QuantityUnit, _ b: QuantityUnit) -> QuantityUnit? {
        // A percent is a fraction: 5 × 53.5% is the plain number 2.675, 400万元 × 10% is money.
        switch (a, b) {
        case (.percent, .percent): return .percent
        case (.percent, _): return b
        case (_, .percent): return a
        case (.none, _): return b
        case (_, .none): return a
        default: return nil
        }
    }

    /// The unit of `a ÷ b`: like over like is a plain ratio.
    static func divisive(_ a: QuantityUnit, _ b: QuantityUnit) -> QuantityUnit? {
        if a == b { return QuantityUnit.none }
        if b == .none { return a }
        if b == .percent { return a }
        return nil
    }

    /// True when two quantities may be compared.
    static func comparable(_ a: QuantityUnit, _ b: QuantityUnit) -> Bool {
        additive(a, b) != nil
    }
}
