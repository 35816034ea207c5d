/// Files from the language: `use scheme`, `save`, `export`. Nothing else in a script can reach a file.
extension Session {
    /// `use scheme FILE`: every scenario is scored with the scheme and keeps its overrides; one undo step.
    func useScheme(_ f: CommandArgument, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard var w = workspace else { throw Diagnostic(phase: .evaluate, .noReportLoaded, file: file, span: f.span) }
        let builtIn = BuiltinSchemes.named(f.text) != nil
        let path = builtIn ? f.text : resolvePath(f.text, file: file)
        let scheme: Scheme
        do {
            scheme = try SchemeLoader.resolve(path, relativeTo: nil) { p in try files.read(p) }
        } catch {
            var e = error
            if e.file == nil { e.file = file; e.span = f.span }
            throw e
        }
        let before = ScoreSnapshot(w.scored)
        let action = "use scheme \(f.text)"
        let outcome: Workspace.Outcome
        do { outcome = try w.useScheme(SchemeChoice(scheme: scheme, file: builtIn ? nil : path), action: action) } catch {
            var e = error
            if e.file == nil { e.file = file; e.span = f.span }
            throw e
        }
        workspace = w
        let others = w.order.count - 1
        out.append(.text(others == 0 ? Message.schemeRescored.text(scheme.id, scheme.name)
            : Message.schemeRescoredAll.text(scheme.id, scheme.name, String(w.order.count))))
        var d = delta(action: action + (w.current == Workspace.baselineName ? "" : Message.shownScenario.text(w.current)),
                      before: before, after: w.scored, changes: outcome.changes, edit: nil)
        d.followers = outcome.followers
        out.append(.delta(d))
    }

    /// `save` writes the baseline over the loaded file; `save "FILE"` writes the current scenario to FILE.
    func save(_ f: CommandArgument?, force: Bool, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        guard var w = workspace else { throw Diagnostic(phase: .evaluate, .noReportLoaded, file: file) }
        let target: String
        var overwrite = force
        if let f {
            target = resolvePath(f.text, file: file)
            if target == reportPath, w.current != Workspace.baselineName {
                throw Diagnostic(phase: .evaluate, .loadedReportBaselineOnly, f.text, file: file, span: f.span, hint: .saveScenarioOrBaseline, w.current)
            }
        } else {
            guard let p = reportPath else {
                throw Diagnostic(phase: .evaluate, tutorialStep != nil || tutorialSaved != nil ? .tutorialNothingToSaveOver : .saveNeedsFileName,
                                 file: file, hint: .saveToNewFile)
            }
            guard w.current == Workspace.baselineName else {
                throw Diagnostic(phase: .evaluate, .bareSaveInScenario, w.current, p, file: file, hint: .saveScenarioOrBaseline, w.current)
            }
            guard p.hasSuffix(".yaml") || p.hasSuffix(".yml") else {
                throw Diagnostic(phase: .io, .importedSaveAsYAML, file: file, hint: .saveAsYAMLHint, p.split(separator: ".").dropLast().joined(separator: "."))
            }
            target = p
            overwrite = true   // `save` with no name writes the baseline back to the file it loaded, as users expect
        }
        // Scheme parameter edits travel as rule parameters on the indicators that read them, as `save scenario` does.
        let plan = ScenarioReport.plan(w.scored, fileScheme: w.loaded.scheme)
        let text = ReportWriter.yaml(reportForFile(plan.report, at: target))
        try checkReadsBack(text, path: target, file: file, span: f?.span)
        // Written over the loaded file (bare `save`, or `save! "it.yaml"`), the text keeps its encoding and line ends;
        // its comments cannot be kept, so dropping them needs `!`.
        let form = target == reportPath ? (try? files.readBytes(target)).flatMap(TextFileForm.of) : nil
        if let form, !force {
            let dropped = form.comments(droppedBy: text)
            if let first = dropped.first {
                throw Diagnostic(phase: .io, .saveWouldDropComments, target, String(dropped.count), first, file: file, hint: .saveWouldDropCommentsHint)
            }
        }
        var bytes: [UInt8]? = nil
        if let form, !form.isPlain {
            guard let encoded = form.encode(text) else {
                throw Diagnostic(phase: .io, .cannotKeepEncoding, target, form.encoding.rawValue, file: file, span: f?.span, hint: .saveToNewFile)
            }
            bytes = encoded
        }
        do {
            if let bytes { try files.writeBytes(bytes, to: target, overwrite: overwrite) }
            else { try files.write(text, to: target, overwrite: overwrite) }
        } catch {
            throw error.diagnostic(file: file, span: f?.span,
                             hint: error == .exists(target) ? Message.saveBangReplaces.text(f?.text ?? target) : nil)
        }
        w.markSaved([w.current], schemeRecorded: true)
        if target == reportPath && w.current == Workspace.baselineName { w.markSourceWritten() }
        workspace = w
        out.append(.text(w.current == Workspace.baselineName ? Message.saved.text(target) : Message.savedScenario.text(w.current, target)))
        if !plan.carried.isEmpty {
            out.append(.text(Message.carriedAsParameters.text(plan.carried.joined(separator: ", "), String(plan.carriedOn))))
        }
        out += savedFileCheck(plan, saved: w.scored, reloaded: rescoredAsLoaded(text, path: target), scheme: plan.report.scheme,
                              path: target, what: Message.whoseSession.text())
    }

