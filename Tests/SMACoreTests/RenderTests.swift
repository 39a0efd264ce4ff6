import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell
@testable import SMATools

@Suite struct RenderTests {
    let ko = ValueFormatter(units: .ko)
    let en = ValueFormatter(units: .en)

    @Test func koreanUnits() {
        #expect(ko.money(Money(won: 1_183_300_000_000)) == "1조 1,833억 원")
        #expect(ko.money(Money(won: 1_465_926_000_000)) == "1조 4,659억 2,600만 원")
        #expect(ko.money(Money(won: 1_038_900_000_000)) == "1조 389억 원")
        #expect(ko.money(Money(won: 680_400_000_000)) == "6,804억 원")
        #expect(ko.money(Money(won: 0)) == "0 원")
        #expect(ko.money(Money(won: 12_345)) == "1만 2,345 원")
        #expect(ko.money(Money(won: -116_400_000_000)) == "-1,164억 원")
        #expect(ko.money(try! Money(exact: Dec(150_000_000), .usd)) == "1억 5,000만 달러")
    }

    @Test func englishUnits() {
        #expect(en.money(Money(won: 1_183_300_000_000)) == "₩1.1833 trillion")
        #expect(en.money(Money(won: 741_500_000_000)) == "₩741.5 billion")
        #expect(en.money(Money(won: 35_000)) == "₩35,000")
        #expect(en.money(try! Money(exact: Dec(150_000_000), .usd)) == "$150 million")
        #expect(en.money(try! Money(exact: dec("1033810938.32"), .usd)) == "$1.03 billion")
        #expect(en.money(Money(won: 394_433_333_333)) == "₩394 billion")
        #expect(en.money(Money(won: -1_000_000_000_001)) == "-₩1 trillion")
        #expect(en.money(try! Money(exact: dec("999999999.99"), .usd)) == "$1 billion")
        #expect(en.money(try! Money(exact: dec("333333.33"), .usd)) == "$333,333.33")
    }

