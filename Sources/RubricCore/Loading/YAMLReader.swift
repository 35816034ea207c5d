/// A YAML node with the file it came from, so every load error can point at file:line:column with a caret.
struct YAMLValue {
    let node: YAMLNode
    let file: SourceFile

    /// Parses a whole document; a syntax error becomes a diagnostic at its position.
    static func parse(_ file: SourceFile) throws(Diagnostic) -> YAMLValue {
        try YAMLGuard.check(file)
        // Every scalar stays text (read exactly by the loaders): no tag guessing.
        guard let node = try YAMLEvents.compose(file) else {
            throw Diagnostic(phase: .load, .fileIsEmpty, file: file, span: SourceSpan(0, 0))
        }
        return YAMLValue(node: node, file: file)
    }

    /// The span of this node: its start mark to the end of a scalar's text.
    var span: SourceSpan {
        guard let mark = node.mark else { return SourceSpan(0, 0) }
        let start = file.offset(line: mark.line, scalarColumn: mark.column)
        if case .scalar(let s) = node {
            // Quoted scalars start with the quote; cover the visible text on that line.
            let line = file.lineText(mark.line)
            let rest = line.unicodeScalars.dropFirst(max(0, mark.column - 1))
            var len = 0
            let target = s.string.unicodeScalars.count + (s.style == .doubleQuoted || s.style == .singleQuoted ? 2 : 0)
            for u in rest.prefix(target) { len += String(u).utf8.count }
            return SourceSpan(start, start + max(1, len))
        }
        return SourceSpan(start, start + 1)
    }

    func error(_ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(phase: .load, message, file: file, span: span, hint: hint)
    }

    /// A catalogue message at this node (its id kept), with an optional hint already in the interface language.
    func error(_ message: Message, _ args: String..., hint: String? = nil) -> Diagnostic {
        var d = Diagnostic(phase: .load, message.text(args), file: file, span: span, hint: hint)
        d.id = message.id
        return d
    }

    /// The node as a mapping, reporting keys that are not allowed.
    /// A mapping whose keys are names the user chooses (figures); a key given twice is an error.
    func namedMapping(_ what: String) throws(Diagnostic) -> YAMLMapping {
        guard case .mapping(let m, _) = node else { throw error(.yamlExpectedNamedMapping, YAMLWhat.localized(what)) }
        var keys: [String] = []
        for (k, _) in m { if case .scalar(let ks) = k { keys.append(ks.string) } }
        return try mapping(what, allowed: keys)
    }

    func mapping(_ what: String, allowed: [String]) throws(Diagnostic) -> YAMLMapping {
        guard case .mapping(let m, _) = node else { throw error(.yamlExpectedMapping, YAMLWhat.localized(what)) }
        var pairs: [(String, YAMLValue, YAMLValue)] = []
        for (k, v) in m {
            let key = YAMLValue(node: k, file: file)
            guard case .scalar(let ks) = k else { throw key.error(.yamlExpectedKey) }
            if !allowed.contains(ks.string) {
                let near = NearNames.suggest(ks.string, among: allowed, limit: 1)
                throw key.error(.yamlUnknownKey, ks.string, YAMLWhat.localized(what),
                                hint: Message.suggestion(near) ?? Message.yamlAllowedKeys.text(allowed.joined(separator: ", ")))
            }
            if pairs.contains(where: { $0.0 == ks.string }) { throw key.error(.yamlKeyTwice, ks.string, YAMLWhat.localized(what)) }
            pairs.append((ks.string, key, YAMLValue(node: v, file: file)))
        }
        return YAMLMapping(pairs: pairs, owner: self, what: what)
    }

    /// The node as a list.
    func sequence(_ what: String) throws(Diagnostic) -> [YAMLValue] {
        guard case .sequence(let s, _) = node else { throw error(.yamlExpectedList, YAMLWhat.localized(what)) }
        return s.map { YAMLValue(node: $0, file: file) }
    }

