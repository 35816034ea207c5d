/// The catalogue of interface texts: one case a message, its stable id (the case name), its English and its Chinese.
///
/// The `switch`es below are exhaustive, so a message cannot be added without both texts; `{1}`, `{2}` … are the
/// arguments, in the same places' meaning in both languages (a test checks that both use the same ones).
public enum Message: String, CaseIterable, Sendable {
    // Diagnostics
    case severityError, severityWarning, severityNote
    case scriptCheckedNothingRan, noReportLoaded, noIndicatorNamed, didYouMean, didYouMeanOr, noHelpOn
    case spaceAfterKeyword, leavesListsIndicators
    // Banner, help
    case bannerIntro, bannerReport, bannerNoReport, helpCommandsHeading, helpChangeInput, interfaceLanguage
    case helpOverview
    // Score table and summary
    case columnCode, columnIndicator, columnWeight, columnScore, columnPublished, columnDelta, columnRule
    case notGiven, partialSum, notGivenBySource, notApplicableLeftOut
    case totalPublished, totalPartial, gradePartial, gradeIncomplete
    // Changes and scenarios
    case followsBase, rescoredWithScheme, sameScoreAfterEdit, nowInScenario
    // Files
    case saved, savedScenario, exported
    // check
    case noFindings, findingCounts
    // Scripts
    case assertsSummary
    // scenarios and history
    case nothingToUndo, nothingToRedo, undoAction, redoAction, scenarioStarted, scenarioNow, scenarioDropped, nothingToReset, noChanges
    // explain
    case explainOfWeight, explainRule, explainParameters, explainNone, explainInputs, explainSteps, explainRollUp, explainGrade
    case explainFallsIn, explainSumOfChildren, explainPublishedStands, explainNothingCounts, scoreDidNotFollow
    // status markers, files, functions
    case markerAsPublished, markerEntered, markerFailed, markerClamped
    case fileNotFound, fileExists, fileUnreadable, fileUnwritable, unknownFunction, functionsList, unknownLanguage
    // compare
    case compareNoneDiffer, compareDiffer
    // seek
    case seekSearched, seekUnreachable, seekAndAbove, seekCurrentMeets, seekNearest, seekDownTo, seekUpTo, seekHolds, seekAnd
    // rules
    case ruleNeedsInput, divisionByZero, outsideBand
    // review
    case reviewTitle, reviewUnder, reviewIncomplete, reviewFindingsHeading, reviewInFiles, reviewExample
    // check's findings (ids: Audit.Finding.id)
    case findCompletionOvershoot, findCompletionHigh, findNoReason, findLowExecution, findChildrenWeights, findTargetsWeights
    case findAboveWeight, findBelowZero, findPublishedParts, findComputedDiffers, findClamped, findAsPublished, findEntered
    case findNotGiven, findPlaceholder, findTopWeights, findPublishedTotalSum, findPartialNotCompared, findTotalDiffers
    case findPartialTotal, findGrade, findNotApplicable, findNotApplicableOutOf, findNotApplicableRebased, rebasedTotal, findRate, findMorePlacesEntered, findMorePlacesPublished

    // ==== Load and evaluation errors (Diagnostic texts; ids are the case names)
    // Value kinds (put into sentences: "found {1}")
    case typeNumber, typeText, typeBool, typeList, typeIndicator, typeReport, typeScheme, typeScenario, typeNone
    // Edits: assignments to inputs, scores, weights and scheme settings
    case alreadyNothingChanged, notAVariable, bindVariableFirst, notGivenNothingToAdd, notGivenNothingToTake,
        giveValueFirst, cannotSetPropertyOf, setInputOrScheme, cannotAssignToThis, assignableThings, fieldTakesNot,
        kindAmountWanyuan, kindQualitativeLevel, kindDirection, kindRuleId, computedField, changeAFigure, cannotBeSet,
        settableList, scoreIsSumOfChildren, enterLeafScore, targetScoreRange, targetFractionRange, noShareToScore,
        scoreOutsideWeight, weightNegative, unitCannotStand, sameUnitPercent, sameUnitPlain, unknownRule,
        helpRulesLists, placesRange, ratesRange, stageValues, gradeBandValue, noSchemeSetting, settingsList,
        schemeParameterValue
    // Scenarios
    case noScenarioNamed, scenarioExists, useSwitchesToIt, baselineNotDroppable, resetRemovesChanges,
        scenarioBranchesFrom, scenariosBranchFrom, dropFirst, scenarioGone, scenariosList, scenarioSetsMissingSetting,
        resetSettingFirst, noRoundingStage, cannotSetSchemeTo, noIndicatorWithCode, notAnIndicatorField
    // Names and paths
    case emptyPath, noIndicatorAtPath, codesRun, nameMatchesSeveral, andMore, writeMoreOfName, helpTopicsHint
    // Statements: show, where, list, assert, load
    case showTakesIndicator, whereNeedsBool, listTargetsTakesIndicator, hasNoTargets, targetsSitUnder, loadsNoReport,
        loadOneHint, noStatementForm, assertNeedsBool, assertionFailed, assertionFailedWith
    // Saving and exporting
    case loadedReportBaselineOnly, saveScenarioOrBaseline, tutorialNothingToSaveOver, saveNeedsFileName, saveToNewFile,
        bareSaveInScenario, importedSaveAsYAML, saveAsYAMLHint, saveBangReplaces, wouldNotLoadAgain, writerBug,
        workbooksNotWritable, exportCsvForExcel, exportOverLoaded, chooseAnotherName, exportBangReplaces,
        schemeRescored, schemeRescoredAll, shownScenario, carriedAsParameters, leavesFooter, ranOnLoadedReport,
        sessionRestored, assertIsFalse, assertDetail
    // ==== end of load and evaluation errors

    /// Names quoted as the language quotes them ('a' or “a”), joined with "or" / "或".
    public static func quoted(_ names: [String], in language: InterfaceLanguage = .current) -> String {
        names.map { language == .zh ? "“\($0)”" : "'\($0)'" }.joined(separator: Message.didYouMeanOr.text(in: language))
    }

