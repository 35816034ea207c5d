import Testing
@testable import RubricShell

/// The pure parts of the line editor: completion prefix, wide strings, history file location.
@Suite struct ShellLineEditorTests {
    @Test func theCommonPrefixOfCandidatesIsCountedInCharacters() {
        #expect(LineEditor.commonPrefix(["专项资金支出率", "专项资金到位率", "专项资金使用"]) == "专项资金")
        #expect(LineEditor.commonPrefix(["专项效能", "专项资金"]) == "专项")
        #expect(LineEditor.commonPrefix(["score"]) == "score")
        #expect(LineEditor.commonPrefix(["a", "b"]) == "")
        #expect(LineEditor.commonPrefix([]) == "")
    }

    @Test func wideStringsRoundTripChineseText() {
        let text = "专项资金支出率.spent = 447,720.15万元"
        let wide = LineEditor.wide(text)
        #expect(wide.last == 0)
        #expect(wide.count == text.unicodeScalars.count + 1)
        let back = wide.withUnsafeBufferPointer { LineEditor.string(from: $0.baseAddress!, count: wide.count - 1) }
        #expect(back == text)
    }

    @Test func historyFileFollowsTheEnvironment() {
        #expect(LineEditor.defaultHistoryPath(environment: ["RUBRIC_HISTORY": "/tmp/h", "HOME": "/home/u"]) == "/tmp/h")
        #expect(LineEditor.defaultHistoryPath(environment: ["RUBRIC_HISTORY": "", "HOME": "/home/u"]) == nil)
        #expect(LineEditor.defaultHistoryPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/home/u"]) == "/s/rubric/history")
        #expect(LineEditor.defaultHistoryPath(environment: ["HOME": "/home/u"]) == "/home/u/.rubric_history")
        #expect(LineEditor.defaultHistoryPath(environment: [:]) == nil)
    }
}
