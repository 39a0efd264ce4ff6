import SMALanguage

/// Amounts in a year's money and as shares: `contribution 2005 in 2025 won` (and `TABLE in
/// 2025 won`, each row from its own year) carries an amount through Korea's CPI growth, each
/// year as recorded or `set`, exact to the end and rounded once, half-up, to 1억 원; `share
/// YEAR|YEARS` is the contribution as a share of the defense budget, the same division as
/// `contribution YEAR / budget YEAR`. A dollar-era year counts at its won equivalent.
extension Session {
    /// The CPI growth of each year after `from` up to `to` (or from `to` up to `from`, going
    /// back), and whether any was `set` in this session.
    /// `assumption`: a projection's own CPI assumption, for the years after the record.
    func cpiChain(from: Int, to: Int, span: Span, assumption: Dec? = nil) throws(Diagnostic) -> (rates: [Dec], years: ClosedRange<Int>?, set: Bool, assumed: Bool) {
        guard from != to else { return ([], nil, false, false) }
        let years = from < to ? (from + 1)...to : (to + 1)...from
        var rates: [Dec] = [], set = false, assumedAny = false
        for y in years {
            guard let i = lookupIndex(.cpi, year: y, assumption: assumption) else {
                let known = record.cpi.keys.sorted()
                throw Diagnostic(.evaluation, "CPI growth of \(y) is not recorded: the amount cannot be carried to \(to)", at: span,
                                 hint: (known.isEmpty ? "" : "the record has CPI growth for \(known.first!)–\(known.last!); ")
                                    + "assume it with `set cpi \(y) = 2%`")
            }
            rates.append(i.percent)
            set = set || i.origin != .recorded
            assumedAny = assumedAny || i.origin == .assumed
        }
        return (rates, years, set, assumedAny)
    }

    /// The first year of the chain from `from` to `to` whose CPI growth is neither recorded nor set.
    func missingCPI(from: Int, to: Int, assumption: Dec? = nil) -> Int? {
        guard from != to else { return nil }
        let years = from < to ? (from + 1)...to : (to + 1)...from
        return years.first { lookupIndex(.cpi, year: $0, assumption: assumption) == nil }
    }

    /// A won amount of year `from` in the won of `to`, rounded half-up to 1억 원.
    func inYearWon(_ m: Money, from: Int, to: Int, span: Span, assumption: Dec? = nil) throws(Diagnostic) -> (Money, rates: [Dec], years: ClosedRange<Int>?, set: Bool, assumed: Bool) {
        let chain = try cpiChain(from: from, to: to, span: span, assumption: assumption)
        do throws(ArithmeticError) {
            let amount = try m.amount.compounded(byPercents: chain.rates, dividing: to < from, places: Currency.krw.yearlyRoundingPlaces)
            return (try Money(rounding: amount, .krw), chain.rates, chain.years, chain.set, chain.assumed)
        } catch {
            throw Diagnostic(.evaluation, "the amount in \(to) won is too large", at: span)
        }
    }

    /// The note that shows the chain: the years, each growth, and the factor they make.
    func chainNote(from: Int, to: Int, rates: [Dec], years: ClosedRange<Int>?, set: Bool, assumed: Bool) -> Phrase {
        guard let years else { return Phrase("already in \(to) won") }
        let factor = (try? Dec.one.compounded(byPercents: rates, dividing: to < from, places: 4)) ?? .one
        let list = zip(years, rates).map { "\($0): \($1.plain(minPlaces: 1))%" }.joined(separator: ", ")
        return Phrase("in \(to) won: × \(factor.plain(minPlaces: 4)), Korean CPI growth \(to < from ? "taken back out " : "")year by year (\(list))"
                      + (assumed ? ", some assumed as the projection assumes them" : set ? ", some set in this session" : "") + "; compounded exactly from the annual rates as published (to 0.1 point), then rounded half-up to 1억 원")
    }

    /// `VALUE in YEAR won`.
    func constant(_ inner: Expr, year yearExpr: Expr, span: Span) throws(Diagnostic) -> Output {
        let to = try year(yearExpr, what: "the year of the won")
        guard (1900...9999).contains(to) else {
            throw Diagnostic(.evaluation, "\(to) is not a year to carry money to", at: yearExpr.span, hint: "a year such as `in 2025 won`")
        }
        // A projection's CPI assumption carries its amount too (the years it assumes).
        var scenario: Scenario? = nil, assumption: Dec? = nil
        if case .project(_, let p)? = syntax.query(inner) {
            scenario = p
            assumption = try assumptionRates(p.fixedAssumptions)[.cpi]
        }
        if let scenario {
            return try withYearly(scenario) { () throws(Diagnostic) in try constant(inner, to: to, span: span, assumption: assumption) }
        }
        return try constant(inner, to: to, span: span, assumption: nil)
    }

