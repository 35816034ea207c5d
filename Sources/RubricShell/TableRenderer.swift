import Foundation
import RubricCore

/// Renders a `Table` as aligned columns by display width; numeric columns are right-aligned, the header bold when colour is on.
struct TableRenderer {
    /// Colour or plain.
    var style: Style
    /// Space between columns.
    var separator = "  "
    /// The terminal width: a wider table has its last (left-aligned) column cut with "…"; nil never cuts.
    var maxWidth: Int? = nil

    /// The table as lines ending in "\n".
    func render(_ table: Table) -> String {
        // Written in one piece (the chunk is the whole table), decoded straight from the writer's buffer.
        var text = ""
        write(table, chunk: .max) { text += String(decoding: $0, as: UTF8.self) }
        return text
    }

    /// The table as UTF-8 lines ending in "\n", handed to `sink` in pieces of about `chunk` bytes (whole lines), so a
    /// table of 100,000 rows is never held as one text.
    func write(_ table: Table, chunk: Int = 1 << 16, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        write(columns: table.columns, alignments: effectiveAlignments(table), title: table.title, footer: table.footer,
              rows: TableRows(rows: table.rows, count: table.columns.count), chunk: chunk, to: sink)
    }

    /// Rows from any source, laid out as ``write(_:chunk:to:)`` lays out a table's: each cell measured once, then
    /// every line padded to the widest cell of each column.
    func write<R: RowSource>(columns: [String], alignments: [Table.Alignment], title: String?, footer: [String], rows: R,
                             chunk: Int = 1 << 16, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        let count = columns.count
        guard count > 0 else {
            var text = footer.map { $0 + "\n" }.joined()
            text.withUTF8(sink)
            return
        }
        var widths = columns.map { DisplayWidth.of($0) }
        // Two passes over the rows, each filling one reused row of cells: the first measures every cell (its widths
        // kept, two bytes a cell) and finds each column's width, the second writes. No cell's text is kept between them.
        var cells = RowCells(columns: count)
        cells.measuring = true
        var sizes = [UInt16](repeating: 0, count: rows.count * count)
        widths.withUnsafeMutableBufferPointer { wide in
            sizes.withUnsafeMutableBufferPointer { sz in
                for r in 0..<rows.count {
                    cells.reset()
                    rows.row(r, into: &cells)
                    for i in 0..<min(cells.count, count) {
                        let w = cells.width(i)
                        sz[r &* count &+ i] = UInt16(clamping: w)
                        if w > wide[i] { wide[i] = w }
                    }
                }
            }
        }
        let last = count - 1
        let total = widths.reduce(0, +) + DisplayWidth.of(separator) * last
        if let maxWidth, total > maxWidth, alignments[last] == .left {
            widths[last] = max(4, widths[last] - (total - maxWidth))
        }
        let columnWidths = widths
        let gap = separator.utf8.count
        // Written as bytes: appending to a String costs several checks per append, and a score table has 100,000 rows.
        // About a byte a column: CJK text is 3 bytes in 2 columns, padding and numbers 1 in 1.
        var out = ByteBuffer(capacity: min(chunk, rows.count * (widths.reduce(0, +) + gap * count + 8)) + 256)
        defer { out.deallocate() }
        // The header: each name padded inside its (bold) decoration.
        var pendingSpaces = 0
        if let title { out.append(style.bold(title)); out.append(byte: 0x0A) }
        for i in 0..<count {
            var cell = columns[i], w = DisplayWidth.of(cell)
            if i == last && w > columnWidths[i] { cell = DisplayWidth.truncate(cell, to: columnWidths[i]); w = DisplayWidth.of(cell) }
            let right = alignments[i] == .right
            if i > 0 { pendingSpaces += gap }
            if cell.isEmpty { pendingSpaces += max(0, columnWidths[i] - w); continue }
            let padded = i == last && !right ? cell : DisplayWidth.pad(cell, to: columnWidths[i], alignRight: right, measured: w)
            out.appendSpaces(pendingSpaces)
            out.append(style.bold(padded))
            pendingSpaces = 0
        }
        out.dropTrailingSpaces()
        out.append(byte: 0x0A)
        out.append(style.dim(widths.map { String(repeating: "─", count: $0) }.joined(separator: separator)))
        out.append(byte: 0x0A)
        // Each row: a cell padded by appending spaces; blanks not yet written are dropped when nothing follows them.
        let right = alignments.map { $0 == .right }
        cells.measuring = false
        // Read through buffers: a checked array access per cell is a tenth of the row's cost.
        sizes.withUnsafeBufferPointer { sz in
            columnWidths.withUnsafeBufferPointer { columnWidths in
                right.withUnsafeBufferPointer { right in
                    for r in 0..<rows.count {
                        pendingSpaces = 0
                        cells.reset()
                        cells.knownWidths = sz.baseAddress.map { $0 + r &* count }
                        rows.row(r, into: &cells)
                        for i in 0..<min(cells.count, count) {
                            let bytes = cells.bytes(i)
                            var w = cells.width(i)
                            if i > 0 { pendingSpaces &+= gap }
                            if i == last && w > columnWidths[i] {
                                // Cut to the terminal's width (only the last, left-aligned column is cut).
                                let cut = DisplayWidth.truncate(String(decoding: bytes, as: UTF8.self), to: columnWidths[i])
                                w = DisplayWidth.of(cut)
                                if right[i] { pendingSpaces += max(0, columnWidths[i] - w) }
                                out.appendSpaces(pendingSpaces)
                                out.append(cut)
                                pendingSpaces = right[i] ? 0 : max(0, columnWidths[i] - w)
                                continue
                            }
                            let pad = max(0, columnWidths[i] &- w)
                            if right[i] { pendingSpaces &+= pad }
                            if bytes.count > 0 {
                                out.appendSpaces(pendingSpaces)
                                out.append(bytes)
                                pendingSpaces = 0
                            }
                            if !right[i] { pendingSpaces &+= pad }
                        }
                        out.dropTrailingSpaces()   // a cell's own trailing blanks, as before
                        out.append(byte: 0x0A)
                        if out.count >= chunk { out.flush(to: sink) }
                    }
                }
            }
        }
        for line in footer { out.append(line); out.append(byte: 0x0A) }
        out.flush(to: sink)
    }

