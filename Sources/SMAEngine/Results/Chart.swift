import SMALanguage

/// A bar chart: one bar a row, labelled, with an optional marker (the agreement).
public struct Chart: Sendable {
    public var title: String?
    public var series: [String]
    /// One row: its label, one value per series (nil: no bar), and a marker.
    public var rows: [(label: String, values: [Money?], marker: String?)]
    public var notes: [Phrase] = []
    /// A fan chart: each row's values are the 5th, 25th, 50th, 75th and 95th percentiles.
    public var fan = false

    public init(title: String?, series: [String], rows: [(label: String, values: [Money?], marker: String?)]) {
        self.title = title
        self.series = series
        self.rows = rows
    }

    /// A row's label from its first cell: a year (or any whole number) as its digits, text as
    /// it is. (Charts are drawn of tables of years; nothing here depends on units.)
    public static func label(_ cell: Value?) -> String {
        switch cell {
        case .number(let d)?: d.intValue.map(String.init) ?? d.description
        case .text(let s)?: s
        default: ""
        }
    }

    /// The same data as a table (CSV, JSON, markdown).
    public var table: Table {
        var t = Table(title: title, columns: [Column("label")] + series.map { Column($0) } + [Column("marker")])
        for r in rows { t.rows.append([.text(r.label)] + r.values.map { $0.map { .money($0) } } + [r.marker.map { .text($0) }]) }
        return t
    }
}
