import SMALanguage

/// A column of a table: the heading people read and the key machines read.
public struct Column: Sendable {
    /// The heading shown in tables.
    public let name: String
    /// The machine name used in CSV headers and JSON (`won_equivalent`).
    public let key: String
    /// What the column holds, where a statement reads it back (a fan chart of a simulation
    /// reads its percentiles by this, not by their names).
    public var percentile: Int? = nil

    public init(_ name: String, key: String? = nil, percentile: Int? = nil) {
        self.name = name
        self.key = key ?? name.lowercased().split(separator: " ").joined(separator: "_")
        self.percentile = percentile
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
