import CLibEdit
import Foundation
import RubricCore
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// What one call to `LineEditor.readLine(prompt:)` got.
enum LineInput: Equatable {
    /// A line the user entered (without its line break).
    case line(String)
    /// Ctrl-C: the line was discarded.
    case interrupted
    /// Ctrl-D on an empty line, or the input closed.
    case endOfInput
}

/// An interactive line editor on libedit: emacs keys, prefix history search, Ctrl-R, Tab completion, persistent history.
///
/// Uses the wide-character API so Chinese text edits, moves and deletes by character.
/// Only one editor exists at a time (it owns the terminal).
final class LineEditor {
    /// The marker that brackets non-printing parts (colour escapes) of a prompt.
    static let promptEscape: Character = "\u{1}"

    /// Candidates for the word before the cursor (`line`, cursor as a UTF-8 offset).
    var completer: ((String, Int) -> Completion)?
    /// Where history is kept, or nil when it is not kept.
    let historyPath: String?

    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private var promptBuffer: UnsafeMutablePointer<wchar_t>
    private var search = HistorySearch()

    /// Opens the editor on stdin/stdout; `historyPath` nil keeps history in memory only.
    init(programName: String = "rubric", historyPath: String?) {
        _ = rubric_setlocale()
        // Our SIGINT handler must be in place before el_init so EL_SIGNAL chains to it.
        CtrlC.install()
        self.historyPath = historyPath
        guard let el = rubric_el_init(programName), let h = rubric_history_init() else {
            fatalError("libedit could not be initialised")
        }
        editLine = el
        history = h
        promptBuffer = UnsafeMutablePointer<wchar_t>.allocate(capacity: 1)
        promptBuffer.initialize(to: 0)

        rubric_history_setsize(h, 1000)
        rubric_history_setunique(h, 1)
        if let path = historyPath { Self.prepareHistoryFile(path); rubric_history_load(h, path) }
        search = HistorySearch(entries: Self.entries(of: h))

        rubric_el_set_editor(el, "emacs")
        rubric_el_set_signal(el, 1)
        rubric_el_set_hist(el, h)
        rubric_el_set_getcfn(el, readWideChar)
        rubric_el_set_prompt_esc(el, promptFunction, wchar_t(1))
        rubric_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())

        // History recall by prefix: type 专项, press Up. (libedit's ed-search-prev-history matches
        // anywhere in the line and reads the text as a regular expression, so the search is our own.)
        rubric_el_addfn(el, "rubric-history-older", "recall an earlier line starting with the text before the cursor", olderFunction)
        rubric_el_addfn(el, "rubric-history-newer", "recall a later line starting with the text before the cursor", newerFunction)
        for key in ["\\e[A", "\\eOA", "^P"] { rubric_el_bind(el, key, "rubric-history-older") }
        for key in ["\\e[B", "\\eOB", "^N"] { rubric_el_bind(el, key, "rubric-history-newer") }
        rubric_el_bind(el, "^R", "em-inc-search-prev")
        // Ctrl/Alt-arrows move by word; Home/End/Delete.
        for key in ["\\e[1;5D", "\\e[1;3D", "\\eb"] { rubric_el_bind(el, key, "ed-prev-word") }
        for key in ["\\e[1;5C", "\\e[1;3C", "\\ef"] { rubric_el_bind(el, key, "em-next-word") }
        for key in ["\\e[H", "\\eOH", "\\e[1~"] { rubric_el_bind(el, key, "ed-move-to-beg") }
        for key in ["\\e[F", "\\eOF", "\\e[4~"] { rubric_el_bind(el, key, "ed-move-to-end") }
        rubric_el_bind(el, "\\e[3~", "ed-delete-next-char")

