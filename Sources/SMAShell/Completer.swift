import SMALanguage
import SMAEngine
import SMARender

/// What Tab offers at the cursor: a pure function of (text, cursor) and what the session knows,
/// so it is unit-tested without a terminal.
public struct Completion: Sendable, Equatable {
    /// Byte offset in the line where the word being completed starts.
    public let replaceFrom: Int
    /// Full replacements for the bytes from `replaceFrom` to the cursor, sorted.
    public let candidates: [String]

    public static let none = Completion(replaceFrom: 0, candidates: [])
}

/// The names completion can offer.
public struct CompletionContext {
    public var variables: [String]
    /// The columns of the table a text gives (the left of a pipeline's `|`), for the stages.
    public var columns: ((String) -> [String])? = nil
    public var agreements: [Int]
    public var years: [Int]
    public var topics: [String]
    /// Words only the interactive session understands (`quit`, `save`, ...).
    public var sessionCommands: [String]

    public init(variables: [String] = [], agreements: [Int] = [], years: [Int] = [], topics: [String] = [], sessionCommands: [String] = []) {
        self.variables = variables
        self.agreements = agreements
        self.years = years
        self.topics = topics
        self.sessionCommands = sessionCommands
    }
}

extension Session {
    /// What this session can complete: its variables, the record's agreements and years.
    public func completionContext(sessionCommands: [String] = []) -> CompletionContext {
        // In any order: the completer sorts what it offers.
        var c = CompletionContext(variables: Array(variables.keys), agreements: record.agreements.keys.sorted(),
                                  years: record.contributions.keys.sorted(), topics: Help.topicNames,
                                  sessionCommands: sessionCommands)
        c.columns = { text in self.columnKeys(of: text) }
        return c
    }
}

