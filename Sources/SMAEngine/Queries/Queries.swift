import SMALanguage

/// The record queries: agreements, agreement, rounds, contribution(s), growth, project.
extension Session {
    func query(_ q: Query, span: Span) throws(Diagnostic) -> Output {
        switch q {
        case .agreements: return Output(.table(agreementsTable()))
        case .agreement(let e): return try agreementDetails(e)
        case .rounds(let e): return try roundsTable(e)
        case .negotiators(let e): return try negotiatorsTable(e)
        case .events(let f): return try eventsTable(f)
        case .contribution(let e): return try contribution(e, span: span)
        case .contributions(let e): return try contributionsTable(e, span: span)
        case .growth(let e): return try growth(e)
        case .project(let target, let p): return try project(target, p, span: span)
        case .record:
            if definitions.isEmpty { return Output(.text(recordText)) }
            let own = definitions.joined(separator: "\n")
            return Output(.text(recordText + (recordText.hasSuffix("\n") ? "" : "\n") + "\n# Defined in this session\n" + own + "\n"))
        case .verify(let a): return try verify(a)
        case .explain(let e): return try explain(e, span: span)
        case .chart(let e, let title): return try chart(e, title: title, span: span)
        case .compare(let scenarios, let years): return try compare(scenarios, years: years, span: span)
        case .tour(let n): return try tour(n)
        case .simulate(let target, let sim): return try simulate(target, sim, span: span)
        case .breakdown(let y): return try breakdown(y)
        case .index(let kind, let e): return try index(kind, e)
        case .exchange(let e): return try exchangeQuery(e)
        case .budget(let e): return try budgetQuery(e)
        case .share(let e): return try shareQuery(e)
        case .source(let e): return try sourceQuery(e)
        case .sources: return sourcesTable()
        }
    }

    // MARK: agreements

    func agreementsTable() -> Table {
        var t = Table(columns: [Column("agreement"), Column("years"), Column("signed"), Column("rule"), Column("first-year amount", key: "first_year_amount")])
        for a in record.agreements.values.sorted(by: { $0.ordinal < $1.ordinal }) {
            t.rows.append([
                .text(ordinalText(a.ordinal)),
                .text(yearsText(a.firstYear, a.lastYear)),
                a.signed.map { .date($0) },
                .text(a.rule.short),
                a.base.map { .money($0) },
            ])
        }
        return t
    }

    func yearsText(_ a: Int, _ b: Int) -> String { a == b ? "\(a)" : "\(a)–\(b)" }

    func agreementNumber(_ e: Expr) throws(Diagnostic) -> Agreement {
        let v = try evaluate(e)
        guard case .number(let d) = v, let n = d.intValue else {
            throw Diagnostic(.evaluation, "an agreement is named by its number, not \(v.typeName)", at: e.span,
                             hint: "for example `agreement 11`")
        }
        guard let a = record.agreements[n] else {
            let all = record.agreements.keys.sorted()
            let range = all.isEmpty ? "" : "; the record has agreements \(all.first!) to \(all.last!)"
            throw Diagnostic(.evaluation, "there is no agreement \(n)\(range)", at: e.span,
                             hint: all.isEmpty ? nil : "for example `agreement \(all.last!)`")
        }
        return a
    }

    func agreementDetails(_ e: Expr) throws(Diagnostic) -> Output {
        let a = try agreementNumber(e)
        var fields: [(name: String, value: Value)] = [("years", .text(yearsText(a.firstYear, a.lastYear)))]
        if let s = a.signed { fields.append(("signed", .date(s))) }
        if let f = a.inForce { fields.append(("in force", .date(f))) }
        fields += negotiationFields(a)
        fields.append(("currency", .text(a.currency.rawValue)))
        if let b = a.base { fields.append(("first-year amount", .money(b))) }
        fields.append(("rule", .text(a.rule.short)))
        if let s = a.ruleInWords { fields.append(("rule in words", .text(s))) }
        for n in a.notes { fields.append(("note", .text(n))) }
        for s in a.sources { fields.append(("source", .text(s))) }
        var tables: [Table] = []
        let years = a.years.filter { yearFigure($0) != nil }
        if !years.isEmpty {
            var t = try contributionRows(ClosedRange(uncheckedBounds: (years.first!, years.last!)), span: e.span)
            t.title = "yearly amounts"
            tables.append(t)
        }
        if let events = eventsOf(a) { tables.append(events) }
        var notes: [Phrase] = []
        let missing = a.years.filter { yearFigure($0) == nil }
        if let n = (a.years.contains { settledYears()[$0] != nil } ? figureNotes(a.years).last : nil) { notes.append(n) }
        if let lo = missing.first, let hi = missing.last {
            let years = yearsText(lo, hi).replacingOccurrences("–", "..")
            // An agreement with a rule sma can apply suggests its own rule; else a growth rate.
            let how = [.cpi, .budget, .fixed, .frozen].contains(a.rule.kind) ? "under agreement \(a.ordinal)" : "with growth 3%"
            notes.append(Phrase("\(yearsText(lo, hi)): no amount recorded yet; try `project \(years) \(how)`"))
        }
        let title = "\(ordinalText(a.ordinal)) Special Measures Agreement"
        return Output(.details(Details(title: title, fields: fields, tables: tables)), notes: notes)
    }

