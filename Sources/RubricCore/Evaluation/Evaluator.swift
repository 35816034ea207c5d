/// Evaluates expressions against a scored report: arithmetic with units, comparisons, functions, references, properties.
struct Evaluator {
    let scored: ScoredReport
    let variables: [String: Value]
    let file: SourceFile?
    /// Inside `leaves where …`: bare property names refer to this node.
    var leafScope: Int?
    /// Other scenarios' scored states, for `NAME.total`.
    var scenarioLookup: ((String) -> ScoredReport?)?

    /// Property names an indicator answers to.
    static let indicatorProperties = ["score", "weight", "published", "target", "actual", "budget", "spent", "rate", "completion", "earned", "rule",
                                      "entered", "level", "cases", "direction", "name", "code", "path", "factor", "share",
                                      "status", "gap", "explanation", "shortfall", "improvement", "grade"]
    static let reportProperties = ["total", "grade", "title", "department", "year", "published", "scheme"]
    static let functions = ["round", "min", "max", "sum", "abs", "rate", "count"]
    /// Chinese names of the functions: 四舍五入(总分, 1) is round(total, 1).
    static let functionAliases = ["四舍五入": "round", "取整": "round", "最小": "min", "最小值": "min", "最大": "max", "最大值": "max",
                                  "求和": "sum", "合计": "sum", "绝对值": "abs", "比率": "rate", "计数": "count"]

    func evaluate(_ e: Expr, depth: Int = 0) throws(Diagnostic) -> Value {
        // The same limit as the parser's: what parses, evaluates.
        if depth > LanguageMessage.maxDepth { throw fail(.nestedTooDeeplyEval, span: e.span, hint: Message.nestingLimit.text(String(LanguageMessage.maxDepth))) }
        switch e.kind {
        case .number(let q): return .number(q)
        case .string(let s): return .string(s)
        case .bool(let b): return .bool(b)
        case .list(let items):
            var out: [Value] = []
            for item in items { out.append(try evaluate(item, depth: depth + 1)) }
            return .list(out)
        case .name(let n): return try name(n, e.span)
        case .path(let parts): return .indicator(try resolver.resolve(path: parts, span: e.span, file: file))
        case .code(let c): return .indicator(try resolver.resolve(code: c, span: e.span, file: file))
        case .property(let base, let prop):
            let b: Value
            if case .string(let s) = base.kind {
                b = .indicator(try resolver.resolve(name: s, span: base.span, file: file))
            } else {
                b = try evaluate(base, depth: depth + 1)
            }
            if case .indicator(let i) = b { return try property(of: b, prop.resolved(on: scored.report.nodes[i]).text, prop.span, whole: e.span) }
            return try property(of: b, prop.text, prop.span, whole: e.span)
        case .call(let f, let args):
            var values: [Value] = []
            for a in args { values.append(try evaluate(a, depth: depth + 1)) }
            return try call(f, values, args, e.span)
        case .unary(let op, let x):
            let v = try evaluate(x, depth: depth + 1)
            switch op {
            case .not: return .bool(!(try truth(v, x.span)))
            case .negate:
                let q = try number(v, x.span)
                return .number(Quantity(try exact(e.span) { () throws(DecimalError) in try q.value.negated() }, q.unit))
            }
        case .binary(let op, let l, let r):
            // `数据质量-资产卡片` unquoted is a subtraction of two parts of one name (1.80 − 1.80 = 0): when the text
            // as written names an indicator, say so rather than print a figure nobody asked for.
            if op == .subtract, let file, let dashed = Parser.dashedName(e, in: file), scored.nameIndex[dashed.name].count == 1 {
                throw Diagnostic(phase: .evaluate, .dashedNameUnquoted, dashed.name, file: file, span: e.span,
                                 hint: .quoteNameWithDash, dashed.name, dashed.field ?? Keywords.shown("score"))
            }
            if op == .and {
                if !(try truth(try evaluate(l, depth: depth + 1), l.span)) { return .bool(false) }
                return .bool(try truth(try evaluate(r, depth: depth + 1), r.span))
            }
            if op == .or {
                if try truth(try evaluate(l, depth: depth + 1), l.span) { return .bool(true) }
                return .bool(try truth(try evaluate(r, depth: depth + 1), r.span))
            }
            // A flat chain (1 + 1 + … + 1) is a left-deep tree: its left spine is walked in a loop, not by recursion,
            // so a long chain is not "nesting".
            var spine: [(op: BinaryOperator, left: Expr, right: Expr, span: SourceSpan)] = [(op, l, r, e.span)]
            var base = l
            while case .binary(let o, let ll, let rr) = base.kind, o != .and, o != .or {
                spine.append((o, ll, rr, base.span))
                base = ll
            }
            var acc = try evaluate(base, depth: depth + 1)
            for step in spine.reversed() {
                var a = acc, b = try evaluate(step.right, depth: depth + 1)
                if step.op == .equal || step.op == .notEqual {
                    // A grade compared with a name: the name must be one of the scheme's grades (or an alias of one).
                    if Self.isGrade(step.left), case .string(let t) = b { b = .string(try gradeName(t, step.right.span)) }
                    if Self.isGrade(step.right), case .string(let t) = a { a = .string(try gradeName(t, step.left.span)) }
                }
                acc = step.op.isComparison ? .bool(try compare(step.op, a, b, step.left.span, step.right.span, step.span))
                                           : try arithmetic(step.op, a, b, step.left.span, step.right.span, step.span)
            }
            return acc
        }
    }

