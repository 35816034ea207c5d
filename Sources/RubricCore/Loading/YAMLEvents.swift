import CYaml

/// One YAML document composed from libyaml's events (the `CYaml` module Yams ships), held flat: every node is an
/// entry of one array, a mapping's keys and values and a sequence's items are index ranges of another, and every
/// scalar's text is a slice of one byte buffer. Scalars stay text; marks give every node its line and column.
///
/// Flat because a tree of nodes costs an allocation and a release per node: on a 100,000-leaf report building and
/// freeing such a tree was more than half of a load.
final class YAMLDocument {
    /// What a node is.
    enum Kind: UInt8 { case scalar, mapping, sequence }
    /// How a scalar was written: quoted scalars are never null.
    enum Style: UInt8 { case plain, singleQuoted, doubleQuoted, literal, folded }

    /// One node: its kind, where it starts (1-based line and column in Unicode scalars, as libyaml counts), and
    /// its contents — a scalar's bytes in the document's storage, or a container's children in ``links``.
    struct Node: Equatable {
        var kind: Kind
        var style: Style
        var line: Int32
        var column: Int32
        var start: Int32
        var count: Int32
    }

    let file: SourceFile
    // Constants once composed, so reading them needs no exclusivity checks.
    let nodes: [Node]
    /// Children of containers: a mapping's as key, value, key, value …; a sequence's items in order.
    let links: [Int32]
    /// Every scalar's text, one after another — or nil when every scalar is a slice of the file's own text (as the
    /// fast reader reads them: no copy of the text is made).
    private let copied: [UInt8]?

    private init(file: SourceFile, nodes: [Node], links: [Int32], copied: [UInt8]?) {
        self.file = file; self.nodes = nodes; self.links = links; self.copied = copied
    }

    /// Calls `body` with the bytes scalars' `start` and `count` index.
    @inline(__always)
    func withStorage<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let copied { return copied.withUnsafeBufferPointer(body) }
        var text = file.text
        return text.withUTF8(body)
    }

    /// The scalar text of node `i` (empty for a container).
    func string(_ i: Int32) -> String {
        let n = nodes[Int(i)]
        guard n.kind == .scalar, n.count > 0 else { return "" }
        return withStorage { b in
            String(decoding: UnsafeBufferPointer(rebasing: b[Int(n.start)..<Int(n.start + n.count)]), as: UTF8.self)
        }
    }

    /// Calls `body` with the bytes of scalar `i`.
    @inline(__always)
    func withBytes<T>(_ i: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let n = nodes[Int(i)]
        return withStorage { b in body(UnsafeBufferPointer(rebasing: b[Int(n.start)..<Int(n.start + (n.kind == .scalar ? n.count : 0))])) }
    }

    /// Whether scalar `i` is exactly `text`.
    @inline(__always)
    func scalar(_ i: Int32, equals text: String) -> Bool {
        let n = nodes[Int(i)]
        guard n.kind == .scalar, Int(n.count) == text.utf8.count else { return false }
        var t = text
        return t.withUTF8 { tb in
            withStorage { b in
                var k = 0
                let s = Int(n.start)
                while k < tb.count { if b[s + k] != tb[k] { return false }; k += 1 }
                return true
            }
        }
    }

    /// The children of container `i`.
    @inline(__always)
    func children(_ i: Int32) -> ArraySlice<Int32> {
        let n = nodes[Int(i)]
        guard n.kind != .scalar else { return [] }
        return links[Int(n.start)..<Int(n.start + n.count)]
    }

    // MARK: Composing

    /// The document's root node, or nil for an empty stream; a syntax error is a diagnostic at its place.
    ///
    /// Most files are plain block YAML (indented mappings and lists of one-line scalars): ``BlockYAMLReader`` reads
    /// those straight from the bytes. Anything else it hands, untouched, to libyaml — behind ``YAMLGuard``, which
    /// only refuses what the fast reader never accepts (aliases, deep nesting).
    static func compose(_ file: SourceFile) throws(Diagnostic) -> (YAMLDocument, Int32)? {
        var text = file.text
        if let fast = text.withUTF8({ BlockYAMLReader.compose($0) }) {
            return (YAMLDocument(file: file, composer: fast.composer), fast.root)
        }
        return try composeWithLibYAML(file)
    }

    /// The document as libyaml reads it, after the guard's limits (used when the fast reader declines, and by tests
    /// that compare the two).
    static func composeWithLibYAML(_ file: SourceFile) throws(Diagnostic) -> (YAMLDocument, Int32)? {
        try YAMLGuard.check(file)
        var composer = Composer()
        var text = file.text
        let root = try text.withUTF8 { buffer -> Result<Int32?, Diagnostic> in LibYAMLEvents.compose(buffer, into: &composer, file: file) }.get()
        return root.map { (YAMLDocument(file: file, composer: composer), $0) }
    }

    convenience init(file: SourceFile, composer: Composer) {
        self.init(file: file, nodes: composer.nodes, links: composer.links, copied: composer.slicesOfSource ? nil : composer.bytes)
    }
}

/// Builds a ``YAMLDocument``'s arrays from a stream of events — libyaml's, or the fast reader's: nodes in the order
/// they open, a container's children moved into `links` when it closes.
struct Composer {
    typealias Node = YAMLDocument.Node
    var nodes: [Node] = []
    var links: [Int32] = []
    var bytes: [UInt8] = []
    /// True when scalars are slices of the source text (``scalar(_:line:column:sourceOffset:count:)``), not copies.
    var slicesOfSource = false
    /// The open containers, innermost last: their node, and where their children start in `pending`.
    private var stack: [(node: Int32, pendingStart: Int)] = []
    /// Children of the open containers, innermost last; moved into `links` when their container ends.
    private var pending: [Int32] = []
    /// The first node outside every container.
    private(set) var root: Int32?

