import SMALanguage

/// A bar chart: one bar a row, labelled, with an optional marker (the agreement); or a fan
/// chart of a simulation's percentiles. The engine says what each bar is (published, a
/// dollar-era year at its won equivalent, derived, projected), where its figure comes from and
/// what the chart shows in words; the renderer draws it.
public struct Chart: Sendable {
    /// What a bar is, so that the picture can tell published figures from the rest.
    public enum Mark: String, Sendable, CaseIterable {
        /// A figure as published (the won amount of the agreement or the budget).
        case published
        /// A year agreed in dollars, drawn at its won equivalent.
        case wonEquivalent = "won-equivalent"
        /// A figure no one published: derived (the rule forces it) or computed by sma.
        case derived
        /// A projection or a simulation, not a recorded year.
        case projected
    }

    /// The title: the user's (`chart … title "…"`) or one in words.
    public var title: String?
    /// What the bars are, in words, for a description ("what Korea paid").
    public var subject = "amounts"
    public var series: [String]
    /// One row: its label, one value per series (nil: no bar), and a marker.
    public var rows: [(label: String, values: [Money?], marker: String?)]
    /// One mark a row (empty: every row published).
    public var marks: [Mark] = []
    public var notes: [Phrase] = []
    /// The web addresses of the sources of the figures drawn, in order of first citation.
    public var sources: [String] = []
    /// A fan chart: each row's values are the 5th, 25th, 50th, 75th and 95th percentiles.
    public var fan = false
    /// A fan chart's `above` line, and each row's share of trials above it.
    public var threshold: Money? = nil
    public var shares: [Dec?] = []

    public init(title: String?, series: [String], rows: [(label: String, values: [Money?], marker: String?)]) {
        self.title = title
        self.series = series
        self.rows = rows
    }

    /// The mark of row `i`.
    public func mark(_ i: Int) -> Mark { i < marks.count ? marks[i] : .published }

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
        var t = Table(title: title, columns: [Column("label")] + series.map { Column($0) } + [Column("marker"), Column("mark")])
        for (i, r) in rows.enumerated() {
            t.rows.append([.text(r.label)] + r.values.map { $0.map { .money($0) } } + [r.marker.map { .text($0) }, .text(mark(i).rawValue)])
        }
        return t
    }
}
