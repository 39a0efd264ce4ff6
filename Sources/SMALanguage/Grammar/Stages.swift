/// The stages of a pipeline (`TABLE | STAGE | …`), in one table: the parser, the completer
/// (after `|`), help and the editor grammars read them from here. The stage words are words
/// only right after `|`: `let sum = 1` keeps `sum` a name.
public enum StageWord: String, CaseIterable, Sendable {
    case `where`, sort, take, select, derive, group
    case sum, mean, median, min, max, count

    /// The stage as a synopsis writes it.
    public var synopsis: String {
        switch self {
        case .where: "where CONDITION"
        case .sort: "sort COLUMN [desc] {, COLUMN [desc]}"
        case .take: "take N"
        case .select: "select COLUMN {, COLUMN}"
        case .derive: "derive NAME = EXPRESSION"
        case .group: "group COLUMN"
        case .count: "count"
        default: "\(rawValue) COLUMN"
        }
    }

    /// What the stage does, in a line (help and completion).
    public var summary: String {
        switch self {
        case .where: "keep the rows for which the condition holds"
        case .sort: "order the rows (ascending unless `desc`; ties keep their order)"
        case .take: "keep the first N rows"
        case .select: "keep these columns, in this order"
        case .derive: "add a column computed for each row"
        case .group: "one row per value of the column, for the aggregate that follows"
        case .sum: "the sum of a column"
        case .mean: "the mean of a column (rounded as its unit is)"
        case .median: "the median of a column"
        case .min: "the smallest value of a column"
        case .max: "the largest value of a column"
        case .count: "the number of rows"
        }
    }

    /// The aggregate it is, if it is one.
    public var aggregate: Aggregate? { Aggregate(rawValue: rawValue) }
}

/// The aggregates: a single value from a column (or, after `group`, one a group).
public enum Aggregate: String, CaseIterable, Sendable {
    case sum, mean, median, min, max, count
}
