import SMALanguage
import SMAEngine

/// `--echo`: a statement (with the comment lines above it) before its results, as each format
/// writes one: `sma> ` lines in a table, a paragraph and an `sma` code block in markdown (a
/// handout), `# ` comment lines in CSV, an `{"echo": …}` line in JSON. A chart saved beside a
/// markdown handout is shown as an image.
extension Renderer {
    public func echo(_ statement: String, comments: [String], first: Bool) -> String {
        let lines = statement.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? String(line.dropLast()) : String(line)
        }
        switch format {
        case .table:
            var out = first ? "" : "\n"
            for c in comments { out += Escape.terminal(c) + "\n" }
            for (i, l) in lines.enumerated() { out += (i == 0 ? "sma> " : "...> ") + Escape.terminal(l) + "\n" }
            return out
        case .markdown:
            // The comments as prose: their `#` dropped, lines of one comment joined.
            var out = ""
            let prose = comments.map { c in String(c.drop { $0 == "#" }.drop { $0 == " " || $0 == "\t" }) }
            let paragraph = prose.joined(separator: " ").trimmingWhitespace
            if !paragraph.isEmpty { out += Escape.markdown(paragraph) + "\n\n" }
            return out + Escape.markdownBlock(lines.joined(separator: "\n"), info: "sma") + "\n"
        case .csv:
            var out = ""
            for c in comments { out += "# " + Escape.terminal(String(c.drop { $0 == "#" }.drop { $0 == " " })) + "\n" }
            for l in lines { out += "# sma> " + Escape.terminal(l) + "\n" }
            return out
        case .json:
            let c = comments.map { JSON.string($0) }.joined(separator: ", ")
            return "{\"echo\": \(JSON.string(lines.joined(separator: "\n"))), \"comments\": [\(c)]}\n"
        }
    }

    /// The comment lines at the top of a script: in a markdown handout its title (the first
    /// line) and introduction; elsewhere the comments as they are.
    public func echoIntroduction(_ comments: [String]) -> String {
        let prose = comments.map { c in String(c.drop { $0 == "#" }.drop { $0 == " " || $0 == "\t" }).trimmingWhitespace }
        switch format {
        case .markdown:
            guard let title = prose.first else { return "" }
            let rest = prose.dropFirst().joined(separator: " ").trimmingWhitespace
            return "# " + Escape.markdown(title) + "\n\n" + (rest.isEmpty ? "" : Escape.markdown(rest) + "\n\n")
        case .json:
            return "{\"echo\": \"\", \"comments\": [\(comments.map { JSON.string($0) }.joined(separator: ", "))]}\n"
        case .csv:
            return comments.map { "# " + Escape.terminal(String($0.drop { $0 == "#" }.drop { $0 == " " })) + "\n" }.joined()
        case .table:
            return comments.map { Escape.terminal($0) + "\n" }.joined()
        }
    }

    /// A chart written beside a markdown handout, as the handout shows it.
    public func image(of c: Chart, file: String) -> String {
        let alt = Escape.markdown(c.title ?? "chart")
        // The file name is sma's own (chart-N.svg): nothing in it needs escaping but spaces.
        return "![\(alt)](\(file.replacingOccurrences(" ", "%20")))\n\n"
    }
}
