/// An amount carried through a chain of growth rates, `x × (1 + r₁) × (1 + r₂) × …` (or back,
/// `x ÷ …`), exact to the end and rounded once: a 2005 amount in 2025 won is twenty CPI years
/// compounded, whose exact product has about sixty digits. Rounding at each step would round
/// twenty times; this rounds the exact result once, half-up, at the place asked (−8: 1억).
extension Dec {
    public func compounded(byPercents rates: [Dec], dividing: Bool = false, places: Int) throws(ArithmeticError) -> Dec {
        var num = Natural(mantissa.magnitude), den = Natural(1 as UInt64)
        var scale = self.scale
        for r in rates {
            // 1 + r/100 = (10^k + m) / 10^k, for r = m / 10^s and k = s + 2.
            let k = r.scale + 2
            guard r.scale >= 0, k < Dec.powersOfTen.count else { throw .tooPrecise }
            let (f, o) = Dec.powersOfTen[k].addingReportingOverflow(r.mantissa)
            // A rate of −100% or less leaves nothing to compound (or divides by zero).
            guard !o, f > 0 else { throw dividing ? .divisionByZero : .overflow }
            if dividing {
                num.multiplyByPow10(k)
                den = den * Natural(f.magnitude)
            } else {
                num = num * Natural(f.magnitude)
                scale += k
            }
        }
        if !dividing { return try Dec.rounding(num, scale: scale, negative: isNegative, places: places) }
        // The quotient truncated below the first digit that rounding drops: that digit is exact,
        // and half-up needs no other.
        let guardDigits = max(0, places + 2 - scale)
        num.multiplyByPow10(guardDigits)
        let q = num.quotientAndRemainder(dividingBy: den).quotient
        return try Dec.rounding(q, scale: scale + guardDigits, negative: isNegative, places: places)
    }
}
