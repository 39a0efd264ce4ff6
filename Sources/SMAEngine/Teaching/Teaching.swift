import SMALanguage

/// The statements that show why: verify, explain, chart, compare, tour.
extension Session {
    // MARK: verify

    /// Recomputes every rule-based year from its rule and the recorded indices.
    func verify(_ agreementExpr: Expr?) throws(Diagnostic) -> Output {
        let only = try agreementExpr.map { (e) throws(Diagnostic) -> Agreement in try agreementNumber(e) }
        var t = Table(columns: [Column("year"), Column("agreement"), Column("basis"), Column("rule input", key: "rule_input"),
                                Column("recorded"), Column("recomputed"), Column("result")])
        var matched = 0, mismatched = 0, negotiated = 0, unchecked = 0
        var derived: [Int] = []
        // Rule years whose rule is described in words only: their inputs are not in the record.
        var notCheckable: [Int: [Int]] = [:]
        for y in record.contributions.keys.sorted() {
            let c = record.contributions[y]!
            if let only, c.agreement != only.ordinal { continue }
            guard let basis = c.basis else { unchecked += 1; continue }
            let a = record.agreements[c.agreement]
            var row: [Value?] = [.number(Dec(y)), .text(ordinalText(c.agreement)), .text(basis.rawValue)]
            switch basis {
            case .negotiated:
                negotiated += 1
                row += [c.rate.map { .note(Phrase("agreed {}", .percent($0, signed: true))) }, .money(c.amount), nil, .text("negotiated")]
            case .frozen:
                guard let prev = record.contributions[y - 1] else { unchecked += 1; continue }
                let ok = prev.amount == c.amount
                if ok { matched += 1 } else { mismatched += 1 }
                row += [.text("frozen at \(y - 1)"), .money(c.amount), .money(prev.amount), .text(ok ? "match" : "MISMATCH")]
            case .rule where c.figure == .derived:
                // Derived from the very rule verify applies: a match would prove nothing.
                derived.append(y)
                row += [.text(a?.rule.short ?? ""), .money(c.amount), nil, .text("derived, not checked (no published figure)")]
            case .rule:
                guard let a, let prev = record.contributions[y - 1] else { unchecked += 1; continue }
                if a.rule.kind == .index || a.rule.kind == .negotiated {
                    notCheckable[a.ordinal, default: []].append(y)
                    row += [.text(a.rule.short), .money(c.amount), nil, .text("not checkable (inputs not sourced)")]
                    t.rows.append(row)
                    continue
                }
                do throws(Diagnostic) {
                    let step = try applyRule(a, year: y, previous: prev.amount, assumptions: [:], span: Span(0, 0))
                    let ok = step.amount == c.amount
                    if ok { matched += 1 } else { mismatched += 1 }
                    // The difference is a value: each renderer writes it in its own units.
                    var result: Value = .text("match")
                    if !ok, let diff = try? c.amount.amount.subtracting(step.amount.amount), let m = try? Money(rounding: diff.magnitude, c.amount.currency) {
                        result = .note(Phrase("MISMATCH by {}", .money(m)))
                    }
                    row += [step.index.map { .text(indexText($0, capped: step.cappedAt, plus: a.rule.plus)) } ?? .text(a.rule.short),
                            .money(c.amount), .money(step.amount), result]
                } catch {
                    mismatched += 1
                    row += [.text(a.rule.short), .money(c.amount), nil, .text("cannot recompute: \(error.message)")]
                }
            }
            t.rows.append(row)
        }
        let checked = matched + mismatched
        var notes = [Phrase("\(checked) rule-based or frozen year\(checked == 1 ? "" : "s") recomputed: \(matched) match, \(mismatched) do not; \(negotiated) negotiated year\(negotiated == 1 ? " is an agreed sum" : "s are agreed sums"), not checked")]
        for (ordinal, years) in notCheckable.sorted(by: { $0.key < $1.key }) {
            let a = record.agreements[ordinal]
            let list = years.map(String.init).joined(separator: ", ")
            notes.append(Phrase("\(years.count) year\(years.count == 1 ? "" : "s") not checkable (inputs not sourced): \(list) follow\(years.count == 1 ? "s" : "") the \(ordinalText(ordinal)) SMA's rule (\(a?.ruleInWords ?? "described in words")), whose index values are not in the record"))
        }
        if !derived.isEmpty {
            notes.append(Phrase("\(Session.yearList(derived)) \(derived.count == 1 ? "is" : "are") derived, not checked: no figure was published, and the record's \(derived.count == 1 ? "figure is" : "figures are") what the rule itself gives, so a match would be circular"))
        }
        if unchecked > 0 {
            notes.append(Phrase("\(unchecked) year\(unchecked == 1 ? " has" : "s have") no structured rule in the record (the dollar era) and \(unchecked == 1 ? "is" : "are") not checked"))
        }
        // (The values set in this session that it used are noted by `runExpression`, by year.)
        return Output(.table(t), notes: notes)
    }

