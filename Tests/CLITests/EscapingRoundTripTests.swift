import Foundation
import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender

/// Output that reaches another program never turns on its reader: generated hostile text
/// (quotes, separators, CR, LF, CR LF, control characters, non-characters, `<script>`, `&`,
/// `]]>`, formula prefixes) written by each renderer is read back by Python's `csv`, a
/// CommonMark renderer (markdown-it-py) and an XML parser, and means what it said.
@Suite struct EscapingRoundTripTests {
    static let pieces = ["a", "b c", ",", "\"", "\n", "\r", "\r\n", "\t", "\u{1}", "\u{7F}", "\u{FFFE}", "\u{FFFF}", "<script>alert(1)</script>",
                         "<img src=x onerror=alert(1)>", "&amp;", "&", "]]>", "|", "=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "'",
                         "억", "₩", "조 원", "\\", "*bold*", "`code`", "\u{2028}"]

    static func hostile(_ n: Int) -> [String] {
        var rng = SystemRandomNumberGenerator()
        var out: [String] = pieces
        for _ in 0..<n {
            var s = ""
            for _ in 0..<Int.random(in: 1...6, using: &rng) { s += pieces.randomElement(using: &rng) ?? "" }
            out.append(s)
        }
        return out
    }

    @Test func csvMarkdownAndSVGReadBackAsWritten() throws {
        let texts = Self.hostile(300)
        var t = Table(columns: [Column("n"), Column("text")])
        for (i, s) in texts.enumerated() { t.rows.append([.number(Dec(i)), .text(s)]) }
        let csv = Renderer(RenderSpec(format: .csv)).render(Output(.table(t)))
        let md = Renderer(RenderSpec(format: .markdown)).render(Output(.table(t)))
        var chart = Chart(title: texts[12] + texts[10], series: [texts[13]], rows: [])
        for (i, s) in texts.prefix(40).enumerated() { chart.rows.append((s, [Money(won: Int64(i + 1) * 100_000_000)], s)) }
        chart.notes = texts.prefix(5).map { Phrase($0) }
        let svg = SVG.document([(chart, texts[20])], Renderer(RenderSpec()))
        // A result that is text (help, the record, a text value) is one CSV field and a fenced
        // markdown block: the same hostile text, whole.
        let bare = texts.joined(separator: "\n")
        let bareCSV = Renderer(RenderSpec(format: .csv)).render(Output(.text(bare)))
        let bareMD = Renderer(RenderSpec(format: .markdown)).render(Output(.text(bare)))
        let input = try JSONSerialization.data(withJSONObject: ["csv": csv, "md": md, "svg": svg, "texts": texts, "chart": Array(texts.prefix(40)),
                                                                "bareCSV": bareCSV, "bareMD": bareMD, "bare": bare])
        let check = #"""
        import csv, io, json, sys, xml.etree.ElementTree as ET
        from markdown_it import MarkdownIt
        d = json.load(sys.stdin)
        problems = []
        rows = list(csv.reader(io.StringIO(d["csv"], newline="")))
        if rows[0] != ["n", "text"]: problems.append("csv header %r" % rows[0])
        for i, s in enumerate(d["texts"]):
            want = ("'" + s) if s[:1] in "=+-@\t\r" and s else s
            got = rows[i + 1][1] if i + 1 < len(rows) else None
            if got != want: problems.append("csv row %d: %r, wrote %r" % (i, s, got))
        if len(rows) != len(d["texts"]) + 1: problems.append("csv has %d rows for %d texts" % (len(rows) - 1, len(d["texts"])))
        html = MarkdownIt("commonmark").enable("table").render(d["md"])
        for bad in ("<script", "<img", "onerror"):
            if bad in html.replace("&lt;script", "").replace("&lt;img", "") and bad != "onerror": problems.append("markdown passes %s through" % bad)
        if "<script" in html or "<img" in html: problems.append("markdown renders live HTML")
        if html.count("<tr>") != len(d["texts"]) + 1: problems.append("markdown has %d rows for %d texts" % (html.count("<tr>") - 1, len(d["texts"])))
        try:
            root = ET.fromstring(d["svg"])
            text = "".join(root.itertext())
            for s in d["chart"]:
                kept = "".join(c for c in s if c in "\t\n\r" or (ord(c) >= 0x20 and c not in "\ufffe\uffff"))
                kept = kept.replace("\r\n", "\n").replace("\r", "\n")
                if kept.strip() and kept.split("\n")[0] not in text.replace("\r\n", "\n").replace("\r", "\n"): problems.append("svg lost %r" % s)
        except ET.ParseError as e:
            problems.append("svg is not XML: %s" % e)
        bare = list(csv.reader(io.StringIO(d["bareCSV"], newline="")))
        # (A text's one final line break, as help's, is not a line of the field.)
        want = d["bare"][:-1] if d["bare"].endswith("\n") and not d["bare"].endswith("\r\n") else d["bare"]
        if len(bare) != 2 or bare[0] != ["text"] or bare[1] != [want]: problems.append("bare text in csv is %d rows: %r" % (len(bare), bare[1:2]))
        bhtml = MarkdownIt("commonmark").render(d["bareMD"])
        if "<script" in bhtml or "<img" in bhtml or "<h1" in bhtml: problems.append("bare text in markdown renders live")
        print("\n".join(problems[:10]) if problems else "ok")
        """#
        let r = try CLI.run(["python3", "-c", check], stdin: String(decoding: input, as: UTF8.self), executable: "/usr/bin/env")
        #expect(r.status == 0 && r.out == "ok\n", "\(r.out)\(r.err)")
    }
}
