/// An exact decimal number: `mantissa / 10^scale`.
///
/// Money and rates in sma never touch binary floating point. Addition, subtraction and
/// multiplication are exact; division is exact whenever the quotient terminates within
/// `Dec.maxScale` decimal places, and is otherwise rounded half-up at the last place.
/// Every operation checks for overflow and throws instead of trapping.
public struct Dec: Sendable, Hashable, Comparable, CustomStringConvertible {
    public private(set) var mantissa: Int128
    public private(set) var scale: Int

    /// The most decimal places a value keeps.
    public static let maxScale = 24

    public static let zero = Dec(0)
    public static let one = Dec(1)
    public static let hundred = Dec(100)

    /// `mantissa / 10^scale`, normalised (no trailing zeros in the fraction).
    public init(mantissa: Int128, scale: Int) {
        self.mantissa = mantissa
        self.scale = scale
        normalise()
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
        while scale > 0 && mantissa % 10 == 0 {
            mantissa /= 10
            scale -= 1
        }
    }

    // MARK: powers of ten

    static let powersOfTen: [Int128] = {
        var p: [Int128] = [1]
        for _ in 1...38 { p.append(p[p.count - 1] * 10) }
        return p
    }()

    static func pow10(_ n: Int) throws(ArithmeticError) -> Int128 {
        guard n >= 0 && n < powersOfTen.count else { throw .overflow }
        return powersOfTen[n]
    }

    // MARK: queries

    public var isZero: Bool { mantissa == 0 }
    public var isNegative: Bool { mantissa < 0 }
    public var isInteger: Bool { scale == 0 }
    public var magnitude: Dec { Dec(mantissa: mantissa < 0 ? -mantissa : mantissa, scale: scale) }

    /// The value as an integer, if it is one and fits.
    public var intValue: Int? {
        guard scale == 0, mantissa >= Int128(Int.min), mantissa <= Int128(Int.max) else { return nil }
        return Int(mantissa)
    }

    /// The integer part, truncated toward zero.
    public var integerPart: Int128 {
        mantissa / Dec.powersOfTen[scale]
    }

    // MARK: arithmetic

    private static func aligned(_ a: Dec, _ b: Dec) throws(ArithmeticError) -> (Int128, Int128, Int) {
        if a.scale == b.scale { return (a.mantissa, b.mantissa, a.scale) }
        if a.scale > b.scale {
            let f = try pow10(a.scale - b.scale)
            let (m, o) = b.mantissa.multipliedReportingOverflow(by: f)
            if o { throw .overflow }
            return (a.mantissa, m, a.scale)
        } else {
            let f = try pow10(b.scale - a.scale)
            let (m, o) = a.mantissa.multipliedReportingOverflow(by: f)
            if o { throw .overflow }
            return (m, b.mantissa, b.scale)
        }
    }

    public func adding(_ other: Dec) throws(ArithmeticError) -> Dec {
        let (a, b, s) = try Dec.aligned(self, other)
        let (r, o) = a.addingReportingOverflow(b)
        if o { throw .overflow }
        return Dec(mantissa: r, scale: s)
    }

    public func subtracting(_ other: Dec) throws(ArithmeticError) -> Dec {
        let (a, b, s) = try Dec.aligned(self, other)
        let (r, o) = a.subtractingReportingOverflow(b)
        if o { throw .overflow }
        return Dec(mantissa: r, scale: s)
    }

    public func multiplied(by other: Dec) throws(ArithmeticError) -> Dec {
        let (r, o) = mantissa.multipliedReportingOverflow(by: other.mantissa)
        if o { throw .overflow }
        let s = scale + other.scale
        if s <= Dec.maxScale { return Dec(mantissa: r, scale: s) }
        // Too many places: round half-up back to maxScale.
        return Dec.roundHalfUp(r, dropping: s - Dec.maxScale, newScale: Dec.maxScale)
    }

