import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell
@testable import SMATools
#if canImport(Glibc)
import Glibc
#endif

/// One vocabulary: every statement word of `Vocabulary` is parsed, has help, is completed at the
/// start of a line and appears in Grammar.md; the completer offers what the parser accepts.
@Suite struct VocabularyTests {
    @Test func everyStatementWordIsParsedHelpedCompletedAndInTheGrammar() throws {
        let grammar = String(decoding: GoldenTests.read(GoldenTests.root + "/Grammar.md") ?? [], as: UTF8.self)
        let context = Session().completionContext()
        for w in Vocabulary.statementWords {
            // Parsed: whatever else may be missing, the word is known.
            do {
                _ = try Parser.parse(SourceText(name: "-e", text: w))
            } catch {
                #expect(!error.message.hasPrefix("unknown statement"), "\(w): \(error.message)")
            }
            #expect((try? Help.text(for: w, span: Span(0, 0))) != nil, "no help for \(w)")
            let line = Help.overview.split(separator: "\n").first { $0.hasPrefix("  \(w) ") }
            #expect(line?.hasSuffix(Vocabulary.StatementWord(rawValue: w).map(Help.summary(of:)) ?? "?") == true, "help does not list \(w) with its summary")
            #expect(Completer.complete(String(w.prefix(3)), cursor: 3, context: context).candidates.contains(w), "\(w) is not completed")
            #expect(grammar.contains("\"\(w)\"") || grammar.contains("`\(w)"), "Grammar.md does not name \(w)")
        }
        #expect(Vocabulary.statementWords.count == Set(Vocabulary.statementWords).count)
    }

    @Test func explainAndChartAcceptWhatTheCompleterOffers() throws {
        let context = Session().completionContext()
        for (verb, words) in [("explain", Vocabulary.explainable), ("chart", Vocabulary.chartable)] {
            let offered = Completer.complete("\(verb) ", cursor: verb.utf8.count + 1, context: context).candidates
            #expect(offered.sorted() == words.sorted(), "\(verb): \(offered)")
            for w in words {
                let text = "\(verb) \(w) 2024"
                do { _ = try Parser.parse(SourceText(name: "-e", text: text)) } catch {
                    #expect(!error.message.hasPrefix("expected what to"), "\(text): \(error.message)")
                }
            }
        }
    }

    /// Every unit word the completer offers after a number makes a value the parser accepts.
    @Test func completedUnitsAreUnderstood() throws {
        let context = Session().completionContext()
        let offered = Completer.complete("3", cursor: 1, context: context).candidates
        #expect(offered.count == Vocabulary.completedUnits.count)
        for u in offered {
            _ = try value(u, session: Session())
        }
    }

    /// The parser looks words up by their bytes in the source; the tables it uses say what the
    /// vocabulary's dictionaries say, for every word of the language and near misses of each.
    @Test func wordsLookedUpByTheirBytesMeanWhatTheVocabularySays() {
        // Decomposed Hangul and a Kelvin sign are canonically equivalent to `달러` and `KRW`.
        let decomposed = "\u{1103}\u{1161}\u{11AF}\u{1105}\u{1165}"
        #expect(decomposed == "달러" && Array(decomposed.utf8) != Array("달러".utf8))
        #expect(Vocabulary.currencySuffixTable[utf8: ArraySlice(Array(decomposed.utf8))] == .usd)
        #expect(Vocabulary.currencyPrefixTable[utf8: ArraySlice(Array("\u{212A}RW".utf8))] == .krw)
        var probes = Vocabulary.allWords + Vocabulary.statementWords + ["", "x", "budget", "원화", "달", "달러스", decomposed, "\u{212A}RW"]
        for w in Array(probes) where !w.isEmpty {
            probes += [String(w.dropLast()), w + "s", w.uppercased(), w.capitalized, String(w.dropFirst())]
        }
        func check<V: Equatable>(_ table: WordTable<V>, _ dictionary: [String: V]) {
            for w in probes + Array(dictionary.keys) {
                #expect(table[utf8: ArraySlice(Array(w.utf8))] == dictionary[w], "\(w)")
            }
        }
        check(Vocabulary.scaleWordTable, Vocabulary.scaleWords)
        check(Vocabulary.currencySuffixTable, Vocabulary.currencySuffixes)
        check(Vocabulary.currencyPrefixTable, Vocabulary.currencyPrefixes)
        check(Vocabulary.conversionTargetTable, Vocabulary.conversionTargets)
        for w in probes {
            #expect(Vocabulary.statementWord(utf8: ArraySlice(Array(w.utf8))) == Vocabulary.StatementWord(rawValue: w), "\(w)")
        }
    }
}