    /// English output read back by sma is the amount itself when four places hold it, else the
    /// amount rounded half-up to three significant digits: never further off than that.
    @Test func englishUnitsReadBack() throws {
        let session = Session()
        for v in FastFormattingTests.values(3_000) where v != Int64.min {
            let won = Money(won: v)
            let text = en.money(won)
            guard case .money(let back) = try value(text, session: session) else { Issue.record("\(text) is not money"); continue }
            #expect(back.currency == .krw)
            let magnitude = v.magnitude
            let exactAtScale = [UInt64(1_000_000_000_000), 1_000_000_000, 1_000_000].first { magnitude >= $0 }
            guard let scale = exactAtScale else { #expect(back == won, "\(text)"); continue }
            if magnitude % (scale / 10_000) == 0 { #expect(back == won, "\(text)"); continue }
            // Three significant digits: the unit of the third digit from the top.
            var unit: UInt64 = 1
            while magnitude / unit >= 1_000 { unit *= 10 }
            let difference = (back.amount.integerPart - Int128(v)).magnitude
            #expect(difference * 2 <= UInt128(unit), "\(v) shown as \(text)")
        }
    }

    @Test func percents() {
        #expect(ko.format(.percent(dec("13.9"), signed: true)) == "+13.9%")
        #expect(ko.format(.percent(Dec(3), signed: true)) == "+3.0%")
        #expect(ko.format(.percent(dec("-8.9"), signed: true)) == "-8.9%")
        #expect(ko.format(.percent(dec("4.5"), signed: false)) == "4.5%")
    }

    @Test func jsonEncodesMoneyExactly() {
        #expect(JSON.value(.money(Money(won: 1_465_900_000_000)), ko) == "1465900000000")
        #expect(JSON.value(.money(try! Money(exact: Dec(150_000_000), .usd)), ko) == #"{"amount": 150000000, "currency": "USD"}"#)
        #expect(JSON.value(.percent(dec("4.5"), signed: false), ko) == "4.5")
        #expect(JSON.string("a\"b\\\n\u{1}") == #""a\"b\\\n\u0001""#)
        let t = Table(columns: [Column("year"), Column("won equivalent")], rows: [[.number(Dec(2021)), nil]])
        #expect(JSON.value(.table(t), ko) == #"{"columns": ["year", "won_equivalent"], "rows": [[2021, null]]}"#)
    }

    @Test func csvQuotesPerRFC4180() {
        #expect(CSV.field("Washington, D.C.") == "\"Washington, D.C.\"")
        #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.field("plain") == "plain")
        #expect(CSV.render(.money(Money(won: 1_183_300_000_000)), Renderer(RenderSpec(format: .csv))) == "value\n1183300000000\n")
    }

    @Test func tablesAlignByDisplayWidth() {
        let r = run("project 2027..2028 with growth 3%")
        let lines = r.out.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("note:") }
        #expect(lines.count == 4)
        // Korean characters are two columns wide; right-aligned columns end at the same column.
        #expect(Set(lines.map { DisplayWidth.of($0) }).count == 1, "\(lines)")
        #expect(lines[2] == "2027  1조 5,648억 원   +3.0%")
    }

    @Test func diagnosticsPointAtTheSpan() {
        let src = SourceText(name: "x.sma", text: "let a = 1\n원화 + 2\n", firstLine: 1)
        let d = Diagnostic(.evaluation, "unknown name `원화`", at: Span(10, 16), hint: "h")
        let text = DiagnosticRenderer.render(LocatedDiagnostic(d, in: src))
        #expect(text == "x.sma:2:1: error: unknown name `원화`\n   2 | 원화 + 2\n     | ^~~~\nhint: h\n")
    }
}

/// The byte-level fast paths of formatting against plain string-built references, over edge
/// cases and a deterministic spread of values.
@Suite struct FastFormattingTests {
    /// The Korean grouping the way a person would write it: parts of 조, 억, 만 and the rest.
    static func koreanReference(_ v: Int, dollars: Bool) -> String {
        let whole = v.magnitude
        let parts = [whole / 1_000_000_000_000, (whole / 100_000_000) % 10_000, (whole / 10_000) % 10_000, whole % 10_000]
        var words: [String] = []
        for (p, unit) in zip(parts, ["조", "억", "만", ""]) where p > 0 {
            words.append(Dec.group(String(p)) + unit)
        }
        if words.isEmpty { words = ["0"] }
        return (v < 0 ? "-" : "") + words.joined(separator: " ") + (dollars ? " 달러" : " 원")
    }

    static func plainReference(_ m: Int64, scale: Int, minPlaces: Int, grouping: Bool) -> String {
        var digits = String(m.magnitude)
        if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
        let intPart = String(digits.prefix(digits.count - scale))
        var frac = String(digits.suffix(scale))
        while frac.count < minPlaces { frac += "0" }
        return (m < 0 ? "-" : "") + (grouping ? Dec.group(intPart) : intPart) + (frac.isEmpty ? "" : "." + frac)
    }

    /// SplitMix64: the same spread of values on every run.
    static func values(_ count: Int) -> [Int64] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var out: [Int64] = [0, 1, -1, 9, 10, 999, 1_000, 9_999, 10_000, 100_000_000, 1_000_000_000_000,
                            1_000_000_000_001, 100_000_010_000, Int64.max, Int64.min + 1, Int64.min]
        for _ in 0..<count {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            // Every magnitude from one digit to nineteen.
            out.append(Int64(bitPattern: z) >> Int64(z % 63))
        }
        return out
    }

    @Test func koreanAmounts() {
        for v in FastFormattingTests.values(5_000) where v != Int64.min {
            for dollars in [false, true] {
                #expect(ValueFormatter.koreanWhole(Int(v), dollars: dollars) == FastFormattingTests.koreanReference(Int(v), dollars: dollars))
            }
        }
    }

