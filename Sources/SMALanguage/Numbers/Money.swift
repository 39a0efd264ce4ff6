/// A currency sma knows. Amounts are kept to the currency's minor unit.
public enum Currency: String, Sendable, Hashable, CaseIterable {
    case krw = "KRW"
    case usd = "USD"

    /// Decimal places of the minor unit: whole won, cents.
    public var minorPlaces: Int {
        switch self {
        case .krw: 0
        case .usd: 2
        }
    }

    /// The unit a yearly amount is rounded to: 1억 won (the agreements' own rounding),
    /// or $100,000 for the dollar-denominated agreements (their published precision, $0.1M).
    public var yearlyRoundingPlaces: Int {
        switch self {
        case .krw: -8
        case .usd: -5
        }
    }
}

/// An exact amount of money in one currency.
///
/// Money is kept to the minor unit of its currency (whole won, cents). Multiplying or
/// dividing money by a number rounds half-up to that unit, explicitly, and never through
/// binary floating point.
public struct Money: Sendable, Hashable {
    public let amount: Dec
    public let currency: Currency

    /// Money from an exact amount; errors if it has more places than the currency's minor unit.
    public init(exact amount: Dec, _ currency: Currency) throws(MoneyError) {
        guard amount.scale <= currency.minorPlaces else { throw .fractionalMinorUnit(currency) }
        self.amount = amount
        self.currency = currency
    }

    /// Money from any amount, rounded half-up to the minor unit.
    public init(rounding amount: Dec, _ currency: Currency) throws(ArithmeticError) {
        self.amount = try amount.rounded(places: currency.minorPlaces)
        self.currency = currency
    }

    package init(unchecked amount: Dec, _ currency: Currency) {
        self.amount = amount
        self.currency = currency
    }

    /// The same amount with the opposite sign (always representable).
    public func negated() -> Money { Money(unchecked: amount.negated(), currency) }

    public init(won: Int64) {
        amount = Dec(won)
        currency = .krw
    }

    /// A whole number of 억 원 (10^8 won): below 10^27 won, always representable.
    public init(eok: Int64) {
        amount = Dec(mantissa: Int128(eok) * 100_000_000, scale: 0)
        currency = .krw
    }

    /// The unit a year's amount is rounded to: 1억 원, or $100,000 (a value, so that each
    /// renderer writes it in its own units).
    public static func yearlyUnit(_ currency: Currency) -> Money {
        Money(unchecked: Dec(mantissa: Dec.powersOfTen[-currency.yearlyRoundingPlaces], scale: 0), currency)
    }

    /// Rounded half-up to 1억 won (or $0.1M), as the agreements round each year.
    public func roundedYearly() throws(ArithmeticError) -> Money {
        try Money(rounding: amount.rounded(places: currency.yearlyRoundingPlaces), currency)
    }
}

public enum MoneyError: Error, Sendable, Equatable {
    case fractionalMinorUnit(Currency)
}
