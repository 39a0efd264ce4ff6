import SMALanguage

/// Won and dollars: `in usd`, `in krw` at the record's annual average or a rate the user
/// gives, and `breakdown` of what the money paid for.
extension Session {
    /// The year a value belongs to, when it comes straight from a query of one year.
    func yearOf(_ e: Expr) -> Int? {
        guard let q = syntax.query(e) else { return nil }
        switch q {
        case .contribution(let y), .budget(let y):
            if case .number(let d) = syntax[y] { return d.intValue }
            if case .number(let d)? = try? evaluate(y) { return d.intValue }
        case .project(let target, _):
            if case .number(let d)? = try? evaluate(target) { return d.intValue }
        default: break
        }
        return nil
    }

    /// The won-per-dollar rate of a year: the session's `set`, else the record's annual average.
    func exchangeRate(_ year: Int) -> (wonPerDollar: Dec, set: Bool, rate: ExchangeRate?)? {
        if let v = exchangeOverrides[year] { return (v, true, record.exchange[year]) }
        if let x = record.exchange[year] { return (x.wonPerDollar, false, x) }
        return nil
    }

    /// `rate YEAR|YEARS`: won per dollar as the conversions use it, with its series and source.
    func exchangeQuery(_ e: Expr) throws(Diagnostic) -> Output {
        let (ys, isRange) = try years(e, what: "the year")
        let known = record.exchange.keys.sorted()
        if !isRange {
            let y = ys.lowerBound
            guard let found = exchangeRate(y) else {
                throw Diagnostic(.evaluation, "no won-per-dollar rate is recorded for \(y)", at: e.span,
                                 hint: (known.isEmpty ? "" : "the record has annual averages for \(known.first!)–\(known.last!); ") + "`set rate \(y) = 1,450` gives one for this session")
            }
            var notes: [Phrase] = []
            if found.set {
                notes.append(Phrase("won per dollar in \(y): set in this session (the record's value is not used)"))
            } else if let x = found.rate {
                // Each address once (the record lists some twice, once per figure they give).
                var seen = Set<String>()
                let addresses = x.sources.flatMap { $0.split(separator: ";") }
                    .map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
                    .filter { !$0.isEmpty && seen.insert($0).inserted }
                notes.append(Phrase("won per dollar, the \(y) annual average: \(x.series ?? "as recorded")"
                                  + (addresses.isEmpty ? "" : "; source: " + addresses.joined(separator: " ; "))))
            }
            return Output(.number(found.wonPerDollar), notes: notes)
        }
        var t = Table(columns: [Column("year"), Column("won per dollar", key: "won_per_dollar"), Column("origin"), Column("series")])
        for y in ys {
            guard let found = exchangeRate(y) else { continue }
            t.rows.append([.number(Dec(y)), .number(found.wonPerDollar), .text(found.set ? "set" : "recorded"),
                           found.set ? nil : found.rate?.series.map { .text($0) }])
        }
        var notes: [Phrase] = t.rows.isEmpty ? [Phrase("no won-per-dollar rate is recorded in \(ys.lowerBound)..\(ys.upperBound)")] : []
        if !t.rows.isEmpty { notes.append(Phrase("annual averages; `rate YEAR` gives one year's sources")) }
        return Output(.table(t), notes: notes)
    }

    /// A dollar year's won equivalent: the one published at the time, else its amount at the
    /// year's average won per dollar, rounded half-up to 1억 원 (`computedAt` is then the rate).
    func wonEquivalent(_ c: Contribution) -> (amount: Money, computedAt: Dec?, set: Bool)? {
        if c.amount.currency == .krw { return (c.amount, nil, false) }
        if let w = c.wonEquivalent { return (w, nil, false) }
        if !c.payments.isEmpty { return paymentBasis(c).map { ($0.amount, nil, false) } }
        guard let x = exchangeRate(c.year),
              let won = try? c.amount.amount.multiplied(by: x.wonPerDollar, shiftedRight: 0, places: Currency.krw.yearlyRoundingPlaces),
              let m = try? Money(exact: won, .krw) else { return nil }
        return (m, x.wonPerDollar, x.set)
    }

