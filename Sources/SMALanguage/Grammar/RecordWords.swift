/// The enumerated words of the record's definitions (`rule cpi`, `basis frozen`, `figure stated`):
/// grammar, so they live with the language; the record's model stores them as they are parsed.

/// The kinds of escalation rule (`rule KIND ...`).
public enum RuleKind: String, Sendable, CaseIterable {
    case negotiated   // amounts agreed year by year or as a lump sum
    case frozen       // the same amount every year
    case fixed        // a fixed rate a year
    case cpi          // consumer-price growth with a lag, maybe capped
    case budget       // defense-budget growth with a lag
    case index        // some other index, described in words
}

/// How a year's amount came about.
public enum Basis: String, Sendable, CaseIterable {
    case negotiated  // agreed as a sum (or as a one-off rate)
    case rule        // follows from the agreement's escalation rule
    case frozen      // held at the previous year's level
}

/// Where a year's figure comes from: for the dollar era, dollar_era.tsv's choice; for a won year,
/// whether a figure was published at all.
public enum Figure: String, Sendable, CaseIterable {
    case stated  // the figure the agreement or the SCM states
    case rule    // what the agreement's own rule gives, to $0.1 million
    case chart   // the white paper's chart value, where neither can be had
    case derived // no published figure: forced by the rule between published years (2023, 2024)
    /// Not published yet: the agreement's rule and published inputs settle it (sma computes
    /// such a year; a record does not write it).
    case computed
}

/// How a negotiation round was held (`format in-person`).
public enum RoundFormat: String, Sendable, CaseIterable {
    case inPerson = "in-person"
    case video
    case smallGroup = "small-group"
    case highLevel = "high-level"
    case openEnded = "open-ended"

    /// As a table shows it.
    public var text: String { self == .inPerson ? "in person" : rawValue }
}

/// How well a fact is sourced (the marks of checks-2026-12.md).
public enum Sourcing: String, Sendable, CaseIterable {
    case c2 = "C2"   // two or more independent sources agree
    case c1 = "C1"   // one source
    case inf = "INF" // inferred or computed, not published

    /// The hint of an unknown mark.
    public static let hint = "sourcing is C2 (two sources or more agree), C1 (one source) or INF (inferred)"

    public var text: String {
        switch self {
        case .c2: "two sources or more"
        case .c1: "one source"
        case .inf: "inferred"
        }
    }
}

/// Which side a negotiator led.
public enum Side: String, Sendable, CaseIterable {
    case korea, us

    public var text: String { self == .korea ? "Korea" : "US" }
}

/// What a round's `inferred` clause says is inferred, not stated by a source.
public enum InferredPart: String, Sendable, CaseIterable {
    case date, month, end, number, city
}

/// The clause keywords of the record's definitions (`years`, `signed`, `in force`, …), and what
/// each takes: the parser reads a definition's clauses through this table (`clauseShapes`) and
/// the record builder asks for them by case, so a keyword is spelled in one place.
public enum DefinitionClause: String, CaseIterable, Sendable {
    case years, signed
    case inForce = "in force"
    case currency, base, rule, summary, korea, us, note, source
    case agreement, basis, figure, rate, part, equivalent
    case from, to, city, venue
    case growth, series, fred
    case labour, construction, logistics, share, approximate
    case initialed, ratified, vote, signatories
    case format, sourcing, inferred
    case kind, text, side, role
    case reported, paid

    /// The word it starts with (`in` for `in force`).
    public var firstWord: String { self == .inForce ? "in" : rawValue }

    /// What a clause takes after its keyword.
    public enum Shape: Sendable { case expression, word, rule, part, flag, vote, paid }
}
