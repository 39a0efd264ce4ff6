import SMALanguage

/// `tour`: a guided lesson for someone who has never heard of the SMA. Each step says one
/// thing, runs real statements, and invites the reader to try one.
package enum Tour {
    package struct Step {
        package let title: String
        package let text: [String]
        package let statements: [String]
        package let tryThis: String
    }

    package static let steps: [Step] = [
        Step(title: "What the SMA is",
             text: ["Since 1991 Korea has paid part of the cost of stationing U.S. Forces Korea under",
                    "Special Measures Agreements (SMA) with the United States: twelve so far. Each fixes",
                    "what Korea pays a year and how that amount grows."],
             statements: ["agreements"], tryThis: "agreement 12"),
        Step(title: "만, 억 and 조: reading Korean amounts",
             text: ["Korean counts large numbers in groups of four digits, and sma writes amounts that way",
                    "(`sma --units en` writes them as on the right):",
                    "",
                    "  1만 원            10,000 won                  ₩10,000",
                    "  1억 원            100,000,000 won (10^8)      ₩100 million",
                    "  1조 원            1,000,000,000,000 (10^12)   ₩1 trillion",
                    "  1조 5,192억 원    1,519,200,000,000 won       ₩1.5192 trillion",
                    "",
                    "Yearly amounts are whole 억. The won amounts come from the defense ministry's white",
                    "papers and budget tables and the foreign ministry's releases, each figure with its",
                    "source (`record` prints them all). sma reads amounts written either way:"],
             statements: ["1519200000000 원", "1조 5192억 / 1억"], tryThis: "1.1833 trillion won"),
        Step(title: "What the money pays for",
             text: ["Three things: wages of Korean employees of USFK (paid in cash), military construction",
                    "(mostly in kind), and logistics support (in kind). Roughly 40%, 40% and 20%.",
                    "In 2021 Korea paid:"],
             statements: ["contribution 2021"], tryThis: "contribution 2005"),
        Step(title: "From dollars to won",
             text: ["The first five agreements (1991–2004) were in dollars. From 2005 every amount is in won.",
                    "sma shows dollar years in dollars, with the won equivalent published at the time, or",
                    "computed at the year's average won per dollar where none was published (`rate 1998`)."],
             statements: ["contributions 2002..2006"], tryThis: "contribution 1991"),
        Step(title: "The long view",
             text: ["Thirty-six years of payments, with the agreement of each year:"],
             statements: ["chart contributions 1991..2026"], tryThis: "chart contributions 2005..2026"),
        Step(title: "Rules: how the amount grows",
             text: ["Between negotiations the amount grows by a rule: a fixed rate (3rd SMA, +10%), CPI growth",
                    "(7th–9th and 12th), or defense-budget growth (11th). Some years are negotiated sums."],
             statements: ["agreement 9"], tryThis: "agreement 11"),
        Step(title: "The CPI lag",
             text: ["CPI-linked agreements use the inflation of two years before the payment year: 2016's amount",
                    "grew by 2014's CPI, the latest known when the budget was set."],
             statements: ["explain contribution 2016"], tryThis: "explain contribution 2015"),
        Step(title: "Caps",
             text: ["The 8th and 9th SMAs capped the yearly rise at 4%. In 2010 the CPI of 2008 was 4.7%,",
                    "so the cap bound and 4% applied."],
             statements: ["explain contribution 2010"], tryThis: "explain contribution 2011"),
        Step(title: "Rounding",
             text: ["Each year is rounded half-up to 1억 원 (100 million won): 7,255억 × 1.022 = 7,414.61억",
                    "becomes 7,415억. With the published rates, every rule-based year is reproduced exactly:"],
             statements: ["verify agreement 8"], tryThis: "verify"),
        Step(title: "The 2020 freeze",
             text: ["The 10th SMA covered 2019 only and expired at the end of that year. The talks for the",
                    "11th ran into 2021 (it was signed on 8 April 2021), so 2020 had no agreement in force and",
                    "was paid at the 2019 level; the 11th SMA then covered 2020 retroactively, at that level."],
             statements: ["explain contribution 2020", "agreement 11"], tryThis: "growth 2020"),
        Step(title: "Defense-budget growth: the 11th SMA",
             text: ["The 11th SMA (2020–2025) grew with the previous year's defense budget. After the frozen",
                    "2020, 2021 rose 13.9%: 7.4% budget growth plus 6.5% for labour."],
             statements: ["contributions 2019..2025", "explain contribution 2024"], tryThis: "growth 2021"),
        Step(title: "How a negotiation runs",
             text: ["Each agreement is negotiated in rounds, alternating between Seoul and a U.S. city, each",
                    "side led by a chief negotiator: five rounds for the 6th SMA, ten for the 9th and 10th, nine",
                    "over eighteen months for the 11th (one broken off after 80 minutes, one by video), eight for",
                    "the 12th. Then the text is initialed, signed, and put to the National Assembly."],
             statements: ["rounds | group agreement | count", "agreement 11", "events 2019..2021"],
             tryThis: "rounds 12 | where city == \"Seoul\" | count"),
        Step(title: "2026 and after",
             text: ["2026 was negotiated at 1조 5,192억 원 (+8.3%). From 2027 the amount grows with CPI of two",
                    "years before, capped at 5%. 2025's CPI of 2.1%, published on 2025-12-31, settles 2027: sma",
                    "answers it as computed by the rule, not yet published:"],
             statements: ["contribution 2027"], tryThis: "project 2027..2030 under agreement 12 with cpi 2.5%"),
        Step(title: "What if",
             text: ["Nobody knows future inflation. Compare a few paths side by side:"],
             statements: ["compare growth 2%, under agreement 12 with cpi 6% for 2027..2030"],
             tryThis: "compare growth 3%, growth 5% for 2027..2030"),
        Step(title: "Your own analysis",
             text: ["Name values with `let`, do exact arithmetic, save a session as a script, define a 13th",
                    "agreement of your own. `help` lists everything."],
             statements: ["let base = contribution 2025", "base * (1 + 4.5%)"],
             tryThis: "define agreement 13 years 2031..2035 base 1조 6000억 rule cpi lag 2 cap 5%"),
    ]
}

