import SMALanguage

/// `budget YEAR|YEARS` (Korea's defense budget as recorded), `source KEY` and `sources`.
extension Session {
    func budgetQuery(_ e: Expr) throws(Diagnostic) -> Output {
        let (ys, isRange) = try years(e, what: "the year")
        let known = record.budget.keys.sorted()
        if !isRange {
            let y = ys.lowerBound
            guard let b = record.budget[y] else {
                throw Diagnostic(.evaluation, "no defense budget is recorded for \(y)", at: e.span,
                                 hint: known.isEmpty ? nil : "the record has the budget for \(known.first!)–\(known.last!)")
            }
            var notes = [Phrase("Korea's defense budget for \(y), as recorded")]
            if !b.sources.isEmpty { notes.append(Phrase("source: " + b.sources.joined(separator: ", "))) }
            return Output(.money(b.amount), notes: notes)
        }
        var t = Table(columns: [Column("year"), Column("budget"), Column("growth"), Column("source")])
        for y in ys {
            guard let b = record.budget[y] else { continue }
            t.rows.append([.number(Dec(y)), .money(b.amount), b.growth.map { .percent($0, signed: true) },
                           b.sources.isEmpty ? nil : .text(b.sources.joined(separator: ", "))])
        }
        var notes: [Phrase] = []
        if t.rows.isEmpty {
            notes.append(Phrase("no defense budget is recorded in \(ys.lowerBound)..\(ys.upperBound)"
                                + (known.isEmpty ? "" : "; the record has \(known.first!)–\(known.last!)")))
        } else if t.rows.count < ys.count, let lo = known.first, let hi = known.last {
            notes.append(Phrase("the record has the budget for \(lo)–\(hi) only"))
        }
        return Output(.table(t), notes: notes)
    }

    func sourceQuery(_ e: Expr) throws(Diagnostic) -> Output {
        let v = try evaluate(e)
        guard case .text(let key) = v else {
            throw Diagnostic(.evaluation, "a source is named by its key, not \(v.typeName)", at: e.span, hint: "for example `source MOFA-12`")
        }
        guard let s = record.sources[key] ?? record.sources.values.first(where: { $0.key.lowercased() == key.lowercased() }) else {
            let keys = record.sources.keys
            let hint = Suggest.closest(to: key, among: keys).map { "did you mean `\($0)`?" } ?? "`sources` lists every key"
            throw Diagnostic(.evaluation, "no source `\(key)` is in the record", at: e.span, hint: hint)
        }
        var d = Details(title: s.key, fields: [("text", .text(s.address))])
        if let url = Session.address(in: s.address) { d.fields.append(("address", .text(url))) }
        for n in s.notes { d.fields.append(("note", .text(n))) }
        // What the record cites it for.
        let uses = citing(s.key)
        if !uses.isEmpty { d.fields.append(("cited by", .text(uses.prefix(12).joined(separator: ", ") + (uses.count > 12 ? ", …" : "")))) }
        return Output(.details(d))
    }

    func sourcesTable() -> Output {
        var t = Table(columns: [Column("key"), Column("text"), Column("address")])
        for s in record.sources.values {
            t.rows.append([.text(s.key), .text(s.address), Session.address(in: s.address).map { .text($0) }])
        }
        return Output(.table(t), notes: [Phrase("\(t.rows.count) sources; `source KEY` shows one and what cites it")])
    }

    /// The web address in a source's text (`… https://…`), if it has one.
    ///
    /// Read in the text's UTF-8: split into characters, every source's text cost about 30,000
    /// instructions, most of `sources` (and of a Tab after `sources |`). The words are split
    /// at the space byte and `https://` is compared as bytes. This differs from characters only
    /// where a combining mark follows a space or the `//` (to characters, one character with
    /// it): an address then ends at the space, or starts at the `//`, as a reader would take it.
    /// No source of the record has one (`TextSearchTests` compares the two on generated text
    /// without such marks, and on every source).
    static func address(in text: String) -> String? {
        let bytes = Array(text.utf8)
        let https = Array("https://".utf8), http = Array("http://".utf8)
        func starts(_ prefix: [UInt8], at i: Int, before end: Int) -> Bool {
            end - i >= prefix.count && bytes[i..<(i + prefix.count)].elementsEqual(prefix)
        }
        var i = 0
        while i < bytes.count {
            var end = i
            while end < bytes.count && bytes[end] != 0x20 { end += 1 }
            if starts(https, at: i, before: end) || starts(http, at: i, before: end) {
                // Without the punctuation after it: `.` `,` `;` `)`.
                while end > i, [0x2E, 0x2C, 0x3B, 0x29].contains(bytes[end - 1]) { end -= 1 }
                return String(decoding: bytes[i..<end], as: UTF8.self)
            }
            i = end + 1
        }
        return nil
    }

    /// The parts of the record that name `key` among their sources (`contribution 2021` …).
    private func citing(_ key: String) -> [String] {
        func names(_ sources: [String]) -> Bool {
            sources.contains { $0.split(separator: ",").contains { String($0).trimmingWhitespace == key } }
        }
        var out: [String] = []
        for a in record.agreements.values.sorted(by: { $0.ordinal < $1.ordinal }) where names(a.sources) { out.append("agreement \(a.ordinal)") }
        for c in record.contributions.values.sorted(by: { $0.year < $1.year }) where names(c.sources) { out.append("contribution \(c.year)") }
        for (a, rs) in record.rounds.sorted(by: { $0.key < $1.key }) {
            for r in rs.values.sorted(by: { $0.number < $1.number }) where names(r.sources) { out.append("round \(r.number) of agreement \(a)") }
        }
        for (a, ns) in record.negotiators.sorted(by: { $0.key < $1.key }) {
            for n in ns where names(n.sources) { out.append("negotiator \(n.name) of agreement \(a)") }
        }
        for e in record.events where names(e.sources) { out.append("event \(e.date)") }
        for v in record.cpi.values.sorted(by: { $0.year < $1.year }) where names(v.sources) { out.append("cpi \(v.year)") }
        for v in record.budget.values.sorted(by: { $0.year < $1.year }) where names(v.sources) { out.append("budget \(v.year)") }
        for v in record.exchange.values.sorted(by: { $0.year < $1.year }) where names(v.sources) { out.append("rate \(v.year)") }
        for v in record.breakdowns.values.sorted(by: { $0.year < $1.year }) where names(v.sources) { out.append("breakdown \(v.year)") }
        return out
    }
}
