/// Output formats for results.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, json, markdown
}

/// Turns results into text in one of the output formats. Pure: returns strings.
public struct Renderer: Sendable {
    public var format: OutputFormat
    public var formatter: ValueFormatter
    public var color: Bool
    /// Charts in plain ASCII instead of Unicode blocks.
    public var ascii: Bool
    /// The columns of the terminal (or `COLUMNS`): charts scale their bars and notes wrap to
    /// fit. nil: a file or pipe, full width.
    public var width: Int?

    public init(format: OutputFormat = .table, units: Units = .ko, color: Bool = false, ascii: Bool = false, width: Int? = nil) {
        self.format = format
        self.formatter = ValueFormatter(units: units)
        self.color = color
        self.ascii = ascii
        self.width = width.map { max(20, $0) }
    }

    /// The text for one result, ending in a newline.
    public func render(_ output: Output) -> String {
        switch format {
        case .table: return human(output)
        // Each markdown result ends with a blank line: two tables in a row stay two tables.
        case .markdown: return markdown(output) + "\n"
        case .csv: return CSV.render(output.value)
        case .json: return JSON.render(output, formatter: formatter) + "\n"
        }
    }

    // MARK: table (for people)

    var bold: String { color ? "\u{1B}[1m" : "" }
    var dim: String { color ? "\u{1B}[2m" : "" }
    var reset: String { color ? "\u{1B}[0m" : "" }

    func human(_ output: Output) -> String {
        var out = ""
        switch output.value {
        case .number, .percent, .money, .range, .date, .note:
            // One value (the common case): its text, grown in place.
            out = formatter.format(output.value)
            out.append("\n")
        case .table(let t):
            out += table(t)
        case .details(let d):
            out += details(d)
        case .chart(let c):
            out += chart(c)
        case .document(let d):
            out += document(d)
        case .text(let s):
            out += fitted(s.hasSuffix("\n") ? s : s + "\n")
        }
        if !output.notes.isEmpty {
            out.reserveCapacity(out.utf8.count + 128 * output.notes.count)
            for n in output.notes { appendNote(n, to: &out) }
        }
        return out
    }

    /// `note: TEXT`, dimmed in colour.
    func appendNote(_ n: Note, to out: inout String) {
        if color { out += dim }
        out += "note: "
        let text = n.text(formatter.format)
        if let width, DisplayWidth.of(text) + 6 > width {
            out += Renderer.wrap(text, width: width - 6, indent: "      ")
        } else {
            out += text
        }
        if color { out += reset }
        out += "\n"
    }

