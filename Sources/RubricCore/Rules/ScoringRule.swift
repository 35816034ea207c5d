/// A scoring rule family (评分规则): turns an indicator's inputs and weight into a score, recording each step when asked.
///
/// Each family is one small type in its own file, registered in ``RuleRegistry``. The same code both
/// scores and explains: `trace` is nil on the fast path and collects human-readable steps for `explain`.
public protocol ScoringRule: Sendable {
    /// The id used in scheme and report files (`execution-rate`).
    static var id: String { get }
    /// The family's name in Chinese and English.
    static var title: String { get }
    /// One line saying what the rule computes, shown by `help rules`.
    static var summary: Bilingual { get }
    /// The parameters the rule accepts with their meaning and default.
    static var parameterHelp: [(name: String, help: Bilingual)] { get }
    /// A worked example from a real form (`help RULE`).
    static var example: Bilingual { get }
    /// The inputs the rule reads (`target`, `actual`, `budget`, `spent`, `entered`, `level`, `cases`).
    static var reads: [String] { get }

    /// Builds the rule from its parameters (scheme defaults merged with per-indicator ones).
    init(parameters: RuleParameters) throws(RuleError)

    /// The score for `input.weight`, before clamping to [0, weight]. Rounds where `input.context` says.
    func score(_ input: RuleInput, trace: inout Trace?) throws(RuleError) -> ExactDecimal

    /// The parameters in force, for display and saving.
    var parameters: RuleParameters { get }

    /// This rule's arithmetic on these inputs as plain numbers, when the family can be lowered and every
    /// input is present; nil sends the caller to ``score(_:trace:)``.
    func kernel(for input: RuleInput) -> RuleKernel?

    /// Whether ``kernel(for:)`` can ever return a kernel (so callers skip asking families that never lower).
    static var lowers: Bool { get }

    /// The error ``score(_:trace:)`` throws whatever the inputs, for a family that cannot score an indicator on its own
    /// (`targets` scores only through the indicator's targets): the stand-in then scores it without calling the rule.
    static var constantFailure: RuleError? { get }
}

/// What a rule is given: the weight it scores against, the indicator's inputs, and the scheme's rounding.
public struct RuleInput: Sendable {
    public var weight: ExactDecimal
    public var inputs: Inputs
    public var context: RuleContext
    public init(weight: ExactDecimal, inputs: Inputs, context: RuleContext) {
        self.weight = weight; self.inputs = inputs; self.context = context
    }
}

/// Where the scheme rounds: the score's places (nil inside a target list), rates' places, division precision.
public struct RuleContext: Sendable, Equatable {
    /// Places a score is rounded to (half-up); nil keeps it exact (used for targets, rounded at their indicator).
    public var scorePlaces: Int?
    /// Places a rate (as a fraction: 4 = two decimals of a percent) is rounded to before use; nil keeps it.
    public var ratePlaces: Int?
    /// Places a non-terminating division is carried to before further use.
    public var divisionPlaces: Int

    public init(scorePlaces: Int? = 2, ratePlaces: Int? = 4, divisionPlaces: Int = 10) {
        self.scorePlaces = scorePlaces; self.ratePlaces = ratePlaces; self.divisionPlaces = divisionPlaces
    }

    /// Rounds a score where the scheme says, recording the step.
    func roundScore(_ x: ExactDecimal, _ trace: inout Trace?) -> ExactDecimal {
        guard let p = scorePlaces else { return x }
        let r = x.rounded(places: p)
        if r != x { trace?.add("round half-up to \(p) places: \(x.shortText(maxPlaces: 10)) → \(r.formatted(places: p))",
                               zh: "四舍五入保留 \(p) 位小数：\(x.shortText(maxPlaces: 10)) → \(r.formatted(places: p))") }
        return r
    }

    /// `b ÷ a` as a rate, rounded to ``ratePlaces`` when set, recording the step.
    func rate(_ b: ExactDecimal, over a: ExactDecimal, _ what: Bilingual, _ trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        if a.isZero { throw .zeroDenominator(what.text()) }
        do {
            let (rounded, exact) = try quotient(b, over: a)
            if trace != nil {
                // Text only when explaining: the scoring path builds no strings. The quotient is shown to more
                // places than it is used, then rounded once from the exact value.
                let shown = (try? b.dividedReportingExactness(by: a, places: divisionPlaces)) ?? (quotient: rounded, exact: exact)
                let rawText = Quantity(shown.quotient, .percent).text() + (shown.exact || shown.quotient.rounded(places: 6) != shown.quotient ? "" : "…")
                let head = "\(what.text(in: trace?.language ?? .current)) = \(b.formatted(grouping: true)) ÷ \(a.formatted(grouping: true)) = \(rawText)"
                trace?.add(ratePlaces.map { exact ? head : head + " → \(Quantity(rounded, .percent).text(places: max(0, $0 - 2)))" } ?? head)
            }
            return rounded
        } catch {
            throw .arithmetic(error)
        }
    }

