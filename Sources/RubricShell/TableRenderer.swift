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
        var text = ""
        write(table, chunk: .max) { text = String(decoding: $0, as: UTF8.self) }
        return text
    }

    /// The table as UTF-8 lines ending in "\n", handed to `sink` in pieces of about `chunk` bytes (whole lines), so a
    /// table of 100,000 rows is never held as one text.
    func write(_ table: Table, chunk: Int = 1 << 16, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        let count = table.columns.count
        guard count > 0 else {
            var footer = table.footer.map { $0 + "\n" }.joined()
            footer.withUTF8(sink)
            return
        }
        let alignments = effectiveAlignments(table)
        var widths = table.columns.map { DisplayWidth.of($0) }
        // Each cell measured once, the widths kept in one flat array (a list per row cost 88 bytes a row).
        var sizes = [Int32](repeating: 0, count: table.rows.count * count)
        // A column repeats its cells (the same weight, score, rule on row after row): the last one's width is reused.
        var lastCell = [String](repeating: "", count: count), lastWidth = [Int](repeating: 0, count: count)
        for (r, row) in table.rows.enumerated() {
            for (i, cell) in row.prefix(count).enumerated() {
                let w: Int
                if cell == lastCell[i] { w = lastWidth[i] } else { w = DisplayWidth.of(cell); lastCell[i] = cell; lastWidth[i] = w }
                sizes[r * count + i] = Int32(clamping: w)
                widths[i] = max(widths[i], w)
            }
        }
        let measured = sizes
        let last = count - 1
        let total = widths.reduce(0, +) + DisplayWidth.of(separator) * last
        if let maxWidth, total > maxWidth, alignments[last] == .left {
            widths[last] = max(4, widths[last] - (total - maxWidth))
        }
        let columnWidths = widths
        let gap = separator.utf8.count
        // Written as bytes: appending to a String costs several checks per append, and a score table has 100,000 rows.
        // About a byte a column: CJK text is 3 bytes in 2 columns, padding and numbers 1 in 1.
        var out = ByteBuffer(capacity: min(chunk, table.rows.count * (widths.reduce(0, +) + gap * count + 8)) + 256)
        defer { out.deallocate() }
        /// Appends one row: each cell padded by appending spaces (no padded copy of a cell is made).
        func line(_ cells: [String], row: Int? = nil, decorate: ((String) -> String)? = nil, into out: inout ByteBuffer) {
            var pendingSpaces = 0   // spaces not yet written: dropped when nothing follows them on the line
            for i in 0..<count {
                var cell = i < cells.count ? cells[i] : ""
                var w = row.map { Int(measured[$0 * count + i]) } ?? DisplayWidth.of(cell)
                if i == last && w > columnWidths[i] { cell = DisplayWidth.truncate(cell, to: columnWidths[i]); w = DisplayWidth.of(cell) }
                let right = alignments[i] == .right
                let pad = max(0, columnWidths[i] - w)
                if i > 0 { pendingSpaces += gap }
                if !cell.isEmpty, let decorate {
                    // A decorated (bold) header cell: padded inside the decoration, as before.
                    let padded = i == last && !right ? cell : DisplayWidth.pad(cell, to: columnWidths[i], alignRight: right, measured: w)
                    out.appendSpaces(pendingSpaces)
                    out.append(decorate(padded))
                    pendingSpaces = 0
                    continue
                }
                if right { pendingSpaces += pad }
                if !cell.isEmpty {
                    out.appendSpaces(pendingSpaces)
                    out.append(cell)
                    pendingSpaces = 0
                }
                if !right { pendingSpaces += pad }
            }
            out.dropTrailingSpaces()   // a cell's own trailing blanks, as before
            out.append(byte: 0x0A)
        }
        if let title = table.title { out.append(style.bold(title)); out.append(byte: 0x0A) }
        line(table.columns, decorate: style.bold, into: &out)
        out.append(style.dim(widths.map { String(repeating: "─", count: $0) }.joined(separator: separator)))
        out.append(byte: 0x0A)
        for (r, row) in table.rows.enumerated() {
            line(row, row: r, into: &out)
            if out.count >= chunk { out.flush(to: sink) }
        }
        for footer in table.footer { out.append(footer); out.append(byte: 0x0A) }
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

/// A growable byte buffer written through a pointer: an append is a bounds check and a copy.
struct ByteBuffer {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    func deallocate() { storage.deallocate() }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let bigger = max(capacity * 2, count + extra)
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
        fresh.update(from: storage, count: count)
        storage.deallocate()
        storage = fresh
        capacity = bigger
    }

    @inline(__always)
    mutating func append(byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    mutating func append(_ text: String) {
        var t = text
        t.withUTF8 { b in
            reserve(b.count)
            if let base = b.baseAddress { (storage + count).update(from: base, count: b.count) }
            count += b.count
        }
    }

    @inline(__always)
    mutating func appendSpaces(_ n: Int) {
        guard n > 0 else { return }
        reserve(n)
        (storage + count).update(repeating: 0x20, count: n)
        count += n
    }

    /// Drops blanks at the end (of the line being written).
    mutating func dropTrailingSpaces() {
        while count > 0 && storage[count - 1] == 0x20 { count -= 1 }
    }

    /// Hands what is written to `sink` and starts again.
    mutating func flush(to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        sink(UnsafeBufferPointer(start: storage, count: count))
        count = 0
    }
}