    func constant(_ inner: Expr, to: Int, span: Span, assumption: Dec?) throws(Diagnostic) -> Output {
        let out = try evaluateOutput(inner)
        if case .table(let t) = out.value { return try constant(t, notes: out.notes, to: to, span: span, assumption: assumption) }
        guard case .money(var m) = out.value else {
            throw Diagnostic(.evaluation, "only money is carried into \(to) won, not \(out.value.typeName)", at: inner.span)
        }
        guard let from = yearOf(inner) else {
            throw Diagnostic(.evaluation, "which year's won? this amount has no year", at: span,
                             hint: "carry a year's amount: `contribution 2005 in \(to) won`, or a table with a year column")
        }
        var notes: [Phrase] = []
        if m.currency != .krw {
            guard case .contribution? = syntax.query(inner), let c = record.contributions[from], let w = wonEquivalent(c) else {
                throw Diagnostic(.evaluation, "this amount is in dollars: convert it to won first", at: inner.span,
                                 hint: "`… in krw`, then `in \(to) won`")
            }
            notes.append(Phrase("\(from) was agreed in dollars: its won equivalent, {}, is carried", .money(w.amount)))
            m = w.amount
        }
        let (amount, rates, years, set, assumed) = try inYearWon(m, from: from, to: to, span: span, assumption: assumption)
        notes.insert(Phrase("{} in \(from) won", .money(m)), at: 0)
        notes.append(chainNote(from: from, to: to, rates: rates, years: years, set: set, assumed: assumed))
        return Output(.money(amount), notes: notes)
    }

    /// `TABLE in YEAR won`: every money column of each row carried from the row's year; a
    /// dollar-era row at its won equivalent. The nominal amount stays beside it; the columns
    /// about the nominal figures (currency, figure, won equivalent, change) go.
    func constant(_ table: Table, notes: [Phrase], to: Int, span: Span, assumption: Dec? = nil) throws(Diagnostic) -> Output {
        guard let yc = table.columns.firstIndex(where: { $0.key == "year" }) else {
            throw Diagnostic(.evaluation, "which year's won? this table has no year column", at: span,
                             hint: "for example `contributions 2005..2025 in 2025 won`")
        }
        let equivalent = table.columns.firstIndex { $0.key == "won_equivalent" }
        let dropped: Set<String> = ["currency", "figure", "won_equivalent", "won_from", "change"]
        let moneyColumns = table.columns.indices.filter { j in
            !dropped.contains(table.columns[j].key) && table.rows.contains { if case .money? = $0[j] { true } else { false } }
        }
        var columns: [Column] = []
        var plan: [(source: Int, carried: Bool)] = []
        for (j, c) in table.columns.enumerated() where !dropped.contains(c.key) {
            if moneyColumns.contains(j) {
                columns.append(Column(c.name == "amount" ? "nominal" : "\(c.name) nominal", key: c.key + "_nominal"))
                plan.append((j, false))
                columns.append(Column("\(c.name) in \(to) won", key: c.key + "_\(to)_won"))
                plan.append((j, true))
            } else {
                columns.append(c)
                plan.append((j, false))
            }
        }
        var t = Table(title: table.title, columns: columns)
        var dollarYears: [Int] = [], firstYear = Int.max, lastYear = Int.min, anySet = false
        var unknown: [(Int, Int)] = []
        var anyAssumed = false
        for row in table.rows {
            guard case .number(let yd)? = row[yc], let y = yd.intValue else { continue }
            var out: [Value?] = []
            for (j, carried) in plan {
                guard moneyColumns.contains(j), case .money(var m)? = row[j] else { out.append(row[j]); continue }
                if m.currency != .krw {
                    guard let e = equivalent, case .money(let w)? = row[e] else {
                        throw Diagnostic(.evaluation, "\(y) is in dollars with no won equivalent: convert it to won first", at: span,
                                         hint: "`… in krw`, then `in \(to) won`")
                    }
                    m = w
                    if carried && !dollarYears.contains(y) { dollarYears.append(y) }
                }
                if !carried { out.append(.money(m)); continue }
                // A year whose chain needs CPI not yet recorded stays empty, and a note says why.
                if let missing = missingCPI(from: y, to: to, assumption: assumption) {
                    if !unknown.contains(where: { $0.0 == y }) { unknown.append((y, missing)) }
                    out.append(nil)
                    continue
                }
                let r = try inYearWon(m, from: y, to: to, span: span, assumption: assumption)
                anySet = anySet || (r.set && !r.assumed)
                anyAssumed = anyAssumed || r.assumed
                out.append(.money(r.0))
            }
            firstYear = min(firstYear, y)
            lastYear = max(lastYear, y)
            t.rows.append(out)
        }
        var n = notes.filter { !$0.template.hasPrefix("the change of") }
        if !t.rows.isEmpty {
            n.append(Phrase("in \(to) won: each row carried from its year by Korean CPI growth, year by year as recorded"
                            + (anyAssumed ? " (some assumed as the projection assumes them)" : anySet ? " (some set in this session)" : "") + ", compounded exactly and rounded half-up to 1억 원 (`contribution \(firstYear) in \(to) won` shows one chain)"))
        }
        if !dollarYears.isEmpty {
            n.append(Phrase("\(Session.yearList(dollarYears)): agreed in dollars; their won equivalents are carried"))
        }
        for (y, missing) in unknown {
            n.append(Phrase("\(y) is not carried: CPI growth of \(missing) is not recorded (`set cpi \(missing) = 2%` assumes it)"))
        }
        return Output(.table(t), notes: n)
    }

