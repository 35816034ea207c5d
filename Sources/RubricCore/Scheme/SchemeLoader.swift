/// Reads a scheme file (YAML): rounding, grade bands, rule parameters, and the rule of each named indicator.
public enum SchemeLoader {
    /// Loads a scheme from YAML text; errors point at file:line:column.
    public static func load(_ file: SourceFile) throws(Diagnostic) -> Scheme {
        let root = try YAMLValue.parse(file)
        let m = try root.mapping("a scheme", allowed: ["rubric-scheme", "id", "name", "summary", "rounding", "grades",
                                                       "parameters", "leaf-rule", "target-rules", "indicators", "not-applicable"])
        let id = try m.required("id").string("the scheme id")
        let name = try m.string("name") ?? id
        var places = 2
        var ratePlaces: Int? = 4
        var stage = RoundingStage.leaf
        if let r = m["rounding"] {
            let rm = try r.mapping("rounding", allowed: ["places", "rates", "stage"])
            if let p = rm["places"] { places = try p.int("places") }
            if let rv = rm["rates"] {
                let t = try rv.string("rates")
                ratePlaces = t == "none" ? nil : try rv.int("rate places")
            }
            if let sv = rm["stage"] {
                let t = try sv.string("stage")
                guard let s = RoundingStage(rawValue: t) else { throw sv.error(.schemeRoundingStage, t) }
                stage = s
            }
        }
        var grades: [GradeBand] = []
        for g in try m.required("grades").sequence("grade bands") {
            let gm = try g.mapping("a grade band", allowed: ["grade", "from", "aliases"])
            var aliases: [String] = []
            if let a = gm["aliases"] { for item in try a.sequence("grade aliases") { aliases.append(try item.string("a grade alias")) } }
            grades.append(GradeBand(try gm.required("grade").string("grade"), from: try gm.required("from").decimal("the band's lowest total"), aliases: aliases))
        }
        if grades.isEmpty { throw try m.required("grades").error(.schemeNeedsGradeBand) }
        let parameters = try m["parameters"].map { v throws(Diagnostic) in try parseParameters(v, for: nil) } ?? RuleParameters()
        let leafRule = try m.string("leaf-rule") ?? ManualRule.id
        if let v = m["leaf-rule"], leafRule != Scheme.byTarget { try checkRule(leafRule, at: v) }
        var targetRules = Scheme.defaultTargetRules
        if let tr = m["target-rules"] {
            let keys = ["≥", ">=", "≤", "<=", "=", "decrease", "increase", "zero", "qualitative"]
            let tm = try tr.mapping("target rules", allowed: keys)
            for (key, keyNode, value) in tm.pairs {
                guard let d = TargetDirection(text: key) else { throw keyNode.error(.unknownDirectionYAML, key) }
                let rule = try value.string("a rule id")
                try checkRule(rule, at: value)
                targetRules[d] = rule
            }
        }
        /// `inputs: {actual: "在职人员数 / 编制数"}`: each formula must parse (the figures are the report's, checked there).
        func readFormulas(_ node: YAMLValue?) throws(Diagnostic) -> [String: String] {
            guard let node else { return [:] }
            var out: [String: String] = [:]
            for (field, _, value) in try node.mapping("inputs computed from figures", allowed: FormulaInputs.fields).pairs {
                let formula = try value.string("a formula")
                do { _ = try FormulaInputs.names(in: formula) } catch { throw value.error(error.message) }
                out[field] = formula
            }
            return out
        }
        var assignments: [RuleAssignment] = []
        if let list = m["indicators"] {
            for item in try list.sequence("indicator rules") {
                let im = try item.mapping("an indicator rule", allowed: ["name", "code", "rule", "parameters", "inputs"])
                let code = try im.string("code"), nm = try im.string("name")
                if code == nil && nm == nil { throw item.error(.schemeRuleNeedsNameOrCode) }
                let inputs = try readFormulas(im["inputs"])
                var spec: RuleSpec?
                if inputs.isEmpty { _ = try im.required("rule") }
                if let ruleNode = im["rule"] {
                    let rule = try ruleNode.string("a rule id")
                    try checkRule(rule, at: ruleNode)
                    let params = try im["parameters"].map { v throws(Diagnostic) in try parseParameters(v, for: rule) } ?? RuleParameters()
                    spec = RuleSpec(rule, params)
                    do { _ = try RuleRegistry.make(RuleSpec(rule, parameters.merging(params))) } catch {
                        throw (im["parameters"] ?? ruleNode).error(error.message)
                    }
                } else if let p = im["parameters"] {
                    throw p.error(.schemeParametersNeedRule)
                }
                assignments.append(RuleAssignment(code: code, name: nm, rule: spec, inputs: inputs))
            }
        }
        var scheme = Scheme(id: id, name: name, summary: try m.string("summary"), scorePlaces: places, ratePlaces: ratePlaces,
                            rounding: stage, grades: grades, parameters: parameters, leafRule: leafRule,
                            targetRules: targetRules, assignments: assignments)
        if let v = m["not-applicable"] {
            let word = try v.string("how indicators marked not applicable count")
            guard let mode = Scheme.NotApplicable(rawValue: word) else {
                throw v.error(.schemeNotApplicableMode, word)
            }
            scheme.notApplicable = mode
        }
        return scheme
    }