    // MARK: Implementation

    /// True for an expression that reads a grade: `grade`, `X.grade`, `report.grade`, `乐观.grade`.
    static func isGrade(_ e: Expr) -> Bool {
        switch e.kind {
        case .name(let n): return n == "grade"
        case .property(_, let p): return p.text == "grade"
        default: return false
        }
    }

    /// The scheme's name for a grade written in a comparison (`优秀` → `优` when the scheme lists it as an alias).
    func gradeName(_ text: String, _ span: SourceSpan) throws(Diagnostic) -> String {
        if let g = scored.scheme.canonicalGrade(text) { return g }
        let names = scored.scheme.grades.map(\.grade)
        // Only a grade that shares a character with what was typed is suggested (优等 → 优; not 甲 → 中).
        let near = NearNames.suggest(text, among: names.filter { g in g.contains { text.contains($0) } }, limit: 1)
        throw fail(.noGradeInScheme, scored.scheme.id, text, span: span,
                   hint: Message.itsGrades.text(names.joined(separator: ", ")) + (near.first.map { Message.didYouMeanAfter.text(Message.quoted([$0])) } ?? ""))
    }

    var resolver: Resolver { Resolver(report: scored.report, codeIndex: scored.codeIndex, nameIndex: scored.nameIndex) }

    func fail(_ message: String, _ span: SourceSpan, hint: String? = nil) -> Diagnostic {
        Diagnostic(phase: .evaluate, message, file: file, span: span, hint: hint)
    }

    /// A catalogue message at `span` (its id kept), with an optional hint already in the interface language.
    func fail(_ message: Message, _ args: String..., span: SourceSpan, hint: String? = nil) -> Diagnostic {
        var d = Diagnostic(phase: .evaluate, message.text(args), file: file, span: span, hint: hint)
        d.id = message.id
        return d
    }

    func exact<T>(_ span: SourceSpan, _ body: () throws(DecimalError) -> T) throws(Diagnostic) -> T {
        do { return try body() } catch { throw fail(error.message, span) }
    }

    func name(_ n: String, _ span: SourceSpan) throws(Diagnostic) -> Value {
        if let v = variables[n] { return v }
        if let leaf = leafScope {
            // In `leaves where …` a bare property names the leaf's own: `score < weight`, `得分 < 分值`.
            let p = Keywords.propertyAliases[n] ?? n
            if Self.indicatorProperties.contains(p), !(p == "total" || p == "grade") || Keywords.propertyAliases[n] == nil {
                return try property(of: .indicator(leaf), p, span, whole: span)
            }
        }
        if scored.report.nodes.isEmpty, ["total", "grade", "report", "scheme", Workspace.baselineName].contains(n) {
            // Without a report these would read as 0 and 差; say what is missing instead.
            throw fail(.noReportLoaded, span: span, hint: Message.loadOneHint.text())
        }
        switch n {
        case "total": return .decimal(scored.total.padded(places: scored.scheme.scorePlaces))
        case "grade": return Self.grade(of: scored)
        case "report": return .report
        case "scheme": return .scheme
        case "none": return .none   // `scheme.overshoot = none`, `X.entered = none`
        case Workspace.baselineName: return .scenario(n)
        default: break
        }
        if let lookup = scenarioLookup, lookup(n) != nil, !scored.report.nodes.contains(where: { $0.name.contains(n) }) {
            return .scenario(n)
        }
        return .indicator(try resolver.resolve(name: n, span: span, file: file, extraNames: Array(variables.keys)))
    }

