/// Queries: `contribution 2021`, `project … with …`, `simulate …`, `compare …`, `explain …`,
/// and the clauses and distributions they take.
extension Parser {
    /// The queries: `contribution 2021`, `project 2026 with growth 4.5%`, ...
    /// nil when the current name starts no query (a name, or a statement that is no expression: `let`).
    mutating func parseQuery() throws(Diagnostic) -> Expr? {
        let start = current.span
        let statement: Vocabulary.StatementWord
        if isWord("budget") {
            // `budget-growth YEAR` is three tokens (the word `budget` alone stays a name).
            guard isWord("budget"), peek() == .minus, word(ahead: 2) == "growth" else { return nil }
            statement = .budgetGrowth
        } else {
            guard let s = statementWordHere() else { return nil }
            statement = s
        }
        // The word as written: the statement word itself (`budget` for `budget-growth`).
        let w = statement == .budgetGrowth ? "budget" : statement.rawValue
        switch statement {
        case .agreements:
            _ = advance()
            return syntax.query(.agreements, start)
        case .record:
            _ = advance()
            return syntax.query(.record, start)
        case .breakdown:
            _ = advance()
            guard startsOperand else { throw unexpected("expected a year after `breakdown`", hint: "for example `breakdown 2018`") }
            let arg = try parseArgument()
            return syntax.query(.breakdown(arg), start.to(arg.span))
        case .agreement, .rounds, .contribution, .growth:
            _ = advance()
            guard startsOperand || kind == .minus else {
                throw unexpected("expected \(w == "agreement" || w == "rounds" ? "an agreement number" : "a year") after `\(w)`",
                                 hint: "for example `\(w) \(w == "agreement" || w == "rounds" ? "12" : "2021")`")
            }
            let arg = try parseArgument()
            let q: Query = switch statement {
            case .agreement: .agreement(arg)
            case .rounds: .rounds(arg)
            case .contribution: .contribution(arg)
            default: .growth(arg)
            }
            return syntax.query(q, start.to(arg.span))
        case .contributions:
            _ = advance()
            if atStatementEnd || !startsOperand { return syntax.query(.contributions(nil), start) }
            let arg = try parseArgument()
            return syntax.query(.contributions(arg), start.to(arg.span))
        case .project:
            _ = advance()
            guard startsOperand else {
                throw unexpected("expected a year or years after `project`", hint: "for example `project 2026 with growth 4.5%`")
            }
            let target = try parseArgument()
            var clauses = ScenarioClauses()
            var end = target.span
            try parseScenarioClauses(&clauses, end: &end, allowFrom: true)
            try clauses.check()
            guard clauses.growth != nil || clauses.under != nil else {
                throw unexpected("expected `with growth RATE` or `under agreement N` after the target",
                                 hint: "for example `project 2026 with growth 4.5%`")
            }
            return syntax.query(.project(Projection(target: target, growth: clauses.growth, base: clauses.base,
                                                   under: clauses.under, assumptions: clauses.assumptions)), start.to(end))
        case .verify:
            _ = advance()
            if isWord("agreement") {
                _ = advance()
                let n = try parseArgument()
                return syntax.query(.verify(agreement: n), start.to(n.span))
            }
            return syntax.query(.verify(agreement: nil), start)
        case .explain, .chart:
            _ = advance()
            guard let w2 = word(), (w == "explain" ? Vocabulary.explainable : Vocabulary.chartable).contains(w2) else {
                throw unexpected("expected what to \(w) (`\(w) \(w == "explain" ? "contribution 2024" : "contributions 1991..2026")`)")
            }
            let inner = try parsePrimary()
            return syntax.query(w == "explain" ? .explain(inner) : .chart(inner), start.to(inner.span))
        case .compare:
            _ = advance()
            var scenarios: [Scenario] = []
            var end = start
            while true {
                let s0 = current.span
                var clauses = ScenarioClauses()
                var e = s0
                if isWord("growth") {
                    _ = advance()
                    let g = try parseSum()
                    clauses.growth = g
                    e = g.span
                    try parseScenarioClauses(&clauses, end: &e, allowFrom: false)
                } else if isWord("under") {
                    try parseScenarioClauses(&clauses, end: &e, allowFrom: false)
                } else {
                    throw unexpected("expected a scenario: `growth 3%` or `under agreement 12 with cpi 2%`")
                }
                try clauses.check()
                scenarios.append(Scenario(growth: clauses.growth, under: clauses.under, assumptions: clauses.assumptions, span: s0.to(e)))
                end = e
                if kind == .comma { _ = advance(); if isWord("for") { break } else { continue } }
                break
            }
            guard isWord("for") else { throw unexpected("expected `for YEARS` after the scenarios", hint: "for example `compare growth 3%, growth 5% for 2027..2030`") }
            _ = advance()
            let years = try parseArgument()
            end = years.span
            return syntax.query(.compare(scenarios: scenarios, years: years), start.to(end))
        case .simulate:
            return try parseSimulation(start)
        case .cpi:
            _ = advance()
            let arg = try parseArgument()
            return syntax.query(.index(.cpi, arg), start.to(arg.span))
        case .budgetGrowth:
            _ = advance(); _ = advance(); _ = advance()
            let arg = try parseArgument()
            return syntax.query(.index(.budget, arg), start.to(arg.span))
        case .rate:
            // A query only with a year after it: `rate` alone is a name (`let rate = 4%`).
            switch peek() {
            case .number, .leftParen: break
            default: return nil
            }
            _ = advance()
            let arg = try parseArgument()
            return syntax.query(.exchange(arg), start.to(arg.span))
        case .tour:
            _ = advance()
            if startsOperand {
                let n = try parseArgument()
                return syntax.query(.tour(n), start.to(n.span))
            }
            return syntax.query(.tour(nil), start)
        case .let, .define, .set, .help:
            // Statements of their own (`nextStatement`), not values inside an expression.
            return nil
        }
    }

