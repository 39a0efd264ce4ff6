import SMALanguage

/// How the agreements were negotiated: `rounds`, `negotiators`, `events`, and the negotiation's
/// part of `agreement N` (its chiefs, rounds, days to signing, dates, vote and timeline).
extension Session {
    // MARK: rounds

    /// The columns of a rounds table, after `agreement` (when several agreements are listed).
    private static let roundColumns = [
        Column("round"), Column("start"), Column("end"), Column("city"), Column("venue"), Column("korea"), Column("us"),
        Column("format"), Column("sourcing"), Column("inferred"), Column("note"),
    ]

    private func roundRow(_ r: NegotiationRound) -> [Value?] {
        [.number(Dec(r.number)), r.start.map { .date($0) }, r.end.map { .date($0) },
         r.city.map { .text($0) }, r.venue.map { .text($0) }, r.korea.map { .text($0) }, r.us.map { .text($0) },
         r.format.map { .text($0.text) }, r.sourcing.map { .text($0.rawValue) },
         r.inferred.isEmpty ? nil : .text(r.inferred.map(\.rawValue).joined(separator: ", ")),
         r.notes.isEmpty ? nil : .text(r.notes.joined(separator: "; "))]
    }

    func roundsTable(_ e: Expr?) throws(Diagnostic) -> Output {
        // `rounds` alone or `rounds N..M`: the rounds of several agreements, with their number.
        var range: ClosedRange<Int>? = nil
        if let e, case .range(let lo, let hi) = try evaluate(e) { range = lo...hi }
        if e == nil || range != nil {
            var t = Table(columns: [Column("agreement")] + Session.roundColumns)
            for (a, rounds) in record.rounds.sorted(by: { $0.key < $1.key }) where range?.contains(a) ?? true {
                for r in rounds.values.sorted(by: { $0.number < $1.number }) {
                    t.rows.append([.text(ordinalText(a))] + roundRow(r))
                }
            }
            let have = record.rounds.keys.sorted().map { ordinalText($0) }.joined(separator: ", ")
            var notes = [Phrase(t.rows.isEmpty ? "no negotiation rounds are recorded for these agreements (the record has rounds of the \(have))"
                                : "\(t.rows.count) rounds; the record has rounds of the \(have) SMA")]
            if !t.rows.isEmpty { notes += roundNotes(t.rows.map { $0.dropFirst() }.map(Array.init)) }
            return Output(.table(t), notes: notes)
        }
        guard let e else { return Output(.table(Table(columns: []))) }
        let a = try agreementNumber(e)
        guard let rounds = record.rounds[a.ordinal], !rounds.isEmpty else {
            let have = record.rounds.keys.sorted().map { "\($0)" }.joined(separator: ", ")
            throw Diagnostic(.evaluation, "no negotiation rounds are recorded for the \(ordinalText(a.ordinal)) agreement", at: e.span,
                             hint: have.isEmpty ? nil : "the record has rounds for agreement \(have)")
        }
        var t = Table(title: "negotiation rounds of the \(ordinalText(a.ordinal)) SMA", columns: Session.roundColumns)
        for r in rounds.values.sorted(by: { $0.number < $1.number }) { t.rows.append(roundRow(r)) }
        return Output(.table(t), notes: roundNotes(t.rows))
    }

    /// What a reader of a rounds table should know: months alone, inferred parts, the marks.
    private func roundNotes(_ rows: [[Value?]]) -> [Phrase] {
        var notes: [Phrase] = []
        let months = rows.filter { row in
            if case .date(let d)? = row[1], !d.isFullDate { return true }
            return false
        }.count
        if months > 0 { notes.append(Phrase("\(months) round\(months == 1 ? " is" : "s are") dated by the month only (YYYY-MM): the sources give no day")) }
        let undated = rows.filter { $0[1] == nil }.count
        if undated > 0 { notes.append(Phrase("\(undated) round\(undated == 1 ? " has" : "s have") no date in the sources")) }
        if rows.contains(where: { $0[8] != nil }) {
            notes.append(Phrase("sourcing: C2 = two sources or more agree, C1 = one source, INF = inferred; `inferred` names what no source states"))
        }
        return notes
    }

    // MARK: negotiators