    /// The built-in scheme with this id, or a scheme file at this path read through `read`.
    public static func resolve(_ name: String, relativeTo base: String?, read: (String) throws -> String) throws(Diagnostic) -> Scheme {
        if let builtin = BuiltinSchemes.named(name) { return builtin }
        let path = base.map { FilePath.resolve(name, relativeTo: $0) } ?? name
        // Only scheme files are read: a loader never quotes a line of a file that is not one (/etc/passwd, /proc/…).
        let lower = path.lowercased()
        guard lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") else {
            let near = NearNames.suggest(name, among: BuiltinSchemes.ids, limit: 1)
            throw Diagnostic(phase: .load, .schemeNotBuiltinOrFile, name,
                             hint: Message.suggestion(near) ?? Message.schemeBuiltinsOrYAML.text(BuiltinSchemes.ids.joined(separator: ", ")))
        }
        let text: String
        do { text = try read(path) } catch {
            throw Diagnostic(phase: .io, .schemeUnreadable, name, hint: .schemeBuiltinsOrPath, BuiltinSchemes.ids.joined(separator: ", "))
        }
        return try load(SourceFile(name: path, text: text))
    }

    static func checkRule(_ id: String, at node: YAMLValue) throws(Diagnostic) {
        if RuleRegistry.family(id) == nil {
            let near = NearNames.suggest(id, among: RuleRegistry.all.map { $0.id }, limit: 1)
            throw node.error(.unknownRule, id, hint: Message.suggestion(near) ?? Message.rulesList.text(RuleRegistry.all.map { $0.id }.joined(separator: ", ")))
        }
    }

    /// Reads `{name: value}` rule parameters; `tiers` is a list of `{up-to, points}`.
    /// The parameter names a rule family reads (`rule` nil: any family's, for a scheme's own `parameters`).
    static func parameterNames(for rule: String?) -> [String] {
        let families = rule.flatMap { RuleRegistry.family($0) }.map { [$0] } ?? RuleRegistry.all
        var seen = Set<String>()
        return families.flatMap { $0.parameterHelp.map(\.name) }.filter { seen.insert($0).inserted }
    }

    /// Reads rule parameters; a name the rule (or, for the scheme's own, any rule) does not read is an error at its key.
    static func parseParameters(_ v: YAMLValue, for rule: String?) throws(Diagnostic) -> RuleParameters {
        guard v.node.kind == .mapping else { throw v.error(.schemeExpectedParameters) }
        var out = RuleParameters()
        let known = parameterNames(for: rule)
        for (_, key, value) in try v.namedMapping("rule parameters").pairs {
            let name = try key.string("a parameter name")
            guard known.contains(name) else {
                let near = NearNames.suggest(name, among: known, limit: 1)
                let why = rule.map { Message.ruleDoesNotReadParameter.text($0) } ?? Message.noRuleReadsParameter.text()
                throw key.error(.unknownParameter, name, why,
                                hint: Message.suggestion(near) ?? (known.isEmpty ? Message.ruleTakesNoParameters.text(rule ?? "")
                                                                                 : Message.parametersList.text(known.joined(separator: ", "))))
            }
            let val = value
            if name == "tiers" {
                var tiers: [Tier] = []
                for t in try val.sequence("tiers") {
                    let tm = try t.mapping("a tier", allowed: ["up-to", "below", "from", "above", "equals", "points"])
                    tiers.append(Tier(upTo: try tm.quantity("up-to")?.value, below: try tm.quantity("below")?.value,
                                      from: try tm.quantity("from")?.value, above: try tm.quantity("above")?.value,
                                      equals: try tm.quantity("equals")?.value, points: try tm.required("points").decimal("points")))
                }
                out[name] = .tiers(tiers)
            } else {
                let text = try val.string("a parameter value")
                if text == "none" { out[name] = ParameterValue.none }
                else if let q = try? Quantity(parsing: text) { out[name] = .number(q.value) }
                else { out[name] = .text(text) }
            }
        }
        return out
    }
}

/// Small path helpers (no Foundation in the core's public surface).
public enum FilePath {
    /// `path` resolved against the directory of `base` when it is relative.
    public static func resolve(_ path: String, relativeTo base: String) -> String {
        if path.hasPrefix("/") { return path }
        guard let slash = base.lastIndex(of: "/") else { return path }
        return String(base[...slash]) + path
    }

    /// How a file at `base` refers to `path` (both as the file system sees them: both absolute, or both relative
    /// to the same working directory): `../schemes/x.yaml`. When only one is absolute, `path` is returned as it is.
    public static func relative(_ path: String, fromFileAt base: String) -> String {
        if path.hasPrefix("/") != base.hasPrefix("/") { return path }
        let target = normalized(path), from = Array(normalized(base).dropLast())
        var common = 0
        while common < from.count, common < target.count - 1, from[common] == target[common], from[common] != ".." { common += 1 }
        // A base directory above the working directory (`../x`) cannot be walked back down by name.
        if from[common...].contains("..") { return path }
        let parts = Array(repeating: "..", count: from.count - common) + target[common...]
        return parts.joined(separator: "/")
    }

    /// The components of a path with `.` and `a/..` removed (leading `..` of a relative path kept).
    static func normalized(_ path: String) -> [String] {
        var out: [String] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = out.last, last != ".." { out.removeLast(); continue }
            out.append(String(part))
        }
        return out
    }
}