    /// Division by long division: exact when the quotient terminates within `maxScale` places.
    public func divided(by other: Dec) throws(ArithmeticError) -> Dec {
        if other.mantissa == 0 { throw .divisionByZero }
        // self / other = (a / 10^sa) / (b / 10^sb) = (a / b) * 10^(sb - sa)
        var a = mantissa < 0 ? -mantissa : mantissa
        let b = other.mantissa < 0 ? -other.mantissa : other.mantissa
        let negative = (mantissa < 0) != (other.mantissa < 0)
        var shift = other.scale - scale // result = (a/b) * 10^shift
        // A positive shift is folded into the dividend; a negative one becomes result scale.
        if shift > 0 {
            let f = try Dec.pow10(shift)
            let (m, o) = a.multipliedReportingOverflow(by: f)
            if o { throw .overflow }
            a = m
            shift = 0
        }
        // Now result = (a / b) / 10^(-shift), i.e. the quotient with extra scale `-shift`.
        let extraScale = -shift
        var q = a / b
        var r = a % b
        var s = 0
        while r != 0 && s + extraScale < Dec.maxScale {
            let (r10, o1) = r.multipliedReportingOverflow(by: 10)
            let (q10, o2) = q.multipliedReportingOverflow(by: 10)
            if o1 || o2 { break }
            let digit = r10 / b
            r = r10 % b
            q = q10 + digit
            s += 1
        }
        if r != 0 {
            // Round half-up on the remainder: compare 2r with b (b may be huge; avoid overflow).
            if r >= b - r { q += 1 }
        }
        let resultScale = s + extraScale
        if resultScale > Dec.maxScale {
            return Dec.roundHalfUp(negative ? -q : q, dropping: resultScale - Dec.maxScale, newScale: Dec.maxScale)
        }
        return Dec(mantissa: negative ? -q : q, scale: resultScale)
    }

    public func negated() -> Dec { Dec(mantissa: -mantissa, scale: scale) }

    /// Integer power (exponent 0...`limit`), exact while it fits.
    public func power(_ n: Int) throws(ArithmeticError) -> Dec {
        if n < 0 {
            return try Dec.one.divided(by: power(-n))
        }
        var result = Dec.one
        var base = self
        var e = n
        while e > 0 {
            if e & 1 == 1 { result = try result.multiplied(by: base) }
            e >>= 1
            if e > 0 { base = try base.multiplied(by: base) }
        }
        return result
    }

    // MARK: rounding

    private static func roundHalfUp(_ m: Int128, dropping n: Int, newScale: Int) -> Dec {
        guard n > 0 else { return Dec(mantissa: m, scale: newScale) }
        if n >= powersOfTen.count { return .zero }
        let f = powersOfTen[n]
        var q = m / f
        let r = m % f
        let absR = r < 0 ? -r : r
        if absR >= f - absR { q += (m < 0 ? -1 : 1) }
        return Dec(mantissa: q, scale: newScale)
    }

    /// Rounded half-up (half away from zero) to `places` decimal places (may be negative:
    /// -8 rounds to a multiple of 10^8).
    public func rounded(places: Int) throws(ArithmeticError) -> Dec {
        if places >= scale { return self }
        let drop = scale - places
        if places >= 0 {
            return Dec.roundHalfUp(mantissa, dropping: drop, newScale: places)
        }
        let r = Dec.roundHalfUp(mantissa, dropping: drop, newScale: 0)
        let f = try Dec.pow10(-places)
        let (m, o) = r.mantissa.multipliedReportingOverflow(by: f)
        if o { throw .overflow }
        return Dec(mantissa: m, scale: 0)
    }

    /// Truncated toward zero to `places` decimal places.
    public func truncated(places: Int) -> Dec {
        if places >= scale { return self }
        let f = Dec.powersOfTen[min(scale - places, 38)]
        return Dec(mantissa: mantissa / f, scale: places)
    }

    // MARK: comparison

    public static func < (lhs: Dec, rhs: Dec) -> Bool {
        if let (a, b, _) = try? aligned(lhs, rhs) { return a < b }
        // Alignment overflowed: compare integer parts, then fall back to subtraction-free check.
        let ia = lhs.integerPart, ib = rhs.integerPart
        if ia != ib { return ia < ib }
        return lhs.scale > rhs.scale ? lhs.mantissa < 0 : rhs.mantissa > 0
    }

    // MARK: text

    /// Plain decimal text, e.g. `-1234.5`. No grouping.
    public var description: String {
        plain()
    }

    /// Decimal text with at least `minPlaces` and (after rounding) at most `maxPlaces` places.
    public func plain(minPlaces: Int = 0, maxPlaces: Int? = nil, grouping: Bool = false) -> String {
        var v = self
        if let maxPlaces, maxPlaces < v.scale { v = (try? v.rounded(places: maxPlaces)) ?? v }
        if let m = Int64(exactly: v.mantissa) { return Dec.plain(m, scale: v.scale, minPlaces: minPlaces, grouping: grouping) }
        let negative = v.mantissa < 0
        let digits = String(negative ? -v.mantissa : v.mantissa)
        var intPart: Substring
        var frac: String
        if v.scale == 0 {
            intPart = Substring(digits)
            frac = ""
        } else if digits.count > v.scale {
            let cut = digits.index(digits.endIndex, offsetBy: -v.scale)
            intPart = digits[..<cut]
            frac = String(digits[cut...])
        } else {
            intPart = "0"
            frac = String(repeating: "0", count: v.scale - digits.count) + digits
        }
        if frac.count < minPlaces { frac += String(repeating: "0", count: minPlaces - frac.count) }
        var out = negative ? "-" : ""
        out += grouping ? Dec.group(String(intPart)) : String(intPart)
        if !frac.isEmpty { out += "." + frac }
        return out
    }