    func property(of base: Value, _ p: String, _ span: SourceSpan, whole: SourceSpan) throws(Diagnostic) -> Value {
        switch base {
        case .indicator(let i): return try indicatorProperty(i, p, span)
        case .report:
            switch p {
            case "total": return .decimal(scored.total.padded(places: scored.scheme.scorePlaces))
            case "grade": return Self.grade(of: scored)
            case "title": return .string(scored.report.title)
            case "department": return scored.report.department.map(Value.string) ?? .none
            case "year": return scored.report.year.map { .string(String($0)) } ?? .none
            case "published": return scored.report.publishedTotal.map(Value.decimal) ?? .none
            case "scheme": return .string(scored.scheme.id)
            default: throw unknownProperty(p, Self.reportProperties, .typeReport, span)
            }
        case .scheme:
            let s = scored.scheme
            switch p {
            case "places": return .decimal(ExactDecimal(s.scorePlaces))
            case "rates": return s.ratePlaces.map { .decimal(ExactDecimal($0)) } ?? .string("none")
            case "stage": return .string(s.rounding.rawValue)
            case let g where s.grades.contains(where: { $0.grade == g }): return .decimal(s.grades.first { $0.grade == g }!.minimum)
            case "name": return .string(s.name)
            case "id": return .string(s.id)
            default:
                if let v = s.parameters[p] {
                    switch v {
                    case .number(let n): return .decimal(n)
                    case .none: return .string("none")
                    default: return .string(v.description)
                    }
                }
                throw unknownProperty(p, ["places", "rates", "stage", "name", "id"] + s.grades.map(\.grade) + s.parameters.names, .typeScheme, span)
            }
        case .scenario(let name):
            guard let other = scenarioLookup?(name) else { throw fail(.noScenarioNamed, name, span: span) }
            switch p {
            case "total": return .decimal(other.total.padded(places: other.scheme.scorePlaces))
            case "grade": return Self.grade(of: other)
            default: throw unknownProperty(p, ["total", "grade"], .typeScenario, span)
            }
        default:
            throw fail(.noPropertyOf, base.typeName, p, span: whole)
        }
    }

    /// The grade as a value: none when the total is partial (an indicator the source does not give counts 0, so no band applies).
    static func grade(of s: ScoredReport) -> Value { s.isUngraded ? .none : .string(s.grade) }

    func unknownProperty(_ p: String, _ known: [String], _ what: Message, _ span: SourceSpan) -> Diagnostic {
        let near = NearNames.suggest(p, among: known, limit: 1)
        return fail(.noPropertyOf, what.text(), p, span: span,
                    hint: Message.suggestion(near) ?? Message.propertiesList.text(known.joined(separator: ", ")))
    }

