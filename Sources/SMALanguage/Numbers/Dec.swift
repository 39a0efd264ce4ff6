/// An exact decimal number: `mantissa / 10^scale`.
///
/// Money and rates in sma never touch binary floating point. The arithmetic contract (Grammar.md,
/// `help numbers`): every operation gives the exact result, or the exact result rounded half-up
/// (half away from zero) at its last kept place. A value keeps up to `maxScale` (24) decimal
/// places, as many as fit beside its integer part in `maxDigits` (38) significant digits; the only
/// overflow is a result whose integer part needs more than 38 digits. Products, sums and quotients
/// are computed exactly (in `Natural` where 128 bits do not hold them) and rounded once, at the end.
/// No operation traps: each failure is an `ArithmeticError`.
///
/// Invariant: `|mantissa| < 10^38`, `0 ≤ scale ≤ 24`, no trailing zeros in the fraction.
public struct Dec: Sendable, Hashable, Comparable, CustomStringConvertible {
    public private(set) var mantissa: Int128
    public private(set) var scale: Int

    /// The most decimal places a value keeps.
    public static let maxScale = 24
    /// The most significant digits a value keeps (integer part and places together).
    public static let maxDigits = 38

    public static let zero = Dec(0)
    public static let one = Dec(1)
    public static let hundred = Dec(100)

    /// `mantissa / 10^scale` for a mantissa and scale within the invariant (the callers in the
    /// core pass constants or results of checked arithmetic), normalised.
    package init(mantissa: Int128, scale: Int) {
        self.mantissa = mantissa
        self.scale = scale
        normalise()
    }

    /// Any `mantissa / 10^scale` (a negative scale multiplies by a power of ten), under the
    /// arithmetic contract: rounded half-up to the places that fit, or `.overflow`.
    public init(exactly mantissa: Int128, scale: Int) throws(ArithmeticError) {
        if scale > 200 {
            self = .zero // |mantissa| < 2^127 < 10^39: far below the last place kept
        } else if scale < 0, -scale < Dec.powersOfTen.count,
                  case let (m, o) = mantissa.multipliedReportingOverflow(by: Dec.powersOfTen[-scale]), !o, m.magnitude < Dec.mantissaLimit {
            self.init(mantissa: m, scale: 0)
        } else if scale < 0 {
            let factor = Natural.pow10(min(-scale, 80))
            self = try Dec.rounding(Natural(mantissa.magnitude) * factor, scale: 0, negative: mantissa < 0)
        } else if scale <= Dec.maxScale && mantissa.magnitude < Dec.mantissaLimit {
            self.init(mantissa: mantissa, scale: scale)
        } else {
            self = try Dec.rounding(Natural(mantissa.magnitude), scale: scale, negative: mantissa < 0)
        }
    }

    public init(_ int: Int) {
        mantissa = Int128(int)
        scale = 0
    }

    public init(_ int: Int64) {
        mantissa = Int128(int)
        scale = 0
    }

    private mutating func normalise() {
        if mantissa == 0 { scale = 0; return }
        if scale == 0 { return }
        // Most mantissas fit in 64 bits, where dividing by a constant is a multiplication.
        if let small = Int64(exactly: mantissa) {
            var m = small, s = scale
            while s > 0 && m % 10 == 0 { m /= 10; s -= 1 }
            mantissa = Int128(m)
            scale = s
            return
        }
        if mantissa % 10 != 0 { return }
        // Strip trailing zeros in steps of 8, 4, 2, 1 (few 128-bit divisions).
        while scale >= 8 && mantissa % 100_000_000 == 0 { mantissa /= 100_000_000; scale -= 8 }
        if scale >= 4 && mantissa % 10_000 == 0 { mantissa /= 10_000; scale -= 4 }
        if scale >= 2 && mantissa % 100 == 0 { mantissa /= 100; scale -= 2 }
        if scale >= 1 && mantissa % 10 == 0 { mantissa /= 10; scale -= 1 }
    }

    // MARK: powers of ten

    package static let powersOfTen: [Int128] = {
        var p: [Int128] = [1]
        for _ in 1...38 { p.append(p[p.count - 1] * 10) }
        return p
    }()

