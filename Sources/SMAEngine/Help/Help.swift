import SMALanguage

/// `help` and `help TOPIC`: one entry per statement and per concept, with examples that run.
public enum Help {
    public struct Topic: Sendable {
        public let name: String
        public let summary: String
        public let body: String
        /// The statements the body shows, in order: they run as one script (a test runs them).
        public let examples: [String]
    }

    /// A statement word's one-line summary: the grammar's, with what only the engine knows
    /// (the number of tour steps) filled in.
    public static func summary(of word: Vocabulary.StatementWord) -> String {
        word == .tour ? word.summary + " in \(Tour.steps.count) steps" : word.summary
    }

    /// The concept topics, in the order `help` lists them after the statements (each is a
    /// `NAME.help` file with a `summary:` line; a statement's file has its summary from the
    /// grammar).
    static let conceptOrder = ["pipelines", "functions", "dollars", "inflation", "rules", "lag", "categories", "money", "percent", "numbers", "ranges", "rounding",
                               "formats", "session", "sma"]

    /// Every topic: one text file each (`NAME.help`, beside its statement family), embedded at
    /// build time. In a file, an example is written `  $ STATEMENT` (shown as `  STATEMENT`;
    /// a test runs every topic's examples as one script), and `{NAME}` is a limit from the code.
    public static let topics: [Topic] = {
        var out: [Topic] = []
        for w in Vocabulary.StatementWord.allCases {
            if let file = EmbeddedText.text(named: w.rawValue + ".help") { out.append(topic(w.rawValue, file, summary: summary(of: w))) }
        }
        for name in conceptOrder {
            if let file = EmbeddedText.text(named: name + ".help") { out.append(topic(name, file, summary: nil)) }
        }
        return out
    }()

    /// The limits help quotes, as the code has them.
    static let limits: [String: Int] = [
        "max-trials": Session.maxTrials, "default-trials": Session.defaultTrials, "max-range-years": Session.maxRangeYears, "max-exponent": Session.maxExponent,
        "max-scale": Dec.maxScale, "max-digits": Dec.maxDigits, "max-call-depth": Session.maxCallDepth,
    ]

    /// The word lists help quotes, from the grammar's tables.
    static let wordLists: [String: String] = [
        "distributions": DistributionWord.allCases.map(\.shape).joined(separator: ", "),
    ]

    /// A topic from its file: the summary line (concepts), the body with its examples marked.
    static func topic(_ name: String, _ file: String, summary given: String?) -> Topic {
        var lines = file.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var summary = given ?? ""
        if given == nil, let first = lines.first, first.hasPrefix("summary: ") {
            summary = String(first.dropFirst("summary: ".count))
            lines.removeFirst(lines.count > 1 && lines[1].isEmpty ? 2 : 1)
        }
        while lines.last == "" { lines.removeLast() }
        var examples: [String] = []
        for i in lines.indices where lines[i].hasPrefix("  $ ") {
            examples.append(String(lines[i].dropFirst(4)))
            lines[i] = "  " + examples[examples.count - 1]
        }
        // A paragraph that quotes the code is filled in, then wrapped again to the page's width.
        var paragraphs: [String] = [""]
        for line in lines {
            if line.isEmpty { paragraphs.append("") } else { paragraphs[paragraphs.count - 1] += (paragraphs[paragraphs.count - 1].isEmpty ? "" : "\n") + line }
        }
        let placeholders = Array(limits.keys) + Array(wordLists.keys)
        for i in paragraphs.indices where !paragraphs[i].hasPrefix(" ") && placeholders.contains(where: { paragraphs[i].contains("{\($0)}") }) {
            var p = paragraphs[i]
            for (key, value) in limits { p = p.replacingOccurrences("{\(key)}", grouped(value)) }
            for (key, value) in wordLists { p = p.replacingOccurrences("{\(key)}", value) }
            paragraphs[i] = wrapped(p, width: pageWidth)
        }
        return Topic(name: name, summary: summary, body: paragraphs.joined(separator: "\n\n"), examples: examples)
    }

    /// The width help's prose is written to.
    static let pageWidth = 88

    /// A paragraph's words in lines of at most `width` characters.
    static func wrapped(_ paragraph: String, width: Int) -> String {
        var lines: [String] = [], line = ""
        for word in paragraph.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if !line.isEmpty && line.count + 1 + word.count > width { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// `1000000000` as `1,000,000,000`.
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n.magnitude))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return (n < 0 ? "-" : "") + out
    }

    public static var topicNames: [String] { topics.map(\.name) }

    public static func text(for topic: String?, span: Span) throws(Diagnostic) -> String {
        guard let topic else { return overview }
        let key = topic.lowercased()
        if let t = topics.first(where: { $0.name == key }) { return t.body + "\n" }
        let aliases = ["won": "money", "units": "money", "dollars": "money", "%": "percent", "years": "ranges",
                       "range": "ranges", "arithmetic": "numbers", "number": "numbers", "exact": "numbers", "precision": "numbers", "overflow": "numbers", "csv": "formats", "json": "formats", "markdown": "formats", "format": "formats",
                       "projection": "project", "contributions": "contributions", "round": "rounds",
                       "repl": "session", "budget": "rules", "defense-budget": "rules", "negotiated": "rules", "frozen": "rules", "fixed": "rules",
                       "index": "rules", "real": "inflation", "deflate": "inflation", "today": "inflation", "usd": "dollars", "krw": "dollars", "exchange": "dollars", "monte-carlo": "simulate",
                       "output": "formats", "cap": "lag", "caps": "lag", "rule": "rules", "labour": "categories", "labor": "categories",
                       "construction": "categories", "logistics": "categories", "under": "project", "history": "session", "keys": "session", "quit": "session", "save": "session", "load": "session",
                       "pipeline": "pipelines", "|": "pipelines", "stages": "pipelines", "stage": "pipelines", "where": "pipelines", "sort": "pipelines",
                       "take": "pipelines", "select": "pipelines", "derive": "pipelines", "group": "pipelines", "sum": "pipelines", "mean": "pipelines",
                       "median": "pipelines", "count": "pipelines", "function": "functions", "comparisons": "assert", "conditions": "assert",
                       "and": "assert", "or": "assert", "not": "assert", "contains": "assert", "true": "assert", "false": "assert"]
        if let a = aliases[key], let t = topics.first(where: { $0.name == a }) { return t.body + "\n" }
        let hint = Suggest.closest(to: key, among: topicNames).map { "did you mean `help \($0)`?" }
            ?? "topics: \(topicNames.joined(separator: ", "))"
        throw Diagnostic(.evaluation, "no help on `\(topic)`", at: span, hint: hint)
    }

    public static var overview: String {
        var out = "sma — what Korea pays toward U.S. Forces Korea under the Special Measures Agreements\n\n"
        out += "Statements:\n"
        let statements = Vocabulary.statementWords
        let concepts = topicNames.filter { !statements.contains($0) }
        let w = topicNames.map(\.count).max() ?? 0
        for name in statements {
            if let t = topics.first(where: { $0.name == name }) {
                out += "  " + name + String(repeating: " ", count: w - name.count) + "  " + t.summary + "\n"
            }
        }
        out += "\nConcepts:\n"
        for name in concepts {
            let t = topics.first(where: { $0.name == name })!
            out += "  " + name + String(repeating: " ", count: w - name.count) + "  " + t.summary + "\n"
        }
        out += "\nType `help TOPIC` for more, e.g. `help project`. Comments start with `#`;\n"
        out += "`;` separates statements on one line.\n"
        return out
    }
}
