/// One non-empty cell of a 自评表: its trimmed text and where it sits in the file (UTF-8 offsets).
struct TableCell: Sendable, Equatable {
    var text: String
    var span: SourceSpan
    /// The cell's column (0-based field number in its line); layouts read by header use it, the 部门整体 reader does not.
    var column: Int = 0

    /// The cell as a number (`91,470.79`, `4.70`, `0.5`), or nil for text.
    var number: ExactDecimal? {
        guard let first = text.unicodeScalars.first,
              first == "-" || first == "+" || first == "." || ("0"..."9").contains(first) || (0xFF10...0xFF19).contains(first.value)
        else { return nil }
        return try? ExactDecimal(parsing: text)
    }

    /// True when the cell holds text rather than a number.
    var isText: Bool { number == nil }
}

/// One row of a 自评表 as extracted: its non-empty cells in order (column positions are not trusted).
struct TableRow: Sendable, Equatable {
    var cells: [TableCell]
    /// The whole row, for diagnostics about the row rather than one cell.
    var span: SourceSpan

    /// The first cell whose text is exactly `text`, with its position among the cells.
    func cell(_ text: String) -> (index: Int, cell: TableCell)? {
        guard let i = cells.firstIndex(where: { $0.text == text }) else { return nil }
        return (i, cells[i])
    }

    /// True for the indicator header (一级指标 | 分值 | 二级指标 | … | 三级指标 …), first or repeated after a page break.
    var isIndicatorHeader: Bool {
        cell("一级指标") != nil && cell("三级指标") != nil
    }
}

// MARK: Implementation

extension TableRow {
    /// Splits tab-separated text into rows: one row a line, one cell a tab-separated field; quotes mean nothing.
    static func splitTSV(_ file: SourceFile) -> [TableRow] {
        let bytes = Array(file.text.utf8)
        var rows: [TableRow] = []
        var cells: [TableCell] = []
        var rowStart = bomLength(bytes)
        var fieldStart = rowStart
        var column = 0
        var i = rowStart
        while i <= bytes.count {
            let atEnd = i == bytes.count
            let b: UInt8 = atEnd ? 0x0A : bytes[i]
            if b == 0x09 || b == 0x0A {
                if var c = cell(bytes, fieldStart, i) { c.column = column; cells.append(c) }
                fieldStart = i + 1
                column += 1
                if b == 0x0A {
                    column = 0
                    rows.append(TableRow(cells: cells, span: SourceSpan(rowStart, lineEnd(bytes, rowStart, i))))
                    cells = []
                    rowStart = i + 1
                }
            }
            i += 1
        }
        return rows
    }

    /// The length of a UTF-8 byte-order mark at the start, if any.
    static func bomLength(_ bytes: [UInt8]) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The end of a line's content, without a carriage return before the line break.
    static func lineEnd(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start && bytes[e - 1] == 0x0D { e -= 1 }
        return e
    }

    /// The cell for bytes `start..<end` trimmed of spaces, or nil when nothing is left.
    static func cell(_ bytes: [UInt8], _ start: Int, _ end: Int) -> TableCell? {
        let raw = String(decoding: bytes[start..<end], as: UTF8.self)
        return trimmedCell(raw, at: start)
    }

    /// `raw` (which starts at UTF-8 offset `offset`) trimmed of white space, with the span of what is left.
    static func trimmedCell(_ raw: String, at offset: Int, span: SourceSpan? = nil) -> TableCell? {
        let scalars = Array(raw.unicodeScalars)
        var lo = 0, hi = scalars.count
        while lo < hi && isBlank(scalars[lo]) { lo += 1 }
        while hi > lo && isBlank(scalars[hi - 1]) { hi -= 1 }
        guard lo < hi else { return nil }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[lo..<hi])
        let lead = scalars[..<lo].reduce(0) { $0 + UTF8.width($1) }
        let length = scalars[lo..<hi].reduce(0) { $0 + UTF8.width($1) }
        return TableCell(text: String(text), span: span ?? SourceSpan(offset + lead, offset + lead + length))
    }

    /// White space a PDF extraction leaves around cells: ASCII blanks, no-break and ideographic spaces.
    static func isBlank(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x3000, 0xFEFF: return true
        default: return false
        }
    }
}

extension TableCell {
    /// The cell as a plain number, or an error at the cell.
    func decimal(in file: SourceFile, hint: String? = nil) throws(Diagnostic) -> ExactDecimal {
        if let n = number { return n }
        throw Diagnostic(phase: .load, .cellNotANumber, IndicatorRow.short(text), file: file, span: span, hint: hint)
    }

    /// The cell as money in 万元 (a plain number, or with its unit), or an error at the cell.
    func money(in file: SourceFile) throws(Diagnostic) -> ExactDecimal {
        if let n = number { return n }
        if let q = try? Quantity(parsing: text), q.unit == .money { return q.value }
        throw Diagnostic(phase: .load, .cellNotMoney, IndicatorRow.short(text), file: file, span: span, hint: .moneyCellsHint)
    }

    /// The cell as a number with its unit (`86%`, `600家`), or an error at the cell.
    func quantity(in file: SourceFile, hint: String = Message.valueWithUnitHint.text()) throws(Diagnostic) -> Quantity {
        do { return try Quantity(parsing: text) } catch {
            throw Diagnostic(phase: .load, .cellNotAValue, IndicatorRow.short(text), file: file, span: span, hint: hint)
        }
    }
}
