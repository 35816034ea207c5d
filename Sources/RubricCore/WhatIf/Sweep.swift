/// `sweep X.FIELD from A to B step S [show E, …]`: a table of expressions across a range, with bars; two axes make a grid.
extension Session {
    /// Most rows a sweep table shows; longer sweeps are sampled evenly.
    static let sweepRowCap = 200
    /// Most columns of a two-input grid.
    static let sweepColumnCap = 16

    func runSweep(_ axes: [SweepAxis], show: [Expr], file: SourceFile, span: SourceSpan) throws(Diagnostic) -> [Output] {
        let s = try scored(span, file)
        guard axes.count == 1 || axes.count == 2 else {
            throw Diagnostic(phase: .evaluate, .sweepAxes, file: file, span: span)
        }
        var resolved: [(target: InputTarget, values: [ExactDecimal], unit: QuantityUnit, label: String)] = []
        for a in axes {
            let t = try inputTarget(a.target, command: "sweep", file: file)
            let unit = t.field.unit(on: s.report.nodes[t.node])
            let from = try sweepNumber(a.from, unit: unit, file: file)
            let to = try sweepNumber(a.to, unit: unit, file: file)
            let step = try sweepNumber(a.step, unit: unit, file: file)
            switch SweepEngine.values(from: from, to: to, step: step, limit: axes.count == 1 ? 10_000_000 : 1_000) {
            case .success(let v): resolved.append((t, v, unit, Self.sweepLabel(s, t.node, t.field.rawValue)))
            case .failure(let why): throw Diagnostic(phase: .evaluate, .sweepFailed, why, file: file, span: a.span)
            }
        }
        if checkingOnly {
            // A script check resolves what the sweep reads, without computing its points.
            for e in show { _ = try evaluator(file).evaluate(e) }
            return []
        }
        var out: [Output] = resolved.compactMap { $0.target.note.map { Output.text($0) } }
        if resolved.count == 1 {
            out.append(.table(try sweepTable(s, resolved[0].target, resolved[0].values, resolved[0].unit, resolved[0].label, show: show, file: file)))
        } else {
            out.append(.table(try sweepGrid(s, resolved[0], resolved[1], show: show.first, file: file)))
        }
        return out
    }

    // MARK: Implementation

    /// Names longer than this (in display columns) are shown by code in sweep headers, so the table fits 80 columns.
    static let sweepNameWidth = 16

    /// `name.field` for a short name, `#code.field` for a long one (the title and a legend give the name).
    static func sweepLabel(_ s: ScoredReport, _ node: Int, _ field: String) -> String {
        let n = s.report.nodes[node]
        let field = Keywords.shown(field)   // 得分, 执行数 … in Chinese
        return DisplayWidth.of(n.name) <= sweepNameWidth ? "\(n.name).\(field)" : "#\(n.code).\(field)"
    }

    /// `#1.1.1 部门整体绩效目标产出指标完成情况` for each node shown by code, so a reader can tell what a column is.
    static func sweepLegend(_ s: ScoredReport, _ nodes: [Int]) -> [String] {
        var seen: Set<Int> = []
        return nodes.compactMap { i in
            let n = s.report.nodes[i]
            guard DisplayWidth.of(n.name) > sweepNameWidth, seen.insert(i).inserted else { return nil }
            return "#\(n.code) = \(n.name)"
        }
    }

    /// What the sweep's figures do not show by themselves: entered scores beyond [0, weight] are held to it (typed
    /// one at a time they would be refused), and a swept weight takes its siblings' sum off the parent's weight.
    static func sweepNotes(_ s: ScoredReport, _ t: InputTarget, _ values: [ExactDecimal]) -> [String] {
        let node = s.report.nodes[t.node]
        var notes: [String] = []
        switch t.field {
        case .entered where !node.isTarget:
            if let w = node.weight, values.contains(where: { $0.isNegative || $0 > w }) {
                notes.append(Message.sweepEnteredHeld.text(w.shortText()))
            }
        case .weight:
            if let p = node.parent, let pw = s.report.nodes[p].weight, !s.report.nodes[p].isTargetContainer,
               let others = try? s.report.weightSum(of: s.report.nodes[p].children) - (node.weight ?? .zero),
               values.contains(where: { (try? others + $0).map { $0 != pw } ?? true }) {
                notes.append(Message.sweepWeightsOff.text(s.report.nodes[p].name, pw.shortText()))
            } else if node.parent == nil, values.contains(where: { $0 != node.weight }) {
                notes.append(Message.sweepTopWeightsOff.text())
            }
        default: break
        }
        return notes
    }

    /// "from 0 to 5 step 0.5" in the input's unit.
    static func sweepRange(_ values: [ExactDecimal], _ unit: QuantityUnit) -> String {
        var text = Message.sweepFromTo.text(Quantity(values.first ?? .zero, unit).text(), Quantity(values.last ?? .zero, unit).text())
        if values.count > 1, let step = try? values[1] - values[0] { text += Message.sweepStep.text(Quantity(step, unit).text()) }
        return text
    }

