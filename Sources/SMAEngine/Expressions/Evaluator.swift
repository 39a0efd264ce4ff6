import SMALanguage

/// Evaluation: expressions, names, years and ranges. (The session itself is in `Session/`.)
extension Session {
    // MARK: expressions

    func evaluateOutput(_ e: Expr) throws(Diagnostic) -> Output {
        switch syntax[e] {
        case .query(let q): return try query(syntax[q], span: e.span)
        case .convert(let inner, let to, let rate): return try convert(inner, to: to, rate: rate, span: e.span)
        case .constant(let inner, let year): return try constant(inner, year: year, span: e.span)
        case .pipe: return try pipeline(e)
        default: break
        }
        return Output(try evaluate(e))
    }

    public func evaluate(_ e: Expr) throws(Diagnostic) -> Value {
        switch syntax[e] {
        case .number(let d): return .number(d)
        case .money(let m): return .money(m)
        case .text(let s): return .text(syntax[s])
        case .date(let d): return .date(d)
        case .percent(let inner):
            let v = try evaluate(inner)
            switch v {
            case .number(let d): return .percent(d, signed: false)
            default:
                throw Diagnostic(.evaluation, "`%` applies to a number, not to \(v.typeName)", at: e.span)
            }
        case .name(let ref):
            let n = syntax[ref]
            if n == "ans" {
                guard let ans else {
                    throw Diagnostic(.evaluation, "`ans` has no value yet", at: e.span, hint: "`ans` holds the last result shown")
                }
                return ans
            }
            if !locals.isEmpty, let v = locals[locals.count - 1][n] { return v }
            if rowScope != nil, let v = try rowValue(n, span: e.span) { return v }
            if let v = variables[n] { return v }
            if functions[n] != nil {
                throw Diagnostic(.evaluation, "`\(n)` is a function", at: e.span, hint: "call it with its arguments: `\(n)(…)`")
            }
            // A soft statement word (`rate`) alone is a name, not a query: no suggestion. Only the
            // latest names are candidates, so that a session of thousands stays fast.
            let recent = namesInOrder.suffix(Suggest.maxCandidates)
            let candidates = Array(recent) + Vocabulary.statementWords.filter { !Vocabulary.softStatementWords.contains($0) }
            if n == "next" || n == "back" {
                throw Diagnostic(.evaluation, "unknown name `\(n)`", at: e.span,
                                 hint: "`\(n)` alone walks the tour in the interactive session; in a script write `tour \(n)`")
            }
            guard suggests else { throw Diagnostic(.evaluation, "unknown name `\(n)`", at: e.span) }
            if let scope = rowScope {
                let keys = scope.columns.map(\.key)
                let close = Suggest.closest(to: n, among: keys + Array(recent)).map { "did you mean `\($0)`? " } ?? ""
                throw Diagnostic(.evaluation, "the table has no column `\(n)`, and no value is named so", at: e.span,
                                 hint: close + "its columns are: \(keys.joined(separator: ", "))")
            }
            let hint = Suggest.closest(to: n, among: candidates).map { "did you mean `\($0)`?" }
                ?? (variables.isEmpty ? "define it first with `let \(n.count > Suggest.maxLength ? "NAME" : n) = ...`" : Suggest.listing(recent, total: variables.count))
            throw Diagnostic(.evaluation, "unknown name `\(n)`", at: e.span, hint: hint)
        case .negate(let inner):
            let v = try evaluate(inner)
            switch v {
            case .number(let d): return .number(d.negated())
            case .percent(let d, _): return .percent(d.negated(), signed: false)
            case .money(let m): return .money(m.negated())
            default: throw Diagnostic(.evaluation, "cannot negate \(v.typeName)", at: e.span)
            }
        case .binary(let op, let l, let r):
            let lv = try evaluate(l)
            let rv = try evaluate(r)
            do throws(Diagnostic) {
                return try Arithmetic.compute(op, lv, rv, lhs: l, rhs: r, span: e.span)
            } catch {
                // Quote the user's own operands where the hint has placeholders.
                guard error.message.contains("{lhs}") || (error.hint?.contains("{lhs}") ?? false) else { throw error }
                func quote(_ e: Expr, _ v: Value) -> String {
                    guard let src = currentSource else { return Arithmetic.describe(v) }
                    var text = src.text(e.span.start..<e.span.end)
                    if text.count > 40 { text = text.prefix(36) + " …" }
                    return text.contains(" ") ? "(\(text))" : text
                }
                func fill(_ text: String) -> String {
                    text.replacingOccurrences("{lhs}", quote(l, lv)).replacingOccurrences("{rhs}", quote(r, rv))
                }
                return try { () throws(Diagnostic) -> Value in
                    throw Diagnostic(error.phase, fill(error.message), at: error.span, hint: error.hint.map(fill))
                }()
            }
        case .range(let l, let r):
            let lo = try year(l, what: "the start of a range")
            let hi = try year(r, what: "the end of a range")
            guard lo <= hi else {
                throw Diagnostic(.evaluation, "the range \(lo)..\(hi) runs backwards", at: e.span, hint: "write \(hi)..\(lo)")
            }
            guard hi - lo < Session.maxRangeYears else {
                throw Diagnostic(.evaluation, "the range \(lo)..\(hi) is too large", at: e.span,
                                 hint: "a range spans at most \(Session.maxRangeYears) years")
            }
            return .range(lo, hi)
        case .query(let q):
            return try query(syntax[q], span: e.span).value
        case .convert, .constant, .pipe:
            return try evaluateOutput(e).value
        case .bool(let b):
            return .bool(b)
        case .compare, .contains, .logic, .not:
            return try evaluateCondition(syntax[e], span: e.span)
        case .call(let name, let arguments):
            return try call(syntax[name], syntax[arguments], span: e.span)
        }
    }

