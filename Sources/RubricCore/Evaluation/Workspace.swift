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

    /// The edit that puts the old value back.
    public var inverse: Edit { Edit(code: code, field: field, old: new, new: old) }
}

/// A named scenario: a set of overrides on its base (the baseline or another scenario), and its scored state.
public struct Scenario: Sendable {
    public var name: String
    /// The scenario it branched from; nil for the baseline.
    public var base: String?
    /// The overrides, one per (code, field), in the order first made; `old` is the base's present value.
    public var overrides: [Edit]
    /// The base with the overrides applied, scored. Kept current: an edit to a base reaches every scenario that follows it.
    public var scored: ScoredReport
    /// The overrides as last written to a file (`save`, `save scenario`, `save session`); nil when never written.
    /// The baseline starts as written: the loaded file is its state with no overrides.
    var savedOverrides: [Edit]?

    /// Overrides that differ from what was last written (all of them when it never was): undoing back to the saved
    /// state leaves nothing unsaved, and the count agrees with `changes`.
    public var unsaved: Int {
        guard let savedOverrides else { return overrides.count }
        func byField(_ list: [Edit]) -> [String: FieldValue] {
            Dictionary(list.map { ("\($0.code).\($0.field)", $0.new) }, uniquingKeysWith: { _, b in b })
        }
        let now = byField(overrides), saved = byField(savedOverrides)
        return Set(now.keys).union(saved.keys).filter { now[$0] != saved[$0] }.count
    }
}

/// A scheme as a session uses it: the scheme and the file it came from (nil when built in).
public struct SchemeChoice: Sendable, Equatable {
    public var scheme: Scheme
    public var file: String?
    public init(scheme: Scheme, file: String?) { self.scheme = scheme; self.file = file }
}

/// One undoable step: the edits one statement made in one scenario, or a scheme change for every scenario.
public struct HistoryStep: Sendable {
    /// What changed: edits in a scenario (in the order made), or the session's scheme.
    public enum Kind: Sendable {
        case edits(scenario: String, [Edit])
        /// A `reset`: the overrides it removed, as they were, so `undo` puts each back exactly (even one that pinned
        /// the base's own value).
        case reset(scenario: String, removed: [Edit])
        case scheme(old: SchemeChoice, new: SchemeChoice)
    }

    /// The scenario the step changed (nil for a scheme change, which changes them all).
    public var scenario: String? {
        switch kind {
        case .edits(let s, _), .reset(let s, _): return s
        case .scheme: return nil
        }
    }
    public var kind: Kind
    /// The statement that made it, as typed.
    public var action: String
}

/// An immutable value held by reference, so copying its holder costs one retain.
final class Frozen<T: Sendable>: Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// A scenario whose total or grade moved because a scenario it follows (or the scheme) changed.
public struct FollowerMove: Sendable, Equatable {
    public var scenario: String
    /// The scenario it follows, or nil when every scenario moved with a scheme change.
    public var base: String?
    public var oldTotal: ExactDecimal
    public var newTotal: ExactDecimal
    public var oldGrade: String
    public var newGrade: String
}

/// The what-if state of a session: the loaded report as baseline, named scenarios, and undo/redo over every change.
///
/// The model (docs/language.md §10–11): the loaded source is never changed; the scheme belongs to the session and
/// re-scores every scenario; each scenario is its base plus its overrides and is kept current, so an edit to a base
/// moves its followers at once (and the caller is told which moved). Every change is a ``HistoryStep`` on one
/// session-wide undo list; undoing a step in another scenario switches to it, and the caller says so.
public struct Workspace: Sendable {
    public static let baselineName = "baseline"

    /// The report as loaded, scored under the scheme it was loaded with; never changed.
    public var asLoaded: ScoredReport { asLoadedBox.value }
    /// The loaded report under the session's present scheme, before any scenario's edits.
    public var loaded: ScoredReport { loadedBox.value }
    // Held by reference: a workspace is copied on every statement, and a scored report is many arrays.
    private let asLoadedBox: Frozen<ScoredReport>
    private var loadedBox: Frozen<ScoredReport>
    public private(set) var scenarios: [String: Scenario]
    /// Scenario names in the order they were made (baseline first).
    public private(set) var order: [String]
    public private(set) var current: String
    public private(set) var undoStack: [HistoryStep] = []
    public private(set) var redoStack: [HistoryStep] = []
    /// The scheme the session scores with, and the one it was loaded with.
    public private(set) var scheme: SchemeChoice
    public let loadedScheme: SchemeChoice
    var codeIndex: [String: Int]