    /// A bound or step of a sweep, in the field's unit (a plain number is taken in the field's unit, except for percents).
    func sweepNumber(_ e: Expr, unit: QuantityUnit, file: SourceFile) throws(Diagnostic) -> ExactDecimal {
        let v = try evaluator(file).evaluate(e)
        guard case .number(let q) = v else {
            throw Diagnostic(phase: .evaluate, .sweepBoundsNumbers, v.typeName, file: file, span: e.span)
        }
        switch (unit, q.unit) {
        case (.percent, .percent), (.money, .money), (_, .none), (.count, .count): return q.value
        case (.percent, _):
            throw Diagnostic(phase: .evaluate, .inputIsPercent, q.value.shortText(), file: file, span: e.span)
        default:
            throw Diagnostic(phase: .evaluate, .unitMismatchInput, q.text(), unit.label.isEmpty ? Message.plainNumber.text() : unit.label, file: file, span: e.span)
        }
    }

    /// Indices of at most `cap` points spread evenly over `count`, first and last included.
    static func sampled(_ count: Int, cap: Int) -> [Int] {
        if count <= cap { return Array(0..<count) }
        return (0..<cap).map { k in (k * (count - 1)) / (cap - 1) }
    }

    func sweepTable(_ s: ScoredReport, _ t: InputTarget, _ values: [ExactDecimal], _ unit: QuantityUnit, _ label: String,
                    show: [Expr], file: SourceFile) throws(Diagnostic) -> Table {
        let places = s.scheme.scorePlaces
        let result = SweepEngine.runDetailed(scored: s, node: t.node, field: t.field, values: values, unit: unit, cancellation: cancellation)
        let computed = result.totals.count
        let rowsShown = Self.sampled(computed, cap: Self.sweepRowCap)
        let node = s.report.nodes[t.node]
        let watched = node.isTarget ? (node.parent ?? t.node) : t.node
        var columns = [label]
        var cells: [[String]] = []
        var numeric: [ExactDecimal?] = []
        if show.isEmpty {
            columns += [Self.sweepLabel(s, watched, "score"), "总分", "等级"]
            for k in rowsShown {
                // An incomplete total (an indicator could not be scored at this value) has no grade.
                cells.append([Quantity(values[k], unit).text(), result.scores[k].formatted(places: places),
                              result.totals[k].formatted(places: places), result.incomplete[k] ? "—" : s.scheme.grade(for: result.totals[k])])
                numeric.append(result.scores[k])
            }
        } else {
            columns += show.map { file.slice($0.span) }
            var copy = s
            for k in rowsShown {
                copy.modify(t.node, recordChanges: false) { t.field.set(values[k], unit: unit, in: &$0) }
                var row = [Quantity(values[k], unit).text()]
                var first: ExactDecimal?
                for (j, e) in show.enumerated() {
                    let v = try evaluator(file, on: copy).evaluate(e)
                    let (text, number) = sweepCell(v, copy)
                    row.append(text)
                    if j == 0 { first = number }
                }
                cells.append(row)
                numeric.append(first)
            }
        }
        let present = numeric.compactMap { $0 }
        if let lo = present.min(), let hi = present.max() {
            columns.append("")
            for r in cells.indices { cells[r].append(numeric[r].map { Bars.bar($0, lo: lo, hi: hi, width: 20) } ?? "") }
        }
        var footer: [String] = []
        if computed > rowsShown.count { footer.append(Message.sweepSampled.text(String(computed), String(rowsShown.count))) }
        if show.isEmpty, let lo = result.totals.min(), let hi = result.totals.max() {
            footer.append("总分 \(lo.formatted(places: places)) … \(hi.formatted(places: places))  " + Bars.sparkline(result.totals, width: 60))
            footer.append(contentsOf: gradeCrossings(s, values, result.totals, unit, incomplete: result.incomplete))
        } else if !present.isEmpty {
            footer.append(columns[1] + "  " + Bars.sparkline(present, width: 60))
        }
        if result.stopped { footer.append(Message.sweepStopped.text(String(computed))) }
        footer.append(contentsOf: Self.sweepNotes(s, t, values))
        footer.append(contentsOf: Self.sweepLegend(s, [t.node, watched]))
        return Table(title: "\(InterfaceLanguage.current == .zh ? SweepStatement.keywords[1] : "sweep") \(label) \(Self.sweepRange(values, unit))",
                     columns: columns, alignments: columns.indices.map { $0 == 0 || $0 == columns.count - 1 ? ($0 == 0 ? .right : .left) : .right },
                     rows: cells, footer: footer)
    }

    /// Where along the sweep the grade changes, as lines.
    func gradeCrossings(_ s: ScoredReport, _ values: [ExactDecimal], _ totals: [ExactDecimal], _ unit: QuantityUnit,
                        incomplete: [Bool] = []) -> [String] {
        var out: [String] = []
        var last: String?
        for (k, t) in totals.enumerated() {
            let g = k < incomplete.count && incomplete[k] ? "—" : s.scheme.grade(for: t)
            if let l = last, l != g, out.count < 6 { out.append(Message.sweepGradeAt.text(l, g, Quantity(values[k], unit).text())) }
            last = g
        }
        return out
    }

