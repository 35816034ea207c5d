import Testing
import RubricCore
@testable import RubricShell

@Suite struct ShellPromptTests {
    let marker = "\u{1}"

    /// The prompt with every `\1…\1` bracketed part removed: what libedit counts as columns.
    func visible(_ prompt: String) -> String {
        var out = "", inside = false
        for ch in prompt {
            if ch == "\u{1}" { inside.toggle(); continue }
            if !inside { out.append(ch) }
        }
        return out
    }

    @Test func plainPromptShowsReportScenarioAndUnsavedMarker() {
        let p = Prompt(colour: false)
        #expect(p.main(PromptInfo(report: "seed003", scenario: "乐观", unsaved: true)) == "rubric[seed003:乐观*]> ")
        #expect(p.main(PromptInfo(report: "seed003", scenario: "乐观")) == "rubric[seed003:乐观]> ")
        #expect(p.main(PromptInfo(report: "seed003")) == "rubric[seed003]> ")
        #expect(p.main(PromptInfo(scenario: "乐观")) == "rubric[乐观]> ")
        #expect(p.main(PromptInfo(report: "seed003", unsaved: true)) == "rubric[seed003*]> ")
        #expect(p.main(PromptInfo()) == "rubric> ")
        #expect(p.main(PromptInfo(report: "", scenario: "")) == "rubric> ")
    }

    @Test func plainPromptsHaveNoEscapesAndNoMarkers() {
        let p = Prompt(colour: false)
        for prompt in [p.main(PromptInfo(report: "seed003", scenario: "乐观", unsaved: true)), p.continuation] {
            #expect(!prompt.contains(marker))
            #expect(!ShellText.hasEscape(prompt))
        }
        #expect(p.continuation == "....> ")
    }

    @Test func colouredPromptBracketsEveryEscapeWithTheMarker() {
        let p = Prompt(colour: true)
        let prompt = p.main(PromptInfo(report: "seed003", scenario: "乐观", unsaved: true))
        #expect(ShellText.hasEscape(prompt))
        #expect(prompt.filter { $0 == "\u{1}" }.count % 2 == 0)
        // Outside the markers: exactly the plain prompt, no escapes.
        #expect(visible(prompt) == "rubric[seed003:乐观*]> ")
        // Inside the markers: escapes only.
        let hidden = prompt.split(separator: "\u{1}", omittingEmptySubsequences: false)
            .enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        #expect(!hidden.isEmpty)
        for part in hidden { #expect(part.hasPrefix("\u{1B}["), "\(part.debugDescription)") }
        #expect(prompt.contains("\u{1B}[36m" + marker + "seed003"))
        #expect(prompt.contains("\u{1B}[33m" + marker + "乐观"))
    }

    @Test func adjacentBracketedEscapesAreMerged() {
        let prompt = Prompt(colour: true).main(PromptInfo(report: "seed003", scenario: "乐观", unsaved: true))
        #expect(!prompt.contains(marker + marker))
        #expect(Prompt.mergeEscapes("\u{1}A\u{1}\u{1}B\u{1}x") == "\u{1}AB\u{1}x")
    }

    @Test func colouredContinuationShowsTheSameColumns() {
        let p = Prompt(colour: true)
        #expect(p.continuation.contains(marker))
        #expect(visible(p.continuation) == "....> ")
    }
}
