/// A column of a 项目支出绩效自评表, recognised by its header text wherever it stands.
enum ProjectColumn: String, CaseIterable, Sendable {
    case level1, level2, level3
    case target, adjustedTarget, actual, nature, unit, weight, score, factor
    case explanation, criteria, shortfall, improvement
    // The budget block.
    case initialBudget, budget, spent, rate

    /// The header texts that name this column (compared without spaces and without a trailing `（A）`-style note).
    var headers: [String] {
        switch self {
        case .level1: return ["一级指标"]
        case .level2: return ["二级指标"]
        case .level3: return ["三级指标", "指标名称", "绩效指标名称"]
        case .target: return ["年度指标值", "指标值", "年初指标值", "目标值", "年度目标值", "预期指标值"]
        case .adjustedTarget: return ["调整指标值", "调整后指标值"]
        case .actual: return ["实际完成值", "全年完成值", "全年实际值", "实际值", "完成值"]
        case .nature: return ["指标性质", "指标方向"]
        case .unit: return ["度量单位", "计量单位", "单位"]
        case .weight: return ["分值", "权重", "指标权重", "权重(分值)", "分值(权重)"]
        case .score: return ["得分", "指标得分", "自评得分"]
        case .factor: return ["得分系数"]
        case .explanation: return ["指标解释"]
        case .criteria: return ["评分标准", "评分规则", "计分方法"]
        case .shortfall: return ["偏差原因分析及改进措施", "未达标原因", "偏差原因分析", "偏差原因"]
        case .improvement: return ["改进措施"]
        case .initialBudget: return ["年初预算数", "年初预算"]
        case .budget: return ["全年预算数", "调整后预算数", "调整后预算", "全年预算"]
        case .spent: return ["全年执行数", "预算执行数", "执行数", "实际支出"]
        case .rate: return ["执行率", "预算执行率"]
        }
    }

    /// The column a header cell names, if any.
    static func named(_ text: String) -> ProjectColumn? { byHeader[key(text)] }

    /// A header without spaces, line breaks and a trailing parenthesised note: `实际完成值（B）` → `实际完成值`.
    static func key(_ text: String) -> String {
        var s = TableValue.normalize(text)
        if s.hasSuffix(")"), let open = s.lastIndex(of: "("), open != s.startIndex {
            s = String(s[..<open])
        }
        return s
    }

    // MARK: Implementation

    static let byHeader: [String: ProjectColumn] = {
        var out: [String: ProjectColumn] = [:]
        for c in allCases { for h in c.headers { out[key(h)] = c } }
        return out
    }()
}

/// Where the recognised columns of a header row stand.
struct ProjectHeader: Sendable, Equatable {
    /// Column index of each recognised column (the first occurrence).
    var columns: [ProjectColumn: Int]
    /// The header row, for messages.
    var row: TableRow

    /// The header of the indicator block: a 三级 (or 指标名称) column with a weight and a target or actual column.
    static func indicators(_ row: TableRow, layout: TableLayoutFile? = nil) -> ProjectHeader? {
        let h = ProjectHeader(row, layout: layout)
        let c = h.columns
        guard c[.level3] != nil, c[.weight] != nil || c[.factor] != nil,
              c[.target] != nil || c[.actual] != nil || c[.adjustedTarget] != nil || layout != nil else { return nil }
        return h
    }

    /// The header of the budget block (项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分).
    static func budget(_ row: TableRow, layout: TableLayoutFile? = nil) -> ProjectHeader? {
        let h = ProjectHeader(row, layout: layout)
        guard h.columns[.level3] == nil, h.columns[.budget] != nil || h.columns[.spent] != nil,
              row.cells.contains(where: { $0.text.hasPrefix("项目资金") || ProjectColumn.named($0.text) == .initialBudget }) else { return nil }
        return h
    }

    /// The cell of `row` in column `c`, if the header has it and the row fills it.
    func cell(_ c: ProjectColumn, in row: TableRow) -> TableCell? {
        guard let k = columns[c] else { return nil }
        return row.cells.first { $0.column == k }
    }

    /// The header texts, for a message listing what was found.
    var texts: [String] { row.cells.map(\.text) }

    // MARK: Implementation

    init(_ row: TableRow, layout: TableLayoutFile? = nil) {
        self.row = row
        var columns: [ProjectColumn: Int] = [:]
        for c in row.cells {
            guard let role = layout?.columns[ProjectColumn.key(c.text)] ?? ProjectColumn.named(c.text) else { continue }
            if columns[role] == nil { columns[role] = c.column }
        }
        self.columns = columns
    }
}
