/// Expressions: sums, products, unary and power, postfix conversions, primaries and queries.
extension Parser {

    @inline(__always)
    mutating func nest() throws(Diagnostic) {
        depth += 1
        // The expression itself is level 0; each bracket, unary operator and operator of a chain one more.
        if depth > Parser.maxDepth + 1 {
            throw Diagnostic(.syntax, "expression nested too deeply", at: current.span,
                             hint: "at most \(Parser.maxDepth) levels of brackets and operators")
        }
    }

    /// expression = logic { "|" stage }
    ///
    /// (No level of its own: every way back into an expression passes `parseUnary`, which
    /// counts one, so a bracket is one level, as the limit's message says. Each `|`, `and`,
    /// `or` and `not` counts one too, as the operators of a sum do.)
    public mutating func parseExpression() throws(Diagnostic) -> Expr {
        // Most expressions hold no condition and no stage, and the levels above are not
        // climbed one by one: only a comparison, a stage or a word (`and`, `or`, `contains`)
        // continues a range; after anything else those levels would return it unchanged.
        var first: Expr? = nil
        if !atNot {
            let lhs = try parseRange()
            switch kind {
            case .comparison, .pipe, .identifier: first = lhs
            default: return lhs
            }
        }
        var e = try parseOr(first: first)
        guard case .pipe = kind else { return e }
        var chain = 0
        defer { depth -= chain }
        while case .pipe = kind {
            try nest(); chain += 1
            _ = advance()
            e = try parseStage(on: e)
        }
        return e
    }

    /// Whether the current token is the word `not` (three bytes compared in place: this is
    /// asked of every expression).
    var atNot: Bool {
        let t = tokens[index]
        guard t.kind.isIdentifier, t.span.end - t.span.start == 3 else { return false }
        return bytes[t.span.start] == UInt8(ascii: "n") && bytes[t.span.start + 1] == UInt8(ascii: "o")
            && bytes[t.span.start + 2] == UInt8(ascii: "t")
    }

    /// or = and { "or" and }
    mutating func parseOr(first: Expr? = nil) throws(Diagnostic) -> Expr {
        var lhs = try parseAnd(first: first)
        var chain = 0
        defer { depth -= chain }
        while isWord("or") {
            try nest(); chain += 1
            _ = advance()
            let rhs = try parseAnd()
            lhs = syntax.add(.logic(.or, lhs, rhs), lhs.span.to(rhs.span))
        }
        return lhs
    }

    /// and = not { "and" not }
    mutating func parseAnd(first: Expr? = nil) throws(Diagnostic) -> Expr {
        var lhs = try parseNot(first: first)
        var chain = 0
        defer { depth -= chain }
        while isWord("and") {
            try nest(); chain += 1
            _ = advance()
            let rhs = try parseNot()
            lhs = syntax.add(.logic(.and, lhs, rhs), lhs.span.to(rhs.span))
        }
        return lhs
    }

    /// not = "not" not | comparison
    /// (`first`: the operand already read by `parseExpression`.)
    mutating func parseNot(first: Expr? = nil) throws(Diagnostic) -> Expr {
        if let first { return try parseComparison(first: first) }
        guard atNot else { return try parseComparison() }
        try nest(); defer { depth -= 1 }
        let start = advance().span
        let operand = try parseNot()
        return syntax.add(.not(operand), start.to(operand.span))
    }

    /// comparison = range [ ("==" | "!=" | "<" | "<=" | ">" | ">=" | "contains") range ]
    mutating func parseComparison(first: Expr? = nil) throws(Diagnostic) -> Expr {
        let lhs: Expr
        if let first { lhs = first } else { lhs = try parseRange() }
        let e: Expr
        if case .comparison(let op) = kind {
            _ = advance()
            let rhs = try parseRange()
            e = syntax.add(.compare(op, lhs, rhs), lhs.span.to(rhs.span))
        } else if isWord("contains") {
            _ = advance()
            let rhs = try parseRange()
            e = syntax.add(.contains(lhs, rhs), lhs.span.to(rhs.span))
        } else {
            return lhs
        }
        if case .comparison = kind {
            throw Diagnostic(.syntax, "comparisons do not chain", at: current.span,
                             hint: "join two comparisons with `and`: `a < b and b < c`")
        }
        return e
    }

