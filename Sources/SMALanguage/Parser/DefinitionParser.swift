/// The declaration forms the record is written in:
///
///     define agreement 12 { years 2026..2030  signed 2024-11-04  rule cpi lag 2 cap 5% ... }
///     define contribution 2026 = 1조 5192억 { agreement 12  basis negotiated  source "..." }
///     define round 1 of agreement 12 { from 2024-04-23 to 2024-04-25  city "Honolulu" }
///     define negotiator "Jeong Eun-bo" of agreement 11 { side korea  from 2019-10 to 2021-03 }
///     define event 2020-04-01 { agreement 11  kind furlough  text "..."  source "..." }
///     define cpi 2025 = 2.1% { source "..." }
///     define budget 2024 = 59조 4244억 { growth 4.2% }
///     define source "MOFA-12" = "https://..."
///
/// Clauses go inside `{ }` (over several lines) or follow the head on one line.
extension Parser {
    /// What each definition accepts: clause → what it takes.
    typealias ClauseShape = DefinitionClause.Shape

    static let clauseShapes: [Definition.Subject: [DefinitionClause: ClauseShape]] = [
        .agreement: [.years: .expression, .signed: .expression, .inForce: .expression, .currency: .word,
                     .base: .expression, .rule: .rule, .summary: .expression, .korea: .expression,
                     .us: .expression, .initialed: .expression, .ratified: .expression, .vote: .vote,
                     .signatories: .expression, .note: .expression, .source: .expression],
        .contribution: [.agreement: .expression, .basis: .word, .figure: .word, .rate: .expression, .part: .part,
                        .equivalent: .expression, .reported: .part, .paid: .paid,
                        .note: .expression, .source: .expression],
        .round: [.from: .expression, .to: .expression, .city: .expression, .venue: .expression,
                 .korea: .expression, .us: .expression, .format: .word, .sourcing: .word, .inferred: .word,
                 .note: .expression, .source: .expression],
        .negotiator: [.side: .word, .role: .expression, .from: .expression, .to: .expression,
                      .sourcing: .word, .note: .expression, .source: .expression],
        .event: [.agreement: .expression, .kind: .word, .text: .expression, .sourcing: .word,
                 .note: .expression, .source: .expression],
        .cpi: [.note: .expression, .source: .expression],
        .budget: [.growth: .expression, .note: .expression, .source: .expression],
        .source: [.note: .expression],
        .exchange: [.series: .expression, .fred: .expression, .note: .expression, .source: .expression],
        .breakdown: [.labour: .expression, .construction: .expression, .logistics: .expression, .share: .expression,
                     .approximate: .flag, .note: .expression, .source: .expression],
    ]

