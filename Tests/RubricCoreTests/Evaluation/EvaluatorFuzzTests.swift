import Testing
@testable import RubricCore

/// Random statements built from the grammar and the seed 003 report never crash the session:
/// every input returns, and every error comes back as a `.diagnostic` whose span lies inside its file.
@Suite struct EvaluatorFuzzTests {
    /// Builds statements from the pieces users type: references, properties, numbers with units, operators, commands.
    struct StatementGenerator {
        var rng: SplitMix64

        static let names = [
            "部门整体绩效目标产出指标完成情况", "产出指标完成情况", "效益指标", "部门预算资金支出率", "专项资金支出率",
            "专项资金绩效完成情况", "专项", "资金", "采购", "效能", "支出率", "履职效能", "管理效率", "采购内控制度建设",
            "合同备案时效性", "采购合同签订时效性", "数据质量", "绩效管理制度建设", "专项资金支出律", "不存在的指标",
            "total", "grade", "report", "scheme", "baseline", "args", "x", "y", "乐观", "none",
        ]
        static let paths = ["专项效能/专项资金支出率", "整体效能/部门预算资金支出率", "管理效率/采购", "履职效能/专项/支出率", "a/b"]
        static let codes = ["#1", "#2", "#1.1", "#1.2.2", "#1.1.1", "#2.5.5", "#2.5.6", "#2.7.2", "#9.9", "#1.2.2.3"]
        static let quoted = ["\"“三公”经费控制情况\"", "\"专项资金支出率\"", "\"\"", "\"nope\""]
        static let properties = Evaluator.indicatorProperties + Evaluator.reportProperties
            + ["places", "rates", "id", "overshoot", "overshoot-factor", "variant", "scroe", "foo"]
        static let settable = IndicatorField.settableNames + ["rate", "gap", "foo"]
        static let units = ["", "", "", "%", "％", "万元", "亿", "元", "家", "万人次"]
        static let functions = ["round", "min", "max", "sum", "abs", "rate", "count", "nosuch"]
        static let operators = ["+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "and", "or", "×", "÷", "≥"]
        static let strings = ["\"达成\"", "\"部分达成\"", "\"未达成\"", "\"manual\"", "\"execution-rate\"", "\"scheme\"",
                              "\"decrease\"", "\">=\"", "\"none\"", "\"优\"", "\"良\"", "\"\"", "\"x\\\"y\""]

        mutating func int(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        mutating func pick(_ items: [String]) -> String { items[int(items.count)] }
        mutating func chance(_ percent: Int) -> Bool { int(100) < percent }

        mutating func number() -> String {
            let digits: String
            switch int(10) {
            case 0: digits = "0"
            case 1: digits = String(repeating: "9", count: 20 + int(30))          // too large to be exact
            case 2: digits = "99999999999999999"                                 // at the edge
            case 3: digits = "\(int(1_000)),\(100 + int(900)).\(int(100))"         // grouped
            case 4: digits = "0.\(String(repeating: "0", count: int(20)))1"        // tiny
            case 5: digits = "\(int(100_000))"
            default: digits = "\(int(100)).\(int(100))"
            }
            return (chance(15) ? "-" : "") + digits + pick(Self.units)
        }

        mutating func reference() -> String {
            switch int(10) {
            case 0...4: return pick(Self.names)
            case 5, 6: return pick(Self.codes)
            case 7: return pick(Self.paths)
            default: return pick(Self.quoted)
            }
        }

        mutating func expression(_ depth: Int = 3) -> String {
            if depth == 0 || chance(30) {
                switch int(8) {
                case 0, 1: return number()
                case 2: return pick(Self.strings)
                case 3: return chance(50) ? "true" : "false"
                case 4: return reference() + "." + pick(Self.properties)
                case 5: return "[" + (0..<int(4)).map { _ in expression(0) }.joined(separator: ", ") + "]"
                default: return reference()
                }
            }
            switch int(6) {
            case 0: return "(" + expression(depth - 1) + ")"
            case 1: return (chance(50) ? "-" : "not ") + expression(depth - 1)
            case 2: return pick(Self.functions) + "(" + (0..<int(4)).map { _ in expression(depth - 1) }.joined(separator: ", ") + ")"
            case 3: return "(" + expression(depth - 1) + ")." + pick(Self.properties)
            default: return expression(depth - 1) + " " + pick(Self.operators) + " " + expression(depth - 1)
            }
        }

        mutating func value() -> String {
            switch int(6) {
            case 0: return "none"
            case 1: return pick(Self.strings)
            case 2: return expression(2)
            default: return number()
            }
        }

        mutating func statement() -> String {
            switch int(25) {
            case 0...5:
                let target = chance(85) ? reference() + "." + pick(Self.settable) : pick(["x", "y", "total"])
                return target + " " + pick(["=", "=", "+=", "-="]) + " " + value()
            case 6: return "scheme." + pick(["overshoot", "overshoot-factor", "variant", "places", "nosuch"]) + " = " + value()
            case 7, 8: return "print " + (0..<1 + int(3)).map { _ in expression() }.joined(separator: ", ")
            case 9: return "let " + pick(["x", "y", "专项", "print", "total"]) + " = " + expression()
            case 10: return "assert " + expression() + (chance(50) ? ", \"message\"" : "")
            case 11: return pick(["undo", "redo", "undo", "changes", "scenarios", "check", "reset"])
            case 12: return "reset " + reference() + (chance(50) ? "." + pick(Self.settable) : "")
            case 13: return "scenario " + pick(["乐观", "悲观", "a", "\"b c\"", "2023"]) + (chance(30) ? " from " + pick(["baseline", "乐观", "nope"]) : "")
            case 14: return pick(["use ", "drop "]) + pick(["乐观", "悲观", "a", "baseline", "nope"])
            case 15: return "leaves" + (chance(80) ? " where " + expression(2) : "")
            case 16: return "show" + (chance(70) ? " " + expression(1) : "")
            case 17: return "list targets" + (chance(50) ? " of " + reference() : "")
            case 18: return "use scheme " + pick(["\"guangzhou-department\"", "\"national-project\"", "\"missing.yaml\"", "nope"])
            case 19: return pick(["save", "save!", "export json", "export csv", "export md", "export pdf"]) + " " + pick(["\"out.yaml\"", "\"out.json\"", "seed003.tsv", "\"a/b.yaml\""])
            case 22: return pick(["save", "save!", "help", "scenarios"])
            case 20: return "help " + pick(["", "commands", "properties", "scheme", "execution-rate", "专项资金支出率", "nosuch", "专项"])
            case 21: return pick(["load \"missing.yaml\"", "load \"seed003.tsv\"", "load nosuch.txt", "load \"seed003.tsv\""])
            default: return expression()
            }
        }
    }

    /// Every error must be a diagnostic pointing into the text it complains about.
    func checkDiagnostics(_ outputs: [Output], input: SourceFile, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for o in outputs {
            guard case .diagnostic(let d) = o else { continue }
            // The statement at fault: the diagnostic's line of the input, or the whole (short) input.
            let at = d.span.map { input.lineText(input.location(of: $0.start).line) } ?? String(input.text.prefix(160))
            _ = d.rendered()
            guard d.severity == .error else { continue }
            guard let file = d.file else {
                Issue.record("error without a file for \(at.debugDescription): \(d.message)", sourceLocation: sourceLocation)
                continue
            }
            guard let span = d.span else {
                Issue.record("error without a span for \(at.debugDescription): \(d.message)", sourceLocation: sourceLocation)
                continue
            }
            #expect(span.start >= 0 && span.start <= span.end && span.end <= file.text.utf8.count,
                    "span \(span) outside \(file.name) for \(at.debugDescription)", sourceLocation: sourceLocation)
            if file.name == input.name {
                #expect(file == input, "\(at.debugDescription): \(d.message)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func threeThousandRandomStatementsNeverCrash() throws {
        var generator = StatementGenerator(rng: SplitMix64(seed: 20_260_603))
        var statements = 0, errors = 0, deltas = 0, inputs = 0
        for round in 0..<6 {
            let (session, _) = try EvaluationFixtures.seed003Session(arguments: round.isMultiple(of: 2) ? ["2023"] : [])
            session.keepGoing = round == 5
            while statements < (round + 1) * 500 {
                // Usually one statement an input; sometimes several on a line, as users paste them.
                let count = generator.chance(20) ? 2 + generator.int(3) : 1
                let text = (0..<count).map { _ in generator.statement() }.joined(separator: generator.chance(50) ? "; " : "\n")
                statements += count
                inputs += 1
                let input = SourceFile(name: "<input \(inputs)>", text: text)
                let outputs = session.run(input)
                checkDiagnostics(outputs, input: input)
                for o in outputs {
                    if case .diagnostic(let d) = o, d.severity == .error { errors += 1 }
                    if case .delta = o { deltas += 1 }
                }
                #expect(!session.wantsToQuit)
            }
            // The session still answers after everything it was fed.
            let after = SourceFile(name: "<after>", text: "print total, grade")
            let out = session.run(after)
            if case .text = out.first {} else {
                Issue.record("session stopped answering after round \(round): \(out)")
            }
        }
        #expect(statements >= 3_000)
        #expect(errors > 300, "the generator should reach many errors")
        #expect(deltas > 100, "the generator should make many successful changes")
    }

    @Test func scriptsWithKeepGoingRunEveryStatement() throws {
        var generator = StatementGenerator(rng: SplitMix64(seed: 77))
        let (session, _) = try EvaluationFixtures.seed003Session()
        session.keepGoing = true
        var lines: [String] = []
        while lines.count < 300 {
            let line = generator.statement()
            if (try? Parser.parse(line)) != nil { lines.append(line) }
        }
        let text = lines.joined(separator: "\n")
        let script = SourceFile(name: "fuzz.rubric", text: text)
        let result = session.runScript(script)
        checkDiagnostics(result.outputs, input: script)
        #expect(result.failure != nil)
        if let f = result.failure { #expect(result.outputs.contains(.diagnostic(f))) }
    }
}