    /// "did you mean 'a' or 'b'?" for near names, or nil when there are none.
    public static func suggestion(_ names: [String], in language: InterfaceLanguage = .current) -> String? {
        names.isEmpty ? nil : didYouMean.text(quoted(names, in: language), in: language)
    }

    /// The stable id.

    public var id: String { rawValue }

    /// The text in `language` with its arguments put in.
    public func text(_ args: String..., in language: InterfaceLanguage = .current) -> String {
        text(args, in: language)
    }

    /// The text in `language` with the arguments of an array put in.
    public func text(_ args: [String], in language: InterfaceLanguage = .current) -> String {
        let template = language == .zh ? zh : en
        guard !args.isEmpty else { return template }
        // One pass over the template's bytes: `{n}` (n = 1…9) is the n-th argument; anything else is copied.
        var out = ""
        out.reserveCapacity(template.utf8.count + args.reduce(0) { $0 + $1.utf8.count })
        let u = template.utf8
        var run = u.startIndex
        var i = u.startIndex
        while i < u.endIndex {
            if u[i] == 0x7B {
                let d = u.index(after: i)
                if d < u.endIndex, u[d] >= 0x31, u[d] <= 0x39 {
                    let close = u.index(after: d)
                    if close < u.endIndex, u[close] == 0x7D, Int(u[d] - 0x31) < args.count {
                        out += template[run..<i]
                        out += args[Int(u[d] - 0x31)]
                        i = u.index(after: close)
                        run = i
                        continue
                    }
                }
            }
            i = u.index(after: i)
        }
        out += template[run..<u.endIndex]
        return out
    }

