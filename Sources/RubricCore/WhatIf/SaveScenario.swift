/// `save scenario NAME "file"`: a scenario written as a report file that, loaded again, gives the scenario's scores.
///
/// Indicator edits are already in the scenario's report. Scheme parameter edits (`scheme.overshoot = none`) live in
/// the scenario's scheme, which a report file cannot carry (it names its scheme by id), so they are written as
/// per-indicator `rule:` + `parameters:` on every rule-scored indicator and target whose rule reads a changed
/// parameter. What cannot be written that way (`scheme.places`) is said in the reply and in a note.
public enum ScenarioReport {
    /// The report to write and the scheme edits it could not carry.
    public struct Plan: Sendable {
        public var report: Report
        /// Scheme edits written as rule parameters, as `scheme.NAME = VALUE`.
        public var carried: [String]
        /// Indicators that got `rule:` + `parameters:` for them.
        public var carriedOn: Int
        /// Scheme edits a report file cannot carry.
        public var uncarried: [String]
    }

    /// The scenario's report with its scheme parameter edits turned into per-indicator rule parameters, relative to
    /// `fileScheme`, the scheme the saved file will be scored under (the one its `scheme:` names).
    public static func plan(_ scenario: ScoredReport, fileScheme: Scheme) -> Plan {
        var report = scenario.report
        let asFile = ScoredReport(report: report, scheme: fileScheme)
        var carriedOn = 0
        var changedNames = Set<String>()
        var uncarried: [String] = []
        for i in report.nodes.indices {
            let node = report.nodes[i]
            // Rule-scored indicators and targets; a target list's own `targets` rule reads no parameter.
            guard node.isTarget || (node.isLeaf && !node.isTargetContainer),
                  let wanted = scenario.ruleSpec(for: i), let got = asFile.ruleSpec(for: i),
                  let family = RuleRegistry.family(wanted.id) else { continue }
            let differing = family.parameterHelp.map(\.name).filter { wanted.parameters[$0] != got.parameters[$0] }
            guard !differing.isEmpty else { continue }
            var params = node.rule?.parameters ?? RuleParameters()
            var wrote = false
            for name in differing {
                guard let v = wanted.parameters[name] else { continue }
                params[name] = v
                changedNames.insert(name)
                wrote = true
            }
            if wrote {
                report.nodes[i].rule = RuleSpec(wanted.id, params)
                carriedOn += 1
            }
        }
        let s = scenario.scheme
        let carried = changedNames.sorted().map { "scheme.\($0) = \(s.parameters[$0]?.description ?? Message.parameterDefault.text())" }
        if s.scorePlaces != fileScheme.scorePlaces { uncarried.append("scheme.places = \(s.scorePlaces)") }
        if s.ratePlaces != fileScheme.ratePlaces { uncarried.append("scheme.rates = \(s.ratePlaces.map(String.init) ?? "none")") }
        if s.rounding != fileScheme.rounding { uncarried.append(Message.schemeRoundingStageIs.text(s.rounding.rawValue)) }
        if s.grades != fileScheme.grades { uncarried.append(Message.schemeGradeBands.text()) }
        return Plan(report: report, carried: carried, carriedOn: carriedOn, uncarried: uncarried)
    }
}

extension Session {
    /// `save scenario NAME "file"`: the scenario applied to its base, written as a new report; the loaded file is never touched.
    func saveScenario(_ name: CommandArgument, to target: CommandArgument, force: Bool, file: SourceFile) throws(Diagnostic) -> [Output] {
        guard var w = workspace else { throw Diagnostic(phase: .evaluate, .noReportLoaded, file: file, span: name.span) }
        let sc: Scenario
        do { sc = try w.scenario(name.text) } catch {
            var e = error
            e.file = file; e.span = name.span
            throw e
        }
        workspace = w
        let path = resolvePath(target.text, file: file)
        if let loaded = reportPath, path == loaded || target.text == loaded {
            throw Diagnostic(phase: .io, .scenarioOverLoaded, target.text, file: file, span: target.span, hint: .chooseAnotherName, name.text + ".yaml")
        }
        // The saved file names the loaded report's scheme; scheme edits are made relative to it.
        let plan = ScenarioReport.plan(sc.scored, fileScheme: w.loaded.scheme)
        var report = plan.report
        report.notes.append(Message.scenarioNote.text(name.text, reportPath ?? Message.theLoadedReport.text(),
                            sc.overrides.isEmpty ? Message.noChangesPlain.text()
                                                 : sc.overrides.map { "#\($0.code).\($0.field) \($0.old.text) → \($0.new.text)" }.joined(separator: Message.clauseSeparator)))
        if !plan.carried.isEmpty {
            report.notes.append(Message.scenarioNoteCarried.text(plan.carried.joined(separator: Message.listSeparator), String(plan.carriedOn)))
        }
        if !plan.uncarried.isEmpty {
            report.notes.append(Message.scenarioNoteNotCarried.text(plan.uncarried.joined(separator: Message.listSeparator)))
        }
        report = reportForFile(report, at: path)
        let text = ReportWriter.yaml(report)
        try checkReadsBack(text, path: path, file: file, span: target.span)
        let reloaded = rescoredAsLoaded(text, path: path)
        do { try files.write(text, to: path, overwrite: force) } catch {
            throw error.diagnostic(file: file, span: target.span,
                             hint: error == .exists(path) ? Message.saveScenarioBangReplaces.text(name.text, target.text) : nil)
        }
        w.markSaved([name.text], schemeRecorded: w.order == [Workspace.baselineName])
        workspace = w
        let s = sc.scored
        var out: [Output] = [.text(Message.savedScenarioDetail.text(name.text, String(sc.overrides.count), s.total.formatted(places: s.scheme.scorePlaces),
                                                                     s.grade, path))]
        if !plan.carried.isEmpty {
            out.append(.text(Message.carriedAsParameters.text(plan.carried.joined(separator: ", "), String(plan.carriedOn))))
        }
        out += savedFileCheck(plan, saved: s, reloaded: reloaded, scheme: report.scheme, path: path, what: Message.whoseScenario.text())
        return out
    }

    /// The text scored as `load` will score it, to tell whether a saved file reproduces what was saved.
    func rescoredAsLoaded(_ text: String, path: String) -> ScoredReport? {
        guard let back = try? ReportLoader.load(SourceFile(name: path, text: text)) else { return nil }
        return try? ReportFiles.score(back, path: path, files: files)
    }

    /// What a saved file does not reproduce: a warning when it scores differently, a note for scheme edits it cannot carry.
    func savedFileCheck(_ plan: ScenarioReport.Plan, saved s: ScoredReport, reloaded: ScoredReport?, scheme: String,
                        path: String, what: String) -> [Output] {
        if let r = reloaded, r.scores != s.scores || r.total != s.total {
            return [.text(Message.reloadedScoresDiffer.text(r.total.formatted(places: r.scheme.scorePlaces), r.grade, what)
                          + (plan.uncarried.isEmpty ? "" : Message.cannotCarry.text(plan.uncarried.joined(separator: ", "))))]
        } else if reloaded == nil {
            return [.text(Message.savedNotRescored.text(scheme, path))]
        } else if !plan.uncarried.isEmpty {
            return [.text(Message.uncarriedNote.text(plan.uncarried.joined(separator: ", ")))]
        }
        return []
    }
}
