/// A report scored under a scheme, kept current incrementally: changing one input re-scores one leaf and its ancestors.
///
/// Every node has a computed score beside its published one. Rule-scored indicators (leaves) get their
/// rule's score, clamped to [0, weight]; a target-list indicator gets the rounded sum of its targets'
/// shares; parents are the exact sum of their children; the total is the sum of the 一级 scores.
public struct ScoredReport: Sendable {
    public private(set) var report: Report
    public private(set) var scheme: Scheme
    /// Computed score per node (a target shows its share of its indicator's score, unrounded).
    public private(set) var scores: [ExactDecimal]
    /// How each node's score came about.
    public private(set) var statuses: [NodeStatus]
    /// How many nodes are not given (kept with `statuses`, so `isPartial` does not scan every node).
    public private(set) var notGivenCount = 0
    /// How many nodes could not be scored and count 0 (kept with `statuses`).
    public private(set) var failedCount = 0
    /// The sum of the 一级 scores.
    /// The sum of the 一级 scores.
    public private(set) var rawTotal: ExactDecimal
    /// The total: the sum of the 一级 scores, re-based to 100 when the scheme says so and indicators were left out as
    /// not applicable (raw × 100 ÷ the applicable weight, rounded half-up once to the scheme's places).
    public var total: ExactDecimal {
        guard let w = rebaseWeight, let scaled = try? rawTotal * 100,
              let r = try? scaled.divided(by: w, places: scheme.scorePlaces) else { return rawTotal }
        return r
    }

    /// The applicable weight the total is re-based from, when it is (nil: no re-basing).
    public var rebaseWeight: ExactDecimal? {
        guard scheme.notApplicable == .rebase, !report.leftOut.isEmpty else { return nil }
        let w = report.weightSum(of: topLevelIndices)
        return w > .zero && w != 100 ? w : nil
    }

    /// The rule object per rule-scored node and per target (nil for parents).
    var rules: [(any ScoringRule)?]
    /// Per node: its rule's family as a place in ``RuleRegistry/all`` + 1 (0: no rule), so the id is read without a
    /// copy of the rule.
    var ruleFamilies: [UInt8]
    /// Why a node's rule could not be built, for the few whose rule could not (by node).
    var ruleErrors: [Int: RuleError] = [:]
    /// Per rule-scored leaf: its rule lowered to plain numbers on its current inputs (nil: ask the rule).
    var kernels: [RuleKernel?]
    /// Per node: whether its rule's family lowers to a kernel at all (others are never asked).
    var lowers: [Bool]
    /// Per node: whether its rule fails whatever the inputs (``ScoringRule/constantFailure``), so a sweep over its
    /// entered score does not call it at every point.
    var failsAlways: [Bool]
    /// Per target: its rule's score on weight 1 (the completion factor).
    var factors: [ExactDecimal]
    let leafContext: RuleContext
    let targetContext: RuleContext
    /// What each node is, so hot loops never copy an ``Indicator``.
    var kinds: [NodeKind]
    /// Each node's parent index, -1 for a 一级 indicator.
    var parents: [Int]
    /// True where the node's rule is `manual` (scored without a rule call).
    var isManual: [Bool]
    /// Node index by code (made on first use: scoring and printing never ask, the language does).
    public var codeIndex: [String: Int] { indexes.codes(report.nodes) }
    /// The code and name indexes, shared by copies (a report's codes and names never change once scored).
    private let indexes = ReportIndexes()
    /// Indices of the 一级 indicators.
    public let topLevelIndices: [Int]
    /// The sum of the 一级 weights (kept by ``modify(_:recordChanges:_:)``, so a sweep's point does not add them up).
    public private(set) var topWeightSum: ExactDecimal = .zero
    /// The inputs a rule reads where they differ from the node's own: a formula's percentage rounded to the rate
    /// places (by node; kept current by ``modify(_:recordChanges:_:)``). Every other node's rule reads its inputs in
    /// place — a second copy of every node's inputs was a fifth of a large report's memory.
    var roundedInputs: [Int: Inputs] = [:]
    /// Node indices by exact name (names may repeat; made on first use).
    public var nameIndex: NameIndex { indexes.names(report.nodes) }
    /// Grade band minimums and names, highest first (the scheme's, cached).
    let gradeMinimums: [ExactDecimal]
    let gradeNames: [String]