    public init(_ scored: ScoredReport, schemeFile: String? = nil) {
        asLoadedBox = Frozen(scored)
        loadedBox = asLoadedBox
        scenarios = [Self.baselineName: Scenario(name: Self.baselineName, base: nil, overrides: [], scored: scored, savedOverrides: [])]
        order = [Self.baselineName]
        current = Self.baselineName
        scheme = SchemeChoice(scheme: scored.scheme, file: schemeFile)
        loadedScheme = scheme
        codeIndex = Dictionary(scored.report.nodes.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The scored state of the current scenario (read in place: the scenario itself is not copied).
    public var scored: ScoredReport {
        let k = scenarios.index(forKey: current)!
        return scenarios.values[k].scored
    }

    /// The scheme's file as the file system sees it, when the scheme is not built in (a saved report names it relative to itself).
    public var schemeFile: String? { scheme.file }

    /// The scheme as last written with the report (the loaded one until a save).
    var savedScheme: SchemeChoice?

    /// True when the scheme differs from the one last written with the report.
    public var schemeUnsaved: Bool { scheme != (savedScheme ?? loadedScheme) }

    /// The index of the node with a code.
    public func index(ofCode code: String) -> Int? { codeIndex[code] }

    /// Scenarios with changes not yet written to a file, in order.
    public var unsavedScenarios: [Scenario] {
        order.compactMap { scenarios[$0] }.filter { $0.unsaved > 0 }
    }

    /// True when some change would be lost by leaving.
    public var hasUnsavedWork: Bool { schemeUnsaved || !unsavedScenarios.isEmpty }

    /// Scenarios that follow `name`, directly or through others, in creation order.
    public func followers(of name: String) -> [String] {
        var out: [String] = []
        var frontier: Set<String> = [name]
        for n in order where n != name {
            if let b = scenarios[n]?.base, frontier.contains(b) { out.append(n); frontier.insert(n) }
        }
        return out
    }

    // MARK: Edits

    /// The outcome of a change: the score changes in the scenario it was made in, and followers whose total or grade moved.
    public struct Outcome: Sendable {
        public var scenario: String
        public var changes: [ScoredReport.Change]
        public var followers: [FollowerMove]
        /// The scenario that was current before, when the change switched to another (undo, redo).
        public var switchedFrom: String?
    }

    /// Applies an edit to the current scenario, records it as an override and for undo; returns the score changes.
    @discardableResult
    public mutating func apply(_ edit: Edit, action: String = "") throws(Diagnostic) -> Outcome {
        let outcome = try perform([edit], in: current)
        undoStack.append(HistoryStep(kind: .edits(scenario: current, [edit]), action: action))
        redoStack.removeAll()
        return outcome
    }

    /// Undoes the last step (in whichever scenario it was made, switching to it); nil when there is nothing to undo.
    public mutating func undo() throws(Diagnostic) -> (step: HistoryStep, outcome: Outcome)? {
        guard let last = undoStack.popLast() else { return nil }
        let outcome = try replay(last, forward: false)
        redoStack.append(last)
        return (last, outcome)
    }

    /// Redoes the last undone step.
    public mutating func redo() throws(Diagnostic) -> (step: HistoryStep, outcome: Outcome)? {
        guard let next = redoStack.popLast() else { return nil }
        let outcome = try replay(next, forward: true)
        undoStack.append(next)
        return (next, outcome)
    }

    /// Removes one override (or all when `code` is nil) from the current scenario, restoring its base's values; one undo step.
    public mutating func reset(code: String? = nil, field: String? = nil, action: String = "reset") throws(Diagnostic) -> (undone: [Edit], outcome: Outcome) {
        let overrides = scenarios[current]!.overrides.filter { e in
            (code == nil || e.code == code) && (field == nil || e.field == field)
        }
        let back = overrides.reversed().map(\.inverse)
        guard !back.isEmpty else { return ([], Outcome(scenario: current, changes: [], followers: [])) }
        let outcome = try perform(back, in: current)
        undoStack.append(HistoryStep(kind: .reset(scenario: current, removed: overrides), action: action))
        redoStack.removeAll()
        return (overrides, outcome)
    }

    /// Scores every scenario with another scheme (a session-wide change, undoable); every scenario keeps its overrides.
    public mutating func useScheme(_ choice: SchemeChoice, action: String) throws(Diagnostic) -> Outcome {
        let old = scheme
        let outcome = try switchScheme(to: choice)
        undoStack.append(HistoryStep(kind: .scheme(old: old, new: choice), action: action))
        redoStack.removeAll()
        return outcome
    }

    /// The baseline's overrides as last written over the loaded file (`save`): the file on disk holds them now.
    public private(set) var writtenToSource: [Edit] = []

    /// Records that the baseline was written over the loaded file.
    public mutating func markSourceWritten() { writtenToSource = scenarios[Self.baselineName]!.overrides }

    /// Marks scenarios as written to a file (all when `names` is nil); a save that records the scheme clears its mark too.
    public mutating func markSaved(_ names: [String]? = nil, schemeRecorded: Bool = false) {
        for n in names ?? order {
            let now = scenarios[n]?.overrides
            scenarios[n]?.savedOverrides = now
        }
        if schemeRecorded { savedScheme = scheme }
    }

    // MARK: Scenarios

    /// Starts a scenario named `name` from `base` (default: the current scenario) and makes it current.
    public mutating func createScenario(_ name: String, from base: String? = nil) throws(Diagnostic) {
        let b = base ?? current
        guard let parent = scenarios[b] else { throw Diagnostic(phase: .evaluate, .noScenarioNamed, b, hint: hint(for: b)) }
        if scenarios[name] != nil { throw Diagnostic(phase: .evaluate, .scenarioExists, name, hint: .useSwitchesToIt, name) }
        scenarios[name] = Scenario(name: name, base: b, overrides: [], scored: parent.scored)
        order.append(name)
        current = name
    }

    /// Makes `name` current.
    public mutating func use(_ name: String) throws(Diagnostic) {
        guard scenarios[name] != nil else { throw Diagnostic(phase: .evaluate, .noScenarioNamed, name, hint: hint(for: name)) }
        current = name
    }

    /// Removes a scenario (not the baseline, and not one another scenario branches from) and its undo steps.
    public mutating func drop(_ name: String) throws(Diagnostic) {
        guard name != Self.baselineName else { throw Diagnostic(phase: .evaluate, .baselineNotDroppable, hint: .resetRemovesChanges) }
        guard scenarios[name] != nil else { throw Diagnostic(phase: .evaluate, .noScenarioNamed, name, hint: hint(for: name)) }
        try checkDroppable(name)
        scenarios[name] = nil
        order.removeAll { $0 == name }
        func keeps(_ s: HistoryStep) -> Bool { s.scenario != name }
        undoStack.removeAll { !keeps($0) }
        redoStack.removeAll { !keeps($0) }
        if current == name { current = Self.baselineName }
    }

    /// Refuses to drop a scenario others follow, naming every one of them.
    public func checkDroppable(_ name: String) throws(Diagnostic) {
        let children = order.filter { scenarios[$0]?.base == name }
        guard !children.isEmpty else { return }
        let list = children.map { Message.quoted([$0]) }.joined(separator: InterfaceLanguage.current == .zh ? "、" : ", ")
        throw Diagnostic(phase: .evaluate, children.count == 1 ? .scenarioBranchesFrom : .scenariosBranchFrom, list, name, hint: .dropFirst, list)
    }

    /// Forgets the undo and redo history (a restored session starts afresh).
    public mutating func clearHistory() { undoStack.removeAll(); redoStack.removeAll() }

    /// The scenario called `name`.
    public func scenario(_ name: String) throws(Diagnostic) -> Scenario {
        guard let s = scenarios[name] else { throw Diagnostic(phase: .evaluate, .noScenarioNamed, name, hint: hint(for: name)) }
        return s
    }

    // MARK: Implementation

    func hint(for name: String) -> String {
        let near = NearNames.suggest(name, among: order, limit: 1)
        return Message.suggestion(near) ?? Message.scenariosList.text(order.joined(separator: ", "))
    }

    /// Re-applies a history step forwards (redo) or backwards (undo), switching to its scenario.
    mutating func replay(_ step: HistoryStep, forward: Bool) throws(Diagnostic) -> Outcome {
        switch step.kind {
        case .edits(let name, let edits):
            guard scenarios[name] != nil else { throw Diagnostic(phase: .evaluate, .scenarioGone, name) }
            let from = current
            current = name
            var outcome = try perform(forward ? edits : edits.reversed().map(\.inverse), in: name)
            if from != name { outcome.switchedFrom = from }
            return outcome
        case .reset(let name, let removed):
            guard scenarios[name] != nil else { throw Diagnostic(phase: .evaluate, .scenarioGone, name) }
            let from = current
            current = name
            var outcome: Outcome
            if forward {
                outcome = try perform(removed.reversed().map(\.inverse), in: name)
            } else {
                outcome = try perform(removed.map { Edit(code: $0.code, field: $0.field, old: $0.old, new: $0.new) }, in: name)
                // Each override exactly as it was (`record` would drop one that equals its base's value).
                for o in removed {
                    if let k = scenarios[name]!.overrides.firstIndex(where: { $0.code == o.code && $0.field == o.field }) {
                        scenarios[name]!.overrides[k] = o
                    } else {
                        scenarios[name]!.overrides.append(o)
                    }
                }
            }
            if from != name { outcome.switchedFrom = from }
            return outcome
        case .scheme(let old, let new):
            return try switchScheme(to: forward ? new : old)
        }
    }

    /// Applies edits to a scenario, records them as overrides, and carries them to the scenarios that follow it.
    mutating func perform(_ edits: [Edit], in name: String) throws(Diagnostic) -> Outcome {
        let watched = followers(of: name)
        let before = watched.map { n in (n, scenarios[n]!.scored.total, ScoreTable.gradeText(scenarios[n]!.scored)) }
        var changes: [ScoredReport.Change] = []
        for edit in edits {
            let c = try Self.set(edit, in: &scenarios[name]!.scored, codeIndex: codeIndex, record: true)
            changes = Self.merge(changes, c)
            record(edit, in: name)
            try propagate(edit, from: name)
        }
        var moves: [FollowerMove] = []
        for (n, total, grade) in before {
            let s = scenarios[n]!.scored
            let g = ScoreTable.gradeText(s)
            if s.total != total || g != grade {
                moves.append(FollowerMove(scenario: n, base: scenarios[n]!.base, oldTotal: total, newTotal: s.total, oldGrade: grade, newGrade: g))
            }
        }
        return Outcome(scenario: name, changes: changes, followers: moves)
    }

    /// Carries an edit made in `name` to the scenarios that follow it: one that overrides the same field keeps its value
    /// (its override's `old` becomes the base's new value); the others take the new value, and so on down.
    mutating func propagate(_ edit: Edit, from name: String) throws(Diagnostic) {
        for child in order where scenarios[child]?.base == name {
            if let k = scenarios[child]!.overrides.firstIndex(where: { $0.code == edit.code && $0.field == edit.field }) {
                scenarios[child]!.overrides[k].old = edit.new
                continue
            }
            _ = try Self.set(edit, in: &scenarios[child]!.scored, codeIndex: codeIndex, record: false)
            try propagate(edit, from: child)
        }
    }

    /// Scores the loaded report and every scenario with `choice`, keeping every scenario's overrides.
    mutating func switchScheme(to choice: SchemeChoice) throws(Diagnostic) -> Outcome {
        let before = order.map { n in (n, scenarios[n]!.scored) }
        var report = loaded.report
        report.scheme = choice == loadedScheme ? asLoaded.report.scheme : choice.scheme.id
        let root = ScoredReport(report: report, scheme: choice.scheme)
        // Rebuild every scenario on the new root, bases first (creation order puts a base before its followers).
        var rebuilt: [String: ScoredReport] = [:]
        var overrides: [String: [Edit]] = [:]
        for n in order {
            let s = scenarios[n]!
            var fresh = s.base.flatMap { rebuilt[$0] } ?? root
            var list = s.overrides
            for k in list.indices {
                // A scheme setting's value before the override is now the new scheme's (or the base's).
                if list[k].code == "scheme" {
                    // A grade band the new scheme does not define cannot be moved.
                    let isBand: Bool = { if case .decimal = list[k].new, list[k].field != "rates" { return true } else { return false } }()
                    let band = isBand && !fresh.scheme.grades.contains { $0.grade == list[k].field }
                    guard !band, let value = Self.schemeValue(fresh.scheme, list[k].field) else {
                        throw Diagnostic(phase: .evaluate, .scenarioSetsMissingSetting, n, list[k].field, choice.scheme.id,
                                         hint: .resetSettingFirst, n, list[k].field)
                    }
                    list[k].old = value
                }
                _ = try Self.set(list[k], in: &fresh, codeIndex: codeIndex, record: false)
            }
            rebuilt[n] = fresh
            overrides[n] = list
        }
        loadedBox = Frozen(root)
        for (n, s) in rebuilt { scenarios[n]!.scored = s; scenarios[n]!.overrides = overrides[n]! }
        scheme = choice
        var moves: [FollowerMove] = []
        var changes: [ScoredReport.Change] = []
        for (n, old) in before {
            let s = scenarios[n]!.scored
            if n == current {
                changes = old.scores.indices.compactMap { i in old.scores[i] == s.scores[i] ? nil : ScoredReport.Change(node: i, old: old.scores[i], new: s.scores[i]) }
            } else if s.total != old.total || ScoreTable.gradeText(s) != ScoreTable.gradeText(old) {
                moves.append(FollowerMove(scenario: n, base: nil, oldTotal: old.total, newTotal: s.total,
                                          oldGrade: ScoreTable.gradeText(old), newGrade: ScoreTable.gradeText(s)))
            }
        }
        return Outcome(scenario: current, changes: changes, followers: moves)
    }

    /// Keeps one override per (code, field): the first `old` stays, the latest `new` wins; back to the base value removes it.
    mutating func record(_ edit: Edit, in name: String) {
        Self.record(edit, into: &scenarios[name]!.overrides)   // in place: no copy of the scenario
    }

    static func record(_ edit: Edit, into list: inout [Edit]) {
        if let k = list.firstIndex(where: { $0.code == edit.code && $0.field == edit.field }) {
            list[k].new = edit.new
            if list[k].new == list[k].old { list.remove(at: k) }
        } else if edit.old != edit.new {
            list.append(edit)
        }
    }

    /// Score changes of two successive edits as one: first `old`, last `new`, unmoved nodes dropped.
    static func merge(_ a: [ScoredReport.Change], _ b: [ScoredReport.Change]) -> [ScoredReport.Change] {
        if a.isEmpty { return b }
        var byNode: [Int: ScoredReport.Change] = [:]
        for c in a { byNode[c.node] = c }
        for c in b {
            if var prior = byNode[c.node] { prior.new = c.new; byNode[c.node] = prior } else { byNode[c.node] = c }
        }
        return byNode.values.filter { $0.old != $0.new }.sorted { $0.node < $1.node }
    }

    /// A scheme setting's value as an edit holds it (nil when the scheme has no such setting, such as a grade band it
    /// does not define).
    static func schemeValue(_ s: Scheme, _ field: String) -> FieldValue? {
        switch field {
        case "places": return .places(s.scorePlaces)
        case "rates": return .decimal(s.ratePlaces.map { ExactDecimal($0) })
        case "stage": return .parameter(.text(s.rounding.rawValue))
        default:
            if let band = s.grades.first(where: { $0.grade == field }) { return .decimal(band.minimum) }
            return .parameter(s.parameters[field])
        }
    }

    /// Puts an edit's new value into a scored report.
    static func set(_ edit: Edit, in scored: inout ScoredReport, codeIndex: [String: Int], record: Bool) throws(Diagnostic) -> [ScoredReport.Change] {
        if edit.code == "scheme" {
            var scheme = scored.scheme
            switch (edit.field, edit.new) {
            case ("stage", .parameter(.text(let t)?)):
                guard let stage = RoundingStage(rawValue: t) else { throw Diagnostic(phase: .evaluate, .noRoundingStage, t) }
                scheme.rounding = stage
            case (_, .parameter(let p)): scheme.parameters[edit.field] = p
            case (_, .places(let n)): scheme.scorePlaces = n
            case ("rates", .decimal(let d)): scheme.ratePlaces = d?.intValue
            case (let g, .decimal(let d?)) where scheme.grades.contains(where: { $0.grade == g }):
                scheme.grades = scheme.grades.map { $0.grade == g ? GradeBand(g, from: d, aliases: $0.aliases) : $0 }
            default: throw Diagnostic(phase: .evaluate, .cannotSetSchemeTo, edit.field, edit.new.text)
            }
            let before = scored.scores
            scored.replaceScheme(scheme)
            return record ? zip(before, scored.scores).enumerated().compactMap { i, p in p.0 == p.1 ? nil : ScoredReport.Change(node: i, old: p.0, new: p.1) } : []
        }
        guard let i = codeIndex[edit.code] else { throw Diagnostic(phase: .evaluate, .noIndicatorWithCode, edit.code) }
        guard let field = IndicatorField.named(edit.field)
                ?? (scored.report.nodes[i].figures[edit.field] != nil ? IndicatorField.figure(edit.field) : nil) else {
            throw Diagnostic(phase: .evaluate, .notAnIndicatorField, edit.field)
        }
        let value = edit.new
        return scored.modify(i, recordChanges: record) { node in field.write(&node, value) }
    }
}
