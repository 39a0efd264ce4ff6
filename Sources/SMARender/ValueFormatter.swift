import SMALanguage
import SMAEngine

/// Turns single values into text for people (tables, markdown, notes).
public struct ValueFormatter: Sendable {
    public var units: UnitStyle
    /// Most decimal places shown for plain numbers and percents in human-readable output.
    public var maxPlaces = 12

    public init(units: UnitStyle) {
        self.units = units
    }

    /// Appends `format(v)` to `bytes` as UTF-8 when one of the fast paths `format` itself uses
    /// writes it (a plain number, a whole amount in Korean units: most results), and says so;
    /// false, with nothing written, for any other value. The renderer writes straight into its
    /// output this way, with no string in between.
    @inline(__always)
    func appendFastBytes(_ v: Value, to bytes: inout [UInt8]) -> Bool {
        switch v {
        case .number(let d) where d.scale == 0:
            // A whole number (the result of most arithmetic): its digits alone.
            guard let m = Int64(exactly: d.mantissa) else { return false }
            Dec.appendDigits(m, to: &bytes)
            return true
        case .number(let d) where d.scale <= maxPlaces:
            guard let m = Int64(exactly: d.mantissa) else { return false }
            Dec.withPlainBytes(m, scale: d.scale, minPlaces: 0, grouping: false) { bytes.append(contentsOf: $0) }
            return true
        case .money(let m) where units == .ko:
            guard m.amount.isInteger, let v = m.amount.intValue, v != Int.min else { return false }
            ValueFormatter.withKoreanWholeBytes(v, dollars: m.currency == .usd) { bytes.append(contentsOf: $0) }
            return true
        default:
            return false
        }
    }

    public func format(_ v: Value) -> String {
        switch v {
        case .number(let d): return d.plain(maxPlaces: maxPlaces)
        case .percent(let d, let style):
            let s = d.plain(minPlaces: style.minPlaces, maxPlaces: maxPlaces)
            return (style == .signed && !d.isNegative && !d.isZero ? "+" : "") + s + "%"
        case .money(let m): return money(m)
        case .range(let a, let b): return "\(a)..\(b)"
        case .text(let s): return Escape.terminal(s)
        case .note(let n): return n.text(format)
        case .date(let d): return d.description
        case .bool(let b): return b ? "true" : "false"
        case .table(let t): return "(table of \(t.rows.count) rows)"
        case .details(let d): return d.title
        case .chart(let c): return c.title ?? "(chart of \(c.rows.count) rows)"
        case .document(let d): return "(\(d.parts.count) lines)"
        }
    }

    public func money(_ m: Money) -> String {
        switch units {
        case .ko: return korean(m)
        case .en: return english(m)
        }
    }

    /// `1조 4,659억 2,600만 원`, `1억 5,000만 달러`.
    func korean(_ m: Money) -> String {
        // Fast path: a whole amount that fits in Int64 (every amount of the record), written
        // straight into bytes.
        if m.amount.isInteger, let v = m.amount.intValue, v != Int.min {
            return ValueFormatter.koreanWhole(v, dollars: m.currency == .usd)
        }
        let negative = m.amount.isNegative
        let whole = m.amount.magnitude.integerPart
        let frac = m.amount.magnitude.truncated(places: 2).differenceOrZero(Dec(mantissa: whole, scale: 0))
        let jo = whole / 1_000_000_000_000
        let eok = (whole / 100_000_000) % 10_000
        let man = (whole / 10_000) % 10_000
        let rest = whole % 10_000
        var parts: [String] = []
        if jo > 0 { parts.append(Dec.group(String(jo)) + "조") }
        if eok > 0 { parts.append(Dec.group(String(eok)) + "억") }
        if man > 0 { parts.append(Dec.group(String(man)) + "만") }
        if rest > 0 || parts.isEmpty || !frac.isZero {
            var r = Dec.group(String(rest))
            if !frac.isZero { r += "." + frac.plain(minPlaces: 2).split(separator: ".").last! }
            parts.append(r)
        }
        let unit = m.currency == .krw ? "원" : "달러"
        return (negative ? "-" : "") + parts.joined(separator: " ") + " " + unit
    }

    /// `1조 1,833억 원` for a whole number of won (or dollars), with no intermediate strings.
    static func koreanWhole(_ v: Int, dollars: Bool) -> String {
        withKoreanWholeBytes(v, dollars: dollars) { String(decoding: $0, as: UTF8.self) }
    }

    /// The UTF-8 of `koreanWhole`, lent to `body`.
    static func withKoreanWholeBytes<R>(_ v: Int, dollars: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 80) { buf in
            var w = ByteWriter(buf)
            if v < 0 { w.put("-") }
            let first = w.count
            // One group: `1,833억`, after a space unless it is the first.
            func group(_ part: UInt64, _ unit: StaticString, _ w: inout ByteWriter) {
                if w.count > first { w.put(" ") }
                w.decimal(part, grouping: true)
                w.put(unit)
            }
            let whole = UInt64(v.magnitude)
            if whole >= 1_000_000_000_000 { group(whole / 1_000_000_000_000, "조", &w) }
            if (whole / 100_000_000) % 10_000 > 0 { group((whole / 100_000_000) % 10_000, "억", &w) }
            if (whole / 10_000) % 10_000 > 0 { group((whole / 10_000) % 10_000, "만", &w) }
            if whole % 10_000 > 0 || w.count == first { group(whole % 10_000, "", &w) }
            w.put(dollars ? " 달러" : " 원")
            return body(w.written)
        }
    }

    /// Places an English scale word keeps exactly, and the significant digits of a longer figure.
    static let englishPlaces = 4
    static let englishDigits = 3

    /// `₩1.1833 trillion`, `$150 million`, `$1.03 billion`, `₩35,000`.
    func english(_ m: Money) -> String {
        let symbol = m.currency == .krw ? "₩" : "$"
        let negative = m.amount.isNegative
        let a = m.amount.magnitude
        let scales: [(Int, String)] = [(12, "trillion"), (9, "billion"), (6, "million")]
        for (p, word) in scales where a >= Dec(mantissa: Dec.powersOfTen[p], scale: 0) {
            // Exact when four places of the scale word hold it (every yearly amount, a whole
            // number of 억, is `₩1.1833 trillion`); a figure with more digits (a conversion,
            // a quotient) is written to three significant digits (`$1.03 billion`), as English
            // prose writes it. `--units ko`, CSV and JSON keep every digit.
            if let v = try? a.shiftedRight(p), v.scale <= ValueFormatter.englishPlaces {
                return (negative ? "-" : "") + symbol + v.plain(grouping: true) + " " + word
            }
            let digits = String(a.integerPart).count - p
            let places = max(0, ValueFormatter.englishDigits - digits) - p
            guard let r = try? a.rounded(places: places),
                  let rounded = try? Money(rounding: negative ? r.negated() : r, m.currency) else { break }
            return english(rounded)
        }
        let places = m.currency.minorPlaces
        return (negative ? "-" : "") + symbol + a.plain(minPlaces: a.isInteger ? 0 : places, grouping: true)
    }
}

extension Dec {
    /// Subtraction for values known to be small (formatting only); zero on overflow.
    func differenceOrZero(_ other: Dec) -> Dec { (try? subtracting(other)) ?? .zero }
}
