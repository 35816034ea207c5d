/// A node of a parsed YAML document with the file it came from, so every load error can point at file:line:column
/// with a caret.
struct YAMLValue {
    let document: YAMLDocument
    let index: Int32

    var file: SourceFile { document.file }
    var node: YAMLDocument.Node { document.nodes[Int(index)] }

    /// Parses a whole document; a syntax error becomes a diagnostic at its position.
    static func parse(_ file: SourceFile) throws(Diagnostic) -> YAMLValue {
        // Every scalar stays text (read exactly by the loaders): no tag guessing.
        guard let (document, root) = try YAMLDocument.compose(file) else {
            throw Diagnostic(phase: .load, .fileIsEmpty, file: file, span: SourceSpan(0, 0))
        }
        return YAMLValue(document: document, index: root)
    }

    /// The span of this node: its start mark to the end of a scalar's text.
    var span: SourceSpan {
        let n = node
        let start = file.offset(line: Int(n.line), scalarColumn: Int(n.column))
        if n.kind == .scalar {
            // Quoted scalars start with the quote; cover the visible text on that line.
            let line = file.lineText(Int(n.line))
            let rest = line.unicodeScalars.dropFirst(max(0, Int(n.column) - 1))
            var len = 0
            let scalars = document.withBytes(index) { b in b.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
            let target = scalars + (n.style == .doubleQuoted || n.style == .singleQuoted ? 2 : 0)
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

    /// A mapping whose keys are names the user chooses (figures); a key given twice is an error.
    func namedMapping(_ what: String) throws(Diagnostic) -> YAMLMapping {
        guard node.kind == .mapping else { throw error(.yamlExpectedNamedMapping, YAMLWhat.localized(what)) }
        return try checkedMapping(what, allowed: nil)
    }

    /// The node as a mapping, reporting keys that are not allowed.
    func mapping(_ what: String, allowed: [String]) throws(Diagnostic) -> YAMLMapping {
        guard node.kind == .mapping else { throw error(.yamlExpectedMapping, YAMLWhat.localized(what)) }
        return try checkedMapping(what, allowed: allowed)
    }

    /// The node as a mapping whose keys are among `allowed` of `keys` (each at most once). Its values are then found
    /// by key without comparing text: see ``YAMLMapping/subscript(_:)-(K)``.
    func mapping(_ what: String, keys: YAMLKeys, allowed: UInt64) throws(Diagnostic) -> YAMLMapping {
        guard node.kind == .mapping else { throw error(.yamlExpectedMapping, YAMLWhat.localized(what)) }
        let links = document.children(index)
        var found = YAMLMapping.Found()
        var k = links.startIndex
        while k < links.endIndex {
            let key = links[k]
            guard document.nodes[Int(key)].kind == .scalar else { throw YAMLValue(document: document, index: key).error(.yamlExpectedKey) }
            guard let j = document.withBytes(key, { keys.index(of: $0) }), allowed & (1 << UInt64(j)) != 0 else {
                // Says which key, with a suggestion (the text check refuses it; if it ever did not, refuse it here).
                _ = try checkedMapping(what, allowed: keys.names.indices.filter { allowed & (1 << UInt64($0)) != 0 }.map { keys.names[$0] })
                throw YAMLValue(document: document, index: key).error(.yamlUnknownKey, document.string(key), YAMLWhat.localized(what),
                                                                      hint: Message.yamlAllowedKeys.text(keys.names.joined(separator: ", ")))
            }
            if found.present & (1 << UInt64(j)) != 0 {
                throw YAMLValue(document: document, index: key).error(.yamlKeyTwice, document.string(key), YAMLWhat.localized(what))
            }
            found.add(key: j, value: links[k + 1])
            k += 2
        }
        return YAMLMapping(owner: self, what: what, keys: keys, found: found)
    }

    /// Checks every key: a scalar, allowed (when `allowed` is given), not given twice.
    private func checkedMapping(_ what: String, allowed: [String]?) throws(Diagnostic) -> YAMLMapping {
        let links = document.children(index)
        var k = links.startIndex
        while k < links.endIndex {
            let key = links[k]
            let kv = YAMLValue(document: document, index: key)
            guard kv.node.kind == .scalar else { throw kv.error(.yamlExpectedKey) }
            let length = Int(kv.node.count)
            if let allowed, !allowed.contains(where: { $0.utf8.count == length && document.scalar(key, equals: $0) }) {
                let name = document.string(key)
                let near = NearNames.suggest(name, among: allowed, limit: 1)
                throw kv.error(.yamlUnknownKey, name, YAMLWhat.localized(what),
                               hint: YAMLMistakes.keyHint(name) ?? Message.suggestion(near) ?? Message.yamlAllowedKeys.text(allowed.joined(separator: ", ")))
            }
            var j = links.startIndex
            while j < k {
                if document.withBytes(links[j], { a in document.withBytes(key) { b in a.elementsEqual(b) } }) {
                    throw kv.error(.yamlKeyTwice, document.string(key), YAMLWhat.localized(what))
                }
                j += 2
            }
            k += 2
        }
        return YAMLMapping(owner: self, what: what)
    }

    /// The node as a list.
    func sequence(_ what: String) throws(Diagnostic) -> [YAMLValue] {
        guard node.kind == .sequence else { throw error(.yamlExpectedList, YAMLWhat.localized(what)) }
        return document.children(index).map { YAMLValue(document: document, index: $0) }
    }

    /// True for an explicit null (`~`, `null`, nothing).
    var isNull: Bool {
        let n = node
        guard n.kind == .scalar, n.style == .plain else { return false }
        if n.count == 0 { return true }
        guard n.count == 1 || n.count == 4 else { return false }
        return document.scalar(index, equals: "~") || document.scalar(index, equals: "null")
            || document.scalar(index, equals: "Null") || document.scalar(index, equals: "NULL")
    }

    /// The scalar's text.
    func string(_ what: String) throws(Diagnostic) -> String {
        guard node.kind == .scalar else { throw error(.yamlExpectedText, YAMLWhat.localized(what)) }
        return document.string(index)
    }

    /// The scalar as an exact decimal (`91.41`, `1,073.13`); never through binary floating point.
    func decimal(_ what: String) throws(Diagnostic) -> ExactDecimal {
        // A plain figure is read from the document's bytes, without making a String.
        if node.kind == .scalar, let d = document.withBytes(index, { ExactDecimal.parsedFast($0) }) { return d }
        let text = try string(what)
        do { return try ExactDecimal(parsing: text) } catch {
            throw self.error(.yamlExpectedNumber, YAMLWhat.localized(what), text, hint: error.message)
        }
    }

    /// The scalar as a quantity with unit (`94.91%`, `400万元`, `737家`).
    func quantity(_ what: String) throws(Diagnostic) -> Quantity {
        if node.kind == .scalar, let q = document.withBytes(index, { Quantity.parsedFast($0) }) { return q }
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
    let owner: YAMLValue
    let what: String
    /// The key list the mapping was checked against, and which of its keys it has.
    let keys: YAMLKeys?
    let found: Found

    /// The keys of a mapping checked against a ``YAMLKeys`` list: a bit per key present, and the values of the first
    /// eight found (a report's indicator has about five keys), so looking a key up compares no text.
    struct Found {
        var present: UInt64 = 0
        var count = 0
        var slots = SIMD8<UInt8>()
        var values = SIMD8<Int32>()

        mutating func add(key: Int, value: Int32) {
            present |= 1 << UInt64(key)
            if count < 8 { slots[count] = UInt8(key); values[count] = value }
            count += 1
        }
    }

    init(owner: YAMLValue, what: String, keys: YAMLKeys? = nil, found: Found = Found()) {
        self.owner = owner; self.what = what; self.keys = keys; self.found = found
    }

    /// The value of a key of the list the mapping was checked against (found by its text in a mapping checked
    /// against a list of strings).
    @inline(__always)
    subscript<K: YAMLKey>(_ key: K) -> YAMLValue? {
        guard keys != nil else { return self[key.spelled] }
        let j = key.rawValue
        guard found.present & (1 << UInt64(j)) != 0 else { return nil }
        for i in 0..<min(found.count, 8) where Int(found.slots[i]) == j {
            return YAMLValue(document: owner.document, index: found.values[i])
        }
        return self[key.spelled]
    }

    /// `read` of a value that is there and not null; nil for an absent key or an explicit null (`~`, `null`, nothing).
    @inline(__always)
    private func present<T>(_ v: YAMLValue?, _ read: (YAMLValue) throws(Diagnostic) -> T) throws(Diagnostic) -> T? {
        guard let v, !v.isNull else { return nil }
        return try read(v)
    }

    /// An optional text value.
    func string<K: YAMLKey>(_ key: K) throws(Diagnostic) -> String? {
        try present(self[key]) { v throws(Diagnostic) in try v.string(key.spelled) }
    }

    /// An optional decimal value.
    func decimal<K: YAMLKey>(_ key: K) throws(Diagnostic) -> ExactDecimal? {
        try present(self[key]) { v throws(Diagnostic) in try v.decimal(key.spelled) }
    }

    /// An optional quantity.
    func quantity<K: YAMLKey>(_ key: K) throws(Diagnostic) -> Quantity? {
        try present(self[key]) { v throws(Diagnostic) in try v.quantity(key.spelled) }
    }

    /// Optional money in 万元.
    func money<K: YAMLKey>(_ key: K) throws(Diagnostic) -> ExactDecimal? {
        try present(self[key]) { v throws(Diagnostic) in try v.money(key.spelled) }
    }

    /// The value of a key that must be present.
    func required<K: YAMLKey>(_ key: K) throws(Diagnostic) -> YAMLValue {
        guard let v = self[key] else { throw owner.error(.yamlMissingKey, YAMLWhat.localized(what), key.spelled) }
        return v
    }

    /// The value of `key` (most keys asked for are absent: compared as bytes, nothing is copied).
    subscript(key: String) -> YAMLValue? {
        if let keys {
            // A key outside the list cannot be in a mapping checked against it.
            guard let j = keys.index(of: key), found.present & (1 << UInt64(j)) != 0 else { return nil }
        }
        let doc = owner.document
        var key = key
        let found: Int32? = key.withUTF8 { kb in
            doc.nodes.withUnsafeBufferPointer { nodes in
                doc.links.withUnsafeBufferPointer { links in
                    doc.withStorage { bytes in
                        let m = nodes[Int(owner.index)]
                        var k = Int(m.start)
                        let end = k + Int(m.count)
                        while k < end {
                            let n = nodes[Int(links[k])]
                            if Int(n.count) == kb.count && n.kind == .scalar {
                                var j = 0, s = Int(n.start)
                                while j < kb.count && bytes[s + j] == kb[j] { j += 1 }
                                if j == kb.count { return links[k + 1] }
                            }
                            k += 2
                        }
                        return nil
                    }
                }
            }
        }
        return found.map { YAMLValue(document: doc, index: $0) }
    }

    /// Every key with its key node and value, in the file's order.
    var pairs: [(String, YAMLValue, YAMLValue)] {
        let doc = owner.document
        let links = doc.children(owner.index)
        return stride(from: links.startIndex, to: links.endIndex, by: 2).map { k in
            (doc.string(links[k]), YAMLValue(document: doc, index: links[k]), YAMLValue(document: doc, index: links[k + 1]))
        }
    }

    /// The value of a key that must be present.
    func required(_ key: String) throws(Diagnostic) -> YAMLValue {
        guard let v = self[key] else { throw owner.error(.yamlMissingKey, YAMLWhat.localized(what), key) }
        return v
    }

    /// An optional text value.
    func string(_ key: String) throws(Diagnostic) -> String? {
        try present(self[key]) { v throws(Diagnostic) in try v.string(key) }
    }

    /// An optional decimal value.
    func decimal(_ key: String) throws(Diagnostic) -> ExactDecimal? {
        try present(self[key]) { v throws(Diagnostic) in try v.decimal(key) }
    }

    /// An optional quantity.
    func quantity(_ key: String) throws(Diagnostic) -> Quantity? {
        try present(self[key]) { v throws(Diagnostic) in try v.quantity(key) }
    }

    /// Optional money in 万元.
    func money(_ key: String) throws(Diagnostic) -> ExactDecimal? {
        try present(self[key]) { v throws(Diagnostic) in try v.money(key) }
    }
}

/// A key of a fixed list (an enum whose raw values are positions in its ``YAMLKeys``).
protocol YAMLKey: RawRepresentable, CaseIterable where RawValue == Int {
    /// The key as the file spells it.
    var spelled: String { get }
}

/// A fixed list of keys a mapping may have (at most 64), found by a small hash of their bytes.
final class YAMLKeys: Sendable {
    let names: [String]
    private let bytes: [[UInt8]]
    /// Open addressing: slot → index into `names` + 1 (0: empty).
    private let slots: [UInt8]
    private static let slotCount = 256

    init(_ names: [String]) {
        precondition(names.count <= 64, "a key list has at most 64 keys")
        self.names = names
        bytes = names.map { Array($0.utf8) }
        var slots = [UInt8](repeating: 0, count: Self.slotCount)
        for (i, b) in bytes.enumerated() {
            var h = b.withUnsafeBufferPointer { Self.hash($0) }
            while slots[h] != 0 { h = (h + 1) & (Self.slotCount - 1) }
            slots[h] = UInt8(i + 1)
        }
        self.slots = slots
    }

    @inline(__always)
    private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt32 = 2_166_136_261
        for c in b { h = (h ^ UInt32(c)) &* 16_777_619 }
        return Int(h & UInt32(slotCount - 1))
    }

    /// The list of an enum's keys, in the order of their raw values.
    convenience init<K: YAMLKey>(_ type: K.Type) {
        let all = K.allCases.sorted { $0.rawValue < $1.rawValue }
        precondition(all.enumerated().allSatisfy { $0.offset == $0.element.rawValue }, "raw values are positions")
        self.init(all.map(\.spelled))
    }

    /// The index of the key spelled by `b`, or nil.
    func index(of b: UnsafeBufferPointer<UInt8>) -> Int? {
        var h = Self.hash(b)
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let s = Int(slots[h])
                if s == 0 { return nil }
                let match = bytes[s - 1].withUnsafeBufferPointer { k in
                    guard k.count == b.count else { return false }
                    var i = 0
                    while i < k.count && k[i] == b[i] { i += 1 }
                    return i == k.count
                }
                if match { return s - 1 }
                h = (h + 1) & (Self.slotCount - 1)
            }
        }
    }

    /// The index of `key`, or nil.
    func index(of key: String) -> Int? {
        var k = key
        return k.withUTF8 { index(of: $0) }
    }
}

extension SourceFile {
    /// The UTF-8 offset of a 1-based line and 1-based column counted in Unicode scalars (as libyaml counts).
    func offset(line: Int, scalarColumn: Int) -> Int {
        let starts = lineStarts
        guard line >= 1 && line <= starts.count else { return text.utf8.count }
        var offset = starts[line - 1]
        for (i, u) in lineText(line).unicodeScalars.enumerated() where i < scalarColumn - 1 {
            offset += String(u).utf8.count
        }
        return offset
    }
}
