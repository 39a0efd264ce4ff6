import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender

/// Pipelines, comparisons, functions and per-year assumptions, checked against plain
/// reference computations on the record (not against their own output).
@Suite struct PipelineTests {
    let record = Session().record

    /// The contributions of `years` in won, straight from the record.
    func amounts(_ years: ClosedRange<Int>) -> [(year: Int, amount: Money)] {
        years.compactMap { y in record.contributions[y].map { (y, $0.amount) } }.filter { $0.amount.currency == .krw }
    }

    @Test func sumsAndMeansAgreeWithTheRecordOnEveryRangeOfWonYears() throws {
        for lo in 2005...2026 {
            for hi in lo...2026 {
                let rows = amounts(lo...hi)
                var total = Dec.zero
                for r in rows { total = try total.adding(r.amount.amount) }
                guard case .money(let s) = try value("contributions \(lo)..\(hi) | sum amount") else { Issue.record("not money"); return }
                #expect(s.amount == total, "\(lo)..\(hi)")
                guard case .money(let m) = try value("contributions \(lo)..\(hi) | mean amount") else { Issue.record("not money"); return }
                let mean = try total.divided(by: Dec(rows.count), shiftedLeft: 0, places: 0)
                #expect(m.amount == mean, "mean \(lo)..\(hi)")
                guard case .number(let c) = try value("contributions \(lo)..\(hi) | count") else { Issue.record("not a number"); return }
                #expect(c == Dec(rows.count))
            }
        }
    }

    @Test func whereSortAndTakeAgreeWithAPlainFilterAndSort() throws {
        // Every threshold from -10% to 15% by whole points, descending order, the first k rows.
        let s = Session()
        for threshold in -10...15 {
            for k in [0, 1, 3, 50] {
                guard case .table(let t) = try value("contributions 2005..2026 | where change > \(threshold)% | sort change desc | take \(k)", session: s) else {
                    Issue.record("not a table"); return
                }
                // The reference: the record's changes, computed here from the amounts.
                var expected: [(year: Int, change: Dec)] = []
                for y in 2005...2026 {
                    guard let c = s.record.contributions[y], let p = s.record.contributions[y - 1] else { continue }
                    guard c.amount.currency == p.amount.currency || c.rate != nil else { continue }
                    guard case .percent(let ch, _)? = try? value("growth \(y)", session: s) else { continue }
                    if ch > Dec(threshold) { expected.append((y, ch)) }
                }
                let ordered = expected.enumerated().sorted { a, b in a.element.change != b.element.change ? a.element.change > b.element.change : a.offset < b.offset }
                let years = ordered.prefix(k).map { Dec($0.element.year) }
                let yearColumn = try #require(t.columns.firstIndex { $0.key == "year" })
                let got = t.rows.map { row -> Dec? in if case .number(let d)? = row[yearColumn] { d } else { nil } }
                #expect(got == years.map { Optional($0) }, "threshold \(threshold)% take \(k)")
            }
        }
    }

    @Test func groupsSumToTheWhole() throws {
        guard case .table(let g) = try value("contributions 2005..2026 | group agreement | sum amount") else { Issue.record("not a table"); return }
        var total = Dec.zero
        for row in g.rows { if case .money(let m)? = row[1] { total = try total.adding(m.amount) } }
        guard case .money(let whole) = try value("contributions 2005..2026 | sum amount") else { Issue.record("not money"); return }
        #expect(total == whole.amount)
        // Each group is its agreement's years.
        for row in g.rows {
            guard case .text(let ordinal)? = row[0], case .money(let m)? = row[1] else { continue }
            let n = Int(ordinal.prefix { $0.isNumber }) ?? 0
            guard case .money(let sub) = try value("contributions 2005..2026 | where agreement == \(n) | sum amount") else { continue }
            #expect(sub == m, "agreement \(n)")
        }
    }

