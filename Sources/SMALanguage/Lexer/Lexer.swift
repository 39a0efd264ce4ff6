/// Turns the bytes of a source into tokens.
///
/// - `#` starts a comment to the end of the line (so a `#!/usr/bin/env sma` first line is one).
/// - A line break ends a statement, except inside brackets or after a token that cannot end
///   one (an operator, `,`, `=`, `..`): there the statement continues on the next line.
/// - Korean units (조 억 만 천 원) directly after a number, with or without a space, are unit
///   tokens: `1조1833억원` and `1조 1,833억 원` lex alike.
/// - Invalid UTF-8 and NUL bytes are errors at their exact position.
public struct Lexer {
    let bytes: [UInt8]
    var pos = 0
    var depth = 0
    var tokens: [Token] = []

    public static func tokenize(_ source: SourceText) throws(Diagnostic) -> [Token] {
        var tokens: [Token] = []
        try tokenize(source, into: &tokens)
        return tokens
    }

    /// Lexes into `tokens`, emptied first with its storage kept: the runner lexes input after
    /// input into one buffer. (Tokens are plain data, so emptying it frees nothing.)
    public static func tokenize(_ source: SourceText, into tokens: inout [Token]) throws(Diagnostic) {
        tokens.removeAll(keepingCapacity: true)
        // About one token per four bytes of ordinary statements: one allocation, not a series
        // (asked only when the buffer is smaller: most lines fit the last one's).
        let wanted = source.bytes.count / 4 + 4
        if tokens.capacity < wanted { tokens.reserveCapacity(wanted) }
        var lexer = Lexer(bytes: source.bytes)
        swap(&lexer.tokens, &tokens)
        defer { swap(&lexer.tokens, &tokens) }
        try lexer.run()
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func emit(_ kind: TokenKind, _ start: Int) {
        tokens.append(Token(kind, Span(start, pos)))
    }

    mutating func run() throws(Diagnostic) {
        while pos < bytes.count {
            let b = bytes[pos]
            let start = pos
            switch b {
            case UInt8(ascii: "\r") where pos + 1 < bytes.count && bytes[pos + 1] == UInt8(ascii: "\n"):
                // CR LF is one line break, which starts at the CR: an error at the end of the
                // line stands just after its last character, as with LF alone.
                pos += 2
                if depth == 0, let last = tokens.last, !last.kind.continuesLine, !last.kind.isNewline, !continuesWith(last) {
                    emit(.newline, start)
                }
            case UInt8(ascii: "\r"):
                throw Diagnostic(.input, "a carriage return (CR) without a line feed", at: Span(pos, pos + 1),
                                 hint: "sma reads lines that end in LF or CR LF; this file's lines may end in CR alone (convert it: `tr '\\r' '\\n' < old > new`)")
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                pos += 1
            case UInt8(ascii: "\n"):
                pos += 1
                if depth == 0, let last = tokens.last, !last.kind.continuesLine, !last.kind.isNewline, !continuesWith(last) {
                    emit(.newline, start)
                }
            case UInt8(ascii: "#"):
                try skipComment()
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                try lexNumberOrDate()
            case UInt8(ascii: "\""):
                try lexString()
            case UInt8(ascii: "+"): pos += 1; emit(.plus, start)
            case UInt8(ascii: "-"): pos += 1; emit(.minus, start)
            case UInt8(ascii: "*"): pos += 1; emit(.star, start)
            case UInt8(ascii: "/"): pos += 1; emit(.slash, start)
            case UInt8(ascii: "^"): pos += 1; emit(.caret, start)
            case UInt8(ascii: "%"): pos += 1; emit(.percent, start)
            case UInt8(ascii: "("): pos += 1; depth += 1; emit(.leftParen, start)
            case UInt8(ascii: ")"): pos += 1; depth = max(0, depth - 1); emit(.rightParen, start)
            case UInt8(ascii: "{"): pos += 1; depth += 1; emit(.leftBrace, start)
            case UInt8(ascii: "}"): pos += 1; depth = max(0, depth - 1); emit(.rightBrace, start)
            case UInt8(ascii: "["): pos += 1; depth += 1; emit(.leftBracket, start)
            case UInt8(ascii: "]"): pos += 1; depth = max(0, depth - 1); emit(.rightBracket, start)
            case UInt8(ascii: ","): pos += 1; emit(.comma, start)
            case UInt8(ascii: ";"): pos += 1; emit(.semicolon, start)
            case UInt8(ascii: "="):
                if next(is: "=") { pos += 2; emit(.comparison(.equal), start) } else { pos += 1; emit(.equals, start) }
            case UInt8(ascii: "!"):
                guard next(is: "=") else {
                    throw Diagnostic(.syntax, "unexpected character `!`", at: Span(pos, pos + 1), hint: "`!=` is \"not equal\"; for \"not\", write `not`")
                }
                pos += 2; emit(.comparison(.notEqual), start)
            case UInt8(ascii: "<"):
                if next(is: "=") { pos += 2; emit(.comparison(.lessOrEqual), start) } else { pos += 1; emit(.comparison(.less), start) }
            case UInt8(ascii: ">"):
                if next(is: "=") { pos += 2; emit(.comparison(.greaterOrEqual), start) } else { pos += 1; emit(.comparison(.greater), start) }
            case UInt8(ascii: "|"): pos += 1; emit(.pipe, start)
            case UInt8(ascii: ":"): pos += 1; emit(.colon, start)
            case UInt8(ascii: "$"): pos += 1; emit(.dollar, start)
            case UInt8(ascii: "."):
                try lexDots(start)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
                lexIdentifier()
            case 0:
                throw Diagnostic(.input, "NUL byte in input", at: Span(pos, pos + 1))
            case 0x80...0xFF:
                try lexNonASCII(start)
            default:
                throw unexpectedCharacter(b)
            }
        }
        emit(.end, pos)
    }

    /// A comment, to the end of its line (checked for NUL and invalid UTF-8 like code).
    @inline(__always)
    private mutating func skipComment() throws(Diagnostic) {
        // A comment ends at a CR too: a CR alone is then refused, not read as part of it (a
        // file with CR line ends would otherwise be one comment, and nothing would run).
        while pos < bytes.count && bytes[pos] != UInt8(ascii: "\n") && bytes[pos] != 0x0D {
            if bytes[pos] == 0 { throw Diagnostic(.input, "NUL byte in input", at: Span(pos, pos + 1)) }
            if bytes[pos] >= 0x80 {
                guard let (_, len) = UTF8Decoding.decode(bytes, at: pos) else { throw invalidUTF8(at: pos) }
                pos += len
            } else {
                pos += 1
            }
        }
    }

    /// `..` (a range), or a point where none belongs.
    private mutating func lexDots(_ start: Int) throws(Diagnostic) {
        if pos + 1 < bytes.count && bytes[pos + 1] == UInt8(ascii: ".") {
            pos += 2
            emit(.dotDot, start)
        } else if pos + 1 < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[pos + 1]) {
            throw Diagnostic(.syntax, "a number needs a digit before the point", at: Span(pos, pos + 1),
                             hint: "write 0\(String(decoding: bytes[pos..<min(pos + 4, bytes.count)], as: UTF8.self))")
        } else {
            throw Diagnostic(.syntax, "unexpected `.`", at: Span(pos, pos + 1), hint: "ranges are written `2019..2025`")
        }
    }