    /// The role of a node in scoring.
    enum NodeKind: UInt8 { case group, leaf, container, target }

    public init(report: Report, scheme: Scheme) {
        var report = report
        if SchemeFormulas.needed(scheme, report) { SchemeFormulas.apply(scheme, to: &report) }
        self.report = report
        self.scheme = scheme
        let n = report.nodes.count
        scores = Array(repeating: .zero, count: n)
        statuses = Array(repeating: .computed, count: n)
        rules = Array(repeating: nil, count: n)
        ruleFamilies = Array(repeating: 0, count: n)
        factors = Array(repeating: .zero, count: n)
        kernels = Array(repeating: nil, count: n)
        lowers = Array(repeating: false, count: n)
        failsAlways = Array(repeating: false, count: n)
        rawTotal = .zero
        leafContext = scheme.leafContext
        targetContext = scheme.targetContext
        kinds = report.nodes.map { $0.isTarget ? .target : ($0.isTargetContainer ? .container : ($0.children.isEmpty ? .leaf : .group)) }
        parents = report.nodes.map { $0.parent ?? -1 }
        isManual = Array(repeating: false, count: n)
        topLevelIndices = report.topLevel
        topWeightSum = report.weightSum(of: topLevelIndices)
        let ratePlaces = scheme.ratePlaces
        for i in report.nodes.indices where report.nodes[i].hasFormulas {
            roundedInputs[i] = Self.ratesRounded(report.nodes[i], ratePlaces)
        }
        gradeMinimums = scheme.grades.map(\.minimum)
        gradeNames = scheme.grades.map(\.grade)
        // Most leaves take a family with the scheme's parameters alone: one rule per family serves them all.
        var shared: [String: any ScoringRule] = [:]
        for i in 0..<n { buildRule(i, shared: &shared) }
        rescoreAll()
    }

    /// The grade of the current total.
    public var grade: String {
        let k = gradeIndex
        return k < gradeNames.count ? gradeNames[k] : "?"
    }

    /// The position of the current grade among the scheme's bands (0 = the highest).
    public var gradeIndex: Int {
        let t = total.rounded(places: scheme.scorePlaces)
        for k in gradeMinimums.indices where t >= gradeMinimums[k] { return k }
        return max(0, gradeMinimums.count - 1)
    }

    /// The node with this code.
    public func index(ofCode code: String) -> Int? { codeIndex[code] }

    /// The score of the 一级 indicators, in order.
    public var topLevelScores: [(index: Int, score: ExactDecimal)] { topLevelIndices.map { ($0, scores[$0]) } }

    /// The rule that scores a node as the scheme and report resolve it (nil for a parent).
    public func ruleSpec(for i: Int) -> RuleSpec? {
        let node = report.nodes[i]
        if node.isTarget {
            let family = node.rule?.id ?? scheme.targetRules[node.inputs.direction ?? .atLeast] ?? PositiveGuangzhouRule.id
            return RuleSpec(family, scheme.parameters.merging(node.rule?.parameters ?? RuleParameters()))
        }
        if !node.isLeaf { return nil }
        if node.isTargetContainer { return RuleSpec(TargetsRule.id, scheme.parameters) }
        let (family, assigned, own) = leafRuleParts(i)
        var params = scheme.parameters
        if let a = assigned { params = params.merging(a) }
        if let r = own { params = params.merging(r) }
        return RuleSpec(family, params)
    }

    /// A plain leaf's rule family, and the parameters the scheme's line (when it names that family) and the report
    /// add to the scheme's: the resolution ``ruleSpec(for:)`` documents, in one place.
    func leafRuleParts(_ i: Int) -> (family: String, assigned: RuleParameters?, own: RuleParameters?) {
        let own = report.nodes[i].rule
        let line = scheme.assignments.isEmpty ? nil : scheme.assignment(forCode: report.nodes[i].code, name: report.nodes[i].name)?.rule ?? nil
        let family = own?.id ?? line?.id ?? scheme.leafFamily(for: report.nodes[i].inputs)
        return (family, line.flatMap { $0.id == family ? $0.parameters : nil }, own?.parameters)
    }