    // MARK: explain

    func explain(_ e: Expr, span: Span) throws(Diagnostic) -> Output {
        guard let q = syntax.query(e) else { throw Diagnostic(.evaluation, "`explain` explains a query", at: e.span) }
        switch q {
        case .contribution(let y): return Output(.document(try explainContribution(y)))
        case .project(let target, let p): return Output(.document(try explainProjection(target, p, span: e.span)))
        case .growth(let y):
            let out = try growth(y)
            var d = Document([.heading("growth: the change on the previous year")])
            for n in out.notes { d.parts.append(.line(n)) }
            d.parts.append(.line(Phrase("= {}, rounded half-up to 0.1 point as rates are published", out.value)))
            return Output(.document(d))
        default:
            throw Diagnostic(.evaluation, "`explain` takes `contribution YEAR`, `growth YEAR` or a projection", at: e.span,
                             hint: "for example `explain contribution 2024`")
        }
    }

    func explainContribution(_ yearExpr: Expr) throws(Diagnostic) -> Document {
        let (ys, _) = try years(yearExpr, what: "the year")
        let y = ys.lowerBound
        guard let c = yearFigure(y) else {
            throw Diagnostic(.evaluation, "no contribution is recorded for \(y)", at: yearExpr.span, hint: recordedRangeHint())
        }
        let a = record.agreements[c.agreement]
        var d = Document([.heading("contribution \(y): the \(ordinalText(c.agreement)) SMA" + (a.map { " (\(yearsText($0.firstYear, $0.lastYear)))" } ?? ""))])
        if c.figure == .computed, let a, let step = settledYears()[y]?.step {
            d.parts.append(.line(Phrase("no figure is published for \(y) yet; the \(ordinalText(a.ordinal)) SMA's rule and published inputs settle it: {}", .money(c.amount))))
            d.parts.append(.line(Phrase("rule of the \(ordinalText(a.ordinal)) SMA: \(a.ruleInWords ?? a.rule.short)")))
            explainStep(step, into: &d)
            d.parts.append(.line(Phrase("computed by the rule, not published: it becomes a recorded figure when a published one is added to the record")))
            return d
        }
        d.parts.append(.line(Phrase(c.figure == .derived ? "recorded amount (derived: no figure was published): {}" : "recorded amount: {}", .money(c.amount))))
        switch c.basis {
        case .negotiated?:
            if y == a?.firstYear {
                d.parts.append(.line(Phrase("\(y) is the first year of the \(ordinalText(c.agreement)) SMA: its amount was negotiated as a sum.")))
            } else {
                d.parts.append(.line(Phrase("\(y) was negotiated as a sum, not computed by a formula.")))
            }
            if let prev = record.contributions[y - 1], prev.amount.currency == c.amount.currency {
                if let rate = c.rate {
                    d.parts.append(.line(Phrase("compared with {} in \(y - 1), the agreement states {}", .money(prev.amount), .percent(rate, signed: true))))
                } else {
                    d.parts.append(.line(Phrase("compared with {} in \(y - 1)", .money(prev.amount))))
                }
                if !c.parts.isEmpty {
                    let text = c.parts.map { "\($0.percent)% (\($0.label))" }.joined(separator: " + ")
                    d.parts.append(.line(Phrase("the rate is the sum of its parts: \(text)")))
                }
                if let r = c.rate, let (u, rounded) = try? grow(prev.amount, by: r, span: yearExpr.span) {
                    let same = rounded == c.amount
                    d.parts.append(.line(Phrase("check: {} × (1 + {}) = {}, rounded {} — \(same ? "the same as the recorded amount" : "not exactly the recorded amount: the rate only describes the sum")",
                                              .money(prev.amount), .percent(r, signed: false), .money(u), .money(rounded))))
                }
            }
        case .frozen?:
            d.parts.append(.line(Phrase("\(y) was frozen at the level of \(y - 1): the same amount, +0%.")))
        case .rule?:
            guard let a, let prev = record.contributions[y - 1] else { break }
            d.parts.append(.line(Phrase("rule of the \(ordinalText(a.ordinal)) SMA: \(a.ruleInWords ?? a.rule.short)")))
            if a.rule.kind == .index || a.rule.kind == .negotiated {
                d.parts.append(.line(Phrase("the rule's index values are not in the record (their sources disagree or are missing), so \(y) cannot be recomputed: `verify` lists it as not checkable.")))
                if c.figure == .chart {
                    d.parts.append(.line(Phrase("the amount is the white paper's chart value, rounded to $10 million.")))
                }
                break
            }
            let step = try applyRule(a, year: y, previous: prev.amount, assumptions: [:], span: yearExpr.span)
            explainStep(step, into: &d)
            d.parts.append(.line(Phrase(step.amount == c.amount ? "this is the recorded amount ✓" : "the recorded amount differs: see `verify`")))
        case nil:
            d.parts.append(.line(Phrase("the record has no structured rule for \(y): it is taken as published.")))
            if let w = c.wonEquivalent { d.parts.append(.line(Phrase("won equivalent published at the time: {}", .money(w)))) }
        }
        for n in c.notes { d.parts.append(.line(Phrase("note: \(n)"))) }
        if !c.sources.isEmpty { d.parts.append(.line(Phrase("source: \(c.sources.joined(separator: " ; "))"))) }
        return d
    }

