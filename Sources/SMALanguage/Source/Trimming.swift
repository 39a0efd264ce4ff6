/// White space trimmed the same way wherever text is read (REPL commands, help topics, names).
extension String {
    /// The text without leading and trailing white space.
    public var trimmingWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
