/// Recursive-descent parser from tokens to statements. See Grammar.md: each function here
/// is one rule there.
public struct Parser {
    let tokens: [Token]
    var index = 0
    var depth = 0
    /// Above zero while parsing a query's argument: `in usd` there belongs to the query.
    var queryArgumentNesting = 0

    /// The depth budget of an expression's tree: brackets, unary operators and each operator of
    /// a chain (`1+1+…`) count against it. Evaluating and freeing the tree recurse that deep.
    public static let maxDepth = 200

    public init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses every statement of a source. Stops at the first error: the caller reports it and
    /// may resume with `skipStatement()`.
    public static func parse(_ source: SourceText) throws(Diagnostic) -> [Statement] {
        var p = Parser(tokens: try Lexer.tokenize(source))
        var out: [Statement] = []
        while let s = try p.nextStatement() { out.append(s) }
        return out
    }

    // MARK: token helpers

    // Read in place (no copy, no retain of a name's string) when only looked at.
    var current: Token { _read { yield tokens[index] } }
    var kind: TokenKind { _read { yield tokens[index].kind } }

    func peek(_ n: Int = 1) -> TokenKind {
        let i = index + n
        return i < tokens.count ? tokens[i].kind : .end
    }

    mutating func advance() -> Token {
        let t = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return t
    }

    func isWord(_ w: String) -> Bool {
        if case .identifier(let s) = kind { return s == w }
        return false
    }

    func word() -> String? {
        if case .identifier(let s) = kind { return s }
        return nil
    }

    var atStatementEnd: Bool {
        switch kind {
        case .newline, .semicolon, .end: true
        default: false
        }
    }

    /// Skips to the start of the next statement (after an error).
    public mutating func skipStatement() {
        while !atStatementEnd { _ = advance() }
    }

    mutating func expectWord(_ w: String, context: String) throws(Diagnostic) -> Span {
        if isWord(w) { return advance().span }
        throw unexpected("expected `\(w)` \(context)")
    }

    func unexpected(_ what: String, hint: String? = nil) -> Diagnostic {
        var hint = hint
        if hint == nil, case .identifier(let s) = kind, let s2 = Suggest.closest(to: s, among: Vocabulary.allWords), s2 != s {
            hint = "did you mean `\(s2)`?"
        }
        return Diagnostic(.syntax, "\(what), found \(kind.describe)", at: current.span, hint: hint)
    }

    // MARK: statements

    /// The next statement, or nil at the end of input.
    public mutating func nextStatement() throws(Diagnostic) -> Statement? {
        while kind == .newline || kind == .semicolon { _ = advance() }
        if kind == .end { return nil }
        let start = current.span
        let stmtKind: Statement.Kind
        if isWord("let") {
            stmtKind = try parseLet()
        } else if isWord("help") {
            stmtKind = parseHelp()
        } else if isWord("define") {
            stmtKind = .define(try parseDefinition())
        } else if isWord("set") {
            stmtKind = try parseSet()
        } else {
            let e = try parseExpression()
            stmtKind = .expression(e)
            if !atStatementEnd {
                // `contribtion 2021`: a name followed by an operand is almost always a misspelled statement.
                if case .name(let n) = e.kind, startsOperand {
                    let hint = Suggest.closest(to: n, among: Vocabulary.statementWords).map { "did you mean `\($0)`?" }
                        ?? "statements are: \(Vocabulary.statementWords.joined(separator: ", "))"
                    throw Diagnostic(.syntax, "unknown statement `\(n)`", at: e.span, hint: hint)
                }
                throw unexpected("expected the end of the statement", hint: endHint(after: e))
            }
        }
        let end = tokens[max(0, index - 1)].span
        if !atStatementEnd { throw unexpected("expected the end of the statement") }
        return Statement(kind: stmtKind, span: start.to(end))
    }

