import SMALanguage

/// Text for people with values inside: what `explain` and `tour` print.
public struct Document: Sendable {
    public enum Part: Sendable {
        case heading(String)
        case line(Phrase)
        case statement(String)
        case output(Output)
        case failure(String)
    }
    public var parts: [Part]

    public init(_ parts: [Part] = []) {
        self.parts = parts
    }
}