    /// The clauses of a projection or a scenario, in any order:
    /// `with growth RATE`, `with cpi RATE`, `with budget-growth RATE`, `under agreement N`, `from YEAR`.
    mutating func parseScenarioClauses(_ c: inout ScenarioClauses, end: inout Span, allowFrom: Bool) throws(Diagnostic) {
        while let w = word(), w == "with" || w == "under" || (w == "from" && allowFrom) {
            let cs = advance().span
            switch w {
            case "with":
                if isWord("growth") {
                    _ = advance()
                    if c.growth != nil { throw Diagnostic(.syntax, "`with growth` is given twice", at: cs) }
                    let g = try parseSum()
                    c.growth = g
                    end = g.span
                } else if let k = try parseIndexName() {
                    if c.assumptions.contains(where: { $0.kind == k }) {
                        throw Diagnostic(.syntax, "`with \(k.rawValue)` is given twice", at: cs)
                    }
                    let r = try parseSum()
                    c.assumptions.append((k, r))
                    end = r.span
                } else {
                    throw unexpected("expected `growth`, `cpi` or `budget-growth` after `with`")
                }
            case "under":
                if c.under != nil { throw Diagnostic(.syntax, "`under` is given twice", at: cs) }
                _ = try expectWord("agreement", context: "after `under`")
                let n = try parseArgument()
                c.under = n
                end = n.span
            default:
                if c.base != nil { throw Diagnostic(.syntax, "`from` is given twice", at: cs) }
                let b = try parseArgument()
                c.base = b
                end = b.span
            }
        }
    }

