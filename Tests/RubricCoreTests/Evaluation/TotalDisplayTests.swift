import Testing
@testable import RubricCore

/// `total` reads at the scheme's places, as the banner and tables show it, whatever digits the scores carry.
@Suite struct TotalDisplayTests {
    @Test func aWholeTotalReadsWithTheSchemesPlaces() throws {
        // Seed 004's published scores are whole (49 + 44): the total still reads 93.00.
        let s = try EnteredScoreTests().session("seed004-haizhu-2022.yaml")
        #expect(EnteredScoreTests().printed(s, "total") == "93.00")
        #expect(EnteredScoreTests().printed(s, "baseline.total") == "93.00")
        #expect(EnteredScoreTests().printed(s, "total == 93") == "true", "the padding changes the digits shown, not the value")
    }
}
