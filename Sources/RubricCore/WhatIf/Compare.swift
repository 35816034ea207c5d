/// Side-by-side comparison of scored reports: scenarios of one report, or reports of different years matched by code and name.
public enum ReportComparison {
    /// One report in a comparison, with the label its column gets.
    public struct Column: Sendable {
        public var label: String
        public var scored: ScoredReport
        public init(label: String, scored: ScoredReport) { self.label = label; self.scored = scored }
    }

    /// The comparison table: indicators whose score differs (every node with `all`), the 一级 scores, total and grade.
    public static func table(_ columns: [Column], all: Bool) -> Table {
        guard let reference = columns.first else { return Table(columns: []) }
        let ref = reference.scored
        let places = ref.scheme.scorePlaces
        let maps = columns.dropFirst().map { match(ref.report, $0.scored.report) }
        var header = ColumnHeading.localized(["code", "indicator"]) + columns.map(\.label)
        for c in columns.dropFirst() { header += ["Δ \(c.label)", "Δ%"] }
        var rows: [[String]] = []
        var differing = 0
        func score(_ s: ScoredReport, _ i: Int) -> ExactDecimal { s.scores[i] }
        func text(_ s: ScoredReport, _ i: Int) -> String {
            s.report.nodes[i].isTarget ? s.scores[i].shortText(maxPlaces: 4) : s.scores[i].formatted(places: places)
        }
        func variance(_ a: ExactDecimal?, _ b: ExactDecimal?) -> [String] {
            guard let a, let b, let d = try? b - a else { return ["—", "—"] }
            let sign = d.isNegative ? "" : (d.isZero ? "±" : "+")
            let pct = a.isZero ? "—" : ((try? d.divided(by: a, places: 6)).map { (($0.isNegative ? "" : "+") + Quantity($0, .percent).text(places: 2)) } ?? "—")
            return [sign + d.formatted(places: places), d.isZero ? "" : pct]
        }
        for i in ref.report.nodes.indices {
            let node = ref.report.nodes[i]
            let others = maps.map { $0.forward[i] }
            let a = score(ref, i)
            var values: [ExactDecimal?] = [a]
            for (k, o) in others.enumerated() { values.append(o.map { score(columns[k + 1].scored, $0) }) }
            let differs = values.dropFirst().contains { $0 != a }
            if differs { differing += 1 }
            guard all || differs || node.parent == nil else { continue }
            var row = [node.code, String(repeating: "  ", count: max(0, node.level - 1)) + node.name, text(ref, i)]
            for (k, o) in others.enumerated() { row.append(o.map { text(columns[k + 1].scored, $0) } ?? "—") }
            for v in values.dropFirst() { row += variance(a, v) }
            rows.append(row)
        }
        // Nodes present only in a later report.
        var footer: [String] = []
        for (k, m) in maps.enumerated() {
            let other = columns[k + 1].scored
            for j in other.report.nodes.indices where m.backward[j] == nil {
                let n = other.report.nodes[j]
                var row = [n.code, n.name, "—"]
                for kk in 0..<maps.count { row.append(kk == k ? text(other, j) : "—") }
                for _ in maps { row += ["—", "—"] }
                rows.append(row)
                differing += 1
            }
            let label = columns[k + 1].label
            for (i, j) in m.renamed {
                footer.append(Message.compareMatchedByCode.text(ref.report.nodes[i].code, ref.report.nodes[i].name, reference.label, other.report.nodes[j].name, label))
            }
            let onlyRef = ref.report.nodes.indices.filter { m.forward[$0] == nil }.map { ref.report.nodes[$0].name }
            let onlyOther = other.report.nodes.indices.filter { m.backward[$0] == nil }.map { other.report.nodes[$0].name }
            if !onlyRef.isEmpty { footer.append(Message.compareOnlyInNotIn.text(reference.label, label, onlyRef.joined(separator: Message.listSeparator))) }
            if !onlyOther.isEmpty { footer.append(Message.compareOnlyIn.text(label, onlyOther.joined(separator: Message.listSeparator))) }
        }
        var totalRow = ["", "总分", ref.total.formatted(places: places)]
        // A partial total (scores the source does not give) has no meaningful grade: shown as —.
        let refGrade = ScoreTable.gradeText(ref)
        var gradeRow = ["", "等级", refGrade]
        for c in columns.dropFirst() {
            totalRow.append(c.scored.total.formatted(places: places) + (c.scored.isPartial ? Message.partialMark.text() : ""))
            gradeRow.append(ScoreTable.gradeText(c.scored))
        }
        if ref.isPartial { totalRow[2] += Message.partialMark.text() }
        for c in columns.dropFirst() {
            totalRow += variance(ref.total, c.scored.total)
            let g = ScoreTable.gradeText(c.scored)
            gradeRow += [refGrade == g ? "" : "\(refGrade) → \(g)", ""]
        }
        rows.append(totalRow)
        rows.append(gradeRow)
        footer.insert(differing == 0 ? Message.compareNoneDiffer.text() : Message.compareDiffer.text(String(differing)), at: 0)
        return Table(title: "compare " + columns.map(\.label).joined(separator: " · "), columns: header,
                     alignments: header.indices.map { $0 < 2 ? .left : .right }, rows: rows, footer: footer)
    }