    /// Years are whole numbers from 1 to 9999.
    func year(_ e: Expr, what: String) throws(Diagnostic) -> Int {
        let v = try evaluate(e)
        guard case .number(let d) = v else {
            throw Diagnostic(.evaluation, "\(what) must be a year, not \(v.typeName)", at: e.span)
        }
        guard let y = d.intValue, (1...9999).contains(y) else {
            throw Diagnostic(.evaluation, "\(what) must be a year (a whole number from 1 to 9999), not \(d)", at: e.span)
        }
        return y
    }

    /// A single year or a range of years.
    func years(_ e: Expr, what: String) throws(Diagnostic) -> (ClosedRange<Int>, isRange: Bool) {
        let v = try evaluate(e)
        switch v {
        case .range(let lo, let hi): return (lo...hi, true)
        case .number: let y = try year(e, what: what); return (y...y, false)
        default:
            // `contribution 2021 usd`: a year with a currency word read as money.
            var hint: String? = nil
            if case .money(let m) = v, let y = m.amount.intValue, (1...9999).contains(y), let src = currentSource {
                let written = src.text(e.span.start..<e.span.end)
                if let word = written.split(separator: " ").last, Vocabulary.conversionTargets[String(word)] != nil {
                    let before = src.text(0..<e.span.start).trimmingWhitespace
                    hint = "`\(before.isEmpty ? "" : before + " ")\(y) in \(word)`"
                }
            }
            throw Diagnostic(.evaluation, "\(what) must be a year or a range of years, not \(v.typeName)", at: e.span, hint: hint)
        }
    }
}

/// The unit rules of arithmetic: money + money is money, money × number or percent is money,
/// money + percent is an error, `1 + 4.5%` is 1.045.
enum Arithmetic {
    /// Money's places: whole won, cents.
    static func minor(_ m: Money) -> Int { m.currency.minorPlaces }

