import Synchronization

/// Indicators by exact name: a name most often names one indicator, so it maps to one index, and only names that
/// repeat keep a list (a list per name cost an allocation per indicator).
public struct NameIndex: Sendable {
    var unique: [String: Int] = [:]
    var repeated: [String: [Int]] = [:]

    public init(_ nodes: [Indicator]) {
        unique.reserveCapacity(nodes.count)
        for i in nodes.indices {
            let name = nodes[i].name
            if let first = unique[name] {
                unique[name] = nil
                repeated[name] = [first, i]
            } else if repeated[name] != nil {
                repeated[name]!.append(i)
            } else {
                unique[name] = i
            }
        }
    }

    /// The indices of the indicators named exactly `name`, in order.
    public subscript(name: String) -> [Int] {
        if let i = unique[name] { return [i] }
        return repeated[name] ?? []
    }
}

/// A scored report's indexes by code and by name, made the first time they are asked for and then kept (copies of
/// the scored report share them: its codes and names do not change).
final class ReportIndexes: Sendable {
    private let state = Mutex<(codes: [String: Int]?, names: NameIndex?)>((nil, nil))

    func codes(_ nodes: [Indicator]) -> [String: Int] {
        state.withLock { s in
            if let c = s.codes { return c }
            var c: [String: Int] = [:]
            c.reserveCapacity(nodes.count)
            for i in nodes.indices where c[nodes[i].code] == nil { c[nodes[i].code] = i }
            s.codes = c
            return c
        }
    }

    func names(_ nodes: [Indicator]) -> NameIndex {
        state.withLock { s in
            if let n = s.names { return n }
            let n = NameIndex(nodes)
            s.names = n
            return n
        }
    }
}
