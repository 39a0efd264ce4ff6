import SMALanguage
import SMAEngine

/// Turns results into text in one of the output formats. Pure: returns strings. Made from a
/// `RenderSpec`, whose choices its fields hold.
public struct Renderer: Sendable {
    public let spec: RenderSpec
    public let format: OutputFormat
    public let formatter: ValueFormatter
    public let color: Bool
    /// Charts in plain ASCII instead of Unicode blocks.
    public let ascii: Bool
    /// The columns charts and notes fit (at least 20), or nil for full width.
    public let width: Int?
    /// `--notes` (see `RenderSpec.notes`).
    public let writeNotes: Bool

    public init(_ spec: RenderSpec) {
        self.spec = spec
        self.format = spec.format
        self.formatter = spec.formatter
        self.color = spec.color
        self.ascii = spec.ascii
        self.width = spec.width.map { max(20, $0) }
        self.writeNotes = spec.notes
    }

    /// The text for one result, ending in a newline.
    public func render(_ output: Output) -> String {
        switch format {
        case .table: return human(output)
        // Each markdown result ends with a blank line: two tables in a row stay two tables.
        case .markdown: return markdown(output) + "\n"
        case .csv:
            let body = CSV.render(output.value, self)
            guard writeNotes, !output.notes.isEmpty else { return body }
            return body + output.notes.map { "# " + $0.text(formatter.format) + "\n" }.joined()
        case .json: return JSON.render(output, formatter: formatter, scalarNotes: writeNotes) + "\n"
        case .jsonl: return JSONLines.render(output, formatter: formatter, notes: writeNotes)
        }
    }

    /// `render(output)` appended to `bytes` as UTF-8. A single number or amount (most results)
    /// and its notes are written straight from the formatter's bytes, without strings.
    public func render(_ output: Output, into bytes: inout [UInt8]) {
        // A table (the common large result) is written into the bytes as it is aligned.
        if format == .table, case .table(let t) = output.value {
            table(t, into: &bytes)
            for n in output.notes { appendNote(n, to: &bytes) }
            return
        }
        guard format == .table, formatter.appendFastBytes(output.value, to: &bytes) else {
            bytes.append(contentsOf: render(output).utf8)
            return
        }
        bytes.append(UInt8(ascii: "\n"))
        for n in output.notes { appendNote(n, to: &bytes) }
    }

    /// `appendNote` into bytes. A note that may need wrapping (a width is set) takes the text path.
    func appendNote(_ n: Phrase, to bytes: inout [UInt8]) {
        if width != nil {
            var s = ""
            appendNote(n, to: &s)
            bytes.append(contentsOf: s.utf8)
            return
        }
        if color { bytes.append(contentsOf: dim.utf8) }
        bytes.append(contentsOf: "note: ".utf8)
        n.write(into: &bytes) { v, out in
            if !formatter.appendFastBytes(v, to: &out) { out.append(contentsOf: formatter.format(v).utf8) }
        }
        if color { bytes.append(contentsOf: reset.utf8) }
        bytes.append(UInt8(ascii: "\n"))
    }

    // MARK: table (for people)

    var bold: String { color ? "\u{1B}[1m" : "" }
    var dim: String { color ? "\u{1B}[2m" : "" }
    var reset: String { color ? "\u{1B}[0m" : "" }

    func human(_ output: Output) -> String {
        var out = ""
        switch output.value {
        case .number, .percent, .money, .range, .date, .note, .bool:
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
            let shown = Escape.terminal(s)
            out += fitted(shown.hasSuffix("\n") ? shown : shown + "\n")
        }
        if !output.notes.isEmpty {
            out.reserveCapacity(out.utf8.count + 128 * output.notes.count)
            for n in output.notes { appendNote(n, to: &out) }
        }
        return out
    }

