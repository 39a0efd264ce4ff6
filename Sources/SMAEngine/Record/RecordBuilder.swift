import SMALanguage

/// Builds the record from `define` statements, checking each as it comes.
///
/// It builds in place, into the session's own record: a definition is checked and evaluated
/// against the record as it stands (so one may use another), and only its last step writes,
/// once, so a failed definition changes nothing and a script's thousandth `define` does not
/// copy the record (`Session.updateRecord`).
struct RecordBuilder {
    let session: Session

    init(session: Session) {
        self.session = session
    }

    /// The record as built so far (borrowed).
    private var record: RecordData {
        _read { yield session.record }
    }

    func add(_ d: Definition) throws(Diagnostic) {
        guard record.entryCount < RecordData.maxEntries else {
            throw Diagnostic(.record, "the record holds at most \(Help.grouped(RecordData.maxEntries)) definitions",
                             at: d.subjectSpan, hint: "split the record, or keep only the years and sources you use")
        }
        var c = ClauseReader(definition: d, evaluator: session)
        switch d.subject {
        case .agreement: try addAgreement(&c)
        case .contribution: try addContribution(&c)
        case .round: try addRound(&c)
        case .negotiator: try addNegotiator(&c)
        case .event: try addEvent(&c)
        case .cpi: try addCPI(&c)
        case .budget: try addBudget(&c)
        case .source: try addSource(&c)
        case .exchange: try addExchange(&c)
        case .breakdown: try addBreakdown(&c)
        }
    }

    /// Writes one checked definition into the record (its one write).
    private func insert(_ body: (inout RecordData) -> Void) {
        session.updateRecord(body)
    }

    /// Checks that hold across definitions.
    func finish() throws(Diagnostic) {}

    private func addAgreement(_ c: inout ClauseReader) throws(Diagnostic) {
        let (n, keySpan) = try c.keyNumber("agreement number")
        guard n >= 1 else { throw Diagnostic(.record, "agreements are numbered from 1", at: keySpan) }
        if record.agreements[n] != nil {
            throw Diagnostic(.record, "the \(ordinalText(n)) agreement is already in the record", at: keySpan)
        }
        guard let years = try c.range(.years) else {
            throw Diagnostic(.record, "`define agreement` needs `years FIRST..LAST`", at: c.definition.subjectSpan,
                             hint: "for example `define agreement \(n) years 2031..2035 ...`")
        }
        if let other = record.agreements.values.first(where: { $0.years.overlaps(years.0) }) {
            throw Diagnostic(.record, "years \(years.0.lowerBound)..\(years.0.upperBound) overlap the \(ordinalText(other.ordinal)) agreement (\(other.firstYear)..\(other.lastYear))", at: years.1)
        }
        let base = try c.money(.base)
        var currency = base?.currency ?? .krw
        if let (w, s) = c.word(.currency) {
            guard let cur = Currency(rawValue: w.uppercased()) else {
                throw Diagnostic(.record, "unknown currency `\(w)`", at: s, hint: "currencies are KRW and USD")
            }
            if let base, base.currency != cur {
                throw Diagnostic(.record, "the base amount is in \(base.currency.rawValue) but the currency is \(cur.rawValue)", at: s)
            }
            currency = cur
        }
        let rule = try c.rule() ?? Rule(kind: .negotiated)
        var entry = Agreement(
            ordinal: n, firstYear: years.0.lowerBound, lastYear: years.0.upperBound,
            signed: try c.fullDate(.signed), inForce: try c.fullDate(.inForce), currency: currency, base: base,
            rule: rule, ruleInWords: try c.text(.summary), koreanNegotiator: try c.text(.korea),
            usNegotiator: try c.text(.us), notes: try c.texts(.note), sources: try c.texts(.source))
        entry.initialed = try c.fullDate(.initialed)
        entry.ratified = try c.fullDate(.ratified)
        entry.signatories = try c.text(.signatories)
        if let clause = try c.single(.vote) {
            var parts: [Int] = []
            for arg in clause.arguments {
                guard case .expr(let e) = arg else { continue }
                guard case .number(let d) = try c.evaluator.evaluate(e), let v = d.intValue, (0...100_000).contains(v) else {
                    throw Diagnostic(.record, "a vote counts members: a whole number from 0 to 100,000", at: e.span)
                }
                parts.append(v)
            }
            let vote = Vote(yes: parts[0], no: parts[1], abstaining: parts[2], present: parts[3])
            if vote.yes + vote.no + vote.abstaining > vote.present {
                throw Diagnostic(.record, "the votes (\(vote.yes) for, \(vote.no) against, \(vote.abstaining) abstaining) add up to \(vote.yes + vote.no + vote.abstaining), more than the \(vote.present) present",
                                 at: clause.span, hint: "the last number is how many members were present")
            }
            if entry.ratified == nil {
                throw Diagnostic(.record, "a vote needs the date of ratification: add `ratified YYYY-MM-DD`", at: clause.span)
            }
            entry.vote = vote
        }
        if let s = entry.signed, let f = entry.inForce, f < s {
            throw Diagnostic(.record, "the agreement is in force (\(f)) before it is signed (\(s))", at: c.span(.inForce) ?? keySpan)
        }
        let done = entry
        insert { $0.agreements[n] = done }
    }

