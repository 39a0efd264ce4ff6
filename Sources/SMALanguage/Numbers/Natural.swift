/// A natural number of any size in 64-bit limbs, least significant first: the exact intermediate
/// of `Dec`'s slow paths (a product of two 38-digit mantissas, a sum aligned to 24 places, a
/// quotient to 25 places, an exact power). The fast paths never touch it.
///
/// Every operation is total: limbs are combined with the full-width operations of the standard
/// library, and a subtraction or division that has no natural result is a precondition the
/// callers in this file keep (`Natural` is internal to the number code).
struct Natural: Sendable, Equatable, Comparable {
    /// No most-significant zero limbs; zero is the empty array.
    private(set) var limbs: [UInt64]

    init() { limbs = [] }

    init(_ v: UInt64) { limbs = v == 0 ? [] : [v] }

    init(_ v: UInt128) {
        let low = UInt64(truncatingIfNeeded: v), high = UInt64(truncatingIfNeeded: v >> 64)
        limbs = high != 0 ? [low, high] : low != 0 ? [low] : []
    }

    private init(limbs: [UInt64]) {
        self.limbs = limbs
        trim()
    }

    private mutating func trim() {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    var isZero: Bool { limbs.isEmpty }

    /// The value, when it fits in 128 bits.
    var uint128: UInt128? {
        switch limbs.count {
        case 0: 0
        case 1: UInt128(limbs[0])
        case 2: UInt128(limbs[1]) << 64 | UInt128(limbs[0])
        default: nil
        }
    }

    /// The number of significant bits (0 for zero).
    var bitWidth: Int {
        guard let last = limbs.last else { return 0 }
        return limbs.count * 64 - last.leadingZeroBitCount
    }

    static func < (a: Natural, b: Natural) -> Bool {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
        var i = a.limbs.count
        while i > 0 {
            i -= 1
            if a.limbs[i] != b.limbs[i] { return a.limbs[i] < b.limbs[i] }
        }
        return false
    }

    // MARK: addition and subtraction

    static func + (a: Natural, b: Natural) -> Natural {
        let n = max(a.limbs.count, b.limbs.count)
        var out = [UInt64](repeating: 0, count: n + 1)
        var carry: UInt64 = 0
        for i in 0..<n {
            let x = i < a.limbs.count ? a.limbs[i] : 0
            let y = i < b.limbs.count ? b.limbs[i] : 0
            let (s1, o1) = x.addingReportingOverflow(y)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            out[i] = s2
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        out[n] = carry
        return Natural(limbs: out)
    }

    /// `a - b` for `a >= b` (callers compare first).
    static func - (a: Natural, b: Natural) -> Natural {
        var out = a.limbs
        var borrow: UInt64 = 0
        for i in 0..<out.count {
            let y = i < b.limbs.count ? b.limbs[i] : 0
            let (d1, o1) = out[i].subtractingReportingOverflow(y)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            out[i] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        return Natural(limbs: out)
    }

    mutating func add(_ small: UInt64) {
        var carry = small
        var i = 0
        while carry != 0 {
            if i == limbs.count { limbs.append(carry); return }
            let (s, o) = limbs[i].addingReportingOverflow(carry)
            limbs[i] = s
            carry = o ? 1 : 0
            i += 1
        }
    }

    // MARK: multiplication

    mutating func multiply(by small: UInt64) {
        if small == 0 { limbs = []; return }
        var carry: UInt64 = 0
        for i in 0..<limbs.count {
            let (high, low) = limbs[i].multipliedFullWidth(by: small)
            let (s, o) = low.addingReportingOverflow(carry)
            limbs[i] = s
            carry = high &+ (o ? 1 : 0) // high ≤ 2^64 - 2: no wrap
        }
        if carry != 0 { limbs.append(carry) }
    }

    static func * (a: Natural, b: Natural) -> Natural {
        if a.isZero || b.isZero { return Natural() }
        var out = [UInt64](repeating: 0, count: a.limbs.count + b.limbs.count)
        for i in 0..<a.limbs.count {
            var carry: UInt64 = 0
            let x = a.limbs[i]
            for j in 0..<b.limbs.count {
                // x·y + out + carry < 2^128: never wraps.
                let (high, low) = x.multipliedFullWidth(by: b.limbs[j])
                let (s1, o1) = low.addingReportingOverflow(out[i + j])
                let (s2, o2) = s1.addingReportingOverflow(carry)
                out[i + j] = s2
                carry = high &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
            }
            out[i + b.limbs.count] = carry
        }
        return Natural(limbs: out)
    }

    // MARK: powers of ten

    /// 10^19, the largest power of ten in a limb.
    private static let tenToThe19: UInt64 = 10_000_000_000_000_000_000

    static func pow10(_ n: Int) -> Natural {
        var r = Natural(1 as UInt64)
        r.multiplyByPow10(n)
        return r
    }

    mutating func multiplyByPow10(_ n: Int) {
        var left = n
        while left >= 19 { multiply(by: Natural.tenToThe19); left -= 19 }
        if left > 0 { multiply(by: UInt64(Dec.powersOfTen[left])) }
    }

    /// Divides in place by a nonzero limb; returns the remainder.
    @discardableResult
    mutating func divide(by small: UInt64) -> UInt64 {
        var r: UInt64 = 0
        var i = limbs.count
        while i > 0 {
            i -= 1
            // r < small, so the quotient limb fits.
            let (q, rem) = small.dividingFullWidth((high: r, low: limbs[i]))
            limbs[i] = q
            r = rem
        }
        trim()
        return r
    }

    /// Divides in place by 10^n, truncating.
    mutating func divideByPow10(_ n: Int) {
        var left = n
        while left >= 19 && !isZero { divide(by: Natural.tenToThe19); left -= 19 }
        if left > 0 && left < 19 && !isZero { divide(by: UInt64(Dec.powersOfTen[left])) }
    }

    /// The number of decimal digits (0 for zero).
    var decimalDigitCount: Int {
        let bits = bitWidth
        guard bits > 0 else { return 0 }
        if let v = uint128 {
            var d = 1
            while d < Dec.powersOfTen.count && v >= UInt128(Dec.powersOfTen[d]) { d += 1 }
            return d
        }
        // 2^(bits-1) ≤ self: at least floor((bits-1)·log10 2) + 1 digits (log10 2 taken from below).
        var d = (bits - 1) * 30_102_999_566 / 100_000_000_000 + 1
        var p = Natural.pow10(d)
        while p <= self { d += 1; p.multiply(by: 10) }
        return d
    }

    // MARK: division

    /// Quotient and remainder of `self / d` for a nonzero `d` (Knuth's algorithm D, in 32-bit
    /// digits so that every step is a 64-bit operation).
    func quotientAndRemainder(dividingBy d: Natural) -> (quotient: Natural, remainder: Natural) {
        if self < d { return (Natural(), self) }
        if d.limbs.count == 1 {
            var q = self
            let r = q.divide(by: d.limbs[0])
            return (q, Natural(r))
        }
        let u = Natural.halves(limbs), v = Natural.halves(d.limbs)
        let (q, r) = Natural.divide(u, by: v)
        return (Natural(limbs: Natural.joined(q)), Natural(limbs: Natural.joined(r)))
    }

    private static func halves(_ limbs: [UInt64]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(limbs.count * 2)
        for l in limbs { out.append(UInt32(truncatingIfNeeded: l)); out.append(UInt32(truncatingIfNeeded: l >> 32)) }
        while let last = out.last, last == 0 { out.removeLast() }
        return out
    }

    private static func joined(_ halves: [UInt32]) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity((halves.count + 1) / 2)
        var i = 0
        while i < halves.count {
            let low = UInt64(halves[i]), high = i + 1 < halves.count ? UInt64(halves[i + 1]) : 0
            out.append(high << 32 | low)
            i += 2
        }
        return out
    }

    /// Algorithm D (TAOCP 4.3.1) on base-2^32 digits; `v` has at least two digits, `u ≥ v`.
    private static func divide(_ u: [UInt32], by v: [UInt32]) -> ([UInt32], [UInt32]) {
        let n = v.count, m = u.count - n
        let shift = UInt64(v[n - 1].leadingZeroBitCount)
        // Normalise: the divisor's top digit gets its high bit set.
        var vn = [UInt32](repeating: 0, count: n)
        var un = [UInt32](repeating: 0, count: u.count + 1)
        for i in stride(from: n - 1, to: 0, by: -1) {
            vn[i] = UInt32(truncatingIfNeeded: (UInt64(v[i]) << shift) | (shift == 0 ? 0 : UInt64(v[i - 1]) >> (32 - shift)))
        }
        vn[0] = UInt32(truncatingIfNeeded: UInt64(v[0]) << shift)
        un[u.count] = shift == 0 ? 0 : UInt32(truncatingIfNeeded: UInt64(u[u.count - 1]) >> (32 - shift))
        for i in stride(from: u.count - 1, to: 0, by: -1) {
            un[i] = UInt32(truncatingIfNeeded: (UInt64(u[i]) << shift) | (shift == 0 ? 0 : UInt64(u[i - 1]) >> (32 - shift)))
        }
        un[0] = UInt32(truncatingIfNeeded: UInt64(u[0]) << shift)
        var q = [UInt32](repeating: 0, count: m + 1)
        let base: UInt64 = 1 << 32
        let vTop = UInt64(vn[n - 1]), vNext = UInt64(vn[n - 2])
        for j in stride(from: m, through: 0, by: -1) {
            // Estimate the quotient digit from the top two digits, then correct it.
            let top = UInt64(un[j + n]) << 32 | UInt64(un[j + n - 1])
            var qhat = top / vTop
            var rhat = top % vTop
            while qhat >= base || qhat * vNext > (rhat << 32 | UInt64(un[j + n - 2])) {
                qhat -= 1
                rhat += vTop
                if rhat >= base { break }
            }
            // Multiply and subtract, in signed 64-bit arithmetic with a borrow.
            var borrow: Int64 = 0
            var carry: UInt64 = 0
            for i in 0..<n {
                let p = qhat * UInt64(vn[i]) + carry
                carry = p >> 32
                let t = Int64(un[i + j]) - borrow - Int64(p & 0xFFFF_FFFF)
                un[i + j] = UInt32(truncatingIfNeeded: t)
                borrow = t < 0 ? 1 : 0
            }
            let t = Int64(un[j + n]) - borrow - Int64(carry)
            un[j + n] = UInt32(truncatingIfNeeded: t)
            if t < 0 {
                // The estimate was one too large: add the divisor back.
                qhat -= 1
                var c: UInt64 = 0
                for i in 0..<n {
                    let s = UInt64(un[i + j]) + UInt64(vn[i]) + c
                    un[i + j] = UInt32(truncatingIfNeeded: s)
                    c = s >> 32
                }
                un[j + n] = UInt32(truncatingIfNeeded: UInt64(un[j + n]) + c)
            }
            q[j] = UInt32(truncatingIfNeeded: qhat)
        }
        // Unnormalise the remainder.
        var r = [UInt32](repeating: 0, count: n)
        for i in 0..<n {
            let low = UInt64(un[i]) >> shift
            let high = shift == 0 ? 0 : UInt64(un[i + 1]) << (32 - shift)
            r[i] = UInt32(truncatingIfNeeded: low | high)
        }
        while let last = q.last, last == 0 { q.removeLast() }
        while let last = r.last, last == 0 { r.removeLast() }
        return (q, r)
    }
}