    /// The numbered steps of one year's computation.
    func explainStep(_ s: RuleStep, into d: inout Document) {
        switch s.how {
        case .firstYear(let a):
            d.parts.append(.line(Phrase("\(s.year): the \(ordinalText(a.ordinal)) SMA's first-year amount, {}", .money(s.amount))))
            return
        case .growth:
            d.parts.append(.line(Phrase("\(s.year): start from {} (\(s.year - 1)); the rate is {}, as given", .money(s.previous), .percent(s.rate, signed: true))))
        case .rule(let a):
            d.parts.append(.line(Phrase("\(s.year): start from {}, the amount of \(s.year - 1)", .money(s.previous))))
            if let i = s.index {
                let lag = s.year - i.year
                let why = lag == 1 ? "the year before \(s.year)" : lag == 2 ? "two years before \(s.year)" : "\(lag) years before \(s.year)"
                let origin = i.origin == .recorded ? "as recorded" : i.origin == .set ? "as set in this session" : "as assumed"
                d.parts.append(.line(Phrase("   the index: \(i.kind.name) of \(i.year) (\(why): the rule's lag of \(lag)) = {}, \(origin)", .percent(i.percent, signed: i.origin == .recorded ? .tenth : .plain))))
                if let plus = a.rule.plus {
                    d.parts.append(.line(Phrase("   the rule adds {} to it: {} + {} = {}", .percent(plus, signed: false), .percent(plus, signed: false),
                                              .percent(i.percent, signed: false), .percent(s.cappedAt == nil ? s.rate : (try? plus.adding(i.percent)) ?? s.rate, signed: false))))
                }
            } else if a.rule.kind == .fixed {
                d.parts.append(.line(Phrase("   the rule's fixed rate: {}", .percent(s.rate, signed: true))))
            } else if a.rule.kind == .frozen {
                d.parts.append(.line(Phrase("   frozen: +0%")))
            }
            if let c = s.cappedAt {
                let uncapped = s.index.map { i in a.rule.plus.flatMap { try? $0.adding(i.percent) } ?? i.percent }
                let cap = Value.percent(c, signed: false)
                if let uncapped {
                    d.parts.append(.line(Phrase("   the cap binds: {} is above the {} cap, so {} applies", .percent(uncapped, signed: false), cap, cap)))
                } else {
                    d.parts.append(.line(Phrase("   the cap binds: the rate is above the {} cap, so {} applies", cap, cap)))
                }
            } else if let cap = a.rule.cap {
                d.parts.append(.line(Phrase("   below the {} cap: the rate applies in full", .percent(cap, signed: false))))
            }
        }
        d.parts.append(.line(Phrase("   {} × (1 + {}) = {} (unrounded)", .money(s.previous), .percent(s.rate, signed: false), .money(s.unrounded))))
        d.parts.append(.line(Phrase("   rounded half-up to {}: {}", .money(Money.yearlyUnit(s.amount.currency)), .money(s.amount))))
    }

