/// `save session "FILE.rubric"`: the whole session written as a Rubric script — `load` of the source, the scheme,
/// then each scenario's edits in order — so that running it (or `load`ing it in the shell) rebuilds every scenario.
public enum SessionScript {
    /// The script for a workspace loaded from `source`, written to be read from `target`.
    public static func text(_ w: Workspace, source: String, target: String, files: FileAccess? = nil) -> String {
        func relative(_ path: String, fromFileAt base: String) -> String {
            files?.relative(path, fromFileAt: base) ?? FilePath.relative(path, fromFileAt: base)
        }
        var lines = [Message.sessionFileHeader.text(String(w.order.count), source),
                     Message.sessionFileRunIt.text(relative(target, fromFileAt: target)),
                     "load \(quoted(relative(source, fromFileAt: target)))"]
        if w.scheme != w.loadedScheme {
            let name = w.scheme.file.map { relative($0, fromFileAt: target) } ?? w.scheme.scheme.id
            lines.append("use scheme \(quoted(name))")
        }
        for name in w.order {
            guard let sc = w.scenarios[name] else { continue }
            if let base = sc.base { lines.append("scenario \(scenarioName(name)) from \(scenarioName(base))") }
            if sc.base == nil {
                // The loaded file now holds what `save` wrote over it: a field saved then undone is set back.
                for o in w.writtenToSource where o.code != "scheme" && !sc.overrides.contains(where: { $0.code == o.code && $0.field == o.field }) {
                    if let value = literal(o.old) { lines.append("\(reference(o.code, in: sc.scored)).\(o.field) = \(value)") }
                }
            }
            for o in sc.overrides {
                guard let value = literal(o.new) else {
                    lines.append(Message.sessionFileNotWritten.text("\(o.code).\(o.field)"))
                    continue
                }
                let subject = o.code == "scheme" ? "scheme" : reference(o.code, in: sc.scored)
                lines.append("\(subject).\(o.field) = \(value)")
            }
        }
        if w.current != Workspace.baselineName || w.order.count > 1 { lines.append("use \(scenarioName(w.current))") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `#1.2.3` for a plain code, else the indicator's quoted name.
    static func reference(_ code: String, in s: ScoredReport) -> String {
        if !code.isEmpty, code.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), code.first != ".", code.last != "." {
            return "#" + code
        }
        return quoted(s.index(ofCode: code).map { s.report.nodes[$0].name } ?? code)
    }

    static func scenarioName(_ name: String) -> String {
        let plain = name.first.map { !$0.isNumber } ?? false && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        // A name the parser reads as a word of its own (`scheme`, `方案`, `from`, a keyword) is quoted.
        let special = Keywords.isReserved(name) || Keywords.subwordAliases.keys.contains(name)
            || Keywords.subwordAliases.values.contains { $0.contains(name) } || Keywords.nameAliases[name] != nil
        return plain && !special ? name : quoted(name)
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }

    /// The value as Rubric source that an assignment turns back into the same field value; nil when none does.
    static func literal(_ v: FieldValue) -> String? {
        func number(_ d: ExactDecimal) -> String { d.shortText(maxPlaces: 30) }
        switch v {
        case .decimal(let d): return d.map(number) ?? "none"
        case .quantity(let q):
            guard let q else { return "none" }
            switch q.unit {
            case .none: return number(q.value)
            case .percent: return ((try? q.value.multiplied(by: .hundred)).map(number) ?? number(q.value)) + "%"
            case .money: return number(q.value) + "万元"
            // A plain number keeps the unit the report gives the field; a letters-only label is written too.
            case .count(let label): return number(q.value) + (label.allSatisfy { $0.isLetter } ? label : "")
            }
        case .level(let l): return l.map { quoted($0.rawValue) } ?? "none"
        case .rule(let r): return quoted(r?.id ?? "scheme")
        case .direction(let d): return d.map { quoted($0.fileName) } ?? "none"
        case .parameter(let p):
            switch p {
            case nil: return nil
            case .number(let n)?: return number(n)
            case .none?: return "none"
            case .text(let t)?: return quoted(t)
            case .tiers?: return nil
            }
        case .places(let n): return String(n)
        }
    }
}

extension Session {
    /// `save session "FILE.rubric"`: writes the script, runs it on a copy to confirm it rebuilds every scenario's total.
    func saveSession(to target: CommandArgument, force: Bool, file: SourceFile) throws(Diagnostic) -> [Output] {
        guard var w = workspace else { throw Diagnostic(phase: .evaluate, .noReportLoaded, file: file, span: target.span) }
        guard let source = reportPath else {
            throw Diagnostic(phase: .evaluate, .tutorialNoSessionFile, file: file, span: target.span, hint: .tutorialQuitFirst)
        }
        let path = resolvePath(target.text, file: file)
        guard path.hasSuffix(".rubric") else {
            throw Diagnostic(phase: .io, .sessionEndsInRubric, file: file, span: target.span,
                             hint: .saveSessionAs, String(target.text.split(separator: ".").first ?? "session"))
        }
        // A script saved by absolute path loads its report by absolute path, so it runs from any folder.
        let text = SessionScript.text(w, source: path.hasPrefix("/") ? files.absolute(source) : source, target: path, files: files)
        // Rebuild the session from the script on a copy before writing, so a file that would not reproduce it is never written.
        let overlay = OverlayFiles(files)
        do { try overlay.write(text, to: path, overwrite: true) } catch {}
        let replay = Session(files: overlay)
        let result = replay.runScript(SourceFile(name: path, text: text))
        var mismatches: [String] = []
        if let f = result.failure { mismatches.append(f.message) }
        if let r = replay.workspace {
            for n in w.order {
                let mine = w.scenarios[n]!.scored, theirs = r.scenarios[n]?.scored
                if theirs?.total != mine.total || theirs.map(ScoreTable.gradeText) != ScoreTable.gradeText(mine) {
                    mismatches.append(Message.sessionMismatch.text(n, ScoreTable.totalText(mine), theirs.map(ScoreTable.totalText) ?? Message.missingValue.text()))
                }
            }
        }
        if !mismatches.isEmpty {
            throw Diagnostic(phase: .evaluate, .sessionWouldNotRebuild, mismatches.joined(separator: "; "), file: file, span: target.span)
        }
        do { try files.write(text, to: path, overwrite: force) } catch {
            throw error.diagnostic(file: file, span: target.span,
                             hint: error == .exists(path) ? Message.saveSessionBangReplaces.text(target.text) : nil)
        }
        w.markSaved(nil, schemeRecorded: true)
        workspace = w
        let edits = w.order.reduce(0) { $0 + (w.scenarios[$1]?.overrides.count ?? 0) }
        return [.text(Message.savedSessionDetail.text(path, String(w.order.count), String(edits)))]
    }
}
