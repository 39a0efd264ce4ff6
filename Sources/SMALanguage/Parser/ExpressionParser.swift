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

    /// expression = sum [ ".." sum ]
    ///
    /// (No level of its own: every way back into an expression passes `parseUnary`, which
    /// counts one, so a bracket is one level, as the limit's message says.)
    public mutating func parseExpression() throws(Diagnostic) -> Expr {
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

    /// postfix = primary [ "%" ] { "in" currency [ "at" unary ] }
    @inline(__always)
    mutating func parsePostfix() throws(Diagnostic) -> Expr {
        var e = try parsePrimary()
        if case .percent = kind {
            let p = advance().span
            e = syntax.add(.percent(e), e.span.to(p))
        }
        while queryArgumentNesting == 0, isWord("in"), let target = word(ahead: 1, in: Vocabulary.conversionTargetTable) {
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
            _ = advance()
            return syntax.name(text(of: t), t.span)
        case .koreanUnit(let u):
            throw Diagnostic(.syntax, "`\(u.rawValue)` needs a number before it", at: t.span, hint: "write amounts like `1조 1,833억 원`")
        default:
            throw unexpected("expected a value")
        }
    }
}
