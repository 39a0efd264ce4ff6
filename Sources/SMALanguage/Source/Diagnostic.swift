/// Which phase found the problem.
public enum DiagnosticPhase: String, Sendable {
    case input      // the bytes themselves (invalid UTF-8, NUL, too long)
    case syntax     // lexer and parser
    case evaluation // evaluator
    case record     // loading the record
    case interruption // the run was asked to stop (Ctrl-C): not the input's fault
}

/// One error with everything needed to show it: where, what, and what to try.
/// Every phase reports through this one type; `DiagnosticRenderer` prints them all alike.
public struct Diagnostic: Error, Sendable {
    public let phase: DiagnosticPhase
    public let message: String
    public let span: Span
    public let hint: String?
    /// Values the message shows at its `{}` (an assertion's two sides): money is written by
    /// the renderer, in the session's units, as notes are.
    public var values: [DiagnosticValue] = []

    /// The message with its values, money written by `money`.
    public func text(money: (Money) -> String) -> String {
        guard !values.isEmpty else { return message }
        var out: [UInt8] = []
        let t = Array(message.utf8)
        var i = 0, at = 0
        while at < t.count {
            if t[at] == UInt8(ascii: "{"), at + 1 < t.count, t[at + 1] == UInt8(ascii: "}") {
                if i < values.count {
                    switch values[i] {
                    case .money(let m): out += money(m).utf8
                    case .text(let s): out += s.utf8
                    }
                }
                i += 1
                at += 2
            } else {
                out.append(t[at])
                at += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The statement at `span` was stopped by a request (Ctrl-C).
    public static func interrupted(at span: Span) -> Diagnostic {
        Diagnostic(.interruption, "interrupted", at: span)
    }

    public init(_ phase: DiagnosticPhase, _ message: String, at span: Span, hint: String? = nil) {
        self.phase = phase
        self.message = message
        self.span = span
        self.hint = hint
    }

    public init(_ phase: DiagnosticPhase, _ message: String, at span: Span, hint: String? = nil, values: [DiagnosticValue]) {
        self.init(phase, message, at: span, hint: hint)
        self.values = values
    }
}

/// A value in a diagnostic's message.
public enum DiagnosticValue: Sendable {
    case money(Money)
    case text(String)
}

/// A diagnostic bound to the source it points into.
public struct LocatedDiagnostic: Error, Sendable {
    public let diagnostic: Diagnostic
    public let source: SourceText

    public init(_ diagnostic: Diagnostic, in source: SourceText) {
        self.diagnostic = diagnostic
        self.source = source
    }

    public var line: Int { source.location(of: diagnostic.span.start).line }
    public var column: Int { source.location(of: diagnostic.span.start).column }
}

/// Renders a diagnostic the same way everywhere:
///
///     demo.sma:3:1: error: unknown statement `contribtion`
///         3 | contribtion 2021
///           | ^~~~~~~~~~~
///     hint: did you mean `contribution`?
public enum DiagnosticRenderer {
    public static func render(_ d: LocatedDiagnostic, color: Bool = false,
                              money: (Money) -> String = { "\($0.amount.plain(grouping: true)) \($0.currency.rawValue)" }) -> String {
        let src = d.source
        let diag = d.diagnostic
        let loc = src.location(of: diag.span.start)
        let red = color ? "\u{1B}[1;31m" : ""
        let bold = color ? "\u{1B}[1m" : ""
        let cyan = color ? "\u{1B}[36m" : ""
        let reset = color ? "\u{1B}[0m" : ""
        var out = "\(bold)\(src.name):\(loc.line):\(loc.column):\(reset) \(red)error:\(reset) \(bold)\(diag.text(money: money))\(reset)\n"
        // The source line, with invalid bytes and control characters made visible.
        let lineBytes = Array(src.bytes[loc.lineStart..<loc.lineEnd])
        let shown = visibleLine(lineBytes, caretFrom: diag.span.start - loc.lineStart,
                                caretTo: min(diag.span.end, loc.lineEnd) - loc.lineStart)
        let number = String(loc.line)
        let gutter = String(repeating: " ", count: max(4, number.count))
        let pad = String(repeating: " ", count: gutter.count - number.count)
        out += "\(pad)\(number) | \(shown.text)\n"
        out += "\(gutter) | \(shown.padding)\(red)^\(String(repeating: "~", count: max(0, shown.caretWidth - 1)))\(reset)\n"
        if let hint = diag.hint {
            out += "\(cyan)hint:\(reset) \(hint)\n"
        }
        return out
    }

    /// The line as printable text, the blank padding that puts the caret under `caretFrom`
    /// (same display width, tabs kept), and the caret's width in columns.
    static func visibleLine(_ bytes: [UInt8], caretFrom: Int, caretTo: Int) -> (text: String, padding: String, caretWidth: Int) {
        var text = ""
        var padding = ""
        var caretWidth = 0
        var i = 0
        let limit = 400 // very long lines are cut around the caret
        var start = 0
        if bytes.count > limit && caretFrom > limit / 2 {
            start = caretFrom - limit / 2
            while start < bytes.count && bytes[start] & 0xC0 == 0x80 { start += 1 }
            text = "…"
            padding = " "
        }
        i = start
        var shownWidth = 0
        while i < bytes.count {
            if shownWidth > limit { text += "…"; break }
            let (piece, width, len) = decodeVisible(bytes, at: i)
            let inCaret = i >= caretFrom && i < max(caretTo, caretFrom + 1)
            if i < caretFrom {
                padding += piece == "\t" ? "\t" : String(repeating: " ", count: width)
            } else if inCaret {
                caretWidth += max(width, 1)
            }
            text += piece
            shownWidth += width
            i += len
        }
        if caretFrom >= bytes.count { caretWidth = 1 }
        return (text, padding, max(caretWidth, 1))
    }

    /// One character of a line: its printable form, display width and byte length.
    static func decodeVisible(_ bytes: [UInt8], at i: Int) -> (String, Int, Int) {
        let b = bytes[i]
        if b == 9 { return ("\t", 1, 1) }
        if b < 0x20 || b == 0x7F { return ("�", 1, 1) }
        if b < 0x80 { return (String(UnicodeScalar(b)), 1, 1) }
        if let (scalar, len) = UTF8Decoding.decode(bytes, at: i) {
            let s = String(Character(scalar))
            return (s, DisplayWidth.of(scalar), len)
        }
        return ("�", 1, 1)
    }
}

/// Strict UTF-8 decoding of one scalar.
public enum UTF8Decoding {
    public static func decode(_ bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int)? {
        guard i >= 0 && i < bytes.count else { return nil }
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var len = 0
        var value: UInt32 = 0
        var minValue: UInt32 = 0
        switch b0 {
        case 0xC2...0xDF: len = 2; value = UInt32(b0 & 0x1F); minValue = 0x80
        case 0xE0...0xEF: len = 3; value = UInt32(b0 & 0x0F); minValue = 0x800
        case 0xF0...0xF4: len = 4; value = UInt32(b0 & 0x07); minValue = 0x10000
        default: return nil
        }
        guard i + len <= bytes.count else { return nil }
        for k in 1..<len {
            let b = bytes[i + k]
            guard b & 0xC0 == 0x80 else { return nil }
            value = (value << 6) | UInt32(b & 0x3F)
        }
        guard value >= minValue, let s = Unicode.Scalar(value) else { return nil }
        return (s, len)
    }
}

/// Terminal display width of a scalar: 2 for East Asian wide characters (Hangul, CJK),
/// 0 for combining marks, 1 otherwise.
public enum DisplayWidth {
    public static func of(_ s: Unicode.Scalar) -> Int { of(value: s.value) }

    @inline(__always)
    static func of(value v: UInt32) -> Int {
        if v < 0x300 { return 1 }
        if (0x300...0x36F).contains(v) || (0x1160...0x11FF).contains(v) || v == 0x200B
            || (0xFE00...0xFE0F).contains(v) || (0x20D0...0x20FF).contains(v) { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xA960...0xA97F).contains(v) || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
            || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    /// The width of a string, from its UTF-8 bytes (a table measures every cell: decoding the
    /// bytes here takes a third of the instructions of walking `unicodeScalars`; `reference`
    /// is the plain walk a test holds this to).
    public static func of(_ string: String) -> Int {
        var copy = string
        return copy.withUTF8 { buf in
            var w = 0, i = 0
            let n = buf.count
            while i < n {
                let b = buf[i]
                if b < 0x80 { w += 1; i += 1; continue }
                // A well-formed sequence (a Swift string is valid UTF-8): its lead byte says how long.
                let len = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                var v = UInt32(truncatingIfNeeded: b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
                var k = 1
                while k < len && i + k < n { v = v << 6 | (UInt32(truncatingIfNeeded: buf[i + k]) & 0x3F); k += 1 }
                i += len
                w += of(value: v)
            }
            return w
        }
    }

    /// The width by the string's scalars, one at a time.
    public static func reference(_ string: String) -> Int {
        var w = 0
        for s in string.unicodeScalars { w += of(s) }
        return w
    }
}
