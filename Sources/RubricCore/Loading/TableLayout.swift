/// An indicator row of a 自评表, read from the order of its non-empty cells, not their columns.
///
/// A row is: one to three (name, weight) pairs — 一级+二级+三级, 二级+三级, or 三级 alone — then the
/// 指标解释, the 得分, and optionally 未达标原因 and 改进措施. A pair may have lost its name in extraction.
struct IndicatorRow: Sendable, Equatable {
    /// A (name, weight) pair opening one level; `name` is nil when the extraction lost it.
    struct Pair: Sendable, Equatable {
        var name: TableCell?
        var weight: ExactDecimal
        var weightCell: TableCell
    }

    var pairs: [Pair]
    var explanation: TableCell?
    var score: ExactDecimal
    var scoreCell: TableCell
    var shortfall: TableCell?
    var improvement: TableCell?
    var row: TableRow

    /// Classifies `row`; a row that does not fit the layout is an error pointing at the cell that breaks it.
    init(classifying row: TableRow, file: SourceFile) throws(Diagnostic) {
        self.row = row
        let cells = row.cells
        guard let first = cells.first else {
            throw Diagnostic(phase: .load, .emptyIndicatorRow, file: file, span: row.span)
        }
        let scoreIndex: Int
        if let e = cells.firstIndex(where: { $0.isText && IndicatorRow.looksLikeExplanation($0.text) }), e > 0,
           let pairs = IndicatorRow.pairs(cells[..<e]), !pairs.isEmpty {
            // Anchored on the explanation: the cell after it is the score, whatever it holds.
            guard e + 1 < cells.count else {
                throw Diagnostic(phase: .load, .noScoreAfterExplanation, file: file,
                                 span: cells[e].span, hint: IndicatorRow.layoutHint)
            }
            self.pairs = pairs
            explanation = cells[e]
            scoreIndex = e + 1
        } else {
            // No explanation to anchor on: the score is the last number, an explanation may precede it.
            guard let s = cells.lastIndex(where: { !$0.isText }) else {
                throw Diagnostic(phase: .load, .rowNoWeightOrScore, IndicatorRow.short(first.text),
                                 file: file, span: first.span, hint: IndicatorRow.layoutHint)
            }
            scoreIndex = s
            var prefix = cells[..<s]
            if let last = prefix.last, last.isText {
                explanation = last
                prefix = prefix.dropLast()
            } else {
                explanation = nil
            }
            self.pairs = try IndicatorRow.pairsOrError(prefix, file: file)
        }
        if pairs.isEmpty {
            throw Diagnostic(phase: .load, .rowNoNameAndWeight, file: file,
                             span: first.span, hint: IndicatorRow.layoutHint)
        }
        if pairs.count > 3 {
            let extra = pairs[3].name ?? pairs[3].weightCell
            throw Diagnostic(phase: .load, .rowTooManyLevels, file: file, span: extra.span, hint: .rowHoldsThreeLevels)
        }
        let scoreCell = cells[scoreIndex]
        guard let score = scoreCell.number else {
            throw Diagnostic(phase: .load, .scoreNotANumber, IndicatorRow.short(scoreCell.text), file: file, span: scoreCell.span, hint: .scoreIsANumber)
        }
        self.score = score
        self.scoreCell = scoreCell
        let trailing = cells[(scoreIndex + 1)...]
        for (k, c) in trailing.enumerated() {
            if k >= 2 {
                throw Diagnostic(phase: .load, .unexpectedCellAfterReasons, IndicatorRow.short(c.text),
                                 file: file, span: c.span, hint: IndicatorRow.layoutHint)
            }
            if !c.isText {
                throw Diagnostic(phase: .load, .unexpectedNumberAfterScore, c.text, file: file, span: c.span,
                                 hint: IndicatorRow.layoutHint)
            }
        }
        shortfall = trailing.first
        improvement = trailing.dropFirst().first
    }

    // MARK: Implementation

    static var layoutHint: String { Message.layoutRowHint.text() }

    /// True for a 指标解释: it says what the indicator 反映 (reflects), or is longer than any indicator name.
    static func looksLikeExplanation(_ text: String) -> Bool {
        text.contains("反映") || text.hasPrefix("部门（单位）") || text.hasPrefix("部门(单位)") || text.count > 24
    }

    /// The pairs of `cells` (text then number, or a lone number whose name was lost), or nil when they do not pair up.
    static func pairs(_ cells: ArraySlice<TableCell>) -> [Pair]? {
        var out: [Pair] = []
        var i = cells.startIndex
        while i < cells.endIndex {
            if let w = cells[i].number {
                out.append(Pair(name: nil, weight: w, weightCell: cells[i]))
                i += 1
            } else if i + 1 < cells.endIndex, let w = cells[i + 1].number {
                out.append(Pair(name: cells[i], weight: w, weightCell: cells[i + 1]))
                i += 2
            } else {
                return nil
            }
        }
        return out
    }

    /// Like ``pairs(_:)``, but a name without a weight is an error pointing at it.
    static func pairsOrError(_ cells: ArraySlice<TableCell>, file: SourceFile) throws(Diagnostic) -> [Pair] {
        if let p = pairs(cells) { return p }
        var i = cells.startIndex
        while i < cells.endIndex {
            if cells[i].number != nil { i += 1; continue }
            if i + 1 < cells.endIndex, cells[i + 1].number != nil { i += 2; continue }
            throw Diagnostic(phase: .load, .indicatorNoWeight, short(cells[i].text), file: file,
                             span: cells[i].span, hint: layoutHint)
        }
        return []
    }

    /// Text cut for a message.
    static func short(_ text: String) -> String {
        text.count > 20 ? String(text.prefix(20)) + "…" : text
    }
}
