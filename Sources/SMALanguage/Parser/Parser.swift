/// Recursive-descent parser from tokens to statements. See Grammar.md: each function here
/// is one rule there.
public struct Parser {
    private(set) var tokens: [Token]
    /// The source's bytes: names and text are read from them at their token's span.
    private(set) var bytes: [UInt8]
    /// Where the parsed nodes go (the runner's tree, reused input after input). Run the
    /// statements with it: `Session.run(_:in:)`.
    public private(set) var syntax: SyntaxTree
    var index = 0
    var depth = 0
    /// Above zero while parsing a query's argument: `in usd` there belongs to the query.
    var queryArgumentNesting = 0
    /// Above zero inside a stage's expression (`where agreement == 11`): a statement word with
    /// no operand after it is the row's column, not a query.
    var stageNesting = 0
    /// The statement word of the last statement begun, at its token: `statement()` looks it
    /// up and a query's parser asks again (index -1: none; `start` forgets it with the tokens).
    var statementWordAt: (index: Int, word: Vocabulary.StatementWord?) = (-1, nil)

    /// The depth budget of an expression's tree: brackets, unary operators and each operator of
    /// a chain (`1+1+…`) count against it. Evaluating and freeing the tree recurse that deep.
    public static let maxDepth = 200

    /// A parser for input after input (`start`): the runner keeps one, so its token buffer and
    /// syntax tree are reused.
    public init() {
        tokens = Parser.noTokens
        bytes = []
        syntax = SyntaxTree()
    }

    /// The tokens of no input.
    private static let noTokens = [Token(.end, Span(0, 0))]

    /// The nodes a reused tree gathers before it is emptied.
    static let treeNodesKept = 4096

    /// Starts on a new input: lexes it into the token buffer (storage kept) and reads its
    /// statements into the same tree, emptied (storage kept) once it holds a few thousand
    /// nodes, unless something else still holds the tree (a session that has not let go of
    /// it): that one keeps the tree as it was, and a new tree takes its place. The statements
    /// this parser returns are for the current input only: their nodes go with the emptying.
    public mutating func start(_ source: SourceText) throws(Diagnostic) {
        index = 0
        depth = 0
        queryArgumentNesting = 0
        statementWordAt = (-1, nil)
        bytes = source.bytes
        do throws(Diagnostic) {
            try Lexer.tokenize(source, into: &tokens)
        } catch {
            tokens = Parser.noTokens
            throw error
        }
        if syntax.nodeCount >= Parser.treeNodesKept {
            if isKnownUniquelyReferenced(&syntax) { syntax.removeAll() } else { syntax = SyntaxTree() }
        }
    }

    /// Ends an input: lets go of its bytes (the runner reuses their buffer for the next one).
    public mutating func finish() {
        bytes = []
    }

    /// Parses every statement of a source. Stops at the first error: the caller reports it and
    /// may resume with `skipStatement()`.
    public static func parse(_ source: SourceText) throws(Diagnostic) -> ParsedSource {
        var p = Parser()
        try p.start(source)
        var out: [Statement] = []
        while let s = try p.nextStatement() { out.append(s) }
        return ParsedSource(statements: out, syntax: p.syntax)
    }

    // MARK: token helpers

    // Read in place (no copy, no retain of a name's string) when only looked at.
    package var current: Token { _read { yield tokens[index] } }
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

    /// Whether the current token is the name `w` (compared in the source, nothing made).
    @inline(__always) func isWord(_ w: String) -> Bool {
        let t = tokens[index]
        guard t.kind.isIdentifier, t.span.end - t.span.start == w.utf8.count else { return false }
        return spells(w, at: t.span)
    }

    /// Whether the source at `span` (as long as `w`) holds `w`'s bytes: compared through
    /// pointers (`elementsEqual` of a string's UTF-8 view and a slice went through their
    /// iterators, about 200 instructions for `growth`).
    @inline(never) func spells(_ w: String, at span: Span) -> Bool {
        var w = w
        return w.withUTF8 { word in bytes.withUnsafeBufferPointer { $0.holds(word, at: span.start) } }
    }

    /// The meaning in `table` of the name `n` tokens ahead, looked up by its bytes.
    func word<V>(ahead n: Int = 0, in table: WordTable<V>) -> V? {
        let i = index + n
        guard i < tokens.count, tokens[i].kind.isIdentifier else { return nil }
        return table[utf8: bytes[tokens[i].span.start..<tokens[i].span.end]]
    }

