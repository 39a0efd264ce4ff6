import SMALanguage

/// Comparisons and logic: `==` `!=` `<` `<=` `>` `>=`, `contains`, `and` `or` `not`.
/// Values compare only with values of their own unit: money with money of the same currency, a
/// percent with a percent, a number with a number, text with text, a date with a date; `true`
/// and `false` only for equality. Anything else is a unit error that says how to convert.
enum Conditions {
    /// The order of two values (-1, 0, 1), or the unit error of comparing them. `equality`:
    /// only `==`/`!=` is asked (text and booleans then compare for equality too).
    static func order(_ l: Value, _ r: Value, equality: Bool, span: Span) throws(Diagnostic) -> Int {
        func sign(_ a: Dec, _ b: Dec) -> Int { a == b ? 0 : (a < b ? -1 : 1) }
        switch (l, r) {
        case (.number(let a), .number(let b)): return sign(a, b)
        case (.percent(let a, _), .percent(let b, _)): return sign(a, b)
        case (.money(let a), .money(let b)):
            guard a.currency == b.currency else {
                throw Diagnostic(.evaluation, "cannot compare \(a.currency.rawValue) with \(b.currency.rawValue)", at: span,
                                 hint: "convert one side first: `… in \(a.currency == .krw ? "krw" : "usd")` (each year at its own average rate)")
            }
            return sign(a.amount, b.amount)
        case (.text(let a), .text(let b)): return a == b ? 0 : (a < b ? -1 : 1)
        case (.date(let a), .date(let b)): return a == b ? 0 : (a < b ? -1 : 1)
        case (.range(let a0, let a1), .range(let b0, let b1)) where equality: return a0 == b0 && a1 == b1 ? 0 : 1
        case (.bool(let a), .bool(let b)):
            guard equality else {
                throw Diagnostic(.evaluation, "`true` and `false` have no order", at: span, hint: "compare them with `==` or `!=`")
            }
            return a == b ? 0 : 1
        case (.money, .number), (.number, .money):
            throw Diagnostic(.evaluation, "cannot compare money with a plain number", at: span,
                             hint: "give the number a unit, such as `1조 5000억` or `$500 million`")
        case (.percent, .number), (.number, .percent):
            throw Diagnostic(.evaluation, "cannot compare a percent with a plain number", at: span,
                             hint: "write both as percents (`5%`), or both as numbers (`0.05`)")
        case (.money, .percent), (.percent, .money):
            throw Diagnostic(.evaluation, "cannot compare money with a percent", at: span)
        default:
            throw Diagnostic(.evaluation, "cannot compare \(l.typeName) with \(r.typeName)", at: span)
        }
    }

    /// The order of two values already known to compare (`order` checked their kinds): the
    /// sort's comparison, without building a diagnostic it will not throw.
    @inline(__always)
    static func orderOfChecked(_ l: Value, _ r: Value) -> Int {
        switch (l, r) {
        case (.number(let a), .number(let b)), (.percent(let a, _), .percent(let b, _)):
            return a == b ? 0 : (a < b ? -1 : 1)
        case (.money(let a), .money(let b)):
            return a.amount == b.amount ? 0 : (a.amount < b.amount ? -1 : 1)
        default:
            return (try? order(l, r, equality: false, span: Span(0, 0))) ?? 0
        }
    }

    /// Whether `text` holds `part`, character by character (`contains`). Text of ASCII alone,
    /// with no CR (which joins the LF after it into one character), is one character a byte:
    /// it is searched as bytes, a tenth of the character search, which everything else takes
    /// (`TextSearchTests` compares the two on generated text).
    static func text(_ text: String, contains part: String) -> Bool {
        if part.isEmpty { return true }
        var t = text, p = part
        if let found = t.withUTF8({ t in p.withUTF8 { p in asciiSearch(t, for: p) } }) { return found }
        return characterSearch(text, for: part)
    }

    /// The general search: the characters of `part`, in order, among those of `text` (so a CR
    /// LF, one character, does not hold a CR alone).
    static func characterSearch(_ text: String, for part: String) -> Bool {
        part.isEmpty || text.contains(part)
    }

    /// Whether `p` is in `t`, when both are ASCII without a CR; nil when either is not. Knuth,
    /// Morris and Pratt's search: linear in both, so a long text of repeats is no slower than
    /// any other (comparing at every place took seconds on a 300 KB line).
    static func asciiSearch(_ t: UnsafeBufferPointer<UInt8>, for p: UnsafeBufferPointer<UInt8>) -> Bool? {
        for c in t where c >= 0x80 || c == 0x0D { return nil }
        for c in p where c >= 0x80 || c == 0x0D { return nil }
        let n: Int = p.count
        guard n > 0 else { return true }
        guard n <= t.count else { return false }
        // fail[i]: the length of the longest proper prefix of p[0...i] that is also its suffix.
        var fail = [Int](repeating: 0, count: n)
        var k: Int = 0
        var i: Int = 1
        while i < n {
            let b: UInt8 = p[i]
            while k > 0 && b != p[k] { k = fail[k - 1] }
            if b == p[k] { k += 1 }
            fail[i] = k
            i += 1
        }
        k = 0
        for c: UInt8 in t {
            while k > 0 && c != p[k] { k = fail[k - 1] }
            if c == p[k] { k += 1 }
            if k == n { return true }
        }
        return false
    }

    static func holds(_ op: ComparisonOperator, _ order: Int) -> Bool {
        switch op {
        case .equal: order == 0
        case .notEqual: order != 0
        case .less: order < 0
        case .lessOrEqual: order <= 0
        case .greater: order > 0
        case .greaterOrEqual: order >= 0
        }
    }
}

extension Session {
    /// `true` or `false`, or an error at `e` that says what it was.
    func condition(_ e: Expr, what: String) throws(Diagnostic) -> Bool {
        let v = try evaluate(e)
        guard case .bool(let b) = v else {
            throw Diagnostic(.evaluation, "\(what) must be true or false, not \(v.typeName)", at: e.span,
                             hint: "compare values: `amount > 1조`, `city == \"Seoul\"`")
        }
        return b
    }

    func evaluateCondition(_ kind: Expr.Kind, span: Span) throws(Diagnostic) -> Value {
        switch kind {
        case .compare(let op, let l, let r):
            let lv = try evaluate(l), rv = try evaluate(r)
            let o = try Conditions.order(lv, rv, equality: op == .equal || op == .notEqual, span: span)
            return .bool(Conditions.holds(op, o))
        case .contains(let l, let r):
            let lv = try evaluate(l), rv = try evaluate(r)
            guard case .text(let a) = lv, case .text(let b) = rv else {
                throw Diagnostic(.evaluation, "`contains` looks for text in text, not \(rv.typeName) in \(lv.typeName)", at: span,
                                 hint: "for example `where city contains \"Seoul\"`")
            }
            return .bool(Conditions.text(a, contains: b))
        case .logic(let op, let l, let r):
            let a = try condition(l, what: "each side of `\(op.rawValue)`")
            // Short-circuit, as every language does: `false and …` is false.
            if op == .and && !a { return .bool(false) }
            if op == .or && a { return .bool(true) }
            return .bool(try condition(r, what: "each side of `\(op.rawValue)`"))
        case .not(let inner):
            return .bool(!(try condition(inner, what: "what `not` negates")))
        default:
            return .bool(false)
        }
    }
}
