import SMALanguage

/// Applying an agreement's escalation rule to a year: which index, of which year, whether the
/// cap binds, the unrounded product and the rounding. `project ... under`, `verify`, `explain`
/// and `compare` all go through here.

/// Where an index value came from.
public enum IndexOrigin: String, Sendable {
    case recorded   // the record
    case set        // `set cpi 2026 = 2.4%` in this session
    case assumed    // `with cpi 2%` in the statement
}

public struct IndexLookup: Sendable {
    public let kind: IndexKind
    public let year: Int
    public let percent: Dec
    public let origin: IndexOrigin
}

/// One year of a computation.
public struct RuleStep: Sendable {
    public enum How: Sendable {
        case growth                 // a rate the user gave (`with growth`)
        indirect case rule(Agreement)        // the agreement's rule (boxed: steps are copied often)
        indirect case firstYear(Agreement)   // the agreement's own first-year amount
    }
    public let year: Int
    public let how: How
    public let previous: Money
    /// The rate applied, in percent points (after the cap).
    public let rate: Dec
    public let index: IndexLookup?
    /// The cap, when it bound.
    public let cappedAt: Dec?
    public let unrounded: Money
    public let amount: Money
}

extension Session {
    /// `set cpi YEAR = X%`: overrides for this session.
    func setIndex(_ kind: IndexKind, year: Int, percent: Dec) {
        overrides[kind, default: [:]][year] = percent
        generation &+= 1
    }

    /// The index value for a year: the session's `set`, else the record, else the statement's
    /// assumption (`with cpi X%`); nil when none has it.
    func lookupIndex(_ kind: IndexKind, year: Int, assumption: Dec?) -> IndexLookup? {
        if recordOnlyIndices {
            switch kind {
            case .cpi: return record.cpi[year].map { IndexLookup(kind: kind, year: year, percent: $0.percent, origin: .recorded) }
            case .budget: return record.budget[year]?.growth.map { IndexLookup(kind: kind, year: year, percent: $0, origin: .recorded) }
            }
        }
        if !yearly.isEmpty, let v = yearly.index[kind]?[year] {
            yearly.use(AssumptionWord(kind), year)
            return IndexLookup(kind: kind, year: year, percent: v, origin: .assumed)
        }
        if let v = overrides[kind]?[year] {
            if !usedSetValues.contains(where: { $0.kind == kind && $0.year == year }) { usedSetValues.append((kind, year, v)) }
            return IndexLookup(kind: kind, year: year, percent: v, origin: .set)
        }
        switch kind {
        case .cpi:
            if let v = record.cpi[year] { return IndexLookup(kind: kind, year: year, percent: v.percent, origin: .recorded) }
        case .budget:
            if let v = record.budget[year]?.growth { return IndexLookup(kind: kind, year: year, percent: v, origin: .recorded) }
        }
        if let assumption { return IndexLookup(kind: kind, year: year, percent: assumption, origin: .assumed) }
        return nil
    }

