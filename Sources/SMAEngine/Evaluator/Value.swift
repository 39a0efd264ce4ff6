import SMALanguage

/// The values statements produce. Renderers turn them into table, CSV, JSON or markdown.
public enum Value: Sendable {
    case number(Dec)
    /// Percent points (4.5 means 4.5%). `signed` asks renderers for an explicit `+` (changes).
    case percent(Dec, signed: Bool)
    case money(Money)
    case range(Int, Int)
    case text(String)
    /// Text with values in it (`MISMATCH by 4억 원`): each renderer writes the values in its units.
    case note(Note)
    case date(SimpleDate)
    case table(Table)
    case details(Details)
    /// Bars in the terminal; a table in CSV, JSON and markdown.
    case chart(Chart)
    /// Paragraphs, statements and their results: `explain`, `tour`.
    case document(Document)

    /// The name of the value's type, for messages.
    public var typeName: String {
        switch self {
        case .number: "a number"
        case .percent: "a percent"
        case .money: "money"
        case .range: "a range of years"
        case .text, .note: "text"
        case .date: "a date"
        case .table: "a table"
        case .details: "a record"
        case .chart: "a chart"
        case .document: "an explanation"
        }
    }

    /// Numbers, percents and money align right in tables.
    public var isNumeric: Bool {
        switch self {
        case .number, .percent, .money: true
        default: false
        }
    }
}

public struct Column: Sendable {
    /// The heading shown in tables.
    public let name: String
    /// The machine name used in CSV headers and JSON (`won_equivalent`).
    public let key: String

    public init(_ name: String, key: String? = nil) {
        self.name = name
        self.key = key ?? name.lowercased().split(separator: " ").joined(separator: "_")
    }

    /// The machine name of a heading: `Korean negotiator` → `korean_negotiator`.
    public static func key(for name: String) -> String {
        name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: "_")
    }
}

public struct Table: Sendable {
    public var title: String?
    public var columns: [Column]
    /// A nil cell is empty (no figure recorded).
    public var rows: [[Value?]]

    public init(title: String? = nil, columns: [Column], rows: [[Value?]] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
    }
}

/// One thing described field by field, with tables below: `agreement 11`.
public struct Details: Sendable {
    public var title: String
    public var fields: [(name: String, value: Value)]
    public var tables: [Table]

    public init(title: String, fields: [(name: String, value: Value)], tables: [Table] = []) {
        self.title = title
        self.fields = fields
        self.tables = tables
    }
}

/// What one statement gives: a value, and notes that explain it (shown under the value in
/// tables, as a `notes` list in JSON, dropped from CSV).
public struct Output: Sendable {
    public var value: Value
    public var notes: [Note]
    /// The seed a simulation drew (or was given): JSON carries it, so the run can be repeated.
    public var seed: UInt64? = nil

    public init(_ value: Value, notes: [Note] = []) {
        self.value = value
        self.notes = notes
    }
}

/// A line of explanation whose `{}` placeholders are values, so that each renderer prints
/// them in its own units: `Note("won equivalent at the time: {}", .money(m))`.
public struct Note: Sendable {
    public let template: String
    public let values: [Value]

    public init(_ template: String, _ values: Value...) {
        self.template = template
        self.values = values
    }

    /// The note with each `{}` replaced by `show(value)`.
    public func text(_ show: (Value) -> String) -> String {
        if values.isEmpty { return template }
        var out: [UInt8] = []
        out.reserveCapacity(template.utf8.count + 32 * values.count)
        write(into: &out) { v, out in out.append(contentsOf: show(v).utf8) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` as UTF-8 appended to `out`, each value written by `write` (the renderer writes
    /// amounts straight from the formatter's bytes).
    public func write(into out: inout [UInt8], _ write: (Value, inout [UInt8]) -> Void) {
        var template = template
        template.withUTF8 { t in
            // (No reserveCapacity here: `out` may be a long output buffer, which an exact
            // reservation would copy on every note instead of growing geometrically.)
            var i = 0
            var from = 0
            var at = 0
            while at < t.count {
                if t[at] == UInt8(ascii: "{"), at + 1 < t.count, t[at + 1] == UInt8(ascii: "}") {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: t[from..<at]))
                    if i < values.count { write(values[i], &out) } else { out.append(contentsOf: "{}".utf8) }
                    i += 1
                    at += 2
                    from = at
                } else {
                    at += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: t[from..<t.count]))
        }
    }
}

/// A bar chart: one bar a row, labelled, with an optional marker (the agreement).
public struct Chart: Sendable {
    public var title: String?
    public var series: [String]
    /// One row: its label, one value per series (nil: no bar), and a marker.
    public var rows: [(label: String, values: [Money?], marker: String?)]
    public var notes: [Note] = []
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

/// Text for people with values inside: what `explain` and `tour` print.
public struct Document: Sendable {
    public enum Part: Sendable {
        case heading(String)
        case line(Note)
        case statement(String)
        case output(Output)
        case failure(String)
    }
    public var parts: [Part]

    public init(_ parts: [Part] = []) {
        self.parts = parts
    }
}
