/// A layout file: which header text of a table is which column, for a table whose headers the reader does not know.
///
/// ```yaml
/// rubric-layout: 1
/// columns:
///   三级指标: 名称        # the column role (its usual header, or its English name): the header in this table
///   年度指标值: 目标
///   实际完成值: 完成
///   分值: 权重
///   得分: 分数
/// ```
/// A new province's form is then configuration, not a release.
public struct TableLayoutFile: Sendable, Equatable {
    /// The table's header text → the column it is.
    var columns: [String: ProjectColumn]

    /// Reads a layout file; an unknown key or role is an error at it, with a did-you-mean.
    public static func parse(_ file: SourceFile) throws(Diagnostic) -> TableLayoutFile {
        let root = try YAMLValue.parse(file).mapping("a layout file", allowed: ["rubric-layout", "columns"])
        let version = try root.required("rubric-layout")
        guard try version.int("the layout version") == 1 else { throw version.error(.layoutVersion) }
        let map = try root.required("columns").mapping("the columns of a layout", allowed: ProjectColumn.roleNames)
        var columns: [String: ProjectColumn] = [:]
        for (role, key, value) in map.pairs {
            guard let c = ProjectColumn.role(named: role) else { throw key.error(.unknownLayoutColumn, role) }
            columns[ProjectColumn.key(try value.string("the header text of \(role)"))] = c
        }
        return TableLayoutFile(columns: columns)
    }

    /// A layout file that would map these header texts, guessing each one's column from its words (`?` when unsure).
    static func suggestion(for headers: [String]) -> String {
        var out = "rubric-layout: 1\ncolumns:\n"
        var used = Set<ProjectColumn>()
        for h in headers {
            let guess = ProjectColumn.guess(h).flatMap { used.contains($0) ? nil : $0 }
            if let g = guess { used.insert(g) }
            out += "  \(guess?.headers[0] ?? "?"): \(h)\n"
        }
        return out
    }
}

extension ProjectColumn {
    /// The column a layout file names: by its usual header (三级指标), any header it goes by, or its English name.
    static func role(named name: String) -> ProjectColumn? {
        ProjectColumn(rawValue: name) ?? named(name)
    }

    /// Every name a layout file accepts for a column.
    static var roleNames: [String] { allCases.flatMap { [$0.rawValue] + $0.headers } }

    /// The column a header's words suggest (名称 → 三级指标, 目标 → 年度指标值 …), for the suggestion of a layout file.
    static func guess(_ header: String) -> ProjectColumn? {
        let clues: [(String, ProjectColumn)] = [
            ("一级", .level1), ("二级", .level2), ("三级", .level3), ("名称", .level3), ("调整", .adjustedTarget),
            ("目标", .target), ("指标值", .target), ("计划", .target), ("实际", .actual), ("完成", .actual),
            ("性质", .nature), ("方向", .nature), ("单位", .unit), ("权重", .weight), ("分值", .weight), ("满分", .weight),
            ("系数", .factor), ("得分", .score), ("分数", .score), ("评分", .criteria), ("标准", .criteria),
            ("解释", .explanation), ("原因", .shortfall), ("措施", .improvement),
        ]
        return clues.first { header.contains($0.0) }?.1
    }
}