    static func compute(_ op: BinaryOperator, _ l: Value, _ r: Value, lhs: Expr, rhs: Expr, span: Span) throws(Diagnostic) -> Value {
        do throws(ArithmeticError) {
            if let v = try exact(op, l, r) { return v }
        } catch {
            throw failure(error, op, rhs: rhs, span: span)
        }
        throw unitError(op, l, r, span: span)
    }

    /// The operation on values whose units allow it, exact and rounded once; nil when the
    /// units do not allow it. (A percent is its points shifted two places.)
    @inline(__always)
    static func exact(_ op: BinaryOperator, _ l: Value, _ r: Value) throws(ArithmeticError) -> Value? {
        switch (op, l, r) {
        // numbers
        case (.add, .number(let a), .number(let b)): return .number(try a.adding(b))
        case (.subtract, .number(let a), .number(let b)): return .number(try a.subtracting(b))
        case (.multiply, .number(let a), .number(let b)): return .number(try a.multiplied(by: b))
        case (.divide, .number(let a), .number(let b)): return .number(try a.divided(by: b))
        // percents with percents
        case (.add, .percent(let a, _), .percent(let b, _)): return .percent(try a.adding(b), signed: false)
        case (.subtract, .percent(let a, _), .percent(let b, _)): return .percent(try a.subtracting(b), signed: false)
        case (.multiply, .percent(let a, _), .percent(let b, _)):
            return .percent(try a.multiplied(by: b, shiftedRight: 2, places: Dec.maxScale), signed: false)
        case (.divide, .percent(let a, _), .percent(let b, _)): return .number(try a.divided(by: b))
        // numbers with percents: a percent is its fraction
        case (.add, .number(let a), .percent(let b, _)): return .number(try a.adding(b, shiftedRight: 2))
        case (.subtract, .number(let a), .percent(let b, _)): return .number(try a.adding(b.negated(), shiftedRight: 2))
        case (.add, .percent(let a, _), .number(let b)): return .number(try b.adding(a, shiftedRight: 2))
        case (.subtract, .percent(let a, _), .number(let b)): return .number(try b.negated().adding(a, shiftedRight: 2))
        case (.multiply, .number(let a), .percent(let b, _)), (.multiply, .percent(let b, _), .number(let a)):
            return .percent(try a.multiplied(by: b), signed: false)
        case (.divide, .percent(let a, _), .number(let b)): return .percent(try a.divided(by: b), signed: false)
        case (.divide, .number(let a), .percent(let b, _)):
            return .number(try a.divided(by: b, shiftedLeft: 2, places: Dec.maxScale))
        // money
        case (.add, .money(let a), .money(let b)) where a.currency == b.currency:
            return .money(try Money(rounding: a.amount.adding(b.amount), a.currency))
        case (.subtract, .money(let a), .money(let b)) where a.currency == b.currency:
            return .money(try Money(rounding: a.amount.subtracting(b.amount), a.currency))
        case (.divide, .money(let a), .money(let b)) where a.currency == b.currency:
            return .number(try a.amount.divided(by: b.amount))
        case (.multiply, .money(let a), .number(let b)), (.multiply, .number(let b), .money(let a)):
            return .money(try Money(rounding: a.amount.multiplied(by: b, shiftedRight: 0, places: minor(a)), a.currency))
        case (.multiply, .money(let a), .percent(let b, _)), (.multiply, .percent(let b, _), .money(let a)):
            return .money(try Money(rounding: a.amount.multiplied(by: b, shiftedRight: 2, places: minor(a)), a.currency))
        case (.divide, .money(let a), .number(let b)):
            return .money(try Money(rounding: a.amount.divided(by: b, shiftedLeft: 0, places: minor(a)), a.currency))
        case (.divide, .money(let a), .percent(let b, _)):
            return .money(try Money(rounding: a.amount.divided(by: b, shiftedLeft: 2, places: minor(a)), a.currency))
        // powers
        case (.power, .number(let a), .number(let b)):
            guard let n = b.intValue else { return nil }
            guard n.magnitude <= Session.maxExponent else { throw .exponentTooLarge }
            return .number(try a.power(n))
        default:
            return nil
        }
    }

