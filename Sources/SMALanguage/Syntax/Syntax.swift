/// The syntax tree the parser hands to the evaluator. Every node keeps its span.
///
/// The nodes of a statement live in a `SyntaxTree` (an arena): an `Expr` is the index of its
/// node there, with its span, and a node's children are such indices. No node is a heap box,
/// and a tree is cleared with its capacity kept, so the runner parses statement after statement
/// without allocating. Read a node's kind with `tree[e]` (the evaluator's tree is
/// `Session.syntax`, set while a statement runs).
public struct Expr: Sendable, Equatable {
    /// The kind of a node. Its payloads are plain data (text, names and queries are kept beside
    /// the nodes and referred to by index), so nodes are copied and cleared without reference
    /// counting (a test checks that `Kind` stays plain data).
    public enum Kind: Sendable {
        case number(Dec)
        case percent(Expr)               // `4.5%`, `(g)%`
        case money(Money)
        case text(TextRef)
        case date(SimpleDate)
        case name(TextRef)
        case negate(Expr)
        case binary(BinaryOperator, Expr, Expr)
        case range(Expr, Expr)
        case query(QueryRef)
        /// `VALUE in usd [at RATE]`, `VALUE in krw [at RATE]`
        case convert(Expr, to: Currency, rate: Expr?)
        /// `VALUE in YEAR won`: an amount of its own year in the won of YEAR (Korean CPI)
        case constant(Expr, year: Expr)
        /// `true`, `false`
        case bool(Bool)
        /// `A == B`, `A < B`, …
        case compare(ComparisonOperator, Expr, Expr)
        /// `TEXT contains TEXT`
        case contains(Expr, Expr)
        /// `A and B`, `A or B`
        case logic(LogicOperator, Expr, Expr)
        /// `not A`
        case not(Expr)
        /// `TABLE | STAGE`: the stage is kept beside the nodes.
        case pipe(Expr, StageRef)
        /// `NAME(ARG, …)`: a function's call; the arguments are kept beside the nodes.
        case call(TextRef, CallRef)
    }

    /// The node's index in its tree.
    public let id: Int
    public let span: Span

    init(id: Int, span: Span) {
        self.id = id
        self.span = span
    }

    /// The same node over another span: `(1 + 2)` is the sum, spanning its brackets.
    func spanning(_ span: Span) -> Expr { Expr(id: id, span: span) }
}

/// Text or a name kept beside a tree's nodes.
public struct TextRef: Sendable, Equatable { let index: Int }
/// A query kept beside a tree's nodes (queries hold lists, so they are not plain data).
public struct QueryRef: Sendable, Equatable { let index: Int }
/// A definition kept beside a tree's nodes.
public struct DefinitionRef: Sendable, Equatable { let index: Int }
/// A pipeline stage kept beside a tree's nodes.
public struct StageRef: Sendable, Equatable { let index: Int }
/// A call's arguments (or a function's parameters) kept beside a tree's nodes.
public struct CallRef: Sendable, Equatable { let index: Int }
/// A function's parameter names kept beside a tree's nodes.
public struct ParametersRef: Sendable, Equatable { let index: Int }

/// The nodes of the statements parsed from one piece of input, and the text and queries they
/// refer to. The runner's parser keeps one for input after input (capacity kept); a statement
/// is plain data, run with the tree it was parsed into (`Session.run(_:in:)`).
public final class SyntaxTree: @unchecked Sendable {
    private(set) var nodes: [Expr.Kind] = []
    private var texts: [String] = []
    private var queries: [Query] = []
    private var definitions: [Definition] = []
    private var stages: [Stage] = []
    private var calls: [[Expr]] = []
    private var parameterLists: [[(name: String, span: Span)]] = []

    public init() {}

    /// The number of nodes (of every statement parsed into the tree since it was emptied).
    public var nodeCount: Int { nodes.count }

    /// The kind of a node of this tree.
    public subscript(e: Expr) -> Expr.Kind { nodes[e.id] }

    /// The text of a `.text` or `.name` node.
    public subscript(t: TextRef) -> String { texts[t.index] }

    /// The query of a `.query` node.
    public subscript(q: QueryRef) -> Query { _read { yield queries[q.index] } }

    /// A `define` statement's definition.
    public subscript(d: DefinitionRef) -> Definition { _read { yield definitions[d.index] } }

    /// A pipeline stage.
    public subscript(s: StageRef) -> Stage { _read { yield stages[s.index] } }

    /// A call's arguments.
    public subscript(c: CallRef) -> [Expr] { _read { yield calls[c.index] } }

    /// A function's parameters.
    public subscript(p: ParametersRef) -> [(name: String, span: Span)] { _read { yield parameterLists[p.index] } }

    /// The name a node is, if it is a name.
    public func name(_ e: Expr) -> String? {
        if case .name(let t) = self[e] { return self[t] }
        return nil
    }

    /// The query a node is, if it is one.
    public func query(_ e: Expr) -> Query? {
        if case .query(let q) = self[e] { return self[q] }
        return nil
    }

