import BigInt
import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell

/// Amounts in a year's won and shares of the budget: the chain of CPI years compounded exactly
/// and rounded once (checked against BigInt rationals), the table and the single amount agree,
/// and `share` is `contribution / budget` rounded once.
@Suite struct ConstantWonTests {
    /// The reference: `x × Π (1 + rᵢ/100)` (or ÷) as an exact rational, rounded half-up to 1억.
    static func reference(_ x: Dec, _ rates: [Dec], dividing: Bool) -> BigInt {
        var num = BigInt(x.mantissa), den = BigInt(10).power(x.scale)
        for r in rates {
            let k = r.scale + 2
            let f = BigInt(10).power(k) + BigInt(r.mantissa), one = BigInt(10).power(k)
            if dividing { num *= one; den *= f } else { num *= f; den *= one }
        }
        let unit = den * BigInt(100_000_000)
        var q = num.magnitude / unit.magnitude
        if (num.magnitude % unit.magnitude) * 2 >= unit.magnitude { q += 1 }
        return (num.sign == .minus ? -BigInt(q) : BigInt(q)) * 100_000_000
    }

    @Test func compoundingIsExactAndRoundedOnce() throws {
        var state: UInt64 = 77
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: (state >> 33) % UInt64(n))
        }
        for _ in 0..<3_000 {
            // Amounts from 1억 to 99조 (to the won), 0–40 years of rates from −5.0% to +25.0%.
            let x = Dec(mantissa: Int128(1 + next(990_000)) * 1_000_000_000 + Int128(next(100_000_000)), scale: 0)
            let rates = (0..<next(41)).map { _ in Dec(mantissa: Int128(next(301) - 50), scale: 1) }
            for dividing in [false, true] {
                let got = try x.compounded(byPercents: rates, dividing: dividing, places: -8)
                #expect(BigInt(got.mantissa) * BigInt(10).power(max(0, -got.scale)) == Self.reference(x, rates, dividing: dividing) * BigInt(10).power(max(0, got.scale)),
                        "\(x) \(rates) \(dividing)")
            }
        }
        // Half-up exactly at the half: 1억 × 1.5 = 1.5억 → 2억; 2.5억 ÷ (1 + 0%) stays.
        #expect(try Dec(150_000_000).compounded(byPercents: [], places: -8) == Dec(200_000_000))
        #expect(throws: ArithmeticError.self) { try Dec(1).compounded(byPercents: [Dec(-100)], dividing: true, places: 0) }
    }

    /// `contributions A..B in Y won` and `contribution YEAR in Y won` give the same amounts, and
    /// a year's nominal amount is its won (or won-equivalent) figure.
    @Test func tableAndSingleAmountAgree() throws {
        let session = Session()
        for target in [1995, 2005, 2025] {
            guard case .table(let t) = try value("contributions 1991..2026 in \(target) won", session: session) else { Issue.record("not a table"); continue }
            let year = try #require(t.columns.firstIndex { $0.key == "year" })
            let carried = try #require(t.columns.firstIndex { $0.key == "amount_\(target)_won" })
            for row in t.rows {
                guard case .number(let yd)? = row[year], let y = yd.intValue else { continue }
                // 2026 needs CPI growth of 2026, not yet recorded: its cell is empty.
                if y == 2026 { #expect(row[carried] == nil); continue }
                guard case .money(let m)? = row[carried] else { Issue.record("\(y) in \(target)"); continue }
                #expect(m == (try money("contribution \(y) in \(target) won")), "\(y) in \(target)")
            }
            #expect(t.rows.count == 36)
        }
    }

    @Test func errorsAreClear() {
        for (statement, message) in [("contribution 2005 in 2026 won", "CPI growth of 2026 is not recorded"),
                                     ("1000억 in 2025 won", "this amount has no year"),
                                     ("agreements in 2025 won", "no year column"),
                                     ("contribution 2005 in 3000 won", "cannot be carried to 3000")] {
            do {
                _ = try value(statement)
                Issue.record("\(statement) should fail")
            } catch let d as Diagnostic {
                #expect(d.message.contains(message), "\(statement): \(d.message)")
            } catch {
                Issue.record("\(error)")
            }
        }
        // A projection's own CPI assumption carries its amount back (`in` after a rate is the
        // statement's, not the rate's).
        let projected = run("project 2030 under agreement 12 with cpi 3% in 2025 won")
        #expect(projected.failures == 0 && projected.out.contains("2026: 3.0%, 2027: 3.0%"))
        // A `set` CPI carries the amount further, and says so.
        let s = Session()
        let out = run("set cpi 2026 = 2%\ncontribution 2025 in 2026 won", session: s)
        #expect(out.out.hasPrefix("1조 4,309억 원\n"))
        #expect(out.out.contains("some set in this session"))
    }

    /// `share YEAR` is `contribution YEAR / budget YEAR` in percent, rounded once to 0.01; the
    /// table says the same for every year; a dollar year counts at its won equivalent.
    @Test func shareIsTheDivision() throws {
        guard case .table(let t) = try value("share 1991..2026") else { Issue.record("not a table"); return }
        #expect(t.rows.count == 36)
        for row in t.rows {
            guard case .number(let yd)? = row[0], let y = yd.intValue, case .percent(let p, _)? = row[3] else { continue }
            guard case .percent(let single, _) = try value("share \(y)") else { Issue.record("\(y)"); continue }
            #expect(single == p)
            let ratio: Dec
            if y <= 2004 {
                guard case .number(let r) = try value("contribution \(y) in krw / budget \(y)") else { continue }
                _ = r
                guard case .money(let c)? = row[1] else { continue }
                ratio = try c.amount.divided(by: try money("budget \(y)").amount)
            } else {
                guard case .number(let r) = try value("contribution \(y) / budget \(y)") else { Issue.record("\(y)"); continue }
                ratio = r
            }
            #expect(p == (try ratio.multiplied(by: Dec(100)).rounded(places: 2)), "\(y)")
        }
    }

    /// The record completes both series: CPI growth every year 1991–2025, the budget 1991–2026,
    /// each with its sources.
    @Test func theSeriesAreComplete() {
        let r = Session().record
        #expect(Set(r.cpi.keys) == Set(1991...2025))
        #expect(Set(r.budget.keys) == Set(1991...2026))
        for y in 1992...2026 {
            // The budget's growth as published is its levels' ratio, to 0.1 point.
            guard let b = r.budget[y], let a = r.budget[y - 1], let g = b.growth else { continue }
            let ratio = (try? b.amount.amount.divided(by: a.amount.amount, shiftedLeft: 2, places: 1)).map { (try? $0.subtracting(Dec(100))) ?? .zero }
            let off = (try? (ratio ?? .zero).subtracting(g)).map { $0.magnitude } ?? Dec(1)
            #expect(off <= Dec(mantissa: 1, scale: 1), "budget \(y): published \(g)%, levels give \(ratio.map { "\($0)" } ?? "?")%")
        }
    }
}
