/// Tab completion: commands, indicator names by prefix or any part, codes, properties after '.', files after load/save.
extension Session {
    public func complete(line: String, cursor: Int) -> Completion {
        let utf8 = Array(line.utf8)
        let end = max(0, min(cursor, utf8.count))
        let before = String(decoding: utf8[0..<end], as: UTF8.self)
        // The word being typed: back to a blank, bracket, operator or quote.
        let stops: Set<Character> = [" ", "\t", "(", ")", "[", "]", ",", "=", "+", "-", "*", "<", ">", "!", ";", "\""]
        var wordStart = before.endIndex
        while wordStart > before.startIndex {
            let p = before.index(before: wordStart)
            if stops.contains(before[p]) { break }
            wordStart = p
        }
        let word = String(before[wordStart...])
        let head = String(before[..<wordStart])
        let replaceFrom = head.utf8.count
        let firstWord = head.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)
        // After a statement's keyword, the statement says what comes next (words, file names of some kinds).
        let words = head.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\"" }).map(String.init)
        if let fw = firstWord, head.contains(" ") || head.contains("\t"),
           let form = StatementRegistry.byKeyword[fw.hasSuffix("!") ? String(fw.dropLast()) : fw],
           let spec = form.complete(after: words, in: self) {
            let inQuotes = head.hasSuffix("\"")
            // A whole file name inside quotes gets its closing quote; a folder stays open to go on.
            let files = spec.fileKinds.map { k in fileCandidates(word).filter { f in f.hasSuffix("/") || k.contains { f.lowercased().hasSuffix("." + $0) } } } ?? []
            let fixed = inQuotes && spec.fileKinds != nil ? [] : spec.words.filter { $0.hasPrefix(word) || $0.hasPrefix("\"" + word) }
            return Completion(replaceFrom: replaceFrom, candidates: fixed + files.map { inQuotes && !$0.hasSuffix("/") ? $0 + "\"" : $0 })
        }
        // Properties after a '.'.
        if let dot = word.lastIndex(of: "."), !word.hasPrefix("#") || word[word.index(after: word.startIndex)...].contains(where: { !$0.isNumber && $0 != "." }) {
            let base = String(word[..<dot])
            let partial = String(word[word.index(after: dot)...])
            let props: [String]
            switch base {
            case "scheme": props = ["places", "rates", "name", "id"] + (workspace?.scored.scheme.parameters.names ?? [])
            case "report": props = Evaluator.reportProperties
            default:
                // The properties, their Chinese names (the alias table), and the raw figures of the indicator named.
                let chinese = Keywords.propertyAliases.filter { Evaluator.indicatorProperties.contains($0.value) }.keys.sorted()
                var figures: [String] = []
                if let s = workspace?.scored, let i = try? Resolver(report: s.report).resolve(name: base, span: SourceSpan(0, 0), file: nil) {
                    figures = s.report.nodes[i].figures.keys.sorted()
                }
                props = Evaluator.indicatorProperties + chinese + figures
            }
            let matches = props.filter { $0.hasPrefix(partial) }.map { base + "." + $0 }
            return Completion(replaceFrom: replaceFrom, candidates: matches)
        }
        var candidates: [String] = []
        if word.hasPrefix("#") {
            let code = String(word.dropFirst())
            candidates = (workspace?.scored.report.nodes.map(\.code) ?? []).filter { $0.hasPrefix(code) }.map { "#" + $0 }
            return Completion(replaceFrom: replaceFrom, candidates: candidates)
        }
        let atStart = head.trimmingSpaces().isEmpty
        if atStart { candidates += Keywords.statements.filter { $0.hasPrefix(word) } }
        candidates += (Keywords.builtinNames + Evaluator.functions + Array(variables.keys)).filter { $0.hasPrefix(word) && !word.isEmpty }
        if let w = workspace {
            let names = w.scored.report.nodes.map(\.name)
            let prefixed = names.filter { $0.hasPrefix(word) }
            let inside = word.isEmpty ? [] : names.filter { !$0.hasPrefix(word) && $0.contains(word) }
            candidates += (prefixed + inside).map { name in Self.needsQuotes(name) ? "\"\(name)\"" : name }
        }
        var seen = Set<String>()
        candidates = candidates.filter { seen.insert($0).inserted }
        return Completion(replaceFrom: replaceFrom, candidates: candidates)
    }

    /// Names with characters a bare name cannot hold are completed in quotes.
    static func needsQuotes(_ name: String) -> Bool {
        name.contains { c in !(c.isLetter || c.isNumber || "_（）、“”·《》".contains(c)) } || (name.first?.isNumber ?? false)
    }

    func fileCandidates(_ prefix: String) -> [String] {
        guard let lister = files as? DirectoryListing else { return [] }
        let dir: String, stem: String
        if let slash = prefix.lastIndex(of: "/") {
            dir = String(prefix[...slash]); stem = String(prefix[prefix.index(after: slash)...])
        } else {
            dir = ""; stem = prefix
        }
        return lister.list(directory: dir.isEmpty ? "." : dir)
            .filter { $0.hasPrefix(stem) && !$0.hasPrefix(".") }
            .map { dir + $0 }
            .sorted()
    }
}

/// A file access that can also list a directory (completing file names in the shell, reviewing a folder).
public protocol DirectoryListing {
    /// Entry names in a directory, directories with a trailing `/`.
    func list(directory: String) -> [String]
    /// True when `path` is a directory.
    func isDirectory(_ path: String) -> Bool
}
