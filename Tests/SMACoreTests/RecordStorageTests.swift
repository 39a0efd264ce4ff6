import PropertyBased
import Testing
@testable import SMALanguage
@testable import SMAEngine

/// The record's storage, made for start-up and for copying (issue 22's instruction counts),
/// checked against the plain forms it replaced: the sources' ordered table against a
/// dictionary, a contribution's shared box against independent copies; and `latestYear` (which
/// a projection past the record no longer asks: the session keeps the last year) on records
/// with gaps.
@Suite struct RecordStorageTests {
    /// Keys from a small alphabet, so that generated operations hit, replace and remove.
    static let key = Gen.int(in: 0...40).map { n -> String in
        ["A", "B", "MOFA-", "mofa-", "Z", "가", "9"][n % 7] + String(n / 7)
    }

    @Test func theSourcesTableAgreesWithADictionary() async {
        // An operation: set a key (to an entry, or nil), or read one.
        let operation = zip(Self.key, Gen.int(in: 0...3))
        await propertyCheck(count: 400, input: operation.array(of: 0...60)) { ops in
            var table = SourceTable()
            var reference: [String: SourceEntry] = [:]
            for (i, (key, what)) in ops.enumerated() {
                switch what {
                case 0:
                    table[key] = nil
                    reference[key] = nil
                default:
                    let e = SourceEntry(key: key, address: "a\(i)", notes: what == 2 ? ["n\(i)"] : [])
                    table[key] = e
                    reference[key] = e
                }
                #expect(table[key]?.address == reference[key]?.address)
            }
            #expect(table.count == reference.count)
            #expect(table.keys == reference.keys.sorted())
            #expect(table.values.map(\.address) == reference.keys.sorted().map { reference[$0]!.address })
            for (k, v) in reference { #expect(table[k]?.address == v.address && table[k]?.notes == v.notes) }
        }
    }

    @Test func sourcesInAnyOrderAreListedInKeyOrder() {
        // Written backwards (a record file need not be sorted), then forwards, then mixed.
        let keys = (0..<3000).map { "K\(String($0, radix: 36))" }
        for order in [Array(keys.reversed()), keys, keys.enumerated().map { keys[($0.offset * 7) % keys.count] }] {
            var table = SourceTable()
            for k in order { table[k] = SourceEntry(key: k, address: "a" + k, notes: []) }
            #expect(table.count == Set(order).count)
            #expect(table.keys == Set(order).sorted())
            for k in order { #expect(table[k]?.address == "a" + k) }
            table[order[0]] = nil
            #expect(table[order[0]] == nil && table.count == Set(order).count - 1)
        }
    }

    @Test func theBuiltInSourcesAreInKeyOrder() {
        let keys = Session().record.sources.keys
        #expect(keys == keys.sorted())
        #expect(keys.count > 300)
    }

    @Test func aContributionChangedIsChangedAlone() {
        let record = Session().record
        let original = record.contributions[2021]!
        var copy = original
        copy.amount = Money(unchecked: Dec(mantissa: 1, scale: 0), .krw)
        copy.notes.append("changed")
        copy.year = 1
        #expect(original.year == 2021 && copy.year == 1)
        #expect(original.amount != copy.amount)
        #expect(original.notes.count + 1 == copy.notes.count)
        #expect(record.contributions[2021]!.amount == original.amount)
        // A session's change to its own record does not reach another session's.
        let s = Session()
        let r = run("define contribution 2031 = 2조 { agreement 12 }", session: s)
        #expect(r.failures == 0, "\(r.err)")
        #expect(s.record.contributions[2031] != nil && Session().record.contributions[2031] == nil)
    }

    @Test func theLatestYearBeforeAgreesWithAScan() async {
        await propertyCheck(count: 300, input: Gen.int(in: 1...2100).array(of: 0...30), Gen.int(in: -5...2200)) { years, year in
            var r = RecordData()
            for y in years {
                r.contributions[y] = Contribution(year: y, amount: Money(unchecked: .zero, .krw), wonEquivalent: nil, agreement: 1,
                                                  basis: nil, rate: nil, notes: [], sources: [])
            }
            #expect(r.latestYear(before: year) == years.filter { $0 < year }.max())
        }
        #expect(RecordData().latestYear(before: Int.min) == nil)
        #expect(Session().record.latestYear(before: Int.max) == 2026)
    }
}
