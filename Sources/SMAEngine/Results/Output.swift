import SMALanguage

/// What one statement gives: a value, and notes that explain it (shown under the value in
/// tables, as a `notes` list in JSON, dropped from CSV).
public struct Output: Sendable {
    public var value: Value
    public var notes: [Phrase]
    /// The seed a simulation drew (or was given): JSON carries it, so the run can be repeated.
    public var seed: UInt64? = nil

    public init(_ value: Value, notes: [Phrase] = []) {
        self.value = value
        self.notes = notes
    }
}
