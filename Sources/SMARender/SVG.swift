import SMALanguage
import SMAEngine

/// Charts as pictures ready to publish: a standalone SVG document (`sma -o chart.svg|png -e
/// 'chart …'`, `save chart.svg` in the session, a notebook's inline chart). A title in words,
/// a legend for every shading, the sources in words, `<title>`/`<desc>` for screen readers, and
/// colours at WCAG AA contrast on the white ground (text 4.5:1, marks 3:1; a test computes the
/// ratios from the document's own colours). Everything is laid out in logical units on a page
/// 880 wide; `--size` scales the page by its viewBox, shrinking rows to fit a fixed height.
public enum SVG {
    /// The fonts, Korean ones first, so that 조/억/원 are never blank boxes: NanumGothic is what
    /// `make deps` installs (fonts-nanum) for the PNG renderer.
    static let fontStack = "'Noto Sans CJK KR', 'Noto Sans KR', NanumGothic, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Nanum Gothic', sans-serif"

    /// The colours, each with its use. Text and marks are checked for contrast on `ground` and
    /// on `stripe` (the alternate agreements' rows).
    enum Colour {
        static let ground = "#ffffff"
        static let stripe = "#f1f5f9"
        static let grid = "#e2e8f0"     // gridlines: a reading aid; the tick labels carry the scale
        static let ink = "#1a202c"      // titles, labels
        static let value = "#2d3748"    // figures beside bars
        static let quiet = "#4a5568"    // ticks, notes, sources, legend words
        static let published = "#2b6cb0"
        static let wonEquivalent = "#2c7a7b"
        static let projected = "#c05621"
        static let whisker = "#2c5282"
        static let band = "#3182ce"
        static let threshold = "#9b2c2c"
        /// Series of a comparison (each ≥ 3:1 on the ground).
        static let series = ["#2b6cb0", "#c05621", "#276749", "#9b2c2c", "#6b46c1"]

        static func of(_ m: Chart.Mark) -> String {
            switch m {
            case .published, .derived: published
            case .wonEquivalent: wonEquivalent
            case .projected: projected
            }
        }
    }

    /// A title longer than this many lines is cut (the whole of it stays in `<title>`).
    static let maxTitleLines = 3

    /// Text made safe inside XML (`Escape.xml`).
    static func escape(_ s: String) -> String { Escape.xml(s) }

    /// A number of pixels, to 0.1.
    static func px(_ v: Double) -> String {
        // Positions are within the drawing; anything else (not finite) is drawn at 0.
        guard v.isFinite, abs(v) < 1e12 else { return "0" }
        let t = (v * 10).rounded()
        let whole = Int(t) / 10, tenth = abs(Int(t) % 10)
        return tenth == 0 ? "\(Int(t) / 10)" : "\(t < 0 && whole == 0 ? "-" : "")\(whole).\(tenth)"
    }

    /// Roughly how wide text is drawn at `size` (Hangul and other wide characters count twice).
    static func textWidth(_ s: String, size: Double) -> Double { Double(DisplayWidth.of(s)) * size * 0.55 }

    /// Ticks at 1, 2 or 5 × 10^k, from `low` to past `high`.
    static func ticks(low: Double, high: Double, count: Int = 5) -> [Double] {
        let span = max(high - low, 1)
        let raw = span / Double(count)
        var unit = 1.0
        while unit * 10 <= raw { unit *= 10 }
        while unit > raw { unit /= 10 }
        let step = raw <= unit ? unit : raw <= 2 * unit ? 2 * unit : raw <= 5 * unit ? 5 * unit : 10 * unit
        var t = (low / step).rounded(.down) * step
        var out: [Double] = []
        while t <= high + step * 0.001 && out.count < 50 { out.append(t); t += step }
        return out
    }

    /// The page: its logical width, and each row's height.
    struct Page {
        var width = 880.0
        var rowHeight = 22.0
        var barHeight: Double { (rowHeight * 0.64).rounded() }
        var font: Double { min(13, max(10, rowHeight * 0.55)) }
    }

