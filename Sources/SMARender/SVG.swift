import SMALanguage
import SMAEngine

/// Charts as pictures: a standalone SVG document (`sma -o chart.svg -e 'chart …'`, or `save
/// chart.svg` in the session after a chart) for slides and articles. Bars, or fan bands with the
/// median, on an axis labelled in the chosen units, with the agreement of each year and the
/// chart's notes. Hangul is drawn with a generic font stack.
public enum SVG {
    static let width = 880
    static let rowHeight = 22
    static let barHeight = 14
    static let fontStack = "'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', 'Helvetica Neue', Arial, sans-serif"
    static let palette = ["#2b6cb0", "#dd6b20", "#2f855a", "#9b2c2c", "#6b46c1"]
    /// Two shades, so that where the agreement changes the bars change with it.
    static let agreementShades = ["#2b6cb0", "#63a4e0"]

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

    /// The charts of a run, one under the other, with their titles (or the statement that drew
    /// them).
    public static func document(_ charts: [(chart: Chart, statement: String)], _ renderer: Renderer) -> String {
        let formatter = renderer.formatter
        var body = ""
        var y = 24.0
        for (c, statement) in charts {
            let (part, height) = c.fan ? fan(c, title: c.title ?? statement, top: y, formatter: formatter)
                                       : bars(c, title: c.title ?? statement, top: y, formatter: formatter)
            body += part
            y += height + 24
        }
        let h = Int(y.rounded(.up))
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(h)" viewBox="0 0 \(width) \(h)" font-family="\(escape(fontStack))" font-size="12">
        <rect class="background" x="0" y="0" width="\(width)" height="\(h)" fill="#ffffff"/>
        \(body)</svg>

        """
    }

    /// Money as a plain number of won (or dollars), for positions.
    static func value(_ m: Money) -> Double { Double(m.amount.description) ?? 0 }

    /// The notes under a chart, wrapped.
    static func notes(_ c: Chart, top: Double, formatter: ValueFormatter) -> (String, Double) {
        var out = "", y = top
        let lines = c.notes.map { "Note: " + $0.text(formatter.format) } + ["Source: the sma record (`sma -e record` lists every figure with its source)."]
        for n in lines {
            for line in Renderer.wrap(n, width: 130, indent: "").split(separator: "\n") {
                y += 15
                out += "<text class=\"note\" x=\"16\" y=\"\(px(y))\" font-size=\"11\" fill=\"#4a5568\">\(escape(String(line)))</text>\n"
            }
        }
        return (out, y - top + 6)
    }

    static func bars(_ c: Chart, title: String, top: Double, formatter: ValueFormatter) -> (String, Double) {
        let values = c.rows.flatMap { $0.values }.compactMap { $0 }
        let maxValue = values.map(value).max() ?? 0
        let labelWidth = (c.rows.map { textWidth($0.label, size: 12) }.max() ?? 0) + (c.series.count > 1 ? (c.series.map { textWidth($0, size: 11) }.max() ?? 0) + 12 : 0)
        let valueWidth = values.map { textWidth(formatter.money($0), size: 11) }.max() ?? 0
        let markerWidth = (c.rows.compactMap { $0.marker.map { textWidth($0, size: 11) } }.max() ?? 0) + 12
        let x0 = 16 + labelWidth + 10
        let x1 = Double(width) - 16 - markerWidth - valueWidth - 10
        let scale = maxValue > 0 ? (x1 - x0) / maxValue : 0
        var out = "<g class=\"chart\">\n"
        out += "<text class=\"title\" x=\"16\" y=\"\(px(top))\" font-size=\"15\" font-weight=\"bold\" fill=\"#1a202c\">\(escape(title))</text>\n"
        var y = top + 18
        // The axis: gridlines and labels in the chosen units.
        let axisTop = y, rowsHeight = Double(c.rows.count * max(1, c.series.count) * rowHeight)
        let tickValues = ticks(low: 0, high: maxValue)
        for t in tickValues where t <= maxValue * 1.0001 || t == 0 {
            let x = x0 + t * scale
            out += "<line class=\"grid\" x1=\"\(px(x))\" y1=\"\(px(axisTop))\" x2=\"\(px(x))\" y2=\"\(px(axisTop + rowsHeight))\" stroke=\"#e2e8f0\"/>\n"
            let label = formatter.money(Money(approximately: t, like: values.first))
            out += "<text class=\"tick\" x=\"\(px(x))\" y=\"\(px(axisTop + rowsHeight + 14))\" font-size=\"10\" text-anchor=\"middle\" fill=\"#718096\">\(escape(label))</text>\n"
        }
        var lastMarker: String? = nil, shade = 0
        for r in c.rows {
            if let m = r.marker, m != lastMarker, lastMarker != nil { shade = 1 - shade }
            for (i, v) in r.values.enumerated() {
                let mid = y + Double(rowHeight) / 2
                if i == 0 {
                    out += "<text class=\"label\" x=\"16\" y=\"\(px(mid + 4))\" fill=\"#1a202c\">\(escape(r.label))</text>\n"
                }
                if c.series.count > 1 {
                    out += "<text class=\"series\" x=\"\(px(x0 - 8))\" y=\"\(px(mid + 4))\" font-size=\"11\" text-anchor=\"end\" fill=\"#4a5568\">\(escape(c.series[i]))</text>\n"
                }
                if let v {
                    let w = max(0, value(v) * scale)
                    let color = c.series.count > 1 ? palette[i % palette.count] : agreementShades[shade]
                    out += "<rect class=\"bar\" x=\"\(px(x0))\" y=\"\(px(mid - Double(barHeight) / 2))\" width=\"\(px(w))\" height=\"\(barHeight)\" fill=\"\(color)\"><title>\(escape(r.label + ": " + formatter.money(v)))</title></rect>\n"
                    out += "<text class=\"value\" x=\"\(px(x0 + w + 6))\" y=\"\(px(mid + 4))\" font-size=\"11\" fill=\"#2d3748\">\(escape(formatter.money(v)))</text>\n"
                }
                if i == 0, let m = r.marker, m != lastMarker {
                    out += "<text class=\"agreement\" x=\"\(px(Double(width) - 16))\" y=\"\(px(mid + 4))\" font-size=\"11\" text-anchor=\"end\" fill=\"#4a5568\">\(escape(m))</text>\n"
                    lastMarker = m
                }
                y += Double(rowHeight)
            }
        }
        y += 22
        let (n, h) = notes(c, top: y, formatter: formatter)
        out += n + "</g>\n"
        return (out, y + h - top)
    }

    static func fan(_ c: Chart, title: String, top: Double, formatter: ValueFormatter) -> (String, Double) {
        let all = c.rows.flatMap { $0.values }.compactMap { $0 }
        let lo = all.map(value).min() ?? 0, hi = all.map(value).max() ?? 1
        let tickValues = ticks(low: lo, high: hi)
        let first = tickValues.first ?? lo, last = max(tickValues.last ?? hi, hi)
        let labelWidth = (c.rows.map { textWidth($0.label, size: 12) }.max() ?? 0)
        let x0 = 16 + labelWidth + 14, x1 = Double(width) - 16 - 200.0
        let scale = last > first ? (x1 - x0) / (last - first) : 0
        func x(_ m: Money?) -> Double { x0 + ((m.map(value) ?? first) - first) * scale }
        var out = "<g class=\"chart fan\">\n"
        out += "<text class=\"title\" x=\"16\" y=\"\(px(top))\" font-size=\"15\" font-weight=\"bold\" fill=\"#1a202c\">\(escape(title))</text>\n"
        var y = top + 18
        let rowsHeight = Double(c.rows.count * rowHeight)
        for t in tickValues where t >= first && t <= last {
            let tx = x0 + (t - first) * scale
            out += "<line class=\"grid\" x1=\"\(px(tx))\" y1=\"\(px(y))\" x2=\"\(px(tx))\" y2=\"\(px(y + rowsHeight))\" stroke=\"#e2e8f0\"/>\n"
            out += "<text class=\"tick\" x=\"\(px(tx))\" y=\"\(px(y + rowsHeight + 14))\" font-size=\"10\" text-anchor=\"middle\" fill=\"#718096\">\(escape(formatter.money(Money(approximately: t, like: all.first))))</text>\n"
        }
        for r in c.rows where r.values.count == 5 {
            let mid = y + Double(rowHeight) / 2
            let v = r.values
            out += "<text class=\"label\" x=\"16\" y=\"\(px(mid + 4))\" fill=\"#1a202c\">\(escape(r.label))</text>\n"
            out += "<line class=\"range\" x1=\"\(px(x(v[0])))\" y1=\"\(px(mid))\" x2=\"\(px(x(v[4])))\" y2=\"\(px(mid))\" stroke=\"#90cdf4\" stroke-width=\"2\"/>\n"
            out += "<rect class=\"band\" x=\"\(px(x(v[1])))\" y=\"\(px(mid - Double(barHeight) / 2))\" width=\"\(px(max(1, x(v[3]) - x(v[1]))))\" height=\"\(barHeight)\" fill=\"#2b6cb0\"/>\n"
            out += "<line class=\"median\" x1=\"\(px(x(v[2])))\" y1=\"\(px(mid - Double(barHeight) / 2 - 2))\" x2=\"\(px(x(v[2])))\" y2=\"\(px(mid + Double(barHeight) / 2 + 2))\" stroke=\"#1a202c\" stroke-width=\"2\"/>\n"
            let figures = "median " + (v[2].map(formatter.money) ?? "")
            out += "<text class=\"value\" x=\"\(px(x1 + 12))\" y=\"\(px(mid + 4))\" font-size=\"11\" fill=\"#2d3748\">\(escape(figures))</text>\n"
            y += Double(rowHeight)
        }
        y += 22
        // The chart's notes already say what the line, the band and the mark are.
        let (n, h) = notes(c, top: y, formatter: formatter)
        out += n + "</g>\n"
        return (out, y + h - top)
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
