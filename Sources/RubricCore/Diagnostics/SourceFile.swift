import Synchronization

/// A named text (a script, a report file, a numbered REPL input) that diagnostics point into.
public struct SourceFile: Sendable, Equatable {
    /// What diagnostics call the text: a path, or `<input 3>` for the shell's third input.
    public let name: String
    public let text: String
    /// UTF-8 offsets at which each line starts: found the first time a place is asked for (most loads never ask).
    var lineStarts: [Int] { lines.starts(of: text) }
    private let lines = LineIndex()

    /// Set when the text is a workbook sheet written as tab-separated rows (line N is Excel row N): places are
    /// then named as Excel names cells, `自评表!F25`.
    public let sheet: String?

    public init(name: String, text: String, sheet: String? = nil) {
        self.name = name
        // Native UTF-8, so reading the bytes in place never copies the text (a bridged string would, on every read).
        var t = text
        t.makeContiguousUTF8()
        self.text = t
        self.sheet = sheet
    }

    /// Two files are the same when their names, texts and sheets are (the line index is derived).
    public static func == (a: SourceFile, b: SourceFile) -> Bool {
        a.name == b.name && a.text == b.text && a.sheet == b.sheet
    }

    /// The 1-based line and the 1-based display column (wide characters count two) of a UTF-8 offset.
    public func location(of offset: Int) -> SourceLocation {
        let utf8 = text.utf8
        let clamped = max(0, min(offset, utf8.count))
        let starts = lineStarts
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= clamped { lo = mid } else { hi = mid - 1 }
        }
        let start = starts[lo]
        let prefix = String(decoding: utf8[index(start)..<index(clamped)], as: UTF8.self)
        return SourceLocation(line: lo + 1, column: DisplayWidth.of(prefix) + 1)
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        let starts = lineStarts
        guard line >= 1 && line <= starts.count else { return "" }
        let utf8 = text.utf8
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] : utf8.count
        while end > start, case let b = utf8[index(end - 1)], b == 0x0A || b == 0x0D { end -= 1 }
        return String(decoding: utf8[index(start)..<index(end)], as: UTF8.self)
    }

    /// The source text of a span.
    public func slice(_ span: SourceSpan) -> String {
        let count = text.utf8.count
        let s = max(0, min(span.start, count)), e = max(s, min(span.end, count))
        return String(decoding: text.utf8[index(s)..<index(e)], as: UTF8.self)
    }

    /// The index of a UTF-8 offset (constant time on native strings: no copy of the text per call).
    func index(_ offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }
}

/// A 1-based line and display column in a ``SourceFile``.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public var description: String { "\(line):\(column)" }
}

/// A half-open range of UTF-8 offsets into a ``SourceFile``.
public struct SourceSpan: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = max(start, end) }
    /// The smallest span covering both.
    public func union(_ other: SourceSpan) -> SourceSpan { SourceSpan(min(start, other.start), max(end, other.end)) }
}

/// Where a text's lines start, found once on first use (shared by copies of the ``SourceFile``).
private final class LineIndex: Sendable {
    private let starts = Mutex<[Int]?>(nil)

    func starts(of text: String) -> [Int] {
        starts.withLock { found in
            if let found { return found }
            var starts = [0]
            var t = text
            t.withUTF8 { bytes in
                // About one line per 40 bytes in reports and tables.
                starts.reserveCapacity(bytes.count / 32 + 1)
                var i = 0
                while i < bytes.count {
                    if bytes[i] == 0x0A { starts.append(i + 1) }
                    i += 1
                }
            }
            found = starts
            return starts
        }
    }
}
