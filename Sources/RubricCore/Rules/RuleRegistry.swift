/// Every scoring rule family, registered in one place; schemes and reports name them by id.
public enum RuleRegistry {
    /// All families, in the order `help rules` lists them.
    public static let all: [any ScoringRule.Type] = [
        PositiveGuangzhouRule.self,
        PositiveNationalRule.self,
        ReverseRule.self,
        DirectionRule.self,
        ZeroTargetRule.self,
        QualitativeRule.self,
        ExecutionRateRule.self,
        DeductionPerPointRule.self,
        DeductionPerStepRule.self,
        DeductionPerCaseRule.self,
        TiersRule.self,
        ManualRule.self,
        TargetsRule.self,
    ]

    /// Each family's place in ``all`` (by its type).
    static let positions: [ObjectIdentifier: Int] = Dictionary(all.enumerated().map { (ObjectIdentifier($1), $0) }, uniquingKeysWith: { a, _ in a })
    /// Each family's id, in the order of ``all``.
    static let ids: [String] = all.map { $0.id }
    /// Every id's UTF-8 bytes one after another, and where each lies (ids are ASCII: a byte a column), for tables
    /// written as bytes.
    static let idBytes: (bytes: [UInt8], ranges: [Range<Int>]) = {
        var bytes: [UInt8] = [], ranges: [Range<Int>] = []
        for id in ids { ranges.append(bytes.count..<bytes.count + id.utf8.count); bytes += Array(id.utf8) }
        return (bytes, ranges)
    }()

    /// The families by id (looked up once per indicator while loading).
    static let byID: [String: any ScoringRule.Type] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    /// The family with this id.
    public static func family(_ id: String) -> (any ScoringRule.Type)? {
        byID[id]
    }

    /// Why each family cannot be built from no parameters at all (tiers need their tiers …); families that can are
    /// absent. A report's `rule: X` without parameters is checked against this instead of building the rule again.
    static let withoutParameters: [String: RuleError] = Dictionary(all.compactMap { f -> (String, RuleError)? in
        do throws(RuleError) { _ = try f.init(parameters: RuleParameters()); return nil } catch { return (f.id, error) }
    }, uniquingKeysWith: { a, _ in a })

    /// Builds a rule from its spec, or says which ids exist.
    public static func make(_ spec: RuleSpec) throws(RuleError) -> any ScoringRule {
        guard let family = family(spec.id) else {
            throw .unknownRule(spec.id, suggestions: NearNames.suggest(spec.id, among: all.map { $0.id }))
        }
        return try family.init(parameters: spec.parameters)
    }
}