    // MARK: contributions

    func recordedRangeHint() -> String? {
        guard let r = record.recordedYears else { return nil }
        return "the record has amounts for \(r.lowerBound)–\(r.upperBound)"
    }

    func contribution(_ e: Expr, span: Span) throws(Diagnostic) -> Output {
        let (ys, isRange) = try years(e, what: "the year")
        if isRange {
            throw Diagnostic(.evaluation, "`contribution` takes one year", at: e.span,
                             hint: "for several years write `contributions \(ys.lowerBound)..\(ys.upperBound)`")
        }
        let y = ys.lowerBound
        guard let c = yearFigure(y) else {
            var hint = recordedRangeHint()
            if let r = record.recordedYears, y > r.upperBound {
                hint = (hint ?? "") + "; for later years try `project \(y) with growth 3%`"
            }
            throw Diagnostic(.evaluation, "no contribution is recorded for \(y)", at: e.span, hint: hint)
        }
        var notes: [Phrase] = []
        if let f = c.figure { notes.append(Phrase(figureText(f, c))) }
        if c.figure == .computed, let step = settledYears()[y]?.step {
            notes.append(settledNote(step, c))
        }
        for r in c.reported {
            notes.append(Phrase("also reported: {} by \(r.by); the figure here is \(c.figure == .rule ? "the rule's" : "the record's")", .money(r.amount)))
        }
        if let w = c.wonEquivalent {
            notes.append(Phrase("won equivalent published at the time: {}", .money(w)))
        } else if !c.payments.isEmpty, let p = paymentBasis(c) {
            notes.append(p.phrase)
        } else if let w = wonEquivalent(c), let rate = w.computedAt {
            notes.append(Phrase("won equivalent: {}, computed at \(rate.plain(grouping: true)) won/$ (\(w.set ? "set in this session" : "the \(y) annual average"); none was published)", .money(w.amount)))
        }
        return Output(.money(c.amount), notes: notes)
    }

    /// How a settled year is computed, in one note: the rule, the base and the published input.
    func settledNote(_ step: RuleStep, _ c: Contribution) -> Phrase {
        let rule = record.agreements[c.agreement]?.rule.short ?? ""
        var values: [Value] = [.money(step.previous)]
        var text = "\(c.year) is settled by the \(ordinalText(c.agreement)) SMA's rule (\(rule)) from {} in \(c.year - 1)"
        if let i = step.index {
            text += " and \(i.kind.name) of \(i.year), {} as published"
            values.append(.percent(i.percent, signed: .tenth))
        }
        if let cap = step.cappedAt { text += ", capped at \(cap)%" }
        text += ": computed, not yet published; it becomes a recorded figure when one is published (`explain contribution \(c.year)` shows the steps)"
        return Phrase(text, values: values)
    }

    /// The years `contributions` covers: the recorded ones and those the rules settle.
    var answeredYears: ClosedRange<Int>? {
        if let c = answeredCache, c.generation == generation { return c.years }
        let years = record.recordedYears.map { r in r.lowerBound...(settledYears().keys.max() ?? r.upperBound) }
        answeredCache = (generation, years)
        return years
    }

    /// `statedChangeNote` and `figureNotes` of a range of years, kept while nothing they are
    /// computed from changes.
    func contributionNotes(_ range: ClosedRange<Int>) -> [Phrase] {
        if let c = contributionNotesCache, c.years == range, c.generation == generation { return c.notes }
        let notes = (statedChangeNote(range).map { [$0] } ?? []) + figureNotes(range)
        contributionNotesCache = (range, generation, notes)
        return notes
    }

