/// A Rubric language session: the loaded report and its scenarios, variables, and the statements run so far.
///
/// It takes source text and returns ``Output`` values; it never prints. The shell and the script runner
/// share it, so a statement behaves the same typed at the prompt or saved in a script.
public final class Session: ShellHost {
    /// How a script run ended.
    public struct RunResult: Sendable {
        public var outputs: [Output]
        /// The first error (or failed assert) that stopped the run, if any.
        public var failure: Diagnostic?
        public var assertsPassed: Int
        public var assertsFailed: Int
    }

    public let files: FileAccess
    /// Arguments given after the script name (`args` in scripts).
    public var arguments: [String]
    /// Keep running after an error or failed assert (scripts).
    public var keepGoing = false
    public var workspace: Workspace?
    /// The path the report was loaded from (and `save` writes to).
    public internal(set) var reportPath: String?
    var variables: [String: Value] = [:]
    public private(set) var assertsPassed = 0
    public private(set) var assertsFailed = 0
    public private(set) var wantsToQuit = false
    /// Set while a tutorial is running: the lesson step waiting for an answer.
    var tutorialStep: Int?
    /// The report and scenarios the user had when the tutorial started, put back when it ends (see Tutorial.swift).
    var tutorialSaved: (workspace: Workspace?, reportPath: String?)?

    public init(files: FileAccess, arguments: [String] = []) {
        self.files = files
        self.arguments = arguments
        variables["args"] = .list(arguments.map { .string($0) })
    }

    /// Loads a report (native YAML or a 自评表 table) as the new baseline; returns its warnings.
    @discardableResult
    public func load(_ path: String) throws(Diagnostic) -> [Diagnostic] {
        let (report, warnings) = try ReportFiles.load(path, files: files)
        let scored = try ReportFiles.score(report, path: path, files: files)
        var w = Workspace(scored)
        w.schemeFile = BuiltinSchemes.named(report.scheme) == nil ? FilePath.resolve(report.scheme, relativeTo: path) : nil
        workspace = w
        reportPath = path
        return warnings
    }

    /// The current scenario's scored report, or an error telling the user to load one.
    func scored(_ span: SourceSpan? = nil, _ file: SourceFile? = nil) throws(Diagnostic) -> ScoredReport {
        guard let w = workspace else {
            throw Diagnostic(phase: .evaluate, "no report is loaded", file: file, span: span,
                             hint: "load one: load \"examples/reports/seed003-zengcheng-2022.yaml\"")
        }
        return w.scored
    }

    // MARK: Running

    /// Runs a script: every statement in order, stopping at the first error unless ``keepGoing`` is set.
    public func runScript(_ file: SourceFile) -> RunResult {
        var outputs: [Output] = []
        var failure: Diagnostic?
        let program: Program
        do { program = try Parser.parse(file) } catch {
            return RunResult(outputs: [.diagnostic(error)], failure: error, assertsPassed: 0, assertsFailed: 0)
        }
        for statement in program.statements {
            if wantsToQuit { break }
            do {
                try execute(statement, file: file, into: &outputs)
            } catch {
                outputs.append(.diagnostic(error))
                if failure == nil { failure = error }
                if !keepGoing { break }
            }
        }
        return RunResult(outputs: outputs, failure: failure, assertsPassed: assertsPassed, assertsFailed: assertsFailed)
    }

    /// Runs one shell input; an error ends the input, never the session.
    public func run(_ input: SourceFile) -> [Output] {
        if let step = tutorialStep, let answer = tutorialAnswer(input, step: step) { return answer }
        let saved = keepGoing
        keepGoing = false
        defer { keepGoing = saved }
        return runScript(input).outputs
    }

    public func isIncomplete(_ text: String) -> Bool { Parser.isIncomplete(text) }

    public var promptInfo: PromptInfo {
        guard let w = workspace else { return PromptInfo() }
        let name = reportPath.map { p in String(p.split(separator: "/").last ?? Substring(p)) } ?? "report"
        let short = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name
        return PromptInfo(report: short, scenario: w.current == Workspace.baselineName ? nil : w.current, unsaved: w.unsavedEdits > 0)
    }

    public func banner() -> [Output] {
        // Each line fits an 80-column terminal.
        var lines = "Rubric — what-if analysis of budget performance scores.\n`help` for help · `tutorial` to learn the rules · Ctrl-D to leave"
        if let w = workspace {
            let s = w.scored
            lines = "\(s.report.title)\n总分 \(ScoreTable.totalText(s)) · 等级 \(ScoreTable.gradeText(s)) · scheme \(s.scheme.id) · \(s.report.leaves.count) indicators\n" + lines
        } else {
            lines = "No report loaded: `load \"FILE\"` opens one (examples/reports/ has the seeds).\n" + lines
        }
        return [.text(lines)]
    }

    // MARK: Statements

