/// The catalogue of lexer and parser messages: lowercase, no full stop, source text quoted, with hints.
///
/// Each case has a stable ``id`` (its case name) so tests and docs can refer to a message without
/// repeating its wording. ``diagnostic(in:at:)`` turns a message into a ``Diagnostic`` of phase
/// `.lex` or `.parse`.
public enum LanguageMessage: Equatable, Sendable {
    // MARK: Lexer
    case unterminatedString
    case unknownEscape(String)
    case groupingComma
    case invalidNumber(String, DecimalError)

    // MARK: Parser
    case unexpected(TokenKind)
    case unexpectedCharacter(String)
    case expectedExpression(found: TokenKind)
    case expectedClosing(close: String, open: String, openAt: SourceLocation)
    /// The input ended with a bracket still open: reported at the bracket.
    case neverClosed(open: String, close: String)
    /// A flat chain longer than ``maxTerms``.
    case tooManyTerms
    case unmatchedClosing(String)
    case nestedTooDeeply
    case chainedComparison
    case notAssignable
    case assignmentInExpression
    case expectedName(after: String)
    case reservedName(String)
    case unknownCommand(String, suggestions: [String])
    case expectedWord(String, after: String)
    case expectedFile(after: String)
    case unknownFormat(String, suggestions: [String])
    case unknownOption(String)
    case expectedPropertyTarget(command: String)
    case expectedEndOfStatement(found: TokenKind)
    case onlyNamesCanBeCalled
    case expectedPropertyName
    case expectedMessageString
    case expectedScenarioName(after: String)

    /// The largest nesting of brackets, operators and calls an expression may have.
    public static let maxDepth = 256
    /// Terms (operators, property accesses, calls) in one flat chain such as `1 + 1 + … + 1`.
    public static let maxTerms = 10_000

    /// A stable identifier: the case name.
    public var id: String {
        switch self {
        case .unterminatedString: return "unterminatedString"
        case .unknownEscape: return "unknownEscape"
        case .groupingComma: return "groupingComma"
        case .invalidNumber: return "invalidNumber"
        case .unexpected: return "unexpected"
        case .unexpectedCharacter: return "unexpectedCharacter"
        case .expectedExpression: return "expectedExpression"
        case .expectedClosing: return "expectedClosing"
        case .neverClosed: return "neverClosed"
        case .tooManyTerms: return "tooManyTerms"
        case .unmatchedClosing: return "unmatchedClosing"
        case .nestedTooDeeply: return "nestedTooDeeply"
        case .chainedComparison: return "chainedComparison"
        case .notAssignable: return "notAssignable"
        case .assignmentInExpression: return "assignmentInExpression"
        case .expectedName: return "expectedName"
        case .reservedName: return "reservedName"
        case .unknownCommand: return "unknownCommand"
        case .expectedWord: return "expectedWord"
        case .expectedFile: return "expectedFile"
        case .unknownFormat: return "unknownFormat"
        case .unknownOption: return "unknownOption"
        case .expectedPropertyTarget: return "expectedPropertyTarget"
        case .expectedEndOfStatement: return "expectedEndOfStatement"
        case .onlyNamesCanBeCalled: return "onlyNamesCanBeCalled"
        case .expectedPropertyName: return "expectedPropertyName"
        case .expectedMessageString: return "expectedMessageString"
        case .expectedScenarioName: return "expectedScenarioName"
        }
    }

    /// The phase the message belongs to.
    public var phase: Phase {
        switch self {
        case .unterminatedString, .unknownEscape, .groupingComma, .invalidNumber: return .lex
        default: return .parse
        }
    }

    /// The one-line message.
    public var message: String {
        switch self {
        case .unterminatedString: return "unterminated string"
        case .unknownEscape(let e): return "unknown escape '\(e)' in string"
        case .groupingComma: return "a grouping comma must be followed by three digits"
        case .invalidNumber(let text, let error):
            switch error {
            case .invalidNumber: return "'\(text)' is not a number"
            default: return "\(error.message): '\(text)'"
            }
        case .unexpected(let t): return "unexpected \(t.quoted)"
        case .unexpectedCharacter(let c): return "unexpected character '\(c)'"
        case .expectedExpression(let t): return "expected a value, found \(t.quoted)"
        case .expectedClosing(let close, let open, _): return "expected '\(close)' to close '\(open)'"
        case .neverClosed(let open, _): return "this '\(open)' is never closed"
        case .tooManyTerms: return "this expression has more than \(LanguageMessage.maxTerms) terms"
        case .unmatchedClosing(let c): return "unmatched '\(c)'"
        case .nestedTooDeeply: return "expression nested too deeply"
        case .chainedComparison: return "comparisons cannot be chained"
        case .notAssignable: return "cannot assign to this"
        case .assignmentInExpression: return "unexpected '='"
        case .expectedName(let after): return "expected a name after '\(after)'"
        case .reservedName(let w): return "'\(w)' is a reserved word and cannot be used as a name"
        case .unknownCommand(let w, _): return "unknown command '\(w)'"
        case .expectedWord(let w, let after): return "expected '\(w)' after '\(after)'"
        case .expectedFile(let after): return "expected a file name after '\(after)'"
        case .unknownFormat(let f, _): return "unknown export format '\(f)'"
        case .unknownOption(let o): return "unknown option '\(o)'"
        case .expectedPropertyTarget(let c): return "'\(c)' needs a property to change"
        case .expectedEndOfStatement(let t): return "unexpected \(t.quoted) after the end of the statement"
        case .onlyNamesCanBeCalled: return "only a function name can be called"
        case .expectedPropertyName: return "expected a property name after '.'"
        case .expectedMessageString: return "expected a message string after ','"
        case .expectedScenarioName(let after): return "expected a scenario name after '\(after)'"
        }
    }

