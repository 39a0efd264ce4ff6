import SMALanguage
import SMAEngine

/// `--echo`: a statement (with the comment lines above it) before its results, as each format
/// writes one: `sma> ` lines in a table, a paragraph and an `sma` code block in markdown (a
/// handout), `# ` comment lines in CSV, an `{"echo": …}` line in JSON. A chart saved beside a
/// markdown handout is shown as an image; an error is shown where it happened.
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
            return Renderer.paragraphs(comments).map { Escape.markdown($0) + "\n\n" }.joined()
                + Escape.markdownBlock(lines.joined(separator: "\n"), info: "sma") + "\n"
        case .csv:
            return Renderer.csvComments(comments) + lines.map { "# sma> " + Escape.terminal($0) + "\n" }.joined()
        case .json, .jsonl:
            let c = comments.map { JSON.string($0) }.joined(separator: ", ")
            return "{\"echo\": \(JSON.string(lines.joined(separator: "\n"))), \"comments\": [\(c)]}\n"
        }
    }

    /// Comment lines as prose: each line's `#`s and the space after them dropped, lines joined
    /// into paragraphs, an empty comment line between paragraphs.
    static func paragraphs(_ comments: [String]) -> [String] {
        var out: [String] = [], current: [String] = []
        for c in comments {
            let text = String(c.drop { $0 == "#" }).trimmingWhitespace
            if text.isEmpty {
                if !current.isEmpty { out.append(current.joined(separator: " ")); current = [] }
            } else {
                current.append(text)
            }
        }
        if !current.isEmpty { out.append(current.joined(separator: " ")) }
        return out
    }

    static func csvComments(_ comments: [String]) -> String {
        comments.map { "# " + Escape.terminal(String($0.drop { $0 == "#" }.drop { $0 == " " })) + "\n" }.joined()
    }

    /// Comment lines on their own: the top of a script (in a markdown handout its title, the
    /// first line, and introduction) or the end of it.
    public func echoComments(_ comments: [String], title: Bool) -> String {
        switch format {
        case .markdown:
            var paragraphs = Renderer.paragraphs(comments)
            guard !paragraphs.isEmpty else { return "" }
            var out = ""
            if title {
                // The first line is the title; the rest of its paragraph follows as text.
                let first = String(comments.lazy.map { String($0.drop { $0 == "#" }).trimmingWhitespace }.first { !$0.isEmpty } ?? "")
                out += "# " + Escape.markdown(first) + "\n\n"
                let rest = String(paragraphs[0].dropFirst(first.count)).trimmingWhitespace
                if rest.isEmpty { paragraphs.removeFirst() } else { paragraphs[0] = rest }
            }
            return out + paragraphs.map { Escape.markdown($0) + "\n\n" }.joined()
        case .json, .jsonl:
            return "{\"echo\": \"\", \"comments\": [\(comments.map { JSON.string($0) }.joined(separator: ", "))]}\n"
        case .csv:
            return Renderer.csvComments(comments)
        case .table:
            return comments.map { Escape.terminal($0) + "\n" }.joined() + "\n"
        }
    }

    /// An error in a markdown handout, where it happened (it also goes to standard error).
    public func echoError(_ rendered: String) -> String {
        format == .markdown ? Escape.markdownBlock(rendered, info: "text") + "\n" : ""
    }

    /// A chart written beside a markdown handout, as the handout shows it.
    public func image(of c: Chart, file: String) -> String {
        let alt = Escape.markdown(c.title ?? "chart")
        // The file name is sma's own (chart-N.svg): nothing in it needs escaping but spaces.
        return "![\(alt)](\(file.replacingOccurrences(" ", "%20")))\n\n"
    }
}