    func add(_ kind: Expr.Kind, _ span: Span) -> Expr {
        nodes.append(kind)
        return Expr(id: nodes.count - 1, span: span)
    }

    func text(_ s: String, _ span: Span) -> Expr { add(.text(keep(s)), span) }

    func name(_ s: String, _ span: Span) -> Expr { add(.name(keep(s)), span) }

    /// Keeps text (a name, a help topic) beside the nodes.
    func keep(_ s: String) -> TextRef {
        texts.append(s)
        return TextRef(index: texts.count - 1)
    }

    func keep(_ d: consuming Definition) -> DefinitionRef {
        definitions.append(d)
        return DefinitionRef(index: definitions.count - 1)
    }

    func query(_ q: consuming Query, _ span: Span) -> Expr {
        queries.append(q)
        return add(.query(QueryRef(index: queries.count - 1)), span)
    }

    func pipe(_ table: Expr, _ stage: consuming Stage, _ span: Span) -> Expr {
        stages.append(stage)
        return add(.pipe(table, StageRef(index: stages.count - 1)), span)
    }

    func call(_ name: String, _ arguments: [Expr], _ span: Span) -> Expr {
        calls.append(arguments)
        return add(.call(keep(name), CallRef(index: calls.count - 1)), span)
    }

    func keep(_ parameters: [(name: String, span: Span)]) -> ParametersRef {
        parameterLists.append(parameters)
        return ParametersRef(index: parameterLists.count - 1)
    }

    /// Empties the tree, keeping its storage for the next input.
    func removeAll() {
        nodes.removeAll(keepingCapacity: true)
        if !texts.isEmpty { texts.removeAll(keepingCapacity: true) }
        if !queries.isEmpty { queries.removeAll(keepingCapacity: true) }
        if !definitions.isEmpty { definitions.removeAll(keepingCapacity: true) }
        if !stages.isEmpty { stages.removeAll(keepingCapacity: true) }
        if !calls.isEmpty { calls.removeAll(keepingCapacity: true) }
        if !parameterLists.isEmpty { parameterLists.removeAll(keepingCapacity: true) }
    }
}

public enum LogicOperator: String, Sendable {
    case and, or
}

/// A column named in a pipeline stage, where it is written.
public struct ColumnName: Sendable {
    public let name: String
    public let span: Span
}

/// One stage of a pipeline (`StageWord`): `where`, `sort`, `take`, `select`, `derive`,
/// `group`, and the aggregates.
public struct Stage: Sendable {
    public enum Kind: Sendable {
        case `where`(Expr)
        case sort([(column: ColumnName, descending: Bool)])
        case take(Expr)
        case select([ColumnName])
        case derive(ColumnName, Expr)
        case group(ColumnName)
        /// `sum COLUMN` … `count` (no column)
        case aggregate(Aggregate, ColumnName?)
    }
    public let kind: Kind
    /// The stage word's span.
    public let wordSpan: Span
    public let span: Span
}

public enum BinaryOperator: String, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case power = "^"
}

/// The questions users ask of the record.
///
/// A projection's scenario is boxed (`indirect`): it is ten times the size of any other case,
/// and every query is copied into the tree and out of it, so an unboxed scenario made each
/// `contribution 2021` copy about 300 bytes twice (about 500 instructions a statement).
public enum Query: Sendable {
    case agreements
    case agreement(Expr)
    /// `rounds N`, `rounds N..M`, `rounds` (every agreement)
    case rounds(Expr?)
    /// `negotiators N`, `negotiators N..M`, `negotiators` (every agreement)
    case negotiators(Expr?)
    /// `events`, `events YEAR|YEARS`, `events agreement N`
    case events(EventsFilter)
    case contribution(Expr)
    case contributions(Expr?)
    case growth(Expr)
    /// `project TARGET SCENARIO`
    indirect case project(target: Expr, Scenario)
    case record
    /// `verify` or `verify agreement N`
    case verify(agreement: Expr?)
    /// `explain contribution YEAR`, `explain project ...`
    case explain(Expr)
    /// `chart QUERY [title TEXT]`: contributions, a projection or a comparison as bars.
    case chart(Expr, title: Expr?)
    /// `compare SCENARIO, SCENARIO, ... for YEARS`
    case compare(scenarios: [Scenario], years: Expr)
    /// `tour` or `tour N`
    case tour(Expr?)
    /// `simulate TARGET SCENARIO`: rates may be distributions.
    indirect case simulate(target: Expr, Scenario)
    /// `breakdown YEAR`: labour, construction, logistics
    case breakdown(Expr)
    /// `cpi YEAR|YEARS`, `budget-growth YEAR|YEARS`: an index as recorded (or `set`), with its source
    case index(IndexKind, Expr)
    /// `rate YEAR|YEARS`: won per dollar, the year's average, as recorded (or `set`)
    case exchange(Expr)
    /// `budget YEAR|YEARS`: Korea's defense budget as recorded
    case budget(Expr)
    /// `share YEAR|YEARS`: the contribution as a share of the defense budget
    case share(Expr)
    /// `source KEY`: a source's text and address
    case source(Expr)
    /// `sources`: every source of the record
    case sources
}

