/// Reads the plain block YAML that reports, schemes and saved sessions are written in — indented mappings and lists
/// whose values are one-line scalars (plain, or quoted without escapes) — straight from the bytes into a
/// ``Composer``, with the same nodes, texts, lines and columns libyaml gives.
///
/// It declines (returns nil) at the first thing outside that subset: flow collections, block scalars, anchors,
/// aliases, tags, directives, document markers, empty values, a scalar continued on the next line, escapes,
/// tabs, carriage returns, the characters YAML treats as line breaks or refuses. The caller then reads the whole text
/// with libyaml, so every error and every rare form is libyaml's. `YAMLReaderTests` and the `yaml` fuzz target
/// compare the two readers on every text this one accepts.
///
/// Why: libyaml's scanner was about a third of a large report's load (≈ 180 instructions a byte).
enum BlockYAMLReader {
    /// What a successful read gives: the composed arrays and the root node.
    struct Result {
        var composer: Composer
        var root: Int32
    }

    static func compose(_ text: UnsafeBufferPointer<UInt8>) -> Result? {
        guard let base = text.baseAddress, text.count > 0, text.count < Int(Int32.max),
              let (lines, entries) = linesIfBlockYAML(text) else { return nil }
        var reader = Reader(base: base, count: text.count)
        // A line holds at most a key and a value, and a list entry opens a mapping too: room for every node and link at
        // once, so no array grows by doubling (which holds the old and the new array at once). Scalars are slices of
        // the text itself.
        reader.composer.reserve(nodes: min(2 * lines + entries + 2, text.count + 2), bytes: 0)
        reader.composer.slicesOfSource = true
        guard reader.nextContent(), reader.indent == 0, reader.node(parentIndent: -1),
              reader.lineStart == reader.count, let root = reader.composer.root else { return nil }
        return Result(composer: reader.composer, root: root)
    }

