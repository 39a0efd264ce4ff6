import SMALanguage

/// Rates given a year at a time in one statement: `with cpi 2026: 2%, 2027: 6%` (and `with
/// budget-growth …`, `with growth …`; in `simulate` a year's rate may be a distribution).
/// They hold while the statement's scenario is computed, over the session's `set` values and
/// the record; the years not listed fall back as before (set value, record, the single rate).
/// A year given twice, or one the projection never uses, is an error at it.
struct YearlyAssumptions {
    var index: [IndexKind: [Int: Dec]] = [:]
    var growth: [Int: Dec] = [:]
    var drawnIndex: [IndexKind: [Int: (AliasTable, String)]] = [:]
    var drawnGrowth: [Int: (AliasTable, String)] = [:]
    /// Each value's word and year, where it is written, and whether the projection used it.
    var given: [(word: AssumptionWord, year: Int, span: Span)] = []
    var used: Set<Int> = []   // indices into `given`

    var isEmpty: Bool { given.isEmpty }

    mutating func use(_ word: AssumptionWord, _ year: Int) {
        if let i = given.firstIndex(where: { $0.word == word && $0.year == year }) { used.insert(i) }
    }
}

extension AssumptionWord {
    init(_ kind: IndexKind) { self = kind == .cpi ? .cpi : .budgetGrowth }
}

extension Session {
    /// Runs `body` with the scenario's per-year rates in force (checked first), then checks
    /// that each was used.
    func withYearly<T>(_ s: Scenario, _ body: () throws(Diagnostic) -> T) throws(Diagnostic) -> T {
        guard !s.yearly.isEmpty else { return try body() }
        var y = YearlyAssumptions()
        for entry in s.yearly {
            let yr = try year(entry.year, what: "the year")
            if y.given.contains(where: { $0.word == entry.word && $0.year == yr }) {
                throw Diagnostic(.evaluation, "\(yr) is given twice in `with \(entry.word.rawValue)`", at: entry.year.span)
            }
            y.given.append((entry.word, yr, entry.span))
            switch entry.rate {
            case .fixed(let e):
                if let k = entry.word.index {
                    let p = try percentArgument(e)
                    try Session.checkRate(p, k.name, at: e.span)
                    y.index[k, default: [:]][yr] = p
                } else {
                    y.growth[yr] = try growthRate(e)
                }
            default:
                let drawn = try sampler(entry.rate, span: entry.span)
                if let k = entry.word.index { y.drawnIndex[k, default: [:]][yr] = drawn } else { y.drawnGrowth[yr] = drawn }
            }
        }
        let saved = yearly
        yearly = y
        defer { yearly = saved }
        let result = try body()
        for (i, g) in yearly.given.enumerated() where !yearly.used.contains(i) {
            let what = g.word.index?.name ?? "growth"
            throw Diagnostic(.evaluation, "\(what) of \(g.year) is not used by this projection", at: g.span,
                             hint: g.word.index == nil ? "give the years the projection computes"
                                : "the rule uses the index of the year its lag points to; give those years")
        }
        return result
    }

    /// The per-year growth of `year`, if the statement gives one (marked used).
    func yearlyGrowth(_ year: Int) -> Dec? {
        guard !yearly.isEmpty, let g = yearly.growth[year] else { return nil }
        yearly.use(.growth, year)
        return g
    }
}