    func explainProjection(_ target: Expr, _ p: Scenario, span: Span) throws(Diagnostic) -> Document {
        let r = try projection(target, p, span: span)
        var d = Document()
        if let a = r.under {
            d.parts.append(.heading("projection by the \(ordinalText(a.ordinal)) SMA's rule: \(a.ruleInWords ?? a.rule.short)"))
        } else {
            d.parts.append(.heading("projection at a fixed growth rate, compounding year by year"))
        }
        if let b = r.base { d.parts.append(.line(Phrase("base: {}, the recorded amount of \(r.baseYear)", .money(b)))) }
        let all = r.allSteps
        for s in all { explainStep(s, into: &d) }
        if let last = all.last { d.parts.append(.line(Phrase("result for \(last.year): {}", .money(last.amount)))) }
        return d
    }

    // MARK: chart

    func chart(_ e: Expr, title titleExpr: Expr?, span: Span) throws(Diagnostic) -> Output {
        var given: String? = nil
        if let titleExpr {
            guard case .text(let t) = try evaluate(titleExpr) else {
                throw Diagnostic(.evaluation, "a chart's title is text", at: titleExpr.span, hint: "for example `title \"What Korea paid\"`")
            }
            given = t
        }
        // `chart project A..B …` with A in the recorded years: the recorded years as
        // recorded, then the projection from the last of them.
        // (Years the rules settle before anything is published count as recorded, marked so.)
        if case .project(let target, let scenario)? = queryOf(e), scenario.base == nil, let answered = answeredYears,
           let recordedYears = record.recordedYears {
            let (ys, isRange) = try years(target, what: "the target")
            if isRange, ys.lowerBound <= recordedYears.upperBound, ys.lowerBound >= answered.lowerBound {
                let drawn = ys.lowerBound...min(ys.upperBound, answered.upperBound)
                let recorded = Output(.table(try cachedContributionRows(drawn, span: target.span)), notes: figureNotes(drawn))
                var c = try barChart(recorded, projected: false)
                if ys.upperBound > answered.upperBound {
                    let later = try project(target, scenario, span: span, years: (answered.upperBound + 1)...ys.upperBound)
                    let p = try barChart(later, projected: true)
                    c.rows += p.rows
                    c.marks += p.marks
                    c.notes += p.notes
                    c.sources += p.sources.filter { !c.sources.contains($0) }
                    c.subject = "what Korea paid, then what it would pay"
                    c.title = "What Korea paid and would pay, \(yearsText(ys.lowerBound, ys.upperBound))"
                }
                if let given { c.title = given }
                return Output(.chart(c))
            }
        }
        let out = try evaluateOutput(e)
        guard case .table(let t) = out.value else {
            throw Diagnostic(.evaluation, "`chart` draws a table of years, not \(out.value.typeName)", at: e.span,
                             hint: "for example `chart contributions 1991..2026` or `chart project 2027..2030 with growth 3%`")
        }
        var projected = true
        if case .contributions? = queryOf(e) { projected = false }
        var c: Chart
        // A simulation's percentiles make a fan chart.
        let percentiles = TrialRunner.percentiles.compactMap { p in t.columns.firstIndex { $0.percentile == p } }
        if percentiles.count == TrialRunner.percentiles.count {
            c = Chart(title: t.title, series: percentiles.map { t.columns[$0].name }, rows: [])
            c.fan = true
            let share = t.columns.firstIndex { $0.key == "share_above" }
            for row in t.rows {
                let label = Chart.label(row.first ?? nil)
                let values: [Money?] = percentiles.map { if case .money(let m)? = row[$0] { m } else { nil } }
                c.rows.append((label, values, nil))
                c.marks.append(.projected)
                if let share, case .percent(let d, _)? = row[share] { c.shares.append(d) } else { c.shares.append(nil) }
            }
            if case .simulate(_, let scenario)? = queryOf(e) { c.threshold = try simulationSettings(scenario).above }
            c.notes = Session.chartNotes(out.notes)
            c.subject = "the range of what Korea might pay"
            if let a = under(e) { c.sources = citedAddresses(record.agreements[a]?.sources ?? []) }
        } else {
            c = try barChart(out, projected: projected)
        }
        let labels = c.rows.map(\.label)
        let span = labels.first.map { f in f == labels.last ? f : "\(f)–\(labels.last ?? f)" } ?? ""
        if c.fan {
            c.title = "What Korea might pay, \(span): the range of the simulation"
        } else if case .compare? = queryOf(e) {
            c.title = "What Korea would pay under each scenario, \(span)"
            c.subject = "what Korea would pay under each scenario"
        } else if projected {
            c.title = "What Korea would pay, \(span) (projected)"
            c.subject = "what Korea would pay"
        } else {
            c.title = "What Korea paid, \(span)"
            c.subject = "what Korea paid"
        }
        if let given { c.title = given }
        return Output(.chart(c))
    }