    private func addContribution(_ c: inout ClauseReader) throws(Diagnostic) {
        let (y, keySpan) = try c.keyNumber("year")
        if record.contributions[y] != nil {
            throw Diagnostic(.record, "the contribution for \(y) is already in the record", at: keySpan)
        }
        guard let valueExpr = c.definition.value else {
            throw Diagnostic(.record, "`define contribution` needs an amount: `define contribution \(y) = 1조 5192억`", at: keySpan)
        }
        let v = try c.evaluator.evaluate(valueExpr)
        guard case .money(let amount) = v else {
            throw Diagnostic(.record, "a contribution must be money, not \(v.typeName)", at: valueExpr.span,
                             hint: "write the amount with a unit: `1조 5192억` or `$150 million`")
        }
        var ordinal: Int
        if let (a, s) = try c.number(.agreement) {
            guard record.agreements[a] != nil else {
                throw Diagnostic(.record, "there is no \(ordinalText(a)) agreement in the record", at: s, hint: "define the agreement first")
            }
            ordinal = a
        } else if let a = record.agreement(forYear: y) {
            ordinal = a.ordinal
        } else {
            throw Diagnostic(.record, "no agreement covers \(y)", at: keySpan, hint: "add `agreement N`, or define the agreement first")
        }
        let basis: Basis? = try c.choice(.basis, hint: "bases are: \(Basis.allCases.map(\.rawValue).joined(separator: ", "))")
        let figure: Figure? = try c.choice(.figure, hint: "a figure is \(Figure.allCases.map(\.rawValue).joined(separator: ", ")): stated, by the agreement's rule, or the white paper's chart value")
        let equivalent = try c.money(.equivalent)
        if let equivalent, equivalent.currency != .krw {
            throw Diagnostic(.record, "the won equivalent must be in won", at: c.span(.equivalent) ?? keySpan)
        }
        var parts: [(percent: Dec, label: String)] = []
        for clause in c.clauses(.part) {
            guard case .expr(let re) = clause.arguments[0], case .expr(let le) = clause.arguments[1] else { continue }
            guard case .percent(let p, _) = try c.evaluator.evaluate(re) else {
                throw Diagnostic(.record, "a part is a percent and its label: `part 7.4% \"budget growth\"`", at: re.span)
            }
            guard case .text(let label) = try c.evaluator.evaluate(le) else {
                throw Diagnostic(.record, "a part's label is text in double quotes", at: le.span)
            }
            parts.append((p, label))
        }
        let rate = try c.percent(.rate)
        if let rate { try Session.checkRate(rate, "the agreed rate", at: c.span(.rate) ?? keySpan, phase: .record) }
        if !parts.isEmpty {
            var sum = Dec.zero
            for p in parts { sum = (try? sum.adding(p.percent)) ?? sum }
            if let rate, rate != sum {
                throw Diagnostic(.record, "the parts add up to \(sum)%, not the rate \(rate)%", at: c.span(.part) ?? keySpan)
            }
        }
        if figure == .computed {
            throw Diagnostic(.record, "a recorded year is not `figure computed`: sma computes the years an agreement's rule settles",
                             at: c.span(.figure) ?? keySpan, hint: "for a figure the rule forces but no one published, write `figure derived`")
        }
        var reported: [(amount: Money, by: String)] = []
        for clause in c.clauses(.reported) {
            guard case .expr(let me) = clause.arguments[0], case .expr(let be) = clause.arguments[1] else { continue }
            guard case .money(let m) = try c.evaluator.evaluate(me) else {
                throw Diagnostic(.record, "`reported` takes an amount and who reported it: `reported $623 million \"the press\"`", at: me.span)
            }
            guard case .text(let by) = try c.evaluator.evaluate(be) else {
                throw Diagnostic(.record, "who reported it is text in double quotes", at: be.span)
            }
            reported.append((m, by))
        }
        var payments: [Payment] = []
        for clause in c.clauses(.paid) {
            guard case .expr(let me) = clause.arguments[0] else { continue }
            guard case .money(let m) = try c.evaluator.evaluate(me), !m.amount.isNegative else {
                throw Diagnostic(.record, "`paid` takes an amount of money: `paid 2575억` or `paid $141.2 million at 1300`", at: me.span)
            }
            var rate: Dec? = nil
            if clause.arguments.count > 1, case .expr(let re) = clause.arguments[1] {
                guard case .number(let r) = try c.evaluator.evaluate(re), !r.isNegative, !r.isZero else {
                    throw Diagnostic(.record, "the rate of a payment is a positive number of won per dollar", at: re.span)
                }
                guard m.currency == .usd else {
                    throw Diagnostic(.record, "only dollars are paid at a rate", at: re.span, hint: "write a won part as `paid 2575억`")
                }
                rate = r
            } else if m.currency == .usd {
                throw Diagnostic(.record, "a dollar payment needs the rate it was paid at: `paid $141.2 million at 1300`", at: me.span)
            }
            payments.append(Payment(amount: m, wonPerDollar: rate))
        }
        if !payments.isEmpty {
            if amount.currency != .usd {
                throw Diagnostic(.record, "`paid` gives the payment basis of a dollar year's won equivalent", at: c.span(.paid) ?? keySpan)
            }
            if equivalent != nil {
                throw Diagnostic(.record, "give the won equivalent or how the year was paid, not both", at: c.span(.paid) ?? keySpan,
                                 hint: "sma computes the won equivalent from the payments")
            }
            var dollars = Dec.zero
            for p in payments where p.amount.currency == .usd { dollars = (try? dollars.adding(p.amount.amount)) ?? dollars }
            if dollars > amount.amount {
                throw Diagnostic(.record, "the dollar payments add up to more than the year's amount", at: c.span(.paid) ?? keySpan)
            }
        }
        var contribution = Contribution(
            year: y, amount: amount, wonEquivalent: equivalent, agreement: ordinal, basis: basis,
            rate: rate, notes: try c.texts(.note), sources: try c.texts(.source))
        contribution.parts = parts
        contribution.figure = figure
        contribution.reported = reported
        contribution.payments = payments
        let entry = contribution
        insert { $0.contributions[y] = entry }
    }

