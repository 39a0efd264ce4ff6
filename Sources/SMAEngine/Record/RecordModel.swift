import SMALanguage

/// The record: agreements, yearly contributions, negotiation rounds and the indices the rules
/// use. It is built by evaluating `define` statements (the built-in prelude, or `--record FILE`).

/// How an agreement's amount grows.
public struct Rule: Sendable, Hashable {
    public var kind: RuleKind
    public var rate: Dec?   // percent points, for `fixed`
    public var lag: Int?    // years between the index year and the payment year
    public var cap: Dec?    // percent points
    /// Points added to the index (`rule cpi lag 2 plus 8.8%`: the 5th SMA's 8.8% + CPI).
    public var plus: Dec? = nil

    /// Short text for tables: `CPI, lag 2, cap 5%`.
    public var short: String {
        var parts: [String]
        switch kind {
        case .negotiated: parts = ["negotiated"]
        case .frozen: parts = ["frozen"]
        case .fixed: parts = ["fixed" + (rate.map { $0.isNegative ? " \($0)%" : " +\($0)%" } ?? "")]
        case .cpi: parts = [(plus.map { "\($0)% + " } ?? "") + "CPI"]
        case .budget: parts = [(plus.map { "\($0)% + " } ?? "") + "defense budget"]
        case .index: parts = ["index"]
        }
        if let lag { parts.append("lag \(lag)") }
        if let cap { parts.append("cap \(cap)%") }
        return parts.joined(separator: ", ")
    }
}

public struct Agreement: Sendable {
    public var ordinal: Int
    public var firstYear: Int
    public var lastYear: Int
    public var signed: SimpleDate?
    public var inForce: SimpleDate?
    public var currency: Currency
    public var base: Money?
    public var rule: Rule
    /// The rule in words, as the record states it (`define agreement … { summary TEXT }`).
    public var ruleInWords: String?
    public var koreanNegotiator: String?
    public var usNegotiator: String?
    public var notes: [String]
    public var sources: [String]
    /// When the text was initialed, and when the National Assembly consented.
    public var initialed: SimpleDate? = nil
    public var ratified: SimpleDate? = nil
    /// The ratification vote, where sourced.
    public var vote: Vote? = nil
    /// Who signed it, in words.
    public var signatories: String? = nil

    public var years: ClosedRange<Int> { firstYear...lastYear }
}

/// A National Assembly vote: `vote 173 for 36 against 25 abstaining of 234`.
public struct Vote: Sendable, Hashable {
    public var yes: Int
    public var no: Int
    public var abstaining: Int
    public var present: Int
}

/// One chief negotiator of one side, with the period they led it.
public struct Negotiator: Sendable {
    public var agreement: Int
    public var name: String
    public var side: Side
    public var role: String?
    public var from: SimpleDate?
    public var to: SimpleDate?
    public var sourcing: Sourcing?
    public var notes: [String]
    public var sources: [String]
}

/// A dated event around an agreement: initialing, a vote, a walk-out, a furlough, a statement.
public struct Event: Sendable {
    public var date: SimpleDate
    public var agreement: Int
    public var kind: String
    public var text: String
    public var sourcing: Sourcing?
    public var notes: [String]
    public var sources: [String]
}

/// One part of how a year was paid: won, or dollars at a fixed rate (`paid $224 million at 907.6`).
public struct Payment: Sendable {
    public var amount: Money
    public var wonPerDollar: Dec?
}

/// One year's contribution as recorded (or settled by its agreement's rule).
///
/// Its fields live in one shared box, copied on write: a year is copied out of the record for
/// every `contribution YEAR`, and a struct of twelve fields (five arrays, three amounts) cost
/// about 450 instructions to copy and destroy each time; the box costs a retain and a release.
public struct Contribution: Sendable {
    private var box: Box

    public init(year: Int, amount: Money, figure: Figure? = nil, wonEquivalent: Money?, agreement: Int, basis: Basis?,
                rate: Dec?, parts: [(percent: Dec, label: String)] = [], notes: [String], sources: [String],
                reported: [(amount: Money, by: String)] = [], payments: [Payment] = []) {
        box = Box(Fields(year: year, amount: amount, figure: figure, wonEquivalent: wonEquivalent, agreement: agreement, basis: basis,
                         rate: rate, parts: parts, notes: notes, sources: sources, reported: reported, payments: payments))
    }

