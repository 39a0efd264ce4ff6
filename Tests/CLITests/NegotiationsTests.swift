import Testing
import Foundation

/// Issue 23's "done when", as a new user would run it: every negotiation on record, disputes
/// in plain sight, published precision, and the year a rule settles.
@Suite struct NegotiationsCLITests {
    func out(_ statement: String) throws -> String {
        let r = try CLI.run(["-e", statement])
        #expect(r.status == 0, "\(statement): \(r.err)")
        return r.out
    }

    @Test func roundsOfEveryAgreement() throws {
        #expect(try out("rounds 10 | count").hasPrefix("10\n"))
        #expect(try out("rounds 11 | count").hasPrefix("9\n"))
        let all = try out("rounds | count")
        let n = Int(all.prefix { $0.isNumber }) ?? 0
        #expect(n >= 52)
        // A month alone where the sources give no day, and what is inferred is said.
        let r7 = try out("rounds 7")
        #expect(r7.contains("2006-08 "))
        #expect(try out("rounds 8").contains("number"))
    }

    @Test func negotiatorsDatesAndVotes() throws {
        let a11 = try out("agreement 11")
        for name in ["Jang Won-sam", "Jeong Eun-bo", "James DeHart", "Donna Welton"] { #expect(a11.contains(name), "\(name)") }
        let a9 = try out("agreement 9")
        #expect(a9.contains("Hwang Joon-kook") && a9.contains("Eric John"))
        let a12 = try out("agreement 12")
        #expect(a12.contains("ratified                2024-11-28"))
        #expect(a12.contains("173 for"))
        #expect(a12.contains("project 2028..2030 under agreement 12"))
        // In every format: the JSON carries the same fields.
        let j = try CLI.run(["--format", "json", "-e", "agreement 12"]).out
        #expect(j.contains("\"ratified\": \"2024-11-28\"") && j.contains("173 for"))
    }

    @Test func theTimeline() throws {
        #expect(try out("events 2020").contains("furlough"))
        #expect(try out("events agreement 12").contains("28,500"))
    }

    @Test func disputesInPlainSight() throws {
        #expect(try out("contribution 2004").contains("$623M"))
        let v = try out("verify")
        #expect(v.contains("2023–2024 are derived, not checked"))
        #expect(!v.contains("2023  11th       rule        defense budget, lag 1") || v.contains("derived, not checked"))
        let c = try out("contributions 1998..2002")
        #expect(c.contains("+6.0%") && !c.contains("-16.6%  4th"))
        #expect(c.contains("payment basis"))
        #expect(try out("contribution 1999").contains("4,411억 원"))
        let csv = try CLI.run(["--format", "csv", "-e", "contributions 2022..2025"]).out
        #expect(csv.contains("2023,1289600000000,derived"))
    }

    @Test func publishedPrecisionAndSettledYears() throws {
        #expect(try out("cpi 2011").hasPrefix("4.0%\n"))
        #expect(try out("cpi 1990..2026").contains("not recorded: 1990, 2026"))
        let y = try out("contribution 2027")
        #expect(y.hasPrefix("1조 5,511억 원\n"))
        #expect(y.contains("computed") && y.contains("not yet published"))
        #expect(try out("explain contribution 2027").contains("rounded half-up to 1억 원: 1조 5,511억 원"))
        // The same figure as the rule applied by `project` (one truth).
        #expect(try CLI.run(["--format", "json", "-e", "project 2027 under agreement 12"]).out == "1551100000000\n")
        // A `set` value is a what-if: it does not change the settled year.
        #expect(try CLI.run(["-e", "set cpi 2025 = 4%", "-e", "contribution 2027"]).out.hasPrefix("1조 5,511억 원\n"))
    }
}