    /// 10^38: every mantissa is smaller in magnitude.
    static let mantissaLimit = UInt128(10_000_000_000_000_000_000) * UInt128(10_000_000_000_000_000_000)

    static func pow10(_ n: Int) throws(ArithmeticError) -> Int128 {
        guard n >= 0 && n < powersOfTen.count else { throw .overflow }
        return powersOfTen[n]
    }

    // MARK: queries

    public var isZero: Bool { mantissa == 0 }
    public var isNegative: Bool { mantissa < 0 }
    public var isInteger: Bool { scale == 0 }
    /// `|self|` (always representable: the invariant is symmetric).
    public var magnitude: Dec { Dec(mantissa: mantissa < 0 ? 0 - mantissa : mantissa, scale: scale) }

    /// The value as an integer, if it is one and fits.
    public var intValue: Int? {
        guard scale == 0 else { return nil }
        return Int(exactly: mantissa)
    }

    /// The integer part, truncated toward zero.
    public var integerPart: Int128 {
        mantissa / Dec.powersOfTen[scale]
    }

    // MARK: the contract

    /// `±magnitude / 10^scale` under the contract: exact when it fits, else rounded half-up at
    /// the last place that fits beside the integer part; `.overflow` past 38 integer digits.
    static func rounding(_ magnitude: Natural, scale: Int, negative: Bool, places wanted: Int = maxScale) throws(ArithmeticError) -> Dec {
        if let small = magnitude.uint128 { return try rounding(small, scale: scale, negative: negative, places: wanted) }
        let digits = magnitude.decimalDigitCount
        let integerDigits = max(0, digits - scale)
        guard integerDigits <= maxDigits else { throw .overflow }
        let places = min(wanted, maxScale, maxDigits - integerDigits)
        // More than 38 digits: some are dropped (scale > places).
        let drop = scale - places
        // Every kept digit is zero and so is the first dropped one: the value rounds to zero.
        if drop - 1 >= digits { return .zero }
        var q = magnitude
        q.divideByPow10(drop - 1)
        // Half-up needs only the first dropped digit: the rest can only add to a half.
        let first = q.divide(by: 10)
        return try kept(q.uint128 ?? 0, roundUp: first >= 5, places: places, negative: negative)
    }

    /// `rounding` for a magnitude held in 128 bits: the same contract without `Natural`
    /// (the common case: a product or quotient of everyday amounts and rates).
    static func rounding(_ magnitude: UInt128, scale: Int, negative: Bool, places wanted: Int = maxScale) throws(ArithmeticError) -> Dec {
        // Decimal digits from the bit width: ⌊bits · log10 2⌋ (1233/4096), plus one at 10^t.
        let t = ((128 - magnitude.leadingZeroBitCount) * 1233) >> 12
        let digits = t + (magnitude >= UInt128(powersOfTen[t]) ? 1 : 0)
        let integerDigits = max(0, digits - scale)
        guard integerDigits <= maxDigits else { throw .overflow }
        let places = min(wanted, maxScale, maxDigits - integerDigits)
        if scale <= places {
            let m = Int128(magnitude) // at most 38 digits
            return Dec(mantissa: negative ? 0 - m : m, scale: scale)
        }
        let drop = scale - places
        // Below 10^38 · 10^drop… only 10^38 ≤ magnitude < 2^128 can have drop = 39: it rounds to zero.
        if drop - 1 >= digits || drop >= powersOfTen.count { return .zero }
        if let small = UInt64(exactly: magnitude), drop < 20 {
            // 64-bit division: one instruction instead of a 128-bit division routine.
            let f = UInt64(powersOfTen[drop])
            let (q, r) = small.quotientAndRemainder(dividingBy: f)
            return try kept(UInt128(q), roundUp: r >= f - r, places: places, negative: negative)
        }
        let f = UInt128(powersOfTen[drop])
        let (q, r) = magnitude.quotientAndRemainder(dividingBy: f)
        return try kept(q, roundUp: r >= f - r, places: places, negative: negative)
    }