    /// range = sum [ ".." sum ]
    @inline(__always)
    mutating func parseRange() throws(Diagnostic) -> Expr {
        let lhs = try parseSum()
        if case .dotDot = kind {
            _ = advance()
            let rhs = try parseSum()
            return syntax.add(.range(lhs, rhs), lhs.span.to(rhs.span))
        }
        return lhs
    }

    /// sum = product { ("+" | "-") product }
    ///
    /// Sums and products are left-associative chains. Each operator deepens the tree by one: it
    /// counts against the same budget as brackets, so `1+1+…` cannot grow a tree too deep to
    /// evaluate or free.
    mutating func parseSum() throws(Diagnostic) -> Expr {
        var lhs = try parseProduct()
        var chain = 0
        defer { depth -= chain }
        while true {
            let op: BinaryOperator
            switch kind {
            case .plus: op = .add
            case .minus: op = .subtract
            default: return lhs
            }
            try nest(); chain += 1
            _ = advance()
            let rhs = try parseProduct()
            lhs = syntax.add(.binary(op, lhs, rhs), lhs.span.to(rhs.span))
        }
    }

    /// product = unary { ("*" | "/") unary }
    @inline(__always)
    mutating func parseProduct() throws(Diagnostic) -> Expr {
        var lhs = try parseUnary()
        var chain = 0
        defer { depth -= chain }
        while true {
            let op: BinaryOperator
            switch kind {
            case .star: op = .multiply
            case .slash: op = .divide
            default: return lhs
            }
            try nest(); chain += 1
            _ = advance()
            let rhs = try parseUnary()
            lhs = syntax.add(.binary(op, lhs, rhs), lhs.span.to(rhs.span))
        }
    }

    /// unary = "-" unary | "+" unary | power
    mutating func parseUnary() throws(Diagnostic) -> Expr {
        try nest(); defer { depth -= 1 }
        let neg: Bool
        switch kind {
        case .minus: neg = true
        case .plus: neg = false
        default: return try parsePower()
        }
        let start = advance().span
        let operand = try parseUnary()
        return neg ? syntax.add(.negate(operand), start.to(operand.span)) : operand
    }

    /// power = postfix [ "^" unary ]
    @inline(__always)
    mutating func parsePower() throws(Diagnostic) -> Expr {
        let base = try parsePostfix()
        if case .caret = kind {
            _ = advance()
            let exponent = try parseUnary()
            return syntax.add(.binary(.power, base, exponent), base.span.to(exponent.span))
        }
        return base
    }

    /// postfix = primary [ "%" ] { "in" currency [ "at" unary ] | "in" number "won" }
    @inline(__always)
    mutating func parsePostfix() throws(Diagnostic) -> Expr {
        var e = try parsePrimary()
        if case .percent = kind {
            let p = advance().span
            e = syntax.add(.percent(e), e.span.to(p))
        }
        while queryArgumentNesting == 0, isWord("in") {
            // A rate (`with cpi 3%`) converts nothing: an `in` after it belongs to the statement.
            if case .percent = syntax[e] { return e }
            if let target = word(ahead: 1, in: Vocabulary.conversionTargetTable) {
                _ = advance()
                var end = advance().span
                var rate: Expr? = nil
                if isWord("at") {
                    _ = advance()
                    let r = try parseUnary()
                    rate = r
                    end = r.span
                }
                e = syntax.add(.convert(e, to: target, rate: rate), e.span.to(end))
            } else if case .number(let y) = peek(), word(ahead: 2) == Vocabulary.constantWon {
                // `in 2025 won`: the won of a year (a number, then the word).
                _ = advance()
                let year = syntax.add(.number(y), advance().span)
                let end = advance().span
                e = syntax.add(.constant(e, year: year), e.span.to(end))
            } else {
                // `in -5 won`, `in (2020 + 5) won`, `in 2025`: a year meant, not written as one.
                // (Any other `in` is not ours: a definition's `in force DATE`.)
                switch peek() {
                case .number, .minus, .leftParen: break
                default: return e
                }
                _ = advance()
                throw unexpected("expected a year, then `won`, after `in` (`in 2025 won`; the year is written as a number)")
            }
        }
        return e
    }

