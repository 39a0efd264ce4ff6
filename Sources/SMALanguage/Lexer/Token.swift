/// The tokens of the sma language: a kind and a span, and no payload that needs memory of its
/// own. The text of a name or of quoted text is read from the source at the token's span when
/// the parser needs it (`Parser.text(of:)`, `Lexer.textValue`), so lexing allocates nothing per
/// token (a test checks that `Token` stays plain data).
public enum TokenKind: Sendable, Equatable {
    case number(Dec)            // 42, 4.5, 1,833, 1_000
    case string                 // "text", with \" \\ \n \t escapes
    case identifier             // names and keywords: contribution, let, g, 기준
    case date(year: Int, month: Int, day: Int) // 2024-11-04
    case koreanUnit(KoreanUnit) // 조 억 만 천 원, only right after a number or another unit
    case plus, minus, star, slash, caret, percent
    case leftParen, rightParen, leftBrace, rightBrace, leftBracket, rightBracket
    case comma, semicolon, equals, dotDot
    /// `:` (a year and its rate: `with cpi 2026: 2%`)
    case colon
    /// `|` between a table and a pipeline stage
    case pipe
    /// `==` `!=` `<` `<=` `>` `>=`
    case comparison(ComparisonOperator)
    case won                    // ₩
    case dollar                 // $
    case newline
    case end

    /// Text for messages: `number`, `` `+` ``, ... (a name's own text: `Token.describe(in:)`).
    public var describe: String {
        switch self {
        case .number(let d): "number `\(d)`"
        case .string: "text"
        case .identifier: "name"
        case .date: "date"
        case .koreanUnit(let u): "`\(u.rawValue)`"
        case .plus: "`+`"
        case .minus: "`-`"
        case .star: "`*`"
        case .slash: "`/`"
        case .caret: "`^`"
        case .percent: "`%`"
        case .leftParen: "`(`"
        case .rightParen: "`)`"
        case .leftBrace: "`{`"
        case .rightBrace: "`}`"
        case .leftBracket: "`[`"
        case .rightBracket: "`]`"
        case .comma: "`,`"
        case .semicolon: "`;`"
        case .equals: "`=`"
        case .dotDot: "`..`"
        case .colon: "`:`"
        case .pipe: "`|`"
        case .comparison(let op): "`\(op.rawValue)`"
        case .won: "`₩`"
        case .dollar: "`$`"
        case .newline: "end of line"
        case .end: "end of input"
        }
    }

    /// Whether this is a name (checked without comparing payloads).
    var isIdentifier: Bool { if case .identifier = self { true } else { false } }

    var isNewline: Bool { if case .newline = self { true } else { false } }

    /// A token after which a line break does not end the statement.
    var continuesLine: Bool {
        switch self {
        case .plus, .minus, .star, .slash, .caret, .comma, .equals, .dotDot, .leftParen, .leftBrace, .leftBracket,
             .colon, .pipe, .comparison:
            true
        default:
            false
        }
    }
}

public struct Token: Sendable, Equatable {
    public let kind: TokenKind
    public let span: Span

    public init(_ kind: TokenKind, _ span: Span) {
        self.kind = kind
        self.span = span
    }

    /// Text for messages, a name quoted as written: `` `contribtion` ``.
    public func describe(in bytes: [UInt8]) -> String {
        if kind == .identifier { return "`" + String(decoding: bytes[span.start..<span.end], as: UTF8.self) + "`" }
        return kind.describe
    }
}

/// The comparison operators: their results are `true` or `false`.
public enum ComparisonOperator: String, Sendable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}