    /// Nil for a text holding a byte the reader leaves to libyaml: a control character (tab and carriage return
    /// included), DEL, a C1 control (U+0080–U+009F, NEL among them), the line and paragraph separators, a byte order
    /// mark, U+FFFE and U+FFFF.
    /// Otherwise the number of lines, and of lines that start with a list entry (`- `).
    static func linesIfBlockYAML(_ b: UnsafeBufferPointer<UInt8>) -> (lines: Int, entries: Int)? {
        var i = 0
        var lines = 1, entries = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c >= 0x20 && c < 0x7F { i += 1; continue }
            if c == 0x0A {
                lines += 1
                i += 1
                var j = i
                while j < n && b[j] == 0x20 { j += 1 }
                if j < n && b[j] == 0x2D { entries += 1 }
                i = j
                continue
            }
            if c < 0x80 { return nil }                         // other controls, DEL
            let c1: UInt8 = i + 1 < n ? b[i + 1] : 0
            let c2: UInt8 = i + 2 < n ? b[i + 2] : 0
            if c == 0xC2 && c1 < 0xA0 { return nil }          // C1 controls, NEL
            if c == 0xE2 && c1 == 0x80 && (c2 == 0xA8 || c2 == 0xA9) { return nil }
            if c == 0xEF && ((c1 == 0xBB && c2 == 0xBF) || (c1 == 0xBF && c2 >= 0xBE)) { return nil }
            i += 1
        }
        if n > 0 && b[0] == 0x2D { entries += 1 }
        return (lines, entries)
    }

    /// The reading position: always at the first content of a line (after its indentation) or at the end.
    private struct Reader {
        let base: UnsafePointer<UInt8>
        let count: Int
        var composer = Composer()
        /// The 1-based number of the current line, its first byte, its indentation, and where its content starts.
        var line: Int32 = 0
        var lineStart = 0
        var indent = 0
        var content = 0
        /// Where the line after the current one starts, and where the current one ends (its line break, or the end).
        var nextLine = 0
        var lineEnd = 0

        init(base: UnsafePointer<UInt8>, count: Int) { self.base = base; self.count = count }

        @inline(__always) func byte(_ i: Int) -> UInt8 { i < count ? base[i] : 0x0A }
        @inline(__always) func isBlank(_ i: Int) -> Bool { let c = byte(i); return c == 0x20 || c == 0x0A }

        /// Moves to the next line holding something other than blanks and a comment; false at the end of the text.
        mutating func nextContent() -> Bool {
            while nextLine < count {
                lineStart = nextLine
                line += 1
                var i = lineStart
                while i < count && base[i] == 0x20 { i += 1 }
                var e = i
                while e < count && base[e] != 0x0A { e += 1 }
                nextLine = e < count ? e + 1 : count
                lineEnd = e
                if i == e || base[i] == 0x23 { continue }   // blank, or a comment alone
                indent = i - lineStart
                content = i
                return true
            }
            lineStart = count
            lineEnd = count
            content = count
            return false
        }

        /// The 1-based column of byte `i` of the current line, counted in Unicode scalars (as libyaml counts).
        func column(_ i: Int) -> Int32 {
            var c: Int32 = 1
            var k = lineStart
            while k < i { if base[k] & 0xC0 != 0x80 { c += 1 }; k += 1 }
            return c
        }

        // MARK: Nodes

        /// A block node starting at the current content (a list or a mapping), nested deeper than `parentIndent`.
        mutating func node(parentIndent: Int) -> Bool {
            guard indent > parentIndent, indent <= YAMLGuard.maxIndent else { return false }
            if isSequenceEntry(content) { return sequence(indentless: false) }
            if let keyEnd = keyEnd(at: content) { return mapping(firstKeyEnd: keyEnd) }
            return false
        }

        /// `-` followed by a blank.
        func isSequenceEntry(_ i: Int) -> Bool { byte(i) == 0x2D && isBlank(i + 1) }

        /// A block list whose entries start at the current indentation. An indentless list (a mapping value at the
        /// mapping's own indentation) ends where its mapping's next key starts.
        mutating func sequence(indentless: Bool) -> Bool {
            let at = indent
            // The guard counts `- ` as two more columns: a list that deep is libyaml's to refuse.
            guard at + 2 <= YAMLGuard.maxIndent else { return false }
            composer.open(.sequence, line: line, column: Int32(at + 1))
            while true {
                // After `-` and its blanks: the entry on this line, or on the next lines.
                var i = content + 1
                while byte(i) == 0x20 && i < lineEnd { i += 1 }
                if i >= lineEnd || base[i] == 0x23 {
                    guard nextContent(), node(parentIndent: at) else { return false }
                } else if isSequenceEntry(i) {
                    return false                                  // `- - x`: left to libyaml
                } else if let keyEnd = keyEnd(at: i) {
                    // `- name: x`: a mapping whose keys line up with `name`.
                    guard i - lineStart <= YAMLGuard.maxIndent else { return false }
                    indent = i - lineStart
                    content = i
                    guard mapping(firstKeyEnd: keyEnd) else { return false }
                } else {
                    guard value(at: i, parentIndent: at) else { return false }
                }
                // Where the next line goes.
                if lineStart == count || indent < at { break }
                guard indent == at else { return false }
                if isSequenceEntry(content) { continue }
                guard indentless else { return false }
                break
            }
            composer.close()
            return true
        }

        /// A block mapping whose keys start at the current indentation; the current content is its first key.
        mutating func mapping(firstKeyEnd: Int) -> Bool {
            let at = indent
            composer.open(.mapping, line: line, column: column(content))
            var colon = firstKeyEnd
            while true {
                // The key: plain text up to `:`, its trailing blanks dropped.
                guard colon - content <= 1000 else { return false }  // libyaml's limit on a key's length
                var e = colon
                while e > content && base[e - 1] == 0x20 { e -= 1 }
                composer.scalar(.plain, line: line, column: column(content), sourceOffset: content, count: e - content)
                var i = colon + 1
                while byte(i) == 0x20 && i < lineEnd { i += 1 }
                if i >= lineEnd || base[i] == 0x23 {
                    // The value is on the next lines: deeper, or a list at the key's own indentation.
                    guard nextContent() else { return false }
                    if indent == at && isSequenceEntry(content) {
                        guard sequence(indentless: true) else { return false }
                    } else {
                        guard node(parentIndent: at) else { return false }
                    }
                } else {
                    guard value(at: i, parentIndent: at) else { return false }
                }
                if lineStart == count || indent < at { break }
                guard indent == at, !isSequenceEntry(content), let k = keyEnd(at: content) else { return false }
                colon = k
            }
            composer.close()
            return true
        }

        /// A one-line scalar value starting at `i`; then moves to the next content line, which must not continue it.
        mutating func value(at i: Int, parentIndent: Int) -> Bool {
            let end = lineEnd
            let c = base[i]
            let style: YAMLDocument.Style
            var textStart = i + 1, textEnd: Int
            var after: Int
            if c == 0x22 || c == 0x27 {
                // "…" or '…' closed on this line, without escapes.
                var k = i + 1
                while k < end && base[k] != c { if base[k] == 0x5C && c == 0x22 { return false }; k += 1 }
                guard k < end else { return false }
                if c == 0x27 && k + 1 < end && base[k + 1] == 0x27 { return false }   // '' inside '…'
                textEnd = k
                after = k + 1
                style = c == 0x22 ? .doubleQuoted : .singleQuoted
                // Only blanks and a comment after a quoted scalar (a comment needs a blank before it).
                var j = after
                while j < end && base[j] == 0x20 { j += 1 }
                guard j == end || (base[j] == 0x23 && j > after) else { return false }
            } else {
                guard canStartPlain(i) else { return false }
                textStart = i
                // Plain text runs to a comment (` #`) or the end of the line; `: ` inside is left to libyaml.
                var k = i
                textEnd = i
                while k < end {
                    let b = base[k]
                    if b == 0x20 {
                        if k + 1 < end && base[k + 1] == 0x23 { break }
                    } else {
                        if b == 0x3A && isBlank(k + 1) { return false }
                        textEnd = k + 1
                    }
                    k += 1
                }
                style = .plain
            }
            composer.scalar(style, line: line, column: column(i), sourceOffset: textStart, count: textEnd - textStart)
            // A deeper line next would continue a plain scalar (or be an error): left to libyaml.
            if nextContent() && indent > parentIndent { return false }
            return true
        }

        /// Whether a plain scalar may start at `i`: not at an indicator; `-`, `?`, `:` only when text follows.
        func canStartPlain(_ i: Int) -> Bool {
            switch byte(i) {
            case 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25, 0x40, 0x60:
                return false
            case 0x2D, 0x3F, 0x3A:
                return !isBlank(i + 1)
            default:
                return true
            }
        }

        /// If the content at `i` is a key (plain text followed by `:` and a blank), where its `:` is.
        func keyEnd(at i: Int) -> Int? {
            guard canStartPlain(i) else { return nil }
            // A document marker at the start of a line is not text.
            if i == lineStart, i + 3 <= count, (base[i] == 0x2D || base[i] == 0x2E), base[i + 1] == base[i], base[i + 2] == base[i], isBlank(i + 3) {
                return nil
            }
            let end = lineEnd
            var k = i
            while k < end {
                let b = base[k]
                if b == 0x3A && isBlank(k + 1) { return k }
                if b == 0x20 && k + 1 < end && base[k + 1] == 0x23 { return nil }
                k += 1
            }
            return nil
        }
    }
}

