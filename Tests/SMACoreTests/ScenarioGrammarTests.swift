import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMAShell

/// One grammar for scenarios: `project`, `compare`, `simulate` (and `explain`/`chart` of
/// them) read their clauses through one parser, so the same clauses give the same message in
/// each; the completer offers after a scenario exactly the clauses the parser accepts there.
@Suite struct ScenarioGrammarTests {
    /// A clause as written, with the clause word and assumption it uses.
    struct Piece {
        let text: String
        let clause: ClauseWord
    }

    static let pieces: [Piece] = [
        Piece(text: "with growth 3%", clause: .with), Piece(text: "with cpi 2%", clause: .with),
        Piece(text: "with budget-growth 1%", clause: .with), Piece(text: "under agreement 12", clause: .under),
        Piece(text: "from 2025", clause: .from), Piece(text: "trials 50", clause: .trials),
        Piece(text: "seed 3", clause: .seed), Piece(text: "above 1조", clause: .above),
        Piece(text: "with growth", clause: .with), Piece(text: "under", clause: .under),
    ]

    /// The statements that take `clauses`, each as its text around them.
    static func statements(taking clauses: Set<ClauseWord>) -> [String] {
        var forms: [(ScenarioStatement, String, String)] = [
            (.project, "project 2028 ", ""), (.project, "explain project 2028 ", ""), (.project, "chart project 2027..2028 ", ""),
            (.simulate, "simulate 2028 ", " trials 20 seed 1"), (.simulate, "chart simulate 2028 ", " trials 20 seed 1"),
            (.compare, "compare ", " for 2027..2028"), (.compare, "chart compare ", " for 2027..2028"),
        ]
        forms = forms.filter { f in clauses.isSubset(of: Set(f.0.clauses)) }
        return forms.map { "\($0.1)\u{0}\($0.2)" }
    }

    /// The first message of a text (nil when it parses).
    static func message(_ text: String) -> String? {
        do { _ = try Parser.parse(SourceText(name: "t", text: text)); return nil } catch { return error.message }
    }

    /// The message without what it found (which is whatever the statement has next).
    static func stem(_ text: String) -> String? {
        message(text).map { $0.components(separatedBy: ", found ").first ?? $0 }
    }