    /// Text for people, each line longer than the width wrapped at spaces, its continuation
    /// indented under the line's own indent (help, `explain`, `tour`). Unchanged without a width.
    func fitted(_ text: String) -> String {
        guard let width, text.utf8.count > width else { return text }
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let s = String(line)
            if DisplayWidth.of(s) <= width { out.append(s); continue }
            let indent = String(s.prefix { $0 == " " })
            out.append(indent + Renderer.wrap(String(s.dropFirst(indent.count)), width: width - indent.count - 2,
                                              indent: indent + "  "))
        }
        return out.joined(separator: "\n")
    }

    /// Words of `text` in lines of at most `width` columns (a longer word gets a line of its
    /// own), lines after the first indented.
    static func wrap(_ text: String, width: Int, indent: String) -> String {
        var out = "", line = "", lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let w = DisplayWidth.of(String(word))
            if lineWidth > 0 && lineWidth + 1 + w > width {
                out += line + "\n" + indent
                line = ""
                lineWidth = 0
            }
            if lineWidth > 0 { line += " "; lineWidth += 1 }
            line += word
            lineWidth += w
        }
        return out + line
    }

    func pad(_ s: String, _ width: Int, right: Bool) -> String {
        let w = DisplayWidth.of(s)
        if w >= width { return s }
        let fill = String(repeating: " ", count: width - w)
        return right ? fill + s : s + fill
    }

    func table(_ t: Table) -> String {
        var out = ""
        if let title = t.title { out += "\(bold)\(title)\(reset)\n" }
        let cells = t.rows.map { row in row.map { $0.map(formatter.format) ?? "" } }
        var widths = t.columns.map { DisplayWidth.of($0.name) }
        var numeric = Array(repeating: true, count: t.columns.count)
        for (r, row) in cells.enumerated() {
            for (i, c) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], DisplayWidth.of(c))
                if let v = t.rows[r][i], !v.isNumeric { numeric[i] = false }
            }
        }
        if t.rows.isEmpty { numeric = numeric.map { _ in false } }
        // Too wide for the terminal: one `column: value` block a row, rather than rows that
        // wrap in the middle of a cell.
        if let width, !t.rows.isEmpty, widths.reduce(0, +) + 2 * (widths.count - 1) > width {
            let nameWidth = t.columns.map { DisplayWidth.of($0.name) }.max() ?? 0
            for (r, row) in cells.enumerated() {
                if r > 0 { out += "\n" }
                for (i, c) in row.enumerated() where i < t.columns.count && !c.isEmpty {
                    let name = pad(t.columns[i].name, nameWidth, right: false)
                    out += "\(bold)\(name)\(reset)  " + Renderer.wrap(c, width: max(10, width - nameWidth - 2),
                                                                      indent: String(repeating: " ", count: nameWidth + 2)) + "\n"
                }
            }
            return out
        }
        func line(_ items: [String], header: Bool) -> String {
            var parts: [String] = []
            for (i, s) in items.enumerated() {
                let last = i == items.count - 1
                let p = pad(s, widths[i], right: numeric[i])
                parts.append(last && !numeric[i] ? s : p)
            }
            var text = parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return header ? "\(bold)\(text)\(reset)" : text
        }
        out += line(t.columns.map(\.name), header: true) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { out += line(row, header: false) + "\n" }
        if t.rows.isEmpty { out += "\(dim)(no rows)\(reset)\n" }
        return out
    }

    // MARK: charts and documents

    /// Horizontal bars scaled to the largest value, labelled with values; the agreement is
    /// marked where it changes.
    func chart(_ c: Chart) -> String {
        if c.fan { return fanChart(c) }
        var out = ""
        if let t = c.title { out += "\(bold)\(t)\(reset)\n" }
        var maxValue = Dec.zero
        for r in c.rows { for v in r.values { if let v, v.amount > maxValue { maxValue = v.amount } } }
        let labelWidth = c.rows.map { DisplayWidth.of($0.label) }.max() ?? 0
        let seriesWidth = c.series.count > 1 ? (c.series.map { DisplayWidth.of($0) }.max() ?? 0) : 0
        let valueWidth = c.rows.flatMap { $0.values }.compactMap { $0 }.map { DisplayWidth.of(formatter.money($0)) }.max() ?? 0
        let markerWidth = c.rows.compactMap { $0.marker.map { DisplayWidth.of($0) + 2 } }.max() ?? 0
        // Bars of 40 cells, fewer (at least 8) where the terminal is narrower.
        let fixed = labelWidth + (seriesWidth > 0 ? seriesWidth + 2 : 0) + 4 + valueWidth + markerWidth
        let width = self.width.map { max(8, min(40, $0 - fixed - 1)) } ?? 40
        let blocks: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
        func bar(_ m: Money?) -> String {
            guard let m, !maxValue.isZero, !m.amount.isNegative else { return "" }
            let eighths = (try? m.amount.multiplied(by: Dec(width * 8)).divided(by: maxValue).rounded(places: 0).intValue) ?? 0
            let n = max(0, eighths)
            if ascii { return String(repeating: "#", count: (n + 4) / 8) }
            var s = String(repeating: "█", count: n / 8)
            if n % 8 > 0 { s.append(blocks[n % 8 - 1]) }
            return s
        }
        var lastMarker: String? = nil
        for r in c.rows {
            for (i, v) in r.values.enumerated() {
                var line = i == 0 ? pad(r.label, labelWidth, right: false) : String(repeating: " ", count: labelWidth)
                if seriesWidth > 0 { line += "  " + pad(c.series[i], seriesWidth, right: false) }
                let b = bar(v)
                line += "  " + b + String(repeating: " ", count: max(0, width + 1 - DisplayWidth.of(b)))
                line += " " + pad(v.map { formatter.money($0) } ?? "", valueWidth, right: true)
                if i == 0, let m = r.marker, m != lastMarker { line += "  " + m; lastMarker = m }
                while line.last == " " { line.removeLast() }
                out += line + "\n"
            }
        }
        for n in c.notes { appendNote(n, to: &out) }
        return out
    }

    /// One line a year: ─── from the 5th to the 95th percentile, █ from the 25th to the 75th,
    /// ┃ at the median, on a scale shared by all years.
    func fanChart(_ c: Chart) -> String {
        var out = ""
        if let t = c.title { out += "\(bold)\(t)\(reset)\n" }
        let labelWidth = c.rows.map { DisplayWidth.of($0.label) }.max() ?? 0
        // 50 cells, fewer where the terminal is narrower; the figures then go on a line below.
        let width = self.width.map { max(10, min(50, $0 - labelWidth - 3)) } ?? 50
        let all = c.rows.flatMap { $0.values }.compactMap { $0?.amount }
        guard let lo = all.min(), let hi = all.max() else { return out }
        let span = (try? hi.subtracting(lo)) ?? .one
        func col(_ m: Money?) -> Int {
            guard let m, !span.isZero, let d = try? m.amount.subtracting(lo).multiplied(by: Dec(width - 1)).divided(by: span).rounded(places: 0) else { return 0 }
            return d.intValue ?? 0
        }
        let (line, block, mark) = ascii ? ("-", "#", "|") : ("─", "█", "┃")
        for r in c.rows {
            let p = r.values.map(col)
            guard p.count == 5 else { continue }
            var cells = Array(repeating: " ", count: width)
            for i in p[0]...max(p[0], p[4]) { cells[i] = line }
            for i in p[1]...max(p[1], p[3]) { cells[i] = block }
            cells[p[2]] = mark
            var text = pad(r.label, labelWidth, right: false) + "  " + cells.joined()
            let figures = (r.values[0].map(formatter.money) ?? "") + " … " + (r.values[4].map(formatter.money) ?? "")
                + ", median " + (r.values[2].map(formatter.money) ?? "")
            if let w = self.width, DisplayWidth.of(text) + 2 + DisplayWidth.of(figures) > w {
                while text.last == " " { text.removeLast() }
                let indent = String(repeating: " ", count: labelWidth + 2)
                text += "\n" + indent + Renderer.wrap(figures, width: w - labelWidth - 2, indent: indent)
            } else {
                text += "  " + figures
            }
            out += text + "\n"
        }
        for n in c.notes { appendNote(n, to: &out) }
        return out
    }

    func document(_ d: Document) -> String {
        var out = ""
        for p in d.parts {
            switch p {
            case .heading(let h): out += "\(bold)\(fitted(h))\(reset)\n"
            case .line(let n): out += fitted(n.text(formatter.format)) + "\n"
            case .statement(let s): out += "\n\(dim)sma>\(reset) \(s)\n"
            case .output(let o): out += human(o)
            case .failure(let m): out += "error: \(m)\n"
            }
        }
        return out
    }

    func details(_ d: Details) -> String {
        var out = "\(bold)\(d.title)\(reset)\n"
        let w = d.fields.map { DisplayWidth.of($0.name) }.max() ?? 0
        for f in d.fields {
            let value = formatter.format(f.value)
            let wrapped = width.map { Renderer.wrap(value, width: max(10, $0 - w - 4), indent: String(repeating: " ", count: w + 4)) } ?? value
            out += "  " + pad(f.name, w, right: false) + "  " + wrapped + "\n"
        }
        for t in d.tables {
            out += "\n" + table(t)
        }
        return out
    }

    // MARK: markdown

    /// Text safe in a markdown table cell or line: `|` escaped, a line break as `<br>` (a raw
    /// one would end the table row).
    func markdownEscape(_ s: String) -> String {
        var out = s.replacingOccurrences("|", "\\|")
        if out.contains("\n") { out = out.replacingOccurrences("\r\n", "<br>").replacingOccurrences("\n", "<br>") }
        return out
    }

    func markdownTable(_ t: Table) -> String {
        var out = ""
        if let title = t.title { out += "**\(markdownEscape(title))**\n\n" }
        var numeric = Array(repeating: !t.rows.isEmpty, count: t.columns.count)
        for row in t.rows { for (i, v) in row.enumerated() where i < numeric.count { if let v, !v.isNumeric { numeric[i] = false } } }
        out += "| " + t.columns.map { markdownEscape($0.name) }.joined(separator: " | ") + " |\n"
        out += "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        for row in t.rows {
            out += "| " + row.map { markdownEscape($0.map(formatter.format) ?? "") }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    func markdown(_ output: Output) -> String {
        var out: String
        switch output.value {
        case .table(let t): out = markdownTable(t)
        case .details(let d):
            out = "**\(markdownEscape(d.title))**\n\n| field | value |\n| --- | --- |\n"
            for f in d.fields { out += "| \(markdownEscape(f.name)) | \(markdownEscape(formatter.format(f.value))) |\n" }
            for t in d.tables { out += "\n" + markdownTable(t) }
        case .chart(let c): out = markdownTable(c.table)
        case .document(let d):
            out = ""
            for p in d.parts {
                switch p {
                case .heading(let h): out += "**\(markdownEscape(h))**\n\n"
                case .line(let n): out += markdownEscape(n.text(formatter.format)) + "\n"
                case .statement(let s): out += "\n```\nsma> \(s)\n```\n\n"
                case .output(let o): out += markdown(o) + "\n"
                case .failure(let m): out += "error: \(markdownEscape(m))\n"
                }
            }
        case .text(let s): out = s.hasSuffix("\n") ? s : s + "\n"
        default: out = formatter.format(output.value) + "\n"
        }
        if !output.notes.isEmpty {
            out += "\n" + output.notes.map { "*\(markdownEscape($0.text(formatter.format)))*" }.joined(separator: "\n\n") + "\n"
        }
        return out
    }
}

