/// Analysis statements: `compare`, `diff`, `save scenario`, `seek`, `sweep`, `impact`, `explain` (the logic is in WhatIf/).
extension Session {
    func runAnalysisStatement(_ st: Statement, file: SourceFile, into out: inout [Output]) throws(Diagnostic) {
        switch st.kind {
        case .compare(let names, let all):
            out.append(contentsOf: try runCompare(names, all: all, file: file, span: st.span))
        case .diff(let all):
            out.append(contentsOf: try runDiff(all: all, file: file, span: st.span))
        case .saveScenario(let name, let target, let force):
            out.append(contentsOf: try saveScenario(name, to: target, force: force, file: file))
        case .saveSession(let target, let force):
            out.append(contentsOf: try saveSession(to: target, force: force, file: file))
        case .seek(let target, let goal):
            out.append(contentsOf: try runSeek(target, goal: goal, file: file, span: st.span))
        case .sweep(let axes, let show):
            out.append(contentsOf: try runSweep(axes, show: show, file: file, span: st.span))
        case .impact:
            out.append(contentsOf: try runImpact(file: file, span: st.span))
        case .explain(let e):
            out.append(.document(try runExplain(e, file: file)))
        default:
            throw Diagnostic(phase: .evaluate, "not an analysis statement", file: file, span: st.span)
        }
    }
}