    /// A dollar year's won equivalent on the basis it was paid (`paid 2575억`, `paid $141.2
    /// million at 1300`): the won parts, the dollar parts at their fixed rates, and any rest of
    /// the amount (when no won part is given) at the year's average rate; rounded half-up to 1억.
    /// With the words that say how.
    func paymentBasis(_ c: Contribution) -> (amount: Money, phrase: Phrase)? {
        var total = Dec.zero, dollars = Dec.zero
        var words: [String] = [], values: [Value] = []
        var hasWon = false
        do throws(ArithmeticError) {
            for p in c.payments {
                if let r = p.wonPerDollar {
                    total = try total.adding(try p.amount.amount.multiplied(by: r, shiftedRight: 0, places: Currency.krw.minorPlaces))
                    dollars = try dollars.adding(p.amount.amount)
                    words.append("{} at the fixed \(r.plain(grouping: true)) won/$"); values.append(.money(p.amount))
                } else {
                    hasWon = true
                    total = try total.adding(p.amount.amount)
                    words.append("{} paid in won"); values.append(.money(p.amount))
                }
            }
            if !hasWon, let rest = try? c.amount.amount.subtracting(dollars), !rest.isZero, let x = exchangeRate(c.year) {
                total = try total.adding(try rest.multiplied(by: x.wonPerDollar, shiftedRight: 0, places: Currency.krw.minorPlaces))
                words.append("the rest, {}, at the year's average \(x.wonPerDollar.plain(grouping: true)) won/$")
                values.append(.money(Money(unchecked: rest, .usd)))
            }
            let m = try Money(rounding: try total.rounded(places: Currency.krw.yearlyRoundingPlaces), .krw)
            return (m, Phrase("won equivalent on the basis it was paid: {} (" + words.joined(separator: " + ") + ")", values: [.money(m)] + values))
        } catch {
            return nil
        }
    }

    func convert(_ inner: Expr, to: Currency, rate rateExpr: Expr?, span: Span) throws(Diagnostic) -> Output {
        let out = try evaluateOutput(inner)
        if case .table(let t) = out.value { return try convert(t, notes: out.notes, to: to, rate: rateExpr, span: span) }
        let v = out.value
        guard case .money(let m) = v else {
            throw Diagnostic(.evaluation, "only money converts to \(to.rawValue), not \(v.typeName)", at: inner.span)
        }
        if m.currency == to { return Output(.money(m), notes: [Phrase("already in \(to.rawValue)")]) }
        var rate: Dec
        var note: Phrase
        if let rateExpr {
            let r = try evaluate(rateExpr)
            guard case .number(let d) = r, !d.isNegative, !d.isZero else {
                throw Diagnostic(.evaluation, "the rate must be a positive number of won per dollar", at: rateExpr.span,
                                 hint: "for example `in usd at 1,400`")
            }
            rate = d
            note = Phrase("at \(d.plain(grouping: true)) won per dollar, as given")
        } else {
            guard let y = yearOf(inner) else {
                throw Diagnostic(.evaluation, "which year's exchange rate? this amount has no year", at: span,
                                 hint: "`\(currentSource.map { $0.text(inner.span.start..<inner.span.end) } ?? "…") in \(to.rawValue.lowercased()) at 1,144.6`, or convert a year's contribution: `contribution 2021 in \(to.rawValue.lowercased())`")
            }
            let x = try recordedRate(y, to: to, span: span)
            rate = x.wonPerDollar
            note = x.set ? Phrase("at \(rate.plain(grouping: true)) won per dollar, set in this session for \(y)")
                : Phrase("at \(rate.plain(grouping: true)) won per dollar, the \(y) annual average (\(x.rate?.series ?? "record"))")
        }
        do throws(ArithmeticError) {
            let amount = to == .usd ? try m.amount.divided(by: rate) : try m.amount.multiplied(by: rate)
            return Output(.money(try Money(rounding: amount, to)), notes: [note])
        } catch {
            throw Diagnostic(.evaluation, "the conversion is too large", at: span)
        }
    }

    /// The year's won per dollar for a conversion (set, else recorded), or the error that says
    /// which years the record has and how to give a rate.
    func recordedRate(_ y: Int, to: Currency, span: Span) throws(Diagnostic) -> (wonPerDollar: Dec, set: Bool, rate: ExchangeRate?) {
        guard let x = exchangeRate(y) else {
            let years = record.exchange.keys.sorted()
            throw Diagnostic(.evaluation, "no exchange rate is recorded for \(y)", at: span,
                             hint: (years.isEmpty ? "" : "the record has annual averages for \(years.first!)–\(years.last!); ")
                                + "give a rate: `in \(to.rawValue.lowercased()) at 1,400`, or `set rate \(y) = …`")
        }
        return x
    }