    func indicatorProperty(_ i: Int, _ p: String, _ span: SourceSpan) throws(Diagnostic) -> Value {
        let n = scored.report.nodes[i]
        let x = n.inputs
        switch p {
        case "score": return .decimal(n.isTarget ? scored.scores[i] : scored.scores[i].padded(places: scored.scheme.scorePlaces))
        case "weight": return (n.weight ?? scored.share(ofTarget: i)).map(Value.decimal) ?? .none
        case "published": return n.published.map(Value.decimal) ?? .none
        case "target": return x.target.map(Value.number) ?? .none
        case "actual": return x.actual.map(Value.number) ?? .none
        case "budget": return x.budget.map { .number(Quantity($0, .money)) } ?? .none
        case "spent": return x.spent.map { .number(Quantity($0, .money)) } ?? .none
        case "entered": return x.entered.map(Value.decimal) ?? .none
        case "cases": return x.cases.map(Value.decimal) ?? .none
        case "level": return x.level.map { .string($0.rawValue) } ?? .none
        case "direction": return x.direction.map { .string($0.fileName) } ?? .none
        case "rule": return scored.ruleSpec(for: i).map { .string($0.id) } ?? .string("sum of children")
        case "name": return .string(n.name)
        case "code": return .string(n.code)
        case "path": return .string(scored.report.path(of: i))
        case "factor": return n.isTarget ? .number(Quantity(scored.factor(ofTarget: i), .percent)) : .none
        case "share": return scored.share(ofTarget: i).map(Value.decimal) ?? .none
        case "status": return .string(scored.statuses[i].id)
        case "gap":
            guard let w = n.weight else { return .none }
            return .decimal(try exact(span) { () throws(DecimalError) in try w - scored.scores[i] })
        case "explanation": return n.explanation.map(Value.string) ?? .none
        case "shortfall": return n.shortfall.map(Value.string) ?? .none
        case "improvement": return n.improvement.map(Value.string) ?? .none
        case "grade": return Self.grade(of: scored)
        case "rate", "completion":
            // rate: the indicator's own rate — 执行率 (spent ÷ budget) or 完成率 (actual ÷ target); completion: actual ÷ target.
            if p == "rate", let b = x.budget, let s = x.spent {
                guard !b.isZero else { throw fail(.budgetIsZero, n.name, span: span) }
                return .number(Quantity(try exact(span) { () throws(DecimalError) in try s.divided(by: b, places: 10) }, .percent))
            }
            if let a = x.target?.value, let b = x.actual?.value {
                guard !a.isZero else { throw fail(.targetIsZero, n.name, span: span) }
                return .number(Quantity(try exact(span) { () throws(DecimalError) in try b.divided(by: a, places: 10) }, .percent))
            }
            let earned = n.weight.flatMap { w in w.isZero ? nil : try? scored.scores[i].divided(by: w, places: 4) }
            throw fail(p == "rate" ? .noRate : .noCompletion, n.name, span: span,
                       hint: Message.setThemFirst.text(n.name) + (earned.map { Message.earnedIs.text(Quantity($0, .percent).text()) } ?? ""))
        case "earned":
            // 得分率: the share of the weight the score earns.
            guard let w = n.weight ?? scored.share(ofTarget: i), !w.isZero else { return .none }
            return .number(Quantity(try exact(span) { () throws(DecimalError) in try scored.scores[i].divided(by: w, places: 10) }, .percent))
        default:
            if let q = n.figures[p] { return .number(q) }
            throw unknownProperty(p, Self.indicatorProperties + n.figures.keys.sorted(), .typeIndicator, span)
        }
    }

    func number(_ v: Value, _ span: SourceSpan) throws(Diagnostic) -> Quantity {
        switch v {
        case .number(let q): return q
        case .indicator(let i): return Quantity(scored.scores[i])
        case .none: throw fail(.valueNotGiven, span: span, hint: Message.reportDoesNotStateIt.text())
        default: throw fail(.expectedNumberFound, v.typeName, span: span)
        }
    }

    func truth(_ v: Value, _ span: SourceSpan) throws(Diagnostic) -> Bool {
        if case .bool(let b) = v { return b }
        throw fail(.expectedBoolFound, v.typeName, span: span)
    }