    /// The query an expression is, if it is one.
    func queryOf(_ e: Expr) -> Query? {
        if case .query(let q) = syntax[e] { return syntax[q] }
        return nil
    }

    /// The agreement a projection or simulation follows, if any.
    func under(_ e: Expr) -> Int? {
        switch queryOf(e) {
        case .project(_, let s)?, .simulate(_, let s)?:
            if let u = s.under, case .number(let d)? = try? evaluate(u) { return d.intValue }
            return nil
        default: return nil
        }
    }

    /// A table of years as bars: money columns become series, the won equivalent stands in for
    /// dollar amounts, and each bar says what it is.
    func barChart(_ out: Output, projected: Bool) throws(Diagnostic) -> Chart {
        guard case .table(let t) = out.value else { return Chart(title: nil, series: [], rows: []) }
        let moneyColumns = t.columns.indices.filter { i in t.rows.contains { if case .money? = $0[i] { return true } else { return false } } }
        let equivalentColumn = t.columns.firstIndex { $0.key == "won_equivalent" }
        let amountColumns = moneyColumns.filter { $0 != equivalentColumn }
        let agreementColumn = t.columns.firstIndex { $0.key == "agreement" }
        var c = Chart(title: t.title, series: amountColumns.map { t.columns[$0].name }, rows: [])
        var skipped: [String] = []
        var cited: [String] = []
        var agreements: [Int] = []
        var derived: [String] = [], computed: [String] = []
        // Only the rows of years: not the totals of a comparison.
        for row in t.rows {
            guard case .number(let yd)? = row.first else { continue }
            let label = Chart.label(row.first ?? nil)
            var mark: Chart.Mark = projected ? .projected : .published
            var values: [Money?] = []
            for i in amountColumns {
                guard case .money(var m)? = row[i] else { values.append(nil); continue }
                if m.currency != .krw {
                    if let eq = equivalentColumn, case .money(let w)? = row[eq] { m = w; mark = .wonEquivalent } else { skipped.append(label); values.append(nil); continue }
                }
                values.append(m)
            }
            if !projected, let y = yd.intValue, let f = yearFigure(y) {
                if f.figure == .derived { mark = .derived; derived.append(label) }
                if f.figure == .computed { mark = .derived; computed.append(label) }
                cited += record.contributions[y]?.sources ?? []
                if !agreements.contains(f.agreement) { agreements.append(f.agreement) }
            }
            var marker: String? = nil
            if let ac = agreementColumn, case .text(let s)? = row[ac] { marker = s }
            c.rows.append((label, values, marker))
            c.marks.append(mark)
        }
        c.notes = Session.chartNotes(out.notes)
        if !derived.isEmpty {
            c.notes.append(Phrase("\(derived.joined(separator: ", ")): no figure was published; the agreement's rule forces \(derived.count == 1 ? "this amount" : "these amounts") between published years"))
        }
        if !computed.isEmpty {
            c.notes.append(Phrase("\(computed.joined(separator: ", ")): not yet published; computed by the agreement's rule from published figures"))
        }
        if !skipped.isEmpty { c.notes.append(Phrase("no won amount for \(skipped.joined(separator: ", ")): dollars without a won equivalent")) }
        if equivalentColumn != nil {
            // The years whose equivalent was computed, asked of the record, not read back from
            // the table's text.
            let computed = t.rows.compactMap { row -> String? in
                guard case .number(let d)? = row.first, let y = d.intValue, let c = record.contributions[y],
                      wonEquivalent(c)?.computedAt != nil else { return nil }
                return String(y)
            }
            c.notes.append(Phrase("years agreed in dollars are drawn at their won equivalents: as published at the time"
                                + (computed.isEmpty ? "" : ", or at the year's average exchange rate (\(computed.joined(separator: ", ")))")))
        }
        for a in agreements { cited += record.agreements[a]?.sources ?? [] }
        c.sources = citedAddresses(cited)
        return c
    }

    /// The notes of a table that belong under its chart: statements of fact about what is
    /// drawn. Notes that name sma's own statements (in backticks: how to change the query) and
    /// those about the change column, which a chart does not draw, stay with the table.
    static func chartNotes(_ notes: [Phrase]) -> [Phrase] {
        notes.filter { !$0.template.contains("`") && !$0.template.hasPrefix("the change of") }
    }