    /// `note: TEXT`, dimmed in colour.
    func appendNote(_ n: Phrase, to out: inout String) {
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
        // A word wider than a whole line (an address) is cut where the line ends, as the
        // terminal would cut it, so that nothing runs past the width.
        let room = max(8, width - DisplayWidth.of(indent))
        var words: [Substring] = []
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var rest = word
            while DisplayWidth.of(String(rest)) > room {
                var cut = rest.startIndex, used = 0
                while cut < rest.endIndex, used + DisplayWidth.of(String(rest[cut])) <= room {
                    used += DisplayWidth.of(String(rest[cut]))
                    cut = rest.index(after: cut)
                }
                if cut == rest.startIndex { break }
                words.append(rest[..<cut])
                rest = rest[cut...]
            }
            words.append(rest)
        }
        for word in words {
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

    /// Blanks to pad cells with, copied a run at a time.
    static let blanks = [UInt8](repeating: UInt8(ascii: " "), count: 128)

    func table(_ t: Table) -> String {
        var bytes: [UInt8] = []
        table(t, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The table for people, appended to `bytes`.
    func table(_ t: Table, into bytes: inout [UInt8]) {
        var out = ""
        if let title = t.title { out += "\(bold)\(title)\(reset)\n" }
        // Each cell is formatted and measured once.
        let cells = t.rows.map { row in row.map { $0.map(formatter.format) ?? "" } }
        let cellWidths = cells.map { row in row.map { DisplayWidth.of($0) } }
        let headerWidths = t.columns.map { DisplayWidth.of($0.name) }
        var widths = headerWidths
        var numeric = Array(repeating: true, count: t.columns.count)
        for (r, row) in cellWidths.enumerated() {
            for (i, w) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], w)
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
            bytes.append(contentsOf: out.utf8)
            return
        }
        // The aligned table, written as bytes: cells padded to their column (numbers to the
        // right), two blanks between columns, no blanks at a line's end.
        bytes.reserveCapacity(bytes.count + out.utf8.count + (t.rows.count + 2) * (widths.reduce(0, +) + 2 * widths.count + 1))
        bytes.append(contentsOf: out.utf8)
        @inline(__always) func spaces(_ n: Int) {
            if n > 0 && n <= Renderer.blanks.count { bytes.append(contentsOf: Renderer.blanks[0..<n]) }
            else if n > 0 { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: n)) }
        }
        // A string's bytes copied at once (appending its UTF8View goes byte by byte).
        @inline(__always) func put(_ s: String) {
            var s = s
            s.withUTF8 { bytes.append(contentsOf: $0) }
        }
        func line(_ items: [String], _ itemWidths: [Int], header: Bool) {
            if header { bytes.append(contentsOf: bold.utf8) }
            let start = bytes.count
            for i in items.indices {
                if i > 0 { spaces(2) }
                let gap = i < widths.count ? widths[i] - itemWidths[i] : 0
                if i < numeric.count && numeric[i] {
                    spaces(gap)
                    put(items[i])
                } else {
                    put(items[i])
                    if i < items.count - 1 { spaces(gap) }
                }
            }
            while bytes.count > start, bytes[bytes.count - 1] == UInt8(ascii: " ") { bytes.removeLast() }
            if header { bytes.append(contentsOf: reset.utf8) }
            bytes.append(UInt8(ascii: "\n"))
        }
        line(t.columns.map(\.name), headerWidths, header: true)
        for (i, w) in widths.enumerated() {
            if i > 0 { spaces(2) }
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "-"), count: w))
        }
        bytes.append(UInt8(ascii: "\n"))
        for (row, rowWidths) in zip(cells, cellWidths) { line(row, rowWidths, header: false) }
        if t.rows.isEmpty { bytes.append(contentsOf: "\(dim)(no rows)\(reset)\n".utf8) }
    }

    // MARK: charts and documents

    /// Horizontal bars scaled to the largest value, labelled with values; the agreement is
    /// marked where it changes.
    func chart(_ c: Chart) -> String {
        if c.fan { return fanChart(c) }
        var out = ""
        if let t = c.title { out += "\(bold)\(fitted(Escape.terminal(t)))\(reset)\n" }
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
        // A published figure in eighths of a cell; the other marks in whole cells of their shade.
        func bar(_ m: Money?, _ mark: Chart.Mark) -> String {
            guard let m, !maxValue.isZero, !m.amount.isNegative else { return "" }
            let eighths = (try? m.amount.multiplied(by: Dec(width * 8)).divided(by: maxValue).rounded(places: 0).intValue) ?? 0
            let n = max(0, eighths)
            let glyph = Legend.glyph(mark, ascii: ascii)
            if ascii || mark != .published { return String(repeating: glyph, count: (n + 4) / 8) }
            var s = String(repeating: glyph, count: n / 8)
            if n % 8 > 0 { s.append(blocks[n % 8 - 1]) }
            return s
        }
        var lastMarker: String? = nil
        for (row, r) in c.rows.enumerated() {
            for (i, v) in r.values.enumerated() {
                var line = i == 0 ? pad(r.label, labelWidth, right: false) : String(repeating: " ", count: labelWidth)
                if seriesWidth > 0 { line += "  " + pad(c.series[i], seriesWidth, right: false) }
                let b = bar(v, c.mark(row))
                line += "  " + b + String(repeating: " ", count: max(0, width + 1 - DisplayWidth.of(b)))
                line += " " + pad(v.map { formatter.money($0) } ?? "", valueWidth, right: true)
                if i == 0, let m = r.marker, m != lastMarker { line += "  " + m; lastMarker = m }
                while line.last == " " { line.removeLast() }
                out += line + "\n"
            }
        }
        let marks = Legend.marks(of: c)
        if marks != [.published] {
            let key = marks.map { Legend.glyph($0, ascii: ascii) + " " + Legend.text($0) }.joined(separator: ", ")
            appendNote(Phrase("key: " + key), to: &out)
        }
        for n in c.notes { appendNote(n, to: &out) }
        return out
    }

    /// One line a year: ─── from the 5th to the 95th percentile, █ from the 25th to the 75th,
    /// ┃ at the median, on a scale shared by all years.
    func fanChart(_ c: Chart) -> String {
        var out = ""
        if let t = c.title { out += "\(bold)\(fitted(Escape.terminal(t)))\(reset)\n" }
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
            var figures = (r.values[0].map(formatter.money) ?? "") + " … " + (r.values[4].map(formatter.money) ?? "")
                + ", median " + (r.values[2].map(formatter.money) ?? "")
            if let row = c.rows.firstIndex(where: { $0.label == r.label }), row < c.shares.count, let share = c.shares[row] {
                figures += ", " + formatter.format(.percent(share, signed: false)) + " above"
            }
            if let w = self.width, DisplayWidth.of(text) + 2 + DisplayWidth.of(figures) > w {
                while text.last == " " { text.removeLast() }
                let indent = String(repeating: " ", count: labelWidth + 2)
                text += "\n" + indent + Renderer.wrap(figures, width: w - labelWidth - 2, indent: indent)
            } else {
                text += "  " + figures
            }
            out += text + "\n"
        }
        let key = "key: \(line) \(Legend.outerBand), \(block) \(Legend.innerBand), \(mark) \(Legend.median)"
        appendNote(Phrase(key), to: &out)
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
}
