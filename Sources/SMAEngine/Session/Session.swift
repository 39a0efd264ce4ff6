import SMALanguage

/// Evaluates statements against the record and the session's variables.
///
/// One `Session` serves every way statements arrive (scripts, `-e`, standard input, the REPL),
/// so a statement means the same thing everywhere.
public final class Session {
    /// The record in use. The built-in one is read on first use, so that a statement that
    /// needs no record (`1 + 2`) starts at once (the prelude is most of the start-up work).
    public private(set) var record: RecordData {
        // Borrowed, not copied: a statement reads the record many times.
        _read {
            if loadedRecord == nil { _ = loadBuiltinRecord() }
            yield loadedRecord!
        }
        set { loadedRecord = newValue; generation &+= 1 }
    }
    /// Counts the changes to what tables are computed from (the record, `set` values): a
    /// table kept for a repeated query (`contributionsCache`) is good while it is unchanged.
    var generation = 0
    /// The last contributions table computed, for its years and generation: a script that asks
    /// for the same years again (a pipeline over them, say) does not compute them again.
    var contributionsCache: (years: ClosedRange<Int>, generation: Int, table: Table)? = nil
    /// The notes of that table (the stated changes, the derived and computed years), and the
    /// years the record answers, kept the same way: both are asked the record and its rules.
    var contributionNotesCache: (years: ClosedRange<Int>, generation: Int, notes: [Phrase])? = nil
    var answeredCache: (generation: Int, years: ClosedRange<Int>?)? = nil
    /// The record's first and last recorded years, kept the same way (`recordedYears`).
    var recordedCache: (generation: Int, years: ClosedRange<Int>?)? = nil
    private var loadedRecord: RecordData?
    /// Whether the record has been read (the built-in one is read on first use).
    var recordIsLoaded: Bool { loadedRecord != nil }
    /// The record as loaded, for `reset` (nil until the built-in record is read).
    private var initialRecord: RecordData?
    /// The text of the record as loaded (the built-in prelude or `--record FILE`).
    public var recordText: String {
        recordBytes.map { String(decoding: $0, as: UTF8.self) } ?? BuiltinRecord.text
    }
    /// The bytes of a record read from a file (`--record`), kept as read: the text is made
    /// only when `record` asks for it (a large record is not held twice). nil: the built-in one.
    private let recordBytes: [UInt8]?
    public private(set) var variables: [String: Value] = [:]
    /// The session's functions (`let share(y) = …`).
    package internal(set) var functions: [String: Function] = [:]
    /// The arguments of the calls under way, innermost last (a body's names look here first).
    var locals: [[String: Value]] = []
    /// The index values set in this session that the statement being run used: every result
    /// computed with one says so (`runExpression` adds the note when the statement did not).
    var usedSetValues: [(kind: IndexKind, year: Int, percent: Dec)] = []
    /// The per-year rates of the scenario being computed (`with cpi 2026: 2%, 2027: 6%`).
    var yearly = YearlyAssumptions()
    /// The row a stage's condition reads (`where change > 5%`), while it is evaluated.
    var rowScope: RowScope? = nil
    /// The names in the order they were first defined: did-you-mean looks at the latest few
    /// (`Suggest.maxCandidates`), not at thousands.
    package internal(set) var namesInOrder: [String] = []
    /// False while errors are only counted, not shown (past the runner's limit for one input):
    /// their did-you-mean is not computed.
    public var suggests = true
    /// The last result, as `ans`.
    public private(set) var ans: Value?
    /// The most trials a simulation may ask for (lowered by the fuzz target to keep inputs fast).
    public var trialLimit = Session.maxTrials
    /// Told how a long `simulate` is coming along (on the calling thread, every 50 ms); the
    /// program draws a progress line from it on a terminal. The library itself writes nothing.
    public var progress: ((SimulationProgress) -> Void)?
    /// Index values set for this session (`set cpi 2026 = 2.4%`), over the record's.
    var overrides: [IndexKind: [Int: Dec]] = [:]
    /// While true, `lookupIndex` reads the record alone (no `set`, no assumption): the years
    /// an agreement's rule settles are settled by published inputs only.
    var recordOnlyIndices = false
    /// `settledYears()`, kept while nothing it is computed from changes.
    var settledCache: (generation: Int, years: [Int: (contribution: Contribution, step: RuleStep)])? = nil
    /// The tour step last shown (`tour next` goes on from it).
    var tourStep: Int?
    /// Won-per-dollar rates set for this session (`set rate 2026 = 1,450`), over the record's.
    var exchangeOverrides: [Int: Dec] = [:]
    /// The session's own `define` statements, as written: `record` shows them after the record.
    public private(set) var definitions: [String] = []
    /// The tree of the statement being run (its expressions are indices into it): set by
    /// `run(_:in:)` for the statement it runs (the interpreter's, and the record loader's).
    package internal(set) var syntax = Session.noSyntax
    /// The input being run, so hints can quote what the user wrote (set with the tree).
    package internal(set) var currentSource: SourceText?
    /// Stops a long statement when requested (Ctrl-C): the interpreter's token.
    package internal(set) var cancellation = CancellationToken()

