import SMALanguage

/// `help` and `help TOPIC`: one entry per statement and per concept, with examples that run.
public enum Help {
    public struct Topic: Sendable {
        public let name: String
        public let summary: String
        public let body: String

        init(name: String, summary: String, body: String) {
            self.name = name
            self.summary = summary
            self.body = body
        }

        /// A statement's topic: its name and summary come from the vocabulary.
        init(_ word: Vocabulary.StatementWord, body: String) {
            self.init(name: word.rawValue, summary: Help.summary(of: word), body: body)
        }
    }

    /// A statement word's one-line summary: the grammar's, with what only the engine knows
    /// (the number of tour steps) filled in.
    public static func summary(of word: Vocabulary.StatementWord) -> String {
        word == .tour ? word.summary + " in \(Tour.steps.count) steps" : word.summary
    }

    public static let topics: [Topic] = [
        Topic(.agreements, body: """
        agreements

        One row per Special Measures Agreement: its number, years, signing date, escalation
        rule and first-year amount.

          agreements
        """),
        Topic(.agreement, body: """
        agreement N

        The Nth agreement: years, dates signed and in force, negotiators, currency, rule (short
        and in words), notes, sources, and a table of its yearly amounts.

          agreement 11
          agreement 12
        """),
        Topic(.rounds, body: """
        rounds N

        The negotiation rounds recorded for the Nth agreement: number, start and end dates,
        city, venue. The record has the 12th SMA's eight rounds of 2024.

          rounds 12
        """),
        Topic(.contribution, body: """
        contribution YEAR

        The amount recorded for YEAR. 1991–2004 were agreed in dollars and show dollars, with
        the won equivalent published at the time as a note. The value is money, so it can be
        used in arithmetic:

          contribution 2021
          contribution 2026 - contribution 2025
          let base = contribution 2025

        `contribution 2021 + 5%` is an error: to grow an amount, multiply by `(1 + 5%)`.
        """),
        Topic(.contributions, body: """
        contributions [YEARS]

        A table of year, amount, change on the previous year and agreement; all recorded years
        without an argument. Years outside the record are left out with a note.

          contributions 2019..2026
          contributions
        """),
        Topic(.growth, body: """
        growth YEAR

        The change of YEAR's amount on the previous year's, in percent, rounded half-up to 0.1
        point as published rates are. Across the switch from dollars to won (2004 → 2005) it
        compares won equivalents.

          growth 2021       # +13.9%
        """),
        Topic(.project, body: """
        project YEAR with growth RATE [from BASE]
        project FIRST..LAST with growth RATE [from BASE]

        Grows the amount of a base year by RATE a year, rounding each year half-up to 1억 원
        (100 million won) as the agreements do. The base is the latest recorded year before
        the target unless `from BASE` names one. One year gives money; a range gives a table.

          project 2026 with growth 4.5%
          project 2027..2030 with growth 3%
          project 2030 with growth 3% from 2021

        RATE is any expression that gives a percent: `with growth g`, `with growth 2% + 1%`.

        project YEARS under agreement N [with cpi RATE] [with budget-growth RATE]

        Grows by agreement N's own rule: the recorded index where the record has it, the
        assumption given with `with cpi` for index years it lacks, and the cap where it binds.
        A new agreement (`define agreement 13 ... base ...`) starts from its first-year amount.

          project 2027 under agreement 12
          project 2028 under agreement 12 with cpi 6%
        """),
        Topic(.verify, body: """
        verify
        verify agreement N

        Recomputes each year whose amount follows from its agreement's rule (and each frozen
        year) from the previous year's recorded amount and the recorded index, and says whether
        it matches the record. Negotiated years are labelled as agreed sums, not checked. With
        the built-in record every rule-based year of 2008–2013, 2015–2018 and 2022–2025 matches.
        Index values changed with `set` are used, so `verify` shows what they would change.

          verify
          verify agreement 8
        """),
        Topic(.explain, body: """
        explain contribution YEAR
        explain growth YEAR
        explain project ...

        Shows the derivation in words: which rule, which index of which year and why that year
        (the lag), whether the cap bound, the unrounded product, and the rounding.

          explain contribution 2024
          explain contribution 2010
          explain project 2026 with growth 4.5%
          explain project 2027..2028 under agreement 12 with cpi 2%
        """),
        Topic(.set, body: """
        set cpi YEAR = RATE
        set budget-growth YEAR = RATE

        Sets Korean CPI growth or defense-budget growth for a year, over the record's value, for
        the rest of the session: what-ifs on history (`verify` then shows what changes) and
        assumptions for the future (`project ... under agreement 12`). `reset` undoes it.

          set cpi 2026 = 2.4%
          project 2028 under agreement 12
        """),
        Topic(.chart, body: """
        chart contributions [YEARS]
        chart project ...
        chart compare ...

        Horizontal bars scaled to the largest amount, labelled with values, the agreement marked
        where it changes. Unicode blocks, or ASCII with `--ascii` or when the locale is not
        UTF-8. Dollar-era years are drawn at their published won equivalents.

          chart contributions 1991..2026
          chart project 2027..2030 with growth 3%
        """),
        Topic(.compare, body: """
        compare SCENARIO, SCENARIO, ... for YEARS

        A scenario is `growth RATE` or `under agreement N [with cpi RATE] [with budget-growth RATE]`.
        One column a scenario, one row a year, then the totals over the period and each total's
        difference from the first scenario's.

          compare growth 3%, growth 5%, under agreement 12 with cpi 2% for 2027..2030
        """),
        Topic(.cpi, body: """
        cpi YEAR
        cpi FIRST..LAST

        Korean consumer-price growth for a year, as the rules use it: the session's `set` value,
        else the record's, with its sources. CPI-linked agreements (the 7th to 9th, the 12th)
        use the CPI of two years before, capped.

          cpi 2008
          cpi 2020..2025
        """),
        Topic(.budgetGrowth, body: """
        budget-growth YEAR
        budget-growth FIRST..LAST

        Korea's defense-budget growth for a year, as the 11th SMA's rule uses it (the year
        before the payment year): the session's `set` value, else the record's, with sources.

          budget-growth 2022
          budget-growth 2019..2024
        """),
        Topic(.rate, body: """
        rate YEAR
        rate YEARS
        set rate YEAR = WON

        Won per dollar, the year's annual average as the record has it (1991–2025), with its
        series (the Bank of Korea's figure where one was found, else the Federal Reserve's
        G.5A) and its sources. `in usd`, `in krw` and the won equivalents of the dollar years
        use these rates; `set rate 2026 = 1,450` gives a year a rate for this session.
        `rate` alone stays a name: `let rate = 4%` works.

          rate 1998
          rate 2020..2025
          contribution 2021 in usd
        """),
        Topic(.tour, body: """
        tour
        tour N
        tour N..M
        tour all

        A lesson for someone who has never heard of the SMA: what it pays for, how the rules
        changed, the CPI lag, caps, rounding, the 12th SMA's eight rounds. Each step runs real
        statements and suggests one to try; `tour N` shows step N, `tour 2..4` steps 2 to 4,
        and `tour all` the whole lesson.
        """),
        Topic(.simulate, body: """
        simulate YEARS with growth DISTRIBUTION [trials N] [seed S] [above AMOUNT] [from BASE]
        simulate YEARS under agreement N with cpi DISTRIBUTION [with budget-growth DISTRIBUTION] ...

        Draws the uncertain rate for every year of every trial, quantizes it to 0.1 point as
        published rates are, compounds and rounds each year half-up to 1억 원 exactly as a
        projection does, and applies the agreement's cap on every path. Reports per year the
        mean and the 5th, 25th, 50th (median), 75th and 95th percentiles (nearest rank); with
        `above X`, the share of trials above X. `chart simulate ...` draws a fan chart.

        Distributions: normal(MEAN, SD), uniform(LOW, HIGH), triangular(LOW, MODE, HIGH),
        historical(YEARS) (the recorded yearly growth rates of those years, resampled), or one
        rate. Every rate a distribution can draw must be above -100%, as in `project`. Each draw
        is a whole tenth of a point from the distribution quantized to tenths (Walker's alias
        method, in integers): the same seed gives the same numbers on every machine and any
        number of cores; without a seed one is drawn and printed.

        10,000 trials by default, at most 1,000,000,000. Memory does not grow with the trials:
        each year's amounts are counted in a histogram of whole 억, from which the mean, the
        percentiles and `above` come out exact. A run of over a second shows a progress line on
        the terminal (`sma -q` hides it); Ctrl-C stops it at once and prints nothing of it.

          simulate 2030 with growth normal(4%, 1.5%) trials 100000 seed 7
          simulate 2027..2030 under agreement 12 with cpi normal(2%, 0.8%) trials 1000000 seed 1
          simulate 2030 with growth uniform(2%, 6%) above 1조 7000억
          chart simulate 2027..2030 under agreement 12 with cpi normal(2%, 1%) seed 5
        """),
        Topic(name: "dollars", summary: "won and dollars: in usd, in krw", body: """
        VALUE in usd [at RATE]
        VALUE in krw [at RATE]

        Converts money between won and dollars: at the record's annual average rate (won per
        dollar, 1991–2025: the Bank of Korea's figure where found, else the Federal Reserve's
        G.5A series) for the value's year, or at the RATE given. A year without a recorded rate
        is an error that says so; nothing is fetched from the network; `rate YEAR` shows the
        rate a conversion uses, and `set rate YEAR = WON` replaces it for the session.

        Dollar-era agreements (1991–2004) are shown in dollars, each figure with where it comes
        from: `stated` (agreed), `rule` (what the agreement's rule gives, to $0.1 million) or
        `chart` (the white paper's value, where neither can be had). Each has a won
        equivalent: the one published at the time, else computed at the year's average rate.

          contribution 2021 in usd
          contribution 2026 in usd at 1,400
          contribution 1991 in krw
          (project 2027 under agreement 12) in usd at 1,450
        """),
        Topic(.breakdown, body: """
        breakdown YEAR

        What the year's contribution paid for: labour (wages of Korean USFK employees),
        construction and logistics, with each share of the total, for the years the record has
        (1999, 2013, 2015, 2018, 2019; the labour share only for 2021 and 2023). Approximate
        figures are marked. See `help categories`.

          breakdown 2018
        """),
        Topic(name: "rules", summary: "how the agreements make amounts grow", body: """
        Each agreement's rule is part of the record (`rule` in `define agreement`):

          negotiated          amounts agreed as sums (1st, 2nd, 10th; first years)
          frozen              the same amount as the year before (6th; 2020)
          fixed RATE          a fixed rate a year (3rd: +10%)
          cpi lag N cap C     CPI growth of N years before, at most C (8th, 9th: cap 4%; 12th: cap 5%)
          cpi lag N plus P    P points plus CPI growth of N years before (5th: 8.8% + CPI, lag 2)
          budget lag N        defense-budget growth of N years before (11th)
          index               an index described in words only (4th): its years cannot be checked

        Rates are applied as published, to 0.1 point, and each year is rounded half-up to 1억 원.
        `project ... under agreement N` uses a rule; `explain` shows it at work. See `help lag`.
        """),
        Topic(name: "lag", summary: "which year's index a rule uses, and caps", body: """
        A rule's lag is how many years before the payment year its index is taken. The CPI-linked
        agreements use lag 2: 2016's amount grew with 2014's CPI, the latest known when the budget
        for 2016 was set. The 11th SMA used the previous year's defense-budget growth (lag 1).

        A cap limits the rate: under the 8th SMA, 2008's CPI of 4.7% was capped at 4% for 2010.

          explain contribution 2016
          explain contribution 2010
        """),
        Topic(name: "categories", summary: "what the money pays for", body: """
        The contribution pays for three things:
          labour          wages of Korean employees of USFK, paid in cash (about 40%)
          construction    military construction, about 88% in kind (about 40%)
          logistics       ammunition storage, maintenance, transport, supplies, in kind (about 20%)
        """),
        Topic(.let, body: """
        let NAME = EXPRESSION

        Names a value for later statements. Names are letters (Korean too), digits and `_`;
        statement words are reserved. `ans` is always the last result shown.

          let g = 4.5%
          let base = contribution 2025
          base * (1 + g)
        """),
        Topic(.help, body: """
        help
        help TOPIC

        Lists the topics, or shows one. Topics are the statements and the concepts below them.
        """),
        Topic(.record, body: """
        record

        Prints the record as sma source: every `define` statement with its sources. Save it,
        edit it (say, when a 13th SMA is signed) and load it with `sma --record FILE`.
        """),
        Topic(.define, body: """
        define agreement N { years A..B  signed DATE  in force DATE  currency KRW|USD  base MONEY
                             rule RULE  summary TEXT  korea TEXT  us TEXT  note TEXT  source TEXT }
        define contribution YEAR = MONEY { agreement N  basis negotiated|rule|frozen  figure stated|rule|chart
                                           rate PERCENT  part PERCENT TEXT  equivalent MONEY  note TEXT  source TEXT }
        define round N of agreement M { from DATE to DATE  city TEXT  venue TEXT  note TEXT  source TEXT }
        define cpi YEAR = PERCENT { note TEXT  source TEXT }
        define budget YEAR = MONEY { growth PERCENT  note TEXT  source TEXT }
        define exchange YEAR = NUMBER { series TEXT  fred NUMBER  note TEXT  source TEXT }
        define breakdown YEAR { labour MONEY  construction MONEY  logistics MONEY  share PERCENT
                                approximate  note TEXT  source TEXT }
        define source TEXT = TEXT

        The forms the built-in record is written in. Clauses go in braces over several lines, or
        follow the head on one line. RULE is one of: negotiated, frozen, fixed RATE,
        cpi lag N [cap RATE] [plus RATE], budget lag N [cap RATE] [plus RATE], index.

          define agreement 13 years 2031..2035 base 1조 6000억 rule cpi lag 2 cap 5%
          define contribution 2031 = 1조 6000억
        """),
        Topic(name: "money", summary: "writing amounts of money", body: """
        Money is exact: whole won (or cents for dollars), never binary floating point.
        Every way people write amounts is understood:

          1조 1833억      1조 1,833억 원      11833억      1조1833억원
          1.1833 trillion won      1183.3 billion won
          KRW 1,183,300,000,000    ₩1.1833T
          $150 million             USD 150,000,000        150 million dollars

        Korean units (조 억 만 천) without a currency mean won. Output is in Korean units by
        default; `--units en` prints `₩1.1833 trillion`. Mixing won and dollars is an error.

        In English, an amount of a million or more is written with million, billion or
        trillion: exactly when four places hold it (every yearly amount), else to three
        significant digits (`contribution 2021 in usd` is `$1.03 billion`). Korean units,
        CSV and JSON keep every digit.
        """),
        Topic(name: "percent", summary: "rates and the unit rules", body: """
        A percent is written `4.5%`. In arithmetic it is its fraction:

          1 + 4.5%                  # 1.045
          contribution 2025 * (1 + 4.5%)
          2% + 1%                   # 3%

        Unit rules: money + money is money; money × number or percent is money; money / money
        is a number; money + percent is an error (multiply instead); won and dollars do not mix.
        """),
        Topic(name: "numbers", summary: "exact arithmetic: what every operation gives", body: """
        Every operation (+ - * / ^, unary minus, percent, conversions, and the arithmetic of
        projections and simulations) gives the exact result, or the exact result rounded
        half-up (half away from zero) at its last kept place. Never binary floating point.

        A number keeps up to 24 decimal places, as many as fit beside its integer part in 38
        significant digits. Sums, products and quotients are computed exactly, wide enough
        for any two operands, and rounded once, at the end:

          (1/3) * (1/3)          # 0.111111111111111111111111 (24 places)
          2 / 3                  # 0.666666666666666666666667
          1.5 ^ 100              # 406561177535215237.39727970756704167101 (38 digits)

        Money is rounded once, to the whole won (or cent); a year's amount once, to 1억 원
        ($100,000), from the exact product: `1억 * 4.5%` is 450만 원 exactly. Tables show up
        to 12 places; JSON and CSV show every place.

        `^` takes a whole exponent from -10,000 to 10,000 and computes the power exactly
        before it rounds; a power that would need more than about 39,000 digits to compute
        exactly is an error. The only overflow is a result whose integer part needs more than
        38 digits: "the result is too large", with the operands quoted. A number written
        with more than 38 digits or 24 places is an error where it is written.
        """),
        Topic(name: "ranges", summary: "years and ranges of years", body: """
        Years are whole numbers; a range is written FIRST..LAST and includes both ends.

          contributions 2019..2026
          project 2027..2030 with growth 3%

        A range spans at most 10,000 years; dates are written YYYY-MM-DD.
        """),
        Topic(name: "rounding", summary: "how yearly amounts are rounded", body: """
        Each year's amount is rounded half-up to 1억 원 (100 million won), as the agreements
        do: 7,255억 × 1.022 = 7,414.61억 becomes 7,415억. Dollar-era projections round to
        $100,000. Arithmetic on money rounds half-up to the whole won (or cent). Rates are
        applied as published, to 0.1 point; `growth` reports changes the same way.
        """),
        Topic(name: "formats", summary: "table, csv, json, markdown output", body: """
        sma --format table|csv|json|markdown

        sma --output FILE.csv|FILE.json|FILE.md|FILE.txt

        table (default) is for people. csv is RFC 4180 with a header row, one document per
        result, money as integer won. json is JSON Lines, one document per result: money in
        won as an exact integer, dollars as {"amount": N, "currency": "USD"}, percents as
        percent points, tables as {"columns": [...], "rows": [[...]], "notes": [...]}, and a
        simulation's seed as "seed": N. A single value is written bare; its notes are in the
        table format. Markdown puts a blank line after each result.

        --output FILE writes the results to FILE in the format of its extension, through a
        temporary file and a rename: an interrupted run never leaves half a file.
        """),
        Topic(name: "session", summary: "the interactive session: keys, history, commands", body: """
        `sma` with a terminal on standard input starts an interactive session. Every statement
        works exactly as in scripts; `ans` is the last result.

        Keys: Emacs bindings (vi mode and others from ~/.editrc), Tab completes what fits where
        the cursor is (one match completes, several are listed), Up/Down and Ctrl-R search the
        history, Ctrl-C clears the line (or stops a running statement), Ctrl-D on an empty line
        leaves. A statement with an open bracket or a trailing operator continues on the next
        line (`  ...> `) and is kept in the history as one entry.

        History is kept in $SMA_HISTORY, else $XDG_STATE_HOME/sma/history, else
        ~/.local/state/sma/history (mode 0600, at most $SMA_HISTORY_SIZE entries, 1000 by
        default). Scripts, -e and piped input never touch it.

        Commands of the session:
          quit, exit      leave
          history         list the history
          save FILE       write this session's successful statements as a script
          save FILE.svg   write the last chart as a picture (SVG)
          load FILE       run a script into this session
          reset           clear variables and undo this session's definitions
          next, back      walk the tour (`tour next`, `tour back` in a script)
        """),
        Topic(name: "sma", summary: "what the Special Measures Agreements are", body: """
        Since 1991 Korea and the United States have signed Special Measures Agreements (SMA),
        twelve so far. Each fixes what Korea pays a year toward stationing U.S. Forces Korea:
        wages of Korean USFK workers, military construction, and logistics support. Each also
        sets how the amount grows: a fixed rate, CPI growth with a lag and a cap, defense-budget
        growth, or a negotiated sum. The 12th SMA sets 1조 5,192억 원 for 2026, then CPI growth
        of two years before, capped at 5% a year, to 2030.

          agreements
          agreement 12
        """),
    ]