    /// An agreement's chief negotiators: its `define negotiator`s, else the names its definition
    /// gives (`korea "…"`, `us "…"`, with no period).
    func negotiators(of a: Agreement) -> [Negotiator] {
        var out = record.negotiators[a.ordinal] ?? []
        for (side, name) in [(Side.korea, a.koreanNegotiator), (Side.us, a.usNegotiator)] {
            guard let name, !out.contains(where: { $0.side == side && $0.name == name }) else { continue }
            out.append(Negotiator(agreement: a.ordinal, name: name, side: side, role: nil, from: nil, to: nil, sourcing: nil,
                                  notes: [], sources: a.sources))
        }
        return out.sorted { ($0.side == .korea ? 0 : 1, $0.from ?? SimpleDate(year: 0, month: 1)) < ($1.side == .korea ? 0 : 1, $1.from ?? SimpleDate(year: 0, month: 1)) }
    }

    /// `Jang Won-sam (2019-09), Jeong Eun-bo (2019-10 to 2021-03)`.
    func negotiatorText(_ list: [Negotiator]) -> String {
        list.map { n in
            switch (n.from, n.to) {
            case let (f?, t?) where f == t: "\(n.name) (\(f))"
            case let (f?, t?): "\(n.name) (\(f) to \(t))"
            case let (f?, nil): "\(n.name) (from \(f))"
            case let (nil, t?): "\(n.name) (to \(t))"
            default: n.name
            }
        }.joined(separator: ", ")
    }

    func negotiatorsTable(_ e: Expr?) throws(Diagnostic) -> Output {
        var agreements = record.agreements.values.sorted { $0.ordinal < $1.ordinal }
        if let e {
            switch try evaluate(e) {
            case .range(let lo, let hi): agreements = agreements.filter { (lo...hi).contains($0.ordinal) }
            default: agreements = [try agreementNumber(e)]
            }
        }
        var t = Table(columns: [Column("agreement"), Column("side"), Column("name"), Column("role"), Column("from"), Column("to"),
                                Column("sourcing"), Column("source")])
        for a in agreements {
            for n in negotiators(of: a) {
                t.rows.append([.text(ordinalText(a.ordinal)), .text(n.side.text), .text(n.name), n.role.map { .text($0) },
                               n.from.map { .date($0) }, n.to.map { .date($0) }, n.sourcing.map { .text($0.rawValue) },
                               n.sources.isEmpty ? nil : .text(n.sources.joined(separator: ", "))])
            }
        }
        var notes: [Phrase] = []
        let none = agreements.filter { negotiators(of: $0).isEmpty }.map { ordinalText($0.ordinal) }
        if t.rows.isEmpty {
            notes.append(Phrase("no negotiators are recorded for the \(none.joined(separator: ", ")) agreement\(none.count == 1 ? "" : "s")"))
        } else {
            if !none.isEmpty { notes.append(Phrase("no negotiators are recorded for the \(none.joined(separator: ", "))")) }
            notes.append(Phrase("from and to: the months each led their side (YYYY-MM where the sources give the month only)"))
        }
        return Output(.table(t), notes: notes)
    }

    // MARK: events

