/// One table row's cells as UTF-8 bytes in one reused buffer, each with its display width: what a row source fills and
/// the table renderer pads. No cell becomes a string and nothing is called per cell, so a table of 100,000 rows costs
/// little more than its bytes.
public struct RowCells: ~Copyable {
    private var buffer: ByteBuffer
    /// Per cell: where its bytes end, and its width in terminal columns.
    private let ends: UnsafeMutablePointer<Int>
    private let widths: UnsafeMutablePointer<Int>
    /// The most cells a row holds.
    public let columns: Int
    /// The cells of the current row so far.
    public private(set) var count = 0
    /// When set, cells are measured and not kept: a renderer's first pass needs only their widths, so text is not
    /// copied and numbers are counted without being written.
    public var measuring = false
    /// The widths of this row's cells when already known (a renderer's second pass, from its first): they are then
    /// taken as given rather than counted again.
    public var knownWidths: UnsafePointer<UInt16>? = nil

    /// An empty row of at most `columns` cells.
    public init(columns: Int) {
        self.columns = max(columns, 1)
        buffer = ByteBuffer(capacity: 256)
        ends = .allocate(capacity: self.columns)
        widths = .allocate(capacity: self.columns)
    }

    deinit {
        buffer.deallocate()
        ends.deallocate()
        widths.deallocate()
    }

    /// Empties the row for the next one (the buffer is kept).
    public mutating func reset() { count = 0; buffer.removeAll() }

    /// Cell `k`'s bytes.
    public func bytes(_ k: Int) -> UnsafeBufferPointer<UInt8> {
        buffer.bytes(k == 0 ? 0 : ends[k - 1], ends[k])
    }

    /// Cell `k`'s display width.
    public func width(_ k: Int) -> Int { widths[k] }

    /// Cell `k` as text (for a table kept in memory).
    public func text(_ k: Int) -> String { String(decoding: bytes(k), as: UTF8.self) }

    /// Adds an empty cell.
    public mutating func appendEmpty() { close(width: 0) }

    /// Adds a cell of `text` after `indent` blanks; its width is counted from its bytes unless given.
    @inline(__always)
    public mutating func append(_ text: String, indent: Int = 0, width: Int? = nil) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ append($0, indent: indent, width: width) }) { return done }
        var t = text
        t.withUTF8 { append($0, indent: indent, width: width) }
    }

    /// Adds a cell of these bytes after `indent` blanks; its width is counted unless given.
    @inline(__always)
    public mutating func append(_ b: UnsafeBufferPointer<UInt8>, indent: Int = 0, width: Int? = nil) {
        guard count < columns else { return }
        if measuring { close(width: indent + (width ?? DisplayWidth.of(utf8: b))); return }
        let at = buffer.space(indent + b.count)
        if indent > 0 { at.update(repeating: 0x20, count: indent) }
        if let base = b.baseAddress { (at + indent).update(from: base, count: b.count) }
        buffer.advance(indent + b.count)
        // (A width too wide for two bytes, 65,535 columns or more, is counted again.)
        if let known = knownWidths, known[count] != .max { close(width: Int(known[count])); return }
        close(width: indent + (width ?? DisplayWidth.of(utf8: b)))
    }

    /// Room for a cell of at most `maxBytes` bytes, written in place and then kept with ``commit(_:width:)``.
    @inline(__always)
    mutating func space(_ maxBytes: Int) -> UnsafeMutablePointer<UInt8> { buffer.space(maxBytes) }

    /// Keeps the `n` bytes written at ``space(_:)`` as a cell `width` columns wide (measured only, when measuring).
    @inline(__always)
    mutating func commit(_ n: Int, width: Int) {
        guard count < columns else { return }
        if !measuring { buffer.advance(n) }
        close(width: width)
    }

    @inline(__always)
    private mutating func close(width: Int) {
        guard count < columns else { return }
        ends[count] = buffer.count
        widths[count] = width
        count += 1
    }
}