    /// `b ÷ a` rounded once, half-up from the exact quotient, to the rate places (or the division places when rates
    /// are kept exact), and whether it is exact. A quotient too large for those places (a ratio near 10¹⁵) keeps as
    /// many places as fit: at that size the places cannot change a score.
    public func quotient(_ b: ExactDecimal, over a: ExactDecimal) throws(DecimalError) -> (quotient: ExactDecimal, exact: Bool) {
        var places = ratePlaces ?? divisionPlaces
        while true {
            do { return try b.dividedReportingExactness(by: a, places: places) } catch {
                guard error == .overflow, places > 0 else { throw error }
                places -= 1
            }
        }
    }
}

/// The steps of one computation, in words with exact values, for `explain` and teaching.
public struct Trace: Sendable, Equatable {
    public var steps: [String] = []
    /// The language steps are written in (the interface's when the trace was started).
    public var language: InterfaceLanguage
    public init(language: InterfaceLanguage = .current) { self.language = language }
    public mutating func add(_ step: String) { steps.append(step) }

    /// Records a step in the trace's language (only called when explaining, so the scoring path builds no text).
    public mutating func add(_ en: String, zh: String) {
        add(language == .zh ? zh : en)
    }
}

/// Why a rule could not score an indicator.
public enum RuleError: Error, Equatable, Sendable {
    case missingInput(rule: String, input: String)
    case zeroDenominator(String)
    case arithmetic(DecimalError)
    case outsideBand(score: ExactDecimal, level: QualitativeLevel, low: ExactDecimal, high: ExactDecimal)
    /// A parameter the rule cannot use: the catalogue's `reason` (with `args`) follows the parameter's name.
    case badParameter(rule: String, name: String, reason: Message, args: [String] = [])
    case unknownRule(String, suggestions: [String])
    /// The input a formula computes from figures could not be computed (a division by zero, a figure cleared).
    case formula(input: String, formula: String, reason: String)

    /// A message for the user, lowercase, no full stop.
    public var message: String {
        switch self {
        case .missingInput(let r, let i): return Message.ruleNeedsInput.text(r, i)
        case .zeroDenominator(let w): return Message.divisionByZero.text(w)
        case .arithmetic(let e): return e.message
        case .outsideBand(let s, let l, let lo, let hi):
            return Message.outsideBand.text(s.description, l.rawValue, "[\(lo), \(hi)\(l == .achieved ? "]" : ")")")
        case .badParameter(let r, let n, let why, let args): return Message.ruleParameter.text(r, n, why.text(args))
        case .unknownRule(let r, _): return Message.unknownRule.text(r)
        case .formula(let input, let formula, let reason): return Message.formulaFailed.text(input, formula, reason)
        }
    }
}

extension ScoringRule {
    public var id: String { Self.id }

    /// Families that are not lowered are always scored through ``score(_:trace:)``.
    public func kernel(for input: RuleInput) -> RuleKernel? { nil }
    public static var lowers: Bool { false }
    public static var constantFailure: RuleError? { nil }

    /// `x.name`, or the missing-input error.
    func require<T>(_ value: T?, _ name: String) throws(RuleError) -> T {
        guard let v = value else { throw .missingInput(rule: Self.id, input: name) }
        return v
    }

    /// Exact arithmetic inside a rule: a decimal error becomes a rule error.
    func exact<T>(_ body: () throws(DecimalError) -> T) throws(RuleError) -> T {
        do { return try body() } catch { throw .arithmetic(error) }
    }
}

/// An actual below 0 is treated as 0 (common to the value-based families).
func nonNegative(_ x: ExactDecimal, _ trace: inout Trace?) -> ExactDecimal {
    if x.isNegative {
        trace?.add("actual \(x) is below 0: treated as 0", zh: "实际值 \(x) 小于 0：按 0 计")
        return .zero
    }
    return x
}