    func sweepGrid(_ s: ScoredReport, _ rowsAxis: (target: InputTarget, values: [ExactDecimal], unit: QuantityUnit, label: String),
                   _ colsAxis: (target: InputTarget, values: [ExactDecimal], unit: QuantityUnit, label: String),
                   show: Expr?, file: SourceFile) throws(Diagnostic) -> Table {
        let places = s.scheme.scorePlaces
        let rowIdx = Self.sampled(rowsAxis.values.count, cap: Self.sweepRowCap)
        let colIdx = Self.sampled(colsAxis.values.count, cap: Self.sweepColumnCap)
        let cellName = show.map { file.slice($0.span) } ?? "总分"
        var rows: [[String]] = []
        var copy = s
        var stopped = false
        for (k, r) in rowIdx.enumerated() {
            if cancellation.isRequested { stopped = true; break }
            cancellation.report(k * colIdx.count, of: rowIdx.count * colIdx.count)
            copy.modify(rowsAxis.target.node, recordChanges: false) { rowsAxis.target.field.set(rowsAxis.values[r], unit: rowsAxis.unit, in: &$0) }
            var row = [Quantity(rowsAxis.values[r], rowsAxis.unit).text()]
            for c in colIdx {
                copy.modify(colsAxis.target.node, recordChanges: false) { colsAxis.target.field.set(colsAxis.values[c], unit: colsAxis.unit, in: &$0) }
                if let e = show {
                    row.append(sweepCell(try evaluator(file, on: copy).evaluate(e), copy).text)
                } else {
                    row.append(copy.total.formatted(places: places))
                }
            }
            rows.append(row)
        }
        var footer = [Message.sweepGridCells.text(cellName, rowsAxis.label, colsAxis.label)]
        if rowIdx.count < rowsAxis.values.count || colIdx.count < colsAxis.values.count {
            footer.append(Message.sweepGridSampled.text(String(rowsAxis.values.count), String(colsAxis.values.count), String(rowIdx.count), String(colIdx.count)))
        }
        if stopped { footer.append(Message.sweepStopped.text(String(rows.count * colIdx.count))) }
        footer.append(contentsOf: Self.sweepLegend(s, [rowsAxis.target.node, colsAxis.target.node]))
        let header = ["\(rowsAxis.label) \\ \(colsAxis.label)"] + colIdx.map { Quantity(colsAxis.values[$0], colsAxis.unit).text() }
        return Table(title: Message.sweepGridTitle.text(cellName), columns: header, alignments: header.map { _ in .right }, rows: rows, footer: footer)
    }

    /// A value as a sweep cell shows it, and its number when it has one.
    func sweepCell(_ v: Value, _ s: ScoredReport) -> (text: String, number: ExactDecimal?) {
        switch v {
        case .number(let q):
            return (q.unit == .none && q.value.scale <= 6 ? q.value.formatted(grouping: true) : q.text(), q.value)
        case .indicator(let i): return (s.scores[i].formatted(places: s.scheme.scorePlaces), s.scores[i])
        case .string(let t): return (t, nil)
        case .bool(let b): return (b ? "true" : "false", nil)
        case .none: return ("none", nil)
        default: return ((try? display(v)) ?? "?", nil)
        }
    }

    /// An evaluator over a private scored copy (sweeps and seeks), with the session's variables.
    func evaluator(_ file: SourceFile?, on copy: ScoredReport) -> Evaluator {
        Evaluator(scored: copy, variables: variables, file: file, leafScope: nil,
                  scenarioLookup: { [workspace] name in workspace?.scenarios[name]?.scored })
    }
}

/// Unicode bars and sparklines for sweep tables.
enum Bars {
    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let levels = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A horizontal bar of `width` cells for `x` between `lo` and `hi` (at least a sliver for any value above `lo`).
    static func bar(_ x: ExactDecimal, lo: ExactDecimal, hi: ExactDecimal, width: Int) -> String {
        guard let span = try? hi - lo, !span.isZero, let off = try? x - lo,
              let f = try? off.divided(by: span, places: 6), let eighthsTotal = (try? (f * ExactDecimal(width * 8)))?.rounded(places: 0).intValue
        else { return String(repeating: "█", count: width) }
        let n = max(0, min(width * 8, eighthsTotal))
        return String(repeating: "█", count: n / 8) + eighths[n % 8]
    }

    /// A sparkline of at most `width` characters (values sampled evenly).
    static func sparkline(_ xs: [ExactDecimal], width: Int) -> String {
        guard let lo = xs.min(), let hi = xs.max() else { return "" }
        let idx = Session.sampled(xs.count, cap: width)
        guard let span = try? hi - lo, !span.isZero else { return String(repeating: "▄", count: idx.count) }
        return idx.map { k in
            guard let off = try? xs[k] - lo, let f = try? off.divided(by: span, places: 6),
                  let level = (try? f * 7)?.rounded(places: 0).intValue else { return "▄" }
            return levels[max(0, min(7, level))]
        }.joined()
    }
}
