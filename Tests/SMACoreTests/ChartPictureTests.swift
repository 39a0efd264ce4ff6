import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell

/// Charts ready to publish: every text and mark of the SVG at WCAG AA contrast, computed from
/// the document's own colours; a title in words, `<title>`, `<desc>` and role="img"; a legend
/// entry for every kind of bar drawn.
@Suite struct ChartPictureTests {
    static let statements = [
        "chart contributions 1991..2026",
        "chart project 2022..2030 under agreement 12 with cpi 3%",
        "chart simulate 2027..2030 under agreement 12 with cpi normal(3%, 1%) trials 500 seed 1 above 1조 7000억",
        "chart compare growth 3%, growth 5%, under agreement 12 with cpi 2% for 2027..2030",
        "chart contributions 2019..2026 title \"A & B <são>\"",
    ]

    static func svg(_ statement: String, size: ChartSize = .article, units: UnitStyle = .ko) throws -> String {
        guard case .chart(let c) = try value(statement) else { throw TestFailure(message: "not a chart: \(statement)") }
        return SVG.document([(c, statement)], Renderer(RenderSpec(units: units, chartSize: size)))
    }

    /// The elements of an SVG: name and attributes (enough of XML for sma's own output).
    static func elements(_ svg: String) -> [(name: String, attributes: [String: String])] {
        var out: [(String, [String: String])] = []
        for part in svg.split(separator: "<").dropFirst() {
            guard let first = part.first, first.isLetter else { continue }
            let tag = part.prefix { $0 != ">" }
            let name = String(tag.prefix { !$0.isWhitespace && $0 != "/" })
            var attributes: [String: String] = [:]
            for m in tag.matches(of: /([a-z-]+)="([^"]*)"/) { attributes[String(m.1)] = String(m.2) }
            out.append((name, attributes))
        }
        return out
    }

    static func luminance(_ hex: String) -> Double? {
        guard hex.hasPrefix("#"), hex.count == 7, let v = Int(hex.dropFirst(), radix: 16) else { return nil }
        let c = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map { Double($0) / 255 }.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        guard let x = luminance(a), let y = luminance(b) else { return 0 }
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    static func pow(_ x: Double, _ y: Double) -> Double {
        // exp(y·ln x) without Foundation, to well within the precision a ratio needs.
        guard x > 0 else { return 0 }
        var ln = 0.0, m = x
        while m > 2 { m /= 2; ln += 0.6931471805599453 }
        while m < 1 { m *= 2; ln -= 0.6931471805599453 }
        let t = (m - 1) / (m + 1)
        var term = t, sum = 0.0
        for k in stride(from: 1, through: 61, by: 2) { sum += term / Double(k); term *= t * t }
        ln += 2 * sum
        let e = y * ln
        var r = 1.0, f = 1.0
        for k in 1...40 { f *= e / Double(k); r += f }
        return r
    }

    @Test func powIsExact() {
        #expect(abs(Self.pow(2, 0.5) - 1.4142135623730951) < 1e-9)
        #expect(abs(Self.pow(0.5, 2.4) - 0.18946457081379978) < 1e-9)
        // The ratios WCAG itself gives: black on white 21:1, #767676 on white 4.54:1.
        #expect(abs(Self.contrast("#000000", "#ffffff") - 21) < 1e-6)
        #expect(abs(Self.contrast("#767676", "#ffffff") - 4.54) < 0.01)
    }

    @Test(arguments: statements) func everyTextAndMarkIsAtAAContrast(_ statement: String) throws {
        for size in [ChartSize.article, .slide] {
            let svg = try Self.svg(statement, size: size)
            let grounds = [SVG.Colour.ground, SVG.Colour.stripe]
            var texts = 0, marks = 0
            for (name, a) in Self.elements(svg) {
                let cls = a["class"] ?? ""
                // Decoration: the ground, the agreements' stripes and the gridlines (the tick
                // labels carry the scale), and the stripe's own legend swatch.
                if ["background", "stripe", "grid"].contains(cls) || a["fill"] == SVG.Colour.stripe || cls == "hatch" && name == "rect" { continue }
                if name == "text" {
                    texts += 1
                    for g in grounds { #expect(Self.contrast(a["fill"] ?? "", g) >= 4.5, "\(statement): text \(a) on \(g)") }
                } else if ["rect", "line"].contains(name), cls != "" {
                    var colours = [a["fill"], a["stroke"]].compactMap { $0 }.filter { !$0.hasPrefix("url(") }
                    // A hatched bar: its stripes and its outline are the mark.
                    if a["fill"] == "url(#sma-derived)" { colours.append(SVG.Colour.published) }
                    #expect(!colours.isEmpty, "\(statement): a mark without a colour: \(a)")
                    marks += 1
                    for c in colours { #expect(Self.contrast(c, SVG.Colour.ground) >= 3, "\(statement): mark \(a)") }
                }
            }
            #expect(texts > 10 && marks > 3)
            // The median is drawn on the band: it must stand out from it too.
            if svg.contains("class=\"median\"") { #expect(Self.contrast(SVG.Colour.ink, SVG.Colour.band) >= 3) }
        }
    }

    @Test func titlesDescriptionsAndLegends() throws {
        let bars = try Self.svg(Self.statements[0])
        #expect(bars.contains("role=\"img\""))
        #expect(bars.contains("<title id=\"sma-title\">What Korea paid, 1991–2026</title>"))
        let desc = try #require(bars.firstMatch(of: /<desc id="sma-desc">([^<]*)<\/desc>/)).1
        #expect(desc.hasPrefix("A bar chart of what Korea paid, 1991 to 2026: 1,073억 원 in 1991 and 1조 5,192억 원 in 2026"))
        #expect(desc.contains("2023, 2024: not published"))
        for m in [Chart.Mark.published, .wonEquivalent, .derived] { #expect(bars.contains(">\(Legend.text(m))</text>")) }
        #expect(bars.contains("every other agreement"))
        #expect(!bars.contains("`")) // no command in a picture
        #expect(bars.contains("Sources: Ministry of National Defense"))

        let both = try Self.svg(Self.statements[1])
        #expect(both.contains("What Korea paid and would pay, 2022–2030"))
        #expect(both.contains("class=\"bar published\"") && both.contains("class=\"bar projected\""))
        #expect(both.contains(">\(Legend.text(.projected))</text>"))

        let fan = try Self.svg(Self.statements[2])
        for band in [Legend.outerBand, Legend.innerBand, Legend.median] { #expect(fan.contains(">\(band)</text>")) }
        #expect(fan.contains("class=\"threshold\""))
        #expect(fan.contains("above 1조 7,000억 원"))
        #expect(fan.contains("% above</text>"))

        let titled = try Self.svg(Self.statements[4])
        #expect(titled.contains("<title id=\"sma-title\">A &amp; B &lt;são&gt;</title>"))
    }

    /// The recorded years of `chart project` are the record's figures, and its projected years
    /// are `project`'s, on generated ranges.
    @Test func recordedAndProjectedYearsAgreeWithTheirQueries() throws {
        for start in stride(from: 2005, through: 2026, by: 3) {
            for end in [2027, 2029, 2031] {
                guard case .chart(let c) = try value("chart project \(start)..\(end) under agreement 12 with cpi 2.5%") else { continue }
                for (i, r) in c.rows.enumerated() {
                    let y = r.label
                    if c.mark(i) == .projected {
                        #expect(r.values.first ?? nil == (try money("project \(y) under agreement 12 with cpi 2.5%")), "\(start)..\(end): \(y)")
                    } else if c.mark(i) == .wonEquivalent {
                        continue
                    } else {
                        #expect(r.values.first ?? nil == (try money("contribution \(y)")), "\(start)..\(end): \(y)")
                    }
                }
                #expect(c.rows.map(\.label) == (start...end).map(String.init))
            }
        }
    }
}