/// CSV per RFC 4180: a header row, CRLF-free (LF) lines, fields quoted when they hold `,` `"` or a
/// line break. Money is its exact amount (integer won), percents are percent points.
public enum CSV {
    public static func field(_ s: String) -> String {
        if s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") {
            return "\"" + s.replacingOccurrences("\"", "\"\"") + "\""
        }
        return s
    }

    public static func cell(_ v: Value?) -> String {
        guard let v else { return "" }
        switch v {
        case .number(let d): return d.plain()
        case .percent(let d, _): return d.plain()
        case .money(let m): return m.amount.plain()
        case .range(let a, let b): return "\(a)..\(b)"
        case .text(let s): return field(s)
        case .note(let n): return field(n.text { ValueFormatter().format($0) })
        case .date(let d): return d.description
        case .table(let t): return field("(table of \(t.rows.count) rows)")
        case .details(let d): return field(d.title)
        case .chart(let c): return field(c.title ?? "chart")
        case .document: return field("document")
        }
    }

    public static func table(_ t: Table) -> String {
        var out = t.columns.map { field($0.key) }.joined(separator: ",") + "\n"
        for row in t.rows { out += row.map(cell).joined(separator: ",") + "\n" }
        return out
    }

    public static func render(_ v: Value) -> String {
        switch v {
        case .table(let t): return table(t)
        case .details(let d):
            var kv = Table(columns: [Column("field"), Column("value")])
            for f in d.fields { kv.rows.append([.text(jsonKey(f.name)), f.value]) }
            var out = table(kv)
            for t in d.tables { out += "\n" + table(t) }
            return out
        case .chart(let c): return table(c.table)
        case .document(let d):
            var t = Table(columns: [Column("text")])
            for p in d.parts {
                switch p {
                case .heading(let h): t.rows.append([.text(h)])
                case .line(let n): t.rows.append([.text(n.text { ValueFormatter().format($0) })])
                case .statement(let s): t.rows.append([.text("sma> " + s)])
                case .output(let o): t.rows.append([.text(Renderer().human(o))])
                case .failure(let m): t.rows.append([.text("error: " + m)])
                }
            }
            return table(t)
        case .text(let s): return s.hasSuffix("\n") ? s : s + "\n"
        case .money(let m):
            return (m.currency == .krw ? "value\n" : "value,currency\n") + cell(v) + (m.currency == .krw ? "" : "," + m.currency.rawValue) + "\n"
        default: return "value\n" + cell(v) + "\n"
        }
    }
}