    /// The web addresses in source texts, a source key (`MOFA-12`) read as its address, each
    /// once, in order.
    func citedAddresses(_ sources: [String]) -> [String] {
        var out: [String] = []
        func add(_ a: String) { if !out.contains(a) { out.append(a) } }
        for text in sources {
            for piece in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "(" || $0 == ")" }) {
                var w = Substring(piece)
                while let last = w.last, ".:".contains(last) { w = w.dropLast() }
                if w.hasPrefix("https://") || w.hasPrefix("http://") { add(String(w)) }
                else if let s = record.sources[String(w)], let a = Session.address(in: s.address) { add(a) }
            }
        }
        return out
    }

    // MARK: compare

    func compare(_ scenarios: [Scenario], years yearsExpr: Expr, span: Span) throws(Diagnostic) -> Output {
        let (targets, _) = try years(yearsExpr, what: "the years")
        var columns = [Column("year")]
        var results: [[RuleStep]] = []
        var work = 0
        for s in scenarios {
            let rate = try s.growthRate.map { (g) throws(Diagnostic) -> Dec in try growthRate(g) }
            let under = try s.under.map { (e) throws(Diagnostic) -> Agreement in try agreementNumber(e) }
            let assumptions = try assumptionRates(s.fixedAssumptions)
            // The heading says what the scenario is, from its values (never the text as typed,
            // with its comments and line breaks).
            var label = rate.map { "growth \($0)%" } ?? under.map { "under agreement \($0.ordinal)" } ?? "scenario \(results.count + 1)"
            for k in IndexKind.allCases { if let v = assumptions[k] { label += " with \(k.rawValue) \(v)%" } }
            for w in AssumptionWord.allCases {
                let listed = s.yearly.filter { $0.word == w }
                if listed.isEmpty { continue }
                label += " with \(w.rawValue) " + (try listed.map { (e) throws(Diagnostic) -> String in
                    guard case .fixed(let r) = e.rate else { return "?" }
                    return "\(try year(e.year, what: "the year")): \(try percentArgument(r))%"
                }).joined(separator: ", ")
            }
            // (A minus sign is a word of the key: `growth -5%` is not `growth 5%`.)
            columns.append(Column(label, key: Column.key(for: label.replacingOccurrences("%", " pct").replacingOccurrences("-", "minus "))))
            let r = try withYearly(s) { () throws(Diagnostic) in
                try projectSteps(targets: targets, growth: rate, under: under, assumptions: assumptions,
                                 baseYear: nil, span: s.span, targetSpan: yearsExpr.span)
            }
            work += r.steps.count
            guard work <= Session.maxWork else {
                throw Diagnostic(.evaluation, "this comparison needs more than \(Session.maxWork) year-steps", at: span,
                                 hint: "compare fewer scenarios or fewer years (scenarios × years up to \(Session.maxWork))")
            }
            results.append(r.steps.filter { targets.contains($0.year) })
        }
        var t = Table(columns: columns)
        for (i, y) in targets.enumerated() {
            t.rows.append([.number(Dec(y))] + results.map { $0.indices.contains(i) ? .money($0[i].amount) : nil })
        }
        var totals: [Money] = []
        for steps in results {
            var sum = Dec.zero
            do throws(ArithmeticError) {
                for s in steps { sum = try sum.adding(s.amount.amount) }
            } catch {
                throw Diagnostic(.evaluation, "the total grows too large", at: span, hint: "compare fewer years")
            }
            totals.append((try? Money(exact: sum, steps.first?.amount.currency ?? .krw)) ?? Money(won: 0))
        }
        t.rows.append([.text("total")] + totals.map { .money($0) })
        if totals.count > 1 {
            // Only amounts in one currency are subtracted: won and dollars meet through a rate.
            t.rows.append([.text("vs first")] + totals.enumerated().map { i, m in
                guard i > 0, m.currency == totals[0].currency else { return nil }
                return (try? m.amount.subtracting(totals[0].amount)).flatMap { try? Money(exact: $0, m.currency) }.map { .money($0) }
            })
        }
        var notes = [Phrase("each scenario starts from the latest recorded year and rounds each year half-up to {}", .money(Money.yearlyUnit(.krw)))]
        if totals.contains(where: { $0.currency != totals[0].currency }) {
            notes.append(Phrase("scenarios in another currency than the first's have no difference: won and dollars are not subtracted"))
        }
        return Output(.table(t), notes: notes)
    }
}