    /// What an arithmetic failure says, at the operand or the operation.
    static func failure(_ error: ArithmeticError, _ op: BinaryOperator, rhs: Expr, span: Span) -> Diagnostic {
        func fail(_ message: String, hint: String? = nil) -> Diagnostic {
            Diagnostic(.evaluation, message, at: span, hint: hint)
        }
        switch error {
        case .divisionByZero:
            return Diagnostic(.evaluation, "division by zero", at: rhs.span)
        case .exponentTooLarge:
            return Diagnostic(.evaluation, "the exponent is too large", at: rhs.span,
                             hint: "`^` takes whole exponents from -\(Session.maxExponent) to \(Session.maxExponent)")
        case .tooPrecise:
            return fail("the exact power {lhs} ^ {rhs} would need more than 39,000 digits",
                       hint: "round the base first, or use a smaller exponent")
        case .overflow, .cancelled:
            return fail("the result is too large: {lhs} \(op.rawValue) {rhs} has more than \(Dec.maxDigits) digits before the point",
                       hint: "numbers and amounts are exact up to \(Dec.maxDigits) digits; `help numbers` tells how sma computes")
        }
    }

    /// The unit error of an operation the units do not allow: which, and how to write what was meant.
    static func unitError(_ op: BinaryOperator, _ l: Value, _ r: Value, span: Span) -> Diagnostic {
        func fail(_ message: String, hint: String? = nil) -> Diagnostic {
            Diagnostic(.evaluation, message, at: span, hint: hint)
        }
        let sym = op.rawValue
        switch (op, l, r) {
        case (.add, .money, .percent), (.subtract, .money, .percent):
            return fail("cannot \(op == .add ? "add a percent to" : "subtract a percent from") money",
                       hint: "to \(op == .add ? "grow" : "shrink") an amount by a percent, multiply: `{lhs} * (1 \(sym) {rhs})`")
        case (.add, .percent, .money), (.subtract, .percent, .money):
            return fail("cannot \(op == .add ? "add" : "subtract") money and a percent",
                       hint: "to apply a percent to an amount, multiply: `amount * (1 + rate)`")
        case (.add, .money, .number), (.subtract, .money, .number), (.add, .number, .money), (.subtract, .number, .money):
            return fail("cannot \(op == .add ? "add" : "subtract") a plain number and money",
                       hint: "give the number a unit, such as `100억` or `$5 million`")
        case (_, .money(let a), .money(let b)) where a.currency != b.currency:
            return fail("cannot mix \(a.currency.rawValue) and \(b.currency.rawValue) without an exchange rate",
                       hint: "convert one amount first by multiplying by a rate in won per dollar")
        case (.multiply, .money, .money):
            return fail("cannot multiply money by money", hint: "multiply money by a number or a percent")
        case (.power, _, .number(let b)) where b.intValue == nil:
            return fail("the exponent must be a whole number", hint: "sma keeps numbers exact; `^` takes whole powers")
        case (.power, _, _):
            return fail("`^` raises a number to a whole power, not \(l.typeName) to \(r.typeName)",
                       hint: "to compound a rate, write `(1 + 3%) ^ 4`")
        case (.divide, _, .money):
            return fail("cannot divide \(l.typeName) by money")
        default:
            let verb = switch op {
            case .add: "add"
            case .subtract: "subtract"
            case .multiply: "multiply"
            case .divide: "divide"
            case .power: "raise"
            }
            return fail("cannot \(verb) \(l.typeName) and \(r.typeName)")
        }
    }

    static func describe(_ v: Value) -> String {
        switch v {
        case .percent(let d, _): "\(d)%"
        case .number(let d): d.description
        default: "amount"
        }
    }
}
