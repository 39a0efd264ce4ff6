/// Queries: `contribution 2021`, `project … with …`, `simulate …`, `compare …`, `explain …`,
/// and the clauses and distributions they take.
extension Parser {
    /// The queries: `contribution 2021`, `project 2026 with growth 4.5%`, ...
    /// nil when the current name starts no query (a name, or a statement that is no expression: `let`).
    mutating func parseQuery() throws(Diagnostic) -> Expr? {
        let start = current.span
        let statement: Vocabulary.StatementWord
        if isWord("budget") {
            // `budget-growth YEAR` is three tokens; `budget YEAR` a query; the word `budget`
            // alone stays a name.
            if peek() == .minus, word(ahead: 2) == "growth" {
                statement = .budgetGrowth
            } else {
                // `budget y` too (a function's parameter), unless a word that ends a value follows.
                switch peek() {
                case .number, .leftParen: statement = .budget
                case .identifier where word(ahead: 1, in: Vocabulary.wordsAfterValuesTable) == nil: statement = .budget
                default: return nil
                }
            }
        } else {
            guard let s = statementWordHere() else { return nil }
            statement = s
        }
        // In a stage, a query word with no operand after it is the row's column (`where cpi >
        // 2%`, `where source contains "…"`); the stage words' own tables stay queries.
        if stageNesting > 0, statement != .agreements, statement != .sources, statement != .record,
           statement != .events, statement != .negotiators {
            switch peek(statement == .budgetGrowth ? 3 : 1) {
            case .number, .leftParen, .minus: break
            case .string: break
            case .identifier where statement != .source && statement != .cpi && statement != .budgetGrowth: break
            default: return nil
            }
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
        case .negotiators:
            _ = advance()
            if atStatementEnd || !startsOperand { return syntax.query(.negotiators(nil), start) }
            let arg = try parseArgument()
            return syntax.query(.negotiators(arg), start.to(arg.span))
        case .events:
            _ = advance()
            if isWord("agreement") {
                _ = advance()
                guard startsOperand else { throw unexpected("expected an agreement number after `events agreement`", hint: "for example `events agreement 11`") }
                let arg = try parseArgument()
                return syntax.query(.events(.agreement(arg)), start.to(arg.span))
            }
            if atStatementEnd || !startsOperand { return syntax.query(.events(.all), start) }
            let arg = try parseArgument()
            return syntax.query(.events(.years(arg)), start.to(arg.span))
        case .rounds where !(startsOperandAhead || peek() == .minus):
            // `rounds` alone: every recorded round of every agreement.
            _ = advance()
            return syntax.query(.rounds(nil), start)
        case .agreement, .rounds, .contribution, .growth:
            _ = advance()
            guard startsOperand || kind == .minus else {
                throw unexpected("expected \(w == "agreement" || w == "rounds" ? "an agreement number" : "a year") after `\(w)`",
                                 hint: "for example `\(w) \(w == "agreement" || w == "rounds" ? "12" : "2021")`")
            }
            let arg = try parseArgument()
            let q: Query = switch statement {
            case .agreement: .agreement(arg)
            case .rounds: .rounds(arg as Expr?)
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
            return try parseTargetAndScenario(.project, start: start)
        case .verify:
            return try parseVerify(start: start)
        case .explain, .chart:
            return try parseExplainOrChart(explain: statement == .explain, start: start)
        case .compare:
            return try parseCompare(start: start)
        case .simulate:
            return try parseTargetAndScenario(.simulate, start: start)
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
        case .budget:
            _ = advance()
            let arg = try parseArgument()
            return syntax.query(.budget(arg), start.to(arg.span))
        case .share:
            // A query only with a year (a number) after it: `share` alone is a name, and
            // `share(2026)` calls a function of that name (`let share(y) = …`).
            guard case .number = peek() else { return nil }
            _ = advance()
            let arg = try parseArgument()
            return syntax.query(.share(arg), start.to(arg.span))
        case .sources:
            _ = advance()
            return syntax.query(.sources, start)
        case .source:
            // A query only with a key after it: `source MOFA-12`, `source "MOFA-12"` (a key is
            // read as written, up to the end of the statement or a `|`).
            switch peek() {
            case .identifier, .string: break
            default: return nil
            }
            _ = advance()
            let first = current
            if case .string = first.kind {
                _ = advance()
                return syntax.query(.source(syntax.text(Lexer.textValue(bytes, first.span), first.span)), start.to(first.span))
            }
            var last = first
            while !atStatementEnd, kind != .pipe, !(queryArgumentNesting > 0 && kind == .rightParen) { last = advance() }
            let span = first.span.to(last.span)
            let key = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
            return syntax.query(.source(syntax.text(key, span)), start.to(span))
        case .tour:
            return try parseTour(start: start)
        case .let, .define, .set, .help, .assert, .reset, .unset:
            // Statements of their own (`nextStatement`), not values inside an expression.
            return nil
        }
    }

    /// `project TARGET SCENARIO`, `simulate TARGET SCENARIO`.
    mutating func parseTargetAndScenario(_ statement: ScenarioStatement, start: Span) throws(Diagnostic) -> Expr {
        _ = advance()
        guard startsOperand, word().flatMap(ClauseWord.init(rawValue:)) == nil else {
            throw unexpected("expected a year or years after `\(statement.rawValue)`", hint: "for example `\(statement.example)`")
        }
        let target = try parseArgument()
        let scenario = try parseScenario(statement, from: target.span)
        let q: Query = statement == .simulate ? .simulate(target: target, scenario) : .project(target: target, scenario)
        return syntax.query(q, start.to(scenario.span))
    }

    /// `compare SCENARIO {, SCENARIO} for YEARS`; a scenario may start `growth RATE`.
    mutating func parseCompare(start: Span) throws(Diagnostic) -> Expr {
        _ = advance()
        var scenarios: [Scenario] = []
        while true {
            // `growth 3%` is short for `with growth 3%`.
            let leadingGrowth = isWord("growth") ? advance().span : nil
            guard leadingGrowth != nil || isWord("under") || isWord("with") else {
                throw unexpected("expected a scenario: `growth 3%` or `under agreement 12 with cpi 2%`",
                                 hint: "for example `\(ScenarioStatement.compare.example)`")
            }
            scenarios.append(try parseScenario(.compare, from: leadingGrowth ?? current.span, leadingGrowth: leadingGrowth))
            if kind == .comma { _ = advance(); if isWord("for") { break } else { continue } }
            break
        }
        guard isWord("for") else { throw unexpected("expected `for YEARS` after the scenarios", hint: "for example `compare growth 3%, growth 5% for 2027..2030`") }
        _ = advance()
        let years = try parseArgument()
        return syntax.query(.compare(scenarios: scenarios, years: years), start.to(years.span))
    }

    /// `explain QUERY` (contribution, growth, project), `chart QUERY` (a table of years).
    mutating func parseExplainOrChart(explain: Bool, start: Span) throws(Diagnostic) -> Expr {
        let w = explain ? "explain" : "chart"
        _ = advance()
        guard let w2 = word(), (explain ? Vocabulary.explainable : Vocabulary.chartable).contains(w2) else {
            throw unexpected("expected what to \(w) (`\(w) \(explain ? "contribution 2024" : "contributions 1991..2026")`)")
        }
        let inner = try parsePrimary()
        if explain { return syntax.query(.explain(inner), start.to(inner.span)) }
        // `title "…"`: a word only here, after the chart's query (`let title = 1` stays a name).
        if isWord(Vocabulary.chartClauses[0]) {
            _ = advance()
            guard case .string = kind else {
                throw unexpected("expected the title as text in quotes (`chart contributions 2019..2026 title \"What Korea paid\"`)")
            }
            let title = try parsePrimary()
            return syntax.query(.chart(inner, title: title), start.to(title.span))
        }
        return syntax.query(.chart(inner, title: nil), start.to(inner.span))
    }

    /// `tour`, `tour N`, `tour N..M`, `tour all` (`all` is a name the evaluator reads).
    mutating func parseTour(start: Span) throws(Diagnostic) -> Expr {
        _ = advance()
        if startsOperand {
            let n = try parseArgument()
            return syntax.query(.tour(n), start.to(n.span))
        }
        return syntax.query(.tour(nil), start)
    }

    /// `verify`, `verify agreement N`.
    mutating func parseVerify(start: Span) throws(Diagnostic) -> Expr {
        _ = advance()
        if isWord("agreement") {
            _ = advance()
            let n = try parseArgument()
            return syntax.query(.verify(agreement: n), start.to(n.span))
        }
        return syntax.query(.verify(agreement: nil), start)
    }

    /// The clauses of a scenario (`ClauseWord`), in any order, for the statement that takes
    /// it: one parser, and one set of checks, for `project`, `compare` and `simulate`, so the same
    /// mistake gives the same message in each. `leadingGrowth`: `compare`'s `growth RATE` was
    /// just read (the rate comes next). The scenario spans from `from` to its last clause.
    mutating func parseScenario(_ statement: ScenarioStatement, from: Span, leadingGrowth: Span? = nil) throws(Diagnostic) -> Scenario {
        var s = Scenario(span: from)
        if let g = leadingGrowth { try parseAssumption(.growth, at: g, into: &s, for: statement) }
        while let w = word(), let clause = ClauseWord(rawValue: w) {
            guard statement.clauses.contains(clause) else {
                throw Diagnostic(.syntax, "`\(statement.rawValue)` takes no `\(w)` clause", at: current.span,
                                 hint: "`\(statement.rawValue)` takes " + statement.clauses.map { "`\($0.synopsis)`" }.joined(separator: ", "))
            }
            let at = advance().span
            /// A clause of one value, given once.
            func value(_ field: WritableKeyPath<Scenario, Expr?>, _ parse: (inout Parser) throws(Diagnostic) -> Expr) throws(Diagnostic) {
                if s[keyPath: field] != nil { throw Diagnostic(.syntax, "`\(w)` is given twice", at: at) }
                let e = try parse(&self)
                s[keyPath: field] = e
                s.span = s.span.to(e.span)
            }
            switch clause {
            case .with:
                guard let what = assumptionWord() else {
                    let near = word().flatMap { Suggest.closest(to: $0, among: AssumptionWord.allCases.map(\.rawValue)) }
                    throw unexpected("expected `growth`, `cpi` or `budget-growth` after `with`",
                                     hint: near.map { "did you mean `\($0)`?" } ?? "for example `\(statement.ruleExample)`")
                }
                try parseAssumption(what, at: at, into: &s, for: statement)
            case .under:
                if s.under != nil { throw Diagnostic(.syntax, "`under` is given twice", at: at) }
                _ = try expectWord("agreement", context: "after `under`")
                try value(\.under) { (p: inout Parser) throws(Diagnostic) in try p.parseArgument() }
            case .from: try value(\.base) { (p: inout Parser) throws(Diagnostic) in try p.parseArgument() }
            case .trials: try value(\.trials) { (p: inout Parser) throws(Diagnostic) in try p.parseUnary() }
            case .seed: try value(\.seed) { (p: inout Parser) throws(Diagnostic) in try p.parseUnary() }
            case .above: try value(\.above) { (p: inout Parser) throws(Diagnostic) in try p.parseSum() }
            }
        }
        try checkScenario(s, for: statement)
        return s
    }

    /// The word after `with` (`budget-growth` is three tokens), read.
    mutating func assumptionWord() -> AssumptionWord? {
        if isWord("growth") { _ = advance(); return .growth }
        guard let k = try? parseIndexName() else { return nil }
        return k == .cpi ? .cpi : .budgetGrowth
    }

    /// The rate of `with growth|cpi|budget-growth`: a distribution where the statement draws
    /// rates, else one rate.
    mutating func parseAssumption(_ what: AssumptionWord, at: Span, into s: inout Scenario, for statement: ScenarioStatement) throws(Diagnostic) {
        // `with cpi 2026: 2%, 2027: 6%`: a rate a year (a year, `:`, a rate), in one clause.
        if case .number = kind, peek() == .colon {
            if s.yearly.contains(where: { $0.word == what }) { throw Diagnostic(.syntax, "`with \(what.rawValue)` is given twice", at: at) }
            while true {
                let year = try parseUnary()
                _ = advance() // the colon
                var end = current.span
                let rate: Distribution
                if statement.drawsRates {
                    rate = try parseDistribution(&end)
                } else {
                    let e = try parseSum()
                    end = e.span
                    rate = .fixed(e)
                }
                s.yearly.append((what, year, rate, year.span.to(end)))
                s.span = s.span.to(end)
                // `, 2027: 6%` goes on; a comma before anything else ends the clause (compare's
                // next scenario, or `for`).
                guard kind == .comma, case .number = peek(), peek(2) == .colon else { break }
                _ = advance()
            }
            return
        }
        let given = what.index.map { k in s.assumptions.contains { $0.kind == k } } ?? (s.growth != nil)
        if given { throw Diagnostic(.syntax, "`with \(what.rawValue)` is given twice", at: at) }
        var end = current.span
        let first = end
        let rate: Distribution
        if statement.drawsRates {
            rate = try parseDistribution(&end)
        } else {
            if let w = word(), Vocabulary.distributions.contains(w), peek() == .leftParen {
                throw Diagnostic(.syntax, "`\(statement.rawValue)` takes one rate, not a distribution", at: current.span,
                                 hint: "`simulate` draws rates from a distribution: `\(ScenarioStatement.simulate.example)`")
            }
            let e = try parseSum()
            end = e.span
            rate = .fixed(e)
        }
        if let k = what.index { s.assumptions.append((k, rate, first.to(end))) } else { s.growth = rate; s.growthSpan = first.to(end) }
        s.span = s.span.to(end)
    }

    /// What every scenario must be: a growth rate or an agreement's rule (not both), and index
    /// assumptions only with a rule that uses them.
    func checkScenario(_ s: Scenario, for statement: ScenarioStatement) throws(Diagnostic) {
        let yearlyGrowth = s.yearly.first { $0.word == .growth }
        if let g = s.growthSpan ?? yearlyGrowth?.span, s.under != nil {
            throw Diagnostic(.syntax, "give either `with growth` or `under agreement`, not both", at: g,
                             hint: "`under agreement N` grows by that agreement's own rule")
        }
        if s.under == nil, let a = s.assumptions.first {
            throw Diagnostic(.syntax, "`with \(a.kind.rawValue)` needs `under agreement N`, whose rule uses it", at: a.span,
                             hint: "for example `\(statement.ruleExample)`")
        }
        if s.under == nil, let a = s.yearly.first(where: { $0.word != .growth }) {
            throw Diagnostic(.syntax, "`with \(a.word.rawValue)` needs `under agreement N`, whose rule uses it", at: a.span,
                             hint: "for example `\(statement.ruleExample)`")
        }
        if s.growth == nil && s.under == nil && yearlyGrowth == nil {
            throw unexpected("expected `with growth RATE` or `under agreement N`", hint: "for example `\(statement.example)`")
        }
    }

    /// normal(MEAN, SD) | uniform(LOW, HIGH) | triangular(LOW, MODE, HIGH) | historical(YEARS) | RATE
    mutating func parseDistribution(_ end: inout Span) throws(Diagnostic) -> Distribution {
        if let w = word(), let d = DistributionWord(rawValue: w), peek() == .leftParen {
            _ = advance()
            _ = advance()
            var args: [Expr] = []
            while kind != .rightParen {
                args.append(try parseExpression())
                if kind == .comma { _ = advance(); continue }
                guard kind == .rightParen else { throw unexpected("expected `,` or `)` in `\(w)(...)`") }
            }
            end = advance().span
            guard args.count == d.arity else {
                throw Diagnostic(.syntax, "`\(w)` takes \(d.arity) argument\(d.arity == 1 ? "" : "s"): \(d.shape)", at: end,
                                 hint: "put a space after each comma that separates arguments")
            }
            switch d {
            case .normal: return .normal(mean: args[0], sd: args[1])
            case .uniform: return .uniform(low: args[0], high: args[1])
            case .triangular: return .triangular(low: args[0], mode: args[1], high: args[2])
            case .historical: return .historical(years: args[0])
            }
        }
        let e = try parseSum()
        end = e.span
        return .fixed(e)
    }
}
