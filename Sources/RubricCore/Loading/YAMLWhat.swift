/// What a YAML value is called in load errors (`expected the title (text)`), in the interface language.
///
/// Callers name a value in English (`"the title"`, or its key `"weight"`); a key stays as typed, a phrase has its Chinese here.
enum YAMLWhat {
    static let chinese: [String: String] = [
        "a report": "报告", "an indicator": "指标", "a target": "绩效指标", "a rule": "计分规则", "a budget line": "预算项目",
        "a layout file": "版式文件", "the columns of a layout": "版式文件的 columns", "published figures": "公布的数据",
        "inputs computed from figures": "由原始数据计算的输入", "the indicator tree": "指标树", "budget lines": "预算项目",
        "the title": "标题", "the target name": "绩效指标名称", "the published score": "公布得分", "the indicator name": "指标名称",
        "an indicator name": "指标名称", "a rule id": "计分规则编号", "a note": "说明", "a level": "定性等级", "a formula": "公式",
        "a direction": "指标方向", "a budget line name": "预算项目名称", "the format version": "报告格式版本",
        "the layout version": "版式文件版本", "the year": "年度", "a scheme": "计分办法", "a grade band": "等级分数段",
        "the scheme id": "计分办法编号", "grade aliases": "等级别名", "a grade alias": "等级别名", "the band's lowest total": "分数段的最低总分",
        "grade bands": "等级分数段", "rate places": "比率的小数位数", "target rules": "各指标方向的计分规则",
        "indicator rules": "指标计分规则", "an indicator rule": "指标计分规则", "a parameter name": "参数名称",
        "a parameter value": "参数值", "a tier": "档次", "how indicators marked not applicable count": "不适用指标的计分方式",
    ]

    /// `what` in the interface language: its Chinese when it has one; else as given, quoted in Chinese (a key: “weight”).
    static func localized(_ what: String) -> String {
        InterfaceLanguage.current == .zh ? (chinese[what] ?? "“\(what)”") : what
    }
}
