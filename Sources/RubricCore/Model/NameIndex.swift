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