    @Test func theSameClausesGiveTheSameMessageInEveryStatement() {
        var rng = SplitMix(seed: 21)
        var compared = 0
        for _ in 0..<1_500 {
            let count = Int(rng.next() % 4) + 1
            var chosen: [Piece] = []
            for _ in 0..<count { chosen.append(Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))]) }
            // trials and seed are given by the simulate forms themselves.
            chosen.removeAll { $0.clause == .trials || $0.clause == .seed }
            guard !chosen.isEmpty else { continue }
            let clauses = chosen.map(\.text).joined(separator: " ")
            let forms = Self.statements(taking: Set(chosen.map(\.clause)))
            guard forms.count > 1 else { continue }
            let messages = forms.map { f in Self.stem(f.replacingOccurrences("\u{0}", clauses)) }
            compared += 1
            #expect(Set(messages.map { $0 ?? "ok" }).count == 1, "\(clauses): \(zip(forms, messages).map { "\($0.0): \($0.1 ?? "ok")" })")
        }
        #expect(compared > 500)
    }

    @Test func aClauseAStatementDoesNotTakeIsRefusedAlike() {
        for s in ScenarioStatement.allCases {
            for c in ClauseWord.allCases where !s.clauses.contains(c) {
                let text = s == .compare ? "compare growth 3% \(c.rawValue) 5 for 2027" : "\(s.rawValue) 2027 with growth 3% \(c.rawValue) 5"
                #expect(Self.message(text) == "`\(s.rawValue)` takes no `\(c.rawValue)` clause", "\(text)")
            }
        }
        #expect(Self.message("project 2027 with growth normal(3%, 1%)") == "`project` takes one rate, not a distribution")
        #expect(Self.message("compare growth uniform(1%, 2%) for 2027") == "`compare` takes one rate, not a distribution")
    }

    /// `let under = 1` and `let above = 5` alike: every word that can follow a value in a
    /// statement, and every statement word, is refused as a name with one message.
    @Test func everyReservedWordIsRefusedAlike() {
        // (`budget-growth` is three tokens: no name can be written so.)
        for w in Vocabulary.reserved.sorted() where !w.contains("-") {
            #expect(Self.message("let \(w) = 1") == "`\(w)` is a reserved word and cannot be a variable name", "\(w)")
        }
        for w in ClauseWord.allCases.map(\.rawValue) + ["for", "of", "in", "at", "ans"] {
            #expect(Vocabulary.reserved.contains(w), "\(w)")
        }
        #expect(Self.message("let rate = 4%") == nil)
    }

    /// After each prefix of a valid scenario, the clause words the completer offers are the
    /// ones after which the parser accepts some whole statement.
    @Test func theCompleterOffersExactlyTheClausesTheParserAccepts() {
        let continuations: [ClauseWord: [String]] = [
            .with: ["with growth 3%", "with cpi 2%", "with budget-growth 1%"], .under: ["under agreement 12"],
            .from: ["from 2025"], .trials: ["trials 50"], .seed: ["seed 3"], .above: ["above 1조"],
        ]
        let finishes = ["", " under agreement 12", " with growth 3%"]
        var rng = SplitMix(seed: 7)
        var checked = 0
        for _ in 0..<400 {
            let statement = ScenarioStatement.allCases[Int(rng.next() % 3)]
            let head = statement == .compare ? "compare " : "\(statement.rawValue) 2028 "
            let tail = statement == .compare ? " for 2027..2028" : ""
            // A valid prefix: clauses added while the statement still parses with some finish.
            var prefix = head + (statement == .compare ? "growth 3%" : "with growth 3%")
            if rng.next() % 2 == 0 { prefix = head + "under agreement 12" }
            for _ in 0..<Int(rng.next() % 3) {
                let options = statement.clauses.flatMap { continuations[$0] ?? [] }
                let next = prefix + " " + options[Int(rng.next() % UInt64(options.count))]
                if finishes.contains(where: { Self.message(next + $0 + tail) == nil }) { prefix = next }
            }
            guard finishes.contains(where: { Self.message(prefix + $0 + tail) == nil }) else { continue }
            let accepted = Set(ClauseWord.allCases.filter { c in
                (continuations[c] ?? []).contains { cont in finishes.contains { Self.message(prefix + " " + cont + $0 + tail) == nil } }
            }.map(\.rawValue))
            let line = prefix + " "
            let offered = Completer.complete(line, cursor: line.utf8.count, context: CompletionContext()).candidates
            #expect(Set(offered).intersection(ClauseWord.allCases.map(\.rawValue)) == accepted, "\(line)| offers \(offered), the parser takes \(accepted.sorted())")
            // After `with growth`: a distribution exactly where the parser takes one.
            let rateLine = head + "with growth "
            let distributions = Set(Completer.complete(rateLine, cursor: rateLine.utf8.count, context: CompletionContext()).candidates)
                .intersection(DistributionWord.allCases.map(\.rawValue))
            let drawn = Self.message(head + "with growth normal(3%, 1%)" + tail) == nil
            #expect(distributions == (drawn ? Set(DistributionWord.allCases.map(\.rawValue)) : []), "\(rateLine)| offers \(distributions)")
            // After `with`: exactly the assumptions the parser takes there.
            let withLine = prefix + " with "
            let assumptions = Set(AssumptionWord.allCases.filter { a in
                finishes.contains { Self.message(prefix + " with \(a.rawValue) 2%" + $0 + tail) == nil }
            }.map(\.rawValue))
            if !assumptions.isEmpty {
                let got = Completer.complete(withLine, cursor: withLine.utf8.count, context: CompletionContext()).candidates
                #expect(Set(got) == assumptions, "\(withLine)| offers \(got), the parser takes \(assumptions.sorted())")
            }
            checked += 1
        }
        #expect(checked > 200)
    }
}

/// A small deterministic generator (SplitMix64) for generated cases.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
