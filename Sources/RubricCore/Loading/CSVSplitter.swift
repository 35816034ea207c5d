/// Splits comma-separated text (RFC 4180: `"` quotes fields, `""` is a quote, quoted fields may hold commas and line breaks) into table rows.
enum CSVSplitter {
    /// The rows of `file`, each with its non-empty cells; an unterminated quote or text after a closing quote is an error.
    static func rows(_ file: SourceFile) throws(Diagnostic) -> [TableRow] {
        let bytes = Array(file.text.utf8)
        var rows: [TableRow] = []
        var cells: [TableCell] = []
        var i = TableRow.bomLength(bytes)
        var rowStart = i
        var column = 0
        while i <= bytes.count {
            // One field starts at i.
            let fieldStart = i
            var cell: TableCell?
            if i < bytes.count && bytes[i] == 0x22 {
                let (text, close) = try quoted(bytes, from: i, file: file)
                cell = TableRow.trimmedCell(text, at: i, span: SourceSpan(i, close + 1))
                i = close + 1
                // Only blanks may sit between the closing quote and the separator.
                while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D) { i += 1 }
                if i < bytes.count && bytes[i] != 0x2C && bytes[i] != 0x0A {
                    throw Diagnostic(phase: .load, .csvTextAfterQuote, file: file, span: SourceSpan(i, i + 1), hint: .csvQuotedFieldEnds)
                }
            } else {
                while i < bytes.count && bytes[i] != 0x2C && bytes[i] != 0x0A { i += 1 }
                let end = TableRow.lineEnd(bytes, fieldStart, i)
                cell = TableRow.cell(bytes, fieldStart, end)
            }
            if var cell { cell.column = column; cells.append(cell) }
            // i is at a comma, a line break, or the end.
            if i < bytes.count && bytes[i] == 0x2C {
                i += 1
                column += 1
                continue
            }
            column = 0
            rows.append(TableRow(cells: cells, span: SourceSpan(rowStart, TableRow.lineEnd(bytes, rowStart, i))))
            cells = []
            i += 1
            rowStart = i
        }
        return rows
    }

    // MARK: Implementation

    /// The unescaped text of the quoted field opening at `open`, and the offset of its closing quote.
    static func quoted(_ bytes: [UInt8], from open: Int, file: SourceFile) throws(Diagnostic) -> (String, Int) {
        var out: [UInt8] = []
        var j = open + 1
        while j < bytes.count {
            if bytes[j] == 0x22 {
                if j + 1 < bytes.count && bytes[j + 1] == 0x22 {
                    out.append(0x22)
                    j += 2
                    continue
                }
                return (String(decoding: out, as: UTF8.self), j)
            }
            if bytes[j] != 0x0D { out.append(bytes[j]) }
            j += 1
        }
        throw Diagnostic(phase: .load, .csvUnterminatedField, file: file, span: SourceSpan(open, open + 1), hint: .csvAddClosingQuote)
    }
}
