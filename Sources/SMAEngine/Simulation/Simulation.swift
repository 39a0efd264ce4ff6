import Dispatch
import SMALanguage

/// `simulate`: Monte Carlo over uncertain growth. Each trial draws a rate for every year,
/// quantizes it to 0.1 point as published rates are, compounds and rounds each year half-up to
/// 1억 원 exactly as a projection does (integer arithmetic), and applies the agreement's cap on
/// every path. Each draw is a whole number of tenths of a point from the distribution quantized
/// to tenths (`Sampling.swift`); every rate applied and every amount is exact. The trials run in
/// memory that does not grow with their number (`Trials.swift`), and the same seed gives the
/// same numbers whatever the number of cores.

extension Session {
    static let maxTrials = 1_000_000_000
    /// The trials of a simulation without `trials N`.
    static let defaultTrials = 10_000

    /// The largest rate a trial compounds, in tenths of a point (10^14 %); beyond it, and for
    /// any rate the cap does not bring back within it, the run stops with "too large".
    static let maxTenths: Int64 = 1_000_000_000_000_000

    /// A rate in tenths of a point, rounded half-up; a rate beyond `maxTenths` keeps its sign and
    /// becomes one past it (the cap can still bring it back, as `project` caps it).
    func tenths(_ d: Dec) -> Int64 {
        let limit = Session.maxTenths + 1
        guard let t = try? d.multiplied(by: Dec(10)).rounded(places: 0), let v = Int64(exactly: t.mantissa), v.magnitude <= limit.magnitude else {
            return d.isNegative ? -limit : limit
        }
        return v
    }

    func double(_ d: Dec) -> Double { Double(d.description) ?? 0 }

    /// A known rate as the exact factor `(100 + rate) / 100`, in integers.
    func exactRate(_ rate: Dec) -> TrialYear.Rate {
        // rate = m / 10^s percent: factor = (10^(s+2) + m) / 10^(s+2); with s ≤ 24 and
        // |m| < 10^38 both fit in 128 bits.
        let den = Int128(Dec.powersOfTen[min(rate.scale + 2, 38)])
        let (num, o) = den.addingReportingOverflow(rate.mantissa)
        return o ? .exact(num: Int128.max, den: 1) : .exact(num: num, den: den)
    }

    func percentArgument(_ e: Expr) throws(Diagnostic) -> Dec {
        let v = try evaluate(e)
        guard case .percent(let p, _) = v else {
            throw Diagnostic(.evaluation, "a distribution's parameters are percents, not \(v.typeName)", at: e.span, hint: "for example `normal(4%, 1.5%)`")
        }
        return p
    }

    /// The table a distribution is drawn from, and the distribution in words.
    func sampler(_ d: Distribution, span: Span) throws(Diagnostic) -> (AliasTable, String) {
        let distribution: RateDistribution
        let text: String
        switch d {
        case .fixed(let e):
            let p = try percentArgument(e)
            return (AliasTable(values: [tenths(p)], weights: [1]), "\(p)%")
        case .normal(let m, let sd):
            let mv = try percentArgument(m), sv = try percentArgument(sd)
            guard !sv.isNegative else { throw Diagnostic(.evaluation, "a standard deviation cannot be negative", at: sd.span) }
            // No spread: the one rate, quantized exactly as every rate is (`tenths`).
            if sv.isZero { return (AliasTable(values: [tenths(mv)], weights: [1]), "normal(\(mv)%, \(sv)%)") }
            distribution = .normal(mean: double(mv), sd: double(sv))
            text = "normal(\(mv)%, \(sv)%)"
        case .uniform(let lo, let hi):
            let l = try percentArgument(lo), h = try percentArgument(hi)
            guard !(h < l) else { throw Diagnostic(.evaluation, "uniform(LOW, HIGH) needs LOW ≤ HIGH", at: span) }
            if l == h { return (AliasTable(values: [tenths(l)], weights: [1]), "uniform(\(l)%, \(h)%)") }
            distribution = .uniform(low: double(l), high: double(h))
            text = "uniform(\(l)%, \(h)%)"
        case .triangular(let lo, let mode, let hi):
            let l = try percentArgument(lo), m = try percentArgument(mode), h = try percentArgument(hi)
            guard !(m < l) && !(h < m) else { throw Diagnostic(.evaluation, "triangular(LOW, MODE, HIGH) needs LOW ≤ MODE ≤ HIGH", at: span) }
            if l == h { return (AliasTable(values: [tenths(l)], weights: [1]), "triangular(\(l)%, \(m)%, \(h)%)") }
            distribution = .triangular(low: double(l), mode: double(m), high: double(h))
            text = "triangular(\(l)%, \(m)%, \(h)%)"
        case .historical(let ye):
            let (ys, _) = try years(ye, what: "the years")
            var rates: [Int64] = []
            for y in ys { if let g = try? change(to: y) { rates.append(tenths(g)) } }
            guard !rates.isEmpty else {
                throw Diagnostic(.evaluation, "no recorded growth rates in \(ys.lowerBound)..\(ys.upperBound)", at: ye.span, hint: recordedRangeHint())
            }
            distribution = .historical(rates)
            text = "historical(\(ys.lowerBound)..\(ys.upperBound)): \(rates.count) recorded yearly rates"
        }
        do {
            return (try AliasTable(distribution), text)
        } catch .tooLarge {
            throw Diagnostic(.evaluation, "\(text) draws rates beyond ±100,000,000,000,000%: too large to simulate", at: span,
                             hint: "rates are percents: `normal(4%, 1.5%)` is a mean of 4% a year")
        } catch {
            let points = AliasTable.maxEntries / 10
            throw Diagnostic(.evaluation, "\(text) spreads over more than \(Dec(points).plain(grouping: true)) points: too wide to simulate", at: span,
                             hint: "a distribution's rates must lie within \(Dec(points).plain(grouping: true)) points of each other")
        }
    }

