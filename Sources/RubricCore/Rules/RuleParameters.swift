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
            throw .badParameter(rule: rule, name: name, reason: .paramNumberNot, args: [t])
        case .tiers?: throw .badParameter(rule: rule, name: name, reason: .paramNumber)
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

    public var description: String { description(percent: false) }

    /// The value as shown beside an input in percent: numbers and tier bounds as percentages (1 → 100%).
    public func description(percent: Bool) -> String {
        switch self {
        case .number(let n): return percent ? Quantity(n, .percent).text() : n.shortText()
        case .text(let t): return t
        case .none: return "none"
        case .tiers(let ts): return ts.map { $0.description(percent: percent) }.joined(separator: "; ")
        }
    }
}

/// One band of a tiers rule: when the value is at most `upTo` (or always, when nil), the indicator gets `points`.
public struct Tier: Sendable, Equatable, CustomStringConvertible {
    /// The band's upper bound, included (`up-to`: ≤, 含); nil when it has none.
    public var upTo: ExactDecimal?
    /// The band's upper bound, excluded (`below`: <).
    public var below: ExactDecimal?
    /// The band's lower bound, included (`from`: ≥, 含).
    public var from: ExactDecimal?
    /// The band's lower bound, excluded (`above`: >).
    public var above: ExactDecimal?
    /// An exact value (`equals`: =0 计3分).
    public var equals: ExactDecimal?
    public var points: ExactDecimal
    public init(upTo: ExactDecimal?, below: ExactDecimal? = nil, from: ExactDecimal? = nil, above: ExactDecimal? = nil,
                equals: ExactDecimal? = nil, points: ExactDecimal) {
        self.upTo = upTo; self.below = below; self.from = from; self.above = above; self.equals = equals; self.points = points
    }

    /// True when `x` lies in the band (every bound it has holds; a band without bounds catches everything).
    public func contains(_ x: ExactDecimal) -> Bool {
        if let e = equals, x != e { return false }
        if let u = upTo, x > u { return false }
        if let b = below, x >= b { return false }
        if let f = from, x < f { return false }
        if let a = above, x <= a { return false }
        return true
    }

    /// False when no value can lie in the tier: its lower end is above its upper end, or they meet with one end excluded,
    /// or an exact value lies outside its other bounds.
    public var canHoldAValue: Bool {
        if let e = equals { return contains(e) }
        let lower = from ?? above, upper = upTo ?? below
        guard let lo = lower, let hi = upper else { return true }
        if lo < hi { return true }
        return lo == hi && from != nil && upTo != nil
    }

    /// The tier as a flow mapping in a report or scheme file: `{from: 80%, below: 90%, points: 4}`.
    public var fileText: String {
        var parts: [String] = []
        if let e = equals { parts.append("equals: \(e)") }
        if let f = from { parts.append("from: \(f)") }
        if let a = above { parts.append("above: \(a)") }
        if let u = upTo { parts.append("up-to: \(u)") }
        if let b = below { parts.append("below: \(b)") }
        parts.append("points: \(points)")
        return "{" + parts.joined(separator: ", ") + "}"
    }

    public var description: String { description(percent: false) }

    /// The tier in words, its bounds as percentages when the value it reads is one (`≥ 80% and < 90% → 4`).
    public func description(percent: Bool, in language: InterfaceLanguage = .current) -> String {
        func v(_ x: ExactDecimal) -> String { percent ? Quantity(x, .percent).text() : x.shortText() }
        var parts: [String] = []
        if let e = equals { parts.append("= \(v(e))") }
        if let f = from { parts.append("≥ \(v(f))") }
        if let a = above { parts.append("> \(v(a))") }
        if let u = upTo { parts.append("≤ \(v(u))") }
        if let b = below { parts.append("< \(v(b))") }
        let joined = parts.joined(separator: language == .zh ? " 且 " : " and ")
        return (parts.isEmpty ? (language == .zh ? "其余" : "otherwise") : joined) + " → \(points.shortText())"
    }
}

/// A rule named with its parameters, as it appears in a scheme or report file.
public struct RuleSpec: Sendable, Equatable {
    public var id: String
    public var parameters: RuleParameters
    public init(_ id: String, _ parameters: RuleParameters = RuleParameters()) { self.id = id; self.parameters = parameters }
}