/// Which events `events` lists.
public enum EventsFilter: Sendable {
    case all
    case years(Expr)
    case agreement(Expr)
}

/// A yearly rate: one rate, or (in `simulate`) a distribution of rates.
public enum Distribution: Sendable {
    case normal(mean: Expr, sd: Expr)
    case uniform(low: Expr, high: Expr)
    case triangular(low: Expr, mode: Expr, high: Expr)
    case historical(years: Expr)
    /// A single rate: every draw is the same.
    case fixed(Expr)

    /// The rate, when it is one rate.
    public var fixed: Expr? {
        if case .fixed(let e) = self { return e }
        return nil
    }
}

/// The indices the rules use.
public enum IndexKind: String, Sendable, CaseIterable {
    case cpi
    case budget = "budget-growth"

    public var name: String {
        switch self {
        case .cpi: "CPI growth"
        case .budget: "defense-budget growth"
        }
    }
}

/// The clauses of a projection, a simulation or one scenario of a comparison, in any order
/// (`ClauseWord`): `with growth RATE`, `under agreement N`, `with cpi RATE`, `with budget-growth
/// RATE`, `from YEAR`, and for `simulate` `trials N`, `seed S`, `above AMOUNT`. Outside
/// `simulate` every rate is `.fixed`. One syntax for every statement that takes a scenario.
public struct Scenario: Sendable {
    public var growth: Distribution? = nil
    /// Where `with growth`'s rate stands (messages point at it).
    public var growthSpan: Span? = nil
    public var under: Expr? = nil
    /// `with cpi|budget-growth RATE`, with where each rate stands.
    public var assumptions: [(kind: IndexKind, rate: Distribution, span: Span)] = []
    /// `with cpi 2026: 2%, 2027: 6%`: a rate for each year listed (`word` says of what).
    public var yearly: [(word: AssumptionWord, year: Expr, rate: Distribution, span: Span)] = []
    public var base: Expr? = nil
    public var trials: Expr? = nil
    public var seed: Expr? = nil
    public var above: Expr? = nil
    public var span: Span

    public init(span: Span) {
        self.span = span
    }

    /// `with growth RATE` as one rate (`project`, `compare`).
    public var growthRate: Expr? { growth?.fixed }

    /// The index assumptions given as one rate each.
    public var fixedAssumptions: [(kind: IndexKind, rate: Expr)] {
        assumptions.compactMap { a in a.rate.fixed.map { (a.kind, $0) } }
    }
}

public struct Statement: Sendable {
    public enum Kind: Sendable {
        case expression(Expr)
        case assignment(name: TextRef, nameSpan: Span, value: Expr)
        case help(topic: TextRef?, topicSpan: Span?)
        /// `set cpi 2026 = 2.4%`: an index assumption for the session.
        case set(index: IndexKind, year: Expr, rate: Expr)
        /// `set rate YEAR = WON`: a won-per-dollar rate for this session
        case setExchange(year: Expr, wonPerDollar: Expr)
        case define(DefinitionRef)
        /// `let NAME(PARAM, …) = EXPRESSION`
        case function(name: TextRef, nameSpan: Span, parameters: ParametersRef, body: Expr)
        /// `assert CONDITION`
        case assert(Expr)
        /// `reset`: variables, functions, set values and the session's definitions
        case reset
        /// `unset cpi YEAR`, `unset budget-growth YEAR`
        case unsetIndex(IndexKind, year: Expr)
        /// `unset rate YEAR`
        case unsetExchange(year: Expr)
        /// `unset NAME`
        case unsetName(TextRef, Span)
    }

    public let kind: Kind
    public let span: Span
}

/// Statements parsed from one source, with the tree of their expressions.
public struct ParsedSource {
    public let statements: [Statement]
    public let syntax: SyntaxTree
}

/// A declaration of part of the record: `define agreement 12 { ... }` and its kin.
public struct Definition: Sendable {
    public enum Subject: String, Sendable, CaseIterable {
        case agreement, contribution, round, negotiator, event, cpi, budget, exchange, breakdown, source
    }

    public let subject: Subject
    public let subjectSpan: Span
    /// What follows the subject word: an ordinal, a year, a round number, a date (`event`), or
    /// text (`source`, `negotiator`).
    public let key: Expr?
    /// `of agreement N` (rounds and negotiators).
    public let parent: Expr?
    /// `= VALUE` (contribution amount, cpi rate, budget amount, source address; the key of a source).
    public let value: Expr?
    public let clauses: [Clause]
}

/// One `keyword argument...` part of a definition.
public struct Clause: Sendable {
    public let keyword: DefinitionClause
    public let span: Span
    public let arguments: [ClauseArgument]
}

public enum ClauseArgument: Sendable {
    case expr(Expr)
    case word(String, Span)
    case rule(RuleSyntax)
}

/// `rule cpi lag 2 cap 5%`, `rule fixed 10%`, `rule negotiated`, ...
public struct RuleSyntax: Sendable {
    public let kind: String
    public let kindSpan: Span
    public let rate: Expr?
    public let lag: Expr?
    public let cap: Expr?
    public var plus: Expr? = nil
}