    /// The rule object scoring a node, when it could be built.
    public func rule(for i: Int) -> (any ScoringRule)? { rules[i] }

    /// The id of the rule scoring node `i`, read without a copy of the rule.
    public func ruleID(for i: Int) -> String? {
        let k = Int(ruleFamilies[i])
        return k > 0 ? RuleRegistry.ids[k - 1] : rules[i]?.id
    }

    /// The place in ``RuleRegistry/all`` of the family scoring node `i` (nil: no rule, or one outside the registry).
    func rulePosition(for i: Int) -> Int? {
        let k = Int(ruleFamilies[i])
        return k > 0 ? k - 1 : nil
    }

    /// A rule's family as stored in ``ruleFamilies`` (0 for a rule outside the registry).
    static func familyPosition(_ rule: any ScoringRule) -> UInt8 {
        RuleRegistry.positions[ObjectIdentifier(type(of: rule))].map { UInt8($0 + 1) } ?? 0
    }

    /// A target's weight within its indicator: its own, or an equal share of what the explicit weights leave.
    public func share(ofTarget i: Int) -> ExactDecimal? {
        let node = report.nodes[i]
        guard node.isTarget, let p = node.parent else { return nil }
        if let w = node.weight { return w }
        let siblings = report.nodes[p].children
        var explicit = ExactDecimal.zero
        var implicitCount = 0
        for c in siblings {
            if let w = report.nodes[c].weight { explicit = (try? explicit + w) ?? explicit } else { implicitCount += 1 }
        }
        guard implicitCount > 0, let parentWeight = report.nodes[p].weight,
              let rest = try? parentWeight - explicit else { return nil }
        return try? rest.divided(by: ExactDecimal(implicitCount), places: 10)
    }

    /// A target's completion factor (its rule's score on weight 1).
    public func factor(ofTarget i: Int) -> ExactDecimal { factors[i] }

    // MARK: Changes

    /// One node whose computed score moved.
    public struct Change: Sendable, Equatable {
        public var node: Int
        public var old: ExactDecimal
        public var new: ExactDecimal
    }

    /// Applies `body` to node `i` and re-scores only what depends on it; returns the nodes whose score moved, leaf first.
    @discardableResult
    public mutating func modify(_ i: Int, recordChanges: Bool = true, _ body: (inout Indicator) -> Void) -> [Change] {
        let oldRule = report.nodes[i].rule
        let oldDirection = report.nodes[i].inputs.direction
        let oldTopWeight = parents[i] < 0 ? report.nodes[i].weight : nil
        body(&report.nodes[i])
        if parents[i] < 0, report.nodes[i].weight != oldTopWeight { topWeightSum = report.weightSum(of: topLevelIndices) }
        if report.nodes[i].hasFormulas {
            roundedInputs[i] = Self.ratesRounded(report.nodes[i], scheme.ratePlaces)
        } else if !roundedInputs.isEmpty {
            roundedInputs[i] = nil
        }
        if report.nodes[i].rule != oldRule || report.nodes[i].inputs.direction != oldDirection {
            buildRule(i)
        } else {
            lowerKernel(i)
        }
        var changes: [Change] = []
        // Which rule-scored node must be recomputed.
        var leaf: Int?
        switch kinds[i] {
        case .target:
            let p = parents[i]
            if p >= 0 {
                let oldShare = scores[i]
                scoreTarget(i)
                updateTargetShares(of: p)
                if recordChanges && oldShare != scores[i] { changes.append(Change(node: i, old: oldShare, new: scores[i])) }
                leaf = p
            }
        case .leaf, .container:
            leaf = i
        case .group:
            break
        }
        guard let l = leaf else { return changes }
        let old = scores[l]
        scoreLeaf(l)
        let new = scores[l]
        if old == new { return changes }
        if recordChanges { changes.append(Change(node: l, old: old, new: new)) }
        guard let delta = try? new - old else { rescoreAll(); return changes }
        var q = parents[l]
        while q >= 0 {
            let o = scores[q]
            scores[q] = (try? o + delta) ?? o
            if recordChanges { changes.append(Change(node: q, old: o, new: scores[q])) }
            q = parents[q]
        }
        rawTotal = (try? rawTotal + delta) ?? rawTotal
        return changes
    }

