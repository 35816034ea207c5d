/// Up/Down history recall by prefix: type 专项, press Up, and get the last line that starts with 专项.
///
/// The prefix is the text before the cursor when the search starts; it is kept while the user keeps
/// pressing Up/Down, and forgotten once the line is edited. Down past the newest match restores the typed line.
struct HistorySearch {
    /// Lines entered, oldest first, without consecutive duplicates.
    private(set) var entries: [String]
    private var prefix: String?
    private var index: Int
    private var original = ""
    private var shown: String?

    /// A search over `entries` (oldest first).
    init(entries: [String] = []) {
        var unique: [String] = []
        for e in entries where unique.last != e { unique.append(e) }
        self.entries = unique
        self.index = unique.count
    }

    /// Records an entered line (not a repeat of the last one) and ends any search.
    mutating func add(_ line: String) {
        if entries.last != line { entries.append(line) }
        reset()
    }

    /// Ends the current search (a new prompt).
    mutating func reset() {
        prefix = nil
        shown = nil
        index = entries.count
    }

    /// Up: the next older line starting with the prefix, or nil when there is none.
    mutating func older(line: String, beforeCursor: String) -> String? {
        let prefix = begin(line: line, beforeCursor: beforeCursor)
        var i = index - 1
        while i >= 0 {
            if entries[i].hasPrefix(prefix) && entries[i] != line { return show(i) }
            i -= 1
        }
        return nil
    }

    /// Down: the next newer line starting with the prefix; past the newest, the line as typed; nil when already there.
    mutating func newer(line: String, beforeCursor: String) -> String? {
        let prefix = begin(line: line, beforeCursor: beforeCursor)
        var i = index + 1
        while i < entries.count {
            if entries[i].hasPrefix(prefix) && entries[i] != line { return show(i) }
            i += 1
        }
        guard index < entries.count else { return nil }
        index = entries.count
        shown = original
        return original
    }

    // MARK: Implementation

    /// Starts a search unless the line is still the one the last Up/Down showed; returns the prefix.
    private mutating func begin(line: String, beforeCursor: String) -> String {
        if let prefix, shown == line { return prefix }
        prefix = beforeCursor
        original = line
        index = entries.count
        return beforeCursor
    }

    private mutating func show(_ i: Int) -> String {
        index = i
        shown = entries[i]
        return entries[i]
    }
}