    /// An argument of a query: a value without binary operators, or a range of two.
    /// `contribution 2021 + 5%` is `(contribution 2021) + 5%`.
    mutating func parseArgument() throws(Diagnostic) -> Expr {
        queryArgumentNesting += 1
        defer { queryArgumentNesting -= 1 }
        let lhs = try parseUnary()
        if case .dotDot = kind {
            _ = advance()
            let rhs = try parseUnary()
            return syntax.add(.range(lhs, rhs), lhs.span.to(rhs.span))
        }
        return lhs
    }

    mutating func parsePrimary() throws(Diagnostic) -> Expr {
        let t = current
        switch t.kind {
        case .number(let d):
            // A plain number (the common case): no unit or currency word follows.
            switch peek() {
            case .koreanUnit, .identifier: return try parseNumberOrMoney(prefix: nil, prefixSpan: nil)
            default:
                _ = advance()
                return syntax.add(.number(d), t.span)
            }
        case .won, .dollar:
            _ = advance()
            guard case .number = kind else { throw unexpected("expected an amount after \(t.kind.describe)") }
            return try parseNumberOrMoney(prefix: t.kind == .won ? .krw : .usd, prefixSpan: t.span)
        case .string:
            _ = advance()
            return syntax.text(Lexer.textValue(bytes, t.span), t.span)
        case .date(let y, let m, let d):
            _ = advance()
            return syntax.add(.date(SimpleDate(year: y, month: m, day: d)), t.span)
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
            return e.spanning(t.span.to(close))
        case .identifier:
            if case .number = peek(), let c = word(in: Vocabulary.currencyPrefixTable) {
                _ = advance()
                return try parseNumberOrMoney(prefix: c, prefixSpan: t.span)
            }
            if let q = try parseQuery() { return q }
            // A clause word ends a value; it is never one (`with growth trials 5`).
            if word(in: Vocabulary.wordsAfterValuesTable) != nil { throw unexpected("expected a value") }
            if isWord("true") || isWord("false") {
                _ = advance()
                return syntax.add(.bool(text(of: t) == "true"), t.span)
            }
            if case .leftParen = peek() { return try parseCall() }
            _ = advance()
            return syntax.name(text(of: t), t.span)
        case .koreanUnit(let u):
            throw Diagnostic(.syntax, "`\(u.rawValue)` needs a number before it", at: t.span, hint: "write amounts like `1조 1,833억 원`")
        case .pipe:
            throw unexpected("expected a value", hint: "a pipeline continues on the next line after a `|` at the end of a line, not before one at its start")
        default:
            throw unexpected("expected a value")
        }
    }

    /// call = NAME "(" [ expression { "," expression } ] ")"
    mutating func parseCall() throws(Diagnostic) -> Expr {
        let nameToken = advance()
        let open = advance().span
        let saved = queryArgumentNesting
        queryArgumentNesting = 0
        defer { queryArgumentNesting = saved }
        var arguments: [Expr] = []
        if kind != .rightParen {
            while true {
                arguments.append(try parseExpression())
                if kind == .comma { _ = advance(); continue }
                break
            }
        }
        if kind == .end {
            throw Diagnostic(.syntax, "this `(` is never closed", at: open, hint: "add `)` after the arguments")
        }
        guard kind == .rightParen else { throw unexpected("expected `,` or `)` in the call of `\(text(of: nameToken))`") }
        let close = advance().span
        return syntax.call(text(of: nameToken), arguments, nameToken.span.to(close))
    }