    /// The places of a share, in percent (2.31%).
    static let sharePlaces = 2

    /// `share YEAR|YEARS`: the contribution (a dollar year at its won equivalent) as a percent of
    /// the defense budget of the same year.
    func shareQuery(_ e: Expr) throws(Diagnostic) -> Output {
        let (ys, isRange) = try years(e, what: "the year")
        func share(_ y: Int) throws(Diagnostic) -> (contribution: Money, budget: Money, percent: Dec, dollars: Bool)? {
            guard let c = yearFigure(y), let b = record.budget[y] else { return nil }
            var m = c.amount, dollars = false
            if m.currency != .krw {
                guard let w = wonEquivalent(c) else { return nil }
                m = w.amount
                dollars = true
            }
            do throws(ArithmeticError) {
                // A percent to 0.01 point, as shares are published; rounded once from the
                // exact quotient (`contribution Y / budget Y` is that quotient to 24 places).
                let percent = try m.amount.divided(by: b.amount.amount, shiftedLeft: 2, places: Session.sharePlaces)
                return (m, b.amount, percent, dollars)
            } catch {
                throw Diagnostic(.evaluation, "the share of \(y) cannot be computed", at: e.span)
            }
        }
        if !isRange {
            let y = ys.lowerBound
            guard let s = try share(y) else {
                let known = record.budget.keys.sorted()
                throw Diagnostic(.evaluation, "no share for \(y): " + (record.budget[y] == nil ? "no defense budget is recorded for it" : "no contribution is recorded for it"),
                                 at: e.span, hint: known.isEmpty ? nil : "the record has the budget for \(known.first!)–\(known.last!)")
            }
            var notes = [Phrase("the contribution of \(y), {}, over the defense budget, {}, to 0.01 point (`contribution \(y) / budget \(y)` is the exact ratio)", .money(s.contribution), .money(s.budget))]
            if s.dollars { notes.append(Phrase("\(y) was agreed in dollars: its won equivalent counts")) }
            return Output(.percent(s.percent, signed: false), notes: notes)
        }
        var t = Table(columns: [Column("year"), Column("contribution"), Column("budget"), Column("share")])
        var dollars: [Int] = []
        for y in ys {
            guard let s = try share(y) else { continue }
            if s.dollars { dollars.append(y) }
            t.rows.append([.number(Dec(y)), .money(s.contribution), .money(s.budget), .percent(s.percent, signed: false)])
        }
        var notes = [Phrase("share: the contribution over Korea's defense budget of the same year (original budget), to 0.01 point")]
        if !dollars.isEmpty { notes.append(Phrase("\(Session.yearList(dollars)): agreed in dollars; their won equivalents count")) }
        if t.rows.count < ys.count { notes.append(Phrase("years without a recorded contribution or budget are left out")) }
        return Output(.table(t), notes: notes)
    }
}
