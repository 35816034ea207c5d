import Foundation
import RubricCore

/// Builds the shell prompts (`rubric[seed003:乐观*]> `); colour escapes are bracketed with the libedit prompt marker.
struct Prompt {
    /// Whether the prompt is coloured.
    var colour: Bool

    /// The main prompt: report and scenario in brackets, `*` when there are unsaved changes.
    func main(_ info: PromptInfo) -> String {
        var inside = ""
        if let report = info.report, !report.isEmpty { inside += paint(report, "36") }
        if let scenario = info.scenario, !scenario.isEmpty {
            inside += (inside.isEmpty ? "" : ":") + paint(scenario, "33")
        }
        if info.unsaved { inside += paint("*", "1;31") }
        let head = paint("rubric", "1")
        return Self.mergeEscapes(inside.isEmpty ? head + "> " : head + "[" + inside + "]> ")
    }

    /// The continuation prompt shown while brackets or strings are open.
    var continuation: String { paint("....", "2") + "> " }

    /// Joins adjacent bracketed escapes (`\1A\1\1B\1` → `\1AB\1`): libedit mis-reads two markers in a row.
    static func mergeEscapes(_ prompt: String) -> String {
        let m = String(LineEditor.promptEscape)
        return prompt.replacingOccurrences(of: m + m, with: "")
    }

    /// `text` in an SGR colour, the escapes bracketed so libedit does not count them as columns.
    private func paint(_ text: String, _ code: String) -> String {
        guard colour else { return text }
        let m = String(LineEditor.promptEscape)
        return m + "\u{1B}[\(code)m" + m + text + m + "\u{1B}[0m" + m
    }
}
