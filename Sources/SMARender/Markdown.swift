import SMALanguage
import SMAEngine

/// Markdown: pipe tables, notes in italics, a blank line after each result.
extension Renderer {

    /// Text safe in a markdown table cell or line (`Escape.markdown`).
    func markdownEscape(_ s: String) -> String { Escape.markdown(s) }

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
                // Each line its own paragraph: a renderer would join consecutive lines.
                case .line(let n): out += markdownEscape(n.text(formatter.format)) + "\n\n"
                case .statement(let s): out += "\n```\nsma> \(s)\n```\n\n"
                case .output(let o): out += markdown(o) + "\n"
                case .failure(let m): out += "error: \(markdownEscape(m))\n"
                }
            }
        case .text(let s): out = Escape.markdownBlock(s)
        default: out = formatter.format(output.value) + "\n"
        }
        if !output.notes.isEmpty {
            out += "\n" + output.notes.map { "*\(markdownEscape($0.text(formatter.format)))*" }.joined(separator: "\n\n") + "\n"
        }
        return out
    }
}