    /// The rate `a`'s rule gives `year`: the index of its lag year (the session's `set`, the
    /// record, else the statement's assumption), capped. nil when the index is known to no one
    /// and `drawable` holds its kind (a simulation draws it); an error otherwise.
    func ruleRate(_ a: Agreement, year: Int, assumptions: [IndexKind: Dec], drawable: Set<IndexKind> = [], span: Span) throws(Diagnostic)
        -> (rate: Dec, index: IndexLookup?, cappedAt: Dec?)? {
        var rate: Dec
        var index: IndexLookup? = nil
        switch a.rule.kind {
        case .fixed:
            rate = a.rule.rate ?? .zero
        case .frozen:
            rate = .zero
        case .cpi, .budget:
            let kind: IndexKind = a.rule.kind == .cpi ? .cpi : .budget
            let lag = a.rule.lag ?? 0
            let indexYear = year - lag
            if !yearly.isEmpty, yearly.drawnIndex[kind]?[indexYear] != nil, drawable.contains(kind) {
                yearly.use(AssumptionWord(kind), indexYear)
                return nil
            }
            guard let found = lookupIndex(kind, year: indexYear, assumption: assumptions[kind]) else {
                if drawable.contains(kind) { return nil }
                throw Diagnostic(.evaluation, "\(kind.name) for \(indexYear) is not in the record", at: span,
                                 hint: "the \(ordinalText(a.ordinal)) SMA's \(year) uses \(kind.name) of \(indexYear) (lag \(lag)); "
                                    + "assume it with `with \(kind.rawValue) 2%` or `set \(kind.rawValue) \(indexYear) = 2%`")
            }
            index = found
            rate = found.percent
            if let plus = a.rule.plus {
                guard let sum = try? plus.adding(found.percent) else {
                    throw Diagnostic(.evaluation, "the rate is too large", at: span)
                }
                rate = sum
            }
        case .negotiated, .index:
            throw Diagnostic(.evaluation, "the \(ordinalText(a.ordinal)) SMA has no rule to compute \(year) from", at: span,
                             hint: a.rule.kind == .negotiated ? "its amounts were negotiated; project with `with growth RATE` instead"
                                : "its rule is described in words only (`agreement \(a.ordinal)`); project with `with growth RATE`")
        }
        var cappedAt: Dec? = nil
        if let cap = a.rule.cap, rate > cap {
            rate = cap
            cappedAt = cap
        }
        return (rate, index, cappedAt)
    }

    /// One year by `agreement`'s rule from the previous year's amount.
    func applyRule(_ a: Agreement, year: Int, previous: Money, assumptions: [IndexKind: Dec], span: Span) throws(Diagnostic) -> RuleStep {
        guard let (rate, index, cappedAt) = try ruleRate(a, year: year, assumptions: assumptions, span: span) else {
            throw Diagnostic(.evaluation, "no rate for \(year)", at: span) // not reached: nothing is drawable here
        }
        let (unrounded, amount) = try grow(previous, by: rate, span: span)
        return RuleStep(year: year, how: .rule(a), previous: previous, rate: rate, index: index, cappedAt: cappedAt,
                        unrounded: unrounded, amount: amount)
    }

    /// previous × (1 + rate), and that rounded half-up to 1억 원 ($100,000 for dollars).
    func grow(_ previous: Money, by rate: Dec, span: Span) throws(Diagnostic) -> (Money, Money) {
        if cancellation.isRequested { throw Diagnostic.interrupted(at: span) }
        do throws(ArithmeticError) {
            // previous × (100 + rate) / 100, exact, rounded once for each figure shown.
            let factor = try Dec.hundred.adding(rate)
            let c = previous.currency
            let unrounded = try previous.amount.multiplied(by: factor, shiftedRight: 2, places: c.minorPlaces)
            let yearly = try previous.amount.multiplied(by: factor, shiftedRight: 2, places: c.yearlyRoundingPlaces)
            return (try Money(rounding: unrounded, c), try Money(rounding: yearly, c))
        } catch {
            throw Diagnostic(.evaluation, "the amount grows too large", at: span, hint: "try a smaller rate or fewer years")
        }
    }

    /// Where a projection or simulation starts: the year given with `from`; an agreement's own
    /// first-year amount when it has no recorded years yet (`base` nil: the first step is that
    /// amount); else the latest recorded year before the first target.
    func baseFor(targets: ClosedRange<Int>, under: Agreement?, explicitBase: Int?, targetSpan: Span) throws(Diagnostic) -> (baseYear: Int, base: Money?) {
        if let b = explicitBase { return (b, record.contributions[b]?.amount) }
        if let a = under, a.base != nil, record.contributions[a.firstYear] == nil, targets.lowerBound >= a.firstYear {
            return (a.firstYear - 1, nil)
        }
        // After the last recorded year (a projection, usually), that year; else a search.
        let after = recordedYears.flatMap { r in targets.lowerBound > r.upperBound ? r.upperBound : nil }
        guard let y = after ?? record.latestYear(before: targets.lowerBound) else {
            throw Diagnostic(.evaluation, "no recorded year before \(targets.lowerBound) to project from", at: targetSpan,
                             hint: recordedRangeHint())
        }
        return (y, record.contributions[y]!.amount)
    }