    /// Node correspondence between two reports: by code and name, then by name, then by code alone (a rename).
    public struct Matching: Sendable {
        public var forward: [Int?]
        public var backward: [Int?]
        /// Pairs matched by code only (the name differs).
        public var renamed: [(Int, Int)]
    }

    /// Matches the nodes of `b` to those of `a`.
    public static func match(_ a: Report, _ b: Report) -> Matching {
        var forward = [Int?](repeating: nil, count: a.nodes.count)
        var backward = [Int?](repeating: nil, count: b.nodes.count)
        var renamed: [(Int, Int)] = []
        func link(_ i: Int, _ j: Int) { forward[i] = j; backward[j] = i }
        var byCodeName: [String: Int] = [:]
        for (j, n) in b.nodes.enumerated() { byCodeName[n.code + "\u{1}" + n.name] = j }
        for (i, n) in a.nodes.enumerated() { if let j = byCodeName[n.code + "\u{1}" + n.name], backward[j] == nil { link(i, j) } }
        var byName: [String: [Int]] = [:]
        for (j, n) in b.nodes.enumerated() where backward[j] == nil { byName[n.name, default: []].append(j) }
        var namesInA: [String: Int] = [:]
        for (i, n) in a.nodes.enumerated() where forward[i] == nil { namesInA[n.name, default: 0] += 1 }
        for (i, n) in a.nodes.enumerated() where forward[i] == nil {
            if let js = byName[n.name], js.count == 1, namesInA[n.name] == 1, backward[js[0]] == nil { link(i, js[0]) }
        }
        var byCode: [String: Int] = [:]
        for (j, n) in b.nodes.enumerated() where backward[j] == nil { byCode[n.code] = j }
        for (i, n) in a.nodes.enumerated() where forward[i] == nil {
            if let j = byCode[n.code], backward[j] == nil, b.nodes[j].isTarget == n.isTarget { link(i, j); renamed.append((i, j)) }
        }
        return Matching(forward: forward, backward: backward, renamed: renamed)
    }
}

extension Session {
    /// True for a `compare` argument naming a report file rather than a scenario.
    static func isReportFile(_ a: CommandArgument) -> Bool {
        let t = a.text.lowercased()
        return a.isQuoted && [".yaml", ".yml", ".tsv", ".csv", ".txt"].contains { t.hasSuffix($0) }
    }

    func runCompare(_ names: [CommandArgument], all: Bool, file: SourceFile, span: SourceSpan) throws(Diagnostic) -> [Output] {
        var columns: [ReportComparison.Column] = []
        if names.count == 1, let w = workspace, !Self.isReportFile(names[0]) {
            columns.append(.init(label: w.current, scored: w.scored))
        }
        for a in names {
            if Self.isReportFile(a) {
                let path = resolvePath(a.text, file: file)
                do {
                    let (report, _) = try ReportFiles.load(path, files: files)
                    columns.append(.init(label: String(a.text.split(separator: "/").last ?? Substring(a.text)),
                                         scored: try ReportFiles.score(report, path: path, files: files)))
                } catch {
                    var e = error
                    if e.file == nil { e.file = file; e.span = a.span }
                    throw e
                }
            } else {
                guard let w = workspace else { throw Diagnostic(phase: .evaluate, .noReportLoaded, file: file, span: a.span, hint: .quoteReportFiles) }
                do { columns.append(.init(label: a.text, scored: try w.scenario(a.text).scored)) } catch {
                    var e = error
                    e.file = file; e.span = a.span
                    throw e
                }
            }
        }
        guard columns.count >= 2 else {
            throw Diagnostic(phase: .evaluate, .compareNeedsTwo, file: file, span: span, hint: .compareHowTo)
        }
        return [.table(ReportComparison.table(columns, all: all))]
    }

    func runDiff(all: Bool, file: SourceFile, span: SourceSpan) throws(Diagnostic) -> [Output] {
        _ = try scored(span, file)
        let w = workspace!
        let current = try w.scenario(w.current)
        let columns: [ReportComparison.Column]
        if w.current == Workspace.baselineName {
            columns = [.init(label: Message.asLoaded.text(), scored: w.asLoaded), .init(label: Workspace.baselineName, scored: current.scored)]
        } else {
            columns = [.init(label: Workspace.baselineName, scored: try w.scenario(Workspace.baselineName).scored),
                       .init(label: w.current, scored: current.scored)]
        }
        workspace = w
        return [.table(ReportComparison.table(columns, all: all))]
    }
}
