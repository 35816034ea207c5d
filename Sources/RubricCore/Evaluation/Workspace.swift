/// A value an edit puts into an indicator field or a scheme parameter (nil: the field is cleared).
public enum FieldValue: Sendable, Equatable {
    case decimal(ExactDecimal?)
    case quantity(Quantity?)
    case level(QualitativeLevel?)
    case rule(RuleSpec?)
    case direction(TargetDirection?)
    case parameter(ParameterValue?)
    case places(Int)

    /// The value as users write it.
    public var text: String {
        switch self {
        case .decimal(let d): return d.map { $0.shortText(maxPlaces: 10, grouping: true) } ?? "none"
        case .quantity(let q): return q?.text() ?? "none"
        case .level(let l): return l?.rawValue ?? "none"
        case .rule(let r): return r?.id ?? "(the scheme's)"
        case .direction(let d): return d?.fileName ?? "none"
        case .parameter(let p): return p?.description ?? "(default)"
        case .places(let n): return String(n)
        }
    }
}

/// One change to an input: which indicator (by code, or `scheme`), which field, the value before and after.
public struct Edit: Sendable, Equatable {
    /// The indicator's code, or `scheme` for a scheme parameter.
    public var code: String
    public var field: String
    public var old: FieldValue
    public var new: FieldValue
    public init(code: String, field: String, old: FieldValue, new: FieldValue) {
        self.code = code; self.field = field; self.old = old; self.new = new
    }
}

/// A named scenario: a set of overrides on its base (the baseline or another scenario), and its scored state.
public struct Scenario: Sendable {
    public var name: String
    /// The scenario it branched from; nil for the baseline.
    public var base: String?
    /// The overrides, one per (code, field), in the order first made; `old` is the base's value.
    public var overrides: [Edit]
    /// The base with the overrides applied, scored.
    public var scored: ScoredReport
}

/// The what-if state of a session: the loaded report as baseline, named scenarios, and undo/redo over every edit.
public struct Workspace: Sendable {
    public static let baselineName = "baseline"

    /// The report as loaded, scored; never changed by edits.
    public private(set) var loaded: ScoredReport
    public private(set) var scenarios: [String: Scenario]
    /// Scenario names in the order they were made (baseline first).
    public private(set) var order: [String]
    public private(set) var current: String
    var undoStack: [(scenario: String, edit: Edit)] = []
    var redoStack: [(scenario: String, edit: Edit)] = []
    /// Edits made since the last save.
    public var unsavedEdits = 0
    /// The scheme's file as the file system sees it, when the scheme is not built in (a saved report names it relative to itself).
    public var schemeFile: String?
    var codeIndex: [String: Int]

