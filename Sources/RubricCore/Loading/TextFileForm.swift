import Foundation

/// How a loaded text file is written — its encoding, byte-order mark, line ends and comments — so that `save` over it
/// keeps the first three and refuses to drop the comments without being told (`save!`).
public struct TextFileForm: Sendable, Equatable {
    /// The encoding the file was read in.
    public var encoding: TextDecoding.Encoding
    /// For UTF-16: the high byte of each unit comes first (a FE FF mark).
    public var bigEndian = false
    /// The file starts with a byte-order mark (UTF-8's EF BB BF, or UTF-16's).
    public var byteOrderMark: Bool
    /// Lines end in CR LF (Windows).
    public var crlf: Bool
    /// The file's YAML comments, as written (`# 2023 年数据`), in order.
    public var comments: [String]

    /// UTF-8 without a mark, LF line ends: the form Rubric writes text in anyway.
    public var isPlain: Bool { encoding == .utf8 && !byteOrderMark && !crlf }

    /// The form of `bytes`, or nil when they are not text Rubric reads.
    public static func of(_ bytes: [UInt8]) -> TextFileForm? {
        guard case .success(let decoded) = TextDecoding.decode(bytes, name: "") else { return nil }
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        return TextFileForm(encoding: decoded.encoding, bigEndian: bytes.starts(with: [0xFE, 0xFF]), byteOrderMark: bom,
                            crlf: decoded.text.utf8.contains(0x0D) && decoded.text.contains("\r\n"), comments: YAMLComments.texts(in: decoded.text))
    }

    /// The comments of this file that `text` does not hold (what a save of `text` over the file would drop).
    public func comments(droppedBy text: String) -> [String] {
        var kept = [String: Int]()
        for c in YAMLComments.texts(in: text) { kept[c, default: 0] += 1 }
        var out: [String] = []
        for c in comments {
            if let k = kept[c], k > 0 { kept[c] = k - 1 } else { out.append(c) }
        }
        return out
    }

    /// `text` (with LF line ends) in this form: the same encoding, mark and line ends; nil when the encoding cannot
    /// hold a character of it.
    public func encode(_ text: String) -> [UInt8]? {
        let lines = crlf ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n") : text
        switch encoding {
        case .utf8:
            return (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(lines.utf8)
        case .utf16:
            var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
            for u in lines.utf16 {
                let (high, low) = (UInt8(u >> 8), UInt8(u & 0xFF))
                out += bigEndian ? [high, low] : [low, high]
            }
            return out
        case .gb18030:
            return TextDecoding.gb18030Bytes(lines)
        }
    }
}

/// The comments of a YAML text, found line by line: a `#` at the start of a line's content, or after a blank, outside
/// quoted scalars (a quote opens one only where a value starts; `''` and `\"` do not close it; one may run over
/// lines) and outside the body of a block scalar (`|`, `>`).
public enum YAMLComments {
    /// Each comment's text from its `#` to the end of its line, trailing blanks dropped.
    public static func texts(in text: String) -> [String] {
        var out: [String] = []
        var quote: Character? = nil            // an open quoted scalar, carried over lines
        var blockIndent: Int? = nil           // inside a block scalar's body: the indentation of the line that opened it
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let line = Array(raw)
            var k = 0
            while k < line.count && line[k] == " " { k += 1 }
            let indent = k
            if let b = blockIndent {
                // The body: blank lines and lines indented past the opener's.
                if k == line.count || k > b { continue }
                blockIndent = nil
            }
            var valueStart = quote == nil
            var previous: Character = " "
            var lastValue = ""                   // the plain text of the line's last value, to spot `|` and `>`
            while k < line.count {
                let ch = line[k]
                if let q = quote {
                    if q == "\"" && ch == "\\" { k += 2; previous = "x"; continue }
                    if ch == q {
                        if q == "'" && k + 1 < line.count && line[k + 1] == "'" { k += 2; continue }
                        quote = nil
                    }
                    previous = ch; k += 1; continue
                }
                if ch == "#" && (previous == " " || previous == "\t") {
                    var comment = String(line[k...])
                    while comment.last == " " || comment.last == "\t" { comment.removeLast() }
                    out.append(comment)
                    break
                }
                if valueStart && (ch == "\"" || ch == "'") {
                    quote = ch; valueStart = false; lastValue = ""
                    previous = ch; k += 1; continue
                }
                if ch == " " || ch == "\t" {
                    previous = ch; k += 1; continue
                }
                // After `key: `, `- `, `[`, `{` or `,` a value starts.
                let next: Character = k + 1 < line.count ? line[k + 1] : " "
                let blankNext = next == " " || next == "\t"
                if ch == ":" && blankNext || ch == "-" && blankNext && valueStart || ch == "[" || ch == "{" || ch == "," {
                    valueStart = true; lastValue = ""
                } else {
                    if valueStart { lastValue = "" }
                    valueStart = false
                    lastValue.append(ch)
                }
                previous = ch; k += 1
            }
            // A block scalar's indicator ends the line: its body follows.
            if quote == nil, let first = lastValue.first, first == "|" || first == ">",
               lastValue.dropFirst().allSatisfy({ "+-0123456789".contains($0) }) {
                blockIndent = indent
            }
        }
        return out
    }
}