extension Session {
    /// `tour` (the outline and step 1, or the step you were at), `tour N`, `tour N..M`,
    /// `tour next`, `tour back`, or `tour all` (the whole lesson). The session remembers the
    /// last step shown.
    func tour(_ e: Expr?) throws(Diagnostic) -> Output {
        let count = Tour.steps.count
        var steps = 1...1
        var resumed = false
        if e == nil, let at = tourStep {
            steps = at...at
            resumed = true
        }
        if let e {
            if syntax.name(e) == "all" {
                steps = 1...count
            } else if syntax.name(e) == "next" {
                let n = (tourStep ?? 0) + 1
                guard n <= count else {
                    throw Diagnostic(.evaluation, "that was the last step of the tour", at: e.span,
                                     hint: "`tour 1` starts again; `help` lists every statement")
                }
                steps = n...n
            } else if syntax.name(e) == "back" {
                guard let at = tourStep, at > 1 else {
                    throw Diagnostic(.evaluation, "this is the first step of the tour", at: e.span, hint: "`next` goes on")
                }
                steps = (at - 1)...(at - 1)
            } else {
                let v = try evaluate(e)
                let wanted: ClosedRange<Int>? = switch v {
                case .number(let d): d.intValue.map { $0...$0 }
                case .range(let lo, let hi): lo...hi
                default: nil
                }
                guard let wanted, wanted.lowerBound >= 1, wanted.upperBound <= count else {
                    throw Diagnostic(.evaluation, "the tour has steps 1 to \(count)", at: e.span,
                                     hint: "`tour` starts at step 1; `tour all` prints the whole lesson")
                }
                steps = wanted
            }
        }
        var d = Document()
        if resumed {
            d.parts.append(.line(Phrase("(the tour, where you were; `tour 1` starts again)")))
        } else if e == nil || steps.count == count {
            d.parts.append(.heading("A tour of the Special Measures Agreements, in \(count) steps"))
            for (i, s) in Tour.steps.enumerated() { d.parts.append(.line(Phrase("  \(i + 1). \(s.title)"))) }
            d.parts.append(.line(Phrase("")))
        }
        for n in steps {
            if n != steps.lowerBound { d.parts.append(.line(Phrase(""))) }
            step(n, into: &d, last: n == steps.upperBound)
        }
        tourStep = steps.upperBound
        return Output(.document(d))
    }

    /// One step: its heading, text, statements with their results (run in a fresh session, so
    /// the tour never depends on or changes yours) and what to try.
    private func step(_ n: Int, into d: inout Document, last: Bool) {
        let step = Tour.steps[n - 1]
        d.parts.append(.heading("Step \(n) of \(Tour.steps.count): \(step.title)"))
        for line in step.text { d.parts.append(.line(Phrase(line))) }
        let scratch = Interpreter(session: Session(), cancellation: cancellation)
        for text in step.statements {
            d.parts.append(.statement(text))
            scratch.run(SourceText(name: "tour", text: text)) { outcome in
                switch outcome {
                case .result(let out, _): d.parts.append(.output(out))
                case .quiet: break
                case .failure(let e), .interrupted(let e):
                    d.parts.append(.failure(e.message))
                    return false
                }
                return true
            }
        }
        d.parts.append(.line(Phrase("")))
        d.parts.append(.line(Phrase("Try: \(step.tryThis)")))
        guard last else { return }
        if n < Tour.steps.count {
            d.parts.append(.line(Phrase("Next: `next` (or `tour \(n + 1)`)" + (n > 1 ? "; `back` returns to step \(n - 1)" : ""))))
        } else { d.parts.append(.line(Phrase("That is the tour. `help` lists every statement."))) }
    }
}