    /// A byte beyond ASCII: `₩`, a Korean unit, a letter of a name, a Unicode operator.
    private mutating func lexNonASCII(_ start: Int) throws(Diagnostic) {
        guard let (scalar, len) = UTF8Decoding.decode(bytes, at: pos) else { throw invalidUTF8(at: pos) }
        if scalar == "₩" || scalar == "￦" {
            pos += len
            emit(.won, start)
        } else if lexKoreanUnits() {
            // emitted
        } else if scalar.properties.isAlphabetic {
            lexIdentifier()
        } else if let op = Vocabulary.unicodeOperator(Character(scalar)) {
            pos += len
            emit(op, start)
        } else {
            throw Diagnostic(.syntax, "unexpected character `\(scalar)`", at: Span(pos, pos + len))
        }
    }

    /// A byte that starts no token, with a hint for the ones people try.
    private func unexpectedCharacter(_ b: UInt8) -> Diagnostic {
        let shown = b < 0x20 || b == 0x7F ? "control character 0x\(String(b, radix: 16, uppercase: true))" : "character `\(UnicodeScalar(b))`"
        var hint: String? = nil
        if b == UInt8(ascii: "'") { hint = "text is written in double quotes: \"like this\"" }
        if b == UInt8(ascii: "&") { hint = "for \"and\", write `and`; for \"or\", `or`" }
        return Diagnostic(.syntax, "unexpected \(shown)", at: Span(pos, pos + 1), hint: hint)
    }