    /// The table's alignments; when all are left (the default), columns whose cells are all numbers become right-aligned (never the code column).
    func effectiveAlignments(_ table: Table) -> [Table.Alignment] {
        let count = table.columns.count
        var alignments = (0..<count).map { $0 < table.alignments.count ? table.alignments[$0] : .left }
        guard alignments.allSatisfy({ $0 == .left }) else { return alignments }
        for i in 0..<count where table.columns[i] != "code" && table.columns[i] != "编码" {   // codes (1, 1.2) are names, not quantities
            let cells = table.rows.compactMap { i < $0.count ? $0[i] : nil }.filter { !Self.isBlank($0) }
            if !cells.isEmpty && cells.allSatisfy(Self.isNumber) { alignments[i] = .right }
        }
        return alignments
    }

    /// Empty or a placeholder dash.
    static func isBlank(_ cell: String) -> Bool {
        let t = trimmed(cell)
        return t.isEmpty || t == "-" || t == "—" || t == "–"
    }

    /// The cell without blanks at its ends; most cells have none and are returned as they are (no Foundation call).
    static func trimmed(_ cell: String) -> String {
        guard let f = cell.utf8.first, let l = cell.utf8.last else { return cell }
        let plain = { (b: UInt8) in b != 0x20 && b != 0x09 && b < 0x80 }   // a non-ASCII end may be a wide blank
        return plain(f) && plain(l) ? cell : cell.trimmingCharacters(in: .whitespaces)
    }

    /// A number, optionally signed, with grouping commas, and an optional unit after it (`447,720.15万元`, `-0.05`, `95%`).
    static func isNumber(_ cell: String) -> Bool {
        var scalars = Substring(trimmed(cell)).unicodeScalars[...]
        if let first = scalars.first, "+-−±".unicodeScalars.contains(first) { scalars = scalars.dropFirst() }
        guard let first = scalars.first, ("0"..."9").contains(first) else { return false }
        let numeric = scalars.prefix { ("0"..."9").contains($0) || $0 == "," || $0 == "." }
        let unit = scalars.dropFirst(numeric.count)
        // A code such as 1.2.3 is not a number.
        if numeric.filter({ $0 == "." }).count > 1 { return false }
        return !unit.contains { ("0"..."9").contains($0) } && unit.count <= 4
    }
}


/// Rows handed to the renderer one at a time: each cell's UTF-8 bytes and width, by column.
protocol RowSource {
    /// How many rows.
    var count: Int { get }
    /// Fills `cells` (emptied by the caller) with row `r`'s cells, every column in order.
    func row(_ r: Int, into cells: inout RowCells)
}

/// A table's rows as a ``RowSource`` (a row shorter than the header has empty cells after its last).
struct TableRows: RowSource {
    let rows: [[String]]
    /// The number of columns.
    let columns: Int

    init(rows: [[String]], count: Int) { self.rows = rows; self.columns = count }

    var count: Int { rows.count }

    func row(_ r: Int, into cells: inout RowCells) {
        let row = rows[r]
        for i in 0..<columns {
            if i < row.count { cells.append(row[i]) } else { cells.appendEmpty() }
        }
    }
}

/// The score table's rows, made on the fly (``ScoreRows``).
extension ScoreRows: RowSource {}