    private func addRound(_ c: inout ClauseReader) throws(Diagnostic) {
        let (n, keySpan) = try c.keyNumber("round number")
        guard let parentExpr = c.definition.parent else {
            throw Diagnostic(.record, "a round belongs to an agreement: `define round \(n) of agreement 12`", at: keySpan)
        }
        let a = try existingAgreement(parentExpr, c)
        if record.rounds[a]?[n] != nil {
            throw Diagnostic(.record, "round \(n) of the \(ordinalText(a)) agreement is already in the record", at: keySpan)
        }
        let start = try c.date(.from), end = try c.date(.to)
        if let start, let end, end < start {
            throw Diagnostic(.record, "the round ends (\(end)) before it starts (\(start))", at: c.span(.to) ?? keySpan)
        }
        if end != nil && start == nil {
            throw Diagnostic(.record, "a round with an end needs its start: `from DATE to DATE`", at: c.span(.to) ?? keySpan)
        }
        var entry = NegotiationRound(
            agreement: a, number: n, start: start, end: end, city: try c.text(.city), venue: try c.text(.venue),
            notes: try c.texts(.note), sources: try c.texts(.source))
        entry.korea = try c.text(.korea)
        entry.us = try c.text(.us)
        entry.format = try c.choice(.format, hint: "formats are: \(RoundFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        entry.sourcing = try c.choice(.sourcing, hint: Sourcing.hint)
        for clause in c.clauses(.inferred) {
            guard case .word(let w, let s) = clause.arguments.first else { continue }
            guard let part = InferredPart(rawValue: w) else {
                throw Diagnostic(.record, "unknown inferred part `\(w)`", at: s,
                                 hint: "what may be inferred: \(InferredPart.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            entry.inferred.append(part)
        }
        let done = entry
        insert { $0.rounds[a, default: [:]][n] = done }
    }

    /// The agreement named by `of agreement N` or an `agreement N` clause, which must exist.
    private func existingAgreement(_ e: Expr, _ c: ClauseReader) throws(Diagnostic) -> Int {
        let pv = try c.evaluator.evaluate(e)
        guard case .number(let pd) = pv, let a = pd.intValue else {
            throw Diagnostic(.record, "an agreement is named by its number, not \(pv.typeName)", at: e.span)
        }
        guard record.agreements[a] != nil else {
            let all = record.agreements.keys.sorted()
            throw Diagnostic(.record, "there is no \(ordinalText(a)) agreement in the record", at: e.span,
                             hint: all.isEmpty ? "define the agreement first" : "the record has agreements \(all.first!) to \(all.last!); define the agreement first")
        }
        return a
    }

    private func addNegotiator(_ c: inout ClauseReader) throws(Diagnostic) {
        guard let keyExpr = c.definition.key, case .text(let name) = try c.evaluator.evaluate(keyExpr), !name.isEmpty else {
            throw Diagnostic(.record, "a negotiator is named by text: `define negotiator \"Jeong Eun-bo\" of agreement 11`", at: c.definition.subjectSpan)
        }
        guard let parentExpr = c.definition.parent else {
            throw Diagnostic(.record, "a negotiator belongs to an agreement: `define negotiator \"\(name)\" of agreement 11`", at: keyExpr.span)
        }
        let a = try existingAgreement(parentExpr, c)
        guard let side: Side = try c.choice(.side, hint: "the sides are: korea, us") else {
            throw Diagnostic(.record, "a negotiator needs the side led: `side korea` or `side us`", at: keyExpr.span)
        }
        if record.negotiators[a]?.contains(where: { $0.name == name && $0.side == side }) == true {
            throw Diagnostic(.record, "\(name) is already a negotiator of the \(ordinalText(a)) agreement", at: keyExpr.span)
        }
        let from = try c.date(.from), to = try c.date(.to)
        if let from, let to, to < from {
            throw Diagnostic(.record, "the period ends (\(to)) before it starts (\(from))", at: c.span(.to) ?? keyExpr.span)
        }
        let entry = Negotiator(agreement: a, name: name, side: side, role: try c.text(.role), from: from, to: to,
                               sourcing: try c.choice(.sourcing, hint: Sourcing.hint),
                               notes: try c.texts(.note), sources: try c.texts(.source))
        insert { $0.negotiators[a, default: []].append(entry) }
    }

    /// The agreement's date that an event of this kind must agree with (nil: not a milestone).
    static func milestone(_ kind: String, of a: Agreement) -> SimpleDate?? {
        switch kind {
        case "signed": .some(a.signed)
        case "in-force": .some(a.inForce)
        case "initialed": .some(a.initialed)
        case "ratified": .some(a.ratified)
        default: nil
        }
    }

    private func addEvent(_ c: inout ClauseReader) throws(Diagnostic) {
        guard let keyExpr = c.definition.key else { throw Diagnostic(.record, "expected the event's date", at: c.definition.subjectSpan) }
        let kv = try c.evaluator.evaluate(keyExpr)
        guard case .date(let date) = kv else {
            throw Diagnostic(.record, "an event is named by its date (YYYY-MM-DD), not \(kv.typeName)", at: keyExpr.span,
                             hint: "for example `define event 2020-04-01 { agreement 11 kind furlough text \"...\" }`")
        }
        guard date.isFullDate else {
            throw Diagnostic(.record, "an event needs a full date (YYYY-MM-DD), not a month", at: keyExpr.span,
                             hint: "where only the month is known, say so in the text and give the month's first day")
        }
        guard let ac = try c.single(.agreement), case .expr(let ae) = ac.arguments.first else {
            throw Diagnostic(.record, "an event belongs to an agreement: add `agreement N`", at: keyExpr.span)
        }
        let a = try existingAgreement(ae, c)
        guard let (kind, kindSpan) = c.word(.kind) else {
            throw Diagnostic(.record, "an event needs its kind: `kind furlough`, `kind ratified` …", at: keyExpr.span)
        }
        guard let text = try c.text(.text) else {
            throw Diagnostic(.record, "an event needs its text: `text \"…\"`", at: keyExpr.span)
        }
        if let ag = record.agreements[a], let m = RecordBuilder.milestone(kind, of: ag), let recorded = m, recorded != date {
            throw Diagnostic(.record, "the \(ordinalText(a)) agreement is \(kind == "in-force" ? "in force" : kind) \(recorded) in its definition, not \(date)",
                             at: kindSpan, hint: "one date for one fact: correct the event or the agreement")
        }
        let entry = Event(date: date, agreement: a, kind: kind, text: text, sourcing: try c.choice(.sourcing, hint: Sourcing.hint),
                          notes: try c.texts(.note), sources: try c.texts(.source))
        insert { r in
            // In date order; an event of the same date goes after those already there.
            var i = r.events.count
            while i > 0 && r.events[i - 1].date > entry.date { i -= 1 }
            r.events.insert(entry, at: i)
        }
    }

    private func addCPI(_ c: inout ClauseReader) throws(Diagnostic) {
        let (y, keySpan) = try c.keyNumber("year")
        if record.cpi[y] != nil { throw Diagnostic(.record, "CPI growth for \(y) is already in the record", at: keySpan) }
        let p = try c.valuePercent("define cpi \(y) = 2.1%")
        try Session.checkRate(p, "CPI growth", at: c.definition.value?.span ?? keySpan, phase: .record)
        let entry = IndexValue(year: y, percent: p, notes: try c.texts(.note), sources: try c.texts(.source))
        insert { $0.cpi[y] = entry }
    }

    private func addBudget(_ c: inout ClauseReader) throws(Diagnostic) {
        let (y, keySpan) = try c.keyNumber("year")
        if record.budget[y] != nil { throw Diagnostic(.record, "the defense budget for \(y) is already in the record", at: keySpan) }
        guard let valueExpr = c.definition.value else {
            throw Diagnostic(.record, "`define budget` needs an amount: `define budget \(y) = 61조 2469억`", at: keySpan)
        }
        let v = try c.evaluator.evaluate(valueExpr)
        guard case .money(let m) = v else {
            throw Diagnostic(.record, "a defense budget must be money, not \(v.typeName)", at: valueExpr.span)
        }
        let growth = try c.percent(.growth)
        if let g = growth { try Session.checkRate(g, "defense-budget growth", at: keySpan, phase: .record) }
        let entry = BudgetValue(year: y, amount: m, growth: growth,
                                       notes: try c.texts(.note), sources: try c.texts(.source))
        insert { $0.budget[y] = entry }
    }

    private func addExchange(_ c: inout ClauseReader) throws(Diagnostic) {
        let (y, keySpan) = try c.keyNumber("year")
        if record.exchange[y] != nil { throw Diagnostic(.record, "the exchange rate for \(y) is already in the record", at: keySpan) }
        guard let e = c.definition.value, case .number(let rate) = try c.evaluator.evaluate(e), !rate.isNegative, !rate.isZero else {
            throw Diagnostic(.record, "an exchange rate is a positive number of won per dollar: `define exchange \(y) = 1,144.60`", at: keySpan)
        }
        var fred: Dec? = nil
        if let (v, s) = try c.expr(.fred) {
            guard case .number(let f) = v else { throw Diagnostic(.record, "`fred` takes a number", at: s) }
            fred = f
        }
        let entry = ExchangeRate(year: y, wonPerDollar: rate, series: try c.text(.series), fred: fred,
                                          notes: try c.texts(.note), sources: try c.texts(.source))
        insert { $0.exchange[y] = entry }
    }

    private func addBreakdown(_ c: inout ClauseReader) throws(Diagnostic) {
        let (y, keySpan) = try c.keyNumber("year")
        if record.breakdowns[y] != nil { throw Diagnostic(.record, "the breakdown for \(y) is already in the record", at: keySpan) }
        var items: [(category: String, amount: Money)] = []
        for clause in c.definition.clauses where [.labour, .construction, .logistics].contains(clause.keyword) {
            guard case .expr(let e) = clause.arguments.first else { continue }
            guard case .money(let m) = try c.evaluator.evaluate(e) else {
                throw Diagnostic(.record, "`\(clause.keyword.rawValue)` takes an amount of money", at: e.span)
            }
            items.append((clause.keyword.rawValue, m))
        }
        let share = try c.percent(.share)
        if items.isEmpty && share == nil {
            throw Diagnostic(.record, "a breakdown needs amounts (`labour 3710억 ...`) or a labour `share`", at: keySpan)
        }
        let entry = Breakdown(year: y, items: items, labourShare: share, approximate: !c.clauses(.approximate).isEmpty,
                                         notes: try c.texts(.note), sources: try c.texts(.source))
        insert { $0.breakdowns[y] = entry }
    }

    private func addSource(_ c: inout ClauseReader) throws(Diagnostic) {
        guard let keyExpr = c.definition.key, case .text(let key) = try c.evaluator.evaluate(keyExpr) else {
            throw Diagnostic(.record, "a source is named by text: `define source \"MOFA-12\" = \"https://...\"`", at: c.definition.subjectSpan)
        }
        if record.sources[key] != nil { throw Diagnostic(.record, "the source \"\(key)\" is already in the record", at: keyExpr.span) }
        guard let valueExpr = c.definition.value, case .text(let address) = try c.evaluator.evaluate(valueExpr) else {
            throw Diagnostic(.record, "a source needs its address as text: `= \"https://...\"`", at: keyExpr.span)
        }
        let entry = SourceEntry(key: key, address: address, notes: try c.texts(.note))
        insert { $0.sources[key] = entry }
    }
}

/// Reads the clauses of one definition by keyword, evaluating their expressions.
struct ClauseReader {
    let definition: Definition
    let evaluator: Session
    var seen: Set<String> = []

    init(definition: Definition, evaluator: Session) {
        self.definition = definition
        self.evaluator = evaluator
    }

    func clauses(_ k: DefinitionClause) -> [Clause] { definition.clauses.filter { $0.keyword == k } }

    func span(_ k: DefinitionClause) -> Span? { clauses(k).first?.span }

    func single(_ k: DefinitionClause) throws(Diagnostic) -> Clause? {
        let cs = clauses(k)
        if cs.count > 1 { throw Diagnostic(.record, "`\(k)` is given twice", at: cs[1].span) }
        return cs.first
    }

    func expr(_ k: DefinitionClause) throws(Diagnostic) -> (Value, Span)? {
        guard let c = try single(k), case .expr(let e) = c.arguments.first else { return nil }
        return (try evaluator.evaluate(e), e.span)
    }

    func keyNumber(_ what: String) throws(Diagnostic) -> (Int, Span) {
        guard let e = definition.key else { throw Diagnostic(.record, "expected a \(what)", at: definition.subjectSpan) }
        let v = try evaluator.evaluate(e)
        guard case .number(let d) = v, let n = d.intValue, (0...9999).contains(n) else {
            throw Diagnostic(.record, "the \(what) must be a whole number, not \(v.typeName)", at: e.span)
        }
        return (n, e.span)
    }

    func number(_ k: DefinitionClause) throws(Diagnostic) -> (Int, Span)? {
        guard let (v, s) = try expr(k) else { return nil }
        guard case .number(let d) = v, let n = d.intValue else {
            throw Diagnostic(.record, "`\(k)` takes a whole number, not \(v.typeName)", at: s)
        }
        return (n, s)
    }

    func text(_ k: DefinitionClause) throws(Diagnostic) -> String? {
        guard let (v, s) = try expr(k) else { return nil }
        guard case .text(let t) = v else { throw Diagnostic(.record, "`\(k)` takes text in double quotes, not \(v.typeName)", at: s) }
        return t
    }

    func texts(_ k: DefinitionClause) throws(Diagnostic) -> [String] {
        var out: [String] = []
        for c in clauses(k) {
            guard case .expr(let e) = c.arguments.first else { continue }
            let v = try evaluator.evaluate(e)
            guard case .text(let t) = v else { throw Diagnostic(.record, "`\(k)` takes text in double quotes, not \(v.typeName)", at: e.span) }
            out.append(t)
        }
        return out
    }

    /// A date, or a month alone (`2006-08`) where only the month is known.
    func date(_ k: DefinitionClause) throws(Diagnostic) -> SimpleDate? {
        guard let (v, s) = try expr(k) else { return nil }
        guard case .date(let d) = v else { throw Diagnostic(.record, "`\(k.rawValue)` takes a date (YYYY-MM-DD), not \(v.typeName)", at: s) }
        return d
    }

    /// A full date: a month alone is refused.
    func fullDate(_ k: DefinitionClause) throws(Diagnostic) -> SimpleDate? {
        guard let d = try date(k) else { return nil }
        if !d.isFullDate {
            throw Diagnostic(.record, "`\(k.rawValue)` takes a full date (YYYY-MM-DD), not a month", at: span(k) ?? definition.subjectSpan,
                             hint: "a month alone is for a round's dates or a negotiator's period")
        }
        return d
    }

    func money(_ k: DefinitionClause) throws(Diagnostic) -> Money? {
        guard let (v, s) = try expr(k) else { return nil }
        guard case .money(let m) = v else { throw Diagnostic(.record, "`\(k)` takes money, not \(v.typeName)", at: s) }
        return m
    }

    func percent(_ k: DefinitionClause) throws(Diagnostic) -> Dec? {
        guard let (v, s) = try expr(k) else { return nil }
        guard case .percent(let p, _) = v else { throw Diagnostic(.record, "`\(k)` takes a percent, not \(v.typeName)", at: s) }
        return p
    }

    func range(_ k: DefinitionClause) throws(Diagnostic) -> (ClosedRange<Int>, Span)? {
        guard let (v, s) = try expr(k) else { return nil }
        switch v {
        case .range(let a, let b): return (a...b, s)
        case .number(let d):
            if let y = d.intValue { return (y...y, s) }
        default: break
        }
        throw Diagnostic(.record, "`\(k)` takes years, such as `2026..2030`, not \(v.typeName)", at: s)
    }

    func word(_ k: DefinitionClause) -> (String, Span)? {
        guard let c = clauses(k).first, case .word(let w, let s) = c.arguments.first else { return nil }
        return (w, s)
    }

    /// A clause's word that must name one of `T`'s cases (`basis negotiated`, `figure stated`).
    func choice<T: RawRepresentable & CaseIterable>(_ k: DefinitionClause, hint: String) throws(Diagnostic) -> T? where T.RawValue == String {
        guard let (w, s) = word(k) else { return nil }
        guard let value = T(rawValue: w) else { throw Diagnostic(.record, "unknown \(k.rawValue) `\(w)`", at: s, hint: hint) }
        return value
    }

    func valuePercent(_ example: String) throws(Diagnostic) -> Dec {
        guard let e = definition.value else { throw Diagnostic(.record, "expected `= RATE`: `\(example)`", at: definition.subjectSpan) }
        let v = try evaluator.evaluate(e)
        guard case .percent(let p, _) = v else { throw Diagnostic(.record, "expected a percent, not \(v.typeName)", at: e.span) }
        return p
    }

    func rule() throws(Diagnostic) -> Rule? {
        guard let c = try single(.rule), case .rule(let r) = c.arguments.first else { return nil }
        let kind = RuleKind(rawValue: r.kind)!
        func pct(_ e: Expr?) throws(Diagnostic) -> Dec? {
            guard let e else { return nil }
            let v = try evaluator.evaluate(e)
            guard case .percent(let p, _) = v else { throw Diagnostic(.record, "expected a percent, not \(v.typeName)", at: e.span) }
            return p
        }
        var lag: Int? = nil
        if let l = r.lag {
            let v = try evaluator.evaluate(l)
            guard case .number(let d) = v, let n = d.intValue, (0...10).contains(n) else {
                throw Diagnostic(.record, "`lag` takes a whole number of years from 0 to 10", at: l.span)
            }
            lag = n
        }
        var rule = Rule(kind: kind, rate: try pct(r.rate), lag: lag, cap: try pct(r.cap))
        rule.plus = try pct(r.plus)
        if rule.plus != nil && kind != .cpi && kind != .budget, let p = r.plus {
            throw Diagnostic(.record, "`plus` adds points to an index: only `cpi` and `budget` rules take it", at: p.span,
                             hint: "for example `rule cpi lag 2 plus 8.8%` (the 5th SMA: 8.8% + CPI of two years before)")
        }
        if kind == .fixed && rule.rate == nil {
            throw Diagnostic(.record, "a fixed rule needs its rate: `rule fixed 10%`", at: r.kindSpan)
        }
        if (kind == .cpi || kind == .budget) && rule.lag == nil {
            throw Diagnostic(.record, "an index rule needs its lag: `rule \(r.kind) lag 2`", at: r.kindSpan,
                             hint: "the lag is how many years before the payment year the index is taken")
        }
        return rule
    }
}