    /// A hint for a token left over after a complete expression.
    func endHint(after e: Expr) -> String? {
        if case .identifier(let s) = kind {
            // A currency word after an amount that already has its unit: `1억 won`.
            if case .money(let m) = e.kind, Vocabulary.conversionTargets[s] != nil || Vocabulary.currencyPrefixes[s] != nil {
                return m.currency == .krw ? "Korean units already mean won: write the amount alone, or end it with `원`"
                    : "the amount already has its currency; to convert it, write `in \(s)`"
            }
            if let u = Suggest.closest(to: s, among: Array(Vocabulary.scaleWords.keys.filter { $0.count > 2 }) + ["won", "dollars"]) {
                return "did you mean `\(u)`?"
            }
            if let w = Suggest.closest(to: s, among: Vocabulary.projectionClauses + ["growth"]) {
                return "did you mean `\(w)`?"
            }
        }
        if case .number = kind { return "put an operator between two values, or `;` between two statements" }
        return "put `;` between two statements on one line"
    }

    var startsOperand: Bool {
        switch kind {
        case .number, .string, .identifier, .date, .leftParen, .won, .dollar: true
        default: false
        }
    }

    mutating func parseLet() throws(Diagnostic) -> Statement.Kind {
        _ = advance()
        guard case .identifier(let name) = kind else { throw unexpected("expected a name after `let`") }
        let nameSpan = advance().span
        if Vocabulary.reserved.contains(name) {
            throw Diagnostic(.syntax, "`\(name)` is a reserved word and cannot be a variable name", at: nameSpan,
                             hint: "choose another name, such as `my_\(name)`")
        }
        guard kind == .equals else { throw unexpected("expected `=` after `let \(name)`") }
        _ = advance()
        let value = try parseExpression()
        return .assignment(name: name, nameSpan: nameSpan, value: value)
    }

    /// set ( "cpi" | "budget-growth" ) YEAR "=" RATE
    mutating func parseSet() throws(Diagnostic) -> Statement.Kind {
        _ = advance()
        guard let index = try parseIndexName() else {
            throw unexpected("expected `cpi` or `budget-growth` after `set`", hint: "for example `set cpi 2026 = 2.4%`")
        }
        let year = try parseArgument()
        guard kind == .equals else { throw unexpected("expected `=` after the year", hint: "for example `set cpi 2026 = 2.4%`") }
        _ = advance()
        let rate = try parseSum()
        return .set(index: index, year: year, rate: rate)
    }

