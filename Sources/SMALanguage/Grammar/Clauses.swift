/// The clauses of a scenario, in one table. `project TARGET …`, `simulate TARGET …` and each
/// scenario of `compare … for YEARS` (so `explain project …` and `chart project|simulate|compare
/// …` too) are read by one clause parser from it (`Parser.parseScenario`), so the same mistake
/// gives the same message everywhere; the reserved words, the completer, help synopses and the
/// editor grammars are written from it.
public enum ClauseWord: String, CaseIterable, Sendable {
    case with, under, from, trials, seed, above

    /// The clause as a synopsis writes it.
    public var synopsis: String {
        switch self {
        case .with: "with growth|cpi|budget-growth RATE"
        case .under: "under agreement N"
        case .from: "from YEAR"
        case .trials: "trials N"
        case .seed: "seed N"
        case .above: "above AMOUNT"
        }
    }
}

/// What follows `with`: the growth rate itself, or an index the agreement's rule uses.
public enum AssumptionWord: String, CaseIterable, Sendable {
    case growth, cpi
    case budgetGrowth = "budget-growth"

    /// The index it assumes (nil for `growth`, the rate itself).
    public var index: IndexKind? {
        switch self {
        case .growth: nil
        case .cpi: .cpi
        case .budgetGrowth: .budget
        }
    }
}

/// The statements that take a scenario, each with the clauses it takes.
public enum ScenarioStatement: String, CaseIterable, Sendable {
    case project, compare, simulate

    public var clauses: [ClauseWord] {
        switch self {
        case .project: [.with, .under, .from]
        case .compare: [.with, .under]
        case .simulate: ClauseWord.allCases
        }
    }

    /// Whether a rate may be drawn from a distribution (`normal(3%, 1%)`).
    public var drawsRates: Bool { self == .simulate }

    /// A statement of this kind (hints).
    public var example: String {
        switch self {
        case .project: "project 2026 with growth 4.5%"
        case .compare: "compare growth 3%, under agreement 12 with cpi 2% for 2027..2030"
        case .simulate: "simulate 2030 with growth normal(4%, 1.5%) trials 100000 seed 7"
        }
    }

    /// A statement of this kind that assumes an index under an agreement's rule (hints).
    public var ruleExample: String {
        switch self {
        case .project: "project 2027 under agreement 12 with cpi 2.1%"
        case .compare: "compare under agreement 12 with cpi 2%, under agreement 12 with cpi 4% for 2027..2030"
        case .simulate: "simulate 2030 under agreement 12 with cpi normal(2%, 1%) seed 7"
        }
    }
}

/// The distributions `simulate` draws a rate from: `normal(MEAN, SD)` and its kin.
public enum DistributionWord: String, CaseIterable, Sendable {
    case normal, uniform, triangular, historical

    /// How many arguments it takes.
    public var arity: Int {
        switch self {
        case .normal, .uniform: 2
        case .triangular: 3
        case .historical: 1
        }
    }

    /// Its form, for messages and help.
    public var shape: String {
        switch self {
        case .normal: "normal(MEAN, SD)"
        case .uniform: "uniform(LOW, HIGH)"
        case .triangular: "triangular(LOW, MODE, HIGH)"
        case .historical: "historical(YEARS)"
        }
    }
}
