import Foundation
import Testing

/// The pseudo-terminal harness itself, checked against /bin/sh so a failure of the shell tests is not the harness's.
@Suite("PTY harness", .serialized)
struct PTYHarnessTests {
    @Test func theChildHasATerminalAndSeesTheRequestedSize() throws {
        let session = try PTYSession(executable: "/bin/sh", args: ["-c", "test -t 0 && echo tty-yes; stty size"], rows: 33, columns: 77)
        defer { session.terminate() }
        try session.waitFor("tty-yes")
        try session.waitFor("33 77")
    }

    @Test func typedLinesReachTheChildAsInput() throws {
        let session = try PTYSession(executable: "/bin/sh", args: ["-c", "read a; echo \"got:$a\""])
        defer { session.terminate() }
        session.send("专项资金\r")
        try session.waitFor("got:专项资金")
        #expect(session.waitForExit() == 0)
    }

    @Test func ctrlCRaisesSIGINTInTheChild() throws {
        let session = try PTYSession(executable: "/bin/sh", args: ["-c", "trap 'echo caught-int; exit 3' INT; echo ready; sleep 5 & wait"])
        defer { session.terminate() }
        try session.waitFor("ready")
        session.send("\u{03}")
        try session.waitFor("caught-int")
        #expect(session.waitForExit() == 3)
    }

    @Test func ansiEscapesAreStrippedFromTheScreenText() {
        let raw = "\u{1B}[1mrubric\u{1B}[0m[\u{1B}[36mseed003\u{1B}[39m]> \r\n\u{1B}]0;title\u{07}ok"
        #expect(PTYSession.stripANSI(raw) == "rubric[seed003]> \nok")
    }
}