    func contributionsTable(_ e: Expr?, span: Span) throws(Diagnostic) -> Output {
        guard let all = answeredYears else {
            throw Diagnostic(.evaluation, "the record has no contributions", at: span)
        }
        var range = all
        if let e {
            let (ys, _) = try years(e, what: "the years")
            let lo = max(ys.lowerBound, all.lowerBound), hi = min(ys.upperBound, all.upperBound)
            guard lo <= hi else {
                throw Diagnostic(.evaluation, "no contribution is recorded for \(yearsText(ys.lowerBound, ys.upperBound))",
                                 at: e.span, hint: recordedRangeHint())
            }
            range = lo...hi
            var notes: [Phrase] = []
            if ys.lowerBound < all.lowerBound || ys.upperBound > all.upperBound {
                let settled = settledYears().keys.sorted()
                notes.append(Phrase("only \(yearsText(lo, hi)) are answered; \(recordedRangeHint() ?? "")"
                                    + (settled.isEmpty ? "" : ", and the rules settle \(Session.yearList(settled))")))
            }
            notes += contributionNotes(range)
            return Output(.table(try cachedContributionRows(range, span: e.span)), notes: notes)
        }
        return Output(.table(try cachedContributionRows(range, span: span)), notes: contributionNotes(range))
    }

    /// Which years of a table are not published figures: derived ones and those a rule settles.
    func figureNotes(_ range: ClosedRange<Int>) -> [Phrase] {
        var notes: [Phrase] = []
        let derived = range.filter { record.contributions[$0]?.figure == .derived }
        if !derived.isEmpty {
            notes.append(Phrase("\(Session.yearList(derived)): derived, not published (figure `derived`): no published figure was found; the agreement's rule forces \(derived.count == 1 ? "it" : "them") between published years").about(derived))
        }
        let settled = settledYears()
        let computed = range.filter { settled[$0] != nil }
        if !computed.isEmpty {
            notes.append(Phrase("\(Session.yearList(computed)): computed by the agreement's rule from published inputs, not yet published (figure `computed`)").about(computed))
        }
        return notes
    }

    /// `contributionRows`, kept for the same years while nothing it is computed from changes.
    func cachedContributionRows(_ range: ClosedRange<Int>, span: Span) throws(Diagnostic) -> Table {
        if let c = contributionsCache, c.years == range, c.generation == generation { return c.table }
        let t = try contributionRows(range, span: span)
        contributionsCache = (range, generation, t)
        return t
    }

    /// Where a dollar-era figure comes from, in words.
    func figureText(_ f: Figure, _ c: Contribution) -> String {
        switch f {
        case .stated: "figure: stated (the amount the agreement or the SCM set)"
        case .rule: "figure: by the rule (what the \(ordinalText(c.agreement)) SMA's rule gives, to $0.1 million)"
        case .chart: "figure: the white paper's chart value (rounded to $10 million; neither a stated figure nor a checkable rule gives this year)"
        case .derived: "figure: derived, not published (no published figure was found; the \(ordinalText(c.agreement)) SMA's rule forces it between published years)"
        case .computed: "figure: computed by the \(ordinalText(c.agreement)) SMA's rule, not published"
        }
    }

    /// Year, amount, change on the previous year, agreement; with currency, figure and
    /// won-equivalent columns when the years include dollar-denominated ones.
    func contributionRows(_ range: ClosedRange<Int>, span: Span) throws(Diagnostic) -> Table {
        let figures = range.compactMap { yearFigure($0) }
        let mixed = figures.contains { $0.amount.currency != .krw }
        // A figure column wherever a year is not a published figure (derived, computed).
        let marked = mixed || figures.contains { $0.figure != nil }
        var columns = [Column("year"), Column("amount")]
        if mixed { columns += [Column("currency"), Column("figure"), Column("won equivalent"), Column("won from", key: "won_from")] }
        else if marked { columns += [Column("figure")] }
        columns += [Column("change"), Column("agreement")]
        var t = Table(columns: columns)
        for c in figures {
            let y = c.year
            var row: [Value?] = [.number(Dec(y)), .money(c.amount)]
            if !mixed && marked { row.append(.text(c.figure?.rawValue ?? "published")) }
            if mixed {
                row.append(.text(c.amount.currency.rawValue))
                row.append(c.figure.map { .text($0.rawValue) })
                let w = wonEquivalent(c)
                row.append(w.map { .money($0.amount) })
                row.append(c.amount.currency == .krw ? nil : w.map { .text($0.computedAt.map { "computed at \($0.plain(grouping: true)) won/$" } ?? (c.payments.isEmpty ? "published" : "payment basis")) })
            }
            // The agreed rate where there is one (see `statedChange`), else the ratio: computed once.
            let ratio = (try? change(to: y)) ?? nil
            row.append(ratio.map { .percent(c.rate ?? $0, signed: true) })
            row.append(.text(ordinalText(c.agreement)))
            t.rows.append(row)
        }
        return t
    }