/// JSON Lines: one document per result. Money in won is an exact integer; other currencies are
/// `{"amount": N, "currency": "USD"}`; percents are percent points; tables are
/// `{"columns": [...], "rows": [[...]]}`.
public enum JSON {
    public static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    public static func value(_ v: Value?) -> String {
        guard let v else { return "null" }
        switch v {
        case .number(let d): return d.plain()
        case .percent(let d, _): return d.plain()
        case .money(let m):
            if m.currency == .krw { return m.amount.plain() }
            return "{\"amount\": \(m.amount.plain()), \"currency\": \"\(m.currency.rawValue)\"}"
        case .range(let a, let b): return "{\"from\": \(a), \"to\": \(b)}"
        case .text(let s): return string(s)
        case .note(let n): return string(n.text { ValueFormatter().format($0) })
        case .date(let d): return string(d.description)
        case .table(let t): return table(t)
        case .details(let d): return details(d)
        case .chart(let c): return table(c.table)
        case .document(let d):
            let parts = d.parts.map { p -> String in
                switch p {
                case .heading(let h): return "{\"heading\": \(string(h))}"
                case .line(let n): return "{\"text\": \(string(n.text { ValueFormatter().format($0) }))}"
                case .statement(let s): return "{\"statement\": \(string(s))}"
                case .output(let o): return "{\"result\": \(value(o.value))}"
                case .failure(let m): return "{\"error\": \(string(m))}"
                }
            }
            return "{\"parts\": [" + parts.joined(separator: ", ") + "]}"
        }
    }

