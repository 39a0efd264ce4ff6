import SMALanguage

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