    /// The years from a base to the last target, each with where its amount comes from: the one
    /// plan `project`, `compare`, `chart` and `simulate` all walk (one set of validations, one
    /// base-year rule, one span limit). A simulation passes the kinds it draws (`drawable`) and
    /// whether growth is drawn; their years come back as `.drawn`.
    func planYears(targets: ClosedRange<Int>, growth: Dec?, under: Agreement?, assumptions: [IndexKind: Dec],
                   drawable: Set<IndexKind> = [], drawnGrowth: Bool = false,
                   baseYear explicitBase: Int?, span: Span, targetSpan: Span) throws(Diagnostic) -> (baseYear: Int, base: Money?, years: [PlannedYear]) {
        let (baseYear, base) = try baseFor(targets: targets, under: under, explicitBase: explicitBase, targetSpan: targetSpan)
        guard targets.lowerBound > baseYear else {
            throw Diagnostic(.evaluation, "\(targets.lowerBound) is not after the base year \(baseYear)", at: targetSpan,
                             hint: "a projection runs forward from its base year")
        }
        guard targets.upperBound - baseYear <= Session.maxProjectionYears else {
            throw Diagnostic(.evaluation, "a projection spans at most \(Session.maxProjectionYears) years", at: targetSpan)
        }
        var years: [PlannedYear] = []
        years.reserveCapacity(targets.upperBound - baseYear)
        for y in (baseYear + 1)...targets.upperBound {
            if let a = under, y == a.firstYear, let ab = a.base, base == nil {
                years.append(PlannedYear(year: y, source: .firstYear(ab)))
            } else if let a = under {
                if let (rate, index, cappedAt) = try ruleRate(a, year: y, assumptions: assumptions, drawable: drawable, span: span) {
                    years.append(PlannedYear(year: y, source: .rate(rate, index: index, cappedAt: cappedAt)))
                } else {
                    let kind: IndexKind = a.rule.kind == .cpi ? .cpi : .budget
                    years.append(PlannedYear(year: y, source: .drawn(kind, indexYear: y - (a.rule.lag ?? 0), cap: a.rule.cap)))
                }
            } else if let g = yearlyGrowth(y) ?? growth {
                years.append(PlannedYear(year: y, source: .rate(g, index: nil, cappedAt: nil)))
            } else if drawnGrowth || yearly.drawnGrowth[y] != nil {
                if yearly.drawnGrowth[y] != nil { yearly.use(.growth, y) }
                years.append(PlannedYear(year: y, source: .drawnGrowth))
            } else if !yearly.isEmpty {
                throw Diagnostic(.evaluation, "no growth rate is given for \(y)", at: span,
                                 hint: "give one for every year computed: `with growth \(y): 3%, …`")
            } else {
                throw Diagnostic(.evaluation, "nothing to project \(y) from", at: span)
            }
        }
        return (baseYear, base, years)
    }