    public init(_ scored: ScoredReport) {
        loaded = scored
        scenarios = [Self.baselineName: Scenario(name: Self.baselineName, base: nil, overrides: [], scored: scored)]
        order = [Self.baselineName]
        current = Self.baselineName
        codeIndex = Dictionary(scored.report.nodes.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The scored state of the current scenario.
    public var scored: ScoredReport {
        get { scenarios[current]!.scored }
    }

    /// The index of the node with a code.
    public func index(ofCode code: String) -> Int? { codeIndex[code] }

    // MARK: Edits

    /// Applies an edit to the current scenario, records it as an override and for undo; returns the score changes.
    @discardableResult
    public mutating func apply(_ edit: Edit) throws(Diagnostic) -> [ScoredReport.Change] {
        let changes = try applyRaw(edit, in: current)
        record(edit, in: current)
        undoStack.append((current, edit))
        redoStack.removeAll()
        unsavedEdits += 1
        return changes
    }

    /// Undoes the last edit (in whichever scenario it was made); returns it, or nil when there is nothing to undo.
    public mutating func undo() throws(Diagnostic) -> (scenario: String, edit: Edit, changes: [ScoredReport.Change])? {
        guard let last = undoStack.popLast() else { return nil }
        guard scenarios[last.scenario] != nil else { return try undo() }
        current = last.scenario
        let inverse = Edit(code: last.edit.code, field: last.edit.field, old: last.edit.new, new: last.edit.old)
        let changes = try applyRaw(inverse, in: current)
        record(inverse, in: current)
        redoStack.append(last)
        unsavedEdits += 1
        return (last.scenario, last.edit, changes)
    }

    /// Redoes the last undone edit.
    public mutating func redo() throws(Diagnostic) -> (scenario: String, edit: Edit, changes: [ScoredReport.Change])? {
        guard let next = redoStack.popLast() else { return nil }
        guard scenarios[next.scenario] != nil else { return try redo() }
        current = next.scenario
        let changes = try applyRaw(next.edit, in: current)
        record(next.edit, in: current)
        undoStack.append(next)
        unsavedEdits += 1
        return (next.scenario, next.edit, changes)
    }

    /// Removes one override (or all when `code` is nil) from the current scenario, restoring its base's values.
    public mutating func reset(code: String? = nil, field: String? = nil) throws(Diagnostic) -> [Edit] {
        let overrides = scenarios[current]!.overrides.filter { e in
            (code == nil || e.code == code) && (field == nil || e.field == field)
        }
        var undone: [Edit] = []
        for o in overrides.reversed() {
            let back = Edit(code: o.code, field: o.field, old: o.new, new: o.old)
            try applyRaw(back, in: current)
            undoStack.append((current, back))
            undone.append(o)
        }
        scenarios[current]!.overrides.removeAll { e in overrides.contains(e) }
        redoStack.removeAll()
        if !undone.isEmpty { unsavedEdits += 1 }
        return undone
    }

    // MARK: Scenarios

    /// Starts a scenario named `name` from `base` (default: the current scenario) and makes it current.
    public mutating func createScenario(_ name: String, from base: String? = nil) throws(Diagnostic) {
        let b = base ?? current
        guard let parent = scenarios[b] else { throw Diagnostic(phase: .evaluate, "no scenario named '\(b)'", hint: hint(for: b)) }
        if scenarios[name] != nil { throw Diagnostic(phase: .evaluate, "a scenario named '\(name)' exists already", hint: "`use \(name)` switches to it") }
        scenarios[name] = Scenario(name: name, base: b, overrides: [], scored: parent.scored)
        order.append(name)
        current = name
    }

    /// Makes `name` current, re-applying its overrides on its base's present state.
    public mutating func use(_ name: String) throws(Diagnostic) {
        guard scenarios[name] != nil else { throw Diagnostic(phase: .evaluate, "no scenario named '\(name)'", hint: hint(for: name)) }
        try rematerialize(name)
        current = name
    }

    /// Removes a scenario (not the baseline, and not one another scenario branches from).
    public mutating func drop(_ name: String) throws(Diagnostic) {
        guard name != Self.baselineName else { throw Diagnostic(phase: .evaluate, "the baseline cannot be dropped", hint: "`reset` removes its changes") }
        guard scenarios[name] != nil else { throw Diagnostic(phase: .evaluate, "no scenario named '\(name)'", hint: hint(for: name)) }
        if let child = order.first(where: { scenarios[$0]?.base == name }) {
            throw Diagnostic(phase: .evaluate, "scenario '\(child)' branches from '\(name)'", hint: "drop '\(child)' first")
        }
        scenarios[name] = nil
        order.removeAll { $0 == name }
        if current == name { current = Self.baselineName; try rematerialize(current) }
    }

    /// The scenario called `name`, re-applied on its base's present state.
    public mutating func scenario(_ name: String) throws(Diagnostic) -> Scenario {
        guard scenarios[name] != nil else { throw Diagnostic(phase: .evaluate, "no scenario named '\(name)'", hint: hint(for: name)) }
        try rematerialize(name)
        return scenarios[name]!
    }

    // MARK: Implementation

    func hint(for name: String) -> String {
        let near = NearNames.suggest(name, among: order, limit: 1)
        return near.first.map { "did you mean '\($0)'?" } ?? "scenarios: \(order.joined(separator: ", "))"
    }

    /// Rebuilds a scenario from its base's present state plus its overrides (override semantics, not a copy).
    mutating func rematerialize(_ name: String) throws(Diagnostic) {
        guard let s = scenarios[name] else { return }
        guard let baseName = s.base else {
            var fresh = loaded
            for o in s.overrides { _ = try Self.set(o, in: &fresh, codeIndex: codeIndex, record: false) }
            scenarios[name]!.scored = fresh
            return
        }
        try rematerialize(baseName)
        var fresh = scenarios[baseName]!.scored
        for o in s.overrides { _ = try Self.set(o, in: &fresh, codeIndex: codeIndex, record: false) }
        scenarios[name]!.scored = fresh
    }

    @discardableResult
    mutating func applyRaw(_ edit: Edit, in name: String) throws(Diagnostic) -> [ScoredReport.Change] {
        try Self.set(edit, in: &scenarios[name]!.scored, codeIndex: codeIndex, record: true)
    }

    /// Keeps one override per (code, field): the first `old` stays, the latest `new` wins; back to the base value removes it.
    mutating func record(_ edit: Edit, in name: String) {
        var list = scenarios[name]!.overrides
        if let k = list.firstIndex(where: { $0.code == edit.code && $0.field == edit.field }) {
            list[k].new = edit.new
            if list[k].new == list[k].old { list.remove(at: k) }
        } else if edit.old != edit.new {
            list.append(edit)
        }
        scenarios[name]!.overrides = list
    }

    /// Puts an edit's new value into a scored report.
    static func set(_ edit: Edit, in scored: inout ScoredReport, codeIndex: [String: Int], record: Bool) throws(Diagnostic) -> [ScoredReport.Change] {
        if edit.code == "scheme" {
            var scheme = scored.scheme
            switch edit.new {
            case .parameter(let p): scheme.parameters[edit.field] = p
            case .places(let n): scheme.scorePlaces = n
            case .decimal(let d) where edit.field == "rates": scheme.ratePlaces = d?.intValue
            default: throw Diagnostic(phase: .evaluate, "cannot set scheme.\(edit.field) to \(edit.new.text)")
            }
            let before = scored.scores
            scored.replaceScheme(scheme)
            return record ? zip(before, scored.scores).enumerated().compactMap { i, p in p.0 == p.1 ? nil : ScoredReport.Change(node: i, old: p.0, new: p.1) } : []
        }
        guard let i = codeIndex[edit.code] else { throw Diagnostic(phase: .evaluate, "no indicator has the code '#\(edit.code)'") }
        let field = edit.field
        let value = edit.new
        return scored.modify(i, recordChanges: record) { node in
            switch (field, value) {
            case ("weight", .decimal(let d)): node.weight = d
            case ("published", .decimal(let d)): node.published = d
            case ("budget", .decimal(let d)): node.inputs.budget = d
            case ("spent", .decimal(let d)): node.inputs.spent = d
            case ("entered", .decimal(let d)): node.inputs.entered = d
            case ("cases", .decimal(let d)): node.inputs.cases = d
            case ("target", .quantity(let q)): node.inputs.target = q
            case ("actual", .quantity(let q)): node.inputs.actual = q
            case ("level", .level(let l)): node.inputs.level = l
            case ("direction", .direction(let d)): node.inputs.direction = d
            case ("rule", .rule(let r)): node.rule = r
            default: break
            }
        }
    }
}