    /// Room for a text of `count` bytes: a node's text is about a third of its line; nodes are about a tenth of the bytes.
    mutating func reserve(forBytes count: Int) {
        reserve(nodes: count / 20, bytes: count / 3)
    }

    /// Room for `nodes` nodes (and as many links) and `bytes` bytes of scalar text.
    mutating func reserve(nodes: Int, bytes: Int) {
        if bytes > 0 { self.bytes.reserveCapacity(bytes) }
        self.nodes.reserveCapacity(nodes)
        links.reserveCapacity(nodes)
    }

    private mutating func add(_ node: Int32) {
        if stack.isEmpty { root = node } else { pending.append(node) }
    }

    /// A scalar with its text.
    @inline(__always)
    mutating func scalar(_ style: YAMLDocument.Style, line: Int32, column: Int32, text: UnsafeBufferPointer<UInt8>) {
        let start = Int32(bytes.count)
        if text.count > 0 { bytes.append(contentsOf: text) }
        nodes.append(Node(kind: .scalar, style: style, line: line, column: column, start: start, count: Int32(text.count)))
        add(Int32(nodes.count - 1))
    }

    /// A scalar whose text is bytes `offset ..< offset + count` of the source, as it stands (nothing is copied).
    @inline(__always)
    mutating func scalar(_ style: YAMLDocument.Style, line: Int32, column: Int32, sourceOffset: Int, count: Int) {
        nodes.append(Node(kind: .scalar, style: style, line: line, column: column, start: Int32(sourceOffset), count: Int32(count)))
        add(Int32(nodes.count - 1))
    }

    /// A mapping or sequence opens.
    mutating func open(_ kind: YAMLDocument.Kind, line: Int32, column: Int32) {
        nodes.append(Node(kind: kind, style: .plain, line: line, column: column, start: 0, count: 0))
        let index = Int32(nodes.count - 1)
        add(index)
        stack.append((index, pending.count))
    }

    /// The innermost open container closes.
    mutating func close() {
        guard let top = stack.popLast() else { return }
        nodes[Int(top.node)].start = Int32(links.count)
        nodes[Int(top.node)].count = Int32(pending.count - top.pendingStart)
        links.append(contentsOf: pending[top.pendingStart...])
        pending.removeSubrange(top.pendingStart...)
    }
}

/// Reads a text with libyaml's event parser (the `CYaml` module Yams ships) into a ``Composer``.
private enum LibYAMLEvents {
    static func compose(_ buffer: UnsafeBufferPointer<UInt8>, into composer: inout Composer, file: SourceFile) -> Result<Int32?, Diagnostic> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(Diagnostic(phase: .load, .yamlReaderOutOfMemory, file: file))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        composer.reserve(forBytes: buffer.count)
        var documents = 0
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(YAMLEvents.diagnostic(parser, file: file)) }
            defer { yaml_event_delete(&event) }
            let line = Int32(truncatingIfNeeded: event.start_mark.line + 1), column = Int32(truncatingIfNeeded: event.start_mark.column + 1)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .success(composer.root)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    let start = file.offset(line: Int(line), scalarColumn: Int(column))
                    return .failure(Diagnostic(phase: .load, .yamlSingleDocument, file: file,
                                               span: SourceSpan(start, start + 1), hint: .yamlRemoveSecondDocument))
                }
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                let style: YAMLDocument.Style
                switch s.style {
                case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
                case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
                case YAML_LITERAL_SCALAR_STYLE: style = .literal
                case YAML_FOLDED_SCALAR_STYLE: style = .folded
                default: style = .plain
                }
                composer.scalar(style, line: line, column: column, text: UnsafeBufferPointer(start: s.value, count: s.value == nil ? 0 : Int(s.length)))
            case YAML_SEQUENCE_START_EVENT:
                composer.open(.sequence, line: line, column: column)
            case YAML_MAPPING_START_EVENT:
                composer.open(.mapping, line: line, column: column)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                composer.close()
            case YAML_ALIAS_EVENT:
                let start = file.offset(line: Int(line), scalarColumn: Int(column))
                return .failure(Diagnostic(phase: .load, .yamlNoAliases, file: file, span: SourceSpan(start, start + 1), hint: .yamlWriteValueOut))
            default:
                break
            }
        }
    }
}

/// libyaml's errors as diagnostics.
enum YAMLEvents {
    /// libyaml's error as a diagnostic: the problem at its line and column, or for bad bytes at their offset.
    static func diagnostic(_ parser: yaml_parser_t, file: SourceFile) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable"
        if parser.error == YAML_READER_ERROR {
            let b = file.text.utf8.count
            let o = Int(parser.problem_offset)
            let value = Int(parser.problem_value)
            let hex = String(value, radix: 16, uppercase: true)
            let what = value >= 0 ? "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex : Message.yamlByte.text()
            return Diagnostic(phase: .load, .yamlInvalidAt, problem, what, file: file, span: SourceSpan(min(o, b), min(o + 1, b)),
                              hint: .yamlUTF8Text)
        }
        let line = Int(parser.problem_mark.line) + 1, column = Int(parser.problem_mark.column) + 1
        if let slip = YAMLMistakes.find(in: file, errorLine: line) { return slip }
        let start = file.offset(line: line, scalarColumn: column)
        return Diagnostic(phase: .load, .yamlInvalid, problem, file: file, span: SourceSpan(start, start + 1))
    }
}
