/// A scoring scheme (评分办法) as data: which rule scores each indicator, its parameters, rounding, and grade bands.
public struct Scheme: Sendable, Equatable {
    /// Short id reports use to name it (`guangzhou-department`).
    public var id: String
    public var name: String
    public var summary: String?
    /// Places scores are rounded to, half-up (2 in every published table).
    public var scorePlaces: Int
    /// Places rates are rounded to as fractions before they are used (4 = 94.91%); nil keeps them exact.
    public var ratePlaces: Int?
    /// When rounding happens: at every rule-scored indicator (`leaf`), or only the total for the grade (`total`).
    public var rounding: RoundingStage
    /// Grade bands, highest first; the grade is read off the total rounded to ``scorePlaces``.
    public var grades: [GradeBand]
    /// Parameters every rule sees unless an indicator overrides them (`overshoot`, `overshoot-factor`, `variant`).
    public var parameters: RuleParameters
    /// The rule for an indicator the scheme does not name and that has no targets; ``Scheme/byTarget`` scores a leaf
    /// that states a target (or a qualitative level) by the target rule of its direction, and any other leaf as `manual`.
    public var leafRule: String
    /// The rule for a target, by its direction.
    public var targetRules: [TargetDirection: String]
    /// Indicators the scheme names, with their rule.
    public var assignments: [RuleAssignment] { didSet { lookup = AssignmentLookup(assignments) } }
    /// Where each assignment is by code and by name (a report names thousands of leaves; the scheme dozens of lines).
    private var lookup: AssignmentLookup
    /// What the total does when the report leaves indicators out as not applicable (`/`).
    public var notApplicable: NotApplicable = .leave

    /// How a total counts when indicators are left out as not applicable.
    public enum NotApplicable: String, Sendable, Equatable {
        /// The total is what the applicable indicators give (out of their weight).
        case leave
        /// The total is re-based to 100: raw × 100 ÷ the applicable weight, rounded once (按百分制折算).
        case rebase
    }

    public init(id: String, name: String, summary: String? = nil, scorePlaces: Int = 2, ratePlaces: Int? = 4,
                rounding: RoundingStage = .leaf, grades: [GradeBand], parameters: RuleParameters = RuleParameters(),
                leafRule: String = ManualRule.id, targetRules: [TargetDirection: String] = Scheme.defaultTargetRules,
                assignments: [RuleAssignment] = []) {
        self.id = id; self.name = name; self.summary = summary; self.scorePlaces = scorePlaces
        self.ratePlaces = ratePlaces; self.rounding = rounding; self.grades = grades.sorted { $0.minimum > $1.minimum }
        self.parameters = parameters; self.leafRule = leafRule; self.targetRules = targetRules
        self.assignments = assignments
        self.lookup = AssignmentLookup(assignments)
    }

    /// The `leaf-rule` of a project scheme, whose 三级 indicators carry their own 年度指标值 and 实际完成值.
    public static let byTarget = "by-target"

    /// The rule family of a leaf the scheme does not name and whose report names none.
    public func leafFamily(for inputs: Inputs) -> String {
        guard leafRule == Scheme.byTarget else { return leafRule }
        if inputs.target != nil || inputs.level != nil || inputs.direction != nil {
            return targetRules[inputs.direction ?? .atLeast] ?? PositiveGuangzhouRule.id
        }
        return ManualRule.id
    }

    /// The families the scheme can give a leaf or target, for checking a parameter every one of them must accept.
    public var families: Set<String> {
        var out = Set(assignments.compactMap(\.rule?.id) + Array(targetRules.values))
        out.insert(leafRule == Scheme.byTarget ? ManualRule.id : leafRule)
        return out
    }

    /// Target rules when a scheme names none: Guangzhou's positive rule, reverse, direction, zero, qualitative.
    public static let defaultTargetRules: [TargetDirection: String] = [
        .atLeast: PositiveGuangzhouRule.id, .equal: PositiveGuangzhouRule.id, .atMost: ReverseRule.id,
        .decrease: DirectionRule.id, .increase: DirectionRule.id, .zero: ZeroTargetRule.id,
        .qualitative: QualitativeRule.id,
    ]

    /// The grade of a total: the first band whose minimum the total (rounded) reaches.
    public func grade(for total: ExactDecimal) -> String {
        let t = total.rounded(places: scorePlaces)
        for band in grades where t >= band.minimum { return band.grade }
        return grades.last?.grade ?? "?"
    }

    /// The rule context for rule-scored indicators and for targets (which are not rounded on their own).
    public var leafContext: RuleContext {
        RuleContext(scorePlaces: rounding == .leaf ? scorePlaces : nil, ratePlaces: ratePlaces)
    }
    public var targetContext: RuleContext { RuleContext(scorePlaces: nil, ratePlaces: ratePlaces) }

    /// The grade a name denotes: a band's own name or one of its aliases; nil when the scheme has no such grade.
    public func canonicalGrade(_ name: String) -> String? {
        grades.first { $0.grade == name || $0.aliases.contains(name) }?.grade
    }

    /// The assignment that names this indicator, by code first, then by name.
    public func assignment(forCode code: String, name: String) -> RuleAssignment? {
        guard !assignments.isEmpty else { return nil }
        if let i = lookup.byCode[code] ?? lookup.byName[name] { return assignments[i] }
        return nil
    }
}

/// The first assignment naming each code and each name: derived from the assignments, so equal schemes have equal
/// lookups and comparing schemes ignores it.
private struct AssignmentLookup: Sendable, Equatable {
    var byCode: [String: Int] = [:]
    var byName: [String: Int] = [:]

    init(_ assignments: [RuleAssignment]) {
        for (i, a) in assignments.enumerated().reversed() {
            if let c = a.code { byCode[c] = i }
            if let n = a.name { byName[n] = i }
        }
    }

    static func == (a: AssignmentLookup, b: AssignmentLookup) -> Bool { true }
}

/// When a scheme rounds scores.
public enum RoundingStage: String, Sendable, CaseIterable {
    /// Each rule-scored indicator is rounded; parents add rounded scores (the published tables' way).
    case leaf
    /// Scores stay exact; only the total is rounded, for the grade.
    case total
}

/// One grade band: the grade (优/良/中/差) and the lowest total that earns it.
public struct GradeBand: Sendable, Equatable {
    public var grade: String
    public var minimum: ExactDecimal
    /// Other names the grade goes by (优秀 for 优, 良好 for 良): accepted where a grade is compared, never shown.
    public var aliases: [String]
    public init(_ grade: String, from minimum: ExactDecimal, aliases: [String] = []) {
        self.grade = grade; self.minimum = minimum; self.aliases = aliases
    }
}

/// A scheme line naming one indicator (by code or name), the rule that scores it and the inputs it computes from figures.
public struct RuleAssignment: Sendable, Equatable {
    public var code: String?
    public var name: String?
    /// The rule, or nil when the line only gives formulas (the scheme's leaf rule then applies).
    public var rule: RuleSpec?
    /// Inputs computed from the report's raw figures: `actual` → `在职人员数 / 编制数`.
    public var inputs: [String: String]
    public init(code: String? = nil, name: String? = nil, rule: RuleSpec?, inputs: [String: String] = [:]) {
        self.code = code; self.name = name; self.rule = rule; self.inputs = inputs
    }
}