    /// Replaces the scheme (a parameter changed, or another scheme was loaded) and re-scores everything.
    public mutating func replaceScheme(_ newScheme: Scheme) {
        self = ScoredReport(report: report, scheme: newScheme)
    }

    /// Replaces the whole report (a structural change) and re-scores everything.
    public mutating func replaceReport(_ newReport: Report) {
        self = ScoredReport(report: newReport, scheme: scheme)
    }

    /// The steps that produce node `i`'s score, in words with exact values.
    public func explain(_ i: Int) -> Trace {
        var trace: Trace? = Trace()
        let node = report.nodes[i]
        if node.isTarget {
            if let r = rules[i] {
                let (a, b) = (node.inputs.targetText ?? node.inputs.target?.text() ?? "?", node.inputs.actualText ?? node.inputs.actual?.text() ?? "?")
                trace?.add("target: \(a), actual: \(b)", zh: "目标：\(a)，实际：\(b)")
                _ = try? r.score(RuleInput(weight: .one, inputs: node.inputs, context: targetContext), trace: &trace)
            }
        } else if node.isTargetContainer {
            for c in node.children {
                trace?.add("· \(report.nodes[c].name): factor \(factors[c].shortText(maxPlaces: 6))", zh: "· \(report.nodes[c].name)：系数 \(factors[c].shortText(maxPlaces: 6))")
            }
            _ = try? combineTargets(i, trace: &trace)
        } else if node.isLeaf, let r = rules[i] {
            _ = try? r.score(RuleInput(weight: node.weight ?? .zero, inputs: effectiveInputs(i), context: leafContext), trace: &trace)
        }
        if !node.isTarget, let p = leafContext.scorePlaces, !report.nodes[i].children.contains(where: { !report.nodes[$0].isTarget }) {
            // The score as parents add it, when the rule or the source gave more places than the scheme keeps.
            let given: ExactDecimal? = {
                switch statuses[i] {
                case .asPublished: return node.published
                case .entered: return node.inputs.entered
                case .computed: return isManual[i] ? (node.inputs.entered ?? node.published) : nil
                default: return nil
                }
            }()
            if let g = given, g.scale > p {
                trace?.add("\(g.shortText(maxPlaces: 10)) has more places than the scheme's \(p): rounded half-up to \(scores[i].formatted(places: p)) before it is added up",
                           zh: "\(g.shortText(maxPlaces: 10)) 的小数位多于方案的 \(p) 位：先四舍五入为 \(scores[i].formatted(places: p)) 再汇总")
            }
        }
        switch statuses[i] {
        case .asPublished(let why):
            trace?.add("\(why.message): the published score \(node.published?.shortText() ?? "?") stands", zh: "\(why.message)：沿用表中得分 \(node.published?.shortText() ?? "?")")
        case .entered(let why):
            trace?.add("\(why.message): the entered score \(node.inputs.entered?.shortText() ?? "?") stands", zh: "\(why.message)：沿用录入得分 \(node.inputs.entered?.shortText() ?? "?")")
        case .failed(let why): trace?.add("cannot score: \(why.message); counted as 0", zh: "无法计分：\(why.message)；按 0 计")
        case .notGiven(let why):
            trace?.add("cannot score: \(why.message); the source gives no score (not given): counted as 0, the total is partial",
                       zh: "无法计分：\(why.message)；原文未给出得分：按 0 计，总分不完整")
        case .clamped(let from):
            let w = node.weight?.shortText() ?? "?"
            trace?.add("\(from.shortText()) lies outside [0, \(w)]: clamped to \(scores[i].shortText())", zh: "\(from.shortText()) 超出 [0, \(w)]：取 \(scores[i].shortText())")
        case .computed: break
        }
        return trace ?? Trace()
    }