    /// The charts of a run, one under the other. `size` is the picture's size in pixels
    /// (nil: 880 wide, as tall as the charts are).
    public static func document(_ charts: [(chart: Chart, statement: String)], _ renderer: Renderer) -> String {
        let formatter = renderer.formatter
        var page = Page()
        func draw(_ page: Page) -> (String, Double) {
            var body = "", y = 0.0
            for (c, statement) in charts {
                let (part, height) = chart(c, title: c.title ?? statement, top: y, page: page, formatter: formatter)
                body += part
                y += height
            }
            return (body, y + 12)
        }
        var (body, height) = draw(page)
        var pixels = (w: 880, h: Int(exactly: min(1e7, height).rounded(.up)) ?? 0)
        if case .fixed(let w, let h) = renderer.spec.chartSize.layoutPixels {
            pixels = (w, h)
            // Rows share the height; then the page widens (everything drawn smaller) until it fits.
            let rows = Double(max(1, charts.reduce(0) { $0 + $1.chart.rows.count * max(1, $1.chart.fan ? 1 : $1.chart.series.count) }))
            page.width = max(880, 880 * Double(w) / 1280)
            for _ in 0..<6 {
                let target = page.width * Double(h) / Double(w)
                let fixedPart = height - rows * page.rowHeight
                page.rowHeight = min(44, max(14, (target - fixedPart) / rows))
                (body, height) = draw(page)
                if height <= target + 0.5 { break }
                page.width *= height / target
            }
            height = page.width * Double(h) / Double(w)
        }
        let titles = charts.map { $0.chart.title ?? $0.statement }.joined(separator: "; ")
        let descs = charts.map { description($0.chart, formatter: formatter) }.joined(separator: " ")
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(pixels.w)" height="\(pixels.h)" viewBox="0 0 \(px(page.width)) \(px(height))" role="img" aria-labelledby="sma-title sma-desc" font-family="\(escape(fontStack))" font-size="12">
        <title id="sma-title">\(escape(titles))</title>
        <desc id="sma-desc">\(escape(descs))</desc>
        <defs><pattern id="sma-derived" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="\(Colour.ground)"/><line class="hatch" x1="0" y1="0" x2="0" y2="6" stroke="\(Colour.published)" stroke-width="3"/></pattern></defs>
        <rect class="background" x="0" y="0" width="\(px(page.width))" height="\(px(height))" fill="\(Colour.ground)"/>
        \(body)</svg>

        """
    }

    /// Money as a plain number of won (or dollars), for positions.
    static func value(_ m: Money) -> Double { Double(m.amount.description) ?? 0 }

    /// The data in words, for screen readers: what the bars are, over which years, from what
    /// to what, and what is not a published figure.
    static func description(_ c: Chart, formatter: ValueFormatter) -> String {
        let labels = c.rows.map(\.label)
        guard let first = labels.first, let last = labels.last else { return "An empty chart." }
        let years = first == last ? first : "\(first) to \(last)"
        if c.fan {
            func median(_ r: (label: String, values: [Money?], marker: String?)?) -> String {
                guard let r, r.values.count == 5, let m = r.values[2] else { return "?" }
                return formatter.money(m)
            }
            var s = "A fan chart of \(c.subject), \(years): the median goes from \(median(c.rows.first)) in \(first) to \(median(c.rows.last)) in \(last)"
            if let r = c.rows.last, r.values.count == 5 {
                s += "; in \(last) 90% of trials lie between \(r.values[0].map(formatter.money) ?? "?") and \(r.values[4].map(formatter.money) ?? "?")"
            }
            if let t = c.threshold, let share = c.shares.last ?? nil {
                s += ", and \(formatter.format(.percent(share, signed: false))) are above \(formatter.money(t))"
            }
            return s + "."
        }
        var s = "A bar chart of \(c.subject), \(years)"
        if c.series.count > 1 { s += ", for \(c.series.joined(separator: ", "))" }
        let firstValue = c.rows.first?.values.compactMap { $0 }.first, lastValue = c.rows.last?.values.compactMap { $0 }.first
        if let a = firstValue, let b = lastValue, c.series.count == 1 {
            s += ": \(formatter.money(a)) in \(first)" + (first == last ? "" : " and \(formatter.money(b)) in \(last)")
            let all = c.rows.enumerated().compactMap { i, r in r.values.first.flatMap { $0 }.map { (i, $0) } }
            if let hi = all.max(by: { $0.1.amount < $1.1.amount }), c.rows[hi.0].label != last {
                s += ", the highest \(formatter.money(hi.1)) in \(c.rows[hi.0].label)"
            }
        }
        s += "."
        for m in Legend.marks(of: c) where m != .published {
            let ys = c.rows.indices.filter { c.mark($0) == m }.map { c.rows[$0].label }
            s += " \(ys.count == c.rows.count ? "All years" : ys.joined(separator: ", ")): \(Legend.text(m))."
        }
        return s
    }

    /// One chart: title, legend, rows (bars or fan), axis, notes and sources.
    static func chart(_ c: Chart, title: String, top: Double, page: Page, formatter: ValueFormatter) -> (String, Double) {
        var out = "<g class=\"chart\(c.fan ? " fan" : "")\">\n"
        var y = top + 30
        // A long title wraps to the page (a word longer than a line is cut where it must be).
        let columns = max(20, Int(exactly: ((page.width - 32) / (18 * 0.55)).rounded(.down)) ?? 20)
        let titleLines = Renderer.wrap(title, width: columns, indent: "").split(separator: "\n").prefix(SVG.maxTitleLines)
        for (i, line) in titleLines.enumerated() {
            if i > 0 { y += 22 }
            out += "<text class=\"title\" x=\"16\" y=\"\(px(y))\" font-size=\"18\" font-weight=\"bold\" fill=\"\(Colour.ink)\">\(escape(String(line)))</text>\n"
        }
        y += 14
        let (legendPart, legendHeight) = legend(c, top: y, page: page, formatter: formatter)
        out += legendPart
        y += legendHeight + 8
        let (rowsPart, rowsHeight) = c.fan ? fan(c, top: y, page: page, formatter: formatter) : bars(c, top: y, page: page, formatter: formatter)
        out += rowsPart
        y += rowsHeight + 8
        let (n, h) = notes(c, top: y, page: page, formatter: formatter)
        out += n + "</g>\n"
        return (out, y + h - top)
    }

    /// The key: one swatch and its words for every shading the chart uses, on as many lines
    /// as the page needs.
    static func legend(_ c: Chart, top: Double, page: Page, formatter: ValueFormatter) -> (String, Double) {
        var items: [(swatch: String, text: String)] = []
        func box(_ fill: String, stroke: String? = nil) -> (Double, Double) -> String {
            { x, y in "<rect class=\"swatch\" x=\"\(px(x))\" y=\"\(px(y - 10))\" width=\"14\" height=\"12\" fill=\"\(fill)\"\(stroke.map { " stroke=\"\($0)\" stroke-width=\"1.5\"" } ?? "")/>" }
        }
        var drawers: [(Double, Double) -> String] = []
        if c.fan {
            drawers.append { x, y in "<line class=\"swatch\" x1=\"\(px(x))\" y1=\"\(px(y - 4))\" x2=\"\(px(x + 14))\" y2=\"\(px(y - 4))\" stroke=\"\(Colour.whisker)\" stroke-width=\"2\"/>" }
            items.append(("", Legend.outerBand))
            drawers.append(box(Colour.band))
            items.append(("", Legend.innerBand))
            drawers.append { x, y in "<rect class=\"swatch\" x=\"\(px(x))\" y=\"\(px(y - 10))\" width=\"14\" height=\"12\" fill=\"\(Colour.band)\"/><line class=\"swatch median\" x1=\"\(px(x + 7))\" y1=\"\(px(y - 11))\" x2=\"\(px(x + 7))\" y2=\"\(px(y + 3))\" stroke=\"\(Colour.ink)\" stroke-width=\"2\"/>" }
            items.append(("", Legend.median))
            if let t = c.threshold {
                drawers.append { x, y in "<line class=\"swatch threshold\" x1=\"\(px(x + 7))\" y1=\"\(px(y - 12))\" x2=\"\(px(x + 7))\" y2=\"\(px(y + 3))\" stroke=\"\(Colour.threshold)\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>" }
                items.append(("", "above \(formatter.money(t)): the share of trials over the line"))
            }
        } else if c.series.count > 1 {
            for (i, s) in c.series.enumerated() {
                drawers.append(box(Colour.series[i % Colour.series.count]))
                items.append(("", s))
            }
        } else {
            let marks = Legend.marks(of: c)
            for m in marks where marks.count > 1 || m != .published {
                drawers.append(m == .derived ? box("url(#sma-derived)", stroke: Colour.published) : box(Colour.of(m)))
                items.append(("", Legend.text(m)))
            }
            if Set(c.rows.compactMap(\.marker)).count > 1 {
                drawers.append(box(Colour.stripe, stroke: Colour.grid))
                items.append(("", "shaded rows: every other agreement, named at the right"))
            }
        }
        guard !items.isEmpty else { return ("", 0) }
        var out = "<g class=\"legend\">\n", x = 16.0, y = top + 14
        for (i, item) in items.enumerated() {
            let w = 20 + textWidth(item.text, size: 11) + 18
            if x + w > page.width - 16 && x > 16 { x = 16; y += 18 }
            out += drawers[i](x, y) + "\n"
            out += "<text class=\"legend-text\" x=\"\(px(x + 20))\" y=\"\(px(y))\" font-size=\"11\" fill=\"\(Colour.quiet)\">\(escape(item.text))</text>\n"
            x += w
        }
        return (out + "</g>\n", y - top + 6)
    }

    /// The notes and the source line under a chart, wrapped to the page.
    static func notes(_ c: Chart, top: Double, page: Page, formatter: ValueFormatter) -> (String, Double) {
        var out = "", y = top + 4
        let columns = max(40, Int(exactly: ((page.width - 32) / (11 * 0.55)).rounded(.down)) ?? 40)
        let lines = c.notes.map { "Note: " + $0.text(formatter.format) } + [Publishers.sourceLine(c.sources)]
        for n in lines {
            for line in Renderer.wrap(n, width: columns, indent: "").split(separator: "\n") {
                y += 15
                out += "<text class=\"note\" x=\"16\" y=\"\(px(y))\" font-size=\"11\" fill=\"\(Colour.quiet)\">\(escape(String(line)))</text>\n"
            }
        }
        return (out, y - top + 6)
    }

    /// Vertical gridlines and their labels under the rows.
    static func axis(_ ticks: [Double], x: (Double) -> Double, top: Double, height: Double, like: Money?, formatter: ValueFormatter) -> String {
        var out = ""
        for t in ticks {
            let tx = x(t)
            out += "<line class=\"grid\" x1=\"\(px(tx))\" y1=\"\(px(top))\" x2=\"\(px(tx))\" y2=\"\(px(top + height))\" stroke=\"\(Colour.grid)\"/>\n"
            out += "<text class=\"tick\" x=\"\(px(tx))\" y=\"\(px(top + height + 14))\" font-size=\"10\" text-anchor=\"middle\" fill=\"\(Colour.quiet)\">\(escape(formatter.money(Money(approximately: t, like: like))))</text>\n"
        }
        return out
    }

    static func bars(_ c: Chart, top: Double, page: Page, formatter: ValueFormatter) -> (String, Double) {
        let values = c.rows.flatMap { $0.values }.compactMap { $0 }
        let maxValue = values.map(value).max() ?? 0
        let font = page.font, rh = page.rowHeight, bh = page.barHeight
        let perRow = max(1, c.series.count)
        let labelWidth = (c.rows.map { textWidth($0.label, size: font) }.max() ?? 0) + (perRow > 1 ? (c.series.map { textWidth($0, size: 11) }.max() ?? 0) + 12 : 0)
        let valueWidth = values.map { textWidth(formatter.money($0), size: 11) }.max() ?? 0
        let markerWidth = (c.rows.compactMap { $0.marker.map { textWidth($0, size: 11) } }.max() ?? 0) + 12
        let x0 = 16 + labelWidth + 10
        let x1 = page.width - 16 - markerWidth - valueWidth - 10
        let scale = maxValue > 0 ? (x1 - x0) / maxValue : 0
        var out = ""
        let rowsHeight = Double(c.rows.count * perRow) * rh
        // Every other agreement on a light stripe, behind the bars.
        var agreement = -1, lastMarker: String? = nil, y = top
        if Set(c.rows.compactMap(\.marker)).count > 1 {
            for r in c.rows {
                if let m = r.marker, m != lastMarker { agreement += 1; lastMarker = m }
                if agreement % 2 == 1 {
                    out += "<rect class=\"stripe\" x=\"8\" y=\"\(px(y))\" width=\"\(px(page.width - 16))\" height=\"\(px(rh * Double(perRow)))\" fill=\"\(Colour.stripe)\"/>\n"
                }
                y += rh * Double(perRow)
            }
        }
        out += axis(ticks(low: 0, high: maxValue).filter { $0 <= maxValue * 1.0001 || $0 == 0 }, x: { x0 + $0 * scale },
                    top: top, height: rowsHeight, like: values.first, formatter: formatter)
        lastMarker = nil
        y = top
        for (row, r) in c.rows.enumerated() {
            let mark = c.mark(row)
            for (i, v) in r.values.enumerated() {
                let mid = y + rh / 2
                if i == 0 {
                    out += "<text class=\"label\" x=\"16\" y=\"\(px(mid + font / 3))\" font-size=\"\(px(font))\" fill=\"\(Colour.ink)\">\(escape(r.label))</text>\n"
                }
                if perRow > 1 {
                    out += "<text class=\"series\" x=\"\(px(x0 - 8))\" y=\"\(px(mid + 4))\" font-size=\"11\" text-anchor=\"end\" fill=\"\(Colour.quiet)\">\(escape(c.series[i]))</text>\n"
                }
                if let v {
                    let w = max(0, value(v) * scale)
                    let fill = perRow > 1 ? Colour.series[i % Colour.series.count] : mark == .derived ? "url(#sma-derived)" : Colour.of(mark)
                    let stroke = mark == .derived && perRow == 1 ? " stroke=\"\(Colour.published)\" stroke-width=\"1.5\"" : ""
                    let what = r.label + ": " + formatter.money(v) + (mark == .published ? "" : " (\(Legend.text(mark)))")
                    out += "<rect class=\"bar \(mark.rawValue)\" x=\"\(px(x0))\" y=\"\(px(mid - bh / 2))\" width=\"\(px(w))\" height=\"\(px(bh))\" fill=\"\(fill)\"\(stroke)><title>\(escape(what))</title></rect>\n"
                    out += "<text class=\"value\" x=\"\(px(x0 + w + 6))\" y=\"\(px(mid + 4))\" font-size=\"11\" fill=\"\(Colour.value)\">\(escape(formatter.money(v)))</text>\n"
                }
                if i == 0, let m = r.marker, m != lastMarker {
                    out += "<text class=\"agreement\" x=\"\(px(page.width - 16))\" y=\"\(px(mid + 4))\" font-size=\"11\" text-anchor=\"end\" fill=\"\(Colour.quiet)\">\(escape(m))</text>\n"
                    lastMarker = m
                }
                y += rh
            }
        }
        return (out, rowsHeight + 18)
    }

    static func fan(_ c: Chart, top: Double, page: Page, formatter: ValueFormatter) -> (String, Double) {
        let all = c.rows.flatMap { $0.values }.compactMap { $0 }
        var lo = all.map(value).min() ?? 0, hi = all.map(value).max() ?? 1
        if let t = c.threshold { lo = min(lo, value(t)); hi = max(hi, value(t)) }
        let tickValues = ticks(low: lo, high: hi)
        let first = tickValues.first ?? lo, last = max(tickValues.last ?? hi, hi)
        let font = page.font, rh = page.rowHeight, bh = page.barHeight
        let labelWidth = (c.rows.map { textWidth($0.label, size: font) }.max() ?? 0)
        let figureWidth = c.rows.map { r in textWidth(figures(r.values, share: nil, formatter: formatter), size: 11) }.max() ?? 200
        let x0 = 16 + labelWidth + 14, x1 = page.width - 16 - min(figureWidth + 60, page.width * 0.45)
        let scale = last > first ? (x1 - x0) / (last - first) : 0
        func x(_ m: Money?) -> Double { x0 + ((m.map(value) ?? first) - first) * scale }
        let rowsHeight = Double(c.rows.count) * rh
        var out = axis(tickValues.filter { $0 >= first && $0 <= last }, x: { x0 + ($0 - first) * scale },
                       top: top, height: rowsHeight, like: all.first, formatter: formatter)
        var y = top
        for (row, r) in c.rows.enumerated() where r.values.count == 5 {
            let mid = y + rh / 2
            let v = r.values
            out += "<text class=\"label\" x=\"16\" y=\"\(px(mid + font / 3))\" font-size=\"\(px(font))\" fill=\"\(Colour.ink)\">\(escape(r.label))</text>\n"
            out += "<line class=\"range\" x1=\"\(px(x(v[0])))\" y1=\"\(px(mid))\" x2=\"\(px(x(v[4])))\" y2=\"\(px(mid))\" stroke=\"\(Colour.whisker)\" stroke-width=\"2\"/>\n"
            out += "<rect class=\"band\" x=\"\(px(x(v[1])))\" y=\"\(px(mid - bh / 2))\" width=\"\(px(max(1, x(v[3]) - x(v[1]))))\" height=\"\(px(bh))\" fill=\"\(Colour.band)\"/>\n"
            out += "<line class=\"median\" x1=\"\(px(x(v[2])))\" y1=\"\(px(mid - bh / 2 - 2))\" x2=\"\(px(x(v[2])))\" y2=\"\(px(mid + bh / 2 + 2))\" stroke=\"\(Colour.ink)\" stroke-width=\"2\"/>\n"
            let share = row < c.shares.count ? c.shares[row] : nil
            out += "<text class=\"value\" x=\"\(px(x1 + 12))\" y=\"\(px(mid + 4))\" font-size=\"11\" fill=\"\(Colour.value)\">\(escape(figures(v, share: c.threshold == nil ? nil : share, formatter: formatter)))</text>\n"
            y += rh
        }
        if let t = c.threshold {
            let tx = x(t)
            out += "<line class=\"threshold\" x1=\"\(px(tx))\" y1=\"\(px(top - 4))\" x2=\"\(px(tx))\" y2=\"\(px(top + rowsHeight))\" stroke=\"\(Colour.threshold)\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>\n"
            out += "<text class=\"threshold-label\" x=\"\(px(tx + 4))\" y=\"\(px(top + rowsHeight + 28))\" font-size=\"10\" fill=\"\(Colour.threshold)\">\(escape("above " + formatter.money(t)))</text>\n"
        }
        return (out, rowsHeight + (c.threshold == nil ? 18 : 32))
    }

    /// A fan row's figures: the median, the 90% range and the share above the line.
    static func figures(_ v: [Money?], share: Dec?, formatter: ValueFormatter) -> String {
        guard v.count == 5 else { return "" }
        var s = "median " + (v[2].map(formatter.money) ?? "") + "; " + (v[0].map(formatter.money) ?? "") + " to " + (v[4].map(formatter.money) ?? "")
        if let share { s += "; " + formatter.format(.percent(share, signed: false)) + " above" }
        return s
    }
}

extension Money {
    /// A round axis value as money in the currency of `like` (won by default), to the minor unit.
    init(approximately v: Double, like: Money?) {
        let currency = like?.currency ?? .krw
        let whole = v.isFinite && abs(v) < 9e18 ? Int64(v.rounded()) : 0
        self = (try? Money(exact: Dec(mantissa: Int128(whole), scale: 0), currency)) ?? Money(won: 0)
    }
}
