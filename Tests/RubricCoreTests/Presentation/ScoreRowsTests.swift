import Testing
@testable import RubricCore

/// The score table's cells: numbers written from a stack buffer as the String formatters write them, and widths
/// reckoned without writing equal to the widths of what is written.
@Suite struct ScoreRowsTests {
    static func written(_ x: ExactDecimal, _ form: ScoreRows.NumberForm) -> String {
        var text = ""
        ScoreRows.number(x, form) { text = String(decoding: $0, as: UTF8.self) }
        return text
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
                let text = Self.written(x, form)
                #expect(text == expected, "\(x) \(form): \(text) against \(expected)")
                #expect(ScoreRows.numberWidth(x, form) == DisplayWidth.of(text), "\(x) \(form): width of \(text)")
            }
        }
    }
}