    // MARK: Implementation

    mutating func buildRule(_ i: Int) {
        var none: [String: any ScoringRule] = [:]
        buildRule(i, shared: &none)
    }

    /// Builds node `i`'s rule; a rule with the scheme's parameters alone is taken from (or put into) `shared`.
    mutating func buildRule(_ i: Int, shared: inout [String: any ScoringRule]) {
        rules[i] = nil
        ruleFamilies[i] = 0
        ruleErrors[i] = nil
        isManual[i] = false
        lowers[i] = false
        failsAlways[i] = false
        kernels[i] = nil
        if let family = schemeParametersFamily(i) {
            if shared[family] == nil, let rule = try? RuleRegistry.make(RuleSpec(family, scheme.parameters)) { shared[family] = rule }
            if let rule = shared[family] {
                rules[i] = rule
                ruleFamilies[i] = Self.familyPosition(rule)
                isManual[i] = family == ManualRule.id
                lowers[i] = type(of: rule).lowers
                failsAlways[i] = type(of: rule).constantFailure != nil
                lowerKernel(i)
                return
            }
        }
        guard let spec = ruleSpec(for: i) else { return }
        do throws(RuleError) {
            let rule = try RuleRegistry.make(spec)
            rules[i] = rule
            ruleFamilies[i] = Self.familyPosition(rule)
            isManual[i] = spec.id == ManualRule.id
            lowers[i] = type(of: rule).lowers
            failsAlways[i] = type(of: rule).constantFailure != nil
        } catch {
            ruleErrors[i] = error
        }
        lowerKernel(i)
    }

    /// A node's inputs as its rule reads them: a percentage a formula computes is a rate, rounded once (half-up) to the
    /// scheme's rate places as the rules round the rates they compute (在职人员数 / 编制数 = 102.912…% → 102.91%).
    static func ratesRounded(_ node: Indicator, _ places: Int?) -> Inputs {
        var x = node.inputs
        guard let places else { return x }
        if node.formulas["actual"] != nil, let a = x.actual, a.unit == .percent { x.actual = Quantity(a.value.rounded(places: places), .percent) }
        if node.formulas["target"] != nil, let t = x.target, t.unit == .percent { x.target = Quantity(t.value.rounded(places: places), .percent) }
        return x
    }

    /// The family of leaf `i` when its rule takes the scheme's parameters and no others (see ``ruleSpec(for:)``).
    func schemeParametersFamily(_ i: Int) -> String? {
        guard kinds[i] == .leaf else { return nil }
        let (family, assigned, own) = leafRuleParts(i)
        if let a = assigned, !a.values.isEmpty { return nil }
        if let r = own, !r.values.isEmpty { return nil }
        return family
    }

    /// Lowers a leaf's rule on its current inputs to a ``RuleKernel`` (nil: it is scored through the rule).
    mutating func lowerKernel(_ i: Int) {
        guard kinds[i] == .leaf else { kernels[i] = nil; return }
        if isManual[i] {
            let weight = ruleWeight(i)
            kernels[i] = (ruleEntered(i) ?? report.nodes[i].published).map { RuleKernel(.fixed, weight: weight, a: $0) }
        } else if lowers[i] {
            kernels[i] = rules[i]?.kernel(for: ruleInput(i))
        } else {
            kernels[i] = nil
        }
    }

    /// A leaf's score from its kernel, when it has one and the score needs no clamping (nil: ask the rule).
    @inline(__always)
    func kernelScore(_ i: Int, _ context: RuleContext) -> ExactDecimal? {
        guard let k = kernels[i], let s = k.score(context), !s.isNegative, s <= k.weight else { return nil }
        return Self.leafRounded(s, context)
    }

