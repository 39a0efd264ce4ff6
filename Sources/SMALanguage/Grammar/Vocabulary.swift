/// The words of the language, in one place: the parser, did-you-mean hints, help and
/// completion all read them from here.
public enum Vocabulary {
    /// Words that start a statement, in the order `help` lists them, each with the summary help
    /// gives it. The parser switches over these cases (a word added here that the parser does
    /// not handle does not compile); help, the completer, the editor grammars and Grammar.md
    /// are checked against them (VocabularyTests).
    public enum StatementWord: String, CaseIterable, Sendable {
        case agreements, agreement, rounds, negotiators, events, contribution, contributions, growth, project
        case verify, explain, set, chart, compare, simulate, breakdown, cpi
        case budgetGrowth = "budget-growth"
        case rate, budget, share
        case sources, source
        case assert, reset, unset
        case tour, `let`, define, record, help

        /// The one-line summary `help` prints beside the word.
        public var summary: String {
            switch self {
            case .agreements: "table of all agreements"
            case .agreement: "one agreement in full"
            case .rounds: "negotiation rounds of an agreement"
            case .negotiators: "each side's chief negotiators, with their periods"
            case .events: "the timeline: dated events around the agreements"
            case .contribution: "what Korea paid in one year"
            case .contributions: "table of yearly amounts"
            case .growth: "change on the previous year"
            case .project: "what-if projection at a growth rate"
            case .verify: "recompute every rule-based year from its rule"
            case .explain: "how an amount follows from its rule, step by step"
            case .set: "assume an index value for this session"
            case .chart: "bar chart in the terminal"
            case .compare: "scenarios side by side"
            case .simulate: "Monte Carlo: the range of outcomes and the odds"
            case .breakdown: "labour, construction, logistics shares of a year"
            case .cpi: "Korean CPI growth, as recorded or set"
            case .budgetGrowth: "defense-budget growth, as recorded or set"
            case .rate: "won per dollar, the year's average, as recorded or set"
            case .budget: "Korea's defense budget, as recorded"
            case .share: "the contribution as a share of the defense budget"
            case .sources: "table of the record's sources"
            case .source: "one source: its text and address"
            case .assert: "check a condition; an error when it does not hold"
            case .reset: "forget variables, functions, set values and definitions"
            case .unset: "undo one set value or one name"
            case .tour: "a guided lesson" // help adds the number of steps (`Help.summary`)
            case .let: "name a value"
            case .define: "declare part of the record"
            case .record: "print the record this session uses"
            case .help: "this help"
            }
        }
    }

    /// The statement word spelled by these UTF-8 bytes (a name's text in the source), if any:
    /// found by its first byte and then one comparison or two (`StatementWord(rawValue:)`
    /// hashes a string through a cache: ten times the work, on every statement).
    public static func statementWord(utf8 word: ArraySlice<UInt8>) -> StatementWord? {
        statementWordTable[utf8: word]
    }

    static let statementWordTable: WordTable<StatementWord> = {
        let all = StatementWord.allCases
        return WordTable(words: all.map(\.rawValue), meanings: Array(all))
    }()

    /// The statement words as text, in help order.
    public static let statementWords: [String] = StatementWord.allCases.map(\.rawValue)

    /// Statement words that start a query only when an operand follows (`rate 2021`); alone
    /// they stay names, so `let rate = 4%` keeps working.
    public static let softStatementWords: Set<String> = [StatementWord.rate.rawValue, StatementWord.budget.rawValue, StatementWord.source.rawValue, StatementWord.share.rawValue]

    /// Queries that can stand inside an expression: `contribution 2026 - contribution 2025`.
    public static let expressionQueries: [String] = ["contribution", "growth", "project", "agreement", "agreements", "contributions", "budget", "rate", "cpi", "budget-growth", "share"]

    /// What `explain` explains, and what `chart` draws.
    public static let explainable: [String] = ["contribution", "growth", "project"]
    public static let chartable: [String] = ["contributions", "project", "compare", "simulate"]
    /// The clauses after a chart's query (`title "…"`), words only there.
    public static let chartClauses: [String] = ["title"]