    /// The timeline: the record's events, with each agreement's signing, entry into force,
    /// initialing and ratification where no event of that kind is defined for it.
    func timeline() -> [Event] {
        var out = record.events
        for a in record.agreements.values.sorted(by: { $0.ordinal < $1.ordinal }) {
            let milestones: [(String, SimpleDate?, String)] = [
                ("initialed", a.initialed, "initialed"), ("signed", a.signed, "signed" + (a.signatories.map { " by \($0)" } ?? "")),
                ("ratified", a.ratified, "ratified by the National Assembly" + (a.vote.map { ": \(voteText($0))" } ?? "")),
                ("in-force", a.inForce, "in force"),
            ]
            for (kind, date, words) in milestones {
                guard let date, !out.contains(where: { $0.agreement == a.ordinal && $0.kind == kind }) else { continue }
                out.append(Event(date: date, agreement: a.ordinal, kind: kind, text: "The \(ordinalText(a.ordinal)) SMA \(words)",
                                 sourcing: nil, notes: [], sources: ["agreement \(a.ordinal)"]))
            }
        }
        // Stable: the record's order within a date.
        return out.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// `173 for, 36 against, 25 abstaining of 234 present`.
    func voteText(_ v: Vote) -> String {
        "\(v.yes) for, \(v.no) against, \(v.abstaining) abstaining of \(v.present) present"
    }

    private static let eventColumns = [Column("date"), Column("agreement"), Column("kind"), Column("event"), Column("sourcing"), Column("source")]

    private func eventRow(_ e: Event) -> [Value?] {
        [.date(e.date), .text(ordinalText(e.agreement)), .text(e.kind), .text(e.text), e.sourcing.map { .text($0.rawValue) },
         e.sources.isEmpty ? nil : .text(e.sources.joined(separator: ", "))]
    }

    func eventsTable(_ f: EventsFilter) throws(Diagnostic) -> Output {
        let all = timeline()
        var chosen = all
        var what = "the record's"
        switch f {
        case .all: break
        case .years(let e):
            let (ys, _) = try years(e, what: "the years")
            chosen = all.filter { ys.contains($0.date.year) }
            what = ys.count == 1 ? "\(ys.lowerBound)'s" : "\(yearsText(ys.lowerBound, ys.upperBound))'s"
        case .agreement(let e):
            let a = try agreementNumber(e)
            chosen = all.filter { $0.agreement == a.ordinal }
            what = "the \(ordinalText(a.ordinal)) SMA's"
        }
        var t = Table(columns: Session.eventColumns)
        for e in chosen { t.rows.append(eventRow(e)) }
        var notes: [Phrase] = []
        if t.rows.isEmpty, let lo = all.first?.date.year, let hi = all.last?.date.year {
            notes.append(Phrase("no events are recorded there; the record's events run from \(lo) to \(hi)"))
        } else {
            notes.append(Phrase("\(t.rows.count) of \(what) event\(t.rows.count == 1 ? "" : "s")"))
            if chosen.contains(where: { $0.sources.first?.hasPrefix("agreement ") == true }) {
                notes.append(Phrase("rows with the source `agreement N` are the agreement's own dates (signed, in force, initialed, ratified)"))
            }
        }
        return Output(.table(t), notes: notes)
    }

    // MARK: in `agreement N`

    /// The negotiation's fields of `agreement N`: chiefs, rounds, dates and vote.
    func negotiationFields(_ a: Agreement) -> [(name: String, value: Value)] {
        var fields: [(name: String, value: Value)] = []
        let ns = negotiators(of: a)
        let korea = ns.filter { $0.side == .korea }, us = ns.filter { $0.side == .us }
        if !korea.isEmpty { fields.append((korea.count == 1 ? "Korean negotiator" : "Korean negotiators", .text(negotiatorText(korea)))) }
        if !us.isEmpty { fields.append((us.count == 1 ? "US negotiator" : "US negotiators", .text(negotiatorText(us)))) }
        if let rounds = record.rounds[a.ordinal]?.values.sorted(by: { $0.number < $1.number }), !rounds.isEmpty {
            fields.append(("negotiation rounds", .number(Dec(rounds.count))))
            let dated = rounds.compactMap(\.start)
            if let first = dated.min() { fields.append(("first round", .date(first))) }
            if let last = rounds.compactMap({ $0.end ?? $0.start }).max() { fields.append(("last round", .date(last))) }
            if let first = dated.min(), first.isFullDate, let s = a.signed {
                fields.append(("first round to signing", .text("\(first.days(to: s)) days")))
            }
        }
        if let d = a.initialed { fields.append(("initialed", .date(d))) }
        if let s = a.signatories { fields.append(("signatories", .text(s))) }
        if let d = a.ratified { fields.append(("ratified", .date(d))) }
        if let v = a.vote { fields.append(("vote", .text(voteText(v)))) }
        return fields
    }

    /// The agreement's events, as a table below `agreement N`.
    func eventsOf(_ a: Agreement) -> Table? {
        let es = timeline().filter { $0.agreement == a.ordinal }
        guard !es.isEmpty else { return nil }
        var t = Table(title: "events", columns: [Column("date"), Column("kind"), Column("event")])
        for e in es { t.rows.append([.date(e.date), .text(e.kind), .text(e.text)]) }
        return t
    }
}