public enum Completer {
    static let unitWords = Vocabulary.completedUnits
    static let yearQueries = Vocabulary.yearQueries

    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_") || b >= 0x80
    }

    /// Completes the word that ends at `cursor` (a byte offset into `line`).
    public static func complete(_ line: String, cursor: Int, context: CompletionContext) -> Completion {
        let all = Array(line.utf8)
        let cur = max(0, min(cursor, all.count))
        let bytes = Array(all[..<cur])
        // No completion inside text or a comment.
        var inText = false
        for b in bytes {
            if b == UInt8(ascii: "\"") { inText.toggle() }
            if b == UInt8(ascii: "#") && !inText { return .none }
        }
        if inText { return .none }
        var start = cur
        while start > 0 && isWordByte(bytes[start - 1]) { start -= 1 }
        // ₩ (E2 82 A9) is not part of a word.
        if start + 2 < cur, bytes[start] == 0xE2, bytes[start + 1] == 0x82, bytes[start + 2] == 0xA9 { start += 3 }
        let word = String(decoding: bytes[start..<cur], as: UTF8.self)
        // The tokens before the word, in the current statement.
        guard let lexed = try? Lexer.tokenize(SourceText(name: "", bytes: Array(bytes[..<start]))) else { return .none }
        var tokens = lexed.filter { $0.kind != .end }
        if let lastBreak = tokens.lastIndex(where: { $0.kind == .semicolon || $0.kind == .newline }) {
            tokens = Array(tokens[(lastBreak + 1)...])
        }
        let before = tokens.map { $0.kind == .identifier ? Lexeme.word(String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self)) : .token($0.kind) }
        var candidates: [String]
        if let p = tokens.lastIndex(where: { $0.kind == .pipe }) {
            // In a pipeline: the stage words after `|`, the left table's columns in a stage.
            let left = String(decoding: bytes[(tokens.first?.span.start ?? 0)..<tokens[p].span.start], as: UTF8.self)
            candidates = stageCandidates(Array(before[(p + 1)...]), left: left, context: context)
        } else {
            candidates = self.candidates(word: word, before: before, context: context)
        }
        // Numbers in numeric order before words, words in code point order; each sort key is made
        // once (a Tab with a thousand variables defined sorts them all). Duplicates go after sorting.
        let keyed = candidates.filter { $0.hasPrefix(word) }.map { (number: Int($0), head: sortHead($0), word: $0) }
        let ordered = keyed.sorted { a, b in
            switch (a.number, b.number) {
            case let (x?, y?): return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a.head != b.head ? a.head < b.head : a.word < b.word
            }
        }
        var unique: [String] = []
        unique.reserveCapacity(ordered.count)
        for c in ordered where unique.last != c.word { unique.append(c.word) }
        return Completion(replaceFrom: start, candidates: unique)
    }

    /// What fits in a stage: its words after `|`, then the columns of the table on its left
    /// (`context.columns`), with the variables where an expression goes.
    static func stageCandidates(_ stage: [Lexeme], left: String, context: CompletionContext) -> [String] {
        guard let first = stage.first else { return StageWord.allCases.map(\.rawValue) }
        guard case .word(let w) = first, let sw = StageWord(rawValue: w) else { return [] }
        let prev = stage.last ?? first
        let columns = { context.columns?(left) ?? [] }
        switch sw {
        case .take, .count:
            return []
        case .where, .derive:
            if sw == .derive && stage.count < 3 { return [] } // the new column's name, then `=`
            switch prev {
            case .word(let p) where p == w || ["and", "or", "not"].contains(p): return columns() + context.variables
            case .token(.comparison), .token(.plus), .token(.minus), .token(.star), .token(.slash), .token(.leftParen), .token(.equals):
                return columns() + context.variables
            case .word: return ["and", "or", "contains"]
            default: return []
            }
        case .sort:
            if case .word(let p) = prev, p != w { return ["desc", "asc"] }
            return columns()
        case .select, .group, .sum, .mean, .median, .min, .max:
            if case .word(let p) = prev, p != w { return [] }
            return columns()
        }
    }

    /// The first eight UTF-8 bytes, big-endian: comparing two of them orders most words.
    static func sortHead(_ s: String) -> UInt64 {
        var key: UInt64 = 0
        var n = 0
        for b in s.utf8 {
            if n == 8 { break }
            key |= UInt64(b) << (56 - 8 * n)
            n += 1
        }
        return key
    }

    /// A token before the cursor, a name with its text.
    enum Lexeme: Equatable {
        case word(String)
        case token(TokenKind)
    }

    static func wordOf(_ k: Lexeme?) -> String? {
        if case .word(let s)? = k { return s }
        return nil
    }

    static func candidates(word: String, before: [Lexeme], context: CompletionContext) -> [String] {
        let prev = before.last
        let expressionStart = context.variables + ["ans"] + Vocabulary.expressionQueries
        // A number being typed: years or ordinals where a query wants one, else units after it.
        if let first = word.utf8.first, first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") {
            let digits = String(word.prefix { $0.isASCII && $0.isNumber })
            let afterSet = before.count >= 2 && wordOf(before[before.count - 2]) == "set"
            let wantsYears = word == digits && (yearQueries.contains(wordOf(prev) ?? "") || isRangeOfYears(before) || afterSet)
            let wantsOrdinal = word == digits && ["agreement", "rounds"].contains(wordOf(prev) ?? "")
            if wantsOrdinal { return context.agreements.map(String.init) }
            if wantsYears { return context.years.map(String.init) }
            return unitWords.map { digits + ($0.utf8.first! < 0x80 ? " " : "") + $0 }
        }
        guard let prev else {
            return Vocabulary.statementWords + context.sessionCommands + context.variables + ["ans"]
        }
        switch prev {
        case .token(.number), .token(.percent):
            // After a value: the scenario's remaining clauses, or units after a bare number.
            if let clauses = scenarioClauses(before) { return clauses }
            return prev == .token(.percent) ? [] : unitWords + (before.contains(where: { wordOf($0) == "contribution" }) ? ["in"] : [])
        case .word(let w):
            switch w {
            case "agreement", "rounds": return context.agreements.map(String.init)
            case "cpi", "budget-growth":
                if before.count >= 2, wordOf(before[before.count - 2]) == "set" { return context.years.map(String.init) }
                if before.count == 1 { return context.years.map(String.init) } // the query `cpi YEAR`
                return expressionStart + drawnRates(before)
            case "contribution", "contributions", "growth", "from":
                if w == "growth", before.count >= 2, wordOf(before[before.count - 2]) == "with" { return expressionStart + drawnRates(before) }
                return context.years.map(String.init)
            case "project", "simulate", "breakdown": return context.years.map(String.init)
            case "in": return ["krw", "usd"]
            case "with": return scenarioAssumptions(before.dropLast()) ?? Vocabulary.withWords
            case "under": return ["agreement"]
            case "verify": return ["agreement"]
            case "explain": return Vocabulary.explainable
            case "chart": return Vocabulary.chartable
            case "compare": return ["growth"] + ScenarioStatement.compare.clauses.map(\.rawValue)
            case "set": return ["cpi", "budget-growth"]
            case "tour": return ["all"] + (1...Tour.steps.count).map(String.init)
            case "help": return context.topics
            case "define": return Definition.Subject.allCases.map(\.rawValue)
            case "let": return []
            default:
                // After a name or a finished value: the scenario's clauses if one is open.
                return scenarioClauses(before) ?? []
            }
        case .token(.koreanUnit): return ["억", "만", "원"] + (scenarioClauses(before) ?? [])
        case .token(.plus), .token(.minus), .token(.star), .token(.slash), .token(.caret), .token(.leftParen), .token(.equals),
             .token(.comma), .token(.leftBracket):
            return expressionStart
        case .token(.dotDot):
            return context.years.map(String.init)
        case .token(.rightParen):
            return scenarioClauses(before) ?? []
        default:
            return []
        }
    }

    /// The scenario being written at the end of `before` (`project …`, `simulate …`, the
    /// last scenario of `compare …`): its statement and the clauses and assumptions it has so
    /// far; nil outside one, or inside a bracket of it.
    static func openScenario(_ before: ArraySlice<Lexeme>) -> (statement: ScenarioStatement, clauses: Set<ClauseWord>, assumptions: Set<AssumptionWord>)? {
        guard let at = before.lastIndex(where: { wordOf($0).flatMap(ScenarioStatement.init(rawValue:)) != nil }),
              let statement = wordOf(before[at]).flatMap(ScenarioStatement.init(rawValue:)) else { return nil }
        var clauses = Set<ClauseWord>(), assumptions = Set<AssumptionWord>()
        var depth = 0
        var previous: Lexeme? = nil
        for (i, l) in before[(at + 1)...].enumerated() {
            switch l {
            case .token(.leftParen), .token(.leftBracket): depth += 1
            case .token(.rightParen), .token(.rightBracket): depth -= 1
            // A new scenario of `compare`.
            case .token(.comma) where depth == 0 && statement == .compare:
                clauses = []
                assumptions = []
            case .word("for") where depth == 0 && statement == .compare: return nil
            case .word(let w) where depth == 0:
                if let c = ClauseWord(rawValue: w) { clauses.insert(c) }
                // `with growth`, `with cpi`, `with budget - growth`; compare's leading `growth`.
                let leading = statement == .compare && (i == 0 || previous == .token(.comma))
                if previous == .word("with") || (leading && w == "growth"), let a = AssumptionWord(rawValue: w == "budget" ? "budget-growth" : w) {
                    assumptions.insert(a)
                }
            default: break
            }
            previous = l
        }
        return depth == 0 ? (statement, clauses, assumptions) : nil
    }

    /// The distributions, where the open scenario draws its rates (`simulate`).
    static func drawnRates(_ before: [Lexeme]) -> [String] {
        openScenario(before[...])?.statement.drawsRates == true ? Vocabulary.distributions : []
    }

    /// What may follow `with` in the open scenario: `growth` unless it is given or a rule is,
    /// an index unless it is given or a growth rate is (an index needs a rule, which a growth
    /// rate excludes). The rules of `Parser.parseScenario`, from its tables.
    static func scenarioAssumptions(_ before: ArraySlice<Lexeme>) -> [String]? {
        guard let s = openScenario(before) else { return nil }
        return AssumptionWord.allCases.filter { a in
            if s.assumptions.contains(a) { return false }
            return a == .growth ? !s.clauses.contains(.under) : !s.assumptions.contains(.growth)
        }.map(\.rawValue)
    }

    /// The clauses the open scenario may take next (`ScenarioStatement.clauses`, less those
    /// given; `with` while an assumption may follow; `under` unless a growth rate is given),
    /// and `for` after a scenario of `compare`.
    static func scenarioClauses(_ before: [Lexeme]) -> [String]? {
        guard let s = openScenario(before[...]) else { return nil }
        let more = scenarioAssumptions(before[...]) ?? []
        let clauses = s.statement.clauses.filter { c in
            switch c {
            case .with: !more.isEmpty
            case .under: !s.clauses.contains(.under) && !s.assumptions.contains(.growth)
            default: !s.clauses.contains(c)
            }
        }.map(\.rawValue)
        return clauses + (s.statement == .compare ? ["for"] : [])
    }

    /// `contributions 2019..` or `project 2027..`: the end of a range of years.
    static func isRangeOfYears(_ before: [Lexeme]) -> Bool {
        guard before.count >= 3, before[before.count - 1] == .token(.dotDot) else { return false }
        return yearQueries.contains(wordOf(before[before.count - 3]) ?? "")
    }
}