    static func table(_ t: Table) -> String {
        var out = "{"
        if let title = t.title { out += "\"title\": \(string(title)), " }
        out += "\"columns\": [" + t.columns.map { string($0.key) }.joined(separator: ", ") + "], \"rows\": ["
        out += t.rows.map { "[" + $0.map(value).joined(separator: ", ") + "]" }.joined(separator: ", ")
        return out + "]}"
    }

    static func details(_ d: Details) -> String {
        var order: [String] = []
        var grouped: [String: [Value]] = [:]
        for f in d.fields {
            let k = jsonKey(f.name)
            if grouped[k] == nil { order.append(k) }
            grouped[k, default: []].append(f.value)
        }
        var parts = ["\"title\": \(string(d.title))"]
        for k in order {
            let vs = grouped[k]!
            let plural = k == "note" || k == "source"
            parts.append("\(string(plural ? k + "s" : k)): " + (plural || vs.count > 1 ? "[" + vs.map(value).joined(separator: ", ") + "]" : value(vs[0])))
        }
        if !d.tables.isEmpty {
            parts.append("\"tables\": [" + d.tables.map(table).joined(separator: ", ") + "]")
        }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// One JSON document a result. A table, a record, a chart or an explanation (an object)
    /// carries its notes as `"notes"` and a simulation its seed as `"seed"`, beside its own
    /// keys. A single value is written bare (`1465900000000`), as scripts have read it since the
    /// first release; its notes are in the table format and in `explain`. Notes are text in the
    /// chosen units; money in values stays integer won.
    public static func render(_ o: Output, formatter: ValueFormatter = ValueFormatter()) -> String {
        let body = value(o.value)
        var extra: [String] = []
        if !o.notes.isEmpty { extra.append("\"notes\": [" + o.notes.map { string($0.text(formatter.format)) }.joined(separator: ", ") + "]") }
        if let seed = o.seed { extra.append("\"seed\": \(seed)") }
        if extra.isEmpty { return body }
        switch o.value {
        case .table, .details, .chart, .document: return String(body.dropLast()) + ", " + extra.joined(separator: ", ") + "}"
        default: return body
        }
    }
}

/// `Korean negotiator` → `korean_negotiator`.
func jsonKey(_ name: String) -> String {
    name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: "_")
}