    /// A leaf score as parents add it: rounded half-up to the scheme's places at stage `leaf` (an entered, published or
    /// tiers score with more places is rounded here, so the parts shown add up to the whole shown); exact at `total`.
    @inline(__always)
    static func leafRounded(_ s: ExactDecimal, _ context: RuleContext) -> ExactDecimal {
        guard let p = context.scorePlaces, s.scale > p else { return s }
        return s.rounded(places: p)
    }

    /// Inputs as a rule sees them: a manual rule without an entered score takes the published one.
    func effectiveInputs(_ i: Int) -> Inputs {
        var inputs = report.nodes[i].inputs
        if inputs.entered == nil, isManual[i] {
            inputs.entered = report.nodes[i].published
        }
        return inputs
    }

    /// Re-scores every node from scratch (the incremental path is ``modify(_:recordChanges:_:)``).
    public mutating func rescoreAll() {
        var sum = ExactDecimal.zero
        var sums = [ExactDecimal](repeating: .zero, count: kinds.count)
        let context = leafContext
        for i in stride(from: kinds.count - 1, through: 0, by: -1) {
            switch kinds[i] {
            case .target:
                scoreTarget(i)
                continue   // a target counts through its indicator, not by itself
            case .leaf:
                // The fast path: a lowered rule whose score needs no clamping.
                if let s = kernelScore(i, context) {
                    scores[i] = s
                    if case .computed = statuses[i] {} else { setStatus(i, .computed) }
                } else {
                    let (score, status) = rules.withUnsafeBufferPointer { r in leafResult(i, r) }
                    scores[i] = score
                    setStatus(i, status)
                }
            case .container:
                scoreLeaf(i)
                updateTargetShares(of: i)
            case .group:
                scores[i] = sums[i]
                setStatus(i, .computed)
            }
            let p = parents[i]
            if p >= 0 { sums[p] = (try? sums[p] + scores[i]) ?? sums[p] } else { sum = (try? sum + scores[i]) ?? sum }
        }
        rawTotal = sum
    }

    /// Sets a node's status, keeping ``notGivenCount``.
    @inline(__always)
    mutating func setStatus(_ i: Int, _ status: NodeStatus) {
        if statuses[i].isNotGiven { notGivenCount -= 1 }
        if status.isNotGiven { notGivenCount += 1 }
        if case .failed = statuses[i] { failedCount -= 1 }
        if case .failed = status { failedCount += 1 }
        statuses[i] = status
    }

    /// Scores a target's factor (its rule on weight 1).
    mutating func scoreTarget(_ i: Int) {
        let (f, status) = targetResult(i)
        factors[i] = f
        setStatus(i, status)
    }

    /// A target's factor and status, computed without mutating (so inputs and rules are read in place).
    func targetResult(_ i: Int) -> (ExactDecimal, NodeStatus) {
        guard rules[i] != nil else { return (.zero, .failed(ruleErrors[i] ?? .unknownRule("?", suggestions: []))) }
        var none: Trace? = nil
        do throws(RuleError) {
            let f = try rules[i]!.score(ruleInput(i), trace: &none)
            return (f.isNegative ? .zero : (f > .one ? .one : f), .computed)
        } catch {
            return (.zero, .failed(error))
        }
    }

    /// A target's displayed score: its share × its factor.
    mutating func updateTargetShares(of container: Int) {
        for c in report.nodes[container].children where report.nodes[c].isTarget {
            if let s = share(ofTarget: c), let v = try? s * factors[c] { scores[c] = v.rounded(places: 6) } else { scores[c] = .zero }
        }
    }

    func combineTargets(_ i: Int, trace: inout Trace?) throws(RuleError) -> ExactDecimal {
        let node = report.nodes[i]
        let targets = node.children.filter { report.nodes[$0].isTarget }
        for t in targets {
            if case .failed(let why) = statuses[t] {
                throw .missingInput(rule: TargetsRule.id, input: Message.scorableTarget.text(report.nodes[t].name, why.message))
            }
        }
        return try TargetsRule.combine(weight: node.weight ?? .zero, shares: targets.map { report.nodes[$0].weight },
                                       factors: targets.map { factors[$0] }, context: leafContext, trace: &trace)
    }