    func arithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value, _ ls: SourceSpan, _ rs: SourceSpan, _ span: SourceSpan) throws(Diagnostic) -> Value {
        if op == .add, case .string(let x) = a, case .string(let y) = b { return .string(x + y) }
        let x = try number(a, ls), y = try number(b, rs)
        let unit: QuantityUnit?
        switch op {
        case .add, .subtract: unit = UnitArithmetic.additive(x.unit, y.unit)
        case .multiply: unit = UnitArithmetic.multiplicative(x.unit, y.unit)
        default: unit = UnitArithmetic.divisive(x.unit, y.unit)
        }
        guard let u = unit else {
            throw fail(op == .add ? .cannotAdd : op == .subtract ? .cannotSubtract : op == .multiply ? .cannotMultiply : .cannotDivide, x.text(), y.text(),
                       span: span, hint: Message.unitsMustAgreeHow.text())
        }
        let value: ExactDecimal = try exact(span) { () throws(DecimalError) in
            switch op {
            case .add: return try x.value + y.value
            case .subtract: return try x.value - y.value
            case .multiply: return try x.value * y.value
            default: return try x.value.divided(by: y.value, places: 10)
            }
        }
        return .number(Quantity(value, u))
    }

    func compare(_ op: BinaryOperator, _ a: Value, _ b: Value, _ ls: SourceSpan, _ rs: SourceSpan, _ span: SourceSpan) throws(Diagnostic) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)):
            if op == .equal { return x == y }
            if op == .notEqual { return x != y }
            // Grades compare by band: 优 > 良 > 中 > 差.
            let bands = scored.scheme.grades.map(\.grade)
            guard let ix = bands.firstIndex(of: x), let iy = bands.firstIndex(of: y) else {
                throw fail(.textComparison, span: span)
            }
            return order(op, ExactDecimal(-ix), ExactDecimal(-iy))
        case (.bool(let x), .bool(let y)):
            if op == .equal { return x == y }
            if op == .notEqual { return x != y }
            throw fail(.boolComparison, span: span)
        case (.none, .none): return op == .equal
        case (.none, _), (_, .none):
            if op == .equal { return false }
            if op == .notEqual { return true }
            throw fail(.cannotCompareNone, span: span)
        default:
            let x = try number(a, ls), y = try number(b, rs)
            guard UnitArithmetic.comparable(x.unit, y.unit) else {
                throw fail(.cannotCompare, x.text(), y.text(), span: span, hint: Message.unitsMustAgree.text())
            }
            return order(op, x.value, y.value)
        }
    }

    func order(_ op: BinaryOperator, _ x: ExactDecimal, _ y: ExactDecimal) -> Bool {
        switch op {
        case .equal: return x == y
        case .notEqual: return x != y
        case .less: return x < y
        case .lessOrEqual: return x <= y
        case .greater: return x > y
        default: return x >= y
        }
    }

    func call(_ f: Identifier, _ values: [Value], _ args: [Expr], _ span: SourceSpan) throws(Diagnostic) -> Value {
        func arg(_ k: Int) throws(Diagnostic) -> Quantity { try number(values[k], args[k].span) }
        func flat() -> [(Value, SourceSpan)] {
            var out: [(Value, SourceSpan)] = []
            for (v, a) in zip(values, args) {
                if case .list(let items) = v { out += items.map { ($0, a.span) } } else { out.append((v, a.span)) }
            }
            return out
        }
        switch Self.functionAliases[f.text] ?? f.text {
        case "round":
            guard values.count == 1 || values.count == 2 else { throw fail(.roundArguments, span: span) }
            let x = try arg(0)
            let places = values.count == 2 ? (try arg(1)).value.intValue : 0
            guard let p = places, p >= 0, p <= 18 else { throw fail(.placesRangeRound, span: args[values.count - 1].span) }
            return .number(Quantity(x.value.rounded(places: x.unit == .percent ? p + 2 : p), x.unit))
        case "abs":
            guard values.count == 1 else { throw fail(.absArguments, span: span) }
            let x = try arg(0)
            return .number(Quantity(x.value.magnitude, x.unit))
        case "min", "max", "sum":
            let items = flat()
            guard !items.isEmpty else { throw fail(.needsAtLeastOneNumber, f.text, span: span) }
            var acc = try number(items[0].0, items[0].1)
            for (v, s) in items.dropFirst() {
                let q = try number(v, s)
                guard let u = UnitArithmetic.additive(acc.unit, q.unit) else { throw fail(.cannotApply, f.text, acc.text(), q.text(), span: s) }
                switch f.text {
                case "min": acc = q.value < acc.value ? Quantity(q.value, u) : Quantity(acc.value, u)
                case "max": acc = q.value > acc.value ? Quantity(q.value, u) : Quantity(acc.value, u)
                default: acc = Quantity(try exact(s) { () throws(DecimalError) in try acc.value + q.value }, u)
                }
            }
            return .number(acc)
        case "count":
            return .decimal(ExactDecimal(flat().count))
        case "rate":
            guard values.count == 2 else { throw fail(.rateArguments, span: span) }
            let a = try arg(0), b = try arg(1)
            guard !b.value.isZero else { throw fail(.rateDivisionByZero, span: args[1].span) }
            let r = try exact(span) { () throws(DecimalError) in try a.value.divided(by: b.value, places: 10) }
            return .number(Quantity(scored.scheme.ratePlaces.map { r.rounded(places: $0) } ?? r, .percent))
        default:
            let near = NearNames.suggest(f.text, among: Self.functions + Self.functionAliases.keys.sorted(), limit: 1)
            throw fail(.unknownFunction, f.text, span: f.span,
                       hint: Message.suggestion(near) ?? Message.functionsList.text(Self.functions.joined(separator: ", "), Self.functionAliases.keys.sorted().joined(separator: " ")))
        }
    }
}
