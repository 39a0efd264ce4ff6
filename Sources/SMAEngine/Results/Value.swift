import SMALanguage

/// How a percent is written: plain (`4%`), signed to a tenth (`+4.0%`, a change), or to a
/// tenth (`4.0%`, an index as published). `true` and `false` spell signed and plain.
public enum PercentStyle: Sendable, Hashable, ExpressibleByBooleanLiteral {
    case plain, signed, tenth

    public init(booleanLiteral value: Bool) { self = value ? .signed : .plain }

    /// The fewest places shown.
    public var minPlaces: Int { self == .plain ? 0 : 1 }
}

/// The values statements produce. Renderers turn them into table, CSV, JSON or markdown.
public enum Value: Sendable {
    case number(Dec)
    /// Percent points (4.5 means 4.5%). `signed: true` asks renderers for an explicit `+` and
    /// a tenth (changes); `.tenth` for a tenth alone (an index published to 0.1 point: `4.0%`).
    case percent(Dec, signed: PercentStyle)
    case money(Money)
    case range(Int, Int)
    case text(String)
    /// Text with values in it (`MISMATCH by 4억 원`): each renderer writes the values in its units.
    indirect case note(Phrase)
    case date(SimpleDate)
    /// The result of a comparison or a condition: `true`, `false` (JSON booleans).
    case bool(Bool)
    case table(Table)
    case details(Details)
    /// Bars in the terminal; a table in CSV, JSON and markdown. (Boxed: a chart's many fields
    /// would otherwise make every value's layout, and so start-up, wait on their type metadata.)
    indirect case chart(Chart)
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
        case .bool: "true or false"
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