    /// Limits that turn absurd requests into reported errors.
    public static let maxRangeYears = 10_000
    public static let maxProjectionYears = 1_000
    public static let maxExponent = 10_000
    /// The most year-steps one statement may compute (`compare`: scenarios × years).
    public static let maxWork = 100_000

    /// A session over the built-in record, read when a statement first needs it.
    public init() {
        recordBytes = nil
    }

    /// Reads the built-in record (once): compiled into the program from the prelude at build
    /// time (`CompiledRecord.generated.swift`; a test proves it is the prelude parsed).
    private func loadBuiltinRecord() -> RecordData {
        let r = CompiledRecord.make()
        loadedRecord = r
        initialRecord = r
        return r
    }

    /// A session with an empty record, to evaluate a record's definitions.
    private init(empty: ()) {
        recordBytes = []
        loadedRecord = RecordData()
    }

    /// The record that `define` statements build (a record holds nothing else).
    /// Read statement by statement (cut as scripts are, `Completeness`), so that the memory it
    /// takes follows the largest statement, not the file: a 60 MB record is not lexed whole.
    static func build(_ recordSource: SourceText, evaluator: Session) throws(LocatedDiagnostic) -> RecordData {
        let builder = RecordBuilder(session: evaluator)
        let interpreter = Interpreter(session: evaluator)
        let bytes = recordSource.bytes
        var completeness = Completeness()
        var start = 0, firstLine = 1, line = 1
        var i = 0
        while i < bytes.count {
            let end = bytes[i...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
            completeness.scan(bytes[i..<end])
            i = end
            line += 1
            guard completeness.isComplete || i == bytes.count else { continue }
            if completeness.hasContent {
                let chunk = SourceText(name: recordSource.name, bytes: Array(bytes[start..<i]), firstLine: firstLine)
                try add(chunk, to: builder, interpreter: interpreter, evaluator: evaluator)
            }
            completeness = Completeness()
            start = i
            firstLine = line
        }
        do throws(Diagnostic) {
            try builder.finish()
        } catch {
            throw LocatedDiagnostic(error, in: recordSource)
        }
        return evaluator.loadedRecord ?? RecordData()
    }

    /// The `define` statements of one piece of the record, into the builder; the first error
    /// stops the record (a record is loaded whole or not at all).
    private static func add(_ chunk: SourceText, to builder: RecordBuilder, interpreter: Interpreter,
                            evaluator: Session) throws(LocatedDiagnostic) {
        var failure: Diagnostic? = nil
        interpreter.statements(of: chunk) { s, tree in
            do throws(Diagnostic) {
                guard case .define(let ref) = s.kind else {
                    throw Diagnostic(.record, "a record holds only `define` statements", at: s.span,
                                     hint: "move other statements to a script")
                }
                evaluator.syntax = tree
                try builder.add(tree[ref])
                return true
            } catch {
                failure = error
                return false
            }
        } failed: { d in
            failure = d
            return false
        }
        if let failure { throw LocatedDiagnostic(failure, in: chunk) }
    }

    /// A session over the record written in `recordSource` (`define` statements only).
    public init(recordSource: SourceText) throws(LocatedDiagnostic) {
        recordBytes = recordSource.bytes
        let r = try Session.build(recordSource, evaluator: Session(empty: ()))
        loadedRecord = r
        initialRecord = r
    }

    /// Evaluates one statement. `let` and `define` give no output.
    /// `syntax` is the tree the statement was parsed into (`ParsedSource.syntax`, `Parser.syntax`).
    /// (The interpreter runs statements: `Interpreter.run`; it tells the session the input
    /// they come from with `begin(_:)`.)
    package func run(_ statement: Statement, in syntax: SyntaxTree) throws(Diagnostic) -> Output? {
        // The statement's tree stays the session's until another statement's replaces it.
        if self.syntax !== syntax { self.syntax = syntax }
        switch statement.kind {
        case .expression(let e):
            return try runExpression(e, in: syntax)
        case .assignment(let name, let nameSpan, let valueExpr):
            let v = try evaluate(valueExpr)
            let n = syntax[name]
            if functions[n] != nil {
                throw Diagnostic(.evaluation, "`\(n)` is already a function", at: nameSpan, hint: "`unset \(n)` first, or choose another name")
            }
            if variables.updateValue(v, forKey: n) == nil { namesInOrder.append(n) }
            return nil
        case .function(let name, let nameSpan, let parameters, let body):
            try defineFunction(syntax[name], syntax[parameters], body: body, nameSpan: nameSpan)
            return nil
        case .assert(let c):
            try check(c)
            return nil
        case .reset:
            reset()
            return nil
        case .unsetIndex(let index, let yearExpr):
            let y = try year(yearExpr, what: "the year")
            generation &+= 1
            guard overrides[index]?.removeValue(forKey: y) != nil else {
                throw Diagnostic(.evaluation, "no \(index.name) is set for \(y)", at: yearExpr.span,
                                 hint: setValuesHint)
            }
            return nil
        case .unsetExchange(let yearExpr):
            let y = try year(yearExpr, what: "the year")
            generation &+= 1
            guard exchangeOverrides.removeValue(forKey: y) != nil else {
                throw Diagnostic(.evaluation, "no exchange rate is set for \(y)", at: yearExpr.span, hint: setValuesHint)
            }
            return nil
        case .unsetName(let ref, let span):
            let n = syntax[ref]
            guard variables.removeValue(forKey: n) != nil || functions.removeValue(forKey: n) != nil else {
                throw Diagnostic(.evaluation, "unknown name `\(n)`", at: span, hint: "`unset` takes a name defined with `let`, or `cpi YEAR`, `budget-growth YEAR`, `rate YEAR`")
            }
            namesInOrder.removeAll { $0 == n }
            return nil
        case .help(let topic, let span):
            return Output(.text(try Help.text(for: topic.map { syntax[$0] }, span: span ?? statement.span)))
        case .set(let index, let yearExpr, let rateExpr):
            let y = try year(yearExpr, what: "the year")
            let v = try evaluate(rateExpr)
            guard case .percent(let p, _) = v else {
                throw Diagnostic(.evaluation, "\(index.name) must be a percent, not \(v.typeName)", at: rateExpr.span,
                                 hint: "for example `set \(index.rawValue) \(y) = 2.4%`")
            }
            try Session.checkRate(p, index.name, at: rateExpr.span)
            setIndex(index, year: y, percent: p)
            return nil
        case .setExchange(let yearExpr, let valueExpr):
            let y = try year(yearExpr, what: "the year")
            let v = try evaluate(valueExpr)
            guard case .number(let d) = v, !d.isNegative, !d.isZero else {
                throw Diagnostic(.evaluation, "a rate is a positive number of won per dollar, not \(v.typeName)", at: valueExpr.span,
                                 hint: "for example `set rate \(y) = 1,450`")
            }
            exchangeOverrides[y] = d
            generation &+= 1
            return nil
        case .define(let d):
            let builder = RecordBuilder(session: self)
            try builder.add(syntax[d])
            try builder.finish()
            if let src = currentSource { definitions.append(src.text(statement.span.start..<statement.span.end)) }
            return nil
        }
    }

    /// Changes the record in place (the record builder's one write per definition): the
    /// record is not copied, unless `reset`'s copy of it still shares its storage.
    package func updateRecord(_ body: (inout RecordData) -> Void) {
        if loadedRecord == nil { _ = loadBuiltinRecord() }
        body(&loadedRecord!)
        generation &+= 1
    }

    /// Lets go of the last statement's tree (the runner reuses it for the next input).
    package func releaseSyntax() {
        syntax = Session.noSyntax
        currentSource = nil
    }

    /// The input the next statements come from (hints quote it, `define` keeps its text).
    package func begin(_ source: SourceText) {
        currentSource = source
    }

    /// The tree of no statement.
    private static let noSyntax = SyntaxTree()

    /// Evaluates the expression `e` of an expression statement, whose result becomes `ans`.
    /// (`run` does this for `.expression`; the interpreter calls it directly.)
    package func runExpression(_ e: Expr, in tree: SyntaxTree) throws(Diagnostic) -> Output {
        if syntax !== tree { syntax = tree }
        if !usedSetValues.isEmpty { usedSetValues.removeAll() }
        var out = try evaluateOutput(e)
        if !usedSetValues.isEmpty { noteSetValues(&out) }
        ans = out.value
        return out
    }

    /// Adds a note of the set values the result used, unless a note already says which.
    private func noteSetValues(_ out: inout Output) {
        let missing = usedSetValues.filter { u in
            !out.notes.contains { n in n.template.contains("set in this session") && n.template.contains(String(u.year)) }
        }
        guard !missing.isEmpty else { return }
        let sorted = missing.sorted { ($0.kind.rawValue, $0.year) < ($1.kind.rawValue, $1.year) }
        let template = "uses values set in this session: " + sorted.map { "\($0.kind.name) of \($0.year) = {}" }.joined(separator: ", ")
            + " (`unset \(sorted[0].kind.rawValue) \(sorted[0].year)` or `reset` undoes it)"
        out.notes.append(Phrase(template, values: sorted.map { .percent($0.percent, signed: false) }))
    }

    /// What is set in this session, for the hint of an `unset` of something not set.
    var setValuesHint: String {
        var parts: [String] = []
        for kind in IndexKind.allCases {
            for y in (overrides[kind] ?? [:]).keys.sorted() { parts.append("\(kind.rawValue) \(y)") }
        }
        for y in exchangeOverrides.keys.sorted() { parts.append("rate \(y)") }
        return parts.isEmpty ? "nothing is set in this session" : "set in this session: " + parts.prefix(10).joined(separator: ", ")
    }

    /// `assert CONDITION`: nothing when it holds; else an error showing both sides' values.
    func check(_ c: Expr) throws(Diagnostic) {
        if case .compare(let op, let l, let r) = syntax[c] {
            let lv = try evaluate(l), rv = try evaluate(r)
            let o = try Conditions.order(lv, rv, equality: op == .equal || op == .notEqual, span: c.span)
            if Conditions.holds(op, o) { return }
            throw Diagnostic(.evaluation, "assertion failed: {} \(op.rawValue) {}", at: c.span, values: [lv, rv].map(Session.diagnosticValue))
        }
        guard try condition(c, what: "an assertion") else {
            throw Diagnostic(.evaluation, "assertion failed", at: c.span)
        }
    }

    /// A value as a diagnostic shows it (money in the renderer's units).
    static func diagnosticValue(_ v: Value) -> DiagnosticValue {
        switch v {
        case .money(let m): .money(m)
        case .percent(let d, _): .text("\(d)%")
        case .number(let d): .text(d.description)
        case .text(let t): .text("\"" + t + "\"")
        case .bool(let b): .text(b ? "true" : "false")
        case .date(let d): .text(d.description)
        case .range(let a, let b): .text("\(a)..\(b)")
        default: .text(v.typeName)
        }
    }

    /// Removes every variable, function and `ans`, every set value, and undoes the session's
    /// `define`s (the `reset` statement, in scripts and the session alike).
    public func reset() {
        generation &+= 1
        variables = [:]
        functions = [:]
        namesInOrder = []
        ans = nil
        overrides = [:]
        exchangeOverrides = [:]
        tourStep = nil
        if let r = initialRecord { record = r }
        definitions = []
    }
}