    func simulate(_ target: Expr, _ sim: Scenario, span: Span) throws(Diagnostic) -> Output {
        try withYearly(sim) { () throws(Diagnostic) in try simulateScenario(target, sim, span: span) }
    }

    private func simulateScenario(_ target: Expr, _ sim: Scenario, span: Span) throws(Diagnostic) -> Output {
        let (targets, _) = try years(target, what: "the target")
        let (trials, seed, seedNote, above) = try simulationSettings(sim)
        // The plan: base, then one rate rule per year.
        let under = try sim.under.map { (e) throws(Diagnostic) -> Agreement in try agreementNumber(e) }
        var samplers: [IndexKind: (AliasTable, String)] = [:]
        var described: [String] = []
        for (k, d, _) in sim.assumptions {
            let (s, text) = try sampler(d, span: span)
            samplers[k] = (s, "\(k.name) \(text)")
            described.append("\(k.name) \(text)")
        }
        let growth = try sim.growth.map { (d) throws(Diagnostic) -> (AliasTable, String) in try sampler(d, span: span) }
        // One rate rather than a distribution is applied exactly, as `project` applies it, and
        // checked as `project` checks it.
        var fixedGrowth: Dec? = nil
        if case .fixed(let e)? = sim.growth { fixedGrowth = try growthRate(e) }
        var fixedRates: [IndexKind: Dec] = [:]
        for (k, d, _) in sim.assumptions {
            guard case .fixed(let e) = d else { continue }
            let p = try percentArgument(e)
            try Session.checkRate(p, k.name, at: e.span)
            fixedRates[k] = p
        }
        if let g = growth { described.append("growth \(g.1)") }
        // The plan every projection walks; the indices and growth the statement draws come back
        // as `.drawn`, known rates (recorded, `set`, one `with` rate) applied exactly.
        var drawable = Set(samplers.keys.filter { fixedRates[$0] == nil })
        for (k, years) in yearly.drawnIndex where !years.isEmpty { drawable.insert(k) }
        for k in IndexKind.allCases {
            for (y, d) in (yearly.drawnIndex[k] ?? [:]).sorted(by: { $0.key < $1.key }) { described.append("\(k.name) of \(y) \(d.1)") }
            for (y, p) in (yearly.index[k] ?? [:]).sorted(by: { $0.key < $1.key }) { described.append("\(k.name) of \(y) \(p)%") }
        }
        for (y, d) in yearly.drawnGrowth.sorted(by: { $0.key < $1.key }) { described.append("growth of \(y) \(d.1)") }
        for (y, p) in yearly.growth.sorted(by: { $0.key < $1.key }) { described.append("growth of \(y) \(p)%") }
        let plan = try planYears(targets: targets, growth: fixedGrowth, under: under, assumptions: fixedRates, drawable: drawable,
                                 drawnGrowth: growth != nil && fixedGrowth == nil, baseYear: try recordedBaseYear(sim.base),
                                 span: span, targetSpan: target.span)
        let base = plan.base
        let currency = base?.currency ?? under?.base?.currency ?? .krw
        guard currency == .krw else {
            throw Diagnostic(.evaluation, "simulations run in won; the base is in dollars", at: target.span, hint: "simulate from a year from 2005 on")
        }
        // The one currency check where amounts meet: the line is compared with won amounts.
        if let above, above.currency != currency, let a = sim.above {
            throw Diagnostic(.evaluation, "`above` is in \(above.currency == .usd ? "dollars" : above.currency.rawValue); the simulated amounts are in won",
                             at: a.span, hint: "give the line in won, or convert it: `above \(currentSource.map { $0.text(a.span.start..<a.span.end) } ?? "$1 billion") in krw at 1,450`")
        }
        let plans = try trialYears(plan.years, samplers: samplers, growth: growth, under: under, span: span)
        let start = try base.map { (m) throws(Diagnostic) -> Int64 in try wholeEok(m, span: span) } ?? 0
        let outputs = plans.enumerated().filter { targets.contains($0.element.year) }.map(\.offset)
        var runner = TrialRunner(plans: plans, start: start, trials: trials, seed: seed, outputs: outputs)
        runner.cancellation = cancellation
        if let above {
            // Amounts are whole 억: above X means above the whole 억 at or below X.
            let x = (try? above.amount.divided(by: Dec(100_000_000))) ?? .zero
            let whole = x.integerPart - (x.isNegative && !x.isInteger ? 1 : 0)
            runner.aboveEok = Int64(clamping: whole)
        }
        let summaries: [YearSummary]
        do {
            summaries = try runner.run(progress: progress)
        } catch .cancelled {
            throw Diagnostic.interrupted(at: span)
        } catch {
            throw Diagnostic(.evaluation, "the amounts grow too large", at: span, hint: "try smaller rates or fewer years")
        }
        let t = summaryTable(summaries, years: outputs.map { plans[$0].year }, trials: trials, above: above != nil)
        var notes = [Phrase((["\(trials) trials, seed \(seed)"] + described).joined(separator: "; ") + "; drawn rates quantized to 0.1 point, known rates applied exactly, each year rounded half-up to {} (the mean too)", .money(Money.yearlyUnit(.krw)))]
        if let a = under { notes.append(Phrase("by the \(ordinalText(a.ordinal)) SMA's rule (\(a.rule.short)); recorded index values are used where the record has them")) }
        if let above { notes.append(Phrase("above: the share of trials whose amount exceeds {}", .money(above))) }
        if let seedNote { notes.append(seedNote) }
        var out = Output(.table(t), notes: notes)
        out.seed = seed
        return out
    }