    @Test func comparisonsAgreeWithDecOnGeneratedPairs() throws {
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: (state >> 33) % UInt64(n))
        }
        let ops: [(String, (Dec, Dec) -> Bool)] = [("==", { $0 == $1 }), ("!=", { $0 != $1 }), ("<", { $0 < $1 }),
                                                  ("<=", { $0 <= $1 }), (">", { $0 > $1 }), (">=", { $0 >= $1 })]
        for _ in 0..<600 {
            let a = Dec(next(2001) - 1000), b = Dec(next(2001) - 1000)
            let (op, f) = ops[next(ops.count)]
            let unit = ["", "%", "억"][next(3)]
            guard case .bool(let r) = try value("\(a)\(unit) \(op) \(b)\(unit)") else { Issue.record("not a boolean"); return }
            #expect(r == f(a, b), "\(a)\(unit) \(op) \(b)\(unit)")
        }
    }

    @Test func stageWordsStayNames() throws {
        let s = Session()
        for w in StageWord.allCases.map(\.rawValue) + ["desc", "asc"] {
            _ = run("let \(w) = 1", session: s)
            guard case .number(let d) = try value(w, session: s) else { Issue.record("\(w) is not a name"); continue }
            #expect(d == Dec(1))
        }
    }

    @Test func aFunctionIsItsBodyWithTheArgumentsInPlace() throws {
        let s = Session()
        _ = run("let share(y) = contribution y / budget y", session: s)
        for y in 2017...2026 {
            guard case .number(let f) = try value("share(\(y))", session: s),
                  case .number(let direct) = try value("contribution \(y) / budget \(y)", session: s) else { Issue.record("\(y)"); continue }
            #expect(f == direct)
        }
        // A parameter shadows a variable of the same name, which is left as it was.
        _ = run("let y = 2000", session: s)
        _ = try value("share(2026)", session: s)
        guard case .number(let y) = try value("y", session: s) else { Issue.record("y"); return }
        #expect(y == Dec(2000))
    }

    @Test func aPerYearAssumptionIsASetValueForOneStatement() throws {
        // `with cpi 2026: A, 2027: B` gives what `set` gives, and leaves nothing set.
        for a in [-2, 0, 2, 6] {
            for b in [1, 3, 7] {
                let s = Session()
                guard case .money(let once) = try value("project 2029 under agreement 12 with cpi 2026: \(a)%, 2027: \(b)%", session: s) else { Issue.record("money"); return }
                #expect(s.overrides.isEmpty)
                _ = run("set cpi 2026 = \(a)%", session: s)
                _ = run("set cpi 2027 = \(b)%", session: s)
                guard case .money(let set) = try value("project 2029 under agreement 12", session: s) else { Issue.record("money"); return }
                #expect(once == set, "\(a)%, \(b)%")
                _ = run("reset", session: s)
                #expect(s.overrides.isEmpty)
            }
        }
    }
}

/// The contributions table's change column: the integer fast path against the plain Dec one.
@Suite struct ChangeFastPathTests {
    @Test func theFastPathIsThePlainComputationOnGeneratedAmounts() {
        var state: UInt64 = 11
        func next(_ n: UInt64) -> Int64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int64(truncatingIfNeeded: (state >> 20) % n)
        }
        var cases: [(Int64, Int64)] = [(1000, 1000), (1000, 1001), (2000, 2001), (2000, 1999), (1000, 0), (3, 1), (7, 9)]
        for _ in 0..<20_000 {
            let scale: [UInt64] = [10, 1_000, 1_000_000, 100_000_000_000, 10_000_000_000_000]
            let s = scale[Int(next(UInt64(scale.count)))]
            let a = 1 + next(s), b = next(2 * s)
            cases.append(((a % 1_000_000 + 1) * 100_000_000, (b % 2_000_000) * 100_000_000))
            cases.append((a, b))
            // Exact ties at the twentieth of a point: b = a × (1 + k/2000).
            let t = a % 1_000_000_000 + 1
            cases.append((2000 * t, 2000 * t + next(400) * t - 200 * t))
        }
        for (a, b) in cases {
            let fast = Session.changePercent(from: Dec(a), to: Dec(b))
            let plain = Session.changePercentInDec(from: Dec(a), to: Dec(b))
            #expect(fast.map { $0.plain() } == plain.map { $0.plain() }, "\(a) → \(b)")
        }
    }
}

/// The contributions table kept for a repeated query is dropped when what it is computed
/// from changes: a `set rate`, an `unset`, a `define`, a `reset`.
@Suite struct ContributionsCacheTests {
    @Test func aKeptTableFollowsEveryChange() throws {
        let s = Session()
        func equivalent1999() throws -> Value? {
            guard case .table(let t) = try value("contributions 2000..2001", session: s) else { return nil }
            let j = try #require(t.columns.firstIndex { $0.key == "won_equivalent" })
            return t.rows[1][j]
        }
        let fresh = try equivalent1999()
        #expect(try equivalent1999().map { "\($0)" } == fresh.map { "\($0)" })
        _ = run("set rate 2001 = 2,000", session: s)
        let set = try equivalent1999()
        guard case .money(let m)? = set else { Issue.record("no won equivalent"); return }
        // 2001 publishes no won equivalent: it is computed at the year's rate, now the set one.
        #expect(m == Money(won: 880_000_000_000))
        _ = run("unset rate 2001", session: s)
        #expect(try equivalent1999().map { "\($0)" } == fresh.map { "\($0)" })
        func amount2027() throws -> Value? {
            guard case .table(let t) = try value("contributions 2026..2030", session: s) else { return nil }
            return t.rows.first { if case .number(let y)? = $0[0] { return y == Dec(2027) }; return false }?[1]
        }
        // 2027 is settled by the 12th SMA's rule; a definition of it replaces the computed figure.
        #expect(try amount2027().map { "\($0)" } == "\(Value.money(Money(won: 1_551_100_000_000)))")
        _ = run("define contribution 2027 = 1조 6000억 { agreement 12 }", session: s)
        guard case .table(let t) = try value("contributions 2026..2030", session: s) else { Issue.record("table"); return }
        #expect(t.rows.count == 2)
        #expect(try amount2027().map { "\($0)" } == "\(Value.money(Money(won: 1_600_000_000_000)))")
        _ = run("reset", session: s)
        guard case .table(let t2) = try value("contributions 2026..2030", session: s) else { Issue.record("table"); return }
        #expect(t2.rows.count == 2)
        #expect(try amount2027().map { "\($0)" } == "\(Value.money(Money(won: 1_551_100_000_000)))")
    }

