import SMALanguage
import SMAEngine

/// JSON Lines: one document per result. Money in won is an exact integer; other currencies are
/// `{"amount": N, "currency": "USD"}`; percents are percent points; tables are
/// `{"columns": [...], "rows": [[...]]}`.
public enum JSON {
    public static func string(_ s: String) -> String { Escape.json(s) }

    public static func value(_ v: Value?, _ formatter: ValueFormatter) -> String {
        guard let v else { return "null" }
        switch v {
        case .number(let d): return d.plain()
        case .percent(let d, _): return d.plain()
        case .money(let m):
            if m.currency == .krw { return m.amount.plain() }
            return "{\"amount\": \(m.amount.plain()), \"currency\": \"\(m.currency.rawValue)\"}"
        case .range(let a, let b): return "{\"from\": \(a), \"to\": \(b)}"
        case .text(let s): return string(s)
        case .note(let n): return string(n.text(formatter.format))
        case .date(let d): return string(d.description)
        case .bool(let b): return b ? "true" : "false"
        case .table(let t): return table(t, formatter)
        case .details(let d): return details(d, formatter)
        case .chart(let c): return table(c.table, formatter)
        case .document(let d):
            let parts = d.parts.map { p -> String in
                switch p {
                case .heading(let h): return "{\"heading\": \(string(h))}"
                case .line(let n): return "{\"text\": \(string(n.text(formatter.format)))}"
                case .statement(let s): return "{\"statement\": \(string(s))}"
                case .output(let o): return "{\"result\": \(value(o.value, formatter))}"
                case .failure(let m): return "{\"error\": \(string(m))}"
                }
            }
            return "{\"parts\": [" + parts.joined(separator: ", ") + "]}"
        }
    }

    /// A table cell: money as its plain amount (the table's `currency` column says which).
    static func cell(_ v: Value?, _ formatter: ValueFormatter) -> String {
        if case .money(let m)? = v { return m.amount.plain() }
        return value(v, formatter)
    }

    static func table(_ t: Table, _ formatter: ValueFormatter) -> String {
        let v = DataView(t)
        var out = "{"
        if let title = t.title { out += "\"title\": \(string(title)), " }
        out += "\"columns\": [" + v.keys.map { string($0) }.joined(separator: ", ") + "], \"rows\": ["
        out += v.rows.map { "[" + $0.map { cell($0, formatter) }.joined(separator: ", ") + "]" }.joined(separator: ", ")
        return out + "]}"
    }

    static func details(_ d: Details, _ formatter: ValueFormatter) -> String {
        var order: [String] = []
        var grouped: [String: [Value]] = [:]
        for f in d.fields {
            let k = jsonKey(f.name)
            if grouped[k] == nil { order.append(k) }
            grouped[k, default: []].append(f.value)
        }
        var parts = ["\"title\": \(string(d.title))"]
        for k in order {
            let vs = grouped[k]!
            let plural = k == "note" || k == "source"
            parts.append("\(string(plural ? k + "s" : k)): " + (plural || vs.count > 1 ? "[" + vs.map { value($0, formatter) }.joined(separator: ", ") + "]" : value(vs[0], formatter)))
        }
        if !d.tables.isEmpty {
            parts.append("\"tables\": [" + d.tables.map { table($0, formatter) }.joined(separator: ", ") + "]")
        }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// One JSON document a result. A table, a record, a chart or an explanation (an object)
    /// carries its notes as `"notes"` and a simulation its seed as `"seed"`, beside its own
    /// keys. A single value is written bare (`1465900000000`), as scripts have read it since the
    /// first release, unless `scalarNotes` (`--notes`) asks for its notes too: then it is
    /// `{"value": 1465900000000, "notes": [...]}`. Notes are text in the chosen units; money in
    /// values stays integer won.
    public static func render(_ o: Output, formatter: ValueFormatter, scalarNotes: Bool) -> String {
        let body = value(o.value, formatter)
        var extra: [String] = []
        if !o.notes.isEmpty { extra.append("\"notes\": [" + o.notes.map { string($0.text(formatter.format)) }.joined(separator: ", ") + "]") }
        if let seed = o.seed { extra.append("\"seed\": \(seed)") }
        if extra.isEmpty { return body }
        switch o.value {
        case .table, .details, .chart, .document: return String(body.dropLast()) + ", " + extra.joined(separator: ", ") + "}"
        default: return scalarNotes ? "{\"value\": " + body + ", " + extra.joined(separator: ", ") + "}" : body
        }
    }
}

/// `Korean negotiator` → `korean_negotiator` (the engine's rule for column keys).
func jsonKey(_ name: String) -> String { Column.key(for: name) }
