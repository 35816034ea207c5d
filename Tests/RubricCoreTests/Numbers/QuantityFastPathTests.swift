import Testing
@testable import RubricCore

/// Figures read from their bytes (the load's fast path) against the full reading: the same value and unit, always.
@Suite struct QuantityFastPathTests {
    static func fast(_ text: String) -> Quantity? {
        var t = text
        return t.withUTF8 { Quantity.parsedFast($0) }
    }

    @Test(arguments: ["1,073.13", "94.91%", "400万元", "2.27亿元", "2.27亿", "25.6元", "1500万人次", "600家", "-0.4%", "106人", "0"])
    func theFormsReportsWriteAreReadFromTheirBytes(_ text: String) throws {
        let q = try #require(Self.fast(text), "\(text) takes the long path")
        let full = try Quantity(parsingAnyForm: text)
        #expect(q.value == full.value && q.unit == full.unit, "\(text): \(q) against \(full)")
    }

    @Test(arguments: ["94.91％", "１００", "12 家", "12家1", "5%%", "万元", "1,0000", "3.5万元/年", "", "+", "1.2.3",
                      "3千万元", "1.2万亿元", "2千人", "5百家", "100千瓦"])
    func otherFormsTakeTheLongPath(_ text: String) {
        #expect(Self.fast(text) == nil, "\(text)")
    }

    /// Random numbers with every unit and sign: wherever the fast path reads one, the full reading agrees.
    @Test func randomFiguresAgreeWithTheFullReading() {
        var rng = SplitMix64(seed: 15)
        let units = ["", "%", "万元", "万", "亿元", "亿", "元", "家", "人次", "万人次", "万家", "％", " 家", "个1", "千万元", "万亿元", "千人", "百家"]
        var fastCount = 0
        for _ in 0..<20_000 {
            let whole = Int(rng.next() % 10_000_000)
            let grouped = rng.next() % 3 == 0
            var text = grouped ? String(whole).reversed().enumerated().map { ($0.offset > 0 && $0.offset % 3 == 0 ? "," : "") + String($0.element) }.reversed().joined() : String(whole)
            let places = Int(rng.next() % 8)
            if places > 0 { text += "." + String((0..<places).map { _ in Character(String(rng.next() % 10)) }) }
            if rng.next() % 5 == 0 { text = "-" + text }
            text += units[Int(rng.next() % UInt64(units.count))]
            let full = try? Quantity(parsingAnyForm: text)
            if let q = Self.fast(text) {
                fastCount += 1
                #expect(full != nil && q.value == full!.value && q.unit == full!.unit, "\(text): \(q) against \(String(describing: full))")
            }
        }
        #expect(fastCount > 7_000)
    }
}

/// Plain numbers read from their bytes against the general reader (full-width digits, trimming, every error).
@Suite struct DecimalFastPathTests {
    @Test func randomNumbersAgreeWithTheGeneralReader() {
        var rng = SplitMix64(seed: 1073)
        let alphabet: [String] = ["0", "1", "7", "9", ",", ".", "-", "+", "5", "3", "0", "4"]
        var read = 0
        for _ in 0..<50_000 {
            let text = (0..<Int(1 + rng.next() % 22)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }.joined()
            var t = text
            let fast = t.withUTF8 { ExactDecimal.parsedFast($0) }
            // The general reader on a copy it cannot take the fast path for (a trailing blank it trims).
            let general = try? ExactDecimal(parsing: text + " ")
            if let fast {
                read += 1
                #expect(general == fast && general?.scale == fast.scale, "\(text): \(fast) against \(String(describing: general))")
            } else if let general, text.utf8.count <= 40 {
                // Declined while the general reader accepts: only for more than 18 digits (zeros it may drop).
                #expect(text.filter(\.isNumber).count > 18, "\(text) declined, the general reader gives \(general)")
            }
        }
        #expect(read > 5_000, "\(read) read fast")
    }
}
