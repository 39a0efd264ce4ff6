import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell
@testable import SMATools

@Suite struct RulesTests {
    @Test func verifyMatchesEveryRuleBasedYearOfTheBuiltInRecord() throws {
        guard case .table(let t) = try value("verify") else { Issue.record("not a table"); return }
        let results = Dictionary(uniqueKeysWithValues: t.rows.map { row -> (Int, String) in
            guard case .number(let y)? = row[0], let year = y.intValue, case .text(let r)? = row[6] else {
                Issue.record("a verify row of an unexpected shape: \(row)")
                return (-t.rows.count, "")
            }
            return (year, r)
        })
        for y in Array(2008...2013) + Array(2015...2018) + [2022, 2025] {
            #expect(results[y] == "match", "\(y): \(results[y] ?? "missing")")
        }
        // 2023 and 2024 have no published figure: the rule gave them, so checking them by it proves nothing.
        for y in [2023, 2024] { #expect(results[y] == "derived, not checked (no published figure)", "\(y)") }
        for y in [2005, 2007, 2014, 2019, 2021, 2026] { #expect(results[y] == "negotiated", "\(y)") }
        #expect(results[2020] == "match") // frozen at 2019
        #expect(!results.values.contains { $0.hasPrefix("MISMATCH") })
    }

    @Test func aRecordWhoseFiguresDoNotFollowGetsAMismatchReport() throws {
        let s = try Session(recordSource: SourceText(name: "r", text: """
        define agreement 1 years 2020..2022 base 100억 rule fixed 10%
        define contribution 2020 = 100억 { basis negotiated }
        define contribution 2021 = 110억 { basis rule }
        define contribution 2022 = 125억 { basis rule }
        """))
        let r = run("verify", session: s)
        #expect(r.failures == 0)
        #expect(r.out.contains("MISMATCH by 4억 원"), "\(r.out)")
        #expect(r.out.contains("2 rule-based or frozen years recomputed: 1 match, 1 do not"))
    }

    @Test func theTwelfthSMAsOwnRule() throws {
        // 2027 uses 2025 CPI 2.1%: 15192 × 1.021 = 15511.03 → 15511.
        #expect(try money("project 2027 under agreement 12 with cpi 2.1%") == Money(won: 1_551_100_000_000))
        #expect(try money("project 2027 under agreement 12") == Money(won: 1_551_100_000_000))
        // 2028 with CPI 6% is capped at 5%: 15511 × 1.05 = 16286.55 → 16287.
        #expect(try money("project 2028 under agreement 12 with cpi 6%") == Money(won: 1_628_700_000_000))
    }

    @Test func theCapIsNeverExceeded() throws {
        guard case .table(let t) = try value("project 2027..2030 under agreement 12 with cpi 9%") else { Issue.record("not a table"); return }
        for row in t.rows {
            guard case .percent(let p, _)? = row[2] else { Issue.record("no rate"); continue }
            #expect(p <= Dec(5))
        }
    }

    @Test func aMissingIndexNamesTheIndexAndYear() {
        let r = run("project 2028 under agreement 12")
        #expect(r.err.contains("error: CPI growth for 2026 is not in the record"))
        #expect(r.err.contains("`set cpi 2026 = 2%`"))
    }

    @Test func setOverridesTheRecordForTheSession() throws {
        let s = Session()
        _ = run("set cpi 2026 = 2.4%", session: s)
        guard case .money(let m) = try value("project 2028 under agreement 12", session: s) else { Issue.record("not money"); return }
        #expect(m == Money(won: 1_588_300_000_000)) // 15511 × 1.024 = 15883.26
        // A set value over a recorded one changes what verify finds.
        _ = run("set cpi 2013 = 1.0%", session: s)
        #expect(run("verify agreement 9", session: s).out.contains("MISMATCH"))
        s.reset()
        #expect(!run("verify agreement 9", session: s).out.contains("MISMATCH"))
    }

    @Test func aUserDefinedAgreementProjectsFromItsOwnRule() throws {
        let s = Session()
        _ = run("define agreement 13 years 2031..2035 base 1조 6000억 rule cpi lag 2 cap 5%", session: s)
        guard case .table(let t) = try value("project 2031..2035 under agreement 13 with cpi 3%", session: s) else { Issue.record("not a table"); return }
        #expect(t.rows.count == 5)
        let amounts = t.rows.prefix(2).map { row -> Money? in if case .money(let m)? = row[1] { m } else { nil } }
        #expect(amounts == [Money(won: 1_600_000_000_000), Money(won: 1_648_000_000_000)])
    }

    @Test func explainNamesRuleIndexAndRounding() {
        let out = run("explain contribution 2024").out
        #expect(out.contains("the 11th SMA"))
        #expect(out.contains("defense-budget growth of 2023"))
        #expect(out.contains("4.4%"))
        #expect(out.contains("rounded half-up to 1억 원: 1조 3,463억 원"))
        #expect(run("explain contribution 2010").out.contains("the cap binds: 4.7% is above the 4% cap"))
    }

    @Test func compareTotalsAndDifferences() throws {
        guard case .table(let t) = try value("compare growth 3%, growth 5% for 2027..2028") else { Issue.record("not a table"); return }
        #expect(t.rows.count == 4) // two years, total, vs first
        // 2027: 15648 and 15952; 2028: 16117 and 16750. Totals 31765 and 32702; difference 937.
        if case .money(let d)? = t.rows[3][2] { #expect(d == Money(won: 93_700_000_000)) } else { Issue.record("no difference") }
    }

    @Test func chartsAreDrawnInUnicodeOrASCII() {
        let unicode = run("chart contributions 2024..2026").out
        #expect(unicode.contains("█"))
        let sink = CollectingSink()
        let runner = Runner(session: Session(), options: RunOptions(render: RenderSpec(ascii: true)), sink: sink)
        runner.run(name: "-e", bytes: Array("chart contributions 2024..2026".utf8))
        #expect(sink.stdout.contains("#"))
        #expect(!sink.stdout.contains("█"))
        // The longest bar is the largest amount.
        let lines = unicode.split(separator: "\n").filter { $0.contains("█") && $0.first?.isNumber == true }
        #expect(lines.last!.contains("1조 5,192억 원"))
        #expect(lines.last!.filter { $0 == "█" }.count == 40)
    }

    @Test func everyTourStepRunsWithoutErrors() throws {
        for n in 1...Tour.steps.count {
            let out = run("tour \(n)")
            #expect(out.failures == 0)
            #expect(!out.out.contains("error:"), "tour \(n):\n\(out.out)")
            // Each step shows its heading, each of its statements with that statement's own
            // result, and what to try next.
            let step = Tour.steps[n - 1]
            #expect(out.out.hasPrefix("Step \(n) of \(Tour.steps.count): \(step.title)"), "tour \(n)")
            for (i, s) in step.statements.enumerated() {
                #expect(out.out.contains("sma> \(s)\n"), "tour \(n) lacks `\(s)`")
                let quiet = ["let", "set", "define"].contains(s.split(separator: " ").first.map(String.init) ?? "")
                // The statement's own output, after the step's statements before it.
                let before = run(step.statements[..<i].joined(separator: "\n")).out
                let own = String(run(step.statements[...i].joined(separator: "\n")).out.dropFirst(before.count))
                #expect(quiet || (!own.isEmpty && out.out.contains(own)), "tour \(n): the result of `\(s)` is not shown as `\(s)` gives it")
            }
            #expect(out.out.contains("Try: \(step.tryThis)"), "tour \(n)")
        }
    }

    /// `tour all` is every step in order, as `tour N` shows it; `tour 2..3` two steps.
    @Test func theWholeTourAndRangesOfSteps() throws {
        let all = run("tour all")
        #expect(all.failures == 0)
        for n in 1...Tour.steps.count {
            #expect(all.out.contains("Step \(n) of \(Tour.steps.count): \(Tour.steps[n - 1].title)"), "step \(n)")
        }
        #expect(all.out.hasSuffix("That is the tour. `help` lists every statement.\n"))
        let two = run("tour 2..3").out
        #expect(two.components(separatedBy: "\nStep ").count == 2 && two.hasPrefix("Step 2 of"))
        #expect(two.hasSuffix("Next: `next` (or `tour 4`); `back` returns to step 2\n"))
        #expect(run("tour \(Tour.steps.count - 1)..\(Tour.steps.count + 1)").err.contains("the tour has steps 1 to \(Tour.steps.count)"))
    }

    /// The session remembers where the tour is: `tour next` and `tour back` walk it, `tour`
    /// comes back to the step you were at, and the walk ends at the last step.
    @Test func theTourRemembersWhereYouAre() throws {
        let s = Session()
        func heading(_ text: String) -> String? {
            run(text, session: s).out.split(separator: "\n").first { $0.hasPrefix("Step ") }.map(String.init)
        }
        #expect(heading("tour") == "Step 1 of \(Tour.steps.count): \(Tour.steps[0].title)")
        #expect(heading("tour next") == "Step 2 of \(Tour.steps.count): \(Tour.steps[1].title)")
        #expect(heading("tour next") == "Step 3 of \(Tour.steps.count): \(Tour.steps[2].title)")
        #expect(heading("tour back") == "Step 2 of \(Tour.steps.count): \(Tour.steps[1].title)")
        #expect(run("tour", session: s).out.hasPrefix("(the tour, where you were; `tour 1` starts again)\nStep 2 of"))
        _ = run("tour \(Tour.steps.count)", session: s)
        #expect(run("tour next", session: s).err.contains("that was the last step of the tour"))
        _ = run("tour 1", session: s)
        #expect(run("tour back", session: s).err.contains("this is the first step of the tour"))
    }

    /// The 만/억/조 step's table is what sma writes in each units.
    @Test func theKoreanUnitsStepShowsRealRenderings() throws {
        let step = try #require(Tour.steps.first { $0.title.hasPrefix("만, 억 and 조") })
        let rows = step.text.filter { $0.hasPrefix("  1") }
        #expect(rows.count == 4)
        for row in rows {
            let cells = row.split(separator: "  ", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) }
            let ko = cells[0], en = cells[cells.count - 1]
            guard case .money(let m) = try value(ko) else { Issue.record("\(ko) is not money"); continue }
            #expect(ValueFormatter(units: .ko).money(m) == ko)
            #expect(ValueFormatter(units: .en).money(m) == en)
        }
    }

    @Test func helpCoversEveryStatementAndTourConcept() throws {
        for topic in Vocabulary.statementWords + ["rules", "lag", "cap", "cpi", "rounding", "categories", "labour", "construction",
                                                  "logistics", "session", "budget", "negotiated", "frozen", "sma", "rounds"] {
            let r = run("help \(topic)")
            #expect(r.failures == 0, "help \(topic)")
            // Real help: several lines, and a statement's help names the statement.
            #expect(r.out.split(separator: "\n").count >= 3, "help \(topic):\n\(r.out)")
            if Vocabulary.statementWords.contains(topic) { #expect(r.out.contains(topic), "help \(topic) does not name it") }
        }
    }
}