    /// stage = "where" expression | "sort" COLUMN ["desc"] {"," COLUMN ["desc"]} | "take" unary
    ///       | "select" COLUMN {"," COLUMN} | "derive" NAME "=" expression | "group" COLUMN
    ///       | ("sum" | "mean" | "median" | "min" | "max") COLUMN | "count"
    mutating func parseStage(on table: Expr) throws(Diagnostic) -> Expr {
        let all = StageWord.allCases.map(\.rawValue)
        guard let w = word(), let stage = StageWord(rawValue: w) else {
            // Other tools' words for the same stages.
            let kin = ["filter": "where", "order": "sort", "limit": "take", "head": "take", "avg": "mean",
                       "average": "mean", "total": "sum", "columns": "select", "map": "derive", "groupby": "group"]
            let hint = word().flatMap { kin[$0] ?? Suggest.closest(to: $0, among: all) }.map { "did you mean `\($0)`?" }
                ?? "stages are: \(all.joined(separator: ", "))"
            throw unexpected("expected a stage after `|`", hint: hint)
        }
        let ws = advance().span
        var end = ws
        let stageKind: Stage.Kind
        switch stage {
        case .where:
            guard !atStatementEnd, kind != .pipe else { throw unexpected("expected a condition after `where`", hint: "for example `where amount > 1조`") }
            stageNesting += 1
            defer { stageNesting -= 1 }
            let c = try parseOr()
            end = c.span
            stageKind = .where(c)
        case .sort:
            var keys: [(column: ColumnName, descending: Bool)] = []
            while true {
                let c = try parseColumnName(after: "sort")
                end = c.span
                var descending = false
                if isWord("desc") || isWord("asc") { descending = isWord("desc"); end = advance().span }
                keys.append((c, descending))
                if kind == .comma { _ = advance(); continue }
                break
            }
            stageKind = .sort(keys)
        case .take:
            guard startsOperand || kind == .minus else { throw unexpected("expected a number of rows after `take`", hint: "for example `take 3`") }
            let n = try parseUnary()
            end = n.span
            stageKind = .take(n)
        case .select:
            var columns: [ColumnName] = []
            while true {
                let c = try parseColumnName(after: "select")
                end = c.span
                columns.append(c)
                if kind == .comma { _ = advance(); continue }
                break
            }
            stageKind = .select(columns)
        case .derive:
            let name = try parseColumnName(after: "derive")
            guard kind == .equals else { throw unexpected("expected `=` after `derive \(name.name)`", hint: "for example `derive share = amount / 1조`") }
            _ = advance()
            stageNesting += 1
            defer { stageNesting -= 1 }
            let e = try parseOr()
            end = e.span
            stageKind = .derive(name, e)
        case .group:
            let c = try parseColumnName(after: "group")
            end = c.span
            stageKind = .group(c)
        case .count:
            stageKind = .aggregate(.count, nil)
        case .sum, .mean, .median, .min, .max:
            let c = try parseColumnName(after: stage.rawValue)
            end = c.span
            stageKind = .aggregate(stage.aggregate ?? .sum, c)
        }
        let span = ws.to(end)
        return syntax.pipe(table, Stage(kind: stageKind, wordSpan: ws, span: span), table.span.to(end))
    }

    /// A column's name in a stage.
    mutating func parseColumnName(after w: String) throws(Diagnostic) -> ColumnName {
        guard case .identifier = kind else {
            let example = w == "sort" ? "sort amount desc" : w == "derive" ? "derive doubled = amount * 2" : "\(w) amount"
            throw unexpected("expected a column name after `\(w)`", hint: "for example `\(example)`")
        }
        let t = advance()
        return ColumnName(name: text(of: t), span: t.span)
    }
}
