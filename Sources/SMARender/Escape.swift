import SMALanguage

/// One escaping function a syntax that output reaches: CSV, JSON, markdown (which is HTML too)
/// and XML (SVG). Every renderer escapes through these, and a test feeds them generated hostile
/// text (quotes, separators, CR, LF, CR LF, control characters, non-characters, `<`, `&`,
/// `]]>`, formula prefixes) and reads the result back with Python's `csv`, a CommonMark
/// renderer and an XML parser. They work on Unicode scalars: a CR LF is one `Character`.
public enum Escape {
    /// The first characters a spreadsheet takes for a formula (`=HYPERLINK(…)`).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// A CSV field (RFC 4180): quoted when it holds `,` `"` CR or LF, quotes doubled; a text that
    /// begins like a formula gets a leading `'`, so a spreadsheet shows it rather than runs it.
    public static func csv(_ s: String) -> String {
        let formula = s.unicodeScalars.first.map { formulaStarts.contains($0) } ?? false
        let needsQuotes = formula || s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return s }
        var out = "\""
        if formula { out += "'" }
        for u in s.unicodeScalars {
            if u == "\"" { out += "\"\"" } else { out.unicodeScalars.append(u) }
        }
        return out + "\""
    }

    /// A JSON string literal, quotes included.
    public static func json(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F || u.value == 0x2028 || u.value == 0x2029 {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// Text in a markdown table cell or line: HTML's `&` and `<` as entities (a markdown
    /// renderer passes raw HTML through), `|` escaped, each line break (LF, CR LF or CR) as
    /// `<br>` (a raw one would end the row), other control characters dropped.
    public static func markdown(_ s: String) -> String {
        var out = ""
        var scalars = s.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let u = pending {
            pending = scalars.next()
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "|": out += "\\|"
            case "\r":
                out += "<br>"
                if pending == "\n" { pending = scalars.next() }
            case "\n": out += "<br>"
            default:
                if u.value < 0x20 && u != "\t" || u.value == 0x7F { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Text for a terminal: control characters dropped (ESC would start an escape sequence that
    /// retitles the window or recolours what follows), tab and line breaks kept.
    public static func terminal(_ s: String) -> String {
        guard hasControl(s) else { return s }
        var out = ""
        for u in s.unicodeScalars where !isControl(u) { out.unicodeScalars.append(u) }
        return out
    }

    /// Whether `s` holds a control character, read from its bytes: C0 but tab, LF and CR, DEL,
    /// and C1 (U+0080–U+009F, which UTF-8 writes as C2 80…C2 9F).
    static func hasControl(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8 { buf in
            var previous: UInt8 = 0
            for b in buf {
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return true }
                if b == 0x7F || (previous == 0xC2 && b >= 0x80 && b <= 0x9F) { return true }
                previous = b
            }
            return false
        }
    }

    static func isControl(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v)
    }

    /// A block of text in markdown, shown as it is: a fenced code block (longer than any run of
    /// backticks inside), so no line becomes a heading, a list or live HTML.
    public static func markdownBlock(_ s: String, info: String = "text") -> String {
        var longest = 0, run = 0
        for u in s.unicodeScalars { if u == "`" { run += 1; longest = max(longest, run) } else { run = 0 } }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        let body = terminal(s)
        return fence + info + "\n" + body + (body.hasSuffix("\n") ? "" : "\n") + fence + "\n"
    }

    /// Text inside XML (an SVG's text, titles and attributes): the five entities, and what XML
    /// 1.0 forbids dropped (control characters but tab, LF and CR; U+FFFE and U+FFFF).
    public static func xml(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                let v = u.value
                if v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D { continue }
                if v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
