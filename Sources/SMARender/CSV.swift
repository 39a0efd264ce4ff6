import SMALanguage
import SMAEngine

/// CSV per RFC 4180: a header row, CRLF-free (LF) lines, fields quoted when they hold `,` `"` or a
/// line break. Money is its exact amount (integer won), percents are percent points.
public enum CSV {
    public static func field(_ s: String) -> String { Escape.csv(s) }

    public static func cell(_ v: Value?, _ formatter: ValueFormatter) -> String {
        guard let v else { return "" }
        switch v {
        case .number(let d): return d.plain()
        case .percent(let d, _): return d.plain()
        case .money(let m): return m.amount.plain()
        case .range(let a, let b): return "\(a)..\(b)"
        case .text(let s): return field(s)
        case .note(let n): return field(n.text(formatter.format))
        case .date(let d): return d.description
        case .bool(let b): return b ? "true" : "false"
        case .table(let t): return field("(table of \(t.rows.count) rows)")
        case .details(let d): return field(d.title)
        case .chart(let c): return field(c.title ?? "chart")
        case .document: return field("document")
        }
    }

    public static func table(_ t: Table, _ formatter: ValueFormatter) -> String {
        let v = DataView(t)
        var out = v.keys.map { field($0) }.joined(separator: ",") + "\n"
        for row in v.rows { out += row.map { cell($0, formatter) }.joined(separator: ",") + "\n" }
        return out
    }

    /// A value as CSV, amounts in text (notes, explanations) written as `renderer` writes them.
    public static func render(_ v: Value, _ renderer: Renderer) -> String {
        let formatter = renderer.formatter
        switch v {
        case .table(let t): return table(t, formatter)
        case .details(let d):
            var kv = Table(columns: [Column("field"), Column("value")])
            for f in d.fields { kv.rows.append([.text(jsonKey(f.name)), f.value]) }
            var out = table(kv, formatter)
            for t in d.tables { out += "\n" + table(t, formatter) }
            return out
        case .chart(let c): return table(c.table, formatter)
        case .document(let d):
            var t = Table(columns: [Column("text")])
            for p in d.parts {
                switch p {
                case .heading(let h): t.rows.append([.text(h)])
                case .line(let n): t.rows.append([.text(n.text(formatter.format))])
                case .statement(let s): t.rows.append([.text("sma> " + s)])
                case .output(let o): t.rows.append([.text(renderer.human(o))])
                case .failure(let m): t.rows.append([.text("error: " + m)])
                }
            }
            return table(t, formatter)
        case .text(let s):
            // One field under a `text` header (help, the record, a text value): a CSV document
            // like every other result, never a formula or a row of its own.
            return "text\n" + field(s.hasSuffix("\n") ? String(s.dropLast()) : s) + "\n"
        case .money(let m):
            return (m.currency == .krw ? "value\n" : "value,currency\n") + cell(v, formatter) + (m.currency == .krw ? "" : "," + m.currency.rawValue) + "\n"
        default: return "value\n" + cell(v, formatter) + "\n"
        }
    }
}
