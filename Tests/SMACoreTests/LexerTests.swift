import Testing
@testable import SMACore

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
        let expected: [TokenKind] = [.number(Dec(1)), .koreanUnit("조"), .number(Dec(1833)), .koreanUnit("억"), .koreanUnit("원"), .end]
        #expect(try kinds("1조1833억원") == expected)
        #expect(try kinds("1조 1,833억 원") == expected)
        // A Korean word that is not only units stays a name.
        #expect(try kinds("let 원화 = 1") == [.identifier("let"), .identifier("원화"), .equals, .number(Dec(1)), .end])
    }

    @Test func datesAndText() throws {
        #expect(try kinds("2024-11-04") == [.date(year: 2024, month: 11, day: 4), .end])
        #expect(try kinds("2026-2025") == [.number(Dec(2026)), .minus, .number(Dec(2025)), .end])
        #expect(try kinds(#""a \"b\"""#) == [.string("a \"b\""), .end])
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
