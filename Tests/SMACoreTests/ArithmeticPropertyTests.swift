import BigInt
import PropertyBased
import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell
@testable import SMATools

/// The arithmetic contract checked against exact rational arithmetic (BigInt): every operation
/// gives the exact result, or the exact result rounded half-up (away from zero) at its last kept
/// place, keeping up to 24 places beside an integer part of at most 38 digits; the only error is
/// an integer part past 38 digits. 10,000 generated operations in all, over small, huge (near
/// 10^38), many-place, negative, zero and boundary operands.
// Shrinking is off: over 128-bit operands it runs for minutes. A failure prints its input and a
// fixed seed to repeat it; each one found goes into `namedCases` by hand.
@Suite(.shrinking(false)) struct ArithmeticPropertyTests {
    /// What the contract says `num / den` (den > 0) must give, kept to at most `wanted` places:
    /// nil for overflow.
    static func reference(_ num: BigInt, _ den: BigInt, places wanted: Int = 24) -> (BigInt, Int)? {
        let magnitude = num.magnitude, d = den.magnitude
        let integerPart = magnitude / d
        let integerDigits = integerPart == 0 ? 0 : String(integerPart).count
        guard integerDigits <= 38 else { return nil }
        let places = min(wanted, 24, 38 - integerDigits)
        var q: BigUInt
        if places >= 0 {
            let scaled = magnitude * BigUInt(10).power(places)
            q = scaled / d
            if (scaled % d) * 2 >= d { q += 1 }
        } else {
            let unit = d * BigUInt(10).power(-places)
            q = magnitude / unit
            if (magnitude % unit) * 2 >= unit { q += 1 }
        }
        if places <= 0 && q * BigUInt(10).power(max(0, -places)) >= BigUInt(10).power(38) { return nil }
        let signed = num.sign == .minus && q != 0 ? -BigInt(q) : BigInt(q)
        return (signed, places)
    }

    static func rational(_ d: Dec) -> (BigInt, BigInt) {
        (BigInt(d.mantissa), BigInt(10).power(d.scale))
    }

    /// `actual` is the value `expected` describes (value equality: representations may differ).
    static func agrees(_ actual: Dec?, _ expected: (BigInt, Int)?) -> Bool {
        switch (actual, expected) {
        case (nil, nil): return true
        case (let a?, let (m, places)?):
            guard a.mantissa.magnitude < Dec.mantissaLimit, a.scale >= 0, a.scale <= 24 else { return false }
            let (an, ad) = rational(a)
            if places >= 0 { return an * BigInt(10).power(places) == m * ad }
            return an == m * BigInt(10).power(-places) * ad
        default: return false
        }
    }

    static let limit = Int128(Dec.mantissaLimit) - 1

    /// Operands of every shape the contract must hold for.
    static let operand = zip(Gen.int(in: 0...6), Gen.int128(in: -limit...limit), Gen.int(in: 0...24)).map { kind, m, s -> Dec in
        switch kind {
        case 0: return Dec(mantissa: m % 2000, scale: s % 4)                           // small
        case 1: return Dec(mantissa: m >= 0 ? limit - m % 1000 : -limit - m % 1000, scale: s) // near 10^38
        case 2: return Dec(mantissa: m, scale: 24)                                      // many places
        case 3: return .zero
        case 4: return Dec(mantissa: [1, -1, limit, -limit, Dec.powersOfTen[s], -Dec.powersOfTen[s] + 1][Int(m.magnitude % 6)], scale: s)
        case 5: return Dec(mantissa: m % Dec.powersOfTen[s % 20 + 1], scale: s)         // mid-sized
        default: return Dec(mantissa: m, scale: s)                                      // anything
        }
    }

    static func exact(_ f: () throws(ArithmeticError) -> Dec) -> Dec? {
        do { return try f() } catch { return nil }
    }

    @Test func addition() async {
        await propertyCheck(count: 1500, input: Self.operand, Self.operand) { a, b in
            let (an, ad) = Self.rational(a), (bn, bd) = Self.rational(b)
            let expected = Self.reference(an * bd + bn * ad, ad * bd)
            #expect(Self.agrees(Self.exact { () throws(ArithmeticError) in try a.adding(b) }, expected), "\(a) + \(b)")
            let difference = Self.reference(an * bd - bn * ad, ad * bd)
            #expect(Self.agrees(Self.exact { () throws(ArithmeticError) in try a.subtracting(b) }, difference), "\(a) - \(b)")
        }
    }

    @Test func multiplication() async {
        await propertyCheck(count: 2000, input: Self.operand, Self.operand) { a, b in
            let (an, ad) = Self.rational(a), (bn, bd) = Self.rational(b)
            #expect(Self.agrees(Self.exact { () throws(ArithmeticError) in try a.multiplied(by: b) }, Self.reference(an * bn, ad * bd)), "\(a) * \(b)")
        }
    }

    @Test func division() async {
        await propertyCheck(count: 2000, input: Self.operand, Self.operand) { a, b in
            guard !b.isZero else {
                #expect(throws: ArithmeticError.divisionByZero) { try a.divided(by: b) }
                return
            }
            let (an, ad) = Self.rational(a), (bn, bd) = Self.rational(b)
            var num = an * bd, den = ad * bn
            if den < 0 { num = -num; den = -den }
            #expect(Self.agrees(Self.exact { () throws(ArithmeticError) in try a.divided(by: b) }, Self.reference(num, den)), "\(a) / \(b)")
        }
    }

    /// The money and percent forms: one exact operation rounded once, to the won, to 1억 (places
    /// −8), or to a cent; a number plus a percent's fraction.
    @Test func roundedOnceToAPlace() async {
        await propertyCheck(count: 1500, input: Self.operand, Self.operand, Gen.int(in: -8...24)) { a, b, places in
            let (an, ad) = Self.rational(a), (bn, bd) = Self.rational(b)
            let product = Self.reference(an * bn, ad * bd * 100, places: places)
            #expect(Self.agrees(Self.exact { () throws(ArithmeticError) in try a.multiplied(by: b, shiftedRight: 2, places: places) }, product),
                    "\(a) * \(b)% to \(places) places")
            if !b.isZero && places >= 0 {
                var num = an * bd * 100, den = ad * bn
                if den < 0 { num = -num; den = -den }
                #expect(Self.agrees(Self.exact { () throws(ArithmeticError) in try a.divided(by: b, shiftedLeft: 2, places: places) },
                                    Self.reference(num, den, places: places)), "\(a) / \(b)% to \(places) places")
            }
            let sum = Self.reference(an * bd * 100 + bn * ad, ad * bd * 100)
            #expect(Self.agrees(Self.exact { () throws(ArithmeticError) in try a.adding(b, shiftedRight: 2) }, sum), "\(a) + \(b)%")
            let rounded = Self.reference(an, ad, places: places)
            #expect(Self.agrees(Self.exact { () throws(ArithmeticError) in try a.rounded(places: places) }, rounded), "\(a) to \(places) places")
        }
    }

    @Test func powers() async {
        let base = zip(Gen.int(in: 0...3), Gen.int128(in: -99_999...99_999), Gen.int(in: 0...6)).map { kind, m, s -> Dec in
            switch kind {
            case 0: Dec(mantissa: m % 20, scale: 0)
            case 1: Dec(mantissa: m, scale: s)
            case 2: Dec(mantissa: 1_000_000 + m % 1000, scale: 6)   // near 1
            default: Dec(mantissa: m % 1000, scale: s % 4)
            }
        }
        await propertyCheck(count: 1000, input: base, Gen.int(in: -60...60)) { x, n in
            let (xn, xd) = Self.rational(x)
            let actual = Self.exact { () throws(ArithmeticError) in try x.power(n) }
            if x.isZero && n < 0 { #expect(actual == nil); return }
            var num = xn.power(abs(n)), den = xd.power(abs(n))
            if n < 0 { (num, den) = (den, num) }
            if den < 0 { num = -num; den = -den }
            #expect(Self.agrees(actual, Self.reference(num, den)), "\(x) ^ \(n)")
        }
    }

    @Test func comparisonAndNegation() async {
        await propertyCheck(count: 1000, input: Self.operand, Self.operand) { a, b in
            let (an, ad) = Self.rational(a), (bn, bd) = Self.rational(b)
            #expect((a < b) == (an * bd < bn * ad), "\(a) < \(b)")
            #expect(Self.agrees(a.negated(), (-an * BigInt(10).power(24) / ad, 24)))
        }
    }

    /// The exact intermediate against BigUInt: products, quotients, remainders, digit counts.
    @Test func naturalNumbers() async {
        let limbs = Gen.uint64().array(of: 0...12)
        await propertyCheck(count: 1000, input: limbs, limbs) { x, y in
            func natural(_ limbs: [UInt64]) -> Natural {
                var n = Natural()
                for l in limbs.reversed() { n.multiply(by: 1 << 32); n.multiply(by: 1 << 32); n = n + Natural(l) }
                return n
            }
            func big(_ n: Natural) -> BigUInt { BigUInt(words: n.limbs.map { UInt($0) }) }
            let a = natural(x), b = natural(y)
            let ba = big(a), bb = big(b)
            #expect(big(a * b) == ba * bb)
            #expect(big(a + b) == ba + bb)
            if !b.isZero {
                let (q, r) = a.quotientAndRemainder(dividingBy: b)
                #expect(big(q) == ba / bb && big(r) == ba % bb, "\(ba) / \(bb)")
            }
            #expect(a.decimalDigitCount == (ba == 0 ? 0 : String(ba).count))
        }
    }

    /// Found by these tests or by hand, kept by name.
    @Test func namedCases() throws {
        #expect(try dec("1").divided(by: dec("3")).multiplied(by: dec("1").divided(by: dec("3"))).description == "0." + String(repeating: "1", count: 24))
        #expect(try dec("296260").divided(by: dec("490499842833570779.85864488453820204426")).description == "0.000000000000603996116061")
        #expect(try dec("85070591730234615865843651857942052864").divided(by: dec("5")).description == "17014118346046923173168730371588410573")
        #expect(throws: ArithmeticError.overflow) { try dec("-2").power(127) }
        #expect(throws: ArithmeticError.overflow) { try dec("99999999999999999999999999999999999999").adding(dec("1")) }
        // A carry into one more integer digit keeps one place less.
        let nines = try dec("99999999999999999999999999999999999999").multiplied(by: dec("0.1"))
        #expect(try nines.adding(dec("0.06")) == dec("10000000000000000000000000000000000000"))
        #expect(try dec("9999999999999.999999999999999999999999").adding(dec("0.000000000000000000000001")) == dec("10000000000000"))
        #expect(try dec("99999999999999.999999999999999999999999").adding(dec("0.000000000000000000000001")).description == "100000000000000")
        // Money rounded once: 0.4999…95 won is 0 won, not 1 (no rounding to 24 places first).
        #expect(try dec("1").multiplied(by: dec("0.499999999999999999999999"), shiftedRight: 0, places: 0) == .zero)
        #expect(try dec("149999999.5").rounded(places: -8) == dec("100000000"))
        #expect(try dec("0.5").power(10_000) == .zero)
        #expect(throws: ArithmeticError.tooPrecise) { try dec("1.000000000000000000000001").power(10_000) }
    }
}
