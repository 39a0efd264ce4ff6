import SMALanguage

/// The state of cutting a stream of lines into statements.
public struct LineFeeder {
    public let name: String
    var pending: [UInt8] = []
    var completeness = Completeness()
    var pendingFirstLine = 1
    /// The bytes of the first line of a statement gathered over several lines: where it is
    /// given up when an unclosed bracket swallowed the lines after it.
    var pendingFirstLineLength = 0
    var lineNumber = 0

    public init(name: String) {
        self.name = name
    }

    /// The lines fed so far.
    public var lines: Int { lineNumber }

    /// True while a statement has started but is not complete (the REPL's continuation prompt).
    public var isContinuing: Bool { !pending.isEmpty }

    /// Drops a half-typed statement (Ctrl-C in the REPL).
    public mutating func discardPending() {
        pending = []
        completeness = Completeness()
    }
}