    /// The English text.
    public var en: String {
        switch self {
        case .severityError: return "error"
        case .severityWarning: return "warning"
        case .severityNote: return "note"
        case .scriptCheckedNothingRan: return "the script was checked before running: nothing ran and nothing was written"
        case .noReportLoaded: return "no report is loaded"
        case .noIndicatorNamed: return "no indicator or variable named '{1}'"
        case .didYouMean: return "did you mean {1}?"
        case .didYouMeanOr: return " or "
        case .noHelpOn: return "no help on '{1}'"
        case .spaceAfterKeyword: return "to use the command '{1}', put a space after it: {1} {2}"
        case .leavesListsIndicators: return "`leaves` lists the indicators; `help names` explains references"
        case .bannerIntro: return "Rubric — what-if analysis of budget performance scores.\n`help` for help · `tutorial` to learn the rules · Ctrl-D to leave"
        case .bannerReport: return "{1}\n总分 {2} · 等级 {3} · scheme {4} · {5} indicators"
        case .bannerNoReport: return "No report loaded: `load \"FILE\"` opens one (examples/reports/ has the seeds)."
        case .helpCommandsHeading: return "Commands (the first word of a statement):"
        case .helpChangeInput: return "change an input (help properties)"
        case .interfaceLanguage: return "interface language: English (set lang zh: 中文)"
        case .helpOverview: return """
            Rubric: load a self-evaluation report, tweak its figures, see the scores move.

              show                         the scored tree (show X: one subtree)
              合同备案时效性.entered = 1     change an input; the delta follows
              X.score · total · grade      print a value
              leaves where score < weight  query the indicators
              scenario 乐观 · compare baseline 乐观 · undo · redo
              seek 部门整体绩效目标产出指标完成情况.entered for total >= 90
              sweep 合同备案时效性.entered from 0 to 1 step 0.25
              explain X                    every step of a score
              assert total >= 90, "keep 优"   for scripts and lessons

            中文: 每个命令都有中文关键字 (帮助 显示 撤销 重做 情景 比较 求解 扫描 影响 解释 保存 导出 载入 退出 …),
                  属性也有中文名 (.得分 .分值 .目标值 .实际值 .预算数 .执行数 .执行率; 总分 等级); 关键字后空一格.
                  set lang zh switches the interface to Chinese. See docs/language.md.
            Topics: help commands · language · names · properties · rules · scheme · scenarios · analysis · files · keys
                    help RULE-ID (help execution-rate) · help INDICATOR (help 专项资金支出率)
            """
        case .columnCode: return "code"
        case .columnIndicator: return "indicator"
        case .columnWeight: return "weight"
        case .columnScore: return "score"
        case .columnPublished: return "published"
        case .columnDelta: return "Δ"
        case .columnRule: return "rule"
        case .notGiven: return "not given"
        case .partialSum: return "partial sum"
        case .notGivenBySource: return "not given by the source"
        case .notApplicableLeftOut: return "not applicable (/), left out: {1}"
        case .totalPublished: return "published {1}"
        case .totalPartial: return "partial: {1}"
        case .gradePartial: return "partial total"
        case .gradeIncomplete: return "incomplete total: {1}"
        case .followsBase: return "{1} follows {2}"
        case .rescoredWithScheme: return "{1} (re-scored with the scheme)"
        case .sameScoreAfterEdit: return "{1}.{2} changed; {3} still scores {4}: the new value gives the same score"
        case .nowInScenario: return "now in scenario {1} (you were in {2}): the change {3} was made there"
        case .saved: return "saved {1}"
        case .savedScenario: return "saved scenario {1} to {2}"
        case .exported: return "exported {1} to {2}"
        case .noFindings: return "no findings"
        case .findingCounts: return "{1} error(s), {2} warning(s), {3} note(s)"
        case .assertsSummary: return "asserts: {1} passed, {2} failed"
        case .nothingToUndo: return "nothing to undo"
        case .nothingToRedo: return "nothing to redo"
        case .undoAction: return "undo: {1}"
        case .redoAction: return "redo: {1}"
        case .scenarioStarted: return "scenario {1} (from {2}): 总分 {3}, 等级 {4}"
        case .scenarioNow: return "scenario {1}: 总分 {2}, 等级 {3}"
        case .scenarioDropped: return "dropped {1}; now in {2}"
        case .nothingToReset: return "nothing to reset in {1}"
        case .noChanges: return "no changes in {1}"
        case .explainOfWeight: return " of {1}"
        case .explainRule: return "rule: {1}"
        case .explainParameters: return "parameters: {1}"
        case .explainNone: return "none"
        case .explainInputs: return "inputs: {1}"
        case .explainSteps: return "steps:"
        case .explainRollUp: return "roll-up:"
        case .explainGrade: return "grade: {1}"
        case .explainFallsIn: return "{1} falls in {2} ({3})"
        case .explainSumOfChildren: return "the sum of its children"
        case .explainPublishedStands: return "the published score {1} stands"
        case .explainNothingCounts: return "no rule and no published score: counted as 0"
        case .scoreDidNotFollow: return "{1}: {2}, so its score did not follow"
        case .markerAsPublished: return "as published"
        case .markerEntered: return "entered"
        case .markerFailed: return "failed"
        case .markerClamped: return "clamped"
        case .fileNotFound: return "no such file '{1}'"
        case .fileExists: return "'{1}' already exists"
        case .fileUnreadable: return "cannot read '{1}': {2}"
        case .fileUnwritable: return "cannot write '{1}': {2}"
        case .unknownFunction: return "unknown function '{1}'"
        case .functionsList: return "functions: {1} (in Chinese: {2})"
        case .unknownLanguage: return "unknown language '{1}'"
        case .compareNoneDiffer: return "no indicator's score differs"
        case .compareDiffer: return "{1} indicator(s) differ"
        case .seekSearched: return "searched {1} … {2} in steps of {3} ({4} evaluations)"
        case .seekUnreachable: return "unreachable: no value of {1} meets {2}"
        case .seekAndAbove: return "{1} and above"
        case .seekCurrentMeets: return "the current value {1} meets it"
        case .seekNearest: return "the current value {1} does not; the nearest that does is {2} ({3})"
        case .seekDownTo: return "down to {1} (−{2})"
        case .seekUpTo: return "up to {1} (+{2})"
        case .seekHolds: return "; it holds {1}"
        case .seekAnd: return " and "
        case .ruleNeedsInput: return "rule '{1}' needs '{2}', which this indicator does not give"
        case .divisionByZero: return "{1}: division by zero"
        case .outsideBand: return "score {1} is outside the band of '{2}' {3}"
        case .reviewTitle: return "review: {1} file(s)"
        case .reviewUnder: return " under {1}"
        case .reviewIncomplete: return "* incomplete: indicators not given or not scorable count 0, so the total is a lower bound (not ranked)"
        case .reviewFindingsHeading: return "findings across reports (level, kind, count, files):"
        case .reviewInFiles: return "in {1} file(s)"
        case .reviewExample: return "e.g."
        case .findCompletionOvershoot: return "{1}: completion {2} is at or above {3} of target (the Guangzhou rule halves it; the target was set too low)"
        case .findCompletionHigh: return "{1}: completion {2} is at or above 120% of target (provincial systems flag it for 适度调减)"
        case .findNoReason: return "{1}: scores {2} of {3} with no 未达标原因 (provincial systems require one)"
        case .findLowExecution: return "{1}: execution rate {2} is below 90% with no reason given"
        case .findChildrenWeights: return "{1}: children's weights add up to {2}, not its weight {3}"
        case .findTargetsWeights: return "{1}: its targets' own weights add up to {2}, more than its weight {3}"
        case .findAboveWeight: return "{1}: published score {2} is above its weight {3}"
        case .findBelowZero: return "{1}: published score {2} is below 0"
        case .findPublishedParts: return "{1}: published score {2} differs from the sum of its published parts, {3}"
        case .findComputedDiffers: return "{1}: computed {2} ({3}) differs from published {4}"
        case .findClamped: return "{1}: computed {2} lies outside [0, {3}] and was clamped"
        case .findAsPublished: return "{1}: {2}; the published score stands"
        case .findEntered: return "{1}: {2}; an entered score stands"
        case .findNotGiven: return "{1}: the source gives no score (published: not-given) and {2}; counted as 0, so the totals above it are partial"
        case .findPlaceholder: return "{1}: the name was lost in extraction; a placeholder stands in"
        case .findTopWeights: return "the 一级 weights add up to {1}, not 100"
        case .findPublishedTotalSum: return "the published total {1} differs from the sum of the published scores, {2}"
        case .findPartialNotCompared: return "the computed total {1} is partial ({2}): it leaves out what the published total {3} includes, so the two are not compared"
        case .findTotalDiffers: return "the computed total {1} differs from the published total {2}"
        case .findPartialTotal: return "the computed total {1} is partial ({2}), and so is its grade"
        case .findGrade: return "the published grade {1} does not match the published total under the scheme's bands ({2})"
        case .findNotApplicable: return "{1} indicator(s) marked / (not applicable) are left out: {2}; the others weigh {3}"
        case .findNotApplicableOutOf: return ", so the total is out of {1}, not 100"
        case .findNotApplicableRebased: return "; the scheme re-bases the total to 100 (按百分制折算)"
        case .rebasedTotal: return "re-based to 100 (按百分制折算): {1} × 100 ÷ {2} = {3}"
        case .findRate: return "{1}: stated {2} but {3} ÷ {4} = {5}"
        case .findMorePlacesEntered: return "{1}: entered score {2} has more places than the scheme's {3}; it counts as {4}"
        case .findMorePlacesPublished: return "{1}: published score {2} has more places than the scheme's {3}; it counts as {4}"
        // ==== Load and evaluation errors
        // Value kinds (put into sentences: "found {1}")
        case .typeNumber: return "a number"
        case .typeText: return "text"
        case .typeBool: return "true/false"
        case .typeList: return "a list"
        case .typeIndicator: return "an indicator"
        case .typeReport: return "the report"
        case .typeScheme: return "the scheme"
        case .typeScenario: return "a scenario"
        case .typeNone: return "no value"
        // Edits: assignments to inputs, scores, weights and scheme settings
        case .alreadyNothingChanged: return "{1}.{2} is already {3}: nothing changed"
        case .notAVariable: return "'{1}' is not a variable"
        case .bindVariableFirst: return "bind it first with `let {1} = …`; to change an indicator, name a field: `{1}.actual = …`"
        case .notGivenNothingToAdd: return "{1} is not given, so {2} has nothing to add to"
        case .notGivenNothingToTake: return "{1} is not given, so {2} has nothing to take from"
        case .giveValueFirst: return "give it a value first: {1} = …"
        case .cannotSetPropertyOf: return "cannot set a property of {1}"
        case .setInputOrScheme: return "set an indicator's input (`专项资金支出率.spent = …`) or a scheme parameter (`scheme.overshoot = none`)"
        case .cannotAssignToThis: return "cannot assign to this"
        case .assignableThings: return "assign to an indicator's field (`X.actual = 8%`), a scheme parameter, or a variable"
        case .fieldTakesNot: return "{1} takes {2}, not {3}"
        case .kindAmountWanyuan: return "an amount in 万元"
        case .kindQualitativeLevel: return "\"达成\", \"部分达成\" or \"未达成\""
        case .kindDirection: return "a direction: \">=\", \"<=\", \"=\", \"decrease\", \"increase\", \"zero\", \"qualitative\""
        case .kindRuleId: return "a rule id such as \"execution-rate\""
        case .computedField: return "{1}.{2} is computed: {2} = {3}"
        case .changeAFigure: return "change a figure instead, e.g. {1}.{2} = …"
        case .cannotBeSet: return "'{1}' cannot be set"
        case .settableList: return "settable: {1}"
        case .scoreIsSumOfChildren: return "the score of {1} is the sum of its children"
        case .enterLeafScore: return "enter the score of one of its leaves; `show {1}` lists them"
        case .targetScoreRange: return "a target's {1} must lie between 0 and {2} (the points its share of the indicator's weight gives), not {3}"
        case .targetFractionRange: return "a target's {1} must lie between 0 and {2} (a fraction of its share), not {3}"
        case .noShareToScore: return "{1} has no share of its indicator's weight to score against"
        case .scoreOutsideWeight: return "a score must lie between 0 and the weight {1}, not {2}"
        case .weightNegative: return "a weight cannot be negative"
        case .unitCannotStand: return "{1}.{2} is {3}; {4} cannot stand for it"
        case .sameUnitPercent: return "give the value in the same unit, e.g. 107%"
        case .sameUnitPlain: return "give the value in the same unit, e.g. a plain number"
        case .unknownRule: return "unknown rule '{1}'"
        case .helpRulesLists: return "`help rules` lists them"
        case .placesRange: return "places takes a whole number from 0 to 6"
        case .ratesRange: return "rates takes a whole number of places from 0 to 10 (4 = 0.01%), or none"
        case .stageValues: return "stage takes \"leaf\" (every score rounded, parents add rounded scores) or \"total\" (only the total rounded)"
        case .gradeBandValue: return "a grade band takes the lowest total that earns it, a number such as 90"
        case .noSchemeSetting: return "the scheme has no setting '{1}'"
        case .settingsList: return "settings: {1}"
        case .schemeParameterValue: return "a scheme parameter takes a number, `none` or a word"
        // Scenarios
        case .noScenarioNamed: return "no scenario named '{1}'"
        case .scenarioExists: return "a scenario named '{1}' exists already"
        case .useSwitchesToIt: return "`use {1}` switches to it"
        case .baselineNotDroppable: return "the baseline cannot be dropped"
        case .resetRemovesChanges: return "`reset` removes its changes"
        case .scenarioBranchesFrom: return "scenario {1} branches from '{2}'"
        case .scenariosBranchFrom: return "scenarios {1} branch from '{2}'"
        case .dropFirst: return "drop {1} first"
        case .scenarioGone: return "scenario '{1}' no longer exists"
        case .scenariosList: return "scenarios: {1}"
        case .scenarioSetsMissingSetting: return "scenario {1} sets scheme.{2}, which scheme {3} does not have"
        case .resetSettingFirst: return "`use {1}` and `reset scheme.{2}` first, then use the scheme"
        case .noRoundingStage: return "no rounding stage '{1}'"
        case .cannotSetSchemeTo: return "cannot set scheme.{1} to {2}"
        case .noIndicatorWithCode: return "no indicator has the code '#{1}'"
        case .notAnIndicatorField: return "'{1}' is not a field of an indicator"
        // Names and paths
        case .emptyPath: return "empty path"
        case .noIndicatorAtPath: return "no indicator at the path '{1}'"
        case .codesRun: return "codes run 1, 1.1, 1.1.1 …; `show` lists them"
        case .nameMatchesSeveral: return "'{1}' matches {2} indicators: {3}"
        case .andMore: return "{1} and {2} more"
        case .writeMoreOfName: return "write more of the name, a path such as '{1}', or a code such as '#{2}'"
        case .helpTopicsHint: return "topics: {1}, a rule id, or an indicator name"
        // Statements: show, where, list, assert, load
        case .showTakesIndicator: return "show takes an indicator, found {1}"
        case .whereNeedsBool: return "a where condition must be true or false, found {1}"
        case .listTargetsTakesIndicator: return "list targets of takes an indicator"
        case .hasNoTargets: return "{1} has no targets"
        case .targetsSitUnder: return "targets sit under the 产出/效益 completion indicators; `list targets` shows them all"
        case .loadsNoReport: return "{1} loads no report"
        case .loadOneHint: return "load one: load \"examples/reports/seed003-zengcheng-2022.yaml\""
        case .noStatementForm: return "no statement form runs this"
        case .assertNeedsBool: return "assert needs a true/false condition, found {1}"
        case .assertionFailed: return "assertion failed"
        case .assertionFailedWith: return "assertion failed: {1}"
        // Saving and exporting
        case .loadedReportBaselineOnly: return "'{1}' is the loaded report; only the baseline is written over it"
        case .saveScenarioOrBaseline: return "`save scenario {1} \"{1}.yaml\"` writes this scenario to a new file; `use baseline` then `save` writes the baseline"
        case .tutorialNothingToSaveOver: return "the tutorial's report is a bundled copy; it has no file to save over"
        case .saveNeedsFileName: return "save needs a file name"
        case .saveToNewFile: return "save \"NAME.yaml\" writes it to a new file"
        case .bareSaveInScenario: return "you are in scenario {1}; a bare `save` writes only the baseline over {2}"
        case .importedSaveAsYAML: return "the report was imported from a table; save it as YAML under a new name"
        case .saveAsYAMLHint: return "save \"{1}.yaml\""
        case .saveBangReplaces: return "`save! \"{1}\"` replaces it"
        case .wouldNotLoadAgain: return "the file would not load again, so it was not written: {1}"
        case .writerBug: return "this is a bug in Rubric's writer; `save session` keeps the work meanwhile"
        case .workbooksNotWritable: return "workbooks cannot be written here"
        case .exportCsvForExcel: return "export csv writes a table Excel opens"
        case .exportOverLoaded: return "'{1}' is the loaded report; an export is written to another file"
        case .chooseAnotherName: return "choose another name, e.g. \"{1}\""
        case .exportBangReplaces: return "`export! {1} \"{2}\"` replaces it"
        case .schemeRescored: return "scheme {1}: {2} — the report is re-scored with it"
        case .schemeRescoredAll: return "scheme {1}: {2} — all {3} scenarios are re-scored with it and keep their changes; `undo` goes back"
        case .shownScenario: return " (shown: scenario {1})"
        case .carriedAsParameters: return "{1} written as rule parameters on {2} indicator(s) and target(s)"
        case .leavesFooter: return "{1} of {2} indicators"
        case .ranOnLoadedReport: return "ran {1} on the loaded report: {2} scenario(s); now in {3}: 总分 {4}, 等级 {5}"
        case .sessionRestored: return "session restored from {1}: {2} scenario(s) ({3}); now in {4}: 总分 {5}, 等级 {6}"
        case .assertIsFalse: return "'{1}' is false"
        case .assertDetail: return "{1}: {2} is {3}, expected {4} {5}"
        // ==== end of load and evaluation errors
        }
    }