    /// The rate the agreement states for `year` where the two figures' ratio differs from it
    /// (1999: +6% on a readjusted base, where 1998's figure gives −16.6%): the change column
    /// shows what was agreed, and `statedChangeNote` says why the ratio differs.
    func statedChange(_ year: Int) -> Dec? {
        guard let c = record.contributions[year], let rate = c.rate, let ratio = try? change(to: year), ratio != rate else { return nil }
        return rate
    }

    /// The note beside a table whose change column shows stated rates.
    func statedChangeNote(_ years: ClosedRange<Int>) -> Phrase? {
        let ys = years.filter { statedChange($0) != nil }
        guard !ys.isEmpty else { return nil }
        let parts = ys.map { y in "\(y): agreed \(Session.signedText(statedChange(y)!)), the figures' ratio \(((try? change(to: y)) ?? nil).map(Session.signedText) ?? "—")" }
        return Phrase("the change of \(ys.map(String.init).joined(separator: ", ")) is the rate the agreement states; the ratio of the two figures differs because the agreement applied it to a base other than the previous figure here (a readjusted or a rounded one): " + parts.joined(separator: "; ")).about(ys)
    }

    /// `2000, 2026` or `1991–1999, 2026`: years as runs.
    static func yearList(_ ys: [Int]) -> String {
        var runs: [(Int, Int)] = []
        for y in ys.sorted() {
            if let last = runs.last, last.1 == y - 1 { runs[runs.count - 1].1 = y } else { runs.append((y, y)) }
        }
        return runs.map { $0.0 == $0.1 ? "\($0.0)" : "\($0.0)–\($0.1)" }.joined(separator: ", ")
    }

    static func signedText(_ d: Dec) -> String { (d.isNegative ? "" : "+") + "\(d)%" }

    /// The change from the previous recorded year to `year`, in percent points rounded half-up
    /// to 0.1 (as rates are published). Across a change of currency it compares won equivalents.
    func change(to year: Int) throws(Diagnostic) -> Dec? {
        guard let cur = yearFigure(year), let prev = yearFigure(year - 1) else { return nil }
        var a = prev.amount, b = cur.amount
        if a.currency != b.currency {
            guard let aw = a.currency == .krw ? a : prev.wonEquivalent, let bw = b.currency == .krw ? b : cur.wonEquivalent else { return nil }
            a = aw; b = bw
        }
        return Session.changePercent(from: a.amount, to: b.amount)
    }

    /// The change from `a` to `b` in percent, rounded half away from zero to 0.1 point.
    /// Fast path (every amount of the record): whole amounts, computed exactly in integers;
    /// `changePercentInDec` is the plain reference (a test holds them equal).
    static func changePercent(from a: Dec, to b: Dec) -> Dec? {
        if a.isInteger, b.isInteger, let x = a.intValue, let y = b.intValue, x > 0, x < Int.max / 2, y.magnitude < UInt(Int.max / 2) {
            let num = (Int128(y) - Int128(x)) * 1000, den = Int128(x)
            var q = num.magnitude / den.magnitude
            if 2 * (num.magnitude % den.magnitude) >= den.magnitude { q += 1 }
            var m = num < 0 ? -Int128(q) : Int128(q)
            var scale = 1
            if m % 10 == 0 { m /= 10; scale = 0 }
            return Dec(mantissa: m, scale: scale)
        }
        return changePercentInDec(from: a, to: b)
    }

    static func changePercentInDec(from a: Dec, to b: Dec) -> Dec? {
        guard !a.isZero else { return nil }
        do throws(ArithmeticError) {
            let ratio = try b.divided(by: a)
            return try ratio.subtracting(.one).multiplied(by: .hundred).rounded(places: 1)
        } catch {
            return nil
        }
    }