    func execute(_ st: Statement, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        switch st.kind {
        case .expression(let e):
            out.append(.text(try display(try evaluator(file).evaluate(e))))
        case .binding(let name, let value):
            variables[name.text] = try evaluator(file).evaluate(value)
        case .assignment(let target, let op, let value):
            out.append(contentsOf: try assign(target, op, value, file: file, whole: st.span))
        case .print(let exprs):
            var parts: [String] = []
            for e in exprs { parts.append(try display(try evaluator(file).evaluate(e))) }
            out.append(.text(parts.joined(separator: " ")))
        case .assert(let e, let message):
            try runAssert(e, message: message?.text, file: file, into: &out)
        case .show(let e):
            out.append(.table(try show(e, file: file)))
        case .leaves(let condition):
            out.append(.table(try leaves(where: condition, file: file)))
        case .listTargets(let of):
            out.append(.table(try targets(of: of, file: file)))
        case .check:
            let s = try scored(st.span, file)
            let findings = Audit.run(s)
            out.append(findings.isEmpty ? .text("no findings") : .table(ScoreTable.findings(s, findings)))
        case .load(let f):
            let path = resolvePath(f.text, file: file)
            let warnings: [Diagnostic]
            do { warnings = try load(path) } catch {
                // A missing or unreadable file is reported at the file name in the statement.
                var e = error
                if e.file == nil { e.file = file; e.span = f.span }
                throw e
            }
            out.append(contentsOf: warnings.map { .diagnostic($0) })
            out.append(contentsOf: banner().prefix(1).map { o in
                if case .text(let t) = o { return .text(t.split(separator: "\n").prefix(2).joined(separator: "\n")) }
                return o
            })
        case .useScheme(let f):
            try useScheme(f, file: file, into: &out)
        case .save(let f, let force):
            do { try save(f, force: force, file: file, into: &out) } catch {
                var e = error
                if e.span == nil { e.file = file; e.span = st.span }
                throw e
            }
        case .export(let format, let f):
            try export(format, f, file: file, into: &out)
        case .help(let topic):
            do { out.append(.document(try help(topic?.text, file: file))) } catch {
                var e = error
                if e.span == nil { e.span = topic?.span ?? st.span }
                throw e
            }
        case .quit:
            wantsToQuit = true
        case .tutorial:
            out.append(contentsOf: try startTutorial(file: file))
        case .scenario, .scenarios, .use, .drop, .changes, .reset, .undo, .redo:
            try runScenarioStatement(st, file: file, into: &out)
        case .compare, .diff, .saveScenario, .seek, .sweep, .impact, .explain:
            try runAnalysisStatement(st, file: file, into: &out)
        }
    }

    func evaluator(_ file: SourceFile?, leaf: Int? = nil) throws(Diagnostic) -> Evaluator {
        guard let w = workspace else {
            return Evaluator(scored: ScoredReport(report: Report(title: "", scheme: ""), scheme: BuiltinSchemes.guangzhou),
                             variables: variables, file: file, leafScope: nil, scenarioLookup: nil)
        }
        return Evaluator(scored: w.scored, variables: variables, file: file, leafScope: leaf,
                         scenarioLookup: { [w] name in w.scenarios[name]?.scored })
    }

    /// A relative path in a script is taken relative to the script's directory; in the shell, to the working directory.
    /// The report to write to `target`, naming its scheme as that file will find it.
    func reportForFile(_ report: Report, at target: String) -> Report {
        guard let schemeFile = workspace?.schemeFile else { return report }
        var r = report
        r.scheme = FilePath.relative(schemeFile, fromFileAt: target)
        return r
    }

    func resolvePath(_ path: String, file: SourceFile) -> String {
        if path.hasPrefix("/") || file.name.hasPrefix("<") { return path }
        let resolved = FilePath.resolve(path, relativeTo: file.name)
        if files.exists(resolved) || !files.exists(path) { return resolved }
        return path
    }

    func runAssert(_ e: Expr, message: String?, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        let ev = try evaluator(file)
        let v = try ev.evaluate(e)
        guard case .bool(let ok) = v else {
            throw Diagnostic(phase: .evaluate, "assert needs a true/false condition, found \(v.typeName)", file: file, span: e.span)
        }
        if ok { assertsPassed += 1; return }
        assertsFailed += 1
        var detail = "'\(file.slice(e.span))' is false"
        if case .binary(let op, let l, let r) = e.kind, op.isComparison,
           let lv = try? ev.evaluate(l), let rv = try? ev.evaluate(r) {
            detail += ": \(file.slice(l.span)) is \(try display(lv)), expected \(op.rawValue) \(try display(rv))"
        }
        throw Diagnostic(phase: .assertion, "assertion failed" + (message.map { ": \($0)" } ?? ""), file: file, span: e.span, hint: detail)
    }

    /// A value as the shell shows it.
    func display(_ v: Value) throws(Diagnostic) -> String {
        switch v {
        case .number(let q):
            // Plain numbers keep the digits they carry (46.90 stays 46.90); long quotients are shortened.
            if q.unit == .none && q.value.scale <= 6 { return q.value.formatted(grouping: true) }
            return q.text()
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .none: return "none"
        case .list(let items):
            var parts: [String] = []
            for item in items { parts.append(try display(item)) }
            return "[" + parts.joined(separator: ", ") + "]"
        case .indicator(let i):
            let s = try scored()
            let n = s.report.nodes[i]
            let places = s.scheme.scorePlaces
            var text = "#\(n.code) \(n.name)  \(n.isTarget ? s.scores[i].shortText(maxPlaces: 4) : s.scores[i].formatted(places: places))"
            if let w = n.weight { text += " / \(w.shortText())" }
            if let r = s.ruleSpec(for: i) { text += "  (\(r.id))" }
            return text
        case .report:
            let s = try scored()
            return "\(s.report.title): 总分 \(ScoreTable.totalText(s)), 等级 \(ScoreTable.gradeText(s))"
        case .scheme:
            let s = try scored()
            return "\(s.scheme.id): \(s.scheme.name)"
        case .scenario(let name):
            guard let sc = workspace?.scenarios[name] else { return name }
            return "scenario \(name): 总分 \(ScoreTable.totalText(sc.scored)), 等级 \(ScoreTable.gradeText(sc.scored))"
        }
    }
}