    /// The kept digits `m` (below 10^(integer digits + places) ≤ 10^38), rounded up when the
    /// first dropped digit was 5 or more, as a value with `places` places (negative: tens, …).
    private static func kept(_ m: UInt128, roundUp: Bool, places: Int, negative: Bool) throws(ArithmeticError) -> Dec {
        var m = m, places = places
        if roundUp { m += 1 }
        if m == mantissaLimit {
            // 99…9.9…95 carried into one more integer digit: 10^(integer digits) exactly.
            guard places > 0 else { throw .overflow }
            m /= 10
            places -= 1
        }
        let signed = negative ? 0 - Int128(m) : Int128(m)
        // Rounded to tens, hundreds, …: the kept digits times a power of ten.
        return places >= 0 ? Dec(mantissa: signed, scale: places) : try Dec(exactly: signed, scale: places)
    }

    /// The magnitude aligned to `scale` (≥ its own) as a natural number.
    func aligned(to scale: Int) -> Natural {
        var n = Natural(mantissa.magnitude)
        n.multiplyByPow10(scale - self.scale)
        return n
    }

    // MARK: arithmetic

    public func adding(_ other: Dec) throws(ArithmeticError) -> Dec {
        // The commonest case first: same places, no overflow, within the invariant.
        if scale == other.scale {
            let (r, o) = mantissa.addingReportingOverflow(other.mantissa)
            if !o && r.magnitude < Dec.mantissaLimit { return Dec(mantissa: r, scale: scale) }
        }
        return try adding(other, shiftedRight: 0)
    }

    /// `self + other / 10^shift`, exact or rounded once: a number plus a percent's fraction.
    public func adding(_ other: Dec, shiftedRight shift: Int) throws(ArithmeticError) -> Dec {
        let otherScale = other.scale + shift
        let s = max(scale, otherScale)
        // Fast path: aligned in 128 bits, and the sum within the invariant.
        if s <= Dec.maxScale, let a = Dec.shifted(mantissa, by: s - scale), let b = Dec.shifted(other.mantissa, by: s - otherScale) {
            let (r, o) = a.addingReportingOverflow(b)
            if !o && r.magnitude < Dec.mantissaLimit { return Dec(mantissa: r, scale: s) }
        }
        var a = Natural(mantissa.magnitude), b = Natural(other.mantissa.magnitude)
        a.multiplyByPow10(s - scale)
        b.multiplyByPow10(s - otherScale)
        if isNegative == other.isNegative { return try Dec.rounding(a + b, scale: s, negative: isNegative) }
        return b <= a ? try Dec.rounding(a - b, scale: s, negative: isNegative)
                      : try Dec.rounding(b - a, scale: s, negative: other.isNegative)
    }

    /// `m × 10^n` when it fits in 128 bits.
    @inline(__always)
    private static func shifted(_ m: Int128, by n: Int) -> Int128? {
        if n == 0 { return m }
        let (r, o) = m.multipliedReportingOverflow(by: powersOfTen[n])
        return o ? nil : r
    }

    public func subtracting(_ other: Dec) throws(ArithmeticError) -> Dec {
        try adding(other.negated())
    }

    public func multiplied(by other: Dec) throws(ArithmeticError) -> Dec {
        let s = scale + other.scale
        let (r, o) = mantissa.multipliedReportingOverflow(by: other.mantissa)
        if !o && s <= Dec.maxScale && r.magnitude < Dec.mantissaLimit { return Dec(mantissa: r, scale: s) }
        return try multiplied(by: other, shiftedRight: 0, places: Dec.maxScale)
    }

    /// `self × other / 10^shift`, rounded once to `places` (or fewer, as the contract keeps):
    /// money × a rate to the won, `amount × (100 + rate) / 100` to 1억 (places −8).
    public func multiplied(by other: Dec, shiftedRight shift: Int, places: Int) throws(ArithmeticError) -> Dec {
        let s = scale + other.scale + shift
        let (r, o) = mantissa.multipliedReportingOverflow(by: other.mantissa)
        if !o { return try Dec.rounding(r.magnitude, scale: s, negative: r < 0, places: places) }
        // The exact product (up to 76 digits), rounded once.
        let product = Natural(mantissa.magnitude) * Natural(other.mantissa.magnitude)
        return try Dec.rounding(product, scale: s, negative: isNegative != other.isNegative, places: places)
    }