    /// Scores a rule-scored node, falling back to its published score when an input is missing.
    mutating func scoreLeaf(_ i: Int) {
        let (score, status) = leafResult(i)
        scores[i] = score
        setStatus(i, status)
    }

    /// A rule-scored node's score and status, computed without mutating (so inputs and rules are read in place).
    func leafResult(_ i: Int) -> (ExactDecimal, NodeStatus) {
        rules.withUnsafeBufferPointer { r in leafResult(i, r) }
    }

    /// What node `i`'s rule reads: its weight (1 for a target), its inputs (with a formula's rate rounded), the context.
    @inline(__always)
    func ruleInput(_ i: Int) -> RuleInput {
        let inputs = roundedInputs.isEmpty ? report.nodes[i].inputs : (roundedInputs[i] ?? report.nodes[i].inputs)
        return kinds[i] == .target ? RuleInput(weight: .one, inputs: inputs, context: targetContext)
                                   : RuleInput(weight: ruleWeight(i), inputs: inputs, context: leafContext)
    }

    /// The weight node `i`'s rule scores against (1 for a target: its factor).
    @inline(__always)
    func ruleWeight(_ i: Int) -> ExactDecimal {
        kinds[i] == .target ? .one : (report.nodes[i].weight ?? .zero)
    }

    /// The score entered for node `i`, as its rule reads it.
    @inline(__always)
    func ruleEntered(_ i: Int) -> ExactDecimal? {
        roundedInputs.isEmpty ? report.nodes[i].inputs.entered : (roundedInputs[i]?.entered ?? report.nodes[i].inputs.entered)
    }

    /// ``leafResult(_:)`` reading the rules through a buffer, so nothing is copied per call.
    func leafResult(_ i: Int, _ rulesBuffer: UnsafeBufferPointer<(any ScoringRule)?>) -> (ExactDecimal, NodeStatus) {
        if let s = kernelScore(i, leafContext) { return (s, .computed) }
        let weight = ruleWeight(i)
        var none: Trace? = nil
        do throws(RuleError) {
            var s: ExactDecimal
            if kinds[i] == .container {
                s = try combineTargets(i, trace: &none)
            } else if isManual[i] {
                // The manual rule without a call: the entered score, else the published one.
                guard let e = ruleEntered(i) ?? report.nodes[i].published else {
                    throw .missingInput(rule: ManualRule.id, input: "entered")
                }
                s = e
            } else {
                guard let rule = rulesBuffer[i] else { throw ruleErrors[i] ?? .unknownRule("?", suggestions: []) }
                if failsAlways[i], let e = type(of: rule).constantFailure { throw e }
                s = try rule.score(ruleInput(i), trace: &none)
            }
            // The most a leaf scores is its weight rounded like any leaf score: a weight of 0.125 scores 0.13 in full
            // (a rule's own rounded 0.13 is not clamped), so the rows shown add up to the parent shown.
            let most = Self.leafRounded(weight, leafContext)
            if s.isNegative || s > most {
                return (s.isNegative ? .zero : most, .clamped(from: s))
            }
            return (Self.leafRounded(s, leafContext), .computed)
        } catch {
            if case .missingInput(_, let input) = error, report.nodes[i].hasFormulas, let formula = report.nodes[i].formulas[input],
               let failure = FormulaInputs.failure(of: input, on: report.nodes[i]) {
                // The input is missing because its formula failed: say that, not that the report lacks it.
                return (.zero, .failed(.formula(input: input, formula: formula, reason: failure.message)))
            }
            if case .missingInput = error, let e = ruleEntered(i) {
                // An entered stand-in is held to [0, weight] like any score.
                return (e.isNegative ? .zero : Self.leafRounded(e > weight ? weight : e, leafContext), .entered(error))
            } else if case .missingInput = error, let p = report.nodes[i].published {
                return (Self.leafRounded(p, leafContext), .asPublished(error))
            } else if case .missingInput = error, report.nodes[i].isScoreNotGiven {
                // The source says it gives no score: a gap, not a failure; the totals above are partial.
                return (.zero, .notGiven(error))
            }
            return (.zero, .failed(error))
        }
    }
}
