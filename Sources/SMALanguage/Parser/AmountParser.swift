/// Numbers and money in every form people write them: `1조 1,833억 원`, `$150 million`, `₩1.1833T`.
extension Parser {

    /// A number, optionally with units that make it money:
    /// `1조 1,833억 원`, `11833억`, `1.1833 trillion won`, `KRW 1,183,300,000,000`, `₩1.1833T`, `$150 million`.
    mutating func parseNumberOrMoney(prefix: Currency?, prefixSpan: Span?) throws(Diagnostic) -> Expr {
        guard case .number(let first) = kind else { throw unexpected("expected a number") }
        let firstSpan = advance().span
        let start = prefixSpan ?? firstSpan
        var end = firstSpan
        var currency = prefix
        var amount = first
        var isMoney = prefix != nil

        if case .koreanUnit = kind {
            let (total, money) = try parseKoreanGroups(first: first, firstSpan: firstSpan, start: start, end: &end, currency: &currency)
            amount = total
            isMoney = isMoney || money
        } else {
            if let p = word(in: Vocabulary.scaleWordTable) {
                end = advance().span
                amount = try scaled(amount, p, firstSpan.to(end))
            }
            if let c = word(in: Vocabulary.currencySuffixTable) {
                let w = text(of: current)
                if let pc = currency, pc != c {
                    throw Diagnostic(.syntax, "`\(w)` contradicts the currency before the amount", at: current.span)
                }
                end = advance().span
                currency = c
                isMoney = true
            } else if kind == .koreanUnit(.won) {
                end = advance().span
                currency = .krw
                isMoney = true
            }
        }
        let span = start.to(end)
        guard isMoney, let currency else { return syntax.add(.number(amount), span) }
        do throws(MoneyError) {
            return syntax.add(.money(try Money(exact: amount, currency)), span)
        } catch {
            throw Diagnostic(.syntax, currency == .krw ? "an amount in won must be a whole number of won"
                             : "an amount in dollars has at most two decimal places (cents)", at: span)
        }
    }

    /// `1조 1,833억 원`: groups of a number, an optional `천` and a unit, largest first, and an
    /// optional `원`. The amount, and whether it is money (a unit of 만 or more, or `원`; `5천`
    /// alone is the number 5000).
    @inline(__always)
    mutating func parseKoreanGroups(first: Dec, firstSpan: Span, start: Span, end: inout Span, currency: inout Currency?) throws(Diagnostic) -> (Dec, Bool) {
        var isMoney = false
        // Korean groups: (number [천] (조|억|만))* [number] [원]
        var total = Dec.zero
        var groupValue: Dec? = first
        var lastPower = Int.max
        var groupSpan = firstSpan
        while true {
            guard let g = groupValue else { break }
            var value = g
            var power = 0
            if kind == .koreanUnit(.cheon) {
                end = advance().span
                value = try scaled(value, 3, groupSpan.to(end))
            }
            if case .koreanUnit(let u) = kind, let p = u.power, u != .cheon {
                end = advance().span
                power = p
            }
            if power >= lastPower || (power == 0 && lastPower == 0) {
                throw Diagnostic(.syntax, "Korean units out of order", at: groupSpan.to(end),
                                 hint: "write the larger unit first: `1조 1,833억 원`")
            }
            lastPower = power
            value = try scaled(value, power, groupSpan.to(end))
            // The groups add up exactly, or not at all: a sum past 38 digits would round (and
            // `…조 0.5원` become a whole number of won).
            do throws(ArithmeticError) {
                let sum = try total.adding(value)
                // Only a sum with a fraction can have been rounded (a whole one past 38 digits
                // overflows): checked then, and only then.
                if value.scale > 0 || total.scale > 0, try sum.subtracting(total) != value { throw ArithmeticError.overflow }
                total = sum
            } catch {
                throw Diagnostic(.syntax, value.isInteger ? "amount too large" : "an amount in won must be a whole number of won",
                                 at: start.to(end))
            }
            isMoney = isMoney || power > 0
            groupValue = nil
            // Another group follows only when a number is followed by a unit (or, last, by the
            // dollar word: `1,234만 6,315 달러`).
            if case .number(let next) = kind, power > 0 {
                switch peek() {
                case .koreanUnit:
                    groupSpan = advance().span
                    groupValue = next
                case .identifier where word(ahead: 1).flatMap({ Vocabulary.currencySuffixes[$0] }) == .usd:
                    groupSpan = advance().span
                    groupValue = next
                default:
                    break
                }
            }
        }
        let amount = total
        if kind == .koreanUnit(.won) {
            end = advance().span
            isMoney = true
            if let c = currency, c != .krw {
                throw Diagnostic(.syntax, "`원` contradicts the `$` before the amount", at: end)
            }
            currency = .krw
        } else if let c = word(in: Vocabulary.currencySuffixTable), c == .usd {
            // `3억 달러`, `150만 dollars`: Korean units of dollars, as sma writes them.
            if let given = currency, given != .usd {
                throw Diagnostic(.syntax, "`\(text(of: current))` contradicts the currency before the amount", at: current.span)
            }
            end = advance().span
            isMoney = true
            currency = .usd
        }
        if currency == nil { currency = .krw }
        return (amount, isMoney)
    }

    /// `d` × 10^`p`, or "amount too large" at `span`.
    func scaled(_ d: Dec, _ p: Int, _ span: Span) throws(Diagnostic) -> Dec {
        do throws(ArithmeticError) {
            return try d.multiplied(by: Dec(mantissa: try Dec.pow10(p), scale: 0))
        } catch {
            throw Diagnostic(.syntax, "amount too large", at: span)
        }
    }
}
