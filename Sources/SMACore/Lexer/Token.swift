/// The tokens of the sma language.
public enum TokenKind: Sendable, Equatable {
    case number(Dec)            // 42, 4.5, 1,833, 1_000
    case string(String)         // "text", with \" \\ \n escapes
    case identifier(String)     // names and keywords: contribution, let, g, 기준
    case date(year: Int, month: Int, day: Int) // 2024-11-04
    case koreanUnit(String)     // 조 억 만 천 원, only right after a number or another unit
    case plus, minus, star, slash, caret, percent
    case leftParen, rightParen, leftBrace, rightBrace, leftBracket, rightBracket
    case comma, semicolon, equals, dotDot
    case won                    // ₩
    case dollar                 // $
    case newline
    case end

    /// Text for messages: `number`, `` `+` ``, ...
    public var describe: String {
        switch self {
        case .number(let d): "number `\(d)`"
        case .string: "text"
        case .identifier(let s): "`\(s)`"
        case .date: "date"
        case .koreanUnit(let u): "`\(u)`"
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
        case .won: "`₩`"
        case .dollar: "`$`"
        case .newline: "end of line"
        case .end: "end of input"
        }
    }

    /// A token after which a line break does not end the statement.
    var continuesLine: Bool {
        switch self {
        case .plus, .minus, .star, .slash, .caret, .comma, .equals, .dotDot, .leftParen, .leftBrace, .leftBracket:
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
}
