import Testing
@testable import RubricCore

@Suite struct ExactDecimalTests {
    @Test func pointOnePlusPointTwoIsPointThree() throws {
        let a: ExactDecimal = "0.1", b: ExactDecimal = "0.2"
        #expect(try a + b == "0.3")
    }

    @Test func halfUpRoundingOfFiveTimes53Point5Percent() throws {
        let p = try Quantity(parsing: "53.5%").value
        let x = try ExactDecimal(5) * p
        #expect(x == "2.675")
        #expect(x.rounded(places: 2) == "2.68")
        #expect(x.rounded(places: 2).formatted(places: 2) == "2.68")
    }

    @Test func negativeTiesRoundAwayFromZero() {
        #expect(ExactDecimal("-2.675").rounded(places: 2) == "-2.68")
        #expect(ExactDecimal("-2.674").rounded(places: 2) == "-2.67")
    }

    @Test func executionRateOfSeed002() throws {
        let rate = try ExactDecimal("425020.15").divided(by: "447790.64", places: 4)
        #expect(rate == "0.9491")
        let score = try ExactDecimal(5) * rate
        #expect(score == "4.7455")
        #expect(score.rounded(places: 2) == "4.75")
    }

    @Test func divisionReportsExactness() throws {
        let (q, exact) = try ExactDecimal(10).dividedReportingExactness(by: 3, places: 4)
        #expect(q == "3.3333")
        #expect(!exact)
        let (q2, exact2) = try ExactDecimal(10).dividedReportingExactness(by: 4, places: 4)
        #expect(q2 == "2.5" && exact2)
        let (q3, _) = try ExactDecimal(2).dividedReportingExactness(by: 3, places: 2)
        #expect(q3 == "0.67")
    }

    @Test func divisionByZeroIsATypedError() {
        #expect(throws: DecimalError.divisionByZero) { try ExactDecimal(1).divided(by: .zero, places: 2) }
    }

    @Test func overflowIsATypedError() {
        let big = ExactDecimal(significand: Int64.max)
        #expect(throws: DecimalError.overflow) { try big + big }
        #expect(throws: DecimalError.overflow) { try big * big }
        #expect(throws: DecimalError.overflow) { try ExactDecimal(parsing: "99999999999999999999999") }
    }

    @Test func parsesGroupingAndFullWidth() throws {
        #expect(try ExactDecimal(parsing: "1,073.13") == "1073.13")
        #expect(try ExactDecimal(parsing: "447,790.64") == "447790.64")
        #expect(try ExactDecimal(parsing: "１２３.５") == "123.5")
        #expect(try ExactDecimal(parsing: "-0.4") == "-0.4")
        #expect(try ExactDecimal(parsing: "−0.4") == "-0.4")
    }

    @Test func rejectsMalformedNumbers() {
        for bad in ["", "1,07", "12,34.5", "1..2", "abc", "1.2.3", ",123", "1,0000"] {
            #expect(throws: DecimalError.self) { try ExactDecimal(parsing: bad) }
        }
    }

    @Test func equalValuesWithDifferentScalesAreEqualAndHashEqual() {
        let a: ExactDecimal = "0.30", b: ExactDecimal = "0.3"
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
        #expect(ExactDecimal("1.5") > ExactDecimal("1.49999"))
    }

    @Test func formatsWithGroupingAndPlaces() {
        #expect(ExactDecimal("447790.64").formatted(grouping: true) == "447,790.64")
        #expect(ExactDecimal("4.7455").formatted(places: 2) == "4.75")
        #expect(ExactDecimal("10").formatted(places: 2) == "10.00")
        #expect(ExactDecimal("-0.05").formatted(places: 1) == "-0.1")
        #expect(ExactDecimal("0.949149").shortText(maxPlaces: 4) == "0.9491…")
    }
}

@Suite struct QuantityTests {
    @Test func percentsAreFractions() throws {
        #expect(try Quantity(parsing: "94.91%") == Quantity("0.9491", .percent))
        #expect(try Quantity(parsing: "94.91％") == Quantity("0.9491", .percent))
        #expect(try Quantity(parsing: "-0.4%") == Quantity("-0.004", .percent))
    }

    @Test func moneyIsInWanYuan() throws {
        #expect(try Quantity(parsing: "400万元") == Quantity(400, .money))
        #expect(try Quantity(parsing: "2.27亿元") == Quantity(22700, .money))
        #expect(try Quantity(parsing: "2.27亿") == Quantity(22700, .money))
        #expect(try Quantity(parsing: "25.6元") == Quantity("0.00256", .money))
        #expect(try Quantity(parsing: "447,790.64万元").text() == "447,790.64万元")
    }

    @Test func countsKeepTheirLabel() throws {
        #expect(try Quantity(parsing: "737家") == Quantity(737, .count("家")))
        #expect(try Quantity(parsing: "1500万人次") == Quantity(15_000_000, .count("人次")))
    }

    @Test func absurdInputIsAnError() {
        #expect(throws: DecimalError.self) { try Quantity(parsing: "12abc3") }
        #expect(throws: DecimalError.self) { try Quantity(parsing: "%") }
    }
}
