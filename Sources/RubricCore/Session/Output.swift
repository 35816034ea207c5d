/// What a session produces for the user; the executable decides how it looks (colour, width, pager).
public enum Output: Sendable, Equatable {
    /// Plain text lines (a printed value, a message).
    case text(String)
    /// A table whose columns the renderer aligns by display width.
    case table(Table)
    /// What one change did to the scores.
    case delta(ScoreDelta)
    /// An error, warning or note with its source position.
    case diagnostic(Diagnostic)
    /// Help or explanation text: headings and paragraphs, rendered as is.
    case document(String)
}

/// A table of cells with a header; numbers are right-aligned by the renderer when marked so.
public struct Table: Sendable, Equatable {
    /// How a column's cells are aligned.
    public enum Alignment: Sendable, Equatable { case left, right }

    public var title: String?
    public var columns: [String]
    public var alignments: [Alignment]
    public var rows: [[String]]
    /// Lines printed under the table (totals, grade).
    public var footer: [String]

    public init(title: String? = nil, columns: [String], alignments: [Alignment]? = nil, rows: [[String]] = [], footer: [String] = []) {
        self.title = title
        self.columns = columns
        self.alignments = alignments ?? Array(repeating: .left, count: columns.count)
        self.rows = rows
        self.footer = footer
    }
}

/// What a change did: the indicators whose score moved, the 一级 scores, total and grade, before and after.
public struct ScoreDelta: Sendable, Equatable {
    /// One moved score.
    public struct Move: Sendable, Equatable {
        public var code: String
        public var name: String
        public var old: ExactDecimal
        public var new: ExactDecimal
        public init(code: String, name: String, old: ExactDecimal, new: ExactDecimal) {
            self.code = code; self.name = name; self.old = old; self.new = new
        }
        public var change: ExactDecimal { (try? new - old) ?? .zero }
    }

    /// What was done, in words (`专项资金支出率.spent = 447,720.15万元`).
    public var action: String
    /// Leaves and intermediate indicators whose score changed, in tree order.
    public var moved: [Move]
    /// The 一级 indicators, whether or not they moved.
    public var topLevel: [Move]
    public var oldTotal: ExactDecimal
    public var newTotal: ExactDecimal
    public var oldGrade: String
    public var newGrade: String
    /// Invariants the change broke (weights no longer summing to the parent), shown as warnings.
    public var warnings: [String]
    /// Said before the scores: where the change was made when it was not the scenario the user was in.
    public var notes: [String] = []
    /// Other scenarios whose total or grade moved with this change (they follow the changed one, or share the scheme).
    public var followers: [FollowerMove] = []

    public init(action: String, moved: [Move], topLevel: [Move], oldTotal: ExactDecimal, newTotal: ExactDecimal, oldGrade: String, newGrade: String, warnings: [String] = []) {
        self.action = action; self.moved = moved; self.topLevel = topLevel
        self.oldTotal = oldTotal; self.newTotal = newTotal
        self.oldGrade = oldGrade; self.newGrade = newGrade; self.warnings = warnings
    }
}