    func growth(_ e: Expr) throws(Diagnostic) -> Output {
        let (ys, isRange) = try years(e, what: "the year")
        if isRange {
            throw Diagnostic(.evaluation, "`growth` takes one year", at: e.span,
                             hint: "`contributions \(ys.lowerBound)..\(ys.upperBound)` shows the change for every year")
        }
        let y = ys.lowerBound
        guard record.contributions[y] != nil else {
            throw Diagnostic(.evaluation, "no contribution is recorded for \(y)", at: e.span, hint: recordedRangeHint())
        }
        guard record.contributions[y - 1] != nil else {
            throw Diagnostic(.evaluation, "\(y) has no previous year to compare with", at: e.span, hint: recordedRangeHint())
        }
        guard let g = try change(to: y) else {
            throw Diagnostic(.evaluation, "\(y - 1) and \(y) are in different currencies and no won equivalent is recorded", at: e.span)
        }
        let prev = record.contributions[y - 1]!, cur = record.contributions[y]!
        if prev.amount.currency != cur.amount.currency, let pw = prev.wonEquivalent ?? (prev.amount.currency == .krw ? prev.amount : nil),
           let cw = cur.wonEquivalent ?? (cur.amount.currency == .krw ? cur.amount : nil) {
            return Output(.percent(g, signed: true), notes: [Phrase("change from {} in \(y - 1) to {} in \(y), comparing won equivalents across the change of currency",
                                                                    .money(pw), .money(cw))])
        }
        return Output(.percent(g, signed: true), notes: [Phrase("change from {} in \(y - 1) to {} in \(y)", .money(prev.amount), .money(cur.amount))])
    }

    // MARK: projection

    /// The rate of `with growth`, checked.
    func growthRate(_ e: Expr) throws(Diagnostic) -> Dec {
        let g = try evaluate(e)
        guard case .percent(let rate, _) = g else {
            var hint = "write the rate as a percent, such as `4.5%`"
            if case .number(let d) = g {
                if d.magnitude < .one, let pct = try? d.multiplied(by: .hundred) {
                    hint = "write the rate as a percent: `\(pct)%` (not \(d))"
                } else {
                    hint = "write the rate as a percent: `\(d)%`"
                }
            }
            throw Diagnostic(.evaluation, "the growth rate must be a percent, not \(g.typeName)", at: e.span, hint: hint)
        }
        try Session.checkRate(rate, "a growth rate", at: e.span)
        return rate
    }

    /// The year of `from BASE`, which must have a recorded amount.
    func recordedBaseYear(_ e: Expr?) throws(Diagnostic) -> Int? {
        guard let e else { return nil }
        let y = try year(e, what: "the base year")
        guard record.contributions[y] != nil else {
            throw Diagnostic(.evaluation, "no contribution is recorded for the base year \(y)", at: e.span, hint: recordedRangeHint())
        }
        return y
    }

    /// `with cpi 2%`, `with budget-growth 3%`.
    func assumptionRates(_ list: [(kind: IndexKind, rate: Expr)]) throws(Diagnostic) -> [IndexKind: Dec] {
        var out: [IndexKind: Dec] = [:]
        for (k, e) in list {
            let v = try evaluate(e)
            guard case .percent(let p, _) = v else {
                throw Diagnostic(.evaluation, "\(k.name) must be a percent, not \(v.typeName)", at: e.span, hint: "for example `with \(k.rawValue) 2%`")
            }
            try Session.checkRate(p, k.name, at: e.span)
            out[k] = p
        }
        return out
    }

    /// What a projection computed. (A struct, not a tuple: a tuple this large is copied through
    /// the runtime's generic path.)
    struct ProjectedSteps {
        let targets: ClosedRange<Int>
        let isRange: Bool
        let baseYear: Int
        let base: Money?
        let steps: [RuleStep]
        let allSteps: [RuleStep]
        let under: Agreement?
    }