    /// A projection starts from the last recorded year, kept while the record is unchanged: a
    /// year defined later is where the next projection starts, and after `reset` it is gone.
    @Test func aProjectionStartsFromTheLastYearDefined() throws {
        let s = Session()
        let before = run("project 2029 with growth 0%", session: s).out
        #expect(before.contains("1조 5,192억 원"), "\(before)")
        _ = run("define contribution 2027 = 2조 { agreement 12 }", session: s)
        let after = run("project 2029 with growth 0%", session: s).out
        #expect(after.contains("2조 원"), "\(after)")
        _ = run("reset", session: s)
        #expect(run("project 2029 with growth 0%", session: s).out == before)
    }
}

/// `where COLUMN OP VALUE` compares each cell with the value computed once; the same condition
/// written so that it takes the general path (`not not (…)`) keeps the same rows, or fails alike.
@Suite struct WhereFastPathTests {
    @Test func theFastWhereIsTheGeneralOneOnGeneratedConditions() throws {
        let s = Session()
        var conditions: [String] = []
        for op in ["==", "!=", "<", "<=", ">", ">="] {
            for p in [-9, -0.5, 0, 3.4, 5, 8.3, 13.9, 20] as [Double] { conditions.append("change \(op) \(p)%") }
            for a in ["9000억", "1조", "1조 389억", "$300 million", "5"] { conditions.append("amount \(op) \(a)") }
            for y in [1991, 2005, 2020] { conditions.append("year \(op) \(y)") }
            for a in [5, 11, 12] { conditions.append("agreement \(op) \(a)") }
            conditions.append("currency \(op) \"USD\"")
        }
        for source in ["contributions 1991..2026", "contributions 2005..2026"] {
            for c in conditions {
                let fast = run("\(source) | where \(c)", format: .json, session: s)
                let general = run("\(source) | where not not (\(c))", format: .json, session: s)
                #expect(fast.failures == general.failures, "\(c)")
                // (The notes and the error's caret differ in where they point; the rows must not.)
                #expect(fast.out.split(separator: "\"notes\"").first == general.out.split(separator: "\"notes\"").first, "\(source) | where \(c)")
            }
        }
    }
}

/// A pipeline keeps the notes that still apply: a note about years goes with the last of them.
@Suite struct PipelineNotesTests {
    @Test func notesAboutYearsLeaveWithTheirRows() throws {
        func notes(_ s: String) -> [String] {
            var out: [String] = []
            Interpreter(session: Session()).run(SourceText(name: "-e", text: s)) { o in
                if case .result(let r, _) = o { out = r.notes.map(\.template) }
                return true
            }
            return out
        }
        let all = notes("contributions 2020..2026")
        #expect(all.contains { $0.contains("derived, not published") })
        #expect(notes("contributions 2020..2026 | where year >= 2024").contains { $0.contains("derived, not published") })
        #expect(!notes("contributions 2020..2026 | where year >= 2025").contains { $0.contains("derived, not published") })
        #expect(!notes("contributions 1991..2026 | where change > 5% | sort change desc | take 3").contains { $0.contains("the change of 1999") })
        // A note about the whole result stays.
        #expect(notes("contributions 2020..2026 | take 1").contains { $0.contains("the first row") })
    }
}

/// The sort of one column of decimals (the fast path) against the general sort of values, on
/// generated columns: duplicates, empty cells, negatives, mixed scales, each kind of number.
@Suite struct DecimalSortTests {
    @Test func decimalSortIsTheValueSort() throws {
        var state: UInt64 = 5
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: (state >> 33) % UInt64(n))
        }
        let session = Session()
        for trial in 0..<600 {
            let kind = trial % 3
            var t = Table(columns: [Column("x"), Column("row")])
            for r in 0..<next(40) {
                let d = Dec(mantissa: Int128(next(2001) - 1000), scale: next(3))
                let v: Value? = next(8) == 0 ? nil : kind == 0 ? .number(d) : kind == 1 ? .percent(d, signed: true)
                    : .money((try? Money(exact: Dec(mantissa: Int128(next(50)) * 100_000_000, scale: 0), .krw)) ?? Money(won: 0))
                t.rows.append([v, .number(Dec(r))])
            }
            for desc in [false, true] {
                let fast = try #require(Session.sortedByDecimals(t, column: 0, descending: desc))
                let general = try session.sortedByValue(t, by: [(0, desc)], span: Span(0, 0))
                #expect(fast.map { $0[1].map { "\($0)" } ?? "" } == general.map { $0[1].map { "\($0)" } ?? "" }, "trial \(trial), desc \(desc)")
            }
        }
        // Text, or two kinds, is left to the general sort.
        let mixed = Table(columns: [Column("x")], rows: [[.number(Dec(1))], [.percent(Dec(1), signed: false)]])
        #expect(Session.sortedByDecimals(mixed, column: 0, descending: false) == nil)
    }
}