    /// `plain` for a mantissa that fits in 64 bits, written straight into bytes.
    static func plain(_ m: Int64, scale: Int, minPlaces: Int, grouping: Bool) -> String {
        let places = max(scale, minPlaces)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64 + places) { buf in
            var w = ByteWriter(buf)
            if m < 0 { w.put("-") }
            // 10^scale fits in 64 bits up to scale 19; beyond, every digit is in the fraction.
            let (whole, fraction) = scale <= 19 ? m.magnitude.quotientAndRemainder(dividingBy: UInt64(Dec.powersOfTen[scale])) : (0, m.magnitude)
            w.decimal(whole, grouping: grouping)
            if places > 0 {
                w.put(".")
                if scale > 0 { w.decimal(fraction, grouping: false, minDigits: scale) }
                for _ in scale..<places { w.put("0") }
            }
            return w.string
        }
    }

    /// Inserts thousands separators: `1234567` → `1,234,567`.
    public static func group(_ digits: String) -> String {
        let bytes = Array(digits.utf8)
        guard bytes.count > 3 else { return digits }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 3)
        for (i, b) in bytes.enumerated() {
            if i > 0 && (bytes.count - i) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses plain decimal text: an optional `-`, digits, an optional point and fraction, `,` as a thousands
    /// separator (ignored). Returns nil on anything else or on overflow.
    public init?(parsing text: Substring) {
        self.init(utf8: text.utf8)
    }

    /// `init(parsing:)` over UTF-8 bytes (the lexer's numbers, without making a string).
    init?<C: Collection<UInt8>>(utf8 text: C) {
        // Fast path: up to 18 plain digits fit in Int64 without overflow checks.
        if text.count <= 18 {
            var v: Int64 = 0
            var plain = !text.isEmpty
            for u in text {
                guard u >= UInt8(ascii: "0") && u <= UInt8(ascii: "9") else { plain = false; break }
                v = v &* 10 &+ Int64(u &- UInt8(ascii: "0"))
            }
            if plain { self.init(v); return }
        }
        if text.first == UInt8(ascii: "-") {
            guard let v = Dec(utf8: text.dropFirst()) else { return nil }
            self = v.negated()
            return
        }
        var m: Int128 = 0
        var s = 0
        var seenPoint = false
        var any = false
        for u in text {
            switch u {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (a, o1) = m.multipliedReportingOverflow(by: 10)
                if o1 { return nil }
                let (b, o2) = a.addingReportingOverflow(Int128(u - UInt8(ascii: "0")))
                if o2 { return nil }
                m = b
                any = true
                if seenPoint { s += 1; if s > Dec.maxScale { return nil } }
            case UInt8(ascii: "."):
                if seenPoint { return nil }
                seenPoint = true
            case UInt8(ascii: ","), UInt8(ascii: "_"):
                if seenPoint { return nil }
            default:
                return nil
            }
        }
        guard any else { return nil }
        self.init(mantissa: m, scale: s)
    }
}

/// What can go wrong in exact arithmetic.
public enum ArithmeticError: Error, Sendable, Equatable {
    case overflow
    case divisionByZero
    /// The user asked to stop (Ctrl-C) during a long computation.
    case cancelled
}

/// Writes ASCII and UTF-8 pieces into a fixed buffer: the fast paths that format numbers and
/// amounts without intermediate strings. The buffer must be large enough for what is written.
struct ByteWriter {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    var string: String { String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self) }

    mutating func put(_ s: StaticString) {
        let p = s.utf8Start
        for k in 0..<s.utf8CodeUnitCount { buffer[count + k] = p[k] }
        count += s.utf8CodeUnitCount
    }

    /// `n` in decimal, zero-padded to `minDigits`, with a comma every three digits when grouping.
    mutating func decimal(_ n: UInt64, grouping: Bool, minDigits: Int = 1) {
        var digits = 1
        var x = n
        while x >= 10 { x /= 10; digits += 1 }
        digits = max(digits, minDigits)
        let width = grouping ? digits + (digits - 1) / 3 : digits
        var at = count + width - 1
        x = n
        for k in 0..<digits {
            if grouping && k > 0 && k % 3 == 0 { buffer[at] = UInt8(ascii: ","); at -= 1 }
            buffer[at] = UInt8(ascii: "0") + UInt8(x % 10)
            at -= 1
            x /= 10
        }
        count += width
    }
}
