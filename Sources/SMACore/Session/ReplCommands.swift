/// The words only an interactive session understands, besides every statement of the language.
public enum ReplCommand: Equatable, Sendable {
    case quit
    case history
    case save(path: String)
    case load(path: String)
    case reset

    public static let words = ["quit", "exit", "history", "save", "load", "reset"]

    /// The command a whole entry spells, or nil for a statement of the language.
    /// `save` and `load` take a file name (the rest of the line, quotes optional).
    public static func parse(_ entry: String) -> ReplCommand? {
        let trimmed = entry.trimmingWhitespace
        let parts = trimmed.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard let head = parts.first else { return nil }
        let rest = parts.count > 1 ? String(parts[1]).trimmingWhitespace : ""
        switch head {
        case "quit", "exit": return rest.isEmpty ? .quit : nil
        case "history": return rest.isEmpty ? .history : nil
        case "reset": return rest.isEmpty ? .reset : nil
        case "save", "load":
            guard !rest.isEmpty else { return nil }
            var path = rest
            if path.count >= 2, path.hasPrefix("\""), path.hasSuffix("\"") { path = String(path.dropFirst().dropLast()) }
            return head == "save" ? .save(path: path) : .load(path: path)
        default: return nil
        }
    }

    /// What `save` writes: the session's successful statements as a runnable script.
    public static func script(of statements: [String]) -> String {
        var out = "#!/usr/bin/env sma\n# Saved from an interactive sma session. Run it with: sma FILE\n\n"
        for s in statements { out += s.hasSuffix("\n") ? s : s + "\n" }
        return out
    }

    /// The help line for a missing argument.
    public static func usage(_ entry: String) -> String? {
        let head = entry.trimmingWhitespace.split(separator: " ").first.map(String.init) ?? ""
        switch head {
        case "save": return "usage: save FILE   (writes this session's successful statements as a script)"
        case "load": return "usage: load FILE   (runs a script into this session)"
        default: return nil
        }
    }
}

/// The history file's format: one entry a line; a backslash escapes a line break (`\n`) and
/// itself (`\\`), so a statement typed over several lines stays one entry.
public enum HistoryFormat {
    public static let header = "#sma-history v1"

    public static func encode(_ entry: String) -> String {
        var out = ""
        for c in entry {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.append(c)
            }
        }
        return out
    }

    /// Entries from the file's bytes, and how many lines could not be read (invalid UTF-8 or
    /// escapes): those are skipped, and the caller warns.
    public static func decode(_ bytes: [UInt8]) -> (entries: [String], bad: Int) {
        var entries: [String] = []
        var bad = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            guard let text = String(validating: line, as: UTF8.self) else { bad += 1; continue }
            if text == header { continue }
            var out = ""
            var escaping = false
            var ok = true
            for c in text {
                if escaping {
                    switch c {
                    case "n": out.append("\n")
                    case "\\": out.append("\\")
                    default: ok = false
                    }
                    escaping = false
                } else if c == "\\" {
                    escaping = true
                } else {
                    out.append(c)
                }
            }
            if escaping || !ok || text.contains("\u{0}") { bad += 1; continue }
            entries.append(out)
        }
        return (entries, bad)
    }

    /// The last `max` entries, without consecutive duplicates.
    public static func trimmed(_ entries: [String], max: Int) -> [String] {
        var out: [String] = []
        for e in entries where out.last != e { out.append(e) }
        return Array(out.suffix(Swift.max(0, max)))
    }
}

extension String {
    /// The text without leading and trailing white space.
    public var trimmingWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