    /// The steps of a projection: `project ... with growth` or `project ... under agreement N`.
    /// `years` (a chart's projected part) stands for the target's own years.
    func projection(_ target: Expr, _ p: Scenario, span: Span, years given: ClosedRange<Int>? = nil) throws(Diagnostic) -> ProjectedSteps {
        let (targets, isRange) = if let given { (given, true) } else { try years(target, what: "the target") }
        let rate = try p.growthRate.map { (g) throws(Diagnostic) -> Dec in try growthRate(g) }
        let under = try p.under.map { (e) throws(Diagnostic) -> Agreement in try agreementNumber(e) }
        let assumptions = try assumptionRates(p.fixedAssumptions)
        let baseYear = try recordedBaseYear(p.base)
        let r = try withYearly(p) { () throws(Diagnostic) in
            try projectSteps(targets: targets, growth: rate, under: under, assumptions: assumptions, baseYear: baseYear,
                             span: span, targetSpan: target.span)
        }
        return ProjectedSteps(targets: targets, isRange: isRange, baseYear: r.baseYear, base: r.base,
                              steps: r.steps.filter { targets.contains($0.year) }, allSteps: r.steps, under: under)
    }

    func project(_ target: Expr, _ p: Scenario, span: Span, years given: ClosedRange<Int>? = nil) throws(Diagnostic) -> Output {
        let r = try projection(target, p, span: span, years: given)
        var notes: [Phrase] = []
        let unit = Value.money(Money.yearlyUnit(r.base?.currency ?? r.under?.currency ?? .krw))
        if let a = r.under {
            let from = r.base.map { Phrase("from {} in \(r.baseYear), by the \(ordinalText(a.ordinal)) SMA's rule (\(a.rule.short)), each year rounded half-up to {}", .money($0), unit) }
                ?? Phrase("from the \(ordinalText(a.ordinal)) SMA's first-year amount, by its rule (\(a.rule.short)), each year rounded half-up to {}", unit)
            notes.append(from)
            for s in r.steps where s.year > a.lastYear { notes.append(Phrase("\(s.year) is after the \(ordinalText(a.ordinal)) SMA ends (\(a.lastYear)); its rule is carried on")); break }
            // Index values not from the record, grouped: "CPI growth of 2030–2033 assumed at 3%".
            // (Every year computed, not only the targets: 2029 follows from 2028's index too.)
            var groups: [(origin: IndexOrigin, kind: IndexKind, percent: Dec, years: [Int])] = []
            for s in r.allSteps {
                guard let i = s.index, i.origin != .recorded else { continue }
                if let g = groups.indices.last, groups[g].origin == i.origin, groups[g].kind == i.kind, groups[g].percent == i.percent {
                    groups[g].years.append(i.year)
                } else {
                    groups.append((i.origin, i.kind, i.percent, [i.year]))
                }
            }
            for g in groups {
                notes.append(Phrase("\(g.kind.name) of \(yearsText(g.years.first!, g.years.last!)) \(g.origin == .set ? "set in this session to" : "assumed at") {}",
                                  .percent(g.percent, signed: false)))
            }
            // `with cpi X` where the record (or `set`) already has the year: say which value won.
            for s in r.steps {
                guard let i = s.index, i.origin != .assumed, let given = p.fixedAssumptions.first(where: { $0.kind == i.kind }),
                      let rate = try? percentArgument(given.rate) else { continue }
                notes.append(Phrase("\(i.kind.name) of \(i.year) is \(i.origin == .set ? "set in this session" : "recorded") ({}); `with \(i.kind.rawValue) {}` applies to later years; `set \(i.kind.rawValue) \(i.year) = {}` overrides it",
                                  .percent(i.percent, signed: false), .percent(rate, signed: false), .percent(rate, signed: false)))
            }
            for s in r.steps where !r.isRange {
                if let c = s.cappedAt { notes.append(Phrase("\(s.year): the \(c)% cap binds (\(s.index.map { "\($0.kind.name) of \($0.year) is \($0.percent)%" } ?? ""))")) }
            }
        } else if let base = r.base, p.yearly.contains(where: { $0.word == .growth }) {
            notes.append(Phrase("from {} in {}, at the growth given for each year (" + r.allSteps.map { "\($0.year): \($0.rate)%" }.joined(separator: ", ")
                                + "), each year rounded half-up to {}", .money(base), .number(Dec(r.baseYear)), unit))
        } else if let base = r.base, let g = r.steps.first?.rate {
            // A fixed template (no string built per statement); the values fill it when shown.
            notes.append(Phrase("from {} in {}, {} a year, each year rounded half-up to {}",
                              .money(base), .number(Dec(r.baseYear)), .percent(g, signed: true), unit))
        }
        if !r.isRange {
            return Output(.money(r.steps.last!.amount), notes: notes)
        }
        var columns = [Column("year"), Column("amount"), Column("change")]
        if r.under != nil { columns.append(Column("index")) }
        var t = Table(columns: columns)
        for s in r.steps {
            let change: Value? = {
                if case .firstYear = s.how { return nil }
                return .percent(s.rate, signed: true)
            }()
            var row: [Value?] = [.number(Dec(s.year)), .money(s.amount), change]
            if let a = r.under {
                let label: String? = if let i = s.index { indexText(i, capped: s.cappedAt, plus: a.rule.plus) }
                    else if case .firstYear = s.how { "first-year amount" }
                    else { a.rule.short }
                row.append(label.map { .text($0) })
            }
            t.rows.append(row)
        }
        return Output(.table(t), notes: notes)
    }

