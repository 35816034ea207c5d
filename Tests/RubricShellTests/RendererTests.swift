import Testing
import RubricCore
@testable import RubricShell

@Suite struct ShellRendererTests {
    let input = SourceFile(name: "<input 1>", text: "专项资金支处率 + 1")

    var diagnostic: Diagnostic {
        Diagnostic(.error, phase: .resolve, "unknown name '专项资金支处率'", file: input,
                   span: SourceSpan(0, "专项资金支处率".utf8.count), hint: "did you mean '专项资金支出率'?")
    }

    var delta: ScoreDelta {
        ScoreDelta(action: "x = 1", moved: [], topLevel: [.init(code: "1", name: "决策", old: "20", new: "19.5")],
                   oldTotal: "91.42", newTotal: "90.92", oldGrade: "优", newGrade: "优", warnings: ["weights changed"])
    }

    /// The caret under 专项资金支处率 spans its 14 display columns.
    @Test func batchPutsDiagnosticsOnStderrAndEverythingElseOnStdout() {
        let outputs: [Output] = [
            .text("总分 91.42"),
            .diagnostic(diagnostic),
            .table(Table(columns: ["指标", "分"], rows: [["决策", "20"]])),
            .diagnostic(Diagnostic(.warning, phase: .evaluate, "score capped at weight")),
            .delta(delta),
            .document("帮助\n"),
        ]
        let (out, err) = renderForBatch(outputs)
        #expect(err == """
            <input 1>:1:1: error: unknown name '专项资金支处率'
                专项资金支处率 + 1
                ^~~~~~~~~~~~~~
            note: did you mean '专项资金支出率'?
            warning: score capped at weight

            """)
        #expect(out.hasPrefix("总分 91.42\n指标  分\n"))
        #expect(out.contains("决策  20\n"))
        #expect(out.contains("决策  20.00 → 19.50  -0.50"))
        #expect(out.contains("warning: weights changed"))  // a delta's warnings belong with the delta, on stdout
        #expect(out.hasSuffix("帮助\n"))
        #expect(!out.contains("error") && !out.contains("score capped"))
    }

    @Test func batchOutputHasNoEscapes() {
        let (out, err) = renderForBatch([.diagnostic(diagnostic), .delta(delta), .table(Table(columns: ["a"], rows: [["1"]]))])
        #expect(!ShellText.hasEscape(out))
        #expect(!ShellText.hasEscape(err))
        #expect(!out.isEmpty && !err.isEmpty)
    }

    @Test func batchTextEndsInExactlyOneLineBreak() {
        let (out, err) = renderForBatch([.text("a"), .text("b\n"), .text(""), .document("c")])
        #expect(out == "a\nb\nc\n")
        #expect(err == "")
    }

    @Test func shellRenderingKeepsOrderAndStreams() {
        let chunks = Renderer(style: Style(colour: true)).render([.text("a"), .diagnostic(diagnostic), .text("b")])
        #expect(chunks.map(\.stream) == [.stdout, .stderr, .stdout])
        #expect(chunks[1].text.contains("\u{1B}[1;31merror"))
        #expect(chunks[0].text == "a\n")
    }

    @Test func aWidthCutsWideTablesOnlyInTheShell() {
        let long = String(repeating: "专项", count: 30)
        let table = Output.table(Table(columns: ["code", "finding"], rows: [["1", long]]))
        let shell = Renderer(style: Style(colour: false), width: 40).render(table).text
        #expect(ShellText.lines(shell).allSatisfy { DisplayWidth.of($0) <= 40 })
        let (batch, _) = renderForBatch([table])
        #expect(batch.contains(long))
    }
}
