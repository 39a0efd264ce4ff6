import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell
@testable import SMATools

@Suite struct EvaluatorTests {
    @Test func everyWayOfWritingAnAmountIsTheSameMoney() throws {
        let expected = Money(won: 1_183_300_000_000)
        for text in ["1조 1833억", "1조 1,833억 원", "11833억", "1조1833억원", "1.1833 trillion won",
                     "1183.3 billion won", "KRW 1,183,300,000,000", "₩1.1833T", "₩1,183,300,000,000", "1183300000000 won"] {
            #expect(try money(text) == expected, "\(text)")
        }
        #expect(try money("1조 4,659억 2,600만 원") == Money(won: 1_465_926_000_000))
        #expect(try money("5천만 원") == Money(won: 50_000_000))
        #expect(try money("1조 5천억") == Money(won: 1_500_000_000_000))
        let dollars = try money("$150 million")
        #expect(dollars.currency == .usd && dollars.amount == Dec(150_000_000))
        #expect(try money("USD 150,000,000") == dollars)
        #expect(try money("150 million dollars") == dollars)
    }

    @Test func unitRules() throws {
        guard case .number(let n) = try value("1 + 4.5%") else { Issue.record("not a number"); return }
        #expect(n == dec("1.045"))
        guard case .percent(let p, _) = try value("2% + 1%") else { Issue.record("not a percent"); return }
        #expect(p == Dec(3))
        #expect(try money("contribution 2025 * (1 + 4.5%)") == Money(won: 1_465_926_000_000))
        #expect(try money("contribution 2026 - contribution 2025") == Money(won: 116_400_000_000))
        guard case .number(let ratio) = try value("contribution 2021 / contribution 2020") else { Issue.record("not a number"); return }
        #expect(try ratio.rounded(places: 4) == dec("1.139"))
        // money / number rounds half-up to the whole won
        #expect(try money("10 won / 4") == Money(won: 3))
        #expect(try money("-10 won / 4") == Money(won: -3))
    }

    @Test func unitErrorsSayWhatToWrite() {
        let r = run("contribution 2021 + 5%")
        #expect(r.failures == 1)
        #expect(r.err.contains("cannot add a percent to money"))
        #expect(r.err.contains("`(contribution 2021) * (1 + 5%)`"))
        #expect(run("$5 + 5억").err.contains("cannot mix USD and KRW"))
        #expect(run("contribution 2021 * contribution 2021").err.contains("cannot multiply money by money"))
    }

    @Test func queriesMatchTheRecord() throws {
        #expect(try money("contribution 2021") == Money(won: 1_183_300_000_000))
        #expect(try money("contribution 2026") == Money(won: 1_519_200_000_000))
        guard case .percent(let g, let signed) = try value("growth 2021") else { Issue.record("not a percent"); return }
        #expect(g == dec("13.9") && signed == .signed)
        guard case .percent(let g2005, _) = try value("growth 2005") else { Issue.record("not a percent"); return }
        #expect(g2005 == dec("-8.9")) // across the dollar-to-won switch, by won equivalents
    }