    /// The renderer's byte path (single numbers and amounts straight from the formatter's
    /// bytes) against rendering to a string, on generated results in every format and unit.
    @Test func renderingIntoBytesIsRenderingToText() throws {
        var outputs: [Output] = []
        for (i, v) in FastFormattingTests.values(1_500).enumerated() {
            let scale = i % 16   // up to and past the 12 places shown
            let d = Dec(mantissa: Int128(v), scale: scale)
            outputs.append(Output(.number(d)))
            outputs.append(Output(.percent(d, signed: [PercentStyle.plain, .signed, .tenth][i % 3])))
            for c in [Currency.krw, .usd] {
                if let m = try? Money(exact: Dec(mantissa: Int128(v), scale: c == .usd ? i % 3 : 0), c) {
                    outputs.append(Output(.money(m)))
                    outputs.append(Output(.money(m), notes: [Phrase("about {}", .money(m))]))
                    outputs.append(Output(.number(d), notes: [Phrase("from {} in {}, {} a year: {}", .money(m), .number(Dec(2026)), .percent(d, signed: true), .text("{}")),
                                                              Phrase("no values"), Phrase("{} and {} {}", .money(m))]))
                }
            }
        }
        outputs.append(Output(.text("a line")))
        outputs.append(Output(.range(2019, 2025)))
        for format in OutputFormat.allCases {
            for units in UnitStyle.allCases {
                for (notes, color, width) in [(false, false, nil), (true, false, nil), (false, true, nil), (false, false, 30 as Int?)] {
                    let r = Renderer(RenderSpec(format: format, units: units, color: color, width: width, notes: notes))
                    for o in outputs {
                        var bytes: [UInt8] = [0x41]
                        r.render(o, into: &bytes)
                        #expect(bytes == [0x41] + Array(r.render(o).utf8))
                    }
                }
            }
        }
    }

    @Test func wholeNumbersAppendTheirDigits() {
        // A few digits are appended byte by byte, more in one step: both are the decimal text.
        var values: [Int64] = [0, 9, -9, 10, 999, 1000, 9999, 10000, -99999, .max, .min]
        var x: UInt64 = 0x9E37_79B9_7F4A_7C15
        for i in 0..<3000 {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            values.append(Int64(truncatingIfNeeded: x >> UInt64(i % 60)) &* (i % 2 == 0 ? 1 : -1))
        }
        for v in values {
            var out: [UInt8] = [0x41]
            Dec.appendDigits(v, to: &out)
            #expect(out == [0x41] + Array(String(v).utf8), "\(v)")
        }
    }

    @Test func plainNumbers() {
        for v in FastFormattingTests.values(2_000) {
            for scale in [0, 1, 2, 5, 18, 24] {
                for minPlaces in [0, 1, 3] {
                    for grouping in [false, true] {
                        #expect(Dec.plain(v, scale: scale, minPlaces: minPlaces, grouping: grouping)
                                == FastFormattingTests.plainReference(v, scale: scale, minPlaces: minPlaces, grouping: grouping))
                    }
                }
            }
        }
    }
}

@Suite struct MarkdownTests {
    /// Two results in a row are two tables (a blank line between them), and a cell holding a
    /// line break or a `|` stays in its row.
    @Test func resultsAreSeparatedAndCellsEscaped() {
        let r = Renderer(RenderSpec(format: .markdown))
        var t = Table(columns: [Column("name"), Column("note")])
        t.rows = [[.text("a|b"), .text("first\nsecond")]]
        let one = r.render(Output(.table(t)))
        #expect(one == "| name | note |\n| --- | --- |\n| a\\|b | first<br>second |\n\n")
        let two = run("contributions 2025..2026\ncontributions 2019..2020\n", format: .markdown).out
        #expect(two.contains("| 2026 | 1조 5,192억 원 | +8.3% | 12th |\n\n| year |"))
    }
}

/// The progress line: nothing for a quick run, a line for a long one, erased at the end.
@Suite struct ProgressLineTests {
    func report(_ done: Int, of total: Int, after ms: UInt64, pass: Int = 1, finished: Bool = false) -> SimulationProgress {
        SimulationProgress(done: done, total: total, trials: 1_000_000, elapsed: ms * 1_000_000, pass: pass, finished: finished)
    }

    @Test func quickRunsShowNothing() {
        var line = ProgressLine()
        #expect(line.update(report(10, of: 100, after: 100), width: 80) == nil)      // too early
        #expect(line.update(report(60, of: 100, after: 400), width: 80) == nil)      // done in under a second
        #expect(line.update(report(0, of: 0, after: 500, finished: true), width: 80) == nil)
    }