    /// The Chinese text.
    public var zh: String {
        switch self {
        case .severityError: return "错误"
        case .severityWarning: return "警告"
        case .severityNote: return "提示"
        case .scriptCheckedNothingRan: return "脚本在运行前已全部检查：没有执行任何语句，也没有写入任何文件"
        case .noReportLoaded: return "尚未载入报告"
        case .noIndicatorNamed: return "没有名为“{1}”的指标或变量"
        case .didYouMean: return "您是不是要输入 {1}？"
        case .didYouMeanOr: return " 或 "
        case .noHelpOn: return "没有关于“{1}”的帮助"
        case .spaceAfterKeyword: return "要使用命令“{1}”，请在它后面空一格：{1} {2}"
        case .leavesListsIndicators: return "`末级指标` (leaves) 列出全部指标；`帮助 names` 说明指标的写法"
        case .bannerIntro: return "Rubric — 预算绩效自评得分的假设分析。\n`帮助` 查看帮助 · `教程` 学习计分规则 · Ctrl-D 退出"
        case .bannerReport: return "{1}\n总分 {2} · 等级 {3} · 计分办法 {4} · 共 {5} 个指标"
        case .bannerNoReport: return "尚未载入报告：`载入 \"文件\"` 打开一份（examples/reports/ 中有示例报告）。"
        case .helpCommandsHeading: return "命令（语句的第一个词；中文关键字与英文等价）："
        case .helpChangeInput: return "修改一项输入（帮助 properties）"
        case .interfaceLanguage: return "界面语言：中文（改回英文：设置 语言 英文）"
        case .helpOverview: return """
            Rubric：载入一份绩效自评报告，修改其中的数字，立即看到每项得分和等级的变化。

              显示                          得分树（显示 X：只看一个分支）
              合同备案时效性.录入分 = 1      修改一项输入，随即显示变化
              X.得分 · 总分 · 等级          显示一个值
              末级指标 满足 得分 < 分值     按条件列出指标
              情景 乐观 · 比较 基准 乐观 · 撤销 · 重做
              求解 部门整体绩效目标产出指标完成情况.录入分 使 总分 >= 90
              扫描 合同备案时效性.录入分 从 0 到 1 步长 0.25
              解释 X                        一项得分的每一步计算
              显示值 四舍五入（总分，1）     函数也有中文名：四舍五入 最小 最大 求和 绝对值 比率 计数
              断言 总分 >= 90, "保持优"      用于脚本和练习

            关键字后要空一格。全角标点 （ ） ＝ ＋ ， ： “ ” 与半角相同，句号“。”结束一条语句。
            英文关键字同样可用 (help show undo scenario compare seek sweep explain save export load quit …)。
            帮助主题：帮助 commands · language · names · properties · rules · scheme · scenarios · analysis · files · keys
                      帮助 规则编号 (帮助 execution-rate) · 帮助 指标名 (帮助 专项资金支出率)
            """
        case .columnCode: return "编码"
        case .columnIndicator: return "指标"
        case .columnWeight: return "分值"
        case .columnScore: return "得分"
        case .columnPublished: return "公布得分"
        case .columnDelta: return "差额"
        case .columnRule: return "计分规则"
        case .notGiven: return "未给出"
        case .partialSum: return "部分和"
        case .notGivenBySource: return "来源未给出"
        case .notApplicableLeftOut: return "不适用（/），未计入：{1}"
        case .totalPublished: return "公布 {1}"
        case .totalPartial: return "不完整：{1}"
        case .gradePartial: return "总分不完整"
        case .gradeIncomplete: return "总分不完整：{1}"
        case .followsBase: return "{1} 随 {2} 变化"
        case .rescoredWithScheme: return "{1}（按新计分办法重新计分）"
        case .sameScoreAfterEdit: return "{1}.{2} 已修改；{3} 得分仍为 {4}：新值给出相同的得分"
        case .nowInScenario: return "现在位于情景 {1}（之前在 {2}）：被{3}的修改是在那里做的"
        case .saved: return "已保存 {1}"
        case .savedScenario: return "已将情景 {1} 保存到 {2}"
        case .exported: return "已导出 {1}：{2}"
        case .noFindings: return "无审核意见"
        case .findingCounts: return "{1} 个错误，{2} 个警告，{3} 条提示"
        case .assertsSummary: return "断言：{1} 条通过，{2} 条失败"
        case .nothingToUndo: return "没有可撤销的修改"
        case .nothingToRedo: return "没有可重做的修改"
        case .undoAction: return "撤销：{1}"
        case .redoAction: return "重做：{1}"
        case .scenarioStarted: return "情景 {1}（基于 {2}）：总分 {3}，等级 {4}"
        case .scenarioNow: return "情景 {1}：总分 {2}，等级 {3}"
        case .scenarioDropped: return "已删除情景 {1}；现在位于 {2}"
        case .nothingToReset: return "{1} 中没有可还原的修改"
        case .noChanges: return "{1} 中没有修改"
        case .explainOfWeight: return "（分值 {1}）"
        case .explainRule: return "计分规则：{1}"
        case .explainParameters: return "参数：{1}"
        case .explainNone: return "无"
        case .explainInputs: return "输入：{1}"
        case .explainSteps: return "计算步骤："
        case .explainRollUp: return "汇总："
        case .explainGrade: return "等级：{1}"
        case .explainFallsIn: return "{1} 属于 {2}（{3}）"
        case .explainSumOfChildren: return "下级得分之和"
        case .explainPublishedStands: return "采用公布得分 {1}"
        case .explainNothingCounts: return "没有计分规则，也没有公布得分：按 0 计"
        case .scoreDidNotFollow: return "{1}：{2}，所以得分没有变化"
        case .markerAsPublished: return "采用公布得分"
        case .markerEntered: return "录入得分"
        case .markerFailed: return "无法计分"
        case .markerClamped: return "已截断"
        case .fileNotFound: return "没有文件“{1}”"
        case .fileExists: return "“{1}”已存在"
        case .fileUnreadable: return "无法读取“{1}”：{2}"
        case .fileUnwritable: return "无法写入“{1}”：{2}"
        case .unknownFunction: return "未知函数“{1}”"
        case .functionsList: return "函数：{1}（中文：{2}）"
        case .unknownLanguage: return "未知语言“{1}”"
        case .compareNoneDiffer: return "没有指标的得分不同"
        case .compareDiffer: return "{1} 项指标的得分不同"
        case .seekSearched: return "在 {1} … {2} 之间以 {3} 为步长搜索（计算 {4} 次）"
        case .seekUnreachable: return "无法达到：{1} 取任何值都不能使 {2}"
        case .seekAndAbove: return "{1} 及以上"
        case .seekCurrentMeets: return "当前值 {1} 满足条件"
        case .seekNearest: return "当前值 {1} 不满足；最近的满足值是 {2}（{3}）"
        case .seekDownTo: return "最低可到 {1}（−{2}）"
        case .seekUpTo: return "最高可到 {1}（+{2}）"
        case .seekHolds: return "；仍满足的范围：{1}"
        case .seekAnd: return "，以及"
        case .ruleNeedsInput: return "计分规则“{1}”需要“{2}”，而该指标没有提供"
        case .divisionByZero: return "{1}：除数为零"
        case .outsideBand: return "得分 {1} 不在“{2}”的档次 {3} 内"
        case .reviewTitle: return "审核：{1} 个文件"
        case .reviewUnder: return "，位于 {1}"
        case .reviewIncomplete: return "* 不完整：未给出或无法计分的指标按 0 计，总分只是下限（不参与排名）"
        case .reviewFindingsHeading: return "跨报告的审核意见（级别、类别、次数、文件）："
        case .reviewInFiles: return "出现在 {1} 个文件"
        case .reviewExample: return "例："
        case .findCompletionOvershoot: return "{1}：完成率 {2}，达到或超过目标的 {3}（广州规则减半计分：目标定得偏低）"
        case .findCompletionHigh: return "{1}：完成率 {2}，达到或超过目标的 120%（省级系统提示适度调减目标）"
        case .findNoReason: return "{1}：得 {2} 分（分值 {3}），未填写未达标原因（省级系统要求填写）"
        case .findLowExecution: return "{1}：执行率 {2} 低于 90%，未说明原因"
        case .findChildrenWeights: return "{1}：下级分值合计 {2}，与其分值 {3} 不符"
        case .findTargetsWeights: return "{1}：绩效指标自带的分值合计 {2}，超过其分值 {3}"
        case .findAboveWeight: return "{1}：公布得分 {2} 高于分值 {3}"
        case .findBelowZero: return "{1}：公布得分 {2} 小于 0"
        case .findPublishedParts: return "{1}：公布得分 {2} 与其下级公布得分之和 {3} 不符"
        case .findComputedDiffers: return "{1}：按规则计算为 {2}（{3}），与公布得分 {4} 不符"
        case .findClamped: return "{1}：计算值 {2} 超出 [0, {3}]，已截断"
        case .findAsPublished: return "{1}：{2}；采用公布得分"
        case .findEntered: return "{1}：{2}；采用录入得分"
        case .findNotGiven: return "{1}：来源未给出得分，且 {2}；按 0 计，上级合计为不完整值"
        case .findPlaceholder: return "{1}：提取时丢失了指标名称，暂以占位名代替"
        case .findTopWeights: return "一级指标分值合计 {1}，不是 100"
        case .findPublishedTotalSum: return "公布总分 {1} 与公布得分之和 {2} 不符"
        case .findPartialNotCompared: return "计算总分 {1} 不完整（{2}）：缺少公布总分 {3} 所含的部分，因此不作比较"
        case .findTotalDiffers: return "计算总分 {1} 与公布总分 {2} 不符"
        case .findPartialTotal: return "计算总分 {1} 不完整（{2}），等级也无法确定"
        case .findGrade: return "公布等级 {1} 与公布总分按计分办法应得的等级（{2}）不符"
        case .findNotApplicable: return "{1} 项指标标为 /（不适用），未计入：{2}；其余指标分值合计 {3}"
        case .findNotApplicableOutOf: return "，总分满分为 {1} 而不是 100"
        case .findNotApplicableRebased: return "；计分办法按百分制折算总分"
        case .rebasedTotal: return "按百分制折算：{1} × 100 ÷ {2} = {3}"
        case .findRate: return "{1}：公布 {2}，但 {3} ÷ {4} = {5}"
        case .findMorePlacesEntered: return "{1}：录入得分 {2} 的小数位多于计分办法的 {3} 位；按 {4} 计"
        case .findMorePlacesPublished: return "{1}：公布得分 {2} 的小数位多于计分办法的 {3} 位；按 {4} 计"
        // ==== Load and evaluation errors
        // Value kinds (put into sentences: "found {1}")
        case .typeNumber: return "数字"
        case .typeText: return "文本"
        case .typeBool: return "真/假值"
        case .typeList: return "列表"
        case .typeIndicator: return "指标"
        case .typeReport: return "报告"
        case .typeScheme: return "计分办法"
        case .typeScenario: return "情景"
        case .typeNone: return "空值（未给出）"
        // Edits: assignments to inputs, scores, weights and scheme settings
        case .alreadyNothingChanged: return "{1}.{2} 已经是 {3}：没有修改"
        case .notAVariable: return "“{1}”不是变量"
        case .bindVariableFirst: return "请先用 `let {1} = …` 定义它；要修改指标，请写出字段：`{1}.actual = …`"
        case .notGivenNothingToAdd: return "{1} 未给出，{2} 没有可以累加的值"
        case .notGivenNothingToTake: return "{1} 未给出，{2} 没有可以扣减的值"
        case .giveValueFirst: return "请先给它赋值：{1} = …"
        case .cannotSetPropertyOf: return "不能设置{1}的属性"
        case .setInputOrScheme: return "可以修改指标的输入（`专项资金支出率.spent = …`）或计分办法的参数（`scheme.overshoot = none`）"
        case .cannotAssignToThis: return "不能给这里赋值"
        case .assignableThings: return "可以赋值的是指标的字段（`X.actual = 8%`）、计分办法的参数或变量"
        case .fieldTakesNot: return "{1} 应为{2}，而不是{3}"
        case .kindAmountWanyuan: return "以万元为单位的金额"
        case .kindQualitativeLevel: return "\"达成\"、\"部分达成\"或\"未达成\""
        case .kindDirection: return "指标方向：\">=\"、\"<=\"、\"=\"、\"decrease\"、\"increase\"、\"zero\"、\"qualitative\""
        case .kindRuleId: return "计分规则编号，例如 \"execution-rate\""
        case .computedField: return "{1}.{2} 是计算值：{2} = {3}"
        case .changeAFigure: return "请改为修改一项原始数据，例如 {1}.{2} = …"
        case .cannotBeSet: return "“{1}”不能修改"
        case .settableList: return "可以修改的字段：{1}"
        case .scoreIsSumOfChildren: return "{1} 的得分是其下级得分之和"
        case .enterLeafScore: return "请录入它的某个末级指标的得分；`show {1}` 可列出这些指标"
        case .targetScoreRange: return "绩效指标的 {1} 必须在 0 到 {2} 之间（{2} 是它在所属指标分值中所占的份额），而不是 {3}"
        case .targetFractionRange: return "绩效指标的 {1} 必须在 0 到 {2} 之间（即它所占份额的比例），而不是 {3}"
        case .noShareToScore: return "{1} 在所属指标的分值中没有份额，无法计分"
        case .scoreOutsideWeight: return "得分必须在 0 到分值 {1} 之间，而不是 {2}"
        case .weightNegative: return "分值不能为负数"
        case .unitCannotStand: return "{1}.{2} 是 {3}；不能用 {4} 代替"
        case .sameUnitPercent: return "请用相同的单位给出数值，例如 107%"
        case .sameUnitPlain: return "请用相同的单位给出数值，例如不带单位的数字"
        case .unknownRule: return "未知的计分规则“{1}”"
        case .helpRulesLists: return "`help rules` 列出全部计分规则"
        case .placesRange: return "places（得分小数位数）应为 0 到 6 的整数"
        case .ratesRange: return "rates（比率小数位数）应为 0 到 10 的整数（4 = 0.01%），或 none"
        case .stageValues: return "stage 应为 \"leaf\"（每项得分都舍入，上级把舍入后的得分相加）或 \"total\"（只对总分舍入）"
        case .gradeBandValue: return "等级分数线是达到该等级的最低总分，应为数字，例如 90"
        case .noSchemeSetting: return "计分办法没有设置项“{1}”"
        case .settingsList: return "设置项：{1}"
        case .schemeParameterValue: return "计分办法的参数应为数字、`none` 或一个词"
        // Scenarios
        case .noScenarioNamed: return "没有名为“{1}”的情景"
        case .scenarioExists: return "名为“{1}”的情景已存在"
        case .useSwitchesToIt: return "`use {1}` 切换到该情景"
        case .baselineNotDroppable: return "基准不能删除"
        case .resetRemovesChanges: return "`reset` 可还原它的全部修改"
        case .scenarioBranchesFrom: return "情景 {1} 是基于“{2}”建立的"
        case .scenariosBranchFrom: return "情景 {1} 是基于“{2}”建立的"
        case .dropFirst: return "请先删除 {1}"
        case .scenarioGone: return "情景“{1}”已不存在"
        case .scenariosList: return "现有情景：{1}"
        case .scenarioSetsMissingSetting: return "情景 {1} 设置了 scheme.{2}，而计分办法 {3} 没有这个设置项"
        case .resetSettingFirst: return "请先 `use {1}` 并 `reset scheme.{2}`，再使用该计分办法"
        case .noRoundingStage: return "没有舍入阶段“{1}”"
        case .cannotSetSchemeTo: return "不能把 scheme.{1} 设为 {2}"
        case .noIndicatorWithCode: return "没有编码为“#{1}”的指标"
        case .notAnIndicatorField: return "“{1}”不是指标的字段"
        // Names and paths
        case .emptyPath: return "路径为空"
        case .noIndicatorAtPath: return "路径“{1}”下没有指标"
        case .codesRun: return "编码形如 1、1.1、1.1.1 …；`show` 可列出全部编码"
        case .nameMatchesSeveral: return "“{1}”对应 {2} 个指标：{3}"
        case .andMore: return "{1} 等，另有 {2} 个"
        case .writeMoreOfName: return "请写出更完整的名称、路径（例如“{1}”）或编码（例如“#{2}”）"
        case .helpTopicsHint: return "帮助主题：{1}，也可以是计分规则编号或指标名"
        // Statements: show, where, list, assert, load
        case .showTakesIndicator: return "show 需要一个指标，得到的是{1}"
        case .whereNeedsBool: return "where 条件的结果必须是真或假，得到的是{1}"
        case .listTargetsTakesIndicator: return "list targets of 需要一个指标"
        case .hasNoTargets: return "{1} 下没有绩效指标"
        case .targetsSitUnder: return "绩效指标位于产出、效益类的完成情况指标之下；`list targets` 列出全部绩效指标"
        case .loadsNoReport: return "{1} 没有载入任何报告"
        case .loadOneHint: return "请先载入一份报告：load \"examples/reports/seed003-zengcheng-2022.yaml\""
        case .noStatementForm: return "没有能执行这条语句的语句形式"
        case .assertNeedsBool: return "assert 需要一个真/假条件，得到的是{1}"
        case .assertionFailed: return "断言不成立"
        case .assertionFailedWith: return "断言不成立：{1}"
        // Saving and exporting
        case .loadedReportBaselineOnly: return "“{1}”是已载入的报告；只有基准才会写回这个文件"
        case .saveScenarioOrBaseline: return "`save scenario {1} \"{1}.yaml\"` 把当前情景写入新文件；先 `use baseline` 再 `save` 则写回基准"
        case .tutorialNothingToSaveOver: return "教程的报告是内置副本，没有可以覆盖的文件"
        case .saveNeedsFileName: return "save 需要一个文件名"
        case .saveToNewFile: return "save \"文件名.yaml\" 把它写入新文件"
        case .bareSaveInScenario: return "当前位于情景 {1}；不带文件名的 `save` 只会把基准写回 {2}"
        case .importedSaveAsYAML: return "该报告是从表格导入的；请以新的文件名保存为 YAML"
        case .saveAsYAMLHint: return "另存为 YAML：save \"{1}.yaml\""
        case .saveBangReplaces: return "`save! \"{1}\"` 会覆盖它"
        case .wouldNotLoadAgain: return "写出的内容无法重新载入，因此没有写入文件：{1}"
        case .writerBug: return "这是 Rubric 写出功能的缺陷；可先用 `save session` 保存当前工作"
        case .workbooksNotWritable: return "这里不能写出工作簿"
        case .exportCsvForExcel: return "export csv 可写出 Excel 能打开的表格"
        case .exportOverLoaded: return "“{1}”是已载入的报告；导出的文件必须另取文件名"
        case .chooseAnotherName: return "请换一个文件名，例如 \"{1}\""
        case .exportBangReplaces: return "`export! {1} \"{2}\"` 会覆盖它"
        case .schemeRescored: return "计分办法 {1}：{2} — 报告已按它重新计分"
        case .schemeRescoredAll: return "计分办法 {1}：{2} — 全部 {3} 个情景已按它重新计分，各自的修改保留；`undo` 可以撤回"
        case .shownScenario: return "（显示的是情景 {1}）"
        case .carriedAsParameters: return "{1} 已作为计分规则参数写入 {2} 个指标和绩效指标"
        case .leavesFooter: return "{1} 个指标（共 {2} 个）"
        case .ranOnLoadedReport: return "已在当前报告上运行 {1}：共 {2} 个情景；现在位于 {3}：总分 {4}，等级 {5}"
        case .sessionRestored: return "已从 {1} 恢复会话：共 {2} 个情景（{3}）；现在位于 {4}：总分 {5}，等级 {6}"
        case .assertIsFalse: return "“{1}”不成立"
        case .assertDetail: return "{1}：{2} 为 {3}，应当 {4} {5}"
        // ==== end of load and evaluation errors
        }
    }
}

/// Column headings of the tables Rubric prints, in the interface language (one table of both, like ``Message``).
public enum ColumnHeading {
    static let chinese: [String: String] = [
        "code": "编码", "indicator": "指标", "weight": "分值", "score": "得分", "gap": "差距", "rule": "计分规则",
        "target": "绩效指标", "dir": "方向", "target value": "目标值", "actual": "实际值", "completion": "完成率",
        "factor": "系数", "gainable": "可增分", "input": "输入", "per 万元": "每万元", "spend to 100%": "满分所需支出",
        "from": "从", "to": "到", "level": "级别", "scenario": "情景", "changes": "修改数", "unsaved": "未保存", "check": "类别", "finding": "意见", "published": "公布得分", "Δ": "差额",
    ]

    /// The headings in the interface language (a heading without a Chinese entry stays as it is).
    public static func localized(_ headings: [String]) -> [String] {
        InterfaceLanguage.current == .zh ? headings.map { chinese[$0] ?? $0 } : headings
    }
}
