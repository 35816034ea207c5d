import Testing
@testable import RubricCore

/// Widths counted from UTF-8 bytes (eight ASCII bytes at a time, CJK by lead byte) agree with the count by scalars.
@Suite struct DisplayWidthTests {
    @Test func byteCountAgreesWithScalarCountOnMixedText() {
        var rng = SplitMix64(seed: 41)
        let pieces: [String] = ["a", "Z", "0", " ", "-", "\t", "\u{7}", "\u{7F}", "\u{1B}", "指", "标", "完", "成", "䷀", "㐀",
                                "（", "：", "·", "…", "±", "é", "\u{301}", "🙂", "⚠", "一", "龥"]
        for _ in 0..<20_000 {
            let n = Int(rng.next() % 24)
            let text = (0..<n).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            var t = text
            let bytes = t.withUTF8 { DisplayWidth.of(utf8: $0) }
            #expect(bytes == DisplayWidth.ofScalars(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        // Every ASCII run length from 0 to 20, with a control character at each place.
        for length in 0...20 {
            let plain = String(repeating: "x", count: length)
            #expect(DisplayWidth.of(plain) == length)
            for k in 0..<length {
                var chars = Array(plain)
                chars[k] = "\u{1}"
                #expect(DisplayWidth.of(String(chars)) == length - 1)
            }
        }
    }
}
