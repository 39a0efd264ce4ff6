import SMALanguage
import SMAEngine

/// How results are written, decided once: format, units, colour, ASCII, width and notes. Every
/// renderer (table, CSV, JSON, markdown, SVG) is made from a spec, so that a choice the user
/// made (`--units en`) reaches every value a result holds, its notes and explanations included.
/// No renderer builds a formatter of its own (`ValueFormatter` has no default units).
public struct RenderSpec: Sendable, Equatable {
    public var format: OutputFormat
    public var units: UnitStyle
    public var color: Bool
    /// Charts in plain ASCII instead of Unicode blocks (`--ascii`, or a terminal not in UTF-8).
    public var ascii: Bool
    /// The terminal's columns (or `COLUMNS`): charts scale their bars and notes wrap to fit.
    /// nil: a file or pipe, full width.
    public var width: Int?
    /// `--notes`: in CSV each result's notes follow it as `# ` lines; in JSON a single value
    /// with notes becomes `{"value": ..., "notes": [...]}`.
    public var notes: Bool

    public init(format: OutputFormat = .table, units: UnitStyle = .ko, color: Bool = false, ascii: Bool = false,
                width: Int? = nil, notes: Bool = false) {
        self.format = format
        self.units = units
        self.color = color
        self.ascii = ascii
        self.width = width
        self.notes = notes
    }

    /// The formatter of single values this spec asks for.
    public var formatter: ValueFormatter { ValueFormatter(units: units) }
}