    @Test func longRunsShowAndEraseTheLine() throws {
        var line = ProgressLine()
        let first = line.update(report(10, of: 100, after: 400), width: 200)
        let text = try #require(first)
        #expect(text.hasPrefix("\r") && text.hasSuffix("\u{1B}[K"))
        #expect(text.contains("simulating: 10% · 100,000 of 1,000,000 trials · 0.4 s · about 3.6 s left"), "\(text)")
        #expect(line.shown)
        // Narrow terminals get the line cut, never wrapped.
        let second = line.update(report(20, of: 100, after: 800), width: 30)
        let narrow = try #require(second)
        #expect(narrow.count == 1 + 29 + 3)
        #expect(line.update(report(0, of: 0, after: 900, finished: true), width: 80) == "\r\u{1B}[K")
        #expect(!line.shown)
    }
}

/// sma reads what it writes: an amount in dollars written in Korean units (`20억 9,090만 달러`)
/// is read back as the same amount, on generated amounts.
@Suite struct DollarReadBackTests {
    @Test func koreanUnitsOfDollarsReadBack() throws {
        var rng = SplitMix(seed: 26)
        let ko = ValueFormatter(units: .ko)
        for _ in 0..<500 {
            let whole = Int64(rng.next() % 1_000_000_000_000) + 1
            let m = try Money(exact: Dec(whole), .usd)
            let text = ko.format(.money(m))
            guard case .money(let back) = try value(text) else { Issue.record("\(text) is not money"); continue }
            #expect(back == m, "\(text) read as \(back)")
        }
    }
}

/// The aligned table written as bytes against the string-built table it replaced, on
/// generated tables (wide and Korean text, empty cells, numbers and text, colour on and off).
extension Renderer {
    func tableReference(_ t: Table) -> String {
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

}

@Suite struct TableFastPathTests {
    @Test func theByteTableIsTheStringTableOnGeneratedTables() {
        var state: UInt64 = 5
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: (state >> 33) % UInt64(n))
        }
        let texts = ["", "a", "Seoul", "Washington, D.C.", "서울", "국방부 청사", "e\u{301}", "x  y", " lead", "trail ", "全角"]
        for _ in 0..<400 {
            let columns = (0..<(1 + next(5))).map { i in Column(texts[next(texts.count)] + "c\(i)", key: "c\(i)") }
            var t = Table(title: next(3) == 0 ? "a title" : nil, columns: columns)
            for _ in 0..<next(8) {
                t.rows.append(columns.indices.map { _ -> Value? in
                    switch next(5) {
                    case 0: return nil
                    case 1: return .text(texts[next(texts.count)])
                    case 2: return .money(Money(won: Int64(next(1_000_000)) * 100_000_000))
                    case 3: return .percent(Dec(next(300) - 100), signed: true)
                    default: return .number(Dec(next(100_000)))
                    }
                })
            }
            for color in [false, true] {
                for width in [nil, 40, 200] as [Int?] {
                    let r = Renderer(RenderSpec(color: color, width: width))
                    #expect(r.table(t) == r.tableReference(t), "\(t)")
                }
            }
        }
    }
}


/// The byte-level fast paths of rendering against their plain references, on generated strings
/// of every width class (ASCII, Hangul, combining marks, emoji, CJK, controls, C1).
@Suite struct ByteFastPathTests {
    static let pieces: [String] = ["a", "1", " ", "조", "억", "원", "\u{301}", "😀", "漢", "\u{1}", "\u{7f}", "\u{85}", "\u{9f}", "é", "\t", "\n", "₩", "\u{200B}", "Ａ", "\u{10FFFF}"]

    @Test func displayWidthAndControlsMatchTheReference() {
        var state: UInt64 = 21
        for _ in 0..<20_000 {
            var s = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for k in 0..<Int(truncatingIfNeeded: (state >> 58)) {
                s += Self.pieces[Int(truncatingIfNeeded: (state >> UInt64(k % 50)) % UInt64(Self.pieces.count))]
            }
            #expect(DisplayWidth.of(s) == DisplayWidth.reference(s), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Escape.hasControl(s) == s.unicodeScalars.contains(where: Escape.isControl), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
