import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell
@testable import SMATools

@Suite struct DecTests {
    @Test func parsesAndPrints() {
        #expect(dec("1,183.30").description == "1183.3")
        #expect(dec("0.045").description == "0.045")
        #expect(dec("007").description == "7")
        #expect(Dec(parsing: "1.2.3") == nil)
        #expect(Dec(parsing: "") == nil)
        #expect(Dec(parsing: String(repeating: "9", count: 40)[...]) == nil)
    }

    @Test func exactArithmetic() throws {
        #expect(try dec("0.1").adding(dec("0.2")) == dec("0.3"))
        #expect(try dec("1").subtracting(dec("0.955")) == dec("0.045"))
        #expect(try dec("1402800000000").multiplied(by: dec("1.045")) == dec("1465926000000"))
        #expect(try dec("1").divided(by: dec("8")) == dec("0.125"))
        #expect(try dec("1").divided(by: dec("3")).description == "0." + String(repeating: "3", count: 24))
        #expect(try dec("2").divided(by: dec("3")).description == "0." + String(repeating: "6", count: 23) + "7")
        #expect(try dec("-7").divided(by: dec("2")) == dec("-3.5"))
        #expect(try dec("1.5").divided(by: dec("0.5")) == Dec(3))
    }

    @Test func overflowAndDivisionByZeroAreErrors() {
        let big = Dec(mantissa: Int128.max / 2, scale: 0)
        #expect(throws: ArithmeticError.overflow) { try big.multiplied(by: Dec(3)) }
        #expect(throws: ArithmeticError.overflow) { try big.adding(big).adding(big) }
        #expect(throws: ArithmeticError.divisionByZero) { try Dec(1).divided(by: .zero) }
        #expect(throws: ArithmeticError.overflow) { try Dec(10).power(39) }
    }

    @Test func roundsHalfUpAwayFromZero() throws {
        // The agreements' rounding: 7414.61억 → 7415억; 7600.38억 → 7600억.
        #expect(try dec("741461000000").rounded(places: -8) == dec("741500000000"))
        #expect(try dec("760038000000").rounded(places: -8) == dec("760000000000"))
        #expect(try dec("2.5").rounded(places: 0) == Dec(3))
        #expect(try dec("-2.5").rounded(places: 0) == Dec(-3))
        #expect(try dec("2.45").rounded(places: 1) == dec("2.5"))
        // A half-way case binary floating point gets wrong (platform.md): 50,000,000,000 × 1.001
        #expect(try dec("50000000000").multiplied(by: dec("1.001")).rounded(places: -8) == dec("50100000000"))
    }

    @Test func powers() throws {
        #expect(try dec("1.03").power(2) == dec("1.0609"))
        #expect(try Dec(2).power(-2) == dec("0.25"))
        #expect(try Dec(7).power(0) == .one)
    }

    @Test func comparesAcrossScales() {
        #expect(dec("1.5") < dec("1.51"))
        #expect(dec("-2") < dec("1.5"))
        #expect(dec("1.50") == dec("1.5"))
    }

    @Test func groupsDigits() {
        #expect(Dec.group("1234567") == "1,234,567")
        #expect(Dec.group("123") == "123")
        #expect(dec("1234567.5").plain(grouping: true) == "1,234,567.5")
    }
}

/// `<` (its 64-bit fast path and its general path) against exact rational comparison
/// (BigInt), on generated pairs of every scale and size, negatives and equal values included.
@Suite struct DecOrderTests {
    @Test func lessThanIsTheRationalOrder() {
        var state: UInt64 = 99
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state }
        func dec() -> Dec {
            let scale = Int(truncatingIfNeeded: next() >> 59) % 25
            let size = Int(truncatingIfNeeded: next() >> 60)
            var m: Int128 = size < 6 ? Int128(truncatingIfNeeded: next() >> 50) : size < 12 ? Int128(truncatingIfNeeded: next() >> 1) : Int128(truncatingIfNeeded: next()) << 60 | Int128(truncatingIfNeeded: next() >> 4)
            if next() & 1 == 1 { m = 0 - m }
            return Dec(mantissa: m % Int128(Dec.mantissaLimit - 1), scale: scale)
        }
        for _ in 0..<20_000 {
            let a = dec(), b = next() & 7 == 0 ? a : dec()
            let (an, ad) = ArithmeticPropertyTests.rational(a), (bn, bd) = ArithmeticPropertyTests.rational(b)
            #expect((a < b) == (an * bd < bn * ad), "\(a) < \(b)")
        }
    }
}