/// The two YAML readers side by side, for tests and the `yaml` fuzz target: where the fast reader accepts a text,
/// libyaml must accept it too and compose the same document.
public enum YAMLReaderComparison {
    /// What differs between the fast reader and libyaml on `text`, or nil when they agree (or the fast one declines).
    public static func disagreement(_ text: String) -> String? {
        var t = text
        guard let fast = t.withUTF8({ BlockYAMLReader.compose($0) }) else { return nil }
        let file = SourceFile(name: "compare.yaml", text: text)
        let slow: (YAMLDocument, Int32)?
        do { slow = try YAMLDocument.composeWithLibYAML(file) } catch {
            return "the fast reader accepts what libyaml refuses: \(error.message)"
        }
        guard let (doc, root) = slow else { return "libyaml reads no document" }
        if root != fast.root { return "roots differ: \(fast.root) against \(root)" }
        let mine = YAMLDocument(file: file, composer: fast.composer)
        if mine.nodes.count != doc.nodes.count { return "\(mine.nodes.count) nodes against libyaml's \(doc.nodes.count)" }
        for (i, (a, b)) in zip(mine.nodes, doc.nodes).enumerated() {
            // A scalar's start indexes different storage (the text, or libyaml's copies): compare its text instead.
            var a = a, b = b
            if a.kind == .scalar && b.kind == .scalar {
                if mine.string(Int32(i)) != doc.string(Int32(i)) {
                    return "node \(i) reads \(mine.string(Int32(i)).debugDescription), libyaml \(doc.string(Int32(i)).debugDescription)"
                }
                a.start = 0; b.start = 0
            }
            if a != b { return "node \(i) differs: \(a) against libyaml's \(b)" }
        }
        if mine.links != doc.links { return "links differ" }
        return nil
    }

    /// Whether the fast reader reads `text` itself (rather than leaving it to libyaml).
    public static func isReadFast(_ text: String) -> Bool {
        var t = text
        return t.withUTF8 { BlockYAMLReader.compose($0) } != nil
    }
}