        rubric_el_addfn(el, "rubric-complete", "complete the word before the cursor", completeFunction)
        rubric_el_bind(el, "^I", "rubric-complete")
        // A wide character typed mid-line is inserted by the reader, then this key redraws the line (see readWideChar).
        rubric_el_addfn(el, "rubric-redraw", "redraw the line", redrawFunction)
        rubric_el_bind(el, "^]", "rubric-redraw")
    }

    deinit {
        rubric_el_end(editLine)
        rubric_history_end(history)
        promptBuffer.deallocate()
    }

    /// Reads one line, showing `prompt` (which may contain colour escapes bracketed by `promptEscape`).
    func readLine(prompt: String) -> LineInput {
        setPrompt(prompt)
        search.reset()
        CtrlC.clear()
        var count: Int32 = 0
        let raw = rubric_el_wgets(editLine, &count)
        if CtrlC.isPending {
            CtrlC.clear()
            Terminal.out("^C\n")
            return .interrupted
        }
        guard let raw, count > 0 else { return .endOfInput }
        var text = Self.string(from: raw, count: Int(count))
        while let last = text.unicodeScalars.last, last == "\n" || last == "\r" { text.unicodeScalars.removeLast() }
        return .line(text)
    }

    /// Adds a line to history (not blank lines) and saves the history file.
    func addHistory(_ line: String) {
        guard !line.allSatisfy({ $0.isWhitespace }) else { return }
        let wide = Self.wide(line)
        wide.withUnsafeBufferPointer { _ = rubric_history_enter(history, $0.baseAddress) }
        search.add(line)
        if let path = historyPath {
            rubric_history_save(history, path)
            chmod(path, 0o600)
        }
    }

    /// The history file: `$RUBRIC_HISTORY` (empty turns history files off), else `$XDG_STATE_HOME/rubric/history`, else `~/.rubric_history`.
    static func defaultHistoryPath(environment: [String: String]) -> String? {
        if let path = environment["RUBRIC_HISTORY"] { return path.isEmpty ? nil : path }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/rubric/history" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.rubric_history" }
        return nil
    }

    // MARK: Implementation

    /// Creates the directories (mode 0700) and an empty file (mode 0600) when missing.
    private static func prepareHistoryFile(_ path: String) {
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty {
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o700])
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        if fd >= 0 { close(fd) }
        chmod(path, 0o600)
    }

    /// The prompt's width on screen (colour codes between the \u{1} markers take none).
    nonisolated(unsafe) static var promptWidth = 0

    private func setPrompt(_ prompt: String) {
        var visible = "", hidden = false
        for c in prompt { if c == "\u{1}" { hidden.toggle() } else if !hidden { visible.append(c) } }
        Self.promptWidth = DisplayWidth.of(visible)
        promptBuffer.deallocate()
        let wide = Self.wide(prompt)
        promptBuffer = UnsafeMutablePointer<wchar_t>.allocate(capacity: wide.count)
        promptBuffer.initialize(from: wide, count: wide.count)
    }

    fileprivate var currentPrompt: UnsafeMutablePointer<wchar_t> { promptBuffer }

    /// The line being edited and the part of it before the cursor.
    private func currentLine() -> (line: String, beforeCursor: String, charsAfterCursor: Int)? {
        guard let info = rubric_el_wline(editLine)?.pointee,
              let buffer = info.buffer, let cursor = info.cursor, let last = info.lastchar else { return nil }
        return (Self.string(from: buffer, count: last - buffer), Self.string(from: buffer, count: cursor - buffer), last - cursor)
    }

    /// Up (`older`) or Down: replaces the line with the next history line that starts with the prefix.
    fileprivate func recall(older: Bool) -> UInt8 {
        guard let current = currentLine() else { return RUBRIC_CC_ERROR }
        let found = older ? search.older(line: current.line, beforeCursor: current.beforeCursor)
                          : search.newer(line: current.line, beforeCursor: current.beforeCursor)
        guard let found else { return RUBRIC_CC_ERROR }
        rubric_el_cursor(editLine, Int32(current.charsAfterCursor))
        rubric_el_deletestr(editLine, Int32(current.line.unicodeScalars.count))
        insert(found)
        return RUBRIC_CC_REFRESH
    }

    /// Every history entry, oldest first.
    private static func entries(of h: OpaquePointer) -> [String] {
        var out: [String] = []
        var p = rubric_history_last_entry(h)
        while let entry = p {
            var text = string(from: entry, count: wcslen(entry))
            while text.hasSuffix("\n") { text.removeLast() }
            out.append(text)
            p = rubric_history_prev_entry(h)
        }
        return out
    }

    /// Tab: asks the completer, inserts the common prefix, lists the candidates when ambiguous.
    fileprivate func complete() -> UInt8 {
        // A Tab with more input already waiting is part of a paste (`print "a⇥b"`): it is text, not a request to complete.
        if Self.inputIsWaiting() {
            insert("\t")
            return RUBRIC_CC_REFRESH
        }
        guard let completer, let info = rubric_el_wline(editLine)?.pointee,
              let buffer = info.buffer, let cursorPtr = info.cursor, let last = info.lastchar else { return RUBRIC_CC_ERROR }
        let line = Self.string(from: buffer, count: last - buffer)
        let beforeCursor = Self.string(from: buffer, count: cursorPtr - buffer)
        let cursor = beforeCursor.utf8.count
        let completion = completer(line, cursor)
        guard completion.replaceFrom >= 0, completion.replaceFrom <= cursor else { return RUBRIC_CC_ERROR }
        let typedBytes = Array(beforeCursor.utf8)[completion.replaceFrom...]
        let typed = String(decoding: typedBytes, as: UTF8.self)
        let candidates = Self.unique(completion.candidates)

        switch candidates.count {
        case 0:
            return RUBRIC_CC_ERROR
        case 1:
            replace(typed, with: candidates[0])
            return RUBRIC_CC_REFRESH
        default:
            let common = Self.commonPrefix(candidates)
            if common.count > typed.count, common != typed {
                replace(typed, with: common)
                return RUBRIC_CC_REFRESH
            }
            let width = Terminal.size().columns
            Terminal.out("\n" + Columns.layout(candidates, width: width))
            return RUBRIC_CC_REDISPLAY
        }
    }

    /// True when stdin already holds two or more unread bytes: a paste arrives all at once, typing does not
    /// (a quick double Tab leaves one byte waiting, and still completes).
    static func inputIsWaiting() -> Bool {
        var waiting: Int32 = 0
        return ioctl(STDIN_FILENO, UInt(FIONREAD), &waiting) == 0 && waiting >= 2
    }

    /// Replaces `typed` (just before the cursor) with `text`.
    private func replace(_ typed: String, with text: String) {
        if text.hasPrefix(typed) {
            let rest = String(text.unicodeScalars.dropFirst(typed.unicodeScalars.count))
            insert(rest)
        } else {
            rubric_el_deletestr(editLine, Int32(typed.unicodeScalars.count))
            insert(text)
        }
    }

    private func insert(_ text: String) {
        guard !text.isEmpty else { return }
        let wide = Self.wide(text)
        wide.withUnsafeBufferPointer { _ = rubric_el_winsertstr(editLine, $0.baseAddress) }
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map({ Array($0) }) else { return "" }
        for word in words.dropFirst() {
            let chars = Array(word)
            var n = 0
            while n < prefix.count, n < chars.count, prefix[n] == chars[n] { n += 1 }
            prefix.removeSubrange(n...)
        }
        return String(prefix)
    }

    private static func unique(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }

    /// A NUL-terminated wide string.
    static func wide(_ s: String) -> [wchar_t] {
        s.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
    }

    static func string(from p: UnsafePointer<wchar_t>, count: Int) -> String {
        var out = String.UnicodeScalarView()
        for i in 0..<max(0, count) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: p[i])) { out.append(scalar) }
        }
        return String(out)
    }
}