    /// `trials`, `seed` (drawn, with a note saying how to repeat it, when none is given) and
    /// `above` of a simulation, checked.
    func simulationSettings(_ sim: Scenario) throws(Diagnostic) -> (trials: Int, seed: UInt64, seedNote: Phrase?, above: Money?) {
        var trials = min(Session.defaultTrials, trialLimit)
        if let t = sim.trials {
            let v = try evaluate(t)
            guard case .number(let d) = v, let n = d.intValue, n >= 1, n <= trialLimit else {
                throw Diagnostic(.evaluation, "trials must be a whole number from 1 to \(trialLimit)", at: t.span)
            }
            trials = n
        }
        var seed: UInt64
        var seedNote: Phrase? = nil
        if let s = sim.seed {
            let v = try evaluate(s)
            guard case .number(let d) = v, let n = d.intValue, n >= 0 else {
                throw Diagnostic(.evaluation, "a seed is a whole number from 0", at: s.span)
            }
            seed = UInt64(n)
        } else {
            var g = SystemRandomNumberGenerator()
            seed = g.next() % 1_000_000_000
            seedNote = Phrase("drawn seed \(seed): add `seed \(seed)` to repeat this run")
        }
        var above: Money? = nil
        if let a = sim.above {
            guard case .money(let m) = try evaluate(a) else {
                throw Diagnostic(.evaluation, "`above` takes an amount of money", at: a.span, hint: "for example `above 1조 7000억`")
            }
            above = m
        }
        return (trials, seed, seedNote, above)
    }