    /// The statement word at the current token, if it is one.
    func statementWordHere() -> Vocabulary.StatementWord? {
        index == statementWordAt.index ? statementWordAt.word : lookUpStatementWord()
    }

    @inline(__always) private func lookUpStatementWord() -> Vocabulary.StatementWord? {
        let t = tokens[index]
        guard t.kind.isIdentifier else { return nil }
        return Vocabulary.statementWord(utf8: bytes[t.span.start..<t.span.end])
    }

    /// The text of a name token as written.
    func text(of t: Token) -> String {
        String(decoding: bytes[t.span.start..<t.span.end], as: UTF8.self)
    }

    /// The text of the token `n` ahead (the current one by default), if it is a name.
    func word(ahead n: Int = 0) -> String? {
        let i = index + n
        return i < tokens.count && tokens[i].kind.isIdentifier ? text(of: tokens[i]) : nil
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
        if hint == nil, let s = word(), let s2 = Suggest.closest(to: s, among: Vocabulary.allWords), s2 != s {
            hint = "did you mean `\(s2)`?"
        }
        return Diagnostic(.syntax, "\(what), found \(current.describe(in: bytes))", at: current.span, hint: hint)
    }

    // MARK: statements

    /// The next statement, or nil at the end of input.
    public mutating func nextStatement() throws(Diagnostic) -> Statement? {
        skipSeparators()
        if atEnd { return nil }
        return try statement()
    }

    /// Skips line breaks and `;` before a statement.
    public mutating func skipSeparators() {
        while true {
            switch kind {
            case .newline, .semicolon: _ = advance()
            default: return
            }
        }
    }

    /// Whether every statement has been read (after `skipSeparators`).
    public var atEnd: Bool { if case .end = kind { true } else { false } }

