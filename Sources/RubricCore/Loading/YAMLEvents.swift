import CYaml

/// A YAML node built straight from libyaml's events (the `CYaml` module Yams ships): scalars stay text, marks give
/// every node its line and column. Lighter than a Yams `Node` tree — no tags, resolvers or per-scalar
/// `String(bytes:encoding:)` — which is most of what loading a large report costs.
indirect enum YAMLNode {
    case scalar(YAMLScalar)
    case mapping([(YAMLNode, YAMLNode)], YAMLMark)
    case sequence([YAMLNode], YAMLMark)

    /// Where the node starts.
    var mark: YAMLMark? {
        switch self {
        case .scalar(let s): return s.mark
        case .mapping(_, let m), .sequence(_, let m): return m
        }
    }
}

/// A scalar's text, how it was written, and where.
struct YAMLScalar {
    /// How a scalar was written: quoted scalars are never null.
    enum Style { case plain, singleQuoted, doubleQuoted, literal, folded }
    var string: String
    var style: Style
    var mark: YAMLMark
}

/// A 1-based line and column (in Unicode scalars), as libyaml counts them.
struct YAMLMark {
    var line: Int
    var column: Int
}

/// Composes one YAML document from libyaml's event stream.
enum YAMLEvents {
    /// The document's root, or nil for an empty stream; a syntax error is a diagnostic at its place.
    static func compose(_ file: SourceFile) throws(Diagnostic) -> YAMLNode? {
        var text = file.text
        let result = text.withUTF8 { buffer -> Result<YAMLNode?, Diagnostic> in compose(buffer, file: file) }
        return try result.get()
    }

    // MARK: Implementation

    /// A mapping or sequence being read: its items grow in place in `items`/`pairs` (never copied per item).
    struct Frame {
        var isMapping: Bool
        var mark: YAMLMark
        var items: [YAMLNode] = []
        var pairs: [(YAMLNode, YAMLNode)] = []
        var key: YAMLNode?
    }

    static func compose(_ buffer: UnsafeBufferPointer<UInt8>, file: SourceFile) -> Result<YAMLNode?, Diagnostic> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(Diagnostic(phase: .load, .yamlReaderOutOfMemory, file: file))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var stack: [Frame] = []
        var root: YAMLNode?
        var documents = 0

        func add(_ node: YAMLNode) {
            let t = stack.count - 1
            guard t >= 0 else { root = node; return }
            if stack[t].isMapping {
                if let k = stack[t].key { stack[t].pairs.append((k, node)); stack[t].key = nil } else { stack[t].key = node }
            } else {
                stack[t].items.append(node)
            }
        }

        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(diagnostic(parser, file: file)) }
            defer { yaml_event_delete(&event) }
            let mark = YAMLMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .success(root)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    let start = file.offset(line: mark.line, scalarColumn: mark.column)
                    return .failure(Diagnostic(phase: .load, .yamlSingleDocument, file: file,
                                               span: SourceSpan(start, start + 1), hint: .yamlRemoveSecondDocument))
                }
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                let string = s.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: Int(s.length)), as: UTF8.self) } ?? ""
                let style: YAMLScalar.Style
                switch s.style {
                case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
                case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
                case YAML_LITERAL_SCALAR_STYLE: style = .literal
                case YAML_FOLDED_SCALAR_STYLE: style = .folded
                default: style = .plain
                }
                add(.scalar(YAMLScalar(string: string, style: style, mark: mark)))
            case YAML_SEQUENCE_START_EVENT:
                stack.append(Frame(isMapping: false, mark: mark))
            case YAML_MAPPING_START_EVENT:
                stack.append(Frame(isMapping: true, mark: mark))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let top = stack.popLast() else { break }
                add(top.isMapping ? .mapping(top.pairs, top.mark) : .sequence(top.items, top.mark))
            case YAML_ALIAS_EVENT:
                let start = file.offset(line: mark.line, scalarColumn: mark.column)
                return .failure(Diagnostic(phase: .load, .yamlNoAliases, file: file, span: SourceSpan(start, start + 1), hint: .yamlWriteValueOut))
            default:
                break
            }
        }
    }

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
        let start = file.offset(line: line, scalarColumn: column)
        return Diagnostic(phase: .load, .yamlInvalid, problem, file: file, span: SourceSpan(start, start + 1))
    }
}