    /// An amount in whole 억, as the trials count it.
    func wholeEok(_ m: Money, span: Span) throws(Diagnostic) -> Int64 {
        guard let v = (try? m.amount.divided(by: Dec(100_000_000)))?.intValue else {
            throw Diagnostic(.evaluation, "simulations need amounts in whole 억 원", at: span)
        }
        return Int64(v)
    }

    /// What each year of the plan does in a trial: start from the first-year amount, apply a
    /// known rate exactly, or draw the index (or the growth) from its table.
    func trialYears(_ years: [PlannedYear], samplers: [IndexKind: (AliasTable, String)], growth: (AliasTable, String)?,
                   under: Agreement?, span: Span) throws(Diagnostic) -> [TrialYear] {
        var shifted: [IndexKind: AliasTable] = [:]
        // A drawn rate is checked as `project` checks a rate: above -100%, or nothing is left
        // to compound. The whole table is checked before a single trial runs.
        func drawn(_ table: AliasTable, cap: Int64?, _ text: String) throws(Diagnostic) -> TrialYear.Rate {
            if min(table.lowest, cap ?? .max) <= -1000 {
                throw Diagnostic(.evaluation, "\(text) can draw a rate of -100% or below", at: span,
                                 hint: "every drawn rate must be above -100%, as in `project`: narrow the distribution or raise its low end")
            }
            return .draw(table, cap: cap)
        }
        var plans: [TrialYear] = []
        for p in years {
            switch p.source {
            case .firstYear(let ab): plans.append(TrialYear(year: p.year, rate: .firstYear(try wholeEok(ab, span: span))))
            case .rate(let rate, _, _): plans.append(TrialYear(year: p.year, rate: exactRate(rate)))
            case .drawn(let kind, let indexYear, let cap):
                guard let s = yearly.drawnIndex[kind]?[indexYear] ?? samplers[kind] else { throw Diagnostic(.evaluation, "nothing to draw \(p.year) from", at: span) }
                var table = s.0
                if let plus = under?.rule.plus {
                    // The rule adds points to the drawn index: whole tenths keep the draw exact.
                    // One shifted table for every year (shared, not copied: memory stays flat
                    // in the years of a simulation).
                    if yearly.drawnIndex[kind]?[indexYear] != nil {
                        guard let t = (try? plus.multiplied(by: Dec(10)))?.intValue, t.magnitude < 1_000_000 else {
                            throw Diagnostic(.evaluation, "the rule adds \(plus)%: a simulation needs it in tenths of a point", at: span)
                        }
                        table = table.shifted(by: Int64(t))
                    } else if let done = shifted[kind] { table = done } else {
                        guard let t = (try? plus.multiplied(by: Dec(10)))?.intValue, t.magnitude < 1_000_000 else {
                            throw Diagnostic(.evaluation, "the rule adds \(plus)%: a simulation needs it in tenths of a point", at: span)
                        }
                        table = table.shifted(by: Int64(t))
                        shifted[kind] = table
                    }
                }
                plans.append(TrialYear(year: p.year, rate: try drawn(table, cap: cap.map { tenths($0) }, s.1)))
            case .drawnGrowth:
                guard let g = yearly.drawnGrowth[p.year] ?? growth else { throw Diagnostic(.evaluation, "nothing to draw \(p.year) from", at: span) }
                plans.append(TrialYear(year: p.year, rate: try drawn(g.0, cap: nil, "growth \(g.1)")))
            }
        }
        return plans
    }

    /// One row a year: the mean and percentiles (nearest rank), all exact money, and the share
    /// above the line when one was given.
    func summaryTable(_ summaries: [YearSummary], years: [Int], trials: Int, above: Bool) -> Table {
        var columns = [Column("year"), Column("mean")]
        columns += TrialRunner.percentiles.map { p in Column(p == 50 ? "median" : "p\(p)", percentile: p) }
        if above { columns.append(Column("above", key: "share_above")) }
        var t = Table(columns: columns)
        for (summary, year) in zip(summaries, years) {
            var row: [Value?] = [.number(Dec(year)), .money(Money(eok: summary.mean))]
            row += summary.percentiles.map { .money(Money(eok: $0)) }
            if above {
                row.append((try? Dec(summary.above * 100).divided(by: Dec(trials))).map { .percent($0, signed: false) })
            }
            t.rows.append(row)
        }
        return t
    }
}
