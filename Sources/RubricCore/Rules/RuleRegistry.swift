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

    /// The family with this id.
    public static func family(_ id: String) -> (any ScoringRule.Type)? {
        all.first { $0.id == id }
    }

    /// Builds a rule from its spec, or says which ids exist.
    public static func make(_ spec: RuleSpec) throws(RuleError) -> any ScoringRule {
        guard let family = family(spec.id) else {
            throw .unknownRule(spec.id, suggestions: NearNames.suggest(spec.id, among: all.map { $0.id }))
        }
        return try family.init(parameters: spec.parameters)
    }
}