    public static var topicNames: [String] { topics.map(\.name) }

    public static func text(for topic: String?, span: Span) throws(Diagnostic) -> String {
        guard let topic else { return overview }
        let key = topic.lowercased()
        if let t = topics.first(where: { $0.name == key }) { return t.body + "\n" }
        let aliases = ["won": "money", "units": "money", "dollars": "money", "%": "percent", "years": "ranges",
                       "range": "ranges", "arithmetic": "numbers", "number": "numbers", "exact": "numbers", "precision": "numbers", "overflow": "numbers", "csv": "formats", "json": "formats", "markdown": "formats", "format": "formats",
                       "projection": "project", "contributions": "contributions", "round": "rounds",
                       "repl": "session", "budget": "rules", "defense-budget": "rules", "negotiated": "rules", "frozen": "rules", "fixed": "rules",
                       "index": "rules", "inflation": "lag", "usd": "dollars", "krw": "dollars", "exchange": "dollars", "monte-carlo": "simulate",
                       "output": "formats", "cap": "lag", "caps": "lag", "rule": "rules", "labour": "categories", "labor": "categories",
                       "construction": "categories", "logistics": "categories", "under": "project", "history": "session", "keys": "session", "quit": "session", "save": "session", "load": "session", "reset": "session"]
        if let a = aliases[key], let t = topics.first(where: { $0.name == a }) { return t.body + "\n" }
        let hint = Suggest.closest(to: key, among: topicNames).map { "did you mean `help \($0)`?" }
            ?? "topics: \(topicNames.joined(separator: ", "))"
        throw Diagnostic(.evaluation, "no help on `\(topic)`", at: span, hint: hint)
    }

    public static var overview: String {
        var out = "sma — what Korea pays toward U.S. Forces Korea under the Special Measures Agreements\n\n"
        out += "Statements:\n"
        let statements = Vocabulary.statementWords
        let concepts = topicNames.filter { !statements.contains($0) }
        let w = topicNames.map(\.count).max() ?? 0
        for name in statements {
            if let t = topics.first(where: { $0.name == name }) {
                out += "  " + name + String(repeating: " ", count: w - name.count) + "  " + t.summary + "\n"
            }
        }
        out += "\nConcepts:\n"
        for name in concepts {
            let t = topics.first(where: { $0.name == name })!
            out += "  " + name + String(repeating: " ", count: w - name.count) + "  " + t.summary + "\n"
        }
        out += "\nType `help TOPIC` for more, e.g. `help project`. Comments start with `#`;\n"
        out += "`;` separates statements on one line.\n"
        return out
    }
}