    @Test func projectionsCompoundAndRoundEachYear() throws {
        // 14028억 × 1.045 = 14659.26억 → 14659억
        #expect(try money("project 2026 with growth 4.5%") == Money(won: 1_465_900_000_000))
        // from 2026: 15192 → 15648 (15647.76) → 16117 (16117.44) → 16601 (16600.51) → 17099 (17099.03)
        #expect(try money("project 2030 with growth 3%") == Money(won: 1_709_900_000_000))
        guard case .table(let t) = try value("project 2027..2030 with growth 3%") else { Issue.record("not a table"); return }
        #expect(t.rows.count == 4)
        if case .money(let m)? = t.rows[0][1] { #expect(m == Money(won: 1_564_800_000_000)) } else { Issue.record("no money") }
        // Rounding each year differs from rounding once at the end: at 0.2% a year, 15192억
        // becomes 15222억 (15222.38) then 15252억 (15252.44); once over two years, 15253억 (15252.89).
        let once = try dec("1519200000000").multiplied(by: dec("1.002").power(2)).rounded(places: -8)
        #expect(once == dec("1525300000000"))
        #expect(try money("project 2028 with growth 0.2%") == Money(won: 1_525_200_000_000))
        // The 7th SMA's 2008 by its rule: 7255억 × 1.022 = 7414.61억 → 7415억 (the recorded amount).
        #expect(try money("project 2008 with growth 2.2% from 2007") == (try money("contribution 2008")))
        // The 11th SMA's 2022–2025 from 2021 at the published budget growth rates.
        #expect(try money("project 2022 with growth 5.4% from 2021") == (try money("contribution 2022")))
        #expect(try money("project 2023 with growth 3.4% from 2022") == (try money("contribution 2023")))
        #expect(try money("project 2024 with growth 4.4% from 2023") == (try money("contribution 2024")))
        #expect(try money("project 2025 with growth 4.2% from 2024") == (try money("contribution 2025")))
    }

    @Test func variablesAndAns() throws {
        let s = Session()
        #expect(try money("let g = 4.5%\nlet base = contribution 2025\nbase * (1 + g)") == Money(won: 1_465_926_000_000))
        _ = try value("contribution 2021", session: s)
        guard case .money(let m) = try value("ans * 2", session: s) else { Issue.record("not money"); return }
        #expect(m == Money(won: 2_366_600_000_000))
    }

    @Test func absurdRequestsAreReportedNotTrapped() {
        for text in ["contributions 1..99999999", "2 ^ 100000", "10^30 * 10^30", "1 / 0",
                     "project 9999 with growth 900%", "contribution -5", "agreement 1.5",
                     String(repeating: "9", count: 60), "project 2026 with growth -100%"] {
            let r = run(text)
            #expect(r.failures == 1, "\(text)")
            #expect(r.err.hasPrefix("-e:1:"), "\(text)")
        }
    }

    @Test func errorsContinueUnlessBail() {
        let r = run("contribtion 2021\ncontribution 2021")
        #expect(r.failures == 1)
        #expect(r.out == "1조 1,833억 원\n")
        let sink = CollectingSink()
        let runner = Runner(session: Session(), options: RunOptions(bail: true), sink: sink)
        runner.run(name: "-e", bytes: Array("1/0\ncontribution 2021".utf8))
        #expect(sink.stdout.isEmpty)
        #expect(runner.stopped)
    }
}

/// Did-you-mean stays bounded however many names a session defines: it looks at the latest
/// `Suggest.maxCandidates`, and a hint lists at most `Suggest.maxListed` names.
@Suite struct BoundedSuggestionTests {
    @Test func aHintListsAFewNamesAndSaysHowManyMore() {
        let session = Session()
        var script = (0..<3_000).map { "let v\($0) = \($0)" }.joined(separator: "\n")
        script += "\nqqq\nv2999x\n"
        let r = run(script, session: session)
        let hints = r.err.split(separator: "\n").filter { $0.hasPrefix("hint:") }
        #expect(hints.count == 2)
        #expect(hints[0] == "hint: defined names: v2990, v2991, v2992, v2993, v2994, v2995, v2996, v2997, v2998, v2999 and 2990 more")
        #expect(hints[1] == "hint: did you mean `v2999`?")
        #expect(hints.allSatisfy { $0.count < 200 })
    }

    /// Errors past the runner's limit for one input are counted, not shown: the session then
    /// computes no suggestion for them, and the next input suggests again.
    @Test func countedErrorsComputeNoSuggestion() throws {
        let session = Session()
        _ = run("let value = 1", session: session)
        session.suggests = false
        #expect(throws: Diagnostic.self) { try value("valeu", session: session) }
        do { _ = try value("valeu", session: session) } catch let d as Diagnostic { #expect(d.hint == nil) }
        session.suggests = true
        do { _ = try value("valeu", session: session) } catch let d as Diagnostic { #expect(d.hint == "did you mean `value`?") }
        let line = (0..<150).map { "valeu\($0)" }.joined(separator: "; ")
        let r = run(line + "\nvaleu", session: session)
        #expect(r.err.hasSuffix("hint: did you mean `value`?\n"), "\(r.err.suffix(200))")
    }
}
