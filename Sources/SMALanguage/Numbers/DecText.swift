/// `Dec` as text: plain decimals with optional grouping, and parsing what users write.
extension Dec {

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
        withPlainBytes(m, scale: scale, minPlaces: minPlaces, grouping: grouping) { String(decoding: $0, as: UTF8.self) }
    }

    /// `plain(m, scale: 0, …)` without grouping (a whole number's digits), appended to `out`.
    package static func appendDigits(_ m: Int64, to out: inout [UInt8]) {
        if m < 0 { out.append(UInt8(ascii: "-")) }
        // The digits from the last, into 20 bytes on the stack (a 64-bit magnitude has at most
        // 20), then appended in one step. (`ByteWriter.decimal` writes the same digits, but
        // counts them first and checks for grouping at each: measured 81 instructions more a
        // line of ten-digit sums.)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buf in
            var x = m.magnitude
            var at = 20
            repeat {
                at -= 1
                buf[at] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: x % 10)
                x /= 10
            } while x > 0
            // A few digits one by one: `append(contentsOf:)` costs about 70 instructions
            // whatever the count, a byte's `append` about ten.
            if at >= 16 {
                for i in at..<20 { out.append(buf[i]) }
            } else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[at..<20]))
            }
        }
    }

    /// The UTF-8 of `plain(m, scale:…)`, lent to `body` (the renderer copies it into its output).
    package static func withPlainBytes<R>(_ m: Int64, scale: Int, minPlaces: Int, grouping: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
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
            return body(w.written)
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
        guard any, m.magnitude < Dec.mantissaLimit else { return nil }
        self.init(mantissa: m, scale: s)
    }
}
