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
    public internal(set) var wantsToQuit = false
    /// Set by the interactive shell: a statement that would lose unsaved work (`quit`, `load`, `drop`) asks first,
    /// and goes ahead when it is repeated at once. Scripts are not asked: they run to the end.
    public var asksBeforeLosingWork = false
    /// The statement that asked, waiting to be repeated (`quit`, `load PATH`, `drop NAME`).
    var pendingConfirmation: String?
    /// The statement the user repeated in this input, so it goes ahead.
    var confirmed: String?
    /// Set while a tutorial is running: the lesson step waiting for an answer.
    var tutorialStep: Int?
    /// The report and scenarios the user had when the tutorial started, put back when it ends (see Tutorial.swift).
    var tutorialSaved: (workspace: Workspace?, reportPath: String?)?

    /// True while rehearsing a script (see ScriptCheck.swift): sweeps, seeks and impact only resolve their arguments.
    var checkingOnly = false
    /// Reports already parsed, by path, with the text they came from (a rehearsal's loads are not parsed twice).
    var loadCache: [String: (text: String, report: Report, warnings: [Diagnostic])] = [:]

    /// Asked by long computations whether to stop; the shell wires it to Ctrl-C.
    public var cancellation: Cancellation = .never

    public init(files: FileAccess, arguments: [String] = []) {
        self.files = files
        self.arguments = arguments
        variables["args"] = .list(arguments.map { .string($0) })
    }

    /// Loads a report (native YAML or a 自评表 table) as the new baseline; returns its warnings.
    @discardableResult
    public func load(_ path: String) throws(Diagnostic) -> [Diagnostic] {
        let report: Report, warnings: [Diagnostic]
        let lower = path.lowercased()
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") {
            (report, warnings) = try ReportFiles.load(path, files: files)
            return try finishLoad(report, warnings, path: path)
        }
        let text: String
        do { text = try files.read(path) } catch { throw error.diagnostic }
        if let c = loadCache[path], c.text == text {
            (report, warnings) = (c.report, c.warnings)
        } else {
            (report, warnings) = try ReportFiles.load(path, text: text)
            loadCache = [path: (text, report, warnings)]
        }
        return try finishLoad(report, warnings, path: path)
    }

    /// Scores a loaded report and makes it the session's baseline.
    func finishLoad(_ report: Report, _ warnings: [Diagnostic], path: String) throws(Diagnostic) -> [Diagnostic] {
        let scored = try ReportFiles.score(report, path: path, files: files)
        workspace = Workspace(scored, schemeFile: BuiltinSchemes.named(report.scheme) == nil ? FilePath.resolve(report.scheme, relativeTo: path) : nil)
        reportPath = path
        loads += 1
        forgetIndicatorBindings()
        return warnings + Audit.weightWarnings(scored, file: path)
    }

    /// How many reports this session has loaded (a session script that loads none ran on the user's report).
    var loads = 0

    /// Drops `let` bindings that hold indicators: they name nodes of a report no longer loaded.
    func forgetIndicatorBindings() {
        func holdsIndicator(_ v: Value) -> Bool {
            switch v {
            case .indicator: return true
            case .list(let items): return items.contains(where: holdsIndicator)
            default: return false
            }
        }
        variables = variables.filter { !holdsIndicator($0.value) }
    }

    /// `load "session.rubric"`: runs a saved session script (checked first), leaving its scenarios in this session.
    func restoreSession(_ f: CommandArgument, path: String, file: SourceFile) throws(Diagnostic) -> [Output] {
        let text: String
        do { text = try files.read(path) } catch { throw error.diagnostic(file: file, span: f.span) }
        let asks = asksBeforeLosingWork
        asksBeforeLosingWork = false
        defer { asksBeforeLosingWork = asks }
        let before = loads
        let result = runScript(SourceFile(name: path, text: text), checked: true)
        if let failure = result.failure { throw failure }
        guard var w = workspace else { throw Diagnostic(phase: .evaluate, .loadsNoReport, path, file: file, span: f.span) }
        guard loads != before else {
            // A script that loads no report ran on the user's own report: its changes are changes like any other.
            return [.text(Message.ranOnLoadedReport.text(path, String(w.order.count), w.current, ScoreTable.totalText(w.scored), ScoreTable.gradeText(w.scored)))]
        }
        w.markSaved(nil, schemeRecorded: true)
        w.clearHistory()
        workspace = w
        return [.text(Message.sessionRestored.text(path, String(w.order.count), w.order.joined(separator: ", "), w.current,
                                                   ScoreTable.totalText(w.scored), ScoreTable.gradeText(w.scored)))]
    }

    /// The current scenario's scored report, or an error telling the user to load one.
    func scored(_ span: SourceSpan? = nil, _ file: SourceFile? = nil) throws(Diagnostic) -> ScoredReport {
        guard let w = workspace else {
            throw Diagnostic(phase: .evaluate, .noReportLoaded, file: file, span: span, hint: .loadOneHint)
        }
        return w.scored
    }

    // MARK: Running

    /// Runs a script: every statement in order, stopping at the first error unless ``keepGoing`` is set.
    ///
    /// With `checked`, the script is rehearsed first (ScriptCheck.swift): if any statement cannot be resolved,
    /// nothing runs and nothing is written, and the errors are the result.
    public func runScript(_ file: SourceFile, checked: Bool = false) -> RunResult {
        var outputs: [Output] = []
        var failure: Diagnostic?
        let program: Program
        do { program = try Parser.parse(file) } catch {
            return RunResult(outputs: [.diagnostic(error)], failure: error, assertsPassed: 0, assertsFailed: 0)
        }
        if checked {
            let errors = rehearse(program, file: file)
            if let first = errors.first {
                return RunResult(outputs: errors.map { .diagnostic($0) } + [.diagnostic(Diagnostic(.note, phase: .resolve, Message.scriptCheckedNothingRan.text()))],
                                 failure: first, assertsPassed: 0, assertsFailed: 0)
            }
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
        confirmed = pendingConfirmation
        pendingConfirmation = nil
        defer { confirmed = nil }
        if let step = tutorialStep, let answer = tutorialAnswer(input, step: step) { return answer }
        let saved = keepGoing
        keepGoing = false
        defer { keepGoing = saved }
        return runScript(input).outputs
    }

    public func isIncomplete(_ text: String) -> Bool { Parser.isIncomplete(text) }

    public var promptInfo: PromptInfo {
        guard let w = workspace else { return PromptInfo() }
        let name = reportPath.map { p in String(p.split(separator: "/").last ?? Substring(p)) } ?? (tutorialSaved != nil ? "tutorial" : "report")
        let short = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name
        return PromptInfo(report: short, scenario: w.current == Workspace.baselineName ? nil : w.current, unsaved: w.scenarios[w.current]!.unsaved > 0)
    }

    /// Before the shell leaves on Ctrl-D: nil to leave, or what to say first (asked once; Ctrl-D again leaves).
    public func confirmLeave() -> [Output]? {
        if pendingConfirmation == "quit" { return nil }
        guard let ask = askBeforeLosing("quit", doing: Message.leaveCtrlDAgain.text()) else { return nil }
        return [ask]
    }

    /// Unsaved work in words: `2 scenarios have unsaved changes (baseline: 1, 乐观: 2)`, or nil when there is none.
    public var unsavedWorkSummary: String? {
        guard let w = usersWorkspace, w.hasUnsavedWork else { return nil }
        let list = w.unsavedScenarios
        var parts: [String] = []
        if !list.isEmpty {
            parts.append((list.count == 1 ? Message.unsavedScenariosOne : Message.unsavedScenariosMany)
                .text(String(list.count), list.map { "\(Keywords.shownScenario($0.name)): \($0.unsaved)" }.joined(separator: Message.listSeparator)))
        }
        if w.schemeUnsaved { parts.append(Message.schemeNotSavedWithReport.text(w.scheme.scheme.id)) }
        return parts.joined(separator: Message.clauseSeparator)
    }

    /// What to type to keep the unsaved work.
    var keepWorkHint: String {
        guard let w = usersWorkspace else { return "" }
        if tutorialSaved != nil { return Message.keepTutorialQuitThen.text(w.hasUnsavedWork ? Message.keepSaveOrSession.text() : "") }
        var ways: [String] = []
        if w.scenarios[Workspace.baselineName]!.unsaved > 0 || w.schemeUnsaved {
            ways.append(reportPath.map { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) ? Message.keepSaveBaseline.text() : Message.keepSaveNameBaseline.text() } ?? Message.keepSaveName.text())
        }
        for sc in w.unsavedScenarios where sc.name != Workspace.baselineName {
            ways.append("`save scenario \(sc.name) \"\(sc.name).yaml\"`")
        }
        ways.append(Message.keepSaveSession.text())
        return ways.joined(separator: Message.listSeparator)
    }

    /// The user's own workspace: the one put aside while the tutorial runs, else the current one.
    var usersWorkspace: Workspace? { tutorialSaved != nil ? tutorialSaved!.workspace : workspace }

    /// Asks before a statement loses unsaved work: the question, or nil to go ahead (nothing to lose, a script, or confirmed).
    func askBeforeLosing(_ key: String, doing: String, only scenario: String? = nil) -> Output? {
        guard asksBeforeLosingWork, confirmed != key, let w = workspace else { return nil }
        let what: String
        if let name = scenario {
            guard let sc = w.scenarios[name], sc.unsaved > 0 else { return nil }
            what = (sc.unsaved == 1 ? Message.scenarioUnsavedOne : Message.scenarioUnsavedMany).text(name, String(sc.unsaved))
            pendingConfirmation = key
            return .text(Message.askKeepScenario.text(what, name, doing))
        }
        guard let summary = unsavedWorkSummary else { return nil }
        what = summary
        pendingConfirmation = key
        return .text(Message.askKeepWork.text(what, keepWorkHint, doing))
    }

    public func banner() -> [Output] {
        // Each line fits an 80-column terminal.
        var lines = Message.bannerIntro.text()
        if let w = workspace {
            let s = w.scored
            lines = Message.bannerReport.text(s.report.title, ScoreTable.totalText(s), ScoreTable.gradeText(s), s.scheme.id, String(s.report.leaves.count)) + "\n" + lines
        } else {
            lines = Message.bannerNoReport.text() + "\n" + lines
        }
        return [.text(lines)]
    }

    // MARK: Statements

    func execute(_ st: Statement, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        switch st.kind {
        case .expression(let e):
            out.append(.text(try display(try evaluator(file).evaluate(e))))
        case .assignment(let target, let op, let value):
            out.append(contentsOf: try assign(target, op, value, file: file, whole: st.span))
        default:
            guard let form = StatementRegistry.form(owning: st.kind) else {
                throw Diagnostic(phase: .evaluate, .noStatementForm, file: file, span: st.span)
            }
            try form.run(st, in: self, file: file, into: &out)
        }
    }

    /// The workspace, or the error a statement gives when no report is loaded.
    func loadedWorkspace(_ span: SourceSpan?, _ file: SourceFile?) throws(Diagnostic) -> Workspace {
        guard let w = workspace else {
            throw Diagnostic(phase: .evaluate, .noReportLoaded, file: file, span: span, hint: .loadOneHint)
        }
        return w
    }

    /// Runs `body`, placing an error that has no location at `span` of `file`.
    static func located(_ file: SourceFile, _ span: SourceSpan, _ body: () throws(Diagnostic) -> Void) throws(Diagnostic) {
        do { try body() } catch {
            var e = error
            if e.file == nil { e.file = file; e.span = span }
            throw e
        }
    }

    /// Scenario names as they are typed (quoted when they hold a space or another character a word cannot).
    var scenarioCompletions: [String] { (workspace?.order ?? []).map(SessionScript.scenarioName) }

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
        r.scheme = files.relative(schemeFile, fromFileAt: target)
        return r
    }

    /// The scheme as a file written at `target` names it: a scheme file relative to that file; nil for a built-in one.
    func schemeName(forFileAt target: String) -> String? {
        workspace?.schemeFile.map { files.relative($0, fromFileAt: target) }
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
            throw Diagnostic(phase: .evaluate, .assertNeedsBool, v.typeName, file: file, span: e.span)
        }
        if ok { assertsPassed += 1; return }
        assertsFailed += 1
        var detail = Message.assertIsFalse.text(file.slice(e.span))
        if case .binary(let op, let l, let r) = e.kind, op.isComparison,
           let lv = try? ev.evaluate(l), let rv = try? ev.evaluate(r) {
            detail = Message.assertDetail.text(detail, file.slice(l.span), try display(lv), op.rawValue, try display(rv))
        }
        if let message {
            throw Diagnostic(phase: .assertion, .assertionFailedWith, message, file: file, span: e.span, hint: detail)
        }
        throw Diagnostic(phase: .assertion, .assertionFailed, file: file, span: e.span, hint: detail)
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
