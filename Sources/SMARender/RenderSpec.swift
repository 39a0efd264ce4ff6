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
    /// `--size`: the size of a chart drawn as a picture (SVG, PNG).
    public var chartSize: ChartSize

    public init(format: OutputFormat = .table, units: UnitStyle = .ko, color: Bool = false, ascii: Bool = false,
                width: Int? = nil, notes: Bool = false, chartSize: ChartSize = .article) {
        self.chartSize = chartSize
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

/// The size of a chart as a picture (`--size`): `article` (880 px wide, as tall as its rows
/// need: the default), `slide` (1920 × 1080, 16:9) or `WxH` in pixels.
public enum ChartSize: Sendable, Equatable {
    case article, slide
    case pixels(width: Int, height: Int)

    /// The smallest and largest side accepted, in pixels.
    public static let sides = 200...10_000

    /// Reads `article`, `slide` or `WxH` (`1600x900`); nil for anything else.
    public init?(_ text: String) {
        switch text.lowercased() {
        case "article": self = .article
        case "slide": self = .slide
        default:
            let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
            guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 5 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
                  let w = Int(parts[0]), let h = Int(parts[1]), ChartSize.sides.contains(w), ChartSize.sides.contains(h) else { return nil }
            self = .pixels(width: w, height: h)
        }
    }

    /// Fixed pixels, or as tall as the chart needs.
    public enum Layout: Equatable { case natural, fixed(Int, Int) }

    public var layoutPixels: Layout {
        switch self {
        case .article: .natural
        case .slide: .fixed(1920, 1080)
        case .pixels(let w, let h): .fixed(w, h)
        }
    }
}