    /// Refuses to write a report text that would not load again (nothing is written then).
    func checkReadsBack(_ text: String, path: String, file: SourceFile, span: SourceSpan?) throws(Diagnostic) {
        do { _ = try ReportLoader.load(SourceFile(name: path, text: text)) } catch {
            throw Diagnostic(phase: .io, .wouldNotLoadAgain, error.message, file: file, span: span, hint: .writerBug)
        }
    }

    func export(_ format: ExportFormat, _ f: CommandArgument, force: Bool, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        let s = try scored(f.span, file)
        // Text for every format but the workbook, which is bytes.
        var text = ""
        var bytes: [UInt8]?
        switch format {
        case .json: text = JSONExport.json(s)
        case .csv: text = RubricTable.csv(s, schemeAs: schemeName(forFileAt: resolvePath(f.text, file: file)))
        case .markdown: text = TextExport.markdown(ScoreTable.tree(s), title: s.report.title)
        case .html:
            let w = workspace
            let inScenario = w.map { $0.current != Workspace.baselineName } ?? false
            let base = inScenario ? w?.scenarios[Workspace.baselineName]?.scored : nil
            text = ReportPage.html(s, scenario: inScenario ? w?.current : nil, baseline: base)
        case .xlsx:
            guard let writer = ReportFiles.workbookWriter else {
                throw Diagnostic(phase: .io, .workbooksNotWritable, file: file, span: f.span, hint: .exportCsvForExcel)
            }
            do { bytes = try writer.workbook(RubricTable.sheets(s, schemeAs: schemeName(forFileAt: resolvePath(f.text, file: file)))) } catch {
                throw Diagnostic(phase: .io, error.message, file: file, span: f.span)
            }
        }
        let path = resolvePath(f.text, file: file)
        if let loaded = reportPath, path == loaded {
            throw Diagnostic(phase: .io, .exportOverLoaded, f.text, file: file, span: f.span,
                             hint: .chooseAnotherName, format == .markdown ? "report.md" : "report." + format.rawValue)
        }
        do {
            if let bytes { try files.writeBytes(bytes, to: path, overwrite: force) } else { try files.write(text, to: path, overwrite: force) }
        } catch {
            throw error.diagnostic(file: file, span: f.span,
                             hint: error == .exists(path) ? Message.exportBangReplaces.text(format.rawValue, f.text) : nil)
        }
        out.append(.text(Message.exported.text(format.rawValue, path)))
    }
}

/// Tables as CSV and Markdown for `export`.
public enum TextExport {
    /// RFC 4180 CSV: header row, then the rows; footer lines are dropped.
    public static func csv(_ t: Table) -> String {
        func cell(_ s: String) -> String {
            let trimmed = s.trimmingSpaces()
            if trimmed.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) {
                return "\"" + trimmed.replacingAll("\"", with: "\"\"") + "\""
            }
            return String(trimmed)
        }
        var out = t.columns.map(cell).joined(separator: ",") + "\n"
        for r in t.rows { out += r.map(cell).joined(separator: ",") + "\n" }
        return out
    }

    /// A Markdown table with the footer as a list.
    public static func markdown(_ t: Table, title: String?) -> String {
        var out = title.map { "# \($0)\n\n" } ?? ""
        out += "| " + t.columns.joined(separator: " | ") + " |\n"
        out += "|" + t.alignments.map { $0 == .right ? "---:|" : "---|" }.joined() + "\n"
        for r in t.rows {
            out += "| " + r.map { String($0.trimmingSpaces()).replacingAll("|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        if !t.footer.isEmpty { out += "\n" + t.footer.map { "- \($0)" }.joined(separator: "\n") + "\n" }
        return out
    }
}

extension StringProtocol {
    /// Every occurrence of `target` replaced (no Foundation in the core).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return String(self) }
        return String(self).replacing(target, with: replacement)
    }
}

extension Substring {
    /// The first range of `target`, searching by characters.
    func range(of target: String) -> Range<Index>? {
        guard !target.isEmpty else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(target) { return i..<index(i, offsetBy: target.count) }
            i = index(after: i)
        }
        return nil
    }
}
