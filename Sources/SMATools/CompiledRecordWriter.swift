import SMALanguage
import SMAEngine
import SMARender
import SMAShell

/// Writes a record as Swift source (`CompiledRecord.generated.swift`): the built-in record ready at
/// start, with no parsing. The file is generated from the prelude (`BuiltinRecord.text`) and
/// committed; a test rebuilds it from the prelude and fails when the two differ (`make golden`
/// rewrites it), so the record has one truth, the prelude.
enum CompiledRecordWriter {
    static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += "\\u{\(String(u.value, radix: 16))}" } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    static func strings(_ a: [String]) -> String { "[" + a.map(string).joined(separator: ", ") + "]" }
    static func dec(_ d: Dec) -> String { "Dec(mantissa: \(d.mantissa), scale: \(d.scale))" }
    static func dec(_ d: Dec?) -> String { d.map { dec($0) } ?? "nil" }
    static func money(_ m: Money) -> String { "Money(unchecked: \(dec(m.amount)), .\(m.currency == .krw ? "krw" : "usd"))" }
    static func money(_ m: Money?) -> String { m.map { money($0) } ?? "nil" }
    static func date(_ d: SimpleDate?) -> String { d.map { "SimpleDate(year: \($0.year), month: \($0.month), day: \($0.day))" } ?? "nil" }
    static func text(_ s: String?) -> String { s.map(string) ?? "nil" }
    static func int(_ n: Int?) -> String { n.map { "\($0)" } ?? "nil" }
    static func sourcing(_ s: Sourcing?) -> String { s.map { ".\($0 == .c2 ? "c2" : $0 == .c1 ? "c1" : "inf")" } ?? "nil" }
    static func caseName(_ f: RoundFormat) -> String {
        switch f {
        case .inPerson: "inPerson"
        case .video: "video"
        case .smallGroup: "smallGroup"
        case .highLevel: "highLevel"
        case .openEnded: "openEnded"
        }
    }

    static func swiftSource(_ r: RecordData) -> String {
        var out = """
        // The built-in record, compiled: written by CompiledRecordWriter (SMATools) from
        // BuiltinRecord.text. Generated: do not edit. Change the prelude and run `make golden`
        // (a test fails when this is stale).
        import SMALanguage

        extension CompiledRecord {

        """
        // One function a kind, so that no function is too long for the compiler.
        out += "    static func agreements(_ r: inout RecordData) {\n"
        for (n, a) in r.agreements.sorted(by: { $0.key < $1.key }) {
            let rule = "Rule(kind: .\(a.rule.kind.rawValue), rate: \(dec(a.rule.rate)), lag: \(int(a.rule.lag)), cap: \(dec(a.rule.cap)), plus: \(dec(a.rule.plus)))"
            out += "        r.agreements[\(n)] = Agreement(ordinal: \(a.ordinal), firstYear: \(a.firstYear), lastYear: \(a.lastYear), signed: \(date(a.signed)), inForce: \(date(a.inForce)), currency: .\(a.currency == .krw ? "krw" : "usd"), base: \(money(a.base)), rule: \(rule), ruleInWords: \(text(a.ruleInWords)), koreanNegotiator: \(text(a.koreanNegotiator)), usNegotiator: \(text(a.usNegotiator)), notes: \(strings(a.notes)), sources: \(strings(a.sources)), initialed: \(date(a.initialed)), ratified: \(date(a.ratified)), vote: \(a.vote.map { "Vote(yes: \($0.yes), no: \($0.no), abstaining: \($0.abstaining), present: \($0.present))" } ?? "nil"), signatories: \(text(a.signatories)))\n"
        }
        out += "    }\n\n    static func contributions(_ r: inout RecordData) {\n"
        for (y, c) in r.contributions.sorted(by: { $0.key < $1.key }) {
            let reported = "[" + c.reported.map { "(amount: \(money($0.amount)), by: \(string($0.by)))" }.joined(separator: ", ") + "]"
            let payments = "[" + c.payments.map { "Payment(amount: \(money($0.amount)), wonPerDollar: \(dec($0.wonPerDollar)))" }.joined(separator: ", ") + "]"
            let parts = "[" + c.parts.map { "(percent: \(dec($0.percent)), label: \(string($0.label)))" }.joined(separator: ", ") + "]"
            out += "        r.contributions[\(y)] = Contribution(year: \(c.year), amount: \(money(c.amount)), figure: \(c.figure.map { ".\($0.rawValue)" } ?? "nil"), wonEquivalent: \(money(c.wonEquivalent)), agreement: \(c.agreement), basis: \(c.basis.map { ".\($0.rawValue)" } ?? "nil"), rate: \(dec(c.rate)), parts: \(parts), notes: \(strings(c.notes)), sources: \(strings(c.sources)), reported: \(reported), payments: \(payments))\n"
        }
        out += "    }\n\n    static func rounds(_ r: inout RecordData) {\n"
        for (a, rs) in r.rounds.sorted(by: { $0.key < $1.key }) {
            for (n, x) in rs.sorted(by: { $0.key < $1.key }) {
                out += "        r.rounds[\(a), default: [:]][\(n)] = NegotiationRound(agreement: \(x.agreement), number: \(x.number), start: \(date(x.start)), end: \(date(x.end)), city: \(text(x.city)), venue: \(text(x.venue)), notes: \(strings(x.notes)), sources: \(strings(x.sources)), korea: \(text(x.korea)), us: \(text(x.us)), format: \(x.format.map { ".\(caseName($0))" } ?? "nil"), sourcing: \(sourcing(x.sourcing)), inferred: [\(x.inferred.map { ".\($0.rawValue)" }.joined(separator: ", "))])\n"
            }
        }
        out += "    }\n\n    static func negotiatorsAndEvents(_ r: inout RecordData) {\n"
        for (a, ns) in r.negotiators.sorted(by: { $0.key < $1.key }) {
            for n in ns {
                out += "        r.negotiators[\(a), default: []].append(Negotiator(agreement: \(n.agreement), name: \(string(n.name)), side: .\(n.side.rawValue), role: \(text(n.role)), from: \(date(n.from)), to: \(date(n.to)), sourcing: \(sourcing(n.sourcing)), notes: \(strings(n.notes)), sources: \(strings(n.sources))))\n"
            }
        }
        for e in r.events {
            out += "        r.events.append(Event(date: \(date(e.date)), agreement: \(e.agreement), kind: \(string(e.kind)), text: \(string(e.text)), sourcing: \(sourcing(e.sourcing)), notes: \(strings(e.notes)), sources: \(strings(e.sources))))\n"
        }
        out += "    }\n\n    static func indices(_ r: inout RecordData) {\n"
        for (y, v) in r.cpi.sorted(by: { $0.key < $1.key }) {
            out += "        r.cpi[\(y)] = IndexValue(year: \(v.year), percent: \(dec(v.percent)), notes: \(strings(v.notes)), sources: \(strings(v.sources)))\n"
        }
        for (y, v) in r.budget.sorted(by: { $0.key < $1.key }) {
            out += "        r.budget[\(y)] = BudgetValue(year: \(v.year), amount: \(money(v.amount)), growth: \(dec(v.growth)), notes: \(strings(v.notes)), sources: \(strings(v.sources)))\n"
        }
        for (y, v) in r.exchange.sorted(by: { $0.key < $1.key }) {
            out += "        r.exchange[\(y)] = ExchangeRate(year: \(v.year), wonPerDollar: \(dec(v.wonPerDollar)), series: \(text(v.series)), fred: \(dec(v.fred)), notes: \(strings(v.notes)), sources: \(strings(v.sources)))\n"
        }
        out += "    }\n\n    static func breakdownsAndSources(_ r: inout RecordData) {\n"
        for (y, b) in r.breakdowns.sorted(by: { $0.key < $1.key }) {
            let items = "[" + b.items.map { "(category: \(string($0.category)), amount: \(money($0.amount)))" }.joined(separator: ", ") + "]"
            out += "        r.breakdowns[\(y)] = Breakdown(year: \(b.year), items: \(items), labourShare: \(dec(b.labourShare)), approximate: \(b.approximate), notes: \(strings(b.notes)), sources: \(strings(b.sources)))\n"
        }
        for s in r.sources.values {
            out += "        r.sources[\(string(s.key))] = SourceEntry(key: \(string(s.key)), address: \(string(s.address)), notes: \(strings(s.notes)))\n"
        }
        out += "    }\n}\n"
        return out
    }
}
