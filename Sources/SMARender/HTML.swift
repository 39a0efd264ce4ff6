import SMALanguage
import SMAEngine

/// HTML fragments for notebooks (`sma --serve` asks for `text/html`): a table as `<table>`
/// with numbers aligned right and notes as paragraphs under it, a record as a table of fields,
/// an explanation as paragraphs with its statements as code. Every text is escaped
/// (`Escape.xml`); nothing a record or a user wrote becomes markup.
extension Renderer {
    func htmlText(_ s: String) -> String { Escape.xml(s) }

    func htmlTable(_ t: Table) -> String {
        var numeric = Array(repeating: !t.rows.isEmpty, count: t.columns.count)
        for row in t.rows { for (i, v) in row.enumerated() where i < numeric.count { if let v, !v.isNumeric { numeric[i] = false } } }
        var out = "<table class=\"sma\">\n"
        if let title = t.title { out += "<caption>\(htmlText(title))</caption>\n" }
        out += "<thead><tr>"
        for (i, c) in t.columns.enumerated() {
            out += numeric[i] ? "<th style=\"text-align: right\">" : "<th style=\"text-align: left\">"
            out += htmlText(c.name) + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in t.rows {
            out += "<tr>"
            for (i, v) in row.enumerated() {
                let right = i < numeric.count && numeric[i]
                out += (right ? "<td style=\"text-align: right\">" : "<td style=\"text-align: left\">") + htmlText(v.map(formatter.format) ?? "") + "</td>"
            }
            out += "</tr>\n"
        }
        if t.rows.isEmpty { out += "<tr><td colspan=\"\(max(1, t.columns.count))\">(no rows)</td></tr>\n" }
        return out + "</tbody>\n</table>\n"
    }

    /// The HTML of one result, notes after it.
    public func html(_ output: Output) -> String {
        var out: String
        switch output.value {
        case .table(let t): out = htmlTable(t)
        case .chart(let c): out = htmlTable(c.table)
        case .details(let d):
            out = "<table class=\"sma sma-details\">\n<caption>\(htmlText(d.title))</caption>\n<tbody>\n"
            for f in d.fields {
                out += "<tr><th style=\"text-align: left\">\(htmlText(f.name))</th><td style=\"text-align: left\">\(htmlText(formatter.format(f.value)))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
            for t in d.tables { out += htmlTable(t) }
        case .document(let d):
            out = "<div class=\"sma-document\">\n"
            for p in d.parts {
                switch p {
                case .heading(let h): out += "<p><strong>\(htmlText(h))</strong></p>\n"
                case .line(let n): out += "<p>\(htmlText(n.text(formatter.format)))</p>\n"
                case .statement(let s): out += "<pre><code>sma&gt; \(htmlText(s))</code></pre>\n"
                case .output(let o): out += html(o)
                case .failure(let m): out += "<p class=\"sma-error\">error: \(htmlText(m))</p>\n"
                }
            }
            out += "</div>\n"
        case .text(let s): out = "<pre>\(htmlText(Escape.terminal(s)))</pre>\n"
        default: out = "<p>\(htmlText(formatter.format(output.value)))</p>\n"
        }
        for n in output.notes { out += "<p class=\"sma-note\"><em>note: \(htmlText(n.text(formatter.format)))</em></p>\n" }
        return out
    }

    /// The kinds of data (MIME types) a rich client may ask a result in.
    public enum Mime: String, Sendable, CaseIterable {
        case plain = "text/plain", html = "text/html", markdown = "text/markdown", svg = "image/svg+xml", json = "application/json"
    }

    /// One result in each asked kind that suits it: plain text always; HTML for tables and
    /// records; markdown for explanations, the tour and help; SVG for a chart; JSON for any.
    /// (A notebook shows the richest it can: a table as HTML, a chart as its picture.)
    public func bundle(_ output: Output, asking mimes: [Mime], statement: String) -> [(Mime, String)] {
        var out: [(Mime, String)] = []
        let plainRenderer = Renderer(RenderSpec(format: .table, units: spec.units, ascii: spec.ascii, width: spec.width))
        for m in mimes {
            switch m {
            case .plain: out.append((m, plainRenderer.render(output)))
            case .html:
                switch output.value {
                case .table, .details: out.append((m, html(output)))
                default: break
                }
            case .markdown:
                switch output.value {
                case .document, .text: out.append((m, markdown(output)))
                default: break
                }
            case .svg:
                if case .chart(let c) = output.value { out.append((m, SVG.document([(c, statement)], self))) }
            case .json: out.append((m, JSON.render(output, formatter: formatter, scalarNotes: true)))
            }
        }
        return out
    }
}
