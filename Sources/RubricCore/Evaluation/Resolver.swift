/// Finds indicators from what users type: a full name, any unique part of one, a path, a code, or a quoted name.
///
/// An ambiguous or unknown reference is an error that lists the candidates or the nearest names.
struct Resolver {
    let report: Report
    /// Node index by code, when the caller has one (a scored report keeps it).
    var codeIndex: [String: Int]? = nil
    /// Node indices by exact name, when the caller has them.
    var nameIndex: NameIndex? = nil

    /// The indicator a name or part of a name denotes.
    func resolve(name: String, span: SourceSpan, file: SourceFile?, extraNames: [String] = []) throws(Diagnostic) -> Int {
        let exact = nameIndex.map { $0[name] } ?? report.nodes.indices.filter { report.nodes[$0].name == name }
        if exact.count == 1 { return exact[0] }
        if exact.count > 1 { throw ambiguous(name, exact, span, file) }
        let partial = report.nodes.indices.filter { report.nodes[$0].name.contains(name) }
        if partial.count == 1 { return partial[0] }
        if partial.count > 1 {
            // A part that names one indicator and only its targets or descendants besides is still unique.
            let notTargets = partial.filter { !report.nodes[$0].isTarget }
            if notTargets.count == 1 { return notTargets[0] }
            throw ambiguous(name, partial, span, file)
        }
        if let k = Keywords.statements.filter({ name.hasPrefix($0) && name != $0 && !$0.allSatisfy(\.isASCII) }).max(by: { $0.count < $1.count }) {
            // `显示值（总分）`: a Chinese keyword run into what follows.
            throw Diagnostic(phase: .resolve, .noIndicatorNamed, name, file: file, span: span,
                             hint: .spaceAfterKeyword, k, String(name.dropFirst(k.count)))
        }
        let near = NearNames.suggest(name, among: report.nodes.map(\.name) + extraNames)
        throw Diagnostic(phase: .resolve, .noIndicatorNamed, name, file: file, span: span,
                         hint: Message.suggestion(near) ?? Message.leavesListsIndicators.text())
    }

    /// The indicator at the end of a path (`专项效能/专项资金支出率`): each part is a name or a unique part of one.
    func resolve(path parts: [String], span: SourceSpan, file: SourceFile?) throws(Diagnostic) -> Int {
        guard let last = parts.last else { throw Diagnostic(phase: .resolve, .emptyPath, file: file, span: span) }
        let candidates = report.nodes.indices.filter { i in
            let n = report.nodes[i]
            guard n.name == last || n.name.contains(last) else { return false }
            // Earlier parts must match ancestors, in order from the top.
            var ancestors = report.ancestors(of: i).reversed().map { report.nodes[$0].name }[...]
            for part in parts.dropLast() {
                guard let k = ancestors.firstIndex(where: { $0 == part || $0.contains(part) }) else { return false }
                ancestors = ancestors[(k + 1)...]
            }
            return true
        }
        if candidates.count == 1 { return candidates[0] }
        let exact = candidates.filter { report.nodes[$0].name == last }
        if exact.count == 1 { return exact[0] }
        if candidates.isEmpty {
            let near = NearNames.suggest(last, among: report.nodes.map(\.name))
            throw Diagnostic(phase: .resolve, .noIndicatorAtPath, parts.joined(separator: "/"), file: file, span: span,
                             hint: Message.suggestion(near))
        }
        throw ambiguous(parts.joined(separator: "/"), candidates, span, file)
    }

    /// The indicator with this code (`1.2.2`).
    func resolve(code: String, span: SourceSpan, file: SourceFile?) throws(Diagnostic) -> Int {
        if let i = codeIndex?[code] ?? report.index(ofCode: code) { return i }
        let near = NearNames.suggest(code, among: report.nodes.map(\.code), limit: 3)
        throw Diagnostic(phase: .resolve, .noIndicatorWithCode, code, file: file, span: span,
                         hint: Message.suggestion(near.map { "#" + $0 }) ?? Message.codesRun.text())
    }

    func ambiguous(_ name: String, _ candidates: [Int], _ span: SourceSpan, _ file: SourceFile?) -> Diagnostic {
        let listed = candidates.prefix(8).map { "#\(report.nodes[$0].code) \(report.nodes[$0].name)" }.joined(separator: ", ")
        let shown = candidates.count > 8 ? Message.andMore.text(listed, String(candidates.count - 8)) : listed
        return Diagnostic(phase: .resolve, .nameMatchesSeveral, name, String(candidates.count), shown, file: file, span: span,
                          hint: .writeMoreOfName, example(candidates[0]), report.nodes[candidates[0]].code)
    }

    func example(_ i: Int) -> String {
        guard let p = report.nodes[i].parent else { return report.nodes[i].name }
        return "\(report.nodes[p].name)/\(report.nodes[i].name)"
    }
}