    /// The years of a projection or scenario, from its base to the last target: the plan, with
    /// each year's amount computed from the one before.
    func projectSteps(targets: ClosedRange<Int>, growth: Dec?, under: Agreement?, assumptions: [IndexKind: Dec],
                      baseYear explicitBase: Int?, span: Span, targetSpan: Span) throws(Diagnostic) -> (baseYear: Int, base: Money?, steps: [RuleStep]) {
        let plan = try planYears(targets: targets, growth: growth, under: under, assumptions: assumptions,
                                 baseYear: explicitBase, span: span, targetSpan: targetSpan)
        var steps: [RuleStep] = []
        steps.reserveCapacity(plan.years.count)
        var previous = plan.base
        // The rule's agreement, boxed once for all its steps.
        let how: RuleStep.How = under.map { .rule($0) } ?? .growth
        for p in plan.years {
            let step: RuleStep
            switch p.source {
            case .firstYear(let ab):
                guard let a = under else { throw Diagnostic(.evaluation, "nothing to project \(p.year) from", at: span) }
                step = RuleStep(year: p.year, how: .firstYear(a), previous: ab, rate: .zero, index: nil, cappedAt: nil, unrounded: ab, amount: ab)
            case .rate(let rate, let index, let cappedAt):
                guard let prev = previous else { throw Diagnostic(.evaluation, "nothing to project \(p.year) from", at: span) }
                let (u, r) = try grow(prev, by: rate, span: span)
                step = RuleStep(year: p.year, how: how, previous: prev, rate: rate, index: index,
                                cappedAt: cappedAt, unrounded: u, amount: r)
            case .drawn, .drawnGrowth:
                throw Diagnostic(.evaluation, "nothing to project \(p.year) from", at: span) // not reached: nothing is drawable here
            }
            steps.append(step)
            previous = step.amount
        }
        return (plan.baseYear, plan.base, steps)
    }
}

extension Session {
    /// The years after the last recorded one that the agreement's rule settles from published
    /// inputs (2027: 2026's amount and 2025's CPI growth): each a `figure computed` year with the
    /// step that computes it. They stop at the first year whose input is not recorded.
    func settledYears() -> [Int: (contribution: Contribution, step: RuleStep)] {
        if let c = settledCache, c.generation == generation { return c.years }
        var out: [Int: (contribution: Contribution, step: RuleStep)] = [:]
        guard let last = record.recordedYears?.upperBound, var previous = record.contributions[last]?.amount else { return out }
        recordOnlyIndices = true
        defer { recordOnlyIndices = false }
        var y = last + 1
        while let a = record.agreement(forYear: y), [.cpi, .budget, .fixed, .frozen].contains(a.rule.kind), out.count < 50,
              let step = try? applyRule(a, year: y, previous: previous, assumptions: [:], span: Span(0, 0)) {
            var c = Contribution(year: y, amount: step.amount, wonEquivalent: nil, agreement: a.ordinal, basis: .rule, rate: nil,
                                 notes: [], sources: step.index.flatMap { i in (i.kind == .cpi ? record.cpi[i.year]?.sources : record.budget[i.year]?.sources) } ?? [])
            c.figure = .computed
            out[y] = (c, step)
            previous = step.amount
            y += 1
        }
        settledCache = (generation, out)
        return out
    }

    /// The record's first and last recorded years, kept while the record is unchanged (every
    /// projection asks; the record finds them by going through every year).
    var recordedYears: ClosedRange<Int>? {
        if let c = recordedCache, c.generation == generation { return c.years }
        let years = record.recordedYears
        recordedCache = (generation, years)
        return years
    }

    /// A year's figure: recorded, or settled by its agreement's rule.
    func yearFigure(_ y: Int) -> Contribution? {
        record.contributions[y] ?? settledYears()[y]?.contribution
    }
}

/// One year of a plan: where its amount comes from.
struct PlannedYear: Sendable {
    enum Source: Sendable {
        /// The agreement's own first-year amount.
        case firstYear(Money)
        /// A known rate (after the cap): the growth given, or the rule's with its index.
        case rate(Dec, index: IndexLookup?, cappedAt: Dec?)
        /// The rule's index, known to no one: a simulation draws it, then caps it.
        case drawn(IndexKind, indexYear: Int, cap: Dec?)
        /// Growth drawn from a distribution (`simulate … with growth normal(…)`).
        case drawnGrowth
    }
    let year: Int
    let source: Source
}