// MARK: C callbacks (non-capturing; the editor is recovered through EL_CLIENTDATA)

private func editor(_ el: OpaquePointer?) -> LineEditor? {
    guard let el, let raw = rubric_el_get_clientdata(el) else { return nil }
    return Unmanaged<LineEditor>.fromOpaque(raw).takeUnretainedValue()
}

private let promptFunction: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<wchar_t>? = { el in
    editor(el)?.currentPrompt
}

private let olderFunction: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { el, _ in
    editor(el)?.recall(older: true) ?? RUBRIC_CC_ERROR
}

private let newerFunction: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { el, _ in
    editor(el)?.recall(older: false) ?? RUBRIC_CC_ERROR
}

private let completeFunction: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { el, _ in
    editor(el)?.complete() ?? RUBRIC_CC_ERROR
}

private let redrawFunction: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { _, _ in RUBRIC_CC_NORM }

/// Reads one character from stdin, decoding with the locale; gives up (-1) when Ctrl-C interrupts the read.
private let readWideChar: @convention(c) (OpaquePointer?, UnsafeMutablePointer<wchar_t>?) -> Int32 = { el, out in
    var state = mbstate_t()
    var byte: UInt8 = 0
    while true {
        let n = read(STDIN_FILENO, &byte, 1)
        if n == 0 { out?.pointee = 0; return 0 }
        if n < 0 {
            if errno == EINTR && !CtrlC.isPending {
                // SIGWINCH, SIGCONT: keep reading; back from Ctrl-Z, the prompt and the line are drawn again.
                if CtrlC.takeResumed(), let el {
                    Terminal.out("\r\u{1B}[K")
                    rubric_el_refresh(el)
                }
                continue
            }
            out?.pointee = 0
            return -1
        }
        var wc: wchar_t = 0
        let r = withUnsafePointer(to: &byte) { p in
            p.withMemoryRebound(to: CChar.self, capacity: 1) { mbrtowc(&wc, $0, 1, &state) }
        }
        // size_t is imported as Int: -2 is an incomplete sequence, -1 an invalid byte (skipped).
        if r == -2 { continue }
        if r == -1 {
            // An invalid or cut-short sequence is dropped, but a plain byte after it (Enter above all) still counts.
            state = mbstate_t()
            if byte < 0x80 { out?.pointee = wchar_t(byte); return 1 }
            continue
        }
        // libedit's incremental redraw misplaces a wide character inserted mid-line (the cursor lands a column too far
        // right and the next character is overwritten). Such a character is inserted here and the line is drawn
        // afresh from column 0 (EL_REFRESH assumes the cursor there); the key returned instead does nothing.
        if let el, let u = UnicodeScalar(UInt32(bitPattern: Int32(wc))), DisplayWidth.of(String(Character(u))) > 1,
           let info = rubric_el_wline(el)?.pointee, let buffer = info.buffer, let cursor = info.cursor, let last = info.lastchar, cursor < last,
           LineEditor.promptWidth + DisplayWidth.of(LineEditor.string(from: buffer, count: last - buffer)) + 2 < Terminal.size().columns {
            let text: [wchar_t] = [wc, 0]
            text.withUnsafeBufferPointer { _ = rubric_el_winsertstr(el, $0.baseAddress) }
            Terminal.out("\r\u{1B}[K")
            rubric_el_refresh(el)
            out?.pointee = 0x1D
            return 1
        }
        out?.pointee = wc
        return 1
    }
}
