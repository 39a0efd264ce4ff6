import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell

/// One render spec reaches every value: every golden example run with `--units en`, in every
/// format, writes no Korean unit (조 억 만 원) except inside text that is quoted or named
/// (the record's own source and notes, help and tour prose, titles, statements as written), which
/// is removed from the output before looking.
@Suite struct RenderSpecTests {
    /// The text of an output that is written as it is: names, prose, headings, statements.
    static func verbatimTexts(_ o: Output, into out: inout [String]) {
        func value(_ v: Value?) {
            switch v {
            case .text(let s)?: out.append(s)
            case .table(let t)?: table(t)
            case .details(let d)?:
                out.append(d.title)
                for f in d.fields { out.append(f.name); value(f.value) }
                d.tables.forEach(table)
            case .chart(let c)?:
                if let t = c.title { out.append(t) }
                out += c.series
                for r in c.rows { out.append(r.label); if let m = r.marker { out.append(m) } }
            case .document(let d)?:
                for p in d.parts {
                    switch p {
                    case .heading(let h): out.append(h)
                    case .statement(let s): out.append(s)
                    case .failure(let m): out.append(m)
                    case .output(let o): verbatimTexts(o, into: &out)
                    case .line(let n): note(n)
                    }
                }
            default: break
            }
        }
        func table(_ t: Table) {
            if let title = t.title { out.append(title) }
            for c in t.columns { out.append(c.name); out.append(c.key) }
            for row in t.rows { row.forEach(value) }
        }
        // A note's own words are written as they are (the record's notes are quoted text);
        // the values in its `{}` places are what the units must reach.
        func note(_ n: Phrase) {
            out += n.template.components(separatedBy: "{}")
            n.values.forEach(value)
        }
        value(o.value)
        o.notes.forEach(note)
    }

    /// Each way a text can be written: as it is, and escaped for JSON, CSV and markdown.
    static func spellings(_ s: String) -> [String] {
        let json = String(JSON.string(s).dropFirst().dropLast())
        let trimmed = s.hasSuffix("\n") ? String(s.dropLast()) : s
        return [s, json, CSV.field(s), CSV.field(trimmed), Renderer(RenderSpec(format: .markdown)).markdownEscape(s), s + "\n",
                Escape.markdownBlock(s)].sorted { $0.count > $1.count }
    }

    static let koreanUnits: [Character] = ["조", "억", "만", "원"]

    @Test(arguments: GoldenTests.examples.filter { !$0.hasPrefix("Examples/errors/") })
    func englishUnitsReachEveryValue(_ path: String) throws {
        let bytes = try #require(GoldenTests.read(GoldenTests.root + "/" + path))
        var outputs: [Output] = []
        Interpreter(session: Session()).run(SourceText(name: path, bytes: bytes)) { outcome in
            if case .result(let o, _) = outcome { outputs.append(o) }
            return true
        }
        for format in OutputFormat.allCases {
            let renderer = Renderer(RenderSpec(format: format, units: .en))
            for o in outputs {
                var text = renderer.render(o)
                var verbatim: [String] = []
                RenderSpecTests.verbatimTexts(o, into: &verbatim)
                for t in verbatim.flatMap(RenderSpecTests.spellings).sorted(by: { $0.count > $1.count }) where !t.isEmpty {
                    text = text.replacingOccurrences(t, "")
                }
                let left = text.split(separator: "\n").filter { line in line.contains { RenderSpecTests.koreanUnits.contains($0) } }
                #expect(left.isEmpty, "\(path) in \(format) with --units en writes Korean units:\n\(left.prefix(3).joined(separator: "\n"))")
            }
        }
    }
}