    /// `self / 10^n`, exact while the places fit (a percent's fraction: `4.5 / 100`).
    public func shiftedRight(_ n: Int) throws(ArithmeticError) -> Dec {
        if n >= 0 && scale + n <= Dec.maxScale { return Dec(mantissa: mantissa, scale: scale + n) }
        return try Dec(exactly: mantissa, scale: scale + n)
    }

    /// The quotient, exact when it terminates within the places that fit, else rounded half-up.
    public func divided(by other: Dec) throws(ArithmeticError) -> Dec {
        try divided(by: other, shiftedLeft: 0, places: Dec.maxScale)
    }

    /// `self × 10^shift / other`, rounded once to `places` (0 to 24) or fewer, as the contract
    /// keeps: money ÷ a number to the won, a number ÷ a percent (`shift` 2).
    public func divided(by other: Dec, shiftedLeft shift: Int, places: Int) throws(ArithmeticError) -> Dec {
        if other.mantissa == 0 { throw .divisionByZero }
        if mantissa == 0 { return .zero }
        let negative = isNegative != other.isNegative
        let a = mantissa.magnitude, b = other.mantissa.magnitude
        let wanted = min(max(places, 0), Dec.maxScale)
        // Fast path: a quotient that terminates within the wanted places, by long division in
        // 128 bits. self × 10^shift / other = (a / b) · 10^(other.scale + shift − scale)
        var exponent = other.scale + shift - scale
        var dividend = a
        if exponent > 0 && exponent < Dec.powersOfTen.count {
            let (m, o) = a.multipliedReportingOverflow(by: UInt128(Dec.powersOfTen[exponent]))
            if !o { dividend = m; exponent = 0 }
        }
        if exponent <= 0 {
            var q = dividend / b, r = dividend % b
            var places = -exponent
            while r != 0 && places < wanted && r < UInt128.max / 10 && q < UInt128.max / 10 {
                r *= 10
                q = q * 10 + r / b
                r %= b
                places += 1
            }
            if r == 0 && q < Dec.mantissaLimit && places <= wanted {
                let m = Int128(q)
                return Dec(mantissa: negative ? 0 - m : m, scale: places)
            }
        }
        // Exactly floor(|quotient| · 10^(wanted + 1)), then rounded once at `wanted` places.
        let extra = other.scale + shift - scale + wanted + 1
        var n = Natural(a)
        var d = Natural(b)
        if extra >= 0 { n.multiplyByPow10(extra) } else { d.multiplyByPow10(-extra) }
        if let n128 = n.uint128, let d128 = d.uint128 {
            return try Dec.rounding(n128 / d128, scale: wanted + 1, negative: negative, places: wanted)
        }
        let q = n.quotientAndRemainder(dividingBy: d).quotient
        return try Dec.rounding(q, scale: wanted + 1, negative: negative, places: wanted)
    }

    /// `-self` (always representable: the invariant is symmetric).
    public func negated() -> Dec { Dec(mantissa: 0 - mantissa, scale: scale) }

    /// The most bits an exact power may take before it is refused (a 39,000-digit mantissa).
    static let maxPowerBits = 1 << 17

