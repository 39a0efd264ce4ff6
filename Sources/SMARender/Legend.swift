import SMAEngine

/// The words and glyphs of a chart's key, in one place: the terminal's `key:` line and the
/// SVG's legend say the same thing.
enum Legend {
    /// What a bar of each mark is, in words.
    static func text(_ m: Chart.Mark) -> String {
        switch m {
        case .published: "published"
        case .wonEquivalent: "agreed in dollars, at the won equivalent"
        case .derived: "not published: derived or computed by the rule"
        case .projected: "projected"
        }
    }

    /// The terminal's cell for a bar of each mark.
    static func glyph(_ m: Chart.Mark, ascii: Bool) -> String {
        switch m {
        case .published: ascii ? "#" : "█"
        case .wonEquivalent: ascii ? "=" : "▓"
        case .derived: ascii ? "~" : "▒"
        case .projected: ascii ? ":" : "░"
        }
    }

    static let outerBand = "5th–95th percentile"
    static let innerBand = "25th–75th percentile"
    static let median = "median"

    /// The marks a chart uses, in the order of `Chart.Mark`.
    static func marks(of c: Chart) -> [Chart.Mark] {
        Chart.Mark.allCases.filter { m in c.rows.indices.contains { c.mark($0) == m } }
    }
}
