/// A rule's parameters by name (`overshoot: 1.5`, `variant: linear`, `tiers: …`), as scheme and report files give them.
public struct RuleParameters: Sendable, Equatable {
    public private(set) var values: [String: ParameterValue]

    public init(_ values: [String: ParameterValue] = [:]) { self.values = values }

    public subscript(name: String) -> ParameterValue? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// These parameters with `other`'s values taking precedence.
    public func merging(_ other: RuleParameters) -> RuleParameters {
        RuleParameters(values.merging(other.values) { _, b in b })
    }

    /// Names in a stable order.
    public var names: [String] { values.keys.sorted() }

    /// A number parameter, its default when absent, or nil when set to `none`.
    func number(_ name: String, rule: String, default value: ExactDecimal?) throws(RuleError) -> ExactDecimal? {
        switch values[name] {
        case nil: return value
        case .number(let n)?: return n
        case .none?: return nil
        case .text(let t)?:
            if let q = try? Quantity(parsing: t) { return q.value }
            throw .badParameter(rule: rule, name: name, reason: "must be a number, not '\(t)'")
        case .tiers?: throw .badParameter(rule: rule, name: name, reason: "must be a number")
        }
    }

    /// A text parameter or its default.
    func text(_ name: String, default value: String) -> String {
        if case .text(let t)? = values[name] { return t }
        return value
    }
}

/// One parameter value: a number, a word, `none`, or a list of tiers.
public enum ParameterValue: Sendable, Equatable, CustomStringConvertible {
    case number(ExactDecimal)
    case text(String)
    case none
    case tiers([Tier])

    public var description: String {
        switch self {
        case .number(let n): return n.shortText()
        case .text(let t): return t
        case .none: return "none"
        case .tiers(let ts): return ts.map(\.description).joined(separator: "; ")
        }
    }
}

/// One band of a tiers rule: when the value is at most `upTo` (or always, when nil), the indicator gets `points`.
public struct Tier: Sendable, Equatable, CustomStringConvertible {
    /// The band's upper bound (inclusive); nil for "otherwise".
    public var upTo: ExactDecimal?
    public var points: ExactDecimal
    public init(upTo: ExactDecimal?, points: ExactDecimal) { self.upTo = upTo; self.points = points }
    public var description: String {
        (upTo.map { "≤ \($0.shortText())" } ?? "otherwise") + " → \(points.shortText())"
    }
}

/// A rule named with its parameters, as it appears in a scheme or report file.
public struct RuleSpec: Sendable, Equatable {
    public var id: String
    public var parameters: RuleParameters
    public init(_ id: String, _ parameters: RuleParameters = RuleParameters()) { self.id = id; self.parameters = parameters }
}