    /// `CPI 2025: 2.1%`, `CPI 2026: 6% (assumed), capped at 5%`.
    func indexText(_ i: IndexLookup, capped: Dec?, plus: Dec? = nil) -> String {
        // A recorded index is written as published, to 0.1 point (`CPI 2011: 4.0%`).
        var s = (plus.map { "\($0)% + " } ?? "") + "\(i.kind == .cpi ? "CPI" : "budget") \(i.year): \(i.origin == .recorded ? i.percent.plain(minPlaces: 1) : "\(i.percent)")%"
        if i.origin != .recorded { s += " (\(i.origin == .set ? "set" : "assumed"))" }
        if let c = capped { s += ", capped at \(c)%" }
        return s
    }
}

extension Session {
    /// `cpi 2008`, `budget-growth 2019..2025`: the index as the session uses it (a `set` value
    /// over the record's), with its source.
    func index(_ kind: IndexKind, _ e: Expr) throws(Diagnostic) -> Output {
        let (ys, isRange) = try years(e, what: "the year")
        func sources(_ year: Int) -> [String] {
            switch kind {
            case .cpi: record.cpi[year]?.sources ?? []
            case .budget: record.budget[year]?.sources ?? []
            }
        }
        if !isRange {
            let y = ys.lowerBound
            guard let found = lookupIndex(kind, year: y, assumption: nil) else {
                let known = (kind == .cpi ? Array(record.cpi.keys) : record.budget.filter { $0.value.growth != nil }.map(\.key)).sorted()
                throw Diagnostic(.evaluation, "\(kind.name) for \(y) is not in the record", at: e.span,
                                 hint: known.isEmpty ? nil : "the record has \(kind.name) for \(known.first!)–\(known.last!); `set \(kind.rawValue) \(y) = 2%` gives one for this session")
            }
            var notes: [Phrase] = []
            if found.origin == .set {
                notes.append(Phrase("\(kind.name) of \(y): set in this session (the record's value is not used)"))
            } else {
                let src = sources(y)
                notes.append(Phrase("\(kind.name) of \(y), as recorded\(src.isEmpty ? "" : "; source: " + src.joined(separator: ", "))"))
            }
            return Output(.percent(found.percent, signed: found.origin == .recorded ? .tenth : .plain), notes: notes)
        }
        var t = Table(columns: [Column("year"), Column(kind == .cpi ? "CPI growth" : "budget growth", key: kind == .cpi ? "cpi" : "budget_growth"),
                                Column("origin"), Column("source")])
        for y in ys {
            guard let found = lookupIndex(kind, year: y, assumption: nil) else { continue }
            let src = sources(y)
            t.rows.append([.number(Dec(y)), .percent(found.percent, signed: found.origin == .recorded ? .tenth : .plain), .text(found.origin == .set ? "set" : "recorded"),
                           found.origin == .set || src.isEmpty ? nil : .text(src.joined(separator: ", "))])
        }
        var notes: [Phrase] = []
        if t.rows.isEmpty {
            notes.append(Phrase("no \(kind.name) is recorded in \(ys.lowerBound)..\(ys.upperBound)"))
        } else if t.rows.count < ys.count {
            // Say which years are missing, as `contributions` does.
            let missing = ys.filter { lookupIndex(kind, year: $0, assumption: nil) == nil }
            let known = (kind == .cpi ? Array(record.cpi.keys) : record.budget.filter { $0.value.growth != nil }.map(\.key)).sorted()
            notes.append(Phrase("not recorded: \(Session.yearList(missing))" + (known.isEmpty ? "" : "; the record has \(kind.name) for \(known.first!)–\(known.last!)")))
        }
        return Output(.table(t), notes: notes)
    }
}
