import SMALanguage
import SMAEngine
import SMARender

/// The words only an interactive session understands, besides every statement of the language.
public enum ReplCommand: Equatable, Sendable {
    case quit
    case history
    case save(path: String)
    case load(path: String)
    case reset
    /// `next` and `back` walk the tour: `tour next`, `tour back`.
    case tour(String)

    public static let words = ["quit", "exit", "history", "save", "load", "reset", "next", "back"]

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
        case "next", "back": return rest.isEmpty ? .tour("tour \(head)") : nil
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