    public var year: Int {
        _read { yield box.fields.year }
        _modify { unique(); yield &box.fields.year }
    }
    public var amount: Money {
        _read { yield box.fields.amount }
        _modify { unique(); yield &box.fields.amount }
    }
    /// Where the figure comes from (`figure stated|rule|chart`), given for the dollar era.
    public var figure: Figure? {
        _read { yield box.fields.figure }
        _modify { unique(); yield &box.fields.figure }
    }
    /// The won equivalent published for a dollar-era year.
    public var wonEquivalent: Money? {
        _read { yield box.fields.wonEquivalent }
        _modify { unique(); yield &box.fields.wonEquivalent }
    }
    public var agreement: Int {
        _read { yield box.fields.agreement }
        _modify { unique(); yield &box.fields.agreement }
    }
    public var basis: Basis? {
        _read { yield box.fields.basis }
        _modify { unique(); yield &box.fields.basis }
    }
    /// The published rate for a negotiated year (percent points), e.g. 13.9 for 2021.
    public var rate: Dec? {
        _read { yield box.fields.rate }
        _modify { unique(); yield &box.fields.rate }
    }
    /// Additive parts of the rate: 2021's 7.4% (budget growth) + 6.5% (labour).
    public var parts: [(percent: Dec, label: String)] {
        _read { yield box.fields.parts }
        _modify { unique(); yield &box.fields.parts }
    }
    public var notes: [String] {
        _read { yield box.fields.notes }
        _modify { unique(); yield &box.fields.notes }
    }
    public var sources: [String] {
        _read { yield box.fields.sources }
        _modify { unique(); yield &box.fields.sources }
    }
    /// Other figures published for the year, each with who published it (`reported $623 million "…"`).
    public var reported: [(amount: Money, by: String)] {
        _read { yield box.fields.reported }
        _modify { unique(); yield &box.fields.reported }
    }
    /// How the year was paid, where the sources say (the payment basis of its won equivalent).
    public var payments: [Payment] {
        _read { yield box.fields.payments }
        _modify { unique(); yield &box.fields.payments }
    }

    private mutating func unique() {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
    }

    /// The fields, as a plain struct.
    private struct Fields {
        var year: Int
        var amount: Money
        var figure: Figure?
        var wonEquivalent: Money?
        var agreement: Int
        var basis: Basis?
        var rate: Dec?
        var parts: [(percent: Dec, label: String)]
        var notes: [String]
        var sources: [String]
        var reported: [(amount: Money, by: String)]
        var payments: [Payment]
    }

    /// The fields, shared. Changed only through `Contribution`, and only when the box is not
    /// shared (`unique`), so a box is never changed while another thread reads it.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }
}

public struct NegotiationRound: Sendable {
    public var agreement: Int
    public var number: Int
    public var start: SimpleDate?
    public var end: SimpleDate?
    public var city: String?
    public var venue: String?
    public var notes: [String]
    public var sources: [String]
    public var korea: String? = nil
    public var us: String? = nil
    public var format: RoundFormat? = nil
    public var sourcing: Sourcing? = nil
    /// What the sources do not state but is inferred (its date, its number …).
    public var inferred: [InferredPart] = []
}

public struct IndexValue: Sendable {
    public var year: Int
    public var percent: Dec
    public var notes: [String]
    public var sources: [String]
}

public struct BudgetValue: Sendable {
    public var year: Int
    public var amount: Money
    public var growth: Dec?
    public var notes: [String]
    public var sources: [String]
}

/// Won per dollar, an annual average.
public struct ExchangeRate: Sendable {
    public var year: Int
    public var wonPerDollar: Dec
    public var series: String?
    public var fred: Dec?
    public var notes: [String]
    public var sources: [String]
}

/// What a year's money paid for: labour, construction, logistics.
public struct Breakdown: Sendable {
    public var year: Int
    public var items: [(category: String, amount: Money)]
    public var labourShare: Dec?
    public var approximate: Bool
    public var notes: [String]
    public var sources: [String]
}

public struct SourceEntry: Sendable {
    public var key: String
    public var address: String
    public var notes: [String]
}

/// Everything the record holds, keyed for lookup.
public struct RecordData: Sendable {
    public var agreements: [Int: Agreement] = [:]
    public var contributions: [Int: Contribution] = [:]
    public var rounds: [Int: [Int: NegotiationRound]] = [:]
    public var cpi: [Int: IndexValue] = [:]
    public var budget: [Int: BudgetValue] = [:]
    public var sources = SourceTable()
    public var exchange: [Int: ExchangeRate] = [:]
    public var breakdowns: [Int: Breakdown] = [:]
    /// Each agreement's chief negotiators, in the order defined.
    public var negotiators: [Int: [Negotiator]] = [:]
    /// The timeline, in date order (events of one date in the order defined).
    public var events: [Event] = []
    /// How many definitions the record holds (agreements, years, rounds, sources …).
    public var entryCount: Int {
        var n = agreements.count + contributions.count + cpi.count + budget.count + sources.count
            + exchange.count + breakdowns.count + events.count
        for r in negotiators.values { n += r.count }
        for r in rounds.values { n += r.count }
        return n
    }

    /// The most definitions one record (with the session's own) may hold: the built-in record
    /// has a few hundred; a file of a million one-line definitions would take hundreds of MB
    /// held in tables, so it is refused at the first one past the limit.
    public static let maxEntries = 100_000

    public init() {}

    public var recordedYears: ClosedRange<Int>? {
        guard let lo = contributions.keys.min(), let hi = contributions.keys.max() else { return nil }
        return lo...hi
    }

    public func agreement(forYear year: Int) -> Agreement? {
        agreements.values.first { $0.years.contains(year) }
    }

    /// The latest recorded year before `year`.
    public func latestYear(before year: Int) -> Int? {
        var latest: Int? = nil
        for y in contributions.keys where y < year && y > (latest ?? Int.min) { latest = y }
        return latest
    }
}

/// English ordinal: 1st, 2nd, 3rd, 11th, 12th.
public func ordinalText(_ n: Int) -> String {
    let tens = (n / 10) % 10
    let suffix: String
    if tens == 1 { suffix = "th" } else {
        switch n % 10 {
        case 1: suffix = "st"
        case 2: suffix = "nd"
        case 3: suffix = "rd"
        default: suffix = "th"
        }
    }
    return "\(n)\(suffix)"
}
