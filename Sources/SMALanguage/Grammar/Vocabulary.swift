/// The words of the language, in one place: the parser, did-you-mean hints, help and
/// completion all read them from here.
public enum Vocabulary {
    /// Words that start a statement, in the order `help` lists them, each with the summary help
    /// gives it. The parser switches over these cases (a word added here that the parser does
    /// not handle does not compile); help, the completer, the editor grammars and Grammar.md
    /// are checked against them (VocabularyTests).
    public enum StatementWord: String, CaseIterable, Sendable {
        case agreements, agreement, rounds, contribution, contributions, growth, project
        case verify, explain, set, chart, compare, simulate, breakdown, cpi
        case budgetGrowth = "budget-growth"
        case rate
        case tour, `let`, define, record, help

        /// The one-line summary `help` prints beside the word.
        public var summary: String {
            switch self {
            case .agreements: "table of all agreements"
            case .agreement: "one agreement in full"
            case .rounds: "negotiation rounds of an agreement"
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
    /// hashes a string through a cache: ten times the work, on every statement). (Every statement word is lowercase ASCII, which no other spelling is canonically
    /// equivalent to, so comparing bytes is comparing strings.)
    public static func statementWord(utf8 word: ArraySlice<UInt8>) -> StatementWord? {
        guard let first = word.first, first >= 0x61, first <= 0x7A else { return nil }
        for (w, spelling) in statementWordSpellingsByInitial[Int(truncatingIfNeeded: first) - 0x61] where spelling.elementsEqual(word) { return w }
        return nil
    }

    /// The statement words and their spellings by their first letter, a to z.
    static let statementWordSpellingsByInitial: [[(StatementWord, [UInt8])]] = (0..<26).map { i in
        StatementWord.allCases.filter { $0.rawValue.utf8.first == UInt8(0x61 + i) }.map { ($0, Array($0.rawValue.utf8)) }
    }

    /// The statement words as text, in help order.
    public static let statementWords: [String] = StatementWord.allCases.map(\.rawValue)

    /// Statement words that start a query only when an operand follows (`rate 2021`); alone
    /// they stay names, so `let rate = 4%` keeps working.
    public static let softStatementWords: Set<String> = [StatementWord.rate.rawValue]

    /// Queries that can stand inside an expression: `contribution 2026 - contribution 2025`.
    public static let expressionQueries: [String] = ["contribution", "growth", "project", "agreement", "agreements", "contributions"]

    /// What `explain` explains, and what `chart` draws.
    public static let explainable: [String] = ["contribution", "growth", "project"]
    public static let chartable: [String] = ["contributions", "project", "compare", "simulate"]

    /// Words followed by a year (completion offers the recorded years).
    public static let yearQueries: Set<String> = ["contribution", "contributions", "growth", "project", "from", "simulate", "breakdown", "cpi", "budget-growth", "rate"]

    /// Words that can follow a value inside a statement: a scenario's clauses (`ClauseWord`),
    /// `for` (compare), `of` (a round's agreement), `in` and `at` (conversion).
    public static let wordsAfterValues: [String] = ClauseWord.allCases.map(\.rawValue) + ["for", "of", "in", "at"]

    /// Words that can never be variable names: the statement words, every word that can follow
    /// a value (so that a value always ends before one), and `ans`.
    public static let reserved: Set<String> = Set(statementWords + wordsAfterValues + ["ans"]).subtracting(softStatementWords)

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
    public static let continuingOperators: [String] = ["+", "-", "*", "/", "^", ",", "=", "."] + unicodeOperatorSpellings

    /// Clause words after a projection target (`ScenarioStatement.project`).
    public static let projectionClauses: [String] = ScenarioStatement.project.clauses.map(\.rawValue)

    /// Words after `with` in a scenario.
    public static let withWords: [String] = AssumptionWord.allCases.map(\.rawValue)

    /// Scale words after a number: `1.1833 trillion won`.
    public static let scaleWords: [String: Int] = [
        "trillion": 12, "billion": 9, "million": 6, "thousand": 3,
        "T": 12, "B": 9, "M": 6, "K": 3, "tn": 12, "bn": 9, "mn": 6,
    ]

    /// Currency words after an amount: `won`, `dollars`.
    public static let currencySuffixes: [String: Currency] = [
        "won": .krw, "KRW": .krw, "krw": .krw,
        "dollars": .usd, "dollar": .usd, "USD": .usd, "usd": .usd, "달러": .usd,
    ]

    /// Currency words before an amount: `KRW 1,183,300,000,000`.
    public static let currencyPrefixes: [String: Currency] = ["KRW": .krw, "USD": .usd, "US": .usd]

    /// The same words as tables the parser looks up by a name's bytes in the source (no string
    /// is made and hashed for each name).
    static let scaleWordTable = WordTable(scaleWords)
    static let currencySuffixTable = WordTable(currencySuffixes)
    static let currencyPrefixTable = WordTable(currencyPrefixes)
    static let conversionTargetTable = WordTable(conversionTargets)
    static let wordsAfterValuesTable = WordTable(Dictionary(uniqueKeysWithValues: wordsAfterValues.map { ($0, true) }))

    /// Currency words after `in`: `contribution 2026 in usd`.
    public static let conversionTargets: [String: Currency] = [
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

    /// Conversion words: `contribution 2021 in usd at 1,144.6`.
    public static let conversionWords: [String] = ["in", "at"]

    /// Words inside queries: clauses, the words they take, and `tour`'s words.
    public static var clauseWords: [String] {
        unique(projectionClauses + withWords + simulationClauses + conversionWords + ["agreement", "for", "of", "all", "next", "back"])
    }

    /// Words of the record's definitions: subjects, clause keywords, rule kinds and options,
    /// bases and figures.
    public static var definitionWords: [String] {
        let clauses = Parser.clauseShapes.values.flatMap(\.keys).sorted()
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

/// Did-you-mean: the closest candidate within a small edit distance.
public enum Suggest {
    /// Words longer than this get no suggestion (and are no candidates): a misspelt
    /// 12,000-character name must not cost a 12,000 × 12,000 table.
    public static let maxLength = 64
    /// The most candidates a suggestion looks at, and the most names a hint lists.
    public static let maxCandidates = 256
    public static let maxListed = 10

    /// `defined names: a, b, c`, at most `maxListed` of them (the latest), with how many more.
    public static func listing(_ names: ArraySlice<String>, total: Int) -> String {
        let shown = names.suffix(maxListed).map { $0.count > maxLength ? String($0.prefix(maxLength)) + "…" : $0 }.sorted()
        let more = total - shown.count
        return "defined names: " + shown.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
    }

    public static func closest(to word: String, among candidates: [String]) -> String? {
        guard !word.isEmpty, word.utf8.count <= maxLength * 4 else { return nil }
        let w = Array(word.lowercased())
        guard w.count <= maxLength else { return nil }
        var best: (String, Int)? = nil
        let limit = w.count <= 3 ? 1 : w.count <= 6 ? 2 : 3
        for c in candidates where c.utf8.count <= maxLength * 4 {
            let cc = Array(c.lowercased())
            guard cc.count <= maxLength, abs(cc.count - w.count) <= limit else { continue }
            let d = distance(w, cc)
            // The word itself is no suggestion.
            if d <= limit, d > 0, best.map({ d < $0.1 }) ?? true { best = (c, d) }
        }
        return best?.0
    }

    /// Optimal-string-alignment distance (Levenshtein with adjacent transpositions).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if abs(a.count - b.count) > 3 { return 99 }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}

/// The Korean units written after a number: 조 억 만 천 (powers of ten) and 원 (won).
public enum KoreanUnit: String, Sendable, CaseIterable {
    case jo = "조", eok = "억", man = "만", cheon = "천", won = "원"

    /// The power of ten the unit multiplies by (nil for 원, which names the currency).
    public var power: Int? {
        switch self {
        case .jo: 12
        case .eok: 8
        case .man: 4
        case .cheon: 3
        case .won: nil
        }
    }
}

/// Words and their meanings, looked up by UTF-8 bytes: a few words each, kept by their first
/// byte and compared byte by byte. Built from one of the vocabulary's dictionaries. A word with
/// a byte beyond ASCII is looked up as a string instead, so that it means what the dictionary
/// says under Unicode's canonical equivalence (`달러` written decomposed, `KRW` with a Kelvin
/// sign), as before.
struct WordTable<Meaning>: Sendable where Meaning: Sendable {
    private let byFirstByte: [[(word: [UInt8], value: Meaning)]]
    private let words: [String: Meaning]

    init(_ words: [String: Meaning]) {
        self.words = words
        var buckets = [[(word: [UInt8], value: Meaning)]](repeating: [], count: 256)
        for (w, v) in words {
            let bytes = Array(w.utf8)
            if let first = bytes.first { buckets[Int(truncatingIfNeeded: first)].append((bytes, v)) }
        }
        byFirstByte = buckets
    }

    subscript(utf8 word: ArraySlice<UInt8>) -> Meaning? {
        guard let first = word.first else { return nil }
        if word.contains(where: { $0 >= 0x80 }) { return words[String(decoding: word, as: UTF8.self)] }
        for entry in byFirstByte[Int(truncatingIfNeeded: first)] where entry.word.count == word.count && entry.word.elementsEqual(word) {
            return entry.value
        }
        return nil
    }
}
