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
    case explainOfWeight, explainRule, explainParameters, explainNone, explainInputs, explainSteps, explainRollUp, explainGrade, explainSchemeFormula, findSchemeFormulaStated, findSchemeFormulaMissing
    case explainFallsIn, explainSumOfChildren, explainPublishedStands, explainNothingCounts, scoreDidNotFollow
    // status markers, files, functions
    case markerAsPublished, markerEntered, markerFailed, markerClamped
    case fileNotFound, fileExists, fileUnreadable, fileUnwritable, unknownFunction, functionsList, unknownLanguage
    // compare
    case compareNoneDiffer, compareDiffer
    // seek
    case seekSearched, seekUnreachable, seekAndAbove, seekCurrentMeets, seekNearest, seekDownTo, seekUpTo, seekHolds, seekAnd
    // rules
    case ruleNeedsInput, divisionByZero, outsideBand, formulaFailed, formulaUnknownFigure, formulaNotAllowed, formulaDivisionByZero
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
    // Reading files: YAML, CSV, workbooks, formats
    case fileIsEmpty, yamlReaderOutOfMemory, yamlSingleDocument, yamlRemoveSecondDocument, yamlNoAliases,
        yamlWriteValueOut, yamlInvalidAt, yamlByte, yamlUTF8Text, yamlInvalid, csvTextAfterQuote, csvQuotedFieldEnds,
        csvUnterminatedField, csvAddClosingQuote, cannotReadThisFile, workbookUnreadableHere, saveAsCSVUTF8,
        noSuchSheet, sheetsList, noIndicatorSheet, layoutForReportFile, unknownFileFormat, reportFormats,
        twoIndicatorsSameCode
    // Reading tables: the 自评表 and its rows
    case tableIsEmpty, tableHasHeaderAndRows, layoutHeadersNotFound, layoutMapsAtLeast, noSelfEvalHeader,
        selfEvalHeaderNames, noSelfEvalHeaderLikeliest, nameColumnsInLayout, noIndicatorRowsFound, selfEvalHeaderRow,
        budgetFiguresUnreadable, oneFigurePerHeading, budgetFiguresCount, totalNotANumber, totalRowGives,
        gradeBandsUnreadable, gradeBandsDiffer, gradedBySchemeBands, emptyIndicatorRow, noScoreAfterExplanation,
        rowNoWeightOrScore, rowNoNameAndWeight, rowTooManyLevels, rowHoldsThreeLevels, scoreNotANumber, scoreIsANumber,
        unexpectedCellAfterReasons, unexpectedNumberAfterScore, indicatorNoWeight, layoutRowHint, cellNotANumber,
        cellNotMoney, moneyCellsHint, cellNotAValue, valueWithUnitHint, thirdBeforeSecond, firstRowGivesLevels,
        unnamedTopLevel, giveTopNameOnFirstRow, levelWeightsSum, scoreOutsideRange, topWeightsNotTotal,
        unnamedIndicator, nameLostInPDF
    // Reading tables: 项目支出绩效自评表
    case projectNoIndicatorRows, projectRowsNameThird, projectWeightsVsTotal, checkRowWeights, layoutHeaderMissing,
        headersHere, budgetBlockNoWeight, nationalFormWeighs, rowBeforeTopLevel, firstRowNamesTop, rowHasNoName,
        nameInThirdColumn, notApplicableWithWeight, indicatorNoWeightShort, weightInColumn, weightNegativeOf,
        weightIsZeroOrMore, directionNotComparator, writeDirection, cannotTellMeetsTarget, writeQualitativeLevel,
        actualStatesComparator, actualIsAchieved, actualTargetUnits, actualInTargetUnit, plainNumber,
        weightsAreNumbers, rateIsPercentage
    // Reading tables: Rubric tables
    case twoRowsSameCode, rowBeforeParent, rowsInTreeOrder, rowNoIndicatorName, unknownDirection, directionsList,
        qualitativeLevelNot, figuresCellForm, formulaCellForm, formulaCellError, rubricTableNoRows, scoreColumnNotRead,
        changeInputsNotScore, ruleColumnNotRead, ownRuleInColumn, totalColumnNotRead, publishedTotalIs, ruleCellError,
        ruleCellForm
    // What-if: seek, sweep, compare, explain, reset, set
    case resetTakesIndicator, setLangHint, quoteReportFiles, compareNeedsTwo, compareHowTo, explainTakesNot,
        explainExamples, needsIndicatorInput, variesInputNot, missingOtherInput, setInputFirst, inputsAnd,
        scoreIsComputed, varyOneInput, scoredFrom, scoreOverEntered, notAVariableInput, inputsList, seekNeedsCondition,
        seekExample, sweepAxes, sweepFailed, sweepBoundsNumbers, inputIsPercent, unitMismatchInput, stepAboveZero,
        rangeEmpty, rangeTooLarge, tooManyPoints
    // What-if: saving scenarios and sessions, the tutorial
    case scenarioOverLoaded, saveScenarioBangReplaces, tutorialNoSessionFile, tutorialQuitFirst, sessionEndsInRubric,
        saveSessionAs, sessionWouldNotRebuild, sessionMismatch, missingValue, saveSessionBangReplaces,
        tutorialReportBroken
    // Workbooks (.xlsx)
    case xlsxEncrypted, xlsxRemovePassword, xlsxNotZip, xlsxSaveAgainOrCSV, xlsxNotWorkbook, xlsxCopyIntoExcel,
        xlsxNoWorksheet, xlsxWhatRubricReads, xlsxProblemInPart, xlsxSaveAgain, xlsxCellOutside, xlsxSharedString,
        xlsxSharedStringsMissing, xlsxInRow, xlsxBadMerge, xlsxBadXML, xlsxNotAssembled, xlsxNotWritten
    // The command line
    case notCommandNorFile, didYouMeanCommand, commandsAndReports, unexpectedArgument, unexpectedArguments,
        optionsBeforeReport, oneReportAtATime, noSuchFileOrFolder, noReportUnder, reviewedExtensions, removeItFirst
    // Reading reports and layout files (YAML)
    case yamlExpectedNamedMapping, yamlExpectedMapping, yamlExpectedKey, yamlUnknownKey, yamlAllowedKeys, yamlKeyTwice,
        yamlExpectedList, yamlExpectedText, yamlExpectedNumber, yamlExpectedQuantity, yamlExpectedMoney,
        yamlExpectedWhole, yamlExpectedBool, yamlMissingKey, reportFormatNewer, updateRubric, weightNotNegative,
        indicatorNoWeightKey, childrenOrTargets, targetNoValue, giveTargetOrNote, publishedNotNumber,
        publishedNotGivenHint, parametersNeedRule, giveFigureUnder, valueAndFormula, keepOne, actualTargetUnitsYAML,
        actualAsPercentage, actualAsTargetIs, levelNot, unknownDirectionYAML, directionValues, layoutVersion,
        unknownLayoutColumn
    // Expressions: values, properties, arithmetic, functions
    case nestedTooDeeplyEval, nestingLimit, noGradeInScheme, itsGrades, didYouMeanAfter, noPropertyOf, propertiesList,
        budgetIsZero, targetIsZero, noRate, noCompletion, setThemFirst, earnedIs, valueNotGiven, reportDoesNotStateIt,
        expectedNumberFound, expectedBoolFound, cannotAdd, cannotSubtract, cannotMultiply, cannotDivide,
        unitsMustAgreeHow, textComparison, boolComparison, cannotCompareNone, cannotCompare, unitsMustAgree,
        roundArguments, placesRangeRound, absArguments, needsAtLeastOneNumber, cannotApply, rateArguments,
        rateDivisionByZero
    // Exact numbers
    case numberTooLarge, divisionByZeroPlain, tooManyPlaces, notANumber
    // Saved-file confirmations and checks
    case savedScenarioDetail, savedSessionDetail, whoseScenario, whoseSession, reloadedScoresDiffer, cannotCarry,
        savedNotRescored, uncarriedNote, tutorialEnded
    // Raw figures
    case figureNotRead, figureNotReadHintNone, figureNotReadHintFormulas, figureNameCut, figureNameCutHint
    // ==== end of load and evaluation errors
    // ==== Interface texts outside diagnostics: outputs, prompts, the command line, rule and scheme errors
    // Scheme files
    case schemeRoundingStage, schemeNeedsGradeBand, schemeRuleNeedsNameOrCode, schemeParametersNeedRule,
        schemeNotApplicableMode, schemeNotBuiltinOrFile, schemeBuiltinsOrYAML, schemeUnreadable, schemeBuiltinsOrPath,
        rulesList, schemeExpectedParameters, unknownParameter, ruleDoesNotReadParameter, noRuleReadsParameter,
        ruleTakesNoParameters, parametersList
    // Rule parameters (RuleError.badParameter: the reason follows the parameter's name)
    case ruleParameter, paramNumberNot, paramNumber, paramRatioOrLinear, paramLowerOrUpper, paramLevelsOrder,
        paramTiersRequired, paramActualOrDeviation, paramThresholdRequired, paramStepRequired, paramBelowOrAbove
    // Reading files: encodings, file kinds, YAML nesting
    case notValidUTF16, binaryNulAt, lineColumn, notUTF8Byte, norGB18030Byte, norUTF16, saveTableAsCSVUTF8,
        saveAsUTF8Text, excelUnderOtherName, wordUnderOtherName, wordDocument, excelReadAsText, zipNotTable,
        oldOfficeFile, pdfDocument, permissionDenied, yamlNestedIndent, yamlNestedLevels, yamlNotAReport
    // What-if outputs: impact, seek, sweep, compare, changes, partial totals, the tutorial, unsaved work
    case impactTitle, impactLargestGain, totalStaysIncomplete, impactNothingToGain, impactBestPerWan,
        impactGainableAll, inputTargetsActual, seekGridNoExact, seekGivesNamed, seekGives, seekWeightCaps, seekAtBest,
        seekOfWeight, sweepFromTo, sweepStep, sweepSampled, sweepStopped, sweepGradeAt, sweepGridCells,
        sweepGridSampled, sweepGridTitle, compareMatchedByCode, compareOnlyInNotIn, compareOnlyIn, partialMark,
        asLoaded, changesTitle, theLoadedReport, notGivenOne, notGivenMany, failedOne, failedMany, tutorialReportStays,
        tutorialReportStaysNoneBefore, tutorialYourReport, tutorialWithScenarios, tutorialReportBack, tutorialIntro,
        tutorialPutAside, tutorialHint, tutorialStepOf, tutorialStepHeading, tutorialRight, tutorialNotYet,
        tutorialComplete, leaveCtrlDAgain, quitAgain, repeatLoad, repeatDrop, unsavedScenariosOne,
        unsavedScenariosMany, schemeNotSavedWithReport, keepTutorialQuitThen, keepSaveOrSession, keepSaveBaseline,
        keepSaveNameBaseline, keepSaveName, keepSaveSession, scenarioUnsavedOne, scenarioUnsavedMany, askKeepScenario,
        askKeepWork
    // Saved files: a scenario's notes, a session script's comments
    case scenarioNote, noChangesPlain, scenarioNoteCarried, scenarioNoteNotCarried, parameterDefault,
        schemeRoundingStageIs, schemeGradeBands, sessionFileHeader, sessionFileRunIt, sessionFileNotWritten
    // The command line: option errors
    case cliError, langTakesZhOrEn, checkNeedsReport, exportOneFormat, xlsxNeedsOutput, sheetNeedsWorkbook, sortValues,
        failOnValues, jsonOrCSV
    // Edits: warnings after a change
    case weightsUnderNowSum, topWeightsNowSum, enteredScoreDoesNotStand
    case paramTierHoldsNothing
    case findFigureUnused, reportIsAScheme, reportIsASchemeHint
    case incompleteMark, scorableTarget
    case noTargets
    case findSchemeFormulaOnGroup
    case xmlNotUTF8, xmlTextOutsideElement, xmlDeclaration, xmlMalformedEndTag, xmlEndTagNoElement, xmlWrongEndTag, xmlSecondRoot, xmlEndsOpen, xmlMalformedAttribute, xmlAttributeTwice, xmlEndsInComment, xmlEndsInCDATA, xmlEndsInInstruction, xmlMalformedTag, xmlUndefinedEntity, xmlBadCharacterReference
    case weightsGradeHint, gradeNone
    case findMorePlacesWeight
    case saveWouldDropComments, saveWouldDropCommentsHint
    case yamlTabIndent, yamlTabIndentHint, yamlFullWidthIndent, yamlFullWidthIndentHint, yamlFullWidthColon, yamlFullWidthColonHint
    case indicatorNotVariable, nameTheField, quoteNameWithDash, codeNeedsHash
    case nameTheWeight, nameTheFieldOf
    case isAFolder
    case cannotKeepEncoding
    case stdoutUnwritable
    case dashedNameUnquoted
    case parentAboveWeight
    case sweepEnteredHeld, sweepWeightsOff, sweepTopWeightsOff
    // ==== end of interface texts

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
        case .explainSchemeFormula: return "(the scheme's formula)"
        case .findSchemeFormulaStated: return "the scheme computes {1} as {2}, but the report states {1} itself: the stated value is used"
        case .findSchemeFormulaMissing: return "the scheme computes {1} as {2}, but the report lacks {3}: the formula is not used"
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
        case .formulaFailed: return "{1} = {2} cannot be computed: {3}"
        case .formulaUnknownFigure: return "the formula uses '{1}', which is not one of the indicator's figures{2}"
        case .formulaNotAllowed: return "a formula may use figures, numbers, + - * /, brackets, round, min, max and abs, not {1}"
        case .formulaDivisionByZero: return "division by zero in the formula"
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
        // Reading files: YAML, CSV, workbooks, formats
        case .fileIsEmpty: return "the file is empty"
        case .yamlReaderOutOfMemory: return "cannot start the YAML reader (out of memory)"
        case .yamlSingleDocument: return "invalid YAML: expected a single document in the stream"
        case .yamlRemoveSecondDocument: return "a report or scheme is one YAML document: remove the second `---`"
        case .yamlNoAliases: return "YAML aliases (*name) are not allowed in a report or scheme"
        case .yamlWriteValueOut: return "write the value out where it is used"
        case .yamlInvalidAt: return "invalid YAML: {1} ({2})"
        case .yamlByte: return "a byte"
        case .yamlUTF8Text: return "a report or scheme is UTF-8 text without control characters"
        case .yamlInvalid: return "invalid YAML: {1}"
        case .csvTextAfterQuote: return "unexpected text after a closing quote"
        case .csvQuotedFieldEnds: return "a quoted CSV field ends at its closing quote; write a quote inside a field as \"\""
        case .csvUnterminatedField: return "unterminated quoted field"
        case .csvAddClosingQuote: return "add the closing quote; a quote inside a field is written \"\""
        case .cannotReadThisFile: return "cannot read this file: {1}"
        case .workbookUnreadableHere: return "cannot read the workbook '{1}' here"
        case .saveAsCSVUTF8: return "save the sheet from Excel as \"CSV UTF-8\""
        case .noSuchSheet: return "'{1}' has no sheet '{2}'"
        case .sheetsList: return "sheets: {1}"
        case .noIndicatorSheet: return "no sheet of '{1}' has an indicator header (一级指标, 二级指标, 三级指标 or 指标名称)"
        case .layoutForReportFile: return "a layout file maps a table's columns; '{1}' is a report file, which needs none"
        case .unknownFileFormat: return "cannot tell the format of '{1}'"
        case .reportFormats: return "reports are .yaml (native) or a 自评表 table: .xlsx, .csv, .tsv or .txt"
        case .twoIndicatorsSameCode: return "two indicators have the code '{1}'"
        // Reading tables: the 自评表 and its rows
        case .tableIsEmpty: return "'{1}' is empty: it has no cells"
        case .tableHasHeaderAndRows: return "a 自评表 has a header row and indicator rows"
        case .layoutHeadersNotFound: return "no row of this table holds the headers the layout file names"
        case .layoutMapsAtLeast: return "a layout maps at least the 三级指标 (name) and 分值 (weight) columns to header texts of the table"
        case .noSelfEvalHeader: return "no header of a 自评表 found"
        case .selfEvalHeaderNames: return "a 自评表 has a header row naming its columns: 一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分 …"
        case .noSelfEvalHeaderLikeliest: return "no header of a 自评表 found; the likeliest header row reads: {1}"
        case .nameColumnsInLayout: return "name its columns in a layout file and give it with --layout FILE, e.g.\n{1}"
        case .noIndicatorRowsFound: return "no indicator rows found"
        case .selfEvalHeaderRow: return "a 自评表 has a header row 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 指标解释 | 得分 | 未达标原因 | 改进措施"
        case .budgetFiguresUnreadable: return "cannot read the budget figures; budget not loaded"
        case .oneFigurePerHeading: return "expected one figure (万元) per budget heading"
        case .budgetFiguresCount: return "{1} budget figures for {2} headings; budget not loaded"
        case .totalNotANumber: return "总分 '{1}' is not a number"
        case .totalRowGives: return "the 总分 row gives the total 分值 (100) and the total score"
        case .gradeBandsUnreadable: return "cannot read the grade bands of 评价等级"
        case .gradeBandsDiffer: return "the table's grade bands ({1}) differ from scheme '{2}' ({3})"
        case .gradedBySchemeBands: return "the report is graded by the scheme's bands"
        case .emptyIndicatorRow: return "empty indicator row"
        case .noScoreAfterExplanation: return "no score (得分) after the explanation of this row"
        case .rowNoWeightOrScore: return "cannot read row '{1}': it has no weight or score"
        case .rowNoNameAndWeight: return "row gives no indicator name and weight (分值)"
        case .rowTooManyLevels: return "row opens more than three levels"
        case .rowHoldsThreeLevels: return "a row holds at most 一级, 二级 and 三级 (name, weight) pairs"
        case .scoreNotANumber: return "score '{1}' is not a number"
        case .scoreIsANumber: return "得分 must be a number such as 4.70"
        case .unexpectedCellAfterReasons: return "unexpected cell '{1}' after 未达标原因 and 改进措施"
        case .unexpectedNumberAfterScore: return "unexpected number '{1}' after the score"
        case .indicatorNoWeight: return "indicator '{1}' has no weight (分值)"
        case .layoutRowHint: return "an indicator row reads: (name, 分值) pairs for 一级/二级/三级, 指标解释, 得分, 未达标原因, 改进措施"
        case .cellNotANumber: return "'{1}' is not a number"
        case .cellNotMoney: return "'{1}' is not an amount in 万元"
        case .moneyCellsHint: return "预算数 and 执行数 are amounts in 万元 such as 43.2"
        case .cellNotAValue: return "'{1}' is not a value"
        case .valueWithUnitHint: return "a value is a number with its unit, such as 94.91%, 600家 or 400万元"
        case .thirdBeforeSecond: return "三级 indicator before any 二级 indicator"
        case .firstRowGivesLevels: return "the first indicator row gives 一级, 二级 and 三级 (name, 分值) pairs"
        case .unnamedTopLevel: return "the 一级指标 over these rows has no name; loaded as '{1}' with weight {2}"
        case .giveTopNameOnFirstRow: return "give the 一级 name and 分值 on the row's first indicator row"
        case .levelWeightsSum: return "the {1} weights under '{2}' add up to {3}, not its 分值 {4}"
        case .scoreOutsideRange: return "score {1} of '{2}' lies outside 0…{3}"
        case .topWeightsNotTotal: return "the 一级 weights add up to {1}, not the 总分 {2}"
        case .unnamedIndicator: return "indicator with 分值 {1} has no name; loaded as '{2}'"
        case .nameLostInPDF: return "the name was probably lost when the table was extracted from the PDF"
        // Reading tables: 项目支出绩效自评表
        case .projectNoIndicatorRows: return "no indicator rows found under the header of this 项目支出绩效自评表"
        case .projectRowsNameThird: return "indicator rows name a 三级指标 and give its 分值 (权重)"
        case .projectWeightsVsTotal: return "the rows' weights add up to {1}, the 总分 row states {2}"
        case .checkRowWeights: return "check each row's 分值; the report is scored on the rows"
        case .layoutHeaderMissing: return "the layout maps {1} to the header '{2}', which this header row does not have"
        case .headersHere: return "the headers here: {1}"
        case .budgetBlockNoWeight: return "the budget block gives no 分值 (权重); 预算执行率 is not scored"
        case .nationalFormWeighs: return "the national form weighs 预算执行率 10"
        case .rowBeforeTopLevel: return "indicator row before any 一级指标"
        case .firstRowNamesTop: return "the first indicator row names its 一级指标 (产出指标, 效益指标, 满意度指标)"
        case .rowHasNoName: return "indicator row has no name"
        case .nameInThirdColumn: return "name the indicator in its 三级指标 column"
        case .notApplicableWithWeight: return "'{1}' is marked not applicable (/) but carries 分值 {2}; it is left out"
        case .indicatorNoWeightShort: return "indicator '{1}' has no 分值 (权重)"
        case .weightInColumn: return "every indicator row gives its 分值 in the '{1}' column"
        case .weightNegativeOf: return "分值 {1} of '{2}' is negative"
        case .weightIsZeroOrMore: return "a weight is 0 or more"
        case .directionNotComparator: return "指标性质 '{1}' is not one of =, ≥, ≤"
        case .writeDirection: return "write ≥ (正向), ≤ (反向) or = ; 定性 for a qualitative indicator"
        case .cannotTellMeetsTarget: return "cannot tell whether '{1}' meets the target; the published score is entered"
        case .writeQualitativeLevel: return "write 达成, 部分达成 or 未达成 to score it by the qualitative bands"
        case .actualStatesComparator: return "the actual '{1}' states a comparator; read as {2}"
        case .actualIsAchieved: return "实际完成值 is what was achieved: write the figure alone"
        case .actualTargetUnits: return "the actual {1} and the target {2} of '{3}' are not in the same unit"
        case .actualInTargetUnit: return "give the actual in the target's unit ({1})"
        case .plainNumber: return "a plain number"
        case .weightsAreNumbers: return "分值 and 得分 are numbers such as 10 or 8.62"
        case .rateIsPercentage: return "执行率 is a percentage such as 86%"
        // Reading tables: Rubric tables
        case .twoRowsSameCode: return "two rows have the 编码 '{1}'"
        case .rowBeforeParent: return "row '{1}' comes before its parent '{2}'"
        case .rowsInTreeOrder: return "rows are in tree order: an indicator's rows follow it"
        case .rowNoIndicatorName: return "row '{1}' has no 指标 name"
        case .unknownDirection: return "unknown 指标性质 '{1}'"
        case .directionsList: return "≥, ≤, ＝, 下降, 增长, 0 or 定性"
        case .qualitativeLevelNot: return "定性等级 must be 达成, 部分达成 or 未达成, not '{1}'"
        case .figuresCellForm: return "原始数据 reads name=value；name=value, not '{1}'"
        case .formulaCellForm: return "计算公式 reads input=formula (inputs: {1}), not '{2}'"
        case .formulaCellError: return "计算公式: {1}"
        case .rubricTableNoRows: return "no indicator rows under the header of this Rubric table"
        case .scoreColumnNotRead: return "得分 of '{1}' reads {2} but its inputs give {3}; the 得分 column is computed and was not read"
        case .changeInputsNotScore: return "to change a score, change its inputs (实际完成值 …), or enter it in 录入得分"
        case .ruleColumnNotRead: return "计分规则 of '{1}' reads '{2}' but it is scored by '{3}'; the 计分规则 column is shown and was not read"
        case .ownRuleInColumn: return "to give an indicator its own rule, write it in 指定规则, e.g. {rule: tiers, parameters: {…}}"
        case .totalColumnNotRead: return "总分 reads {1} but the rows give {2}; it is computed and was not read"
        case .publishedTotalIs: return "the published total is the 公布得分 of the 总分 row"
        case .ruleCellError: return "指定规则: {1}"
        case .ruleCellForm: return "write the rule as {rule: ID, parameters: {…}}, or leave the cell empty for the scheme's"
        // What-if: seek, sweep, compare, explain, reset, set
        case .resetTakesIndicator: return "reset takes an indicator or one of its fields"
        case .setLangHint: return "set lang zh (中文) · set lang en (English)"
        case .quoteReportFiles: return "quote report files: compare \"2022.yaml\" \"2023.yaml\""
        case .compareNeedsTwo: return "compare needs two scenarios or report files"
        case .compareHowTo: return "compare baseline NAME, or compare \"2022.yaml\" \"2023.yaml\""
        case .explainTakesNot: return "explain takes an indicator, total or grade, not {1}"
        case .explainExamples: return "explain 专项资金支出率 · explain total · explain grade"
        case .needsIndicatorInput: return "{1} needs an indicator's input: X.actual, X.spent, X.entered …"
        case .variesInputNot: return "{1} varies an indicator's input, not {2}"
        case .missingOtherInput: return "{1} has no {2}: {3}ing its {4} would not move its score"
        case .setInputFirst: return "set {1}.{2} first (its rule '{3}' reads {4})"
        case .inputsAnd: return " and "
        case .scoreIsComputed: return "the score is computed, not an input"
        case .varyOneInput: return "{1} one of its inputs"
        case .scoredFrom: return "{1} is scored from {2}: {3} {1}.{4} …"
        case .scoreOverEntered: return "the score is computed, not an input: {1}ing over {2}.entered, the score the assessor enters"
        case .notAVariableInput: return "'{1}' is not an input {2} can vary"
        case .inputsList: return "inputs: {1}"
        case .seekNeedsCondition: return "seek needs a condition to meet, found {1}"
        case .seekExample: return "for example: seek {1} for total >= 90"
        case .sweepAxes: return "sweep takes one input, or two for a grid"
        case .sweepFailed: return "sweep: {1}"
        case .sweepBoundsNumbers: return "sweep bounds are numbers, not {1}"
        case .inputIsPercent: return "this input is a percent: write {1}%"
        case .unitMismatchInput: return "{1} does not match the input's unit ({2})"
        case .stepAboveZero: return "the step must be above 0"
        case .rangeEmpty: return "the range is empty: {1} is above {2}"
        case .rangeTooLarge: return "the range is too large"
        case .tooManyPoints: return "{1} points is more than the {2} a sweep computes"
        // What-if: saving scenarios and sessions, the tutorial
        case .scenarioOverLoaded: return "'{1}' is the loaded report; a scenario is saved as a new file"
        case .saveScenarioBangReplaces: return "`save! scenario {1} \"{2}\"` replaces it"
        case .tutorialNoSessionFile: return "the tutorial's report is a bundled copy; a session script needs a report file to load"
        case .tutorialQuitFirst: return "`tutorial quit` first"
        case .sessionEndsInRubric: return "a session is saved as a script ending in .rubric"
        case .saveSessionAs: return "save session \"{1}.rubric\""
        case .sessionWouldNotRebuild: return "the session script would not rebuild this session, so it was not written: {1}"
        case .sessionMismatch: return "{1}: {2} here, {3} from the script"
        case .missingValue: return "missing"
        case .saveSessionBangReplaces: return "`save! session \"{1}\"` replaces it"
        case .tutorialReportBroken: return "the tutorial's bundled report does not load: {1}"
        // Workbooks (.xlsx)
        case .xlsxEncrypted: return "'{1}' is a password-protected (encrypted) workbook or an old .xls, not an .xlsx Rubric can read"
        case .xlsxRemovePassword: return "open it in Excel, remove the password (文件 → 信息 → 保护工作簿 → 用密码进行加密, leave it empty) and save it as .xlsx"
        case .xlsxNotZip: return "'{1}' is not a readable .xlsx workbook (its zip container does not open)"
        case .xlsxSaveAgainOrCSV: return "open it in Excel and save it again as .xlsx, or as \"CSV UTF-8\""
        case .xlsxNotWorkbook: return "'{1}' is a zip file but not an Excel workbook (it has no xl/workbook.xml)"
        case .xlsxCopyIntoExcel: return "a Word document or another archive? Copy the table into Excel and save it as .xlsx"
        case .xlsxNoWorksheet: return "'{1}' has no worksheet Rubric can read"
        case .xlsxWhatRubricReads: return "open it in Excel: a workbook with its table on a sheet, saved as .xlsx, is what Rubric reads"
        case .xlsxProblemInPart: return "{1} ({2})"
        case .xlsxSaveAgain: return "open the file in Excel and save it again as .xlsx"
        case .xlsxCellOutside: return "cell reference '{1}' is outside a worksheet (A1 to XFD1048576)"
        case .xlsxSharedString: return "cell {1} refers to shared string {2}, but the workbook has {3}"
        case .xlsxSharedStringsMissing: return " (xl/sharedStrings.xml is missing or empty)"
        case .xlsxInRow: return "in row {1}"
        case .xlsxBadMerge: return "merged range '{1}' is not a range of cells ({2})"
        case .xlsxBadXML: return "the workbook's part {1} is not well-formed XML (line {2}: {3})"
        case .xlsxNotAssembled: return "the workbook could not be assembled"
        case .xlsxNotWritten: return "the workbook could not be written: {1}"
        // The command line
        case .notCommandNorFile: return "'{1}' is neither a command nor a file"
        case .didYouMeanCommand: return "did you mean `rubric {1}`? "
        case .commandsAndReports: return "commands: {1}; reports end in .yaml, .xlsx, .csv, .tsv"
        case .unexpectedArgument: return "unexpected argument after the report '{1}': {2}"
        case .unexpectedArguments: return "unexpected arguments after the report '{1}': {2}"
        case .optionsBeforeReport: return "options go before the report: rubric {1} … {2}"
        case .oneReportAtATime: return "one report at a time here; `rubric review {1} {2}` reviews several"
        case .noSuchFileOrFolder: return "no such file or folder '{1}'"
        case .noReportUnder: return "no report or table under {1}"
        case .reviewedExtensions: return "reviewed: {1}"
        case .removeItFirst: return "choose another name, or remove it first"
        // Reading reports and layout files (YAML)
        case .yamlExpectedNamedMapping: return "expected {1} (a mapping of names to values)"
        case .yamlExpectedMapping: return "expected {1} (a mapping of keys to values)"
        case .yamlExpectedKey: return "expected a key"
        case .yamlUnknownKey: return "unknown key '{1}' in {2}"
        case .yamlAllowedKeys: return "allowed keys: {1}"
        case .yamlKeyTwice: return "key '{1}' appears twice in {2}"
        case .yamlExpectedList: return "expected {1} (a list)"
        case .yamlExpectedText: return "expected {1} (text)"
        case .yamlExpectedNumber: return "expected {1} as a number, found '{2}'"
        case .yamlExpectedQuantity: return "expected {1} as a number with an optional unit (%, 万元, 亿元, 家 …), found '{2}'"
        case .yamlExpectedMoney: return "expected {1} in 万元, found '{2}'"
        case .yamlExpectedWhole: return "expected {1} as a whole number"
        case .yamlExpectedBool: return "expected {1} as true or false, found '{2}'"
        case .yamlMissingKey: return "{1} has no '{2}'"
        case .reportFormatNewer: return "this file is in report format {1}; this Rubric reads format 1"
        case .updateRubric: return "a newer Rubric wrote it: update Rubric"
        case .weightNotNegative: return "a weight cannot be negative, not {1}"
        case .indicatorNoWeightKey: return "indicator '{1}' has no 'weight' (分值)"
        case .childrenOrTargets: return "an indicator has either 'children' or 'targets', not both"
        case .targetNoValue: return "target '{1}' has no 'target' value"
        case .giveTargetOrNote: return "give the 年度指标值, or a 'note' saying the source does not state it"
        case .publishedNotNumber: return "expected the published score as a number, or not-given, found '{1}'"
        case .publishedNotGivenHint: return "write 'published: not-given' when the source gives no score"
        case .parametersNeedRule: return "'parameters' needs a 'rule'"
        case .giveFigureUnder: return "give the figure under 'figures:', e.g. figures: {在职人员数: 106, 编制数: 100}"
        case .valueAndFormula: return "'{1}' is given both as a value and as a formula"
        case .keepOne: return "keep one"
        case .actualTargetUnitsYAML: return "the actual {1} and the target {2} are not in the same unit"
        case .actualAsPercentage: return "give the actual as a percentage, e.g. {1}%"
        case .actualAsTargetIs: return "give the actual as {1} is given"
        case .levelNot: return "level must be 达成, 部分达成 or 未达成, not '{1}'"
        case .unknownDirectionYAML: return "unknown direction '{1}'"
        case .directionValues: return "use >=, <=, =, decrease (较去年同期下降), increase, zero or qualitative"
        case .layoutVersion: return "this rubric reads layout files of version 1"
        case .unknownLayoutColumn: return "unknown column '{1}'"
        // Expressions: values, properties, arithmetic, functions
        case .nestedTooDeeplyEval: return "expression nested too deeply"
        case .nestingLimit: return "the limit is {1} levels"
        case .noGradeInScheme: return "the scheme {1} has no grade '{2}'"
        case .itsGrades: return "its grades: {1}"
        case .didYouMeanAfter: return "; did you mean {1}?"
        case .noPropertyOf: return "{1} has no property '{2}'"
        case .propertiesList: return "properties: {1}"
        case .budgetIsZero: return "{1}: budget is 0"
        case .targetIsZero: return "{1}: target is 0"
        case .noRate: return "{1} gives neither budget and spend nor target and actual: it has no rate"
        case .noCompletion: return "{1} gives no target and actual: it has no completion"
        case .setThemFirst: return "set them first ({1}.budget = …, .spent = …)"
        case .earnedIs: return "; .earned is its score ÷ weight, {1}"
        case .valueNotGiven: return "this value is not given (none)"
        case .reportDoesNotStateIt: return "the report does not state it"
        case .expectedNumberFound: return "expected a number, found {1}"
        case .expectedBoolFound: return "expected true or false, found {1}"
        case .cannotAdd: return "cannot add {1} and {2}"
        case .cannotSubtract: return "cannot subtract {1} and {2}"
        case .cannotMultiply: return "cannot multiply {1} and {2}"
        case .cannotDivide: return "cannot divide {1} and {2}"
        case .unitsMustAgreeHow: return "units must agree: 万元 with 万元, % with %, or a plain number"
        case .textComparison: return "text can only be compared with == and != (grades with < and > too)"
        case .boolComparison: return "true/false can only be compared with == and !="
        case .cannotCompareNone: return "cannot compare a value that is not given (none)"
        case .cannotCompare: return "cannot compare {1} with {2}"
        case .unitsMustAgree: return "units must agree"
        case .roundArguments: return "round takes a number and optionally the places: round(x, 2)"
        case .placesRangeRound: return "places must be a whole number from 0 to 18"
        case .absArguments: return "abs takes one number"
        case .needsAtLeastOneNumber: return "{1} needs at least one number"
        case .cannotApply: return "cannot {1} {2} and {3}"
        case .rateArguments: return "rate takes two numbers: rate(spent, budget)"
        case .rateDivisionByZero: return "rate: division by zero"
        // Exact numbers
        case .numberTooLarge: return "number too large to represent exactly"
        case .divisionByZeroPlain: return "division by zero"
        case .tooManyPlaces: return "more than 18 decimal places are needed to represent this exactly"
        case .notANumber: return "'{1}' is not a number"
        // Saved-file confirmations and checks
        case .savedScenarioDetail: return "saved scenario {1} ({2} change(s), 总分 {3}, 等级 {4}) to {5}"
        case .savedSessionDetail: return "saved session to {1}: {2} scenario(s), {3} change(s); running it rebuilds each (checked)"
        case .whoseScenario: return "the scenario's"
        case .whoseSession: return "the session's"
        case .reloadedScoresDiffer: return "warning: loaded again, the file scores 总分 {1}, 等级 {2}, not {3}"
        case .cannotCarry: return ": a report file cannot carry {1}"
        case .savedNotRescored: return "warning: the saved file could not be scored again to check it (its scheme '{1}' is not found from {2})"
        case .uncarriedNote: return "note: {1} is not in the file (a report cannot change its scheme's rounding or bands); the scores come out the same here"
        case .tutorialEnded: return "tutorial ended; "
        case .figureNotRead: return "no formula of {1} reads {2}: {3}ing it would not move its score"
        case .figureNotReadHintNone: return "give the input it should compute, e.g. inputs: {actual: \"{1} / …\"}"
        case .figureNotReadHintFormulas: return "its formulas: {1}"
        case .figureNameCut: return "'{1}' is not a figure's name: a comma inside { } separates figures"
        case .figureNameCutHint: return "write a number with thousands separators in quotes (\"1,720万元\") or without them (1720万元)"
        // ==== end of load and evaluation errors
        // ==== Interface texts outside diagnostics: outputs, prompts, the command line, rule and scheme errors
        // Scheme files
        case .schemeRoundingStage: return "rounding stage must be 'leaf' or 'total', not '{1}'"
        case .schemeNeedsGradeBand: return "a scheme needs at least one grade band"
        case .schemeRuleNeedsNameOrCode: return "an indicator rule needs a 'name' or a 'code'"
        case .schemeParametersNeedRule: return "parameters belong to a rule: give 'rule' too"
        case .schemeNotApplicableMode: return "not-applicable is 'rebase' (the rest re-based to 100, 按百分制折算) or 'leave' (the total out of what applies), not '{1}'"
        case .schemeNotBuiltinOrFile: return "'{1}' is not a built-in scheme or a scheme file (.yaml)"
        case .schemeBuiltinsOrYAML: return "built-in schemes: {1}; or give a scheme file ending in .yaml"
        case .schemeUnreadable: return "cannot read scheme '{1}'"
        case .schemeBuiltinsOrPath: return "built-in schemes: {1}; or give a scheme file path"
        case .rulesList: return "rules: {1}"
        case .schemeExpectedParameters: return "expected rule parameters (a mapping)"
        case .unknownParameter: return "unknown parameter '{1}': {2}"
        case .ruleDoesNotReadParameter: return "rule '{1}' does not read it"
        case .noRuleReadsParameter: return "no rule reads it"
        case .ruleTakesNoParameters: return "rule '{1}' takes no parameters"
        case .parametersList: return "parameters: {1}"
        // Rule parameters (RuleError.badParameter: the reason follows the parameter's name)
        case .ruleParameter: return "rule '{1}': parameter '{2}' {3}"
        case .paramNumberNot: return "must be a number, not '{1}'"
        case .paramNumber: return "must be a number"
        case .paramRatioOrLinear: return "must be 'ratio' or 'linear', not '{1}'"
        case .paramLowerOrUpper: return "is lower or upper"
        case .paramLevelsOrder: return "and partly-from must satisfy 0 ≤ partly-from ≤ achieved-from ≤ 1"
        case .paramTiersRequired: return "is required: a list of {up-to, points}"
        case .paramActualOrDeviation: return "must be 'actual' or 'deviation', not '{1}'"
        case .paramThresholdRequired: return "is required, e.g. 90%"
        case .paramStepRequired: return "is required and above 0, e.g. 5%"
        case .paramBelowOrAbove: return "must be 'below' or 'above', not '{1}'"
        // Reading files: encodings, file kinds, YAML nesting
        case .notValidUTF16: return "not valid UTF-16 text (it starts with a UTF-16 byte order mark)"
        case .binaryNulAt: return "a binary file, not text: a NUL byte at {1}"
        case .lineColumn: return "line {1}, column {2}"
        case .notUTF8Byte: return "not text in UTF-8 (byte 0x{1} here)"
        case .norGB18030Byte: return ", nor in GB18030/GBK (byte 0x{1} at {2})"
        case .norUTF16: return ", nor UTF-16 (no byte order mark)"
        case .saveTableAsCSVUTF8: return "; save the table from Excel as \"CSV UTF-8\""
        case .saveAsUTF8Text: return "; save it as UTF-8 text"
        case .excelUnderOtherName: return "an Excel workbook saved under another name: rename it to .xlsx"
        case .wordUnderOtherName: return "a Word document saved under another name: copy its table into Excel and save it as .xlsx or \"CSV UTF-8\""
        case .wordDocument: return "a Word document: copy its table into Excel and save it as .xlsx or \"CSV UTF-8\""
        case .excelReadAsText: return "an Excel workbook read as text: name it .xlsx to load it as a workbook"
        case .zipNotTable: return "a zip archive, not a table: unpack it and give the table inside"
        case .oldOfficeFile: return "an old Excel or Word file (.xls/.doc): open it in Excel and save it as .xlsx or \"CSV UTF-8\""
        case .pdfDocument: return "a PDF document: copy its table into Excel and save it as \"CSV UTF-8\""
        case .permissionDenied: return "permission denied"
        case .yamlNestedIndent: return "the YAML is nested too deeply (indented {1} columns)"
        case .yamlNestedLevels: return "the YAML is nested more than {1} levels deep"
        case .yamlNotAReport: return "a report or scheme nests a few levels; this file is not one"
        // What-if outputs: impact, seek, sweep, compare, changes, partial totals, the tutorial, unsaved work
        case .impactTitle: return "impact: points each indicator can still gain"
        case .impactLargestGain: return "largest single gain: {1} (+{2} by its {3}): 总分 {4} → {5}, 等级 {6} → {7}"
        case .totalStaysIncomplete: return "— (the total stays incomplete)"
        case .impactNothingToGain: return "every indicator has full marks: nothing to gain"
        case .impactBestPerWan: return "most points per 万元: {1}, {2} per 万元 until {3} more is spent"
        case .impactGainableAll: return "points still gainable in all: {1}"
        case .inputTargetsActual: return "its targets' actual"
        case .seekGridNoExact: return "no value on the grid makes it exactly {1}; nearest: {2}"
        case .seekGivesNamed: return "{1} = {2} gives {3} = {4}"
        case .seekGives: return "{1} = {2} gives {3}"
        case .seekWeightCaps: return "{1}'s weight caps what it can give: even full marks ({2} of {3}) make the total {4}, grade {5}"
        case .seekAtBest: return "at best ({1} = {2}) it scores {3}{4}, total {5}, grade {6}"
        case .seekOfWeight: return " of {1}"
        case .sweepFromTo: return "from {1} to {2}"
        case .sweepStep: return " step {1}"
        case .sweepSampled: return "{1} points; {2} shown, sampled evenly"
        case .sweepStopped: return "stopped after {1} points"
        case .sweepGradeAt: return "grade {1} → {2} at {3}"
        case .sweepGridCells: return "cells: {1}; rows: {2}, columns: {3}"
        case .sweepGridSampled: return "{1} × {2} points; {3} × {4} shown, sampled evenly"
        case .sweepGridTitle: return "sweep grid: {1}"
        case .compareMatchedByCode: return "matched by code #{1}: {2} ({3}) ↔ {4} ({5})"
        case .compareOnlyInNotIn: return "only in {1} (not in {2}): {3}"
        case .compareOnlyIn: return "only in {1}: {2}"
        case .partialMark: return " (partial)"
        case .asLoaded: return "as loaded"
        case .changesTitle: return "changes in {1} (against {2})"
        case .theLoadedReport: return "the loaded report"
        case .notGivenOne: return "{1} indicator not given by the source"
        case .notGivenMany: return "{1} indicators not given by the source"
        case .failedOne: return "{1} indicator could not be scored and count 0 (`check` says why)"
        case .failedMany: return "{1} indicators could not be scored and count 0 (`check` says why)"
        case .tutorialReportStays: return "the tutorial's report stays loaded"
        case .tutorialReportStaysNoneBefore: return "the tutorial's report stays loaded (none was loaded before)"
        case .tutorialYourReport: return "your report"
        case .tutorialWithScenarios: return " with its scenarios ({1})"
        case .tutorialReportBack: return "{1} is back{2} (scenario {3}: 总分 {4}, 等级 {5})"
        case .tutorialIntro: return "Tutorial: {1} steps on its own copy of seed 003{2}. `tutorial next` or `skip` moves on, `tutorial hint` helps, `tutorial quit` ends."
        case .tutorialPutAside: return "; your report is put aside and comes back unchanged when it ends"
        case .tutorialHint: return "hint: {1}"
        case .tutorialStepOf: return "step {1} of {2}: {3}"
        case .tutorialStepHeading: return "── step {1} of {2}: {3} ──"
        case .tutorialRight: return "✓ right."
        case .tutorialNotYet: return "not yet — try again, or `tutorial hint`"
        case .tutorialComplete: return "Tutorial complete; {1}. The lessons in examples/lessons/ go further: rubric examples/lessons/01-execution-rate.rubric"
        case .leaveCtrlDAgain: return "press Ctrl-D again (or type `quit`) to leave without saving"
        case .quitAgain: return "type `quit` again (or press Ctrl-D) to leave without saving"
        case .repeatLoad: return "repeat `load` to discard them"
        case .repeatDrop: return "repeat `drop {1}` to discard it"
        case .unsavedScenariosOne: return "{1} scenario has unsaved changes ({2})"
        case .unsavedScenariosMany: return "{1} scenarios have unsaved changes ({2})"
        case .schemeNotSavedWithReport: return "the scheme {1} is not saved with the report"
        case .keepTutorialQuitThen: return "`tutorial quit`, then {1}"
        case .keepSaveOrSession: return "`save` or `save session \"session.rubric\"`"
        case .keepSaveBaseline: return "`save` (baseline)"
        case .keepSaveNameBaseline: return "`save \"NAME.yaml\"` (baseline)"
        case .keepSaveName: return "`save \"NAME.yaml\"`"
        case .keepSaveSession: return "`save session \"session.rubric\"` (everything)"
        case .scenarioUnsavedOne: return "scenario {1} has {2} unsaved change"
        case .scenarioUnsavedMany: return "scenario {1} has {2} unsaved changes"
        case .askKeepScenario: return "{1}: `save scenario {2} \"{2}.yaml\"` keeps it, or {3}"
        case .askKeepWork: return "{1}.\nKeep them with {2}; or {3}."
        // Saved files: a scenario's notes, a session script's comments
        case .scenarioNote: return "scenario '{1}' of {2}: {3}"
        case .noChangesPlain: return "no changes"
        case .scenarioNoteCarried: return "{1}: written as rule parameters on the {2} indicator(s) and target(s) whose rule reads them"
        case .scenarioNoteNotCarried: return "not carried by this file (a report cannot change its scheme's rounding or bands): {1}"
        case .parameterDefault: return "(default)"
        case .schemeRoundingStageIs: return "scheme rounding stage {1}"
        case .schemeGradeBands: return "the scheme's grade bands"
        case .sessionFileHeader: return "# Rubric session: {1} scenario(s) on {2}"
        case .sessionFileRunIt: return "# run it with `rubric {1}`, or `load` it in the shell"
        case .sessionFileNotWritten: return "# not written (no Rubric literal restores a default): {1}"
        // The command line: option errors
        case .cliError: return "Error: {1}"
        case .langTakesZhOrEn: return "--lang takes zh or en, not '{1}'"
        case .checkNeedsReport: return "name a report to check, or several: rubric check a.yaml b.xlsx"
        case .exportOneFormat: return "--json, --csv, --xlsx and --html each choose the format: give one"
        case .xlsxNeedsOutput: return "--xlsx writes a workbook: name it with --output FILE.xlsx"
        case .sheetNeedsWorkbook: return "--sheet {1} picks a sheet of a workbook (.xlsx), and no file given is one"
        case .sortValues: return "--sort takes total, name, findings or delta, not '{1}'"
        case .failOnValues: return "--fail-on takes error or warning, not '{1}'"
        case .jsonOrCSV: return "--json and --csv each print the whole review: choose one"
        // Edits: warnings after a change
        case .weightsUnderNowSum: return "the weights under {1} now add up to {2}, not {3}"
        case .topWeightsNowSum: return "the 一级 weights now add up to {1}, not 100"
        case .enteredScoreDoesNotStand: return "{1} is scored by its rule '{2}' from {3}; an entered score only stands in when one is missing. Change {3}, or set .rule = \"manual\" to score it by hand"
        case .paramTierHoldsNothing: return "tier {1} holds no value: its lower end is not below its upper end"
        case .findFigureUnused: return "{1}: no formula reads the figure(s) {2}"
        case .reportIsAScheme: return "this is a scheme file (rubric-scheme), not a report"
        case .reportIsASchemeHint: return "score a report with it: rubric score --scheme {1} REPORT, or in the shell: use scheme \"{1}\""
        case .incompleteMark: return " (incomplete)"
        case .scorableTarget: return "a scorable target '{1}' ({2})"
        case .noTargets: return "no 绩效指标 (targets) here: the indicators are scored without targets"
        case .findSchemeFormulaOnGroup: return "{1}: the scheme computes {2} for it, but its score is the sum of its children: the formula is not used"
        case .xmlNotUTF8: return "the part is not UTF-8"
        case .xmlTextOutsideElement: return "text where an element should start"
        case .xmlDeclaration: return "a DOCTYPE or declaration, which a workbook part never has"
        case .xmlMalformedEndTag: return "a malformed end tag"
        case .xmlEndTagNoElement: return "an end tag with no element open"
        case .xmlWrongEndTag: return "an element is closed by the wrong tag"
        case .xmlSecondRoot: return "a second root element"
        case .xmlEndsOpen: return "the part ends before its elements are closed"
        case .xmlMalformedAttribute: return "a malformed attribute"
        case .xmlAttributeTwice: return "an attribute given twice"
        case .xmlEndsInComment: return "the part ends inside a comment"
        case .xmlEndsInCDATA: return "the part ends inside a CDATA section"
        case .xmlEndsInInstruction: return "the part ends inside a processing instruction"
        case .xmlMalformedTag: return "a malformed tag"
        case .xmlUndefinedEntity: return "an entity that is not defined"
        case .xmlBadCharacterReference: return "a character reference that is not a character"
        case .weightsGradeHint: return "fix the weights (rubric check lists them): the total is not out of 100, so no grade band applies"
        case .gradeNone: return "no grade: {1}"
        case .findMorePlacesWeight: return "{1}: weight {2} has more places than the scheme's {3}; a full score counts as {4}"
        case .saveWouldDropComments: return "save would drop the comments of {1} ({2}, the first: {3}): Rubric writes the report anew and cannot keep them"
        case .saveWouldDropCommentsHint: return "`save!` writes over it without the comments; `save \"NEW.yaml\"` writes a new file and keeps this one"
        case .yamlTabIndent: return "a tab indents line {1}: YAML indents with spaces only"
        case .yamlTabIndentHint: return "replace the tab with spaces, as many as the lines above it use"
        case .yamlFullWidthIndent: return "a full-width space (全角空格) indents line {1}"
        case .yamlFullWidthIndentHint: return "indent with half-width spaces: switch the input method to half-width (半角) before typing them"
        case .yamlFullWidthColon: return "a full-width colon after '{1}': YAML needs a half-width colon and a space"
        case .yamlFullWidthColonHint: return "write `{1}: ` with the half-width colon (半角冒号)"
        case .indicatorNotVariable: return "'{1}' is an indicator, not a variable: an assignment changes one of its fields"
        case .nameTheField: return "name the field to change: `{1}.{2} = {3}` (its rule {4} reads {5})"
        case .quoteNameWithDash: return "a name with '-' in it is written in quotes (unquoted, '-' subtracts): `\"{1}\".{2} = …`"
        case .codeNeedsHash: return "an indicator is named by its code with '#': `show #{1}`"
        case .nameTheWeight: return "its score is the sum of its children's, so only its weight can be set: `{1}.{2} = {3}`; to move its score, change an indicator under it"
        case .nameTheFieldOf: return "name the field to change, such as `{1}.actual = …`, `{1}.entered = …` or `{1}.weight = …`"
        case .isAFolder: return "it is a folder (`rubric review {1}` scores every report in it)"
        case .cannotKeepEncoding: return "cannot write {1} back in {2}: a character of the report has no place in it"
        case .stdoutUnwritable: return "cannot write to standard output: {1}"
        case .dashedNameUnquoted: return "'{1}' is an indicator's name, read here as a subtraction"
        case .parentAboveWeight: return "{1} now scores {2}, above its weight {3}: its children's weights add up to more than it"
        case .sweepEnteredHeld: return "an entered score beyond [0, {1}] counts as the nearest end: typed by itself it would be refused"
        case .sweepWeightsOff: return "at the other weights the weights under {1} no longer add up to its weight {2}: the figures are shown as they come out"
        case .sweepTopWeightsOff: return "at the other weights the 一级 weights no longer add up to 100: those totals get no grade"
        // ==== end of interface texts
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
            帮助主题：帮助 命令 · 语言 · 名称 · 属性 · 规则 · 方案 · 多情景 · 分析 · 文件 · 按键（英文主题名同样可用）
                      帮助 规则编号（帮助 execution-rate）· 帮助 指标名（帮助 专项资金支出率）
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
        case .explainSchemeFormula: return "（方案给出的公式）"
        case .findSchemeFormulaStated: return "方案按 {2} 计算 {1}，但报告自己填了 {1}：使用填写的值"
        case .findSchemeFormulaMissing: return "方案按 {2} 计算 {1}，但报告缺少 {3}：未使用该公式"
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
        case .formulaFailed: return "无法计算 {1} = {2}：{3}"
        case .formulaUnknownFigure: return "公式用到“{1}”，但它不是该指标的原始数据{2}"
        case .formulaNotAllowed: return "公式只能使用原始数据、数字、+ - * /、括号、round、min、max 和 abs，不能使用 {1}"
        case .formulaDivisionByZero: return "公式中出现除以零"
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
        case .resetRemovesChanges: return "`还原` 可还原它的全部修改"
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
        case .codesRun: return "编码形如 1、1.1、1.1.1 …；`显示` 可列出全部编码"
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
        case .saveScenarioOrBaseline: return "`保存 情景 {1} \"{1}.yaml\"` 把当前情景写入新文件；先 `切换 基准` 再 `保存` 则写回基准"
        case .tutorialNothingToSaveOver: return "教程的报告是内置副本，没有可以覆盖的文件"
        case .saveNeedsFileName: return "save 需要一个文件名"
        case .saveToNewFile: return "save \"文件名.yaml\" 把它写入新文件"
        case .bareSaveInScenario: return "当前位于情景 {1}；不带文件名的 `保存` 只会把基准写回 {2}"
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
        case .schemeRescoredAll: return "计分办法 {1}：{2} — 全部 {3} 个情景已按它重新计分，各自的修改保留；`撤销` 可以撤回"
        case .shownScenario: return "（显示的是情景 {1}）"
        case .carriedAsParameters: return "{1} 已作为计分规则参数写入 {2} 个指标和绩效指标"
        case .leavesFooter: return "{1} 个指标（共 {2} 个）"
        case .ranOnLoadedReport: return "已在当前报告上运行 {1}：共 {2} 个情景；现在位于 {3}：总分 {4}，等级 {5}"
        case .sessionRestored: return "已从 {1} 恢复会话：共 {2} 个情景（{3}）；现在位于 {4}：总分 {5}，等级 {6}"
        case .assertIsFalse: return "“{1}”不成立"
        case .assertDetail: return "{1}：{2} 为 {3}，应当 {4} {5}"
        // Reading files: YAML, CSV, workbooks, formats
        case .fileIsEmpty: return "文件是空的"
        case .yamlReaderOutOfMemory: return "无法启动 YAML 读取器（内存不足）"
        case .yamlSingleDocument: return "YAML 格式错误：文件中只能有一个文档"
        case .yamlRemoveSecondDocument: return "报告或计分办法是一个 YAML 文档：请删除第二个 `---`"
        case .yamlNoAliases: return "报告或计分办法中不允许使用 YAML 别名（*name）"
        case .yamlWriteValueOut: return "请在用到的地方直接写出这个值"
        case .yamlInvalidAt: return "YAML 格式错误：{1}（{2}）"
        case .yamlByte: return "一个字节"
        case .yamlUTF8Text: return "报告或计分办法应为不含控制字符的 UTF-8 文本"
        case .yamlInvalid: return "YAML 格式错误：{1}"
        case .csvTextAfterQuote: return "结束引号后面有多余的文字"
        case .csvQuotedFieldEnds: return "带引号的 CSV 字段在结束引号处结束；字段内的引号请写成 \"\""
        case .csvUnterminatedField: return "带引号的字段缺少结束引号"
        case .csvAddClosingQuote: return "请补上结束引号；字段内的引号写成 \"\""
        case .cannotReadThisFile: return "无法读取此文件：{1}"
        case .workbookUnreadableHere: return "这里无法读取工作簿“{1}”"
        case .saveAsCSVUTF8: return "请在 Excel 中把工作表另存为“CSV UTF-8”格式"
        case .noSuchSheet: return "“{1}”中没有工作表“{2}”"
        case .sheetsList: return "工作表：{1}"
        case .noIndicatorSheet: return "“{1}”中没有哪个工作表有指标表头（一级指标、二级指标、三级指标或指标名称）"
        case .layoutForReportFile: return "版式文件用于对应表格的列；“{1}”是报告文件，不需要版式文件"
        case .unknownFileFormat: return "无法识别“{1}”的文件格式"
        case .reportFormats: return "报告可以是 .yaml（Rubric 原生格式）或自评表表格：.xlsx、.csv、.tsv 或 .txt"
        case .twoIndicatorsSameCode: return "有两个指标的编码都是“{1}”"
        // Reading tables: the 自评表 and its rows
        case .tableIsEmpty: return "“{1}”是空的：没有任何单元格"
        case .tableHasHeaderAndRows: return "自评表应有一个表头行和若干指标行"
        case .layoutHeadersNotFound: return "表格中没有哪一行包含版式文件所列的表头"
        case .layoutMapsAtLeast: return "版式文件至少要把三级指标（名称）和分值两列对应到表格的表头文字"
        case .noSelfEvalHeader: return "没有找到自评表的表头"
        case .selfEvalHeaderNames: return "自评表应有一个表头行写明各列：一级指标、二级指标、三级指标、年度指标值、实际完成值、分值、得分 …"
        case .noSelfEvalHeaderLikeliest: return "没有找到自评表的表头；最像表头的一行是：{1}"
        case .nameColumnsInLayout: return "请在版式文件中写明各列，并用 --layout 文件 指定，例如：\n{1}"
        case .noIndicatorRowsFound: return "没有找到指标行"
        case .selfEvalHeaderRow: return "自评表的表头行为：一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 指标解释 | 得分 | 未达标原因 | 改进措施"
        case .budgetFiguresUnreadable: return "无法读取预算数据，预算未载入"
        case .oneFigurePerHeading: return "每个预算项目应有一个数（万元）"
        case .budgetFiguresCount: return "有 {1} 个预算数，但预算项目有 {2} 个；预算未载入"
        case .totalNotANumber: return "总分“{1}”不是数字"
        case .totalRowGives: return "总分行给出总分值（100）和总得分"
        case .gradeBandsUnreadable: return "无法读取评价等级的分数段"
        case .gradeBandsDiffer: return "表格的等级分数段（{1}）与计分办法“{2}”的（{3}）不同"
        case .gradedBySchemeBands: return "报告按计分办法的分数段评定等级"
        case .emptyIndicatorRow: return "指标行是空的"
        case .noScoreAfterExplanation: return "该行的指标解释后面没有得分"
        case .rowNoWeightOrScore: return "无法读取“{1}”这一行：它既没有分值也没有得分"
        case .rowNoNameAndWeight: return "该行没有给出指标名称和分值"
        case .rowTooManyLevels: return "该行的指标超过三级"
        case .rowHoldsThreeLevels: return "一行最多包含一级、二级、三级的（名称，分值）"
        case .scoreNotANumber: return "得分“{1}”不是数字"
        case .scoreIsANumber: return "得分必须是数字，例如 4.70"
        case .unexpectedCellAfterReasons: return "未达标原因和改进措施之后有多余的单元格“{1}”"
        case .unexpectedNumberAfterScore: return "得分后面有多余的数字“{1}”"
        case .indicatorNoWeight: return "指标“{1}”没有分值"
        case .layoutRowHint: return "指标行依次为：一级/二级/三级的（名称，分值）、指标解释、得分、未达标原因、改进措施"
        case .cellNotANumber: return "“{1}”不是数字"
        case .cellNotMoney: return "“{1}”不是以万元为单位的金额"
        case .moneyCellsHint: return "预算数和执行数是以万元为单位的金额，例如 43.2"
        case .cellNotAValue: return "“{1}”不是有效的数值"
        case .valueWithUnitHint: return "数值是带单位的数字，例如 94.91%、600家 或 400万元"
        case .thirdBeforeSecond: return "三级指标出现在所有二级指标之前"
        case .firstRowGivesLevels: return "第一个指标行应给出一级、二级、三级的（名称，分值）"
        case .unnamedTopLevel: return "这些行所属的一级指标没有名称；已按“{1}”载入，分值 {2}"
        case .giveTopNameOnFirstRow: return "请在它的第一个指标行写上一级指标的名称和分值"
        case .levelWeightsSum: return "“{2}”下的{1}指标分值合计 {3}，与其分值 {4} 不符"
        case .scoreOutsideRange: return "“{2}”的得分 {1} 超出 0…{3}"
        case .topWeightsNotTotal: return "一级指标分值合计 {1}，与总分 {2} 不符"
        case .unnamedIndicator: return "分值为 {1} 的指标没有名称；已按“{2}”载入"
        case .nameLostInPDF: return "名称可能是从 PDF 提取表格时丢失的"
        // Reading tables: 项目支出绩效自评表
        case .projectNoIndicatorRows: return "这张项目支出绩效自评表的表头下没有找到指标行"
        case .projectRowsNameThird: return "指标行应写明三级指标及其分值（权重）"
        case .projectWeightsVsTotal: return "各行分值合计 {1}，而总分行写的是 {2}"
        case .checkRowWeights: return "请检查各行的分值；报告按各行计分"
        case .layoutHeaderMissing: return "版式文件把{1}对应到表头“{2}”，但这个表头行中没有它"
        case .headersHere: return "这里的表头：{1}"
        case .budgetBlockNoWeight: return "预算执行情况部分没有给出分值（权重）；预算执行率不计分"
        case .nationalFormWeighs: return "全国统一表样中预算执行率的分值为 10"
        case .rowBeforeTopLevel: return "指标行出现在所有一级指标之前"
        case .firstRowNamesTop: return "第一个指标行应写明所属一级指标（产出指标、效益指标、满意度指标）"
        case .rowHasNoName: return "指标行没有名称"
        case .nameInThirdColumn: return "请在三级指标列写上指标名称"
        case .notApplicableWithWeight: return "“{1}”标为不适用（/），却有分值 {2}；已不计入"
        case .indicatorNoWeightShort: return "指标“{1}”没有分值（权重）"
        case .weightInColumn: return "每个指标行都应在“{1}”列给出分值"
        case .weightNegativeOf: return "“{2}”的分值 {1} 是负数"
        case .weightIsZeroOrMore: return "分值应大于或等于 0"
        case .directionNotComparator: return "指标性质“{1}”不是 =、≥、≤ 之一"
        case .writeDirection: return "请写 ≥（正向）、≤（反向）或 = ；定性指标写“定性”"
        case .cannotTellMeetsTarget: return "无法判断“{1}”是否达到目标值；已录入公布得分"
        case .writeQualitativeLevel: return "请写“达成”“部分达成”或“未达成”，以便按定性档次计分"
        case .actualStatesComparator: return "实际值“{1}”带有比较符号；按 {2} 读取"
        case .actualIsAchieved: return "实际完成值是实际达到的数值：只写数字本身"
        case .actualTargetUnits: return "“{3}”的实际值 {1} 和目标值 {2} 单位不同"
        case .actualInTargetUnit: return "请用目标值的单位（{1}）填写实际值"
        case .plainNumber: return "不带单位的数字"
        case .weightsAreNumbers: return "分值和得分是数字，例如 10 或 8.62"
        case .rateIsPercentage: return "执行率是百分数，例如 86%"
        // Reading tables: Rubric tables
        case .twoRowsSameCode: return "有两行的编码都是“{1}”"
        case .rowBeforeParent: return "“{1}”行出现在其上级“{2}”之前"
        case .rowsInTreeOrder: return "各行按树的顺序排列：下级指标的行跟在上级之后"
        case .rowNoIndicatorName: return "“{1}”行没有指标名称"
        case .unknownDirection: return "未知的指标性质“{1}”"
        case .directionsList: return "可以是 ≥、≤、＝、下降、增长、0 或 定性"
        case .qualitativeLevelNot: return "定性等级必须是“达成”“部分达成”或“未达成”，而不是“{1}”"
        case .figuresCellForm: return "原始数据应写成 名称=数值；名称=数值，而不是“{1}”"
        case .formulaCellForm: return "计算公式应写成 输入=公式（输入：{1}），而不是“{2}”"
        case .formulaCellError: return "计算公式：{1}"
        case .rubricTableNoRows: return "这张 Rubric 表格的表头下没有指标行"
        case .scoreColumnNotRead: return "“{1}”的得分写的是 {2}，但按其输入计算为 {3}；得分列是计算结果，没有读取"
        case .changeInputsNotScore: return "要修改得分，请修改它的输入（实际完成值 …），或在录入得分列填写"
        case .ruleColumnNotRead: return "“{1}”的计分规则写的是“{2}”，但实际按“{3}”计分；计分规则列只作显示，没有读取"
        case .ownRuleInColumn: return "要给指标单独指定计分规则，请写在指定规则列，例如 {rule: tiers, parameters: {…}}"
        case .totalColumnNotRead: return "总分写的是 {1}，但各行计算为 {2}；总分是计算结果，没有读取"
        case .publishedTotalIs: return "公布总分是总分行的公布得分"
        case .ruleCellError: return "指定规则：{1}"
        case .ruleCellForm: return "请把规则写成 {rule: 编号, parameters: {…}}，或留空以采用计分办法的规则"
        // What-if: seek, sweep, compare, explain, reset, set
        case .resetTakesIndicator: return "reset 需要一个指标或它的某个字段"
        case .setLangHint: return "set lang zh（中文）· set lang en（English）"
        case .quoteReportFiles: return "报告文件名要加引号：compare \"2022.yaml\" \"2023.yaml\""
        case .compareNeedsTwo: return "compare 需要两个情景或两个报告文件"
        case .compareHowTo: return "compare baseline 情景名，或 compare \"2022.yaml\" \"2023.yaml\""
        case .explainTakesNot: return "explain 需要一个指标、总分或等级，而不是{1}"
        case .explainExamples: return "例如：explain 专项资金支出率 · explain total · explain grade"
        case .needsIndicatorInput: return "{1} 需要指标的一项输入：X.actual、X.spent、X.entered …"
        case .variesInputNot: return "{1} 改变的是指标的输入，而不是{2}"
        case .missingOtherInput: return "{1} 没有 {2}：对它的 {4} 进行 {3} 不会改变得分"
        case .setInputFirst: return "请先设置 {1}.{2}（它的计分规则“{3}”读取 {4}）"
        case .inputsAnd: return " 和 "
        case .scoreIsComputed: return "得分是计算结果，不是输入"
        case .varyOneInput: return "请对它的某项输入进行 {1}"
        case .scoredFrom: return "{1} 按 {2} 计分：{3} {1}.{4} …"
        case .scoreOverEntered: return "得分是计算结果，不是输入：改为对评审录入的得分 {2}.entered 进行 {1}"
        case .notAVariableInput: return "“{1}”不是 {2} 能改变的输入"
        case .inputsList: return "可用的输入：{1}"
        case .seekNeedsCondition: return "seek 需要一个要满足的条件，得到的是{1}"
        case .seekExample: return "例如：seek {1} for total >= 90"
        case .sweepAxes: return "sweep 需要一项输入，或两项输入（生成二维表）"
        case .sweepFailed: return "sweep 无法执行：{1}"
        case .sweepBoundsNumbers: return "sweep 的起止值和步长应为数字，而不是{1}"
        case .inputIsPercent: return "这项输入是百分数：请写 {1}%"
        case .unitMismatchInput: return "{1} 与这项输入的单位（{2}）不符"
        case .stepAboveZero: return "步长必须大于 0"
        case .rangeEmpty: return "范围为空：{1} 大于 {2}"
        case .rangeTooLarge: return "范围太大"
        case .tooManyPoints: return "{1} 个取值超过了 sweep 最多计算的 {2} 个"
        // What-if: saving scenarios and sessions, the tutorial
        case .scenarioOverLoaded: return "“{1}”是已载入的报告；情景要保存为新文件"
        case .saveScenarioBangReplaces: return "`save! scenario {1} \"{2}\"` 会覆盖它"
        case .tutorialNoSessionFile: return "教程的报告是内置副本；会话脚本需要一个可以载入的报告文件"
        case .tutorialQuitFirst: return "请先 `tutorial quit` 退出教程"
        case .sessionEndsInRubric: return "会话要保存为以 .rubric 结尾的脚本"
        case .saveSessionAs: return "例如：save session \"{1}.rubric\""
        case .sessionWouldNotRebuild: return "会话脚本无法重建当前会话，因此没有写入：{1}"
        case .sessionMismatch: return "{1}：这里是 {2}，脚本得出 {3}"
        case .missingValue: return "缺失"
        case .saveSessionBangReplaces: return "`save! session \"{1}\"` 会覆盖它"
        case .tutorialReportBroken: return "教程内置的报告无法载入：{1}"
        // Workbooks (.xlsx)
        case .xlsxEncrypted: return "“{1}”是有密码保护（加密）的工作簿或旧版 .xls 文件，不是 Rubric 能读取的 .xlsx"
        case .xlsxRemovePassword: return "请在 Excel 中打开，取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存为 .xlsx"
        case .xlsxNotZip: return "“{1}”不是可读取的 .xlsx 工作簿（无法打开其 zip 压缩包）"
        case .xlsxSaveAgainOrCSV: return "请在 Excel 中打开，重新另存为 .xlsx 或“CSV UTF-8”格式"
        case .xlsxNotWorkbook: return "“{1}”是 zip 文件，但不是 Excel 工作簿（其中没有 xl/workbook.xml）"
        case .xlsxCopyIntoExcel: return "是 Word 文档或其他压缩包吗？请把表格复制到 Excel 中，另存为 .xlsx"
        case .xlsxNoWorksheet: return "“{1}”中没有 Rubric 能读取的工作表"
        case .xlsxWhatRubricReads: return "请在 Excel 中打开：Rubric 读取的是表格位于工作表上、保存为 .xlsx 的工作簿"
        case .xlsxProblemInPart: return "{1}（位于 {2}）"
        case .xlsxSaveAgain: return "请在 Excel 中打开该文件，重新另存为 .xlsx"
        case .xlsxCellOutside: return "单元格引用“{1}”超出了工作表范围（A1 到 XFD1048576）"
        case .xlsxSharedString: return "单元格 {1} 引用第 {2} 个共享字符串，但工作簿只有 {3} 个"
        case .xlsxSharedStringsMissing: return "（xl/sharedStrings.xml 缺失或为空）"
        case .xlsxInRow: return "第 {1} 行中"
        case .xlsxBadMerge: return "合并区域“{1}”不是有效的单元格区域（{2}）"
        case .xlsxBadXML: return "工作簿的组成部分 {1} 不是格式正确的 XML（第 {2} 行：{3}）"
        case .xlsxNotAssembled: return "无法生成工作簿"
        case .xlsxNotWritten: return "无法写出工作簿：{1}"
        // The command line
        case .notCommandNorFile: return "“{1}”既不是命令，也不是文件"
        case .didYouMeanCommand: return "您是不是要输入 `rubric {1}`？"
        case .commandsAndReports: return "命令：{1}；报告文件以 .yaml、.xlsx、.csv、.tsv 结尾"
        case .unexpectedArgument: return "报告“{1}”后面有多余的参数：{2}"
        case .unexpectedArguments: return "报告“{1}”后面有多余的参数：{2}"
        case .optionsBeforeReport: return "选项要写在报告之前：rubric {1} … {2}"
        case .oneReportAtATime: return "这里一次只能打开一份报告；`rubric review {1} {2}` 可以审核多份"
        case .noSuchFileOrFolder: return "没有文件或文件夹“{1}”"
        case .noReportUnder: return "{1} 下没有报告或表格"
        case .reviewedExtensions: return "审核的文件类型：{1}"
        case .removeItFirst: return "请换一个文件名，或先删除它"
        // Reading reports and layout files (YAML)
        case .yamlExpectedNamedMapping: return "{1}应为映射（名称: 数值）"
        case .yamlExpectedMapping: return "{1}应为映射（键: 值）"
        case .yamlExpectedKey: return "这里应为一个键"
        case .yamlUnknownKey: return "{2}中有未知的键“{1}”"
        case .yamlAllowedKeys: return "允许的键：{1}"
        case .yamlKeyTwice: return "键“{1}”在{2}中出现了两次"
        case .yamlExpectedList: return "{1}应为列表"
        case .yamlExpectedText: return "{1}应为文本"
        case .yamlExpectedNumber: return "{1}应为数字，实际是“{2}”"
        case .yamlExpectedQuantity: return "{1}应为数字，可带单位（%、万元、亿元、家 …），实际是“{2}”"
        case .yamlExpectedMoney: return "{1}应为以万元为单位的金额，实际是“{2}”"
        case .yamlExpectedWhole: return "{1}应为整数"
        case .yamlExpectedBool: return "{1}应为 true 或 false，实际是“{2}”"
        case .yamlMissingKey: return "{1}缺少“{2}”"
        case .reportFormatNewer: return "此文件是第 {1} 版报告格式；当前 Rubric 只能读取第 1 版"
        case .updateRubric: return "它由更新版本的 Rubric 写出：请升级 Rubric"
        case .weightNotNegative: return "分值不能为负数，而这里是 {1}"
        case .indicatorNoWeightKey: return "指标“{1}”没有 weight（分值）"
        case .childrenOrTargets: return "一个指标只能有 children 或 targets 其中之一，不能两者都有"
        case .targetNoValue: return "绩效指标“{1}”没有 target（目标值）"
        case .giveTargetOrNote: return "请填写年度指标值，或用 note 说明来源没有给出"
        case .publishedNotNumber: return "公布得分应为数字或 not-given，实际是“{1}”"
        case .publishedNotGivenHint: return "来源没有给出得分时，请写 published: not-given"
        case .parametersNeedRule: return "写了 parameters 就必须写 rule"
        case .giveFigureUnder: return "请在 figures: 下给出该原始数据，例如 figures: {在职人员数: 106, 编制数: 100}"
        case .valueAndFormula: return "“{1}”同时给出了数值和公式"
        case .keepOne: return "请只保留其中一个"
        case .actualTargetUnitsYAML: return "实际值 {1} 和目标值 {2} 单位不同"
        case .actualAsPercentage: return "请把实际值写成百分数，例如 {1}%"
        case .actualAsTargetIs: return "请按目标值 {1} 的写法填写实际值"
        case .levelNot: return "level（定性等级）必须是“达成”“部分达成”或“未达成”，而不是“{1}”"
        case .unknownDirectionYAML: return "未知的指标方向“{1}”"
        case .directionValues: return "可以是 >=、<=、=、decrease（较去年同期下降）、increase、zero 或 qualitative"
        case .layoutVersion: return "当前 Rubric 只能读取第 1 版版式文件"
        case .unknownLayoutColumn: return "未知的列“{1}”"
        // Expressions: values, properties, arithmetic, functions
        case .nestedTooDeeplyEval: return "表达式嵌套太深"
        case .nestingLimit: return "最多 {1} 层"
        case .noGradeInScheme: return "计分办法 {1} 中没有等级“{2}”"
        case .itsGrades: return "它的等级：{1}"
        case .didYouMeanAfter: return "；您是不是要输入 {1}？"
        case .noPropertyOf: return "{1}没有属性“{2}”"
        case .propertiesList: return "属性：{1}"
        case .budgetIsZero: return "{1}：预算数为 0"
        case .targetIsZero: return "{1}：目标值为 0"
        case .noRate: return "{1} 既没有预算数和执行数，也没有目标值和实际值：无法计算比率"
        case .noCompletion: return "{1} 没有目标值和实际值：无法计算完成率"
        case .setThemFirst: return "请先设置它们（{1}.budget = …，.spent = …）"
        case .earnedIs: return "；.earned 是得分 ÷ 分值，为 {1}"
        case .valueNotGiven: return "这个值未给出（none）"
        case .reportDoesNotStateIt: return "报告中没有给出这个值"
        case .expectedNumberFound: return "这里应为数字，得到的是{1}"
        case .expectedBoolFound: return "这里应为真或假，得到的是{1}"
        case .cannotAdd: return "无法把 {1} 和 {2} 相加"
        case .cannotSubtract: return "无法把 {1} 和 {2} 相减"
        case .cannotMultiply: return "无法把 {1} 和 {2} 相乘"
        case .cannotDivide: return "无法把 {1} 和 {2} 相除"
        case .unitsMustAgreeHow: return "单位必须一致：万元对万元，% 对 %，或者是不带单位的数字"
        case .textComparison: return "文本只能用 == 和 != 比较（等级还可以用 < 和 >）"
        case .boolComparison: return "真/假值只能用 == 和 != 比较"
        case .cannotCompareNone: return "无法比较未给出的值（none）"
        case .cannotCompare: return "无法比较 {1} 和 {2}"
        case .unitsMustAgree: return "单位必须一致"
        case .roundArguments: return "round 需要一个数字，可再给出小数位数：round(x, 2)"
        case .placesRangeRound: return "小数位数必须是 0 到 18 的整数"
        case .absArguments: return "abs 需要一个数字"
        case .needsAtLeastOneNumber: return "{1} 至少需要一个数字"
        case .cannotApply: return "无法对 {2} 和 {3} 做 {1}"
        case .rateArguments: return "rate 需要两个数字：rate(spent, budget)"
        case .rateDivisionByZero: return "rate：除数为零"
        // Exact numbers
        case .numberTooLarge: return "数字太大，无法精确表示"
        case .divisionByZeroPlain: return "除数为零"
        case .tooManyPlaces: return "需要超过 18 位小数才能精确表示"
        case .notANumber: return "“{1}”不是数字"
        // Saved-file confirmations and checks
        case .savedScenarioDetail: return "已将情景 {1}（{2} 处修改，总分 {3}，等级 {4}）保存到 {5}"
        case .savedSessionDetail: return "已将会话保存到 {1}：{2} 个情景，{3} 处修改；运行它可重建每个情景（已核对）"
        case .whoseScenario: return "情景的"
        case .whoseSession: return "会话的"
        case .reloadedScoresDiffer: return "警告：重新载入后，该文件的总分为 {1}，等级 {2}，与{3}得分不符"
        case .cannotCarry: return "：报告文件无法保存 {1}"
        case .savedNotRescored: return "警告：无法重新计分以核对已保存的文件（从 {2} 找不到其计分办法“{1}”）"
        case .uncarriedNote: return "提示：{1} 没有写入文件（报告不能改变计分办法的舍入方式或等级分数段）；这里的得分结果相同"
        case .tutorialEnded: return "教程结束；"
        case .figureNotRead: return "{1} 没有公式读取“{2}”：对它 {3} 不会改变得分"
        case .figureNotReadHintNone: return "先写出它要计算的输入，如 inputs: {actual: \"{1} / …\"}"
        case .figureNotReadHintFormulas: return "它的公式：{1}"
        case .figureNameCut: return "“{1}”不是原始数据的名称：{ } 里的逗号用来分隔各项数据"
        case .figureNameCutHint: return "带千分位逗号的数要加引号（\"1,720万元\"），或不写逗号（1720万元）"
        // ==== end of load and evaluation errors
        // ==== Interface texts outside diagnostics: outputs, prompts, the command line, rule and scheme errors
        // Scheme files
        case .schemeRoundingStage: return "舍入阶段（rounding 的 stage）应为“leaf”或“total”，而不是“{1}”"
        case .schemeNeedsGradeBand: return "计分办法至少需要一个等级分数段"
        case .schemeRuleNeedsNameOrCode: return "指标计分规则需要写“name”或“code”"
        case .schemeParametersNeedRule: return "parameters 是计分规则的参数：请同时写出“rule”"
        case .schemeNotApplicableMode: return "not-applicable 应为“rebase”（其余指标按百分制折算）或“leave”（总分按适用指标计算），而不是“{1}”"
        case .schemeNotBuiltinOrFile: return "“{1}”既不是内置计分办法，也不是计分办法文件（.yaml）"
        case .schemeBuiltinsOrYAML: return "内置计分办法：{1}；也可以给出以 .yaml 结尾的计分办法文件"
        case .schemeUnreadable: return "无法读取计分办法“{1}”"
        case .schemeBuiltinsOrPath: return "内置计分办法：{1}；也可以给出计分办法文件的路径"
        case .rulesList: return "计分规则：{1}"
        case .schemeExpectedParameters: return "计分规则参数应为映射（键: 值）"
        case .unknownParameter: return "未知的参数“{1}”：{2}"
        case .ruleDoesNotReadParameter: return "计分规则“{1}”不使用这个参数"
        case .noRuleReadsParameter: return "没有计分规则使用这个参数"
        case .ruleTakesNoParameters: return "计分规则“{1}”没有参数"
        case .parametersList: return "参数：{1}"
        // Rule parameters (RuleError.badParameter: the reason follows the parameter's name)
        case .ruleParameter: return "计分规则“{1}”的参数“{2}”{3}"
        case .paramNumberNot: return "应为数字，而不是“{1}”"
        case .paramNumber: return "应为数字"
        case .paramRatioOrLinear: return "应为“ratio”或“linear”，而不是“{1}”"
        case .paramLowerOrUpper: return "应为 lower 或 upper"
        case .paramLevelsOrder: return "与 partly-from 应满足 0 ≤ partly-from ≤ achieved-from ≤ 1"
        case .paramTiersRequired: return "必须给出：由 {up-to, points} 组成的列表"
        case .paramActualOrDeviation: return "应为“actual”或“deviation”，而不是“{1}”"
        case .paramThresholdRequired: return "必须给出，如 90%"
        case .paramStepRequired: return "必须给出且大于 0，如 5%"
        case .paramBelowOrAbove: return "应为“below”或“above”，而不是“{1}”"
        // Reading files: encodings, file kinds, YAML nesting
        case .notValidUTF16: return "不是有效的 UTF-16 文本（文件以 UTF-16 字节顺序标记开头）"
        case .binaryNulAt: return "这是二进制文件，不是文本：{1}有 NUL 字节"
        case .lineColumn: return "第 {1} 行第 {2} 列"
        case .notUTF8Byte: return "不是 UTF-8 文本（此处字节为 0x{1}）"
        case .norGB18030Byte: return "，也不是 GB18030/GBK 文本（{2}的字节为 0x{1}）"
        case .norUTF16: return "，也不是 UTF-16 文本（没有字节顺序标记）"
        case .saveTableAsCSVUTF8: return "；请在 Excel 中把表格另存为“CSV UTF-8”"
        case .saveAsUTF8Text: return "；请另存为 UTF-8 文本"
        case .excelUnderOtherName: return "这是改了扩展名的 Excel 工作簿：请把扩展名改为 .xlsx"
        case .wordUnderOtherName: return "这是改了扩展名的 Word 文档：请把其中的表格复制到 Excel，另存为 .xlsx 或“CSV UTF-8”"
        case .wordDocument: return "这是 Word 文档：请把其中的表格复制到 Excel，另存为 .xlsx 或“CSV UTF-8”"
        case .excelReadAsText: return "这是 Excel 工作簿，却被当作文本读取：请把扩展名改为 .xlsx，作为工作簿载入"
        case .zipNotTable: return "这是 zip 压缩包，不是表格：请解压后给出其中的表格"
        case .oldOfficeFile: return "这是旧版 Excel 或 Word 文件（.xls/.doc）：请在 Excel 中打开，另存为 .xlsx 或“CSV UTF-8”"
        case .pdfDocument: return "这是 PDF 文档：请把其中的表格复制到 Excel，另存为“CSV UTF-8”"
        case .permissionDenied: return "没有访问权限"
        case .yamlNestedIndent: return "YAML 嵌套太深（缩进了 {1} 列）"
        case .yamlNestedLevels: return "YAML 嵌套超过 {1} 层"
        case .yamlNotAReport: return "报告或计分办法只有几层嵌套；这个文件不是报告或计分办法"
        // What-if outputs: impact, seek, sweep, compare, changes, partial totals, the tutorial, unsaved work
        case .impactTitle: return "影响：各指标还能增加的分数"
        case .impactLargestGain: return "单项最大增分：{1}（调整其 {3} 可增加 {2} 分）：总分 {4} → {5}，等级 {6} → {7}"
        case .totalStaysIncomplete: return "—（总分仍不完整）"
        case .impactNothingToGain: return "每个指标都已得满分：没有可增加的分数"
        case .impactBestPerWan: return "每万元增分最多：{1}，每万元 {2} 分，直至再支出 {3}"
        case .impactGainableAll: return "合计还能增加的分数：{1}"
        case .inputTargetsActual: return "其绩效指标的 actual"
        case .seekGridNoExact: return "网格上没有任何值能使它恰好等于 {1}；最接近的：{2}"
        case .seekGivesNamed: return "{1} = {2} 时，{3} = {4}"
        case .seekGives: return "{1} = {2} 时为 {3}"
        case .seekWeightCaps: return "{1}的分值限制了它能贡献的得分：即使得满分（{2}，分值 {3}），总分也只有 {4}，等级 {5}"
        case .seekAtBest: return "最好的情况下（{1} = {2}）得分 {3}{4}，总分 {5}，等级 {6}"
        case .seekOfWeight: return "（分值 {1}）"
        case .sweepFromTo: return "从 {1} 到 {2}"
        case .sweepStep: return "，步长 {1}"
        case .sweepSampled: return "共 {1} 个点；均匀抽取显示其中 {2} 个"
        case .sweepStopped: return "计算 {1} 个点后停止"
        case .sweepGradeAt: return "取值 {3} 时等级 {1} → {2}"
        case .sweepGridCells: return "单元格：{1}；行：{2}，列：{3}"
        case .sweepGridSampled: return "共 {1} × {2} 个点；均匀抽取显示其中 {3} × {4} 个"
        case .sweepGridTitle: return "sweep 网格：{1}"
        case .compareMatchedByCode: return "按编码 #{1} 对应：{2}（{3}）↔ {4}（{5}）"
        case .compareOnlyInNotIn: return "仅在 {1} 中（{2} 中没有）：{3}"
        case .compareOnlyIn: return "仅在 {1} 中：{2}"
        case .partialMark: return "（不完整）"
        case .asLoaded: return "载入时"
        case .changesTitle: return "{1} 中的修改（对比：{2}）"
        case .theLoadedReport: return "载入的报告"
        case .notGivenOne: return "{1} 项指标来源未给出"
        case .notGivenMany: return "{1} 项指标来源未给出"
        case .failedOne: return "{1} 项指标无法计分，按 0 计（`check` 可查看原因）"
        case .failedMany: return "{1} 项指标无法计分，按 0 计（`check` 可查看原因）"
        case .tutorialReportStays: return "教程的报告仍保持载入"
        case .tutorialReportStaysNoneBefore: return "教程的报告仍保持载入（教程开始前没有载入报告）"
        case .tutorialYourReport: return "你的报告"
        case .tutorialWithScenarios: return "及其情景（{1}）"
        case .tutorialReportBack: return "{1}{2}已恢复（情景 {3}：总分 {4}，等级 {5}）"
        case .tutorialIntro: return "教程：在示例 003 的副本上分 {1} 步{2}。`教程 下一步` 或 `跳过` 继续，`教程 提示` 给出提示，`教程 退出` 结束。"
        case .tutorialPutAside: return "；你的报告暂时放在一边，结束后原样恢复"
        case .tutorialHint: return "提示：{1}"
        case .tutorialStepOf: return "第 {1} 步（共 {2} 步）：{3}"
        case .tutorialStepHeading: return "── 第 {1} 步（共 {2} 步）：{3} ──"
        case .tutorialRight: return "✓ 正确。"
        case .tutorialNotYet: return "还不对——再试一次，或输入 `教程 提示`"
        case .tutorialComplete: return "教程完成；{1}。examples/lessons/zh/ 中的练习更进一步：rubric examples/lessons/zh/01-执行率.rubric"
        case .leaveCtrlDAgain: return "再按一次 Ctrl-D（或输入 `退出`）即不保存退出"
        case .quitAgain: return "再输入一次 `退出`（或按 Ctrl-D）即不保存退出"
        case .repeatLoad: return "再输入一次 `载入` 即放弃这些修改"
        case .repeatDrop: return "再输入一次 `drop {1}` 即放弃该情景"
        case .unsavedScenariosOne: return "{1} 个情景有未保存的修改（{2}）"
        case .unsavedScenariosMany: return "{1} 个情景有未保存的修改（{2}）"
        case .schemeNotSavedWithReport: return "计分办法 {1} 没有随报告保存"
        case .keepTutorialQuitThen: return "先输入 `tutorial quit`，再用 {1}"
        case .keepSaveOrSession: return "`保存` 或 `保存 会话 \"session.rubric\"`"
        case .keepSaveBaseline: return "`保存`（基准）"
        case .keepSaveNameBaseline: return "`save \"文件名.yaml\"`（基准）"
        case .keepSaveName: return "`save \"文件名.yaml\"`"
        case .keepSaveSession: return "`保存 会话 \"session.rubric\"`（保存全部）"
        case .scenarioUnsavedOne: return "情景 {1} 有 {2} 处未保存的修改"
        case .scenarioUnsavedMany: return "情景 {1} 有 {2} 处未保存的修改"
        case .askKeepScenario: return "{1}：`保存 情景 {2} \"{2}.yaml\"` 可以保留它；或者{3}"
        case .askKeepWork: return "{1}。\n要保留，请用 {2}；或者{3}。"
        // Saved files: a scenario's notes, a session script's comments
        case .scenarioNote: return "{2} 的情景“{1}”：{3}"
        case .noChangesPlain: return "没有修改"
        case .scenarioNoteCarried: return "{1}：已作为计分规则参数，写入计分规则使用它们的 {2} 个指标和绩效指标"
        case .scenarioNoteNotCarried: return "此文件没有写入（报告不能改变计分办法的舍入方式或等级分数段）：{1}"
        case .parameterDefault: return "（默认值）"
        case .schemeRoundingStageIs: return "计分办法的舍入阶段 {1}"
        case .schemeGradeBands: return "计分办法的等级分数段"
        case .sessionFileHeader: return "# Rubric 会话：基于 {2} 的 {1} 个情景"
        case .sessionFileRunIt: return "# 用 `rubric {1}` 运行，或在交互界面中用 `载入` 载入"
        case .sessionFileNotWritten: return "# 没有写入（Rubric 没有能恢复默认值的写法）：{1}"
        // The command line: option errors
        case .cliError: return "错误：{1}"
        case .langTakesZhOrEn: return "--lang 应为 zh 或 en，不能是“{1}”"
        case .checkNeedsReport: return "请给出要检查的报告（可以是多个）：rubric check a.yaml b.xlsx"
        case .exportOneFormat: return "--json、--csv、--xlsx 和 --html 各指定一种格式：只能给出其中一个"
        case .xlsxNeedsOutput: return "--xlsx 会写出一个工作簿：请用 --output 文件名.xlsx 指定文件"
        case .sheetNeedsWorkbook: return "--sheet {1} 用来选择工作簿（.xlsx）中的工作表，但给出的文件都不是工作簿"
        case .sortValues: return "--sort 可以是 total、name、findings 或 delta，不能是“{1}”"
        case .failOnValues: return "--fail-on 可以是 error 或 warning，不能是“{1}”"
        case .jsonOrCSV: return "--json 和 --csv 都会输出完整的审核结果：只能选其中一个"
        // Edits: warnings after a change
        case .weightsUnderNowSum: return "{1}下各项的分值合计现为 {2}，而不是 {3}"
        case .topWeightsNowSum: return "一级指标的分值合计现为 {1}，而不是 100"
        case .enteredScoreDoesNotStand: return "{1}按其计分规则“{2}”由 {3} 计算得分；只有缺少这些输入时，录入的得分才会代替计算结果。请修改 {3}，或设置 .rule = \"manual\" 改为人工打分"
        case .paramTierHoldsNothing: return "档次 {1} 不包含任何值：下限不低于上限"
        case .findFigureUnused: return "{1}：没有公式读取原始数据 {2}"
        case .reportIsAScheme: return "这是计分办法文件（rubric-scheme），不是报告"
        case .reportIsASchemeHint: return "用它给报告计分：rubric score --scheme {1} 报告文件，或在交互界面中：使用 方案 \"{1}\""
        case .incompleteMark: return "（不完整：有指标无法计分）"
        case .scorableTarget: return "可计分的目标“{1}”（{2}）"
        case .noTargets: return "这里没有绩效指标（目标）：各指标不按目标计分"
        case .findSchemeFormulaOnGroup: return "{1}：方案为它计算 {2}，但它的得分是下级指标之和：未使用该公式"
        case .xmlNotUTF8: return "该部分不是 UTF-8 编码"
        case .xmlTextOutsideElement: return "应为元素开始处出现了文字"
        case .xmlDeclaration: return "出现了 DOCTYPE 或声明，工作簿的组成部分不会有这些"
        case .xmlMalformedEndTag: return "结束标记格式不正确"
        case .xmlEndTagNoElement: return "结束标记前没有打开的元素"
        case .xmlWrongEndTag: return "元素被错误的标记关闭"
        case .xmlSecondRoot: return "出现了第二个根元素"
        case .xmlEndsOpen: return "元素尚未关闭，该部分就结束了"
        case .xmlMalformedAttribute: return "属性格式不正确"
        case .xmlAttributeTwice: return "同一属性出现了两次"
        case .xmlEndsInComment: return "该部分在注释中结束"
        case .xmlEndsInCDATA: return "该部分在 CDATA 段中结束"
        case .xmlEndsInInstruction: return "该部分在处理指令中结束"
        case .xmlMalformedTag: return "标记格式不正确"
        case .xmlUndefinedEntity: return "使用了未定义的实体"
        case .xmlBadCharacterReference: return "字符引用不是有效字符"
        case .weightsGradeHint: return "请修正分值（rubric check 会列出）：总分不是满分 100 分制，不评等级"
        case .gradeNone: return "不评等级：{1}"
        case .findMorePlacesWeight: return "{1}：分值 {2} 的小数位多于计分办法的 {3} 位；满分按 {4} 计"
        case .saveWouldDropComments: return "保存会丢掉 {1} 中的注释（共 {2} 条，第一条：{3}）：Rubric 会重新写出整个报告，无法保留注释"
        case .saveWouldDropCommentsHint: return "`save!` 覆盖写入（不保留注释）；`save \"新文件.yaml\"` 写入新文件，原文件不变"
        case .yamlTabIndent: return "第 {1} 行用 Tab 缩进：YAML 只能用空格缩进"
        case .yamlTabIndentHint: return "把 Tab 换成空格，缩进与上面的行对齐"
        case .yamlFullWidthIndent: return "第 {1} 行用全角空格缩进"
        case .yamlFullWidthIndentHint: return "用半角空格缩进：输入空格前把输入法切换到半角"
        case .yamlFullWidthColon: return "“{1}”后面是全角冒号：YAML 需要半角冒号加一个空格"
        case .yamlFullWidthColonHint: return "写成 `{1}: `（半角冒号，后面加空格）"
        case .indicatorNotVariable: return "“{1}”是指标，不是变量：赋值要指明改哪一项"
        case .nameTheField: return "请指明要改的项：`{1}.{2} = {3}`（其规则 {4} 读取 {5}）"
        case .quoteNameWithDash: return "名称中含有 '-' 时要加引号（不加引号时 '-' 是减号）：`\"{1}\".{2} = …`"
        case .codeNeedsHash: return "用编号指代指标时要加 '#'：`show #{1}`"
        case .nameTheWeight: return "它的得分是下级得分之和，只能改分值：`{1}.{2} = {3}`；要改变得分，请修改它下面的指标"
        case .nameTheFieldOf: return "请指明要改的项，例如 `{1}.实际值 = …`、`{1}.录入分 = …` 或 `{1}.分值 = …`"
        case .isAFolder: return "这是一个文件夹（`rubric review {1}` 会对其中每份报告计分）"
        case .cannotKeepEncoding: return "无法按 {2} 编码写回 {1}：报告中有字符无法用该编码表示"
        case .stdoutUnwritable: return "无法写入标准输出：{1}"
        case .dashedNameUnquoted: return "“{1}”是一个指标的名称，这里被当作减法"
        case .parentAboveWeight: return "{1}现得 {2} 分，超过其分值 {3}：下级分值之和大于它"
        case .sweepEnteredHeld: return "录入分超出 [0, {1}] 时按最近的端点计（单独输入会被拒绝）"
        case .sweepWeightsOff: return "取其他分值时，{1}下各项分值之和不再等于其分值 {2}：表中数字按实际计算结果列出"
        case .sweepTopWeightsOff: return "取其他分值时，一级指标分值合计不再是 100：这些总分不评等级"
        // ==== end of interface texts
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
        "field": "字段", "before": "修改前", "after": "修改后",
    ]

    /// The headings in the interface language (a heading without a Chinese entry stays as it is).
    public static func localized(_ headings: [String]) -> [String] {
        InterfaceLanguage.current == .zh ? headings.map { chinese[$0] ?? $0 } : headings
    }
}

extension Message {
    /// Between items of a list in running text: ", " in English, "、" in Chinese.
    public static var listSeparator: String { InterfaceLanguage.current == .zh ? "、" : ", " }

    /// Between clauses: "; " in English, "；" in Chinese.
    public static var clauseSeparator: String { InterfaceLanguage.current == .zh ? "；" : "; " }
}