    /// The statement at the current token (not at the end: see `nextStatement`). The runner
    /// calls this directly.
    public mutating func statement() throws(Diagnostic) -> Statement {
        let start = current.span
        let stmtKind: Statement.Kind
        let statement = lookUpStatementWord()
        // Asked again when the statement is a query (`parseQuery`): looked up once.
        statementWordAt = (index, statement)
        switch statement {
        case .let?:
            stmtKind = try parseLet()
        case .help?:
            stmtKind = parseHelp()
        case .define?:
            stmtKind = .define(syntax.keep(try parseDefinition()))
        case .set?:
            stmtKind = try parseSet()
        case .assert?:
            _ = advance()
            guard !atStatementEnd else { throw unexpected("expected a condition after `assert`", hint: "for example `assert contribution 2021 > contribution 2020`") }
            stmtKind = .assert(try parseExpression())
        case .reset?:
            _ = advance()
            stmtKind = .reset
        case .unset?:
            stmtKind = try parseUnset()
        default:
            let e = try parseExpression()
            stmtKind = .expression(e)
            if !atStatementEnd {
                // `contribtion 2021`: a name followed by an operand is almost always a misspelled statement.
                if let n = syntax.name(e), startsOperand {
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
        // `contributions where change > 5%`: a stage word read as the query's argument.
        if index > 0, tokens[index - 1].kind.isIdentifier, let w = StageWord(rawValue: text(of: tokens[index - 1])) {
            return "a stage follows `|`: `… | \(w.rawValue) …`"
        }
        if let s = word() {
            if StageWord(rawValue: s) != nil {
                return "a stage follows `|`: `… | \(s) …`"
            }
            // A currency word after an amount that already has its unit: `1억 won`.
            if case .money(let m) = syntax[e], Vocabulary.conversionTargets[s] != nil || Vocabulary.currencyPrefixes[s] != nil {
                return m.currency == .krw ? "Korean units already mean won: write the amount alone, or end it with `원`"
                    : "the amount already has its currency; to convert it, write `in \(s)`"
            }
            if let u = Suggest.closest(to: s, among: Array(Vocabulary.scaleWords.keys.filter { $0.count > 2 }) + ["won", "dollars"]) {
                return "did you mean `\(u)`?"
            }
            if let w = Suggest.closest(to: s, among: ClauseWord.allCases.map(\.rawValue) + ["growth"]) {
                return "did you mean `\(w)`?"
            }
        }
        if case .number = kind { return "put an operator between two values, or `;` between two statements" }
        return "put `;` between two statements on one line"
    }

    /// Whether the token after the current one starts an operand.
    var startsOperandAhead: Bool {
        switch peek() {
        case .number, .string, .identifier, .date, .leftParen, .won, .dollar: true
        default: false
        }
    }

    var startsOperand: Bool {
        switch kind {
        case .number, .string, .identifier, .date, .leftParen, .won, .dollar: true
        default: false
        }
    }

    mutating func parseLet() throws(Diagnostic) -> Statement.Kind {
        _ = advance()
        guard let name = word() else { throw unexpected("expected a name after `let`") }
        let nameSpan = advance().span
        if Vocabulary.reserved.contains(name) {
            throw Diagnostic(.syntax, "`\(name)` is a reserved word and cannot be a variable name", at: nameSpan,
                             hint: "choose another name, such as `my_\(name)`")
        }
        if case .leftParen = kind { return try parseFunction(name, nameSpan) }
        guard kind == .equals else { throw unexpected("expected `=` after `let \(name)`") }
        _ = advance()
        let value = try parseExpression()
        return .assignment(name: syntax.keep(name), nameSpan: nameSpan, value: value)
    }

    /// let NAME "(" PARAM { "," PARAM } ")" "=" expression
    mutating func parseFunction(_ name: String, _ nameSpan: Span) throws(Diagnostic) -> Statement.Kind {
        _ = advance()
        var parameters: [(name: String, span: Span)] = []
        while kind != .rightParen {
            guard let p = word() else { throw unexpected("expected a parameter name in `let \(name)(…)`", hint: "for example `let share(y) = contribution y / budget y`") }
            if Vocabulary.reserved.contains(p) {
                throw Diagnostic(.syntax, "`\(p)` is a reserved word and cannot be a parameter", at: current.span)
            }
            if parameters.contains(where: { $0.name == p }) {
                throw Diagnostic(.syntax, "the parameter `\(p)` is named twice", at: current.span)
            }
            parameters.append((p, advance().span))
            if kind == .comma { _ = advance(); continue }
            guard kind == .rightParen else { throw unexpected("expected `,` or `)` after a parameter") }
        }
        _ = advance()
        guard kind == .equals else { throw unexpected("expected `=` after `let \(name)(…)`", hint: "for example `let share(y) = contribution y / budget y`") }
        _ = advance()
        let body = try parseExpression()
        return .function(name: syntax.keep(name), nameSpan: nameSpan, parameters: syntax.keep(parameters), body: body)
    }

    /// unset ( "cpi" | "budget-growth" | "rate" ) YEAR | unset NAME
    mutating func parseUnset() throws(Diagnostic) -> Statement.Kind {
        _ = advance()
        let example = "for example `unset cpi 2026` or `unset x`"
        if isWord("rate"), case .identifier = kind, peek() != .end, peek() != .newline, peek() != .semicolon {
            _ = advance()
            return .unsetExchange(year: try parseArgument())
        }
        if isWord("cpi") || isWord("budget"), peek() != .end, peek() != .newline, peek() != .semicolon {
            guard let index = try parseIndexName() else { throw unexpected("expected what to unset", hint: example) }
            return .unsetIndex(index, year: try parseArgument())
        }
        guard let n = word() else { throw unexpected("expected what to unset", hint: example) }
        let span = advance().span
        return .unsetName(syntax.keep(n), span)
    }

    /// set ( "cpi" | "budget-growth" ) YEAR "=" RATE
    mutating func parseSet() throws(Diagnostic) -> Statement.Kind {
        _ = advance()
        if isWord("rate") {
            _ = advance()
            let year = try parseArgument()
            guard kind == .equals else { throw unexpected("expected `=` after the year", hint: "for example `set rate 2026 = 1,450`") }
            _ = advance()
            return .setExchange(year: year, wonPerDollar: try parseSum())
        }
        guard let index = try parseIndexName() else {
            throw unexpected("expected `cpi`, `budget-growth` or `rate` after `set`", hint: "for example `set cpi 2026 = 2.4%`")
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
            if kind == .minus, word(ahead: 1) == "growth" { _ = advance(); _ = advance() } else if isWord("growth") { _ = advance() }
            return .budget
        }
        return nil
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
            case .identifier: topic += text(of: t)
            case .number(let d): topic += d.description
            case .string: topic += Lexer.textValue(bytes, t.span)
            default: topic += t.kind.describe.replacingOccurrences("`", "")
            }
        }
        return .help(topic: syntax.keep(topic), topicSpan: first.to(last))
    }
}