    /// `TABLE in usd|krw [at RATE]`: every money column converted, each row at its own year's
    /// average rate (its `year` column), or all at the rate given. A column of won equivalents
    /// (`won_…`) stays in won.
    func convert(_ table: Table, notes: [Phrase], to: Currency, rate rateExpr: Expr?, span: Span) throws(Diagnostic) -> Output {
        var given: Dec? = nil
        if let rateExpr {
            guard case .number(let d) = try evaluate(rateExpr), !d.isNegative, !d.isZero else {
                throw Diagnostic(.evaluation, "the rate must be a positive number of won per dollar", at: rateExpr.span, hint: "for example `in usd at 1,400`")
            }
            given = d
        }
        let yearColumn = table.columns.firstIndex { $0.key == "year" }
        let currencyColumn = table.columns.firstIndex { $0.key == "currency" }
        var t = table
        var converted = 0, set = false
        for (r, row) in t.rows.enumerated() {
            for (j, cell) in row.enumerated() {
                guard case .money(let m)? = cell, m.currency != to, !t.columns[j].key.hasPrefix("won_") else { continue }
                var rate = given
                if rate == nil {
                    guard let yc = yearColumn, case .number(let yd)? = row[yc], let y = yd.intValue else {
                        throw Diagnostic(.evaluation, "which year's exchange rate? this table has no year column", at: span,
                                         hint: "give a rate: `in \(to.rawValue.lowercased()) at 1,400`")
                    }
                    let x = try recordedRate(y, to: to, span: span)
                    rate = x.wonPerDollar
                    set = set || x.set
                }
                guard let rate else { continue }
                do throws(ArithmeticError) {
                    let amount = to == .usd ? try m.amount.divided(by: rate) : try m.amount.multiplied(by: rate)
                    t.rows[r][j] = .money(try Money(rounding: amount, to))
                    if let cc = currencyColumn { t.rows[r][cc] = .text(to.rawValue) }
                } catch {
                    throw Diagnostic(.evaluation, "the conversion is too large", at: span)
                }
                converted += 1
            }
        }
        var out = notes
        if converted > 0 {
            out.append(given.map { Phrase("money converted to \(to.rawValue) at \($0.plain(grouping: true)) won per dollar, as given") }
                       ?? Phrase("money converted to \(to.rawValue), each row at its year's average won per dollar" + (set ? " (some set in this session)" : "")))
        }
        return Output(.table(t), notes: out)
    }

    func breakdown(_ e: Expr) throws(Diagnostic) -> Output {
        let (ys, isRange) = try years(e, what: "the year")
        if isRange {
            // `breakdown YEARS`: one row a year and category, each year's table without its total.
            var t = Table(columns: [Column("year"), Column("category"), Column("amount"), Column("share")])
            var found: [Int] = []
            for y in ys where record.breakdowns[y] != nil {
                guard case .table(let one) = try breakdownTable(y, span: e.span).value else { continue }
                found.append(y)
                for row in one.rows {
                    if case .text("total")? = row.first { continue }
                    t.rows.append([.number(Dec(y))] + row)
                }
            }
            let have = record.breakdowns.keys.sorted().map(String.init).joined(separator: ", ")
            return Output(.table(t), notes: [Phrase(found.isEmpty ? "no breakdown is recorded in \(ys.lowerBound)..\(ys.upperBound); the record has \(have)"
                                                    : "breakdowns of \(found.map(String.init).joined(separator: ", ")); `breakdown YEAR` gives one with its total and sources")])
        }
        return try breakdownTable(ys.lowerBound, span: e.span)
    }

    func breakdownTable(_ y: Int, span: Span) throws(Diagnostic) -> Output {
        guard let b = record.breakdowns[y] else {
            let have = record.breakdowns.keys.sorted().map(String.init).joined(separator: ", ")
            throw Diagnostic(.evaluation, "no breakdown is recorded for \(y)", at: span, hint: "the record has breakdowns for \(have)")
        }
        let total = record.contributions[y]?.amount
        var t = Table(title: "what \(y)'s contribution paid for" + (b.approximate ? " (approximate)" : ""),
                      columns: [Column("category"), Column("amount"), Column("share")])
        var sum = Dec.zero
        var sameCurrency = true
        for item in b.items {
            var share: Value? = nil
            if let total, total.currency == item.amount.currency,
               let s = try? item.amount.amount.divided(by: total.amount).multiplied(by: .hundred).rounded(places: 1) {
                share = .percent(s, signed: false)
            }
            if item.amount.currency == (total?.currency ?? .krw) { sum = (try? sum.adding(item.amount.amount)) ?? sum } else { sameCurrency = false }
            t.rows.append([.text(item.category), .money(item.amount), share])
        }
        if let s = b.labourShare, b.items.isEmpty {
            var amount: Value? = nil
            if let total, let a = try? total.amount.multiplied(by: s.divided(by: .hundred)).rounded(places: total.currency.yearlyRoundingPlaces) {
                amount = (try? Money(exact: a, total.currency)).map { .money($0) }
            }
            t.rows.append([.text("labour"), amount, .percent(s, signed: false)])
        }
        if let total { t.rows.append([.text("total"), .money(total), nil]) }
        var notes: [Phrase] = []
        if let total, !b.items.isEmpty {
            if sameCurrency {
                notes.append(sum == total.amount ? Phrase("the parts add up to the total")
                                                 : Phrase("the parts add up to {}, the total is {}", .money((try? Money(exact: sum, total.currency)) ?? total), .money(total)))
            } else {
                notes.append(Phrase("the parts are in more than one currency and are not added up"))
            }
        }
        if b.items.isEmpty { notes.append(Phrase("only the labour share is recorded; its amount is the share of the total, rounded to {}", .money(Money.yearlyUnit(.krw)))) }
        for n in b.notes { notes.append(Phrase(n)) }
        if !b.sources.isEmpty { notes.append(Phrase("source: \(b.sources.joined(separator: "; "))")) }
        return Output(.table(t), notes: notes)
    }
}
