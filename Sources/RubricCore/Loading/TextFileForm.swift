import Foundation

/// How a loaded text file is written — its encoding, byte-order mark, line ends and comments — so that `save` over it
/// keeps the first three and refuses to drop the comments without being told (`save!`).
public struct TextFileForm: Sendable, Equatable {
    public var encoding: TextDecoding.Encoding
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
        return TextFileForm(encoding: decoded.encoding, byteOrderMark: bom, crlf: decoded.text.utf8.contains(0x0D) && decoded.text.contains("\r\n"),
                            comments: YAMLComments.texts(in: decoded.text))
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
            var out: [UInt8] = [0xFF, 0xFE]
            for u in lines.utf16 { out.append(UInt8(u & 0xFF)); out.append(UInt8(u >> 8)) }
            return out
        case .gb18030:
            return TextDecoding.gb18030Bytes(lines)
        }
    }
}

/// The comments of a YAML text, found line by line: a `#` at the start of a line, or after a space outside quotes.
public enum YAMLComments {
    /// Each comment's text from its `#` to the end of its line, trailing spaces dropped.
    public static func texts(in text: String) -> [String] {
        var out: [String] = []
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            guard line.contains("#") else { continue }
            var quote: Character? = nil
            var previous: Character = " "
            var index = line.startIndex
            while index < line.endIndex {
                let ch = line[index]
                if let q = quote {
                    if ch == q { quote = nil }
                } else if ch == "\"" || ch == "'" {
                    // A quote opens a quoted scalar only where a scalar starts (after `: `, `- ` or at the line's start).
                    if previous == " " || previous == "\t" || previous == "[" || previous == "{" || previous == "," { quote = ch }
                } else if ch == "#", previous == " " || previous == "\t" {
                    var comment = String(line[index...])
                    while comment.last == " " || comment.last == "\t" { comment.removeLast() }
                    out.append(comment)
                    break
                }
                previous = ch
                index = line.index(after: index)
            }
        }
        return out
    }
}