    /// True for an explicit null (`~`, `null`, nothing).
    var isNull: Bool {
        if case .scalar(let s) = node { return s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string) }
        return false
    }

    /// The scalar's text.
    func string(_ what: String) throws(Diagnostic) -> String {
        guard case .scalar(let s) = node else { throw error(.yamlExpectedText, YAMLWhat.localized(what)) }
        return s.string
    }

    /// The scalar as an exact decimal (`91.41`, `1,073.13`); never through binary floating point.
    func decimal(_ what: String) throws(Diagnostic) -> ExactDecimal {
        let text = try string(what)
        do { return try ExactDecimal(parsing: text) } catch {
            throw self.error(.yamlExpectedNumber, YAMLWhat.localized(what), text, hint: error.message)
        }
    }

    /// The scalar as a quantity with unit (`94.91%`, `400万元`, `737家`).
    func quantity(_ what: String) throws(Diagnostic) -> Quantity {
        let text = try string(what)
        do { return try Quantity(parsing: text) } catch {
            throw self.error(.yamlExpectedQuantity, YAMLWhat.localized(what), text)
        }
    }

    /// The scalar as money in 万元 (`447,790.64`, `2.27亿元`).
    func money(_ what: String) throws(Diagnostic) -> ExactDecimal {
        let q = try quantity(what)
        switch q.unit {
        case .none, .money: return q.value
        default: throw error(.yamlExpectedMoney, YAMLWhat.localized(what), q.text())
        }
    }

    /// The scalar as an integer.
    func int(_ what: String) throws(Diagnostic) -> Int {
        let d = try decimal(what)
        guard let i = d.intValue else { throw error(.yamlExpectedWhole, YAMLWhat.localized(what)) }
        return i
    }

    /// The scalar as yes/no.
    func bool(_ what: String) throws(Diagnostic) -> Bool {
        let t = try string(what)
        switch t.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error(.yamlExpectedBool, YAMLWhat.localized(what), t)
        }
    }
}

/// A YAML mapping whose keys were checked; values are taken by key.
struct YAMLMapping {
    let pairs: [(String, YAMLValue, YAMLValue)]
    let owner: YAMLValue
    let what: String
    /// The keys alone, searched without copying the values (most keys asked for are absent).
    let keys: [String]

    init(pairs: [(String, YAMLValue, YAMLValue)], owner: YAMLValue, what: String) {
        self.pairs = pairs; self.owner = owner; self.what = what
        keys = pairs.map(\.0)
    }

    subscript(key: String) -> YAMLValue? {
        keys.firstIndex(of: key).map { pairs[$0].2 }
    }

    /// The value of a key that must be present.
    func required(_ key: String) throws(Diagnostic) -> YAMLValue {
        guard let v = self[key] else { throw owner.error(.yamlMissingKey, YAMLWhat.localized(what), key) }
        return v
    }

    /// An optional text value.
    func string(_ key: String) throws(Diagnostic) -> String? {
        guard let v = self[key], !v.isNull else { return nil }
        return try v.string(key)
    }

    /// An optional decimal value.
    func decimal(_ key: String) throws(Diagnostic) -> ExactDecimal? {
        guard let v = self[key], !v.isNull else { return nil }
        return try v.decimal(key)
    }

    /// An optional quantity.
    func quantity(_ key: String) throws(Diagnostic) -> Quantity? {
        guard let v = self[key], !v.isNull else { return nil }
        return try v.quantity(key)
    }

    /// Optional money in 万元.
    func money(_ key: String) throws(Diagnostic) -> ExactDecimal? {
        guard let v = self[key], !v.isNull else { return nil }
        return try v.money(key)
    }
}

extension SourceFile {
    /// The UTF-8 offset of a 1-based line and 1-based column counted in Unicode scalars (as libyaml counts).
    func offset(line: Int, scalarColumn: Int) -> Int {
        guard line >= 1 && line <= lineStarts.count else { return text.utf8.count }
        var offset = lineStarts[line - 1]
        for (i, u) in lineText(line).unicodeScalars.enumerated() where i < scalarColumn - 1 {
            offset += String(u).utf8.count
        }
        return offset
    }
}
