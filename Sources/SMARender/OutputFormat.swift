/// Output formats for results.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, json, jsonl, markdown
}