    /// Words followed by a year (completion offers the recorded years).
    public static let yearQueries: Set<String> = ["contribution", "contributions", "growth", "project", "from", "simulate", "breakdown", "cpi", "budget-growth", "rate", "budget", "share"]

    /// Words that can follow a value inside a statement: a scenario's clauses (`ClauseWord`),
    /// `for` (compare), `of` (a round's agreement), `in` and `at` (conversion).
    public static let wordsAfterValues: [String] = ClauseWord.allCases.map(\.rawValue) + ["for", "of"] + conversionWords + logicWords

    /// The words of conditions that follow a value (`a and b`, `t contains "x"`).
    public static let logicWords: [String] = ["and", "or", "contains"]

    /// Words that, at the end of a line, continue the statement on the next (as the
    /// continuing operators do): the logic words and `not`.
    public static let continuingWords: [String] = logicWords + ["not"]
    static let continuingWordBytes: [[UInt8]] = continuingWords.map { Array($0.utf8) }

    /// Words of conditions that are values or start one: `true`, `false`, `not`.
    public static let conditionWords: [String] = ["true", "false", "not"]

    /// Words that can never be variable names: the statement words, every word that can follow
    /// a value (so that a value always ends before one), and `ans`.
    public static let reserved: Set<String> = Set(statementWords + wordsAfterValues + conditionWords + ["ans"]).subtracting(softStatementWords)

    /// The lexer's Unicode spellings of operators: `×`, `÷` and the minus sign `−` (U+2212).
    /// (A switch and a list of strings, not a dictionary keyed by `Character`: making that
    /// dictionary's type at start-up cost more than the rest of `1 + 2`.)
    public static func unicodeOperator(_ c: Character) -> TokenKind? {
        switch c {
        case "×": .star
        case "÷": .slash
        case "−": .minus
        default: nil
        }
    }
    public static let unicodeOperatorSpellings: [String] = ["×", "÷", "−"]

    /// Operators that, at the end of a line, continue the statement on the next line (one rule
    /// for scripts, standard input and the REPL's continuation prompt).
    public static let continuingOperators: [String] = ["+", "-", "*", "/", "^", ",", "=", ".", "<", ">", "|", ":"] + unicodeOperatorSpellings

    /// Clause words after a projection target (`ScenarioStatement.project`).
    public static let projectionClauses: [String] = ScenarioStatement.project.clauses.map(\.rawValue)

    /// Words after `with` in a scenario.
    public static let withWords: [String] = AssumptionWord.allCases.map(\.rawValue)

    /// Scale words after a number: `1.1833 trillion won`.
    public static let scaleWords: [String: Int] = dictionary(scaleWordList)
    static let scaleWordList: KeyValuePairs<String, Int> = [
        "trillion": 12, "billion": 9, "million": 6, "thousand": 3,
        "T": 12, "B": 9, "M": 6, "K": 3, "tn": 12, "bn": 9, "mn": 6,
    ]

    /// Currency words after an amount: `won`, `dollars`.
    public static let currencySuffixes: [String: Currency] = dictionary(currencySuffixList)
    static let currencySuffixList: KeyValuePairs<String, Currency> = [
        "won": .krw, "KRW": .krw, "krw": .krw,
        "dollars": .usd, "dollar": .usd, "USD": .usd, "usd": .usd, "달러": .usd,
    ]

    /// Currency words before an amount: `KRW 1,183,300,000,000`.
    public static let currencyPrefixes: [String: Currency] = dictionary(currencyPrefixList)
    static let currencyPrefixList: KeyValuePairs<String, Currency> = ["KRW": .krw, "USD": .usd, "US": .usd]

    /// The same words as tables the parser looks up by a name's bytes in the source (no string
    /// is made and hashed for each name), made from the same lists as the dictionaries.
    static let scaleWordTable = WordTable(scaleWordList)
    static let currencySuffixTable = WordTable(currencySuffixList)
    static let currencyPrefixTable = WordTable(currencyPrefixList)
    static let conversionTargetTable = WordTable(conversionTargetList)
    static let wordsAfterValuesTable = WordTable(words: wordsAfterValues)

