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

/// Where a dollar-era figure comes from (dollar_era.tsv).
public enum Figure: String, Sendable, CaseIterable {
    case stated  // the figure the agreement or the SCM states
    case rule    // what the agreement's own rule gives, to $0.1 million
    case chart   // the white paper's chart value, where neither can be had
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

    /// The word it starts with (`in` for `in force`).
    public var firstWord: String { self == .inForce ? "in" : rawValue }

    /// What a clause takes after its keyword.
    public enum Shape: Sendable { case expression, word, rule, part, flag }
}
