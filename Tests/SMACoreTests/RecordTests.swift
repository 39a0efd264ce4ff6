#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell
@testable import SMATools

@Suite struct RecordTests {
    let record = Session().record

    @Test func allAgreementsAndYears() {
        #expect(record.agreements.keys.sorted() == Array(1...12))
        #expect(record.recordedYears == 1991...2026)
        for y in 1991...2026 { #expect(record.contributions[y] != nil, "\(y)") }
        #expect(record.agreements[12]!.years == 2026...2030)
        #expect(record.agreements[12]!.rule == Rule(kind: .cpi, rate: nil, lag: 2, cap: dec("5")))
        #expect(record.agreements[11]!.rule == Rule(kind: .budget, rate: nil, lag: 1, cap: nil))
        #expect(record.rounds[12]!.count == 8)
    }

    @Test func everyFigureHasASource() {
        for c in record.contributions.values { #expect(!c.sources.isEmpty, "\(c.year)") }
        for a in record.agreements.values { #expect(!a.sources.isEmpty, "\(a.ordinal)") }
        for r in record.rounds.values.flatMap(\.values) { #expect(!r.sources.isEmpty, "round \(r.number)") }
        for n in record.negotiators.values.flatMap({ $0 }) { #expect(!n.sources.isEmpty, "negotiator \(n.name)") }
        for e in record.events { #expect(!e.sources.isEmpty, "event \(e.date)") }
        for v in record.cpi.values { #expect(!v.sources.isEmpty, "cpi \(v.year)") }
        for v in record.budget.values { #expect(!v.sources.isEmpty, "budget \(v.year)") }
        // Every source key named in a clause is defined with its address.
        var clauses: [String] = record.agreements.values.flatMap(\.sources)
        clauses += record.rounds.values.flatMap(\.values).flatMap(\.sources)
        clauses += record.cpi.values.flatMap(\.sources) + record.budget.values.flatMap(\.sources)
        clauses += record.negotiators.values.flatMap { $0.flatMap(\.sources) }
        clauses += record.events.flatMap(\.sources)
        let named = clauses
            .flatMap { $0.split(separator: ",").map { String($0.drop(while: { $0 == " " })) } }
        for key in Set(named) { #expect(record.sources[key] != nil, "source key \(key)") }
    }

    @Test func dollarEraHasDollarsAndWonEquivalents() {
        #expect(record.contributions[1991]!.amount == (try! Money(exact: Dec(150_000_000), .usd)))
        #expect(record.contributions[1991]!.wonEquivalent == Money(won: 107_300_000_000))
        #expect(record.contributions[2005]!.amount.currency == .krw)
    }

    @Test func ruleYearsReproduceFromTheRecordedIndices() throws {
        // The CPI-linked years use CPI of two years before (capped); the 11th SMA the previous
        // year's budget growth. Each is rounded half-up to 1억 원.
        for y in Array(2008...2013) + Array(2015...2018) + Array(2022...2025) {
            let c = record.contributions[y]!
            #expect(c.basis == .rule, "\(y)")
            let a = record.agreements[c.agreement]!
            var rate: Dec
            switch a.rule.kind {
            case .cpi: rate = record.cpi[y - a.rule.lag!]!.percent
            case .budget: rate = record.budget[y - a.rule.lag!]!.growth!
            default: Issue.record("\(y) has rule \(a.rule.kind)"); continue
            }
            if let cap = a.rule.cap, cap < rate { rate = cap }
            let prev = record.contributions[y - 1]!.amount
            let computed = try prev.amount.multiplied(by: Dec.one.adding(rate.divided(by: .hundred))).rounded(places: -8)
            #expect(computed == c.amount.amount, "\(y)")
        }
    }

    @Test func recordStatementPrintsTheRecordItself() throws {
        guard case .text(let t) = try value("record") else { Issue.record("not text"); return }
        #expect(t == BuiltinRecord.text)
        // And that text loads as a record on its own (what --record does).
        let s = try Session(recordSource: SourceText(name: "copy", text: t))
        #expect(s.record.contributions.count == record.contributions.count)
    }

    @Test func aBadRecordIsADiagnosticNotACrash() {
        #expect(throws: LocatedDiagnostic.self) { try Session(recordSource: SourceText(name: "r", text: "contribution 2021")) }
        #expect(throws: LocatedDiagnostic.self) { try Session(recordSource: SourceText(name: "r", text: "define contribution 2021 = 1조")) }
        do {
            _ = try Session(recordSource: SourceText(name: "r.sma", text: "define agreement 1 years 1991..1993\ndefine agreement 2 years 1993..1995"))
            Issue.record("overlap not caught")
        } catch {
            #expect(error.line == 2)
            #expect(error.diagnostic.message.contains("overlap"))
        }
    }
}

/// The built-in record is read when a statement first needs it, and is then the same record.
@Suite struct LazyRecordTests {
    @Test func aStatementWithoutTheRecordDoesNotReadIt() throws {
        let s = Session()
        _ = try value("1 + 2", session: s)
        _ = run("let x = 5%", session: s)
        #expect(!s.recordIsLoaded)
        guard case .money(let m) = try value("contribution 2021", session: s) else { Issue.record("not money"); return }
        #expect(m == Money(won: 1_183_300_000_000))
        #expect(s.recordIsLoaded)
        // The same record as one read at once from the same text.
        let eager = try Session(recordSource: SourceText(name: "<record>", text: BuiltinRecord.text))
        #expect(eager.record.contributions.keys.sorted() == s.record.contributions.keys.sorted())
        for (year, c) in eager.record.contributions { #expect(s.record.contributions[year]?.amount == c.amount, "\(year)") }
        #expect(eager.record.agreements.keys.sorted() == s.record.agreements.keys.sorted())
        // `reset` after a `define` goes back to the built-in record.
        _ = run("define agreement 13 years 2031..2035 base 1조 6000억 rule cpi lag 2 cap 5%", session: s)
        #expect(s.record.agreements[13] != nil)
        s.reset()
        #expect(s.record.agreements[13] == nil && s.record.agreements[12] != nil)
    }
}


/// The compiled record (`Sources/SMAEngine/Record/CompiledRecord.generated.swift`) is the prelude parsed:
/// the committed file is what the writer makes of the parsed prelude (`make golden` rewrites
/// it), and the record it builds writes out the same, field for field.
@Suite struct CompiledRecordGoldenTests {
    @Test func theCompiledRecordIsThePreludeParsed() throws {
        let parsed = try Session(recordSource: SourceText(name: "<record>", text: BuiltinRecord.text)).record
        let generated = try GeneratedFiles.compiledRecord()
        let source = generated.content
        #expect(CompiledRecordWriter.swiftSource(parsed) == source)
        let path = GoldenTests.root + "/" + generated.path
        let committed = String(decoding: GoldenTests.read(path) ?? [], as: UTF8.self)
        #expect(committed == source, "CompiledRecord.generated.swift is stale: run `make golden` (sma-generate writes it; then build again)")
        #expect(CompiledRecordWriter.swiftSource(CompiledRecord.make()) == source, "the compiled record differs from the parsed prelude")
        #expect(parsed.contributions.count >= 36 && parsed.agreements.count == 12)
    }
}

/// A record is built in place, one definition at a time, and holds at most
/// `RecordData.maxEntries` definitions (issue 24: a 60 MB record of one-line definitions).
@Suite struct RecordLimitTests {
    @Test func aRecordPastTheLimitIsRefusedAtTheFirstDefinitionPastIt() throws {
        let limit = RecordData.maxEntries
        var text = ""
        text.reserveCapacity(limit * 40)
        for i in 0...limit { text += "define source \"k\(i)\" = \"a\(i)\"\n" }
        do {
            _ = try Session(recordSource: SourceText(name: "r.sma", text: text))
            Issue.record("a record of \(limit + 1) definitions was loaded")
        } catch {
            #expect(error.line == limit + 1)
            #expect(error.diagnostic.message.contains("at most 100,000 definitions"))
        }
        // At the limit it loads, and a definition in the session is then refused.
        let lines = text.split(separator: "\n").dropLast().joined(separator: "\n")
        let s = try Session(recordSource: SourceText(name: "r.sma", text: lines))
        #expect(s.record.entryCount == limit)
        #expect(s.record.sources["k\(limit - 1)"]?.address == "a\(limit - 1)")
        #expect(throws: Diagnostic.self) { try value("define source \"x\" = \"y\"", session: s) }
    }

    @Test func aDefinitionCanUseTheOnesBeforeItAndAFailedOneChangesNothing() throws {
        let s = try Session(recordSource: SourceText(name: "r.sma", text: """
            define agreement 1 years 2000..2001 base 100억
            define contribution 2000 = 100억
            define contribution 2001 = contribution 2000 * 2
            """))
        #expect(s.record.contributions[2001]?.amount == Money(won: 20_000_000_000))
        let before = s.record.entryCount
        #expect(throws: Diagnostic.self) { try value("define contribution 2002 = 1억 { agreement 9 }", session: s) }
        #expect(s.record.entryCount == before)
    }
}
