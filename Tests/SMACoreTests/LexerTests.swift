import Foundation
import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell
@testable import SMATools

@Suite struct LexerTests {
    func kinds(_ s: String) throws -> [TokenKind] {
        try Lexer.tokenize(SourceText(name: "t", text: s)).map(\.kind)
    }

    @Test func numbersPercentsAndRanges() throws {
        #expect(try kinds("4.5%") == [.number(dec("4.5")), .percent, .end])
        #expect(try kinds("2019..2025") == [.number(Dec(2019)), .dotDot, .number(Dec(2025)), .end])
        #expect(try kinds("1,183,300") == [.number(Dec(1183300)), .end])
        // A comma not followed by exactly three digits separates.
        #expect(try kinds("1,5") == [.number(Dec(1)), .comma, .number(Dec(5)), .end])
    }

    @Test func koreanUnitsSplitFromNumbersAndEachOther() throws {
        let expected: [TokenKind] = [.number(Dec(1)), .koreanUnit(.jo), .number(Dec(1833)), .koreanUnit(.eok), .koreanUnit(.won), .end]
        #expect(try kinds("1조1833억원") == expected)
        #expect(try kinds("1조 1,833억 원") == expected)
        // A Korean word that is not only units stays a name.
        #expect(try kinds("let 원화 = 1") == [.identifier, .identifier, .equals, .number(Dec(1)), .end])
        let source = SourceText(name: "t", text: "let 원화 = 1")
        var parser = Parser()
        try parser.start(source)
        #expect(parser.text(of: parser.tokens[1]) == "원화")
    }

    /// Text may not hold control characters (ESC would reach a terminal as an escape sequence):
    /// refused where they are written, raw or as C1 characters; tab is allowed.
    @Test func controlCharactersInTextAreRefused() throws {
        for c in ["\u{1B}", "\u{7}", "\u{7F}", "\u{9B}", "\r"] {
            #expect(throws: Diagnostic.self) { try Lexer.tokenize(SourceText(name: "t", text: "\"a\(c)b\"")) }
        }
        _ = try Lexer.tokenize(SourceText(name: "t", text: "\"a\tb\""))
    }

    @Test func theLexersUnitBytesAreEachUnitsSpelling() {
        for u in KoreanUnit.allCases {
            #expect(Lexer.unit(Array(u.rawValue.utf8), at: 0)?.0 == u)
            // Decomposed (NFD), the same unit: its jamo, 6 or 9 bytes.
            let nfd = Array(u.rawValue.decomposedStringWithCanonicalMapping.utf8)
            #expect(Lexer.unit(nfd, at: 0)?.0 == u && Lexer.unit(nfd, at: 0)?.1 == nfd.count, "NFD \(u.rawValue)")
        }
        #expect(Vocabulary.koreanUnits == ["조": 12, "억": 8, "만": 4, "천": 3])
    }

    /// Plain digits take the lexer's one-pass path below 18 digits and the general one above;
    /// both give what `Dec` parses, and a number followed by anything lexes the same.
    @Test func plainDigitsAreValuedAsDecParsesThem() throws {
        var state: UInt64 = 12345
        for length in 1...30 {
            for _ in 0..<40 {
                var digits = ""
                for _ in 0..<length {
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    digits.append(Character(UnicodeScalar(UInt8(ascii: "0") + UInt8(state >> 60 % 10 == 0 ? 0 : (state >> 33) % 10))))
                }
                for after in ["", " ", "\n", "+1", "%", ")", "억", " 원", "x"] {
                    let text = digits + after
                    guard let expected = Dec(parsing: Substring(digits)) else {
                        #expect(throws: Diagnostic.self) { try kinds(text) }
                        continue
                    }
                    let tokens = try kinds(text)
                    #expect(tokens.first == .number(expected), "\(text)")
                }
            }
        }
    }

    @Test func tokensArePlainData() {
        // Lexing a statement allocates nothing per token, and a buffer of tokens is emptied
        // without visiting them.
        #expect(_isPOD(Token.self))
    }

    @Test func textValuesReplaceTheirEscapes() throws {
        for (written, value) in [(#""plain""#, "plain"), (#""a \"b\"""#, "a \"b\""), (#""tab\there\\n""#, "tab\there\\n"),
                                 (#""줄\n바꿈""#, "줄\n바꿈"), (#""""#, "")] {
            let source = SourceText(name: "t", text: written)
            let tokens = try Lexer.tokenize(source)
            #expect(tokens.map(\.kind) == [.string, .end])
            #expect(Lexer.textValue(source.bytes, tokens[0].span) == value)
        }
    }

    @Test func datesAndText() throws {
        #expect(try kinds("2024-11-04") == [.date(year: 2024, month: 11, day: 4), .end])
        #expect(try kinds("2026-2025") == [.number(Dec(2026)), .minus, .number(Dec(2025)), .end])
        #expect(try kinds(#""a \"b\"""#) == [.string, .end])
        #expect(throws: Diagnostic.self) { try kinds("2024-02-30") }
    }

    @Test func commentsAndLineBreaks() throws {
        #expect(try kinds("1 # note\n2") == [.number(Dec(1)), .newline, .number(Dec(2)), .end])
        // Inside brackets and after an operator a line break continues the statement.
        #expect(try kinds("(1\n+ 2)") == [.leftParen, .number(Dec(1)), .plus, .number(Dec(2)), .rightParen, .end])
        #expect(try kinds("1 +\n2") == [.number(Dec(1)), .plus, .number(Dec(2)), .end])
    }

    @Test func badBytesAreErrorsAtTheirPosition() {
        do {
            _ = try Lexer.tokenize(SourceText(name: "t", bytes: Array("ab ".utf8) + [0xFF]))
            Issue.record("expected an error")
        } catch {
            #expect(error.span == Span(3, 4))
            #expect(error.message.contains("UTF-8"))
        }
        #expect(throws: Diagnostic.self) { try Lexer.tokenize(SourceText(name: "t", bytes: [0x31, 0x00])) }
        // A truncated multi-byte sequence.
        #expect(throws: Diagnostic.self) { try Lexer.tokenize(SourceText(name: "t", bytes: [0xEC, 0xA1])) }
    }
}
