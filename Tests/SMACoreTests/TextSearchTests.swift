import PropertyBased
import Testing
@testable import SMALanguage
@testable import SMAEngine

/// Text searched in bytes where that is the same as searching characters: `contains` on ASCII
/// text, the web address in a source's text, and the columns completion offers after a stage
/// that keeps them. Each checked against the plain character-based form on generated text.
/// (The reference for `contains` is the evaluator's own character search, `Conditions.characterSearch`:
/// in a module that imports Foundation, as the tests do, `String.contains` is Foundation's,
/// which finds a CR inside a CR LF.)
@Suite struct TextSearchTests {
    /// Pieces that join into text: ASCII, Korean, a CR alone and with LF, a letter with a
    /// combining mark, and the Kelvin sign (canonically equivalent to `K`).
    static let piece = Gen.int(in: 0...13).map { n -> String in
        ["a", "b", "K", "\u{212A}", "가", "\r", "\n", "\r\n", "é", "e\u{0301}", " ", "mofa", ".kr", "ab"][n]
    }
    static let text = piece.array(of: 0...12).map { $0.joined() }

    @Test func containsIsTheCharacterSearch() async {
        await propertyCheck(count: 2000, input: Self.text, Self.text) { a, b in
            #expect(Conditions.text(a, contains: b) == Conditions.characterSearch(a, for: b), "\(Array(a.unicodeScalars)) \(Array(b.unicodeScalars))")
        }
        // Parts of the text itself (the search's positive side, which random pairs seldom reach).
        await propertyCheck(count: 500, input: Self.text, Gen.int(in: 0...12), Gen.int(in: 0...12)) { a, i, j in
            let bytes = Array(a.utf8)
            let lo = min(i, j, bytes.count), hi = min(max(i, j), bytes.count)
            let part = String(decoding: bytes[lo..<hi], as: UTF8.self)
            #expect(Conditions.text(a, contains: part) == Conditions.characterSearch(a, for: part))
        }
    }

    @Test func repeatsAreSearchedAsCharactersAre() {
        // Texts of repeats, where a search that starts again at every place would be slow and
        // a wrong skip would miss a match: each against the character search.
        for n in [1, 2, 3, 10, 100, 2000] {
            let a = String(repeating: "a", count: n)
            let cases = [(a, String(a.prefix(n / 2)) + "b"), (a + "b", String(a.prefix(n / 2)) + "b"), (a + "ab" + a, "aab"),
                         (String(repeating: "ab", count: n), "abab" + "c"), (String(repeating: "aab", count: n) + "aaab", "aaab")]
            for (t, p) in cases {
                #expect(Conditions.text(t, contains: p) == Conditions.characterSearch(t, for: p), "\(t.count) \(p)")
            }
        }
    }

    /// The address as it was found before: the text split into characters at spaces.
    static func referenceAddress(_ text: String) -> String? {
        for word in text.split(separator: " ") where word.hasPrefix("https://") || word.hasPrefix("http://") {
            var w = Substring(word)
            while let last = w.last, ".,;)".contains(last) { w = w.dropLast() }
            return String(w)
        }
        return nil
    }

    @Test func theAddressIsFoundAsInCharacters() async {
        let piece = Gen.int(in: 0...14).map { n -> String in
            ["https://", "http://", "x.kr/", "a", "서울", " ", "  ", ".", ",", ";", ")", "(", "ht", "p://", "é"][n]
        }
        await propertyCheck(count: 2000, input: piece.array(of: 0...10).map { $0.joined() }) { text in
            #expect(Session.address(in: text) == Self.referenceAddress(text), "\(text)")
        }
        for s in Session().record.sources.values {
            #expect(Session.address(in: s.address) == Self.referenceAddress(s.address), "\(s.key)")
        }
    }

    @Test func completionOffersTheColumnsAStageKeeps() {
        let s = Session()
        let sources = s.columnKeys(of: "sources")
        #expect(sources == ["key", "text", "address"])
        #expect(s.columnKeys(of: "sources | where text contains \"mofa\"") == sources)
        #expect(s.columnKeys(of: "sources | sort key desc | take 3") == sources)
        #expect(s.columnKeys(of: "sources | where text contains \"mofa\" | select key") == ["key"])
        #expect(s.columnKeys(of: "contributions 2020..2021 | where year > 2020 | derive twice = amount * 2").contains("twice"))
    }
}