    mutating func parseDefinition() throws(Diagnostic) -> Definition {
        _ = advance() // define
        guard let w = word() else {
            throw unexpected("expected what to define (\(Definition.Subject.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard let subject = Definition.Subject(rawValue: w) else {
            let hint = Suggest.closest(to: w, among: Definition.Subject.allCases.map(\.rawValue)).map { "did you mean `\($0)`?" }
                ?? "one can define: \(Definition.Subject.allCases.map(\.rawValue).joined(separator: ", "))"
            throw Diagnostic(.syntax, "cannot define `\(w)`", at: current.span, hint: hint)
        }
        let subjectSpan = advance().span
        var key: Expr? = nil
        var parent: Expr? = nil
        var value: Expr? = nil
        if subject == .source || subject == .negotiator {
            guard case .string = kind else {
                throw unexpected("expected \(subject == .source ? "the source's key" : "the negotiator's name") in double quotes after `define \(w)`",
                                 hint: subject == .source ? "for example `define source \"MOFA-12\" = \"https://...\"`"
                                    : "for example `define negotiator \"Jeong Eun-bo\" of agreement 11 { side korea }`")
            }
            key = try parseUnary()
        } else {
            guard startsOperand else {
                throw unexpected(subject == .event ? "expected a date after `define event`" : "expected a number after `define \(w)`",
                                 hint: subject == .event ? "for example `define event 2020-04-01 { agreement 11 kind furlough text \"...\" }`" : nil)
            }
            key = try parseUnary()
        }
        if subject == .round || subject == .negotiator {
            _ = try expectWord("of", context: subject == .round ? "after the round number (`define round 1 of agreement 12`)"
                                : "after the name (`define negotiator \"Jeong Eun-bo\" of agreement 11`)")
            _ = try expectWord("agreement", context: "after `of`")
            parent = try parseUnary()
        }
        if kind == .equals {
            _ = advance()
            value = try parseSum()
        }
        var clauses: [Clause] = []
        let shapes = Parser.clauseShapes[subject] ?? [:]
        if kind == .leftBrace {
            _ = advance()
            while kind != .rightBrace {
                if kind == .end { throw unexpected("expected `}` to close the definition") }
                if kind == .semicolon || kind == .newline { _ = advance(); continue }
                clauses.append(try parseClause(subject: subject, shapes: shapes))
            }
            _ = advance()
        } else {
            while !atStatementEnd {
                clauses.append(try parseClause(subject: subject, shapes: shapes))
            }
        }
        return Definition(subject: subject, subjectSpan: subjectSpan, key: key, parent: parent, value: value, clauses: clauses)
    }

    mutating func parseClause(subject: Definition.Subject, shapes: [DefinitionClause: ClauseShape]) throws(Diagnostic) -> Clause {
        guard let kw = word() else { throw unexpected("expected a clause of `define \(subject.rawValue)`") }
        guard let keyword = shapes.keys.first(where: { $0.firstWord == kw }), let shape = shapes[keyword] else {
            let names = shapes.keys.map(\.firstWord).sorted()
            let hint = Suggest.closest(to: kw, among: names).map { "did you mean `\($0)`?" }
                ?? "`define \(subject.rawValue)` takes: \(names.joined(separator: ", "))"
            throw Diagnostic(.syntax, "`define \(subject.rawValue)` has no clause `\(kw)`", at: current.span, hint: hint)
        }
        let kwSpan = advance().span
        if keyword == .inForce {
            _ = try expectWord("force", context: "after `in` (`in force 2024-11-29`)")
        }
        switch shape {
        case .expression:
            let e = try parseExpression()
            return Clause(keyword: keyword, span: kwSpan.to(e.span), arguments: [.expr(e)])
        case .word:
            guard var w = word() else { throw unexpected("expected a word after `\(kw)`") }
            var s = advance().span
            // A hyphenated word, written without spaces (`in-person`, `walk-out`), is one word.
            while kind == .minus, current.span.start == s.end, let next = word(ahead: 1), tokens[index + 1].span.start == current.span.end {
                _ = advance()
                s = s.to(advance().span)
                w += "-" + next
            }
            return Clause(keyword: keyword, span: kwSpan.to(s), arguments: [.word(w, s)])
        case .rule:
            let r = try parseRule()
            return Clause(keyword: keyword, span: kwSpan.to(r.kindSpan), arguments: [.rule(r)])
        case .flag:
            return Clause(keyword: keyword, span: kwSpan, arguments: [])
        case .vote:
            // vote N for N against N abstaining of N: a ratification vote and those present.
            let yes = try parseUnary()
            _ = try expectWord("for", context: "after the votes for (`vote 173 for 36 against 25 abstaining of 234`)")
            let no = try parseUnary()
            _ = try expectWord("against", context: "after the votes against (`vote 173 for 36 against 25 abstaining of 234`)")
            let abstain = try parseUnary()
            _ = try expectWord("abstaining", context: "after the abstentions (`vote 173 for 36 against 25 abstaining of 234`)")
            _ = try expectWord("of", context: "before those present (`vote 173 for 36 against 25 abstaining of 234`)")
            let present = try parseUnary()
            return Clause(keyword: keyword, span: kwSpan.to(present.span), arguments: [.expr(yes), .expr(no), .expr(abstain), .expr(present)])
        case .paid:
            // paid MONEY [at RATE]: one part of a year's payment, in won, or in dollars at a fixed rate.
            let amount = try parseSum()
            guard isWord("at") else { return Clause(keyword: keyword, span: kwSpan.to(amount.span), arguments: [.expr(amount)]) }
            _ = advance()
            let rate = try parseUnary()
            return Clause(keyword: keyword, span: kwSpan.to(rate.span), arguments: [.expr(amount), .expr(rate)])
        case .part:
            // part RATE TEXT: one additive part of a year's rate.
            let rate = try parsePostfix()
            let label = try parsePrimary()
            return Clause(keyword: keyword, span: kwSpan.to(label.span), arguments: [.expr(rate), .expr(label)])
        }
    }

    /// rule = ("negotiated" | "frozen" | "fixed" RATE | "cpi" | "budget" | "index") { "lag" N | "cap" RATE | "rate" RATE | "plus" RATE }
    mutating func parseRule() throws(Diagnostic) -> RuleSyntax {
        guard let k = word() else { throw unexpected("expected a rule kind") }
        guard RuleKind(rawValue: k) != nil else {
            let all = RuleKind.allCases.map(\.rawValue)
            let hint = Suggest.closest(to: k, among: all).map { "did you mean `\($0)`?" } ?? "rules are: \(all.joined(separator: ", "))"
            throw Diagnostic(.syntax, "unknown rule `\(k)`", at: current.span, hint: hint)
        }
        let ks = advance().span
        var rate: Expr? = nil, lag: Expr? = nil, cap: Expr? = nil, plus: Expr? = nil
        // A rate may be negative (`fixed -3%`): a signed value, checked when the rule is built.
        if k == "fixed" && (startsOperand || kind == .minus || kind == .plus) { rate = try parseUnary() }
        while let w = word(), ["lag", "cap", "rate", "plus"].contains(w) {
            _ = advance()
            let e = try parseUnary()
            switch w {
            case "lag": lag = e
            case "cap": cap = e
            case "plus": plus = e
            default: rate = e
            }
        }
        var r = RuleSyntax(kind: k, kindSpan: ks, rate: rate, lag: lag, cap: cap)
        r.plus = plus
        return r
    }
}
