import SMALanguage
import SMAEngine

/// A table as the data formats write it (CSV, JSON, JSON Lines), so that every reader takes it
/// as it is: a `currency` column wherever dollars and won can meet (money cells are then plain
/// numbers: integer won, dollars to the cent), and summary rows (`total`, `vs first`) labelled in
/// a `summary` column of their own instead of in `year`. The terminal's table is not changed.
struct DataView {
    var keys: [String]
    var rows: [[Value?]]

    init(_ t: Table) {
        var keys = t.columns.map(\.key)
        var rows = t.rows.map { row in (0..<keys.count).map { $0 < row.count ? row[$0] : nil } }
        // Summary rows: text in a column of years.
        if keys.first == "year", rows.contains(where: { if case .text? = $0.first ?? nil { true } else { false } }) {
            keys.insert(keys.contains("summary") ? "summary_row" : "summary", at: 1)
            for i in rows.indices {
                if case .text(let s)? = rows[i][0] {
                    rows[i][0] = nil
                    rows[i].insert(.text(s), at: 1)
                } else {
                    rows[i].insert(nil, at: 1)
                }
            }
        }
        // Money columns, and whether any holds a currency other than won.
        let money = keys.indices.filter { j in rows.contains { if case .money? = $0[j] { true } else { false } } }
        func currency(_ v: Value?) -> Currency? { if case .money(let m)? = v { m.currency } else { nil } }
        let mixed = money.filter { j in rows.contains { currency($0[j]).map { $0 != .krw } ?? false } }
        if !mixed.isEmpty {
            // A `currency` column the table has already (contributions) says it for `amount`.
            let existing = keys.firstIndex(of: "currency")
            let perRowOne = rows.allSatisfy { row in Set(money.compactMap { currency(row[$0]) }).count <= 1 }
            if existing == nil && perRowOne {
                // One currency a row: one `currency` column, after the last money column.
                let at = (money.last ?? 0) + 1
                keys.insert("currency", at: at)
                for i in rows.indices { rows[i].insert(money.lazy.compactMap { currency(rows[i][$0]) }.first.map { .text($0.rawValue) }, at: at) }
            } else {
                for j in mixed.reversed() where !(existing != nil && keys[j] == "amount") {
                    keys.insert(keys[j] + "_currency", at: j + 1)
                    for i in rows.indices { rows[i].insert(currency(rows[i][j]).map { .text($0.rawValue) }, at: j + 1) }
                }
            }
        }
        self.keys = keys
        self.rows = rows
    }
}

/// JSON Lines (`--format jsonl`): one JSON object a line, a table's rows one a line, as
/// `pandas.read_json(lines=True)`, duckdb's `read_json_auto` and jq read them. A single value is
/// `{"value": …}` (money with its `currency`); details one object; text `{"text": …}`.
public enum JSONLines {
    public static func render(_ o: Output, formatter: ValueFormatter, notes: Bool) -> String {
        var out = ""
        switch o.value {
        case .table(let t): out = rows(DataView(t), formatter)
        case .chart(let c): out = rows(DataView(c.table), formatter)
        case .details(let d):
            out = JSON.details(d, formatter) + "\n"
        case .money(let m):
            out = "{\"value\": \(m.amount.plain()), \"currency\": \"\(m.currency.rawValue)\"}\n"
        case .text(let s):
            out = "{\"text\": \(JSON.string(s))}\n"
        case .document:
            out = JSON.value(o.value, formatter) + "\n"
        default:
            out = "{\"value\": \(JSON.value(o.value, formatter))}\n"
        }
        if notes { for n in o.notes { out += "{\"note\": \(JSON.string(n.text(formatter.format)))}\n" } }
        return out
    }

    static func rows(_ v: DataView, _ formatter: ValueFormatter) -> String {
        var out = ""
        for row in v.rows {
            out += "{" + zip(v.keys, row).map { JSON.string($0) + ": " + JSON.cell($1, formatter) }.joined(separator: ", ") + "}\n"
        }
        return out
    }
}
