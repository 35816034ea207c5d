/// Terminal column widths of text: East Asian wide and full-width characters take two columns, combining marks none.
public enum DisplayWidth {
    /// The number of terminal columns `text` occupies; ASCII text is counted from its bytes.
    public static func of(_ text: String) -> Int {
        var t = text
        return t.withUTF8 { of(utf8: $0) }
    }

    /// The number of terminal columns of valid UTF-8 text, decoded in place.
    public static func of(utf8 b: UnsafeBufferPointer<UInt8>) -> Int {
        var w = 0
        var i = 0
        var retry = 0
        let n = b.count
        while i < n {
            // Eight ASCII bytes at a time, none of them a control character: eight columns (tried at ASCII only, and
            // not again until those eight bytes are past when it fails).
            // The last one to seven bytes are read into a word too, the bytes beyond them left out of the test.
            if i >= retry && b[i] < 0x80 {
                let k = min(8, n &- i)
                var x: UInt64 = 0
                if k == 8 { x = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self) }
                else { for j in 0..<k { x |= UInt64(b[i &+ j]) << UInt64(8 &* j) } }   // byte j in the word's byte j
                let high: UInt64 = k == 8 ? 0x8080_8080_8080_8080 : 0x8080_8080_8080_8080 & ((1 << UInt64(8 &* k)) &- 1)
                let belowSpace = (x &- 0x2020_2020_2020_2020) & ~x & high
                let d = x ^ 0x7F7F_7F7F_7F7F_7F7F
                let isDelete = (d &- 0x0101_0101_0101_0101) & ~d & high
                if (x & high) | belowSpace | isDelete == 0 {
                    w &+= k
                    i &+= k
                    continue
                }
                retry = i &+ k
            }
            let c = b[i]
            if c < 0x80 {
                if c >= 0x20 && c != 0x7F || c == 0x09 { w &+= 1 }
                i &+= 1
                continue
            }
            // Lead bytes E5–E9 begin U+5000–U+9FFF, all CJK ideographs: two columns, nothing to decode.
            if c >= 0xE5 && c <= 0xE9 && i + 2 < n {
                w &+= 2
                i &+= 3
                continue
            }
            var v: UInt32
            if c < 0xE0, i + 1 < n {
                v = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                i &+= 2
            } else if c < 0xF0, i + 2 < n {
                v = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                i &+= 3
            } else if i + 3 < n {
                v = UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
                i &+= 4
            } else {
                v = 0xFFFD
                i = n
            }
            w &+= v >= 0x4E00 && v <= 0x9FFF ? 2 : of(Unicode.Scalar(v) ?? "\u{FFFD}")
        }
        return w
    }

    /// The number of terminal columns `text` occupies.
    public static func of<S: StringProtocol>(_ text: S) -> Int { ofScalars(text) }

    static func ofScalars<S: StringProtocol>(_ text: S) -> Int {
        var w = 0
        for scalar in text.unicodeScalars { w += of(scalar) }
        return w
    }

    /// The number of terminal columns one scalar occupies (0, 1 or 2).
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v == 0x09 { return 1 }   // a tab is shown as one space in diagnostics
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        // Combining marks and zero-width characters.
        if (0x0300...0x036F).contains(v) || (0x200B...0x200F).contains(v) || (0xFE00...0xFE0F).contains(v)
            || (0x20D0...0x20FF).contains(v) || v == 0x2060 || v == 0xFEFF { return 0 }
        if isWide(v) { return 2 }
        return 1
    }

    /// `text` padded with spaces on the right (or left) to `width` columns.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false, measured: Int? = nil) -> String {
        let w = measured ?? of(text)
        if w >= width { return text }
        let spaces = String(repeating: " ", count: width - w)
        return alignRight ? spaces + text : text + spaces
    }

    /// `text` padded with spaces on the right (or left) to `width` columns.
    public static func pad<S: StringProtocol>(_ text: S, to width: Int, alignRight: Bool = false) -> String {
        let w = of(text)
        if w >= width { return String(text) }
        let spaces = String(repeating: " ", count: width - w)
        return alignRight ? spaces + text : text + spaces
    }

    /// `text` cut to at most `width` columns, ending in "…" when cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        if of(text) <= width { return text }
        var out = ""
        var w = 0
        for ch in text {
            var cw = 0
            for u in ch.unicodeScalars { cw += of(u) }   // no String per character
            if w + cw > width - 1 { break }
            out.append(ch); w += cw
        }
        return out + "…"
    }

    static func isWide(_ v: UInt32) -> Bool {
        if v >= 0x4E00 && v <= 0x9FFF { return true }   // CJK Unified, by far the most common: asked first
        if v < 0x1100 { return false }
        return (0x1100...0x115F).contains(v)     // Hangul Jamo
            || (0x2E80...0x303E).contains(v)     // CJK radicals, punctuation
            || (0x3041...0x33FF).contains(v)     // Kana, CJK symbols
            || (0x3400...0x4DBF).contains(v)     // CJK Ext A
            || (0x4E00...0x9FFF).contains(v)     // CJK Unified
            || (0xA000...0xA4CF).contains(v)     // Yi
            || (0xAC00...0xD7A3).contains(v)     // Hangul syllables
            || (0xF900...0xFAFF).contains(v)     // CJK compatibility
            || (0xFE30...0xFE4F).contains(v)     // CJK compatibility forms
            || (0xFF00...0xFF60).contains(v)     // Full-width forms
            || (0xFFE0...0xFFE6).contains(v)
            || (0x1F300...0x1F64F).contains(v)   // emoji
            || (0x1F900...0x1F9FF).contains(v)
            || (0x20000...0x3FFFD).contains(v)   // CJK Ext B+
    }
}