    /// `cpi`, `budget-growth` (also `budget growth`).
    mutating func parseIndexName() throws(Diagnostic) -> IndexKind? {
        if isWord("cpi") { _ = advance(); return .cpi }
        if isWord("budget") {
            _ = advance()
            if kind == .minus, case .identifier("growth") = peek() { _ = advance(); _ = advance() } else if isWord("growth") { _ = advance() }
            return .budget
        }
        return nil
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
        return Expr(.query(.simulate(sim)), start.to(end))
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

    mutating func parseHelp() -> Statement.Kind {
        _ = advance()
        if atStatementEnd { return .help(topic: nil, topicSpan: nil) }
        let first = current.span
        var topic = ""
        var last = first
        while !atStatementEnd {
            let t = advance()
            if !topic.isEmpty && t.span.start > last.end { topic += " " }
            last = t.span
            switch t.kind {
            case .identifier(let s): topic += s
            case .number(let d): topic += d.description
            case .string(let s): topic += s
            default: topic += t.kind.describe.replacingOccurrences("`", "")
            }
        }
        return .help(topic: topic, topicSpan: first.to(last))
    }

    // MARK: expressions

    mutating func nest() throws(Diagnostic) {
        depth += 1
        if depth > Parser.maxDepth {
            throw Diagnostic(.syntax, "expression nested too deeply", at: current.span,
                             hint: "at most \(Parser.maxDepth) levels of brackets and operators")
        }
    }

    /// expression = sum [ ".." sum ]
    public mutating func parseExpression() throws(Diagnostic) -> Expr {
        try nest(); defer { depth -= 1 }
        let lhs = try parseSum()
        if kind == .dotDot {
            _ = advance()
            let rhs = try parseSum()
            return Expr(.range(lhs, rhs), lhs.span.to(rhs.span))
        }
        return lhs
    }

    /// sum = product { ("+" | "-") product }
    mutating func parseSum() throws(Diagnostic) -> Expr {
        var lhs = try parseProduct()
        // Each operator of a chain deepens the tree by one: it counts against the same budget
        // as brackets, so `1+1+…` cannot grow a tree too deep to evaluate or free.
        var chain = 0
        defer { depth -= chain }
        while kind == .plus || kind == .minus {
            let op: BinaryOperator = kind == .plus ? .add : .subtract
            try nest(); chain += 1
            _ = advance()
            let rhs = try parseProduct()
            lhs = Expr(.binary(op, lhs, rhs), lhs.span.to(rhs.span))
        }
        return lhs
    }

    /// product = unary { ("*" | "/") unary }
    mutating func parseProduct() throws(Diagnostic) -> Expr {
        var lhs = try parseUnary()
        var chain = 0
        defer { depth -= chain }
        while kind == .star || kind == .slash {
            let op: BinaryOperator = kind == .star ? .multiply : .divide
            try nest(); chain += 1
            _ = advance()
            let rhs = try parseUnary()
            lhs = Expr(.binary(op, lhs, rhs), lhs.span.to(rhs.span))
        }
        return lhs
    }

    /// unary = "-" unary | "+" unary | power
    mutating func parseUnary() throws(Diagnostic) -> Expr {
        try nest(); defer { depth -= 1 }
        if kind == .minus || kind == .plus {
            let neg = kind == .minus
            let start = advance().span
            let operand = try parseUnary()
            return neg ? Expr(.negate(operand), start.to(operand.span)) : operand
        }
        return try parsePower()
    }

    /// power = postfix [ "^" unary ]
    mutating func parsePower() throws(Diagnostic) -> Expr {
        let base = try parsePostfix()
        if kind == .caret {
            _ = advance()
            let exponent = try parseUnary()
            return Expr(.binary(.power, base, exponent), base.span.to(exponent.span))
        }
        return base
    }

    /// postfix = primary [ "%" ] { "in" currency [ "at" unary ] }
    mutating func parsePostfix() throws(Diagnostic) -> Expr {
        var e = try parsePrimary()
        if kind == .percent {
            let p = advance().span
            e = Expr(.percent(e), e.span.to(p))
        }
        while queryArgumentNesting == 0, isWord("in"), case .identifier(let w) = peek(), let target = Vocabulary.conversionTargets[w] {
            _ = advance()
            var end = advance().span
            var rate: Expr? = nil
            if isWord("at") {
                _ = advance()
                let r = try parseUnary()
                rate = r
                end = r.span
            }
            e = Expr(.convert(e, to: target, rate: rate), e.span.to(end))
        }
        return e
    }

    /// An argument of a query: a value without binary operators, or a range of two.
    /// `contribution 2021 + 5%` is `(contribution 2021) + 5%`.
    mutating func parseArgument() throws(Diagnostic) -> Expr {
        queryArgumentNesting += 1
        defer { queryArgumentNesting -= 1 }
        let lhs = try parseUnary()
        if kind == .dotDot {
            _ = advance()
            let rhs = try parseUnary()
            return Expr(.range(lhs, rhs), lhs.span.to(rhs.span))
        }
        return lhs
    }

    mutating func parsePrimary() throws(Diagnostic) -> Expr {
        let t = current
        switch t.kind {
        case .number:
            return try parseNumberOrMoney(prefix: nil, prefixSpan: nil)
        case .won, .dollar:
            _ = advance()
            guard case .number = kind else { throw unexpected("expected an amount after \(t.kind.describe)") }
            return try parseNumberOrMoney(prefix: t.kind == .won ? .krw : .usd, prefixSpan: t.span)
        case .string(let s):
            _ = advance()
            return Expr(.text(s), t.span)
        case .date(let y, let m, let d):
            _ = advance()
            return Expr(.date(SimpleDate(year: y, month: m, day: d)), t.span)
        case .leftParen:
            _ = advance()
            let saved = queryArgumentNesting
            queryArgumentNesting = 0
            defer { queryArgumentNesting = saved }
            let e = try parseExpression()
            if kind == .end {
                throw Diagnostic(.syntax, "this `(` is never closed", at: t.span, hint: "add `)` where the bracket should end")
            }
            guard kind == .rightParen else { throw unexpected("expected `)` to close the `(`") }
            let close = advance().span
            return Expr(e.kind, t.span.to(close))
        case .identifier(let w):
            if case .number = peek(), let c = Vocabulary.currencyPrefixes[w] {
                _ = advance()
                return try parseNumberOrMoney(prefix: c, prefixSpan: t.span)
            }
            if let q = try parseQuery(w) { return q }
            _ = advance()
            return Expr(.name(w), t.span)
        case .koreanUnit(let u):
            throw Diagnostic(.syntax, "`\(u)` needs a number before it", at: t.span, hint: "write amounts like `1조 1,833억 원`")
        default:
            throw unexpected("expected a value")
        }
    }

    /// The queries: `contribution 2021`, `project 2026 with growth 4.5%`, ...
    mutating func parseQuery(_ w: String) throws(Diagnostic) -> Expr? {
        let start = current.span
        switch w {
        case "agreements":
            _ = advance()
            return Expr(.query(.agreements), start)
        case "record":
            _ = advance()
            return Expr(.query(.record), start)
        case "breakdown":
            _ = advance()
            guard startsOperand else { throw unexpected("expected a year after `breakdown`", hint: "for example `breakdown 2018`") }
            let arg = try parseArgument()
            return Expr(.query(.breakdown(arg)), start.to(arg.span))
        case "agreement", "rounds", "contribution", "growth":
            _ = advance()
            guard startsOperand || kind == .minus else {
                throw unexpected("expected \(w == "agreement" || w == "rounds" ? "an agreement number" : "a year") after `\(w)`",
                                 hint: "for example `\(w) \(w == "agreement" || w == "rounds" ? "12" : "2021")`")
            }
            let arg = try parseArgument()
            let q: Query = switch w {
            case "agreement": .agreement(arg)
            case "rounds": .rounds(arg)
            case "contribution": .contribution(arg)
            default: .growth(arg)
            }
            return Expr(.query(q), start.to(arg.span))
        case "contributions":
            _ = advance()
            if atStatementEnd || !startsOperand { return Expr(.query(.contributions(nil)), start) }
            let arg = try parseArgument()
            return Expr(.query(.contributions(arg)), start.to(arg.span))
        case "project":
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
            return Expr(.query(.project(Projection(target: target, growth: clauses.growth, base: clauses.base,
                                                   under: clauses.under, assumptions: clauses.assumptions))), start.to(end))
        case "verify":
            _ = advance()
            if isWord("agreement") {
                _ = advance()
                let n = try parseArgument()
                return Expr(.query(.verify(agreement: n)), start.to(n.span))
            }
            return Expr(.query(.verify(agreement: nil)), start)
        case "explain", "chart":
            _ = advance()
            guard let w2 = word(), (w == "explain" ? Vocabulary.explainable : Vocabulary.chartable).contains(w2) else {
                throw unexpected("expected what to \(w) (`\(w) \(w == "explain" ? "contribution 2024" : "contributions 1991..2026")`)")
            }
            let inner = try parsePrimary()
            return Expr(.query(w == "explain" ? .explain(inner) : .chart(inner)), start.to(inner.span))
        case "compare":
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
            return Expr(.query(.compare(scenarios: scenarios, years: years)), start.to(end))
        case "simulate":
            return try parseSimulation(start)
        case "tour":
            _ = advance()
            if startsOperand {
                let n = try parseArgument()
                return Expr(.query(.tour(n)), start.to(n.span))
            }
            return Expr(.query(.tour(nil)), start)
        default:
            return nil
        }
    }

    // MARK: numbers and money

    /// A number, optionally with units that make it money:
    /// `1조 1,833억 원`, `11833억`, `1.1833 trillion won`, `KRW 1,183,300,000,000`, `₩1.1833T`, `$150 million`.
    mutating func parseNumberOrMoney(prefix: Currency?, prefixSpan: Span?) throws(Diagnostic) -> Expr {
        guard case .number(let first) = kind else { throw unexpected("expected a number") }
        let firstSpan = advance().span
        let start = prefixSpan ?? firstSpan
        var end = firstSpan
        var currency = prefix
        var amount = first
        var isMoney = prefix != nil

        func scaled(_ d: Dec, _ p: Int, _ span: Span) throws(Diagnostic) -> Dec {
            do throws(ArithmeticError) {
                return try d.multiplied(by: Dec(mantissa: try Dec.pow10(p), scale: 0))
            } catch {
                throw Diagnostic(.syntax, "amount too large", at: span)
            }
        }

        if case .koreanUnit = kind {
            // Korean groups: (number [천] (조|억|만))* [number] [원]
            var total = Dec.zero
            var groupValue: Dec? = first
            var lastPower = Int.max
            var groupSpan = firstSpan
            while true {
                guard let g = groupValue else { break }
                var value = g
                var power = 0
                if case .koreanUnit("천") = kind {
                    end = advance().span
                    value = try scaled(value, 3, groupSpan.to(end))
                }
                if case .koreanUnit(let u) = kind, let p = Vocabulary.koreanUnits[u], u != "천" {
                    end = advance().span
                    power = p
                }
                if power >= lastPower || (power == 0 && lastPower == 0) {
                    throw Diagnostic(.syntax, "Korean units out of order", at: groupSpan.to(end),
                                     hint: "write the larger unit first: `1조 1,833억 원`")
                }
                lastPower = power
                value = try scaled(value, power, groupSpan.to(end))
                do throws(ArithmeticError) { total = try total.adding(value) } catch {
                    throw Diagnostic(.syntax, "amount too large", at: start.to(end))
                }
                isMoney = isMoney || power > 0
                groupValue = nil
                // Another group follows only when a number is followed by a unit.
                if case .number(let next) = kind, power > 0 {
                    switch peek() {
                    case .koreanUnit:
                        groupSpan = advance().span
                        groupValue = next
                    default:
                        break
                    }
                }
            }
            amount = total
            if case .koreanUnit("원") = kind {
                end = advance().span
                isMoney = true
                if let c = currency, c != .krw {
                    throw Diagnostic(.syntax, "`원` contradicts the `$` before the amount", at: end)
                }
                currency = .krw
            }
            if currency == nil { currency = .krw }
        } else {
            if let w = word(), let p = Vocabulary.scaleWords[w] {
                end = advance().span
                amount = try scaled(amount, p, firstSpan.to(end))
            }
            if let w = word(), let c = Vocabulary.currencySuffixes[w] {
                if let pc = currency, pc != c {
                    throw Diagnostic(.syntax, "`\(w)` contradicts the currency before the amount", at: current.span)
                }
                end = advance().span
                currency = c
                isMoney = true
            } else if case .koreanUnit("원") = kind {
                end = advance().span
                currency = .krw
                isMoney = true
            }
        }
        let span = start.to(end)
        guard isMoney, let currency else { return Expr(.number(amount), span) }
        do throws(MoneyError) {
            return Expr(.money(try Money(exact: amount, currency)), span)
        } catch {
            throw Diagnostic(.syntax, currency == .krw ? "an amount in won must be a whole number of won"
                             : "an amount in dollars has at most two decimal places (cents)", at: span)
        }
    }
}

extension String {
    func replacingOccurrences(_ a: Character, _ b: String) -> String {
        var out = ""
        for c in self { if c == a { out += b } else { out.append(c) } }
        return out
    }
}

/// Clauses gathered while parsing a projection or scenario.
struct ScenarioClauses {
    var growth: Expr?
    var base: Expr?
    var under: Expr?
    var assumptions: [(kind: IndexKind, rate: Expr)] = []

    func check() throws(Diagnostic) {
        if let g = growth, under != nil {
            throw Diagnostic(.syntax, "give either `with growth` or `under agreement`, not both", at: g.span,
                             hint: "`under agreement N` grows by that agreement's own rule")
        }
        if under == nil, let a = assumptions.first {
            throw Diagnostic(.syntax, "`with \(a.kind.rawValue)` needs `under agreement N`, whose rule uses it", at: a.rate.span,
                             hint: "for example `project 2027 under agreement 12 with cpi 2.1%`")
        }
    }
}