    /// A hint shown under the caret, when there is one.
    public var hint: String? {
        switch self {
        case .unterminatedString: return "close the string with '\"'"
        case .unknownEscape: return "the escapes are \\\" \\\\ \\n \\t"
        case .groupingComma: return "to separate arguments put a space after the comma, like 'max(1, 0)'"
        case .invalidNumber(_, .invalidNumber):
            return "grouping commas separate groups of three digits, like '1,073.13'; to separate arguments write ', '"
        case .invalidNumber: return nil
        case .unexpectedCharacter("%"), .unexpectedCharacter("％"):
            return "'%' is a unit, not an operator: write it right after a number, like '6%'"
        case .unexpectedCharacter: return nil
        case .unexpected(.symbol(.assign)), .expectedExpression(.symbol(.assign)):
            return "use '==' to compare"
        case .unexpected, .expectedExpression: return nil
        case .expectedClosing(_, let open, let at): return "the '\(open)' is at \(at)"
        case .neverClosed(_, let close): return "close it with '\(close)' before the end of the input"
        case .unmatchedClosing: return nil
        case .nestedTooDeeply: return "the limit is \(LanguageMessage.maxDepth) levels"
        case .tooManyTerms: return "split it with let, like 'let a = …' and then 'a + …'"
        case .chainedComparison: return "join them with 'and', like 'a < b and b < c'"
        case .notAssignable: return "assign to a property, like 'x.spent = 400万元', or to a name bound with 'let'"
        case .assignmentInExpression: return "use '==' to compare"
        case .expectedName: return nil
        case .reservedName: return "choose another name"
        case .unknownCommand(_, let s): return Self.didYouMean(s)
        case .expectedWord: return nil
        case .expectedFile: return "put the file name in quotes, like \"report.yaml\""
        case .unknownFormat(_, let s):
            return (Self.didYouMean(s).map { $0 + "; " } ?? "") + "formats: " + Keywords.exportFormats.joined(separator: ", ")
        case .unknownOption: return "the only option is '--all'"
        case .expectedPropertyTarget: return "name an indicator property, like '专项资金支出率.spent'"
        case .expectedEndOfStatement: return "put ';' or a new line between statements"
        case .onlyNamesCanBeCalled: return "functions are round, min, max, sum, abs, rate"
        case .expectedPropertyName: return "like 'x.score' or 'x.weight'"
        case .expectedMessageString: return "like: assert total >= 90, \"must stay 优\""
        case .expectedScenarioName: return "a scenario name is a word or a quoted string"
        }
    }

    /// The message as a diagnostic pointing at `span` of `file`, in the interface language.
    public func diagnostic(in file: SourceFile, at span: SourceSpan) -> Diagnostic {
        var d = InterfaceLanguage.current == .zh ? Diagnostic(.error, phase: phase, zhMessage, file: file, span: span, hint: zhHint)
                                                 : Diagnostic(.error, phase: phase, message, file: file, span: span, hint: hint)
        d.id = id
        return d
    }

    /// The one-line message in Chinese.
    /// A keyword as a Chinese message names it: its Chinese word (`to` → 到, `sweep` → 扫描) where it has one.
    static func zh(_ word: String) -> String {
        if let z = StatementRegistry.chineseSubwords[word] { return z }
        if let form = StatementRegistry.byKeyword[word], let z = form.keywords.first(where: { !$0.allSatisfy(\.isASCII) }) { return z }
        return word
    }