    /// simulate TARGET clauses: `with growth DIST`, `under agreement N`, `with cpi DIST`,
    /// `with budget-growth DIST`, `from YEAR`, `trials N`, `seed S`, `above MONEY`.
    mutating func parseSimulation(_ start: Span) throws(Diagnostic) -> Expr {
        _ = advance()
        guard startsOperand else {
            throw unexpected("expected a year or years after `simulate`", hint: "for example `simulate 2030 with growth normal(4%, 1.5%)`")
        }
        let target = try parseArgument()
        var end = target.span
        var growth: Distribution? = nil
        var under: Expr? = nil, base: Expr? = nil, trials: Expr? = nil, seed: Expr? = nil, above: Expr? = nil
        var assumptions: [(kind: IndexKind, distribution: Distribution)] = []
        while let w = word(), ["with", "under", "from", "trials", "seed", "above"].contains(w) {
            let cs = advance().span
            func once(_ e: Expr?) throws(Diagnostic) { if e != nil { throw Diagnostic(.syntax, "`\(w)` is given twice", at: cs) } }
            switch w {
            case "with":
                if isWord("growth") {
                    _ = advance()
                    if growth != nil { throw Diagnostic(.syntax, "`with growth` is given twice", at: cs) }
                    growth = try parseDistribution(&end)
                } else if let k = try parseIndexName() {
                    if assumptions.contains(where: { $0.kind == k }) {
                        throw Diagnostic(.syntax, "`with \(k.rawValue)` is given twice", at: cs)
                    }
                    assumptions.append((k, try parseDistribution(&end)))
                } else {
                    throw unexpected("expected `growth`, `cpi` or `budget-growth` after `with`")
                }
            case "under":
                try once(under)
                _ = try expectWord("agreement", context: "after `under`")
                let n = try parseArgument(); under = n; end = n.span
            case "from":
                try once(base)
                let b = try parseArgument(); base = b; end = b.span
            case "trials":
                try once(trials)
                let t = try parseUnary(); trials = t; end = t.span
            case "seed":
                try once(seed)
                let s = try parseUnary(); seed = s; end = s.span
            default:
                try once(above)
                let a = try parseSum(); above = a; end = a.span
            }
        }
        if growth != nil && under != nil {
            throw Diagnostic(.syntax, "give either `with growth` or `under agreement`, not both", at: target.span.to(end))
        }
        if growth == nil && under == nil {
            throw unexpected("expected `with growth DISTRIBUTION` or `under agreement N`",
                             hint: "for example `simulate 2030 with growth normal(4%, 1.5%) trials 100000 seed 7`")
        }
        if under == nil && !assumptions.isEmpty {
            throw Diagnostic(.syntax, "`with \(assumptions[0].kind.rawValue)` needs `under agreement N`", at: target.span.to(end))
        }
        let sim = Simulation(target: target, growth: growth, under: under, assumptions: assumptions, base: base,
                             trials: trials, seed: seed, above: above)
        return syntax.query(.simulate(sim), start.to(end))
    }

    /// normal(MEAN, SD) | uniform(LOW, HIGH) | triangular(LOW, MODE, HIGH) | historical(YEARS) | RATE
    mutating func parseDistribution(_ end: inout Span) throws(Diagnostic) -> Distribution {
        if let w = word(), ["normal", "uniform", "triangular", "historical"].contains(w), peek() == .leftParen {
            _ = advance()
            _ = advance()
            var args: [Expr] = []
            while kind != .rightParen {
                args.append(try parseExpression())
                if kind == .comma { _ = advance(); continue }
                guard kind == .rightParen else { throw unexpected("expected `,` or `)` in `\(w)(...)`") }
            }
            end = advance().span
            let want = ["normal": 2, "uniform": 2, "triangular": 3, "historical": 1][w]!
            guard args.count == want else {
                let shape = ["normal": "normal(MEAN, SD)", "uniform": "uniform(LOW, HIGH)",
                             "triangular": "triangular(LOW, MODE, HIGH)", "historical": "historical(YEARS)"][w]!
                throw Diagnostic(.syntax, "`\(w)` takes \(want) argument\(want == 1 ? "" : "s"): \(shape)", at: end,
                                 hint: "put a space after each comma that separates arguments")
            }
            switch w {
            case "normal": return .normal(mean: args[0], sd: args[1])
            case "uniform": return .uniform(low: args[0], high: args[1])
            case "triangular": return .triangular(low: args[0], mode: args[1], high: args[2])
            default: return .historical(years: args[0])
            }
        }
        let e = try parseSum()
        end = e.span
        return .fixed(e)
    }
}
