/// Analysis statements: `compare`, `diff`, `save scenario`, `seek`, `sweep`, `impact`, `explain` (see WhatIf/).
extension Session {
    func runAnalysisStatement(_ st: Statement, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        throw Diagnostic(phase: .evaluate, "this statement is not available yet", file: file, span: st.span)
    }

    func startTutorial(file: SourceFile) throws(Diagnostic) -> [Output] {
        throw Diagnostic(phase: .evaluate, "the tutorial is not available yet", file: file)
    }

    func tutorialAnswer(_ input: SourceFile, step: Int) -> [Output]? { nil }
}
