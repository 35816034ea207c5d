import Testing
@testable import RubricCore

/// The score table's cells: numbers written into the row's buffer as the String formatters write them, each with the
/// width of what is written.
@Suite struct ScoreRowsTests {
    static func written(_ x: ExactDecimal, _ form: ScoreRows.NumberForm) -> (text: String, width: Int) {
        var cells = RowCells(columns: 2)
        cells.append("甲乙", indent: 1)      // a cell before it: the number's bytes and width are its own
        ScoreRows.number(x, form, into: &cells)
        return (cells.text(1), cells.width(1))
    }

    @Test func numbersAreWrittenAsTheFormattersWriteThemAndMeasuredAsWritten() {
        var rng = SplitMix64(seed: 27)
        for _ in 0..<20_000 {
            let scale = Int8(rng.next() % 9)
            let magnitude = Int64(rng.next() % 10_000_000_000)
            let x = ExactDecimal(significand: rng.next() % 3 == 0 ? -magnitude : magnitude, scale: scale)
            let places = Int(rng.next() % 5)
            let forms: [(ScoreRows.NumberForm, String)] = [
                (.fixed(places), x.formatted(places: places)),
                (.short(6), x.shortText()),
                (.short(4), x.shortText(maxPlaces: 4)),
                (.signed(places), ScoreTable.signed(x, places: places)),
            ]
            for (form, expected) in forms {
                let (text, width) = Self.written(x, form)
                #expect(text == expected, "\(x) \(form): \(text) against \(expected)")
                #expect(width == DisplayWidth.of(text), "\(x) \(form): width of \(text)")
            }
        }
    }

    @Test func cellsKeepTheirBytesAndWidthsAcrossAGrowingBuffer() {
        var cells = RowCells(columns: 3)
        let long = String(repeating: "指标", count: 200)          // 1,200 bytes: the buffer grows
        cells.append("1.2")
        cells.append(long, indent: 4)
        cells.appendEmpty()
        cells.append("beyond the columns")                         // a fourth cell is not kept
        #expect(cells.count == 3)
        #expect(cells.text(0) == "1.2" && cells.width(0) == 3)
        #expect(cells.text(1) == "    " + long && cells.width(1) == 4 + 800)
        #expect(cells.text(2).isEmpty && cells.width(2) == 0)
        cells.reset()
        cells.append("⚠")
        #expect(cells.count == 1 && cells.text(0) == "⚠" && cells.width(0) == DisplayWidth.of("⚠"))
    }

    @Test func smallFiguresAreWrittenDigitForDigit() {
        // Magnitudes below 100,000 at 0–4 places (the writer's short path) and larger ones, both signs, against text made here.
        var rng = SplitMix64(seed: 31)
        let large = (0..<3_000).map { _ in Int64(rng.next() % 1_000_000_000_000) } + [99_999, 100_000, 999_999, 1_000_000, Int64.max]
        for magnitude in Array(stride(from: Int64(0), to: 100_000, by: 7)) + large {
            for scale in 0...(magnitude >= 100_000 ? 8 : 4) {
                for sign in [Int64(1), -1] where magnitude > 0 || sign == 1 {
                    let x = ExactDecimal(significand: sign * magnitude, scale: Int8(scale))
                    let digits = String(repeating: "0", count: max(0, scale + 1 - String(magnitude).count)) + String(magnitude)
                    let whole = digits.dropLast(scale), fraction = digits.suffix(scale)
                    let expected = (sign < 0 ? "-" : "") + whole + (scale > 0 ? "." + fraction : "")
                    let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { out in
                        String(decoding: UnsafeBufferPointer(start: out.baseAddress!, count: x.writePlain(into: out.baseAddress!)), as: UTF8.self)
                    }
                    if written != expected { Issue.record("\(sign * magnitude)e-\(scale): \(written), not \(expected)"); return }
                    #expect(x.plainLength.length == expected.utf8.count)
                }
            }
        }
    }
}