    public var zhMessage: String {
        switch self {
        case .unterminatedString: return "字符串没有结束引号"
        case .unknownEscape(let e): return "字符串中有未知的转义“\(e)”"
        case .groupingComma: return "千分位逗号后面必须是三位数字"
        case .invalidNumber(let text, let error):
            switch error {
            case .invalidNumber: return "“\(text)”不是数字"
            default: return "\(error.message)：“\(text)”"
            }
        case .unexpected(let t): return "这里不应出现 \(t.quoted(in: .zh))"
        case .unexpectedCharacter(let c): return "无法识别的字符“\(c)”"
        case .expectedExpression(let t): return "这里应是一个值，却是 \(t.quoted(in: .zh))"
        case .expectedClosing(let close, let open, _): return "缺少“\(close)”来闭合“\(open)”"
        case .neverClosed(let open, _): return "这个“\(open)”没有闭合"
        case .tooManyTerms: return "这个表达式超过 \(LanguageMessage.maxTerms) 项"
        case .unmatchedClosing(let c): return "多余的“\(c)”"
        case .nestedTooDeeply: return "表达式嵌套太深"
        case .chainedComparison: return "比较不能连写"
        case .notAssignable: return "不能给它赋值"
        case .assignmentInExpression: return "这里不应出现“=”"
        case .expectedName(let after): return "“\(Self.zh(after))”后面应是一个名称"
        case .reservedName(let w): return "“\(w)”是保留字，不能用作名称"
        case .unknownCommand(let w, _): return "未知命令“\(w)”"
        case .expectedWord(let w, let after): return "“\(Self.zh(after))”后面应是“\(Self.zh(w))”"
        case .expectedFile(let after): return "“\(Self.zh(after))”后面应是文件名"
        case .unknownFormat(let f, _): return "未知的导出格式“\(f)”"
        case .unknownOption(let o): return "未知选项“\(o)”"
        case .expectedPropertyTarget(let c): return "“\(c)”需要一个要修改的属性"
        case .expectedEndOfStatement(let t): return "语句结束后又出现了 \(t.quoted(in: .zh))"
        case .onlyNamesCanBeCalled: return "只有函数名可以调用"
        case .expectedPropertyName: return "“.”后面应是属性名"
        case .expectedMessageString: return "“,”后面应是一段说明文字（带引号）"
        case .expectedScenarioName(let after): return "“\(Self.zh(after))”后面应是情景名"
        }
    }

    /// The hint in Chinese, when there is one.
    public var zhHint: String? {
        switch self {
        case .unterminatedString: return "用“\"”结束字符串"
        case .unknownEscape: return "可用的转义：\\\" \\\\ \\n \\t"
        case .groupingComma: return "若要分隔参数，逗号后加空格，如 max(1, 0)"
        case .invalidNumber(_, .invalidNumber):
            return "千分位逗号每三位一组，如 1,073.13；分隔参数请写“, ”"
        case .invalidNumber: return nil
        case .unexpectedCharacter("%"), .unexpectedCharacter("％"):
            return "“%”是单位而不是运算符：紧跟在数字后面，如 6%"
        case .unexpectedCharacter: return nil
        case .unexpected(.symbol(.assign)), .expectedExpression(.symbol(.assign)):
            return "比较请用“==”"
        case .unexpected, .expectedExpression: return nil
        case .expectedClosing(_, let open, let at): return "“\(open)”在 \(at)"
        case .neverClosed(_, let close): return "在输入结束前用“\(close)”闭合"
        case .unmatchedClosing: return nil
        case .nestedTooDeeply: return "最多 \(LanguageMessage.maxDepth) 层"
        case .tooManyTerms: return "用 设 (let) 拆开，如 设 a = …，再写 a + …"
        case .chainedComparison: return "用 and 连接，如 a < b and b < c"
        case .notAssignable: return "给属性赋值，如 x.执行数 = 400万元，或给 设 (let) 定义的名称赋值"
        case .assignmentInExpression: return "比较请用“==”"
        case .expectedName: return nil
        case .reservedName: return "换一个名称"
        case .unknownCommand(_, let s): return s.isEmpty ? nil : Message.didYouMean.text(s.map { "“\($0)”" }.joined(separator: Message.didYouMeanOr.text()), in: .zh)
        case .expectedWord: return nil
        case .expectedFile: return "文件名放在引号里，如 \"report.yaml\""
        case .unknownFormat(_, let s):
            return (s.isEmpty ? "" : Message.didYouMean.text(s.map { "“\($0)”" }.joined(separator: "或"), in: .zh) + "；") + "格式：" + Keywords.exportFormats.joined(separator: ", ")
        case .unknownOption: return "唯一的选项是“--all”"
        case .expectedPropertyTarget: return "写出指标的属性，如 专项资金支出率.执行数"
        case .expectedEndOfStatement: return "语句之间用“;”、“。”或换行分开"
        case .onlyNamesCanBeCalled: return "函数有 round、min、max、sum、abs、rate"
        case .expectedPropertyName: return "如 x.得分 或 x.分值"
        case .expectedMessageString: return "如：断言 总分 >= 90, \"保持优\""
        case .expectedScenarioName: return "情景名是一个词或带引号的文字"
        }
    }

    // MARK: Implementation

    static func didYouMean(_ suggestions: [String]) -> String? {
        guard !suggestions.isEmpty else { return nil }
        return "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }
}