    private func invalidUTF8(at i: Int) -> Diagnostic {
        Diagnostic(.input, "invalid UTF-8 byte 0x\(String(bytes[i], radix: 16, uppercase: true))", at: Span(i, i + 1),
                   hint: "sma reads UTF-8 text; is this a binary file, or text in another encoding?")
    }

    /// Whether `t` is a word that continues the statement on the next line (`and`, `or`, `not`,
    /// `contains`).
    private func continuesWith(_ t: Token) -> Bool {
        guard t.kind.isIdentifier, t.span.end - t.span.start <= 8 else { return false }
        let w = bytes[t.span.start..<t.span.end]
        return Vocabulary.continuingWordBytes.contains { $0.elementsEqual(w) }
    }

    /// Whether the byte after the current one is `c`.
    private func next(is c: Unicode.Scalar) -> Bool {
        pos + 1 < bytes.count && bytes[pos + 1] == UInt8(ascii: c)
    }

    private func isDigit(_ i: Int) -> Bool {
        i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9")
    }

    private mutating func lexNumberOrDate() throws(Diagnostic) {
        let start = pos
        // Most numbers are a few plain digits: read and valued in one pass. (Anything else, a
        // date, separators, a point or 18 digits and more, takes the general path below.)
        let (v, i) = bytes.withUnsafeBufferPointer { p -> (Int64, Int) in
            var v: Int64 = 0
            var i = start
            while i < p.count && i - start < 17 {
                let d = p[i] &- UInt8(ascii: "0")
                if d > 9 { break }
                v = v &* 10 &+ Int64(d)
                i += 1
            }
            return (v, i)
        }
        switch byte(i) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "_"):
            break
        default:
            pos = i
            emit(.number(Dec(v)), start)
            lexUnitsAfterNumber()
            return
        }
        // A date: exactly 4-2-2 digits joined by '-'.
        if isDigit(pos) && isDigit(pos + 1) && isDigit(pos + 2) && isDigit(pos + 3) && pos + 9 < bytes.count + 0
            && byte(pos + 4) == UInt8(ascii: "-") && isDigit(pos + 5) && isDigit(pos + 6)
            && byte(pos + 7) == UInt8(ascii: "-") && isDigit(pos + 8) && isDigit(pos + 9) && !isDigit(pos + 10) {
            let y = digits(pos, 4), m = digits(pos + 5, 2), d = digits(pos + 8, 2)
            pos += 10
            guard SimpleDate.isValid(year: y, month: m, day: d) else {
                throw Diagnostic(.syntax, "no such date", at: Span(start, pos), hint: "dates are written YYYY-MM-DD")
            }
            emit(.date(year: y, month: m, day: d), start)
            return
        }
        // A month alone: exactly 4-2 digits joined by '-' (`2006-08`, where only the month is
        // known); a subtraction is written with spaces or without the leading zero.
        if isDigit(pos) && isDigit(pos + 1) && isDigit(pos + 2) && isDigit(pos + 3)
            && byte(pos + 4) == UInt8(ascii: "-") && isDigit(pos + 5) && isDigit(pos + 6) && !isDigit(pos + 7)
            && byte(pos + 7) != UInt8(ascii: "-") && byte(pos + 7) != UInt8(ascii: ".") && byte(pos + 7) != UInt8(ascii: ",") {
            let y = digits(pos, 4), m = digits(pos + 5, 2)
            pos += 7
            guard (1...12).contains(m) else {
                throw Diagnostic(.syntax, "no such month", at: Span(start, pos), hint: "a month is written YYYY-MM (`2006-08`), a date YYYY-MM-DD")
            }
            emit(.date(year: y, month: m, day: 0), start)
            return
        }
        while isDigit(pos) || (byte(pos) == UInt8(ascii: "_") && isDigit(pos + 1)) { pos += 1 }
        // Thousands separators: ',' followed by exactly three digits.
        while byte(pos) == UInt8(ascii: ","), isDigit(pos + 1), isDigit(pos + 2), isDigit(pos + 3), !isDigit(pos + 4) {
            pos += 4
        }
        if byte(pos) == UInt8(ascii: "."), isDigit(pos + 1) {
            pos += 1
            while isDigit(pos) { pos += 1 }
        }
        // Read in place: a slice of the array would retain and release it.
        let end = pos
        guard let value = bytes.withUnsafeBufferPointer({ Dec(utf8: UnsafeBufferPointer(rebasing: $0[start..<end])) }) else {
            throw Diagnostic(.syntax, "number too large or too precise", at: Span(start, pos),
                             hint: "numbers have at most 38 digits and \(Dec.maxScale) decimal places")
        }
        emit(.number(value), start)
        lexUnitsAfterNumber()
    }

    /// Korean units after a number (`1조`, `1,833억 원`): each starts with a byte ≥ 0x80.
    private mutating func lexUnitsAfterNumber() {
        var next = pos
        while next < bytes.count && (bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "\t")) { next += 1 }
        if next < bytes.count && bytes[next] >= 0x80 { _ = lexKoreanUnits() }
    }

    private func byte(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }

    private func digits(_ i: Int, _ n: Int) -> Int {
        var v = 0
        for k in 0..<n { v = v * 10 + Int(bytes[i + k] - UInt8(ascii: "0")) }
        return v
    }

    /// After a number or a unit, lexes a run of Korean unit characters (`억원`) as unit tokens.
    /// Returns false, consuming nothing, when the next word is not made only of units.
    private mutating func lexKoreanUnits() -> Bool {
        guard let last = tokens.last else { return false }
        switch last.kind {
        case .number, .koreanUnit: break
        default: return false
        }
        var i = pos
        while i < bytes.count && (bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t")) { i += 1 }
        // Every unit is a Hangul syllable: three UTF-8 bytes, or its jamo when decomposed (NFD).
        var j = i
        while let (_, len) = Lexer.unit(bytes, at: j) { j += len }
        if j == i { return false }
        // The run must not continue with other letters (`원화` is a name, not 원 + 화).
        if j < bytes.count {
            if bytes[j] >= 0x80, let (s, _) = UTF8Decoding.decode(bytes, at: j), s.properties.isAlphabetic { return false }
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[j]) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[j]) || bytes[j] == UInt8(ascii: "_") { return false }
        }
        var at = i
        while at < j, let (u, len) = Lexer.unit(bytes, at: at) {
            tokens.append(Token(.koreanUnit(u), Span(at, at + len)))
            at += len
        }
        pos = j
        return true
    }

    /// The Korean unit (조 억 만 천 원) whose UTF-8 bytes start at `i`, if one does. (A test
    /// checks these bytes against each unit's own spelling.)
    /// The Korean unit at `i` and its length in bytes: a precomposed syllable (3 bytes), or
    /// the same syllable decomposed into its jamo (NFD: a leading consonant, a vowel and maybe
    /// a final consonant, 3 bytes each), which means the same under Unicode's canonical
    /// equivalence.
    static func unit(_ bytes: [UInt8], at i: Int) -> (KoreanUnit, Int)? {
        guard i + 2 < bytes.count else { return nil }
        switch (bytes[i], bytes[i + 1], bytes[i + 2]) {
        case (0xEC, 0xA1, 0xB0): return (.jo, 3)
        case (0xEC, 0x96, 0xB5): return (.eok, 3)
        case (0xEB, 0xA7, 0x8C): return (.man, 3)
        case (0xEC, 0xB2, 0x9C): return (.cheon, 3)
        case (0xEC, 0x9B, 0x90): return (.won, 3)
        case (0xE1, _, _): return decomposedUnit(bytes, at: i)
        default: return nil
        }
    }

    /// A unit written as jamo: composed by Unicode's arithmetic (`0xAC00 + (L·21 + V)·28 + T`).
    static func decomposedUnit(_ bytes: [UInt8], at i: Int) -> (KoreanUnit, Int)? {
        func scalar(at k: Int) -> UInt32? {
            guard k < bytes.count, let (s, len) = UTF8Decoding.decode(bytes, at: k), len == 3 else { return nil }
            return s.value
        }
        guard let l = scalar(at: i), (0x1100...0x1112).contains(l),
              let v = scalar(at: i + 3), (0x1161...0x1175).contains(v) else { return nil }
        var syllable = 0xAC00 + ((l - 0x1100) * 21 + (v - 0x1161)) * 28
        var length = 6
        if let t = scalar(at: i + 6), (0x11A8...0x11C2).contains(t) {
            syllable += t - 0x11A7
            length = 9
        }
        switch syllable {
        case 0xC870: return (.jo, length)
        case 0xC5B5: return (.eok, length)
        case 0xB9CC: return (.man, length)
        case 0xCC9C: return (.cheon, length)
        case 0xC6D0: return (.won, length)
        default: return nil
        }
    }

    private mutating func lexIdentifier() {
        let start = pos
        while pos < bytes.count {
            let b = bytes[pos]
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || b == UInt8(ascii: "_") {
                pos += 1
            } else if b >= 0x80, let (s, len) = UTF8Decoding.decode(bytes, at: pos), s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark {
                if s == "₩" || s == "￦" { break }
                pos += len
            } else {
                break
            }
        }
        emit(.identifier, start)
    }

    /// A control byte text may not hold as it is (tab is allowed; a line break ends the line).
    @inline(__always)
    static func isControlInText(_ b: UInt8) -> Bool {
        (b < 0x20 && b != 0x09 && b != 0x0A && b != 0) || b == 0x7F
    }

    private mutating func lexString() throws(Diagnostic) {
        let start = pos
        // Most text has no escapes: checked in place and made into a string in one step.
        var end = pos + 1
        while end < bytes.count {
            let b = bytes[end]
            if b == UInt8(ascii: "\"") {
                pos = end + 1
                emit(.string, start)
                return
            }
            if b == UInt8(ascii: "\\") || b == UInt8(ascii: "\n") || b == 0 || Lexer.isControlInText(b) { break }
            if b >= 0x80 {
                guard let (s, len) = UTF8Decoding.decode(bytes, at: end), !(0x80...0x9F).contains(s.value) else { break }
                end += len
            } else {
                end += 1
            }
        }
        // Escapes, or an error to report: byte by byte.
        pos += 1
        while true {
            guard pos < bytes.count, bytes[pos] != UInt8(ascii: "\n"),
                  !(bytes[pos] == 0x0D && pos + 1 < bytes.count && bytes[pos + 1] == UInt8(ascii: "\n")) else {
                throw Diagnostic(.syntax, "text is not closed", at: Span(start, pos), hint: "close it with `\"` on the same line")
            }
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") { pos += 1; break }
            if b == 0 { throw Diagnostic(.input, "NUL byte in input", at: Span(pos, pos + 1)) }
            // A control character in text would reach a terminal, a CSV cell or a page as it is
            // (ESC starts an escape sequence): refused where it is written.
            if Lexer.isControlInText(b) || (b == 0xC2 && pos + 1 < bytes.count && (0x80...0x9F).contains(bytes[pos + 1])) {
                throw Diagnostic(.syntax, "control character 0x\(String(b == 0xC2 ? bytes[pos + 1] : b, radix: 16, uppercase: true)) in text",
                                 at: Span(pos, pos + (b == 0xC2 ? 2 : 1)), hint: "write a line break as \\n and a tab as \\t")
            }
            if b == UInt8(ascii: "\\") {
                guard pos + 1 < bytes.count else { pos += 1; continue }
                let e = bytes[pos + 1]
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "n"), UInt8(ascii: "t"): break
                default:
                    throw Diagnostic(.syntax, "unknown escape `\\\(UnicodeScalar(e))` in text", at: Span(pos, pos + 2),
                                     hint: "the escapes are \\\" \\\\ \\n \\t")
                }
                pos += 2
                continue
            }
            if b >= 0x80 {
                guard let (_, len) = UTF8Decoding.decode(bytes, at: pos) else { throw invalidUTF8(at: pos) }
                pos += len
                continue
            }
            pos += 1
        }
        emit(.string, start)
    }

    /// The value of a `.string` token the lexer accepted: the text between its quotes with its
    /// escapes (`\"` `\\` `\n` `\t`) replaced.
    public static func textValue(_ bytes: [UInt8], _ span: Span) -> String {
        let inner = bytes[(span.start + 1)..<(span.end - 1)]
        guard inner.contains(UInt8(ascii: "\\")) else { return String(decoding: inner, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(inner.count)
        var escaped = false
        for b in inner {
            if escaped {
                out.append(b == UInt8(ascii: "n") ? UInt8(ascii: "\n") : b == UInt8(ascii: "t") ? UInt8(ascii: "\t") : b)
                escaped = false
            } else if b == UInt8(ascii: "\\") {
                escaped = true
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