    /// An integer power, computed exactly by repeated squaring and rounded once. A power whose
    /// exact value would need more than `maxPowerBits` bits is refused (`.tooPrecise`).
    public func power(_ n: Int) throws(ArithmeticError) -> Dec {
        if n == 0 { return .one }
        if mantissa == 0 {
            if n < 0 { throw .divisionByZero }
            return .zero
        }
        let e = n.magnitude
        let negative = isNegative && e & 1 == 1
        // (M / 10^S) = |self|^e; base = |self|^(2^i) as B / 10^T.
        var result = Natural(1 as UInt64), resultScale = 0
        var base = Natural(mantissa.magnitude), baseScale = scale
        var bits = e
        let atLeastOne = magnitude >= .one
        while true {
            if bits & 1 == 1 {
                result = result * base
                resultScale += baseScale
            }
            bits >>= 1
            if bits == 0 { break }
            base = base * base
            baseScale += baseScale
            guard base.bitWidth <= Dec.maxPowerBits else { throw .tooPrecise }
            // |self|^e lies beyond |self|^(2^i): decide overflow or zero early.
            let d = base.decimalDigitCount - baseScale // |base| < 10^d
            if atLeastOne && d - 1 > Dec.maxDigits {
                if n > 0 { throw .overflow }
                return .zero
            }
            if !atLeastOne && d <= -(Dec.maxDigits + 1) {
                if n < 0 { throw .overflow }
                return .zero
            }
            if !atLeastOne && n > 0 && d <= -(Dec.maxScale + 1) { return .zero }
        }
        if n > 0 { return try Dec.rounding(result, scale: resultScale, negative: negative) }
        // 1 / (M / 10^S) = 10^S / M, to 25 places by floor, then rounded once.
        var numerator = Natural.pow10(resultScale + Dec.maxScale + 1)
        if numerator.bitWidth > Dec.maxPowerBits * 2 { throw .tooPrecise }
        numerator = numerator.quotientAndRemainder(dividingBy: result).quotient
        return try Dec.rounding(numerator, scale: Dec.maxScale + 1, negative: negative)
    }

    // MARK: rounding

    /// Rounded half-up (half away from zero) to `places` decimal places (may be negative:
    /// -8 rounds to a multiple of 10^8).
    public func rounded(places: Int) throws(ArithmeticError) -> Dec {
        if places >= scale { return self }
        return try Dec.rounding(mantissa.magnitude, scale: scale, negative: isNegative, places: places)
    }

    /// Truncated toward zero to `places` decimal places.
    public func truncated(places: Int) -> Dec {
        if places >= scale { return self }
        let f = Dec.powersOfTen[min(scale - places, 38)]
        if places >= 0 { return Dec(mantissa: mantissa / f, scale: places) }
        return (try? Dec(exactly: mantissa / f, scale: places)) ?? self
    }

    // MARK: comparison

    /// Inlined where it is used (a sort compares thousands of times): the same scale is one
    /// comparison; the rest aligns them.
    @inlinable
    public static func < (lhs: Dec, rhs: Dec) -> Bool {
        if lhs.scale == rhs.scale { return lhs.mantissa < rhs.mantissa }
        return lessAligning(lhs, rhs)
    }

    @usableFromInline
    static func lessAligning(_ lhs: Dec, _ rhs: Dec) -> Bool {
        // Everyday values (a rate, an amount): 64-bit mantissas a few places apart, aligned by
        // multiplying by ten in 64 bits; anything larger takes the general path below.
        let d = lhs.scale - rhs.scale
        if d >= -18 && d <= 18, var a = Int64(exactly: lhs.mantissa), var b = Int64(exactly: rhs.mantissa) {
            var fits = true
            for _ in 0..<(d < 0 ? -d : d) {
                let (r, o) = (d < 0 ? a : b).multipliedReportingOverflow(by: 10)
                if o { fits = false; break }
                if d < 0 { a = r } else { b = r }
            }
            if fits { return a < b }
        }
        let s = max(lhs.scale, rhs.scale)
        if let a = shifted(lhs.mantissa, by: s - lhs.scale), let b = shifted(rhs.mantissa, by: s - rhs.scale) { return a < b }
        if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
        let a = lhs.aligned(to: s), b = rhs.aligned(to: s)
        return lhs.isNegative ? b < a : a < b
    }
}

/// What can go wrong in exact arithmetic.
public enum ArithmeticError: Error, Sendable, Equatable {
    case overflow
    case divisionByZero
    /// The user asked to stop (Ctrl-C) during a long computation.
    case cancelled
    /// An exact power would need more than `Dec.maxPowerBits` bits.
    case tooPrecise
    /// An exponent beyond the evaluator's limit.
    case exponentTooLarge
}