    /// A list of words as a dictionary (each word is in its list once: VocabularyTests).
    static func dictionary<V>(_ list: KeyValuePairs<String, V>) -> [String: V] {
        var d: [String: V] = [:]
        for (w, v) in list { d[w] = v }
        return d
    }

    /// Currency words after `in`: `contribution 2026 in usd`.
    public static let conversionTargets: [String: Currency] = dictionary(conversionTargetList)
    static let conversionTargetList: KeyValuePairs<String, Currency> = [
        "usd": .usd, "USD": .usd, "dollars": .usd, "krw": .krw, "KRW": .krw, "won": .krw,
    ]

    /// Korean units and their powers of ten.
    public static let koreanUnits: [String: Int] = Dictionary(uniqueKeysWithValues: KoreanUnit.allCases.compactMap { u in u.power.map { (u.rawValue, $0) } })

    /// Unit words completion offers after a number: the Korean units, then the long scale and
    /// currency words (abbreviations like `bn` are understood but not offered).
    public static let completedUnits: [String] =
        ["억", "조", "만", "원"] + ["won"] + scaleWords.filter { $0.key.count > 2 && $0.value > 3 }.sorted { $0.value > $1.value }.map(\.key) + ["dollars"]

    /// Clauses only a simulation takes, after the target (`trials 100000 seed 7 above 1조 7000억`).
    public static let simulationClauses: [String] = ScenarioStatement.simulate.clauses.map(\.rawValue).filter { !projectionClauses.contains($0) }

    /// The distributions a simulation draws from.
    public static let distributions: [String] = DistributionWord.allCases.map(\.rawValue)

    /// Other shells' commands (sqlite3's `.quit`, psql's `\q`, vim's `:q`) and sma's own: a
    /// line that is one of them gets a hint naming sma's command, not a syntax lesson.
    public static let otherToolsCommands: [String: String] = [
        ".quit": "quit", ".exit": "quit", ".q": "quit", "\\q": "quit", ":q": "quit", ":quit": "quit", ":wq": "quit", ":q!": "quit",
        ".help": "help", "\\?": "help", "\\h": "help", ":help": "help", ":h": "help",
        // sma's own session commands, met in a script (where they are not statements).
        "quit": "quit", "exit": "quit",
    ]

    /// `in 2025 won`: an amount in the won of a year (the currency word after the year).
    public static let constantWon = "won"

    /// Conversion words: `contribution 2021 in usd at 1,144.6`.
    public static let conversionWords: [String] = ["in", "at"]

    /// Words inside queries: clauses, the words they take, and `tour`'s words.
    public static var clauseWords: [String] {
        unique(projectionClauses + withWords + simulationClauses + conversionWords + chartClauses + ["agreement", "for", "of", "all", "next", "back"])
    }

    /// Words of the record's definitions: subjects, clause keywords, rule kinds and options,
    /// bases and figures.
    public static var definitionWords: [String] {
        let clauses = Set(Parser.clauseShapes.values.flatMap { $0.keys.map(\.firstWord) }).sorted()
        return unique(Definition.Subject.allCases.map(\.rawValue) + clauses + RuleKind.allCases.map(\.rawValue)
                      + ["lag", "cap", "rate", "plus"] + Basis.allCases.map(\.rawValue) + Figure.allCases.map(\.rawValue))
    }

    /// Every unit word the lexer and the amount parser understand.
    public static var unitWords: [String] {
        unique(koreanUnits.keys.sorted() + ["원"] + scaleWords.keys.sorted() + currencySuffixes.keys.sorted() + currencyPrefixes.keys.sorted())
    }

    static func unique(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }

    /// Every word a user might misspell, for did-you-mean.
    public static var allWords: [String] {
        statementWords + ClauseWord.allCases.map(\.rawValue) + Array(scaleWords.keys.filter { $0.count > 2 }) + ["won", "dollars"]
    }
}

