import SMALanguage
import SMAEngine
import SMARender

/// Runs statements from any source through one path: cut into statements, parse, evaluate,
/// render, and report errors with their location.
public final class Runner {
    public let session: Session
    public var options: RunOptions {
        didSet { renderer = Renderer(options.render) }
    }
    public let sink: OutputSink
    public private(set) var failures = 0
    /// Set once `--bail` or an interrupt has stopped the run.
    public private(set) var stopped = false
    /// Set when Ctrl-C / SIGINT stopped a statement.
    public private(set) var interrupted = false
    /// When not nil, the text of each statement that ran without error is added here (the
    /// REPL's `save` keeps `let x = 5` from `let x = 5; contribtion 2021`).
    public var succeeded: [String]? = nil
    /// The last chart drawn, with the statement that drew it (the session's `save FILE.svg`).
    public var lastChart: (chart: Chart, statement: String)? { kept.map { ($0.chart, $0.statement) } }
    /// The last chart, boxed (an optional tuple of a chart would be laid out at start-up).
    final class KeptChart {
        let chart: Chart, statement: String
        init(_ chart: Chart, _ statement: String) { self.chart = chart; self.statement = statement }
    }
    private var kept: KeptChart? = nil
    /// When not nil (`-o FILE.svg`), charts are kept here for the picture instead of being
    /// printed; every other result is printed as usual.
    public var charts: [(chart: Chart, statement: String)]? = nil
    /// When not nil (`sma --serve`), each statement's result and error goes to the observer as
    /// a value instead of being rendered to the sink.
    public var observer: RunObserver? = nil
    /// `--echo`: the comment lines read since the last blank line or statement, for the next
    /// statement's echo; and how many pieces have been echoed.
    var echoComments: [String] = []
    var echoed = 0
    var introduced = false
    /// `--echo --format markdown -o DIR/`: saves a chart as a picture beside the handout and
    /// gives its file name, which the handout shows as an image.
    public var savesChart: ((Chart, String) -> String?)? = nil
    /// Runs every input (its parser's tokens and syntax tree are reused).
    public let interpreter: Interpreter
    /// The token that stops a run (the program's Ctrl-C handler requests it).
    public var cancellation: CancellationToken { interpreter.cancellation }
    /// The bytes of each one-line statement.
    private var lineBuffer: [UInt8] = []

    /// Lets an interactive session go on after Ctrl-C stopped a statement.
    public func resume() {
        stopped = false
        interrupted = false
    }
    /// The most errors shown for one piece of input (a line, or a statement over several).
    public static let maxErrorsShown = 100
    /// The longest statement accepted, in bytes.
    public static let maxStatementBytes = Interpreter.maxInputBytes

    public init(session: Session, options: RunOptions, sink: OutputSink, cancellation: CancellationToken = CancellationToken()) {
        self.session = session
        self.interpreter = Interpreter(session: session, cancellation: cancellation)
        self.options = options
        self.renderer = Renderer(options.render)
        self.sink = sink
    }

    /// The renderer the options ask for (made again whenever they change).
    private(set) var renderer: Renderer

    /// Runs a whole input (a script file, one `-e` argument, all of standard input).
    /// Statements run one by one as they are cut from the input; nothing is held beyond one.
    public func run(name: String, bytes: [UInt8]) {
        if rejectsBinary(name: name, head: bytes.prefix(1 << 16)) { return }
        var feeder = LineFeeder(name: name)
        var start = 0
        var i = 0
        let n = bytes.count
        while i <= n && !stopped {
            if i == n || bytes[i] == UInt8(ascii: "\n") {
                let end = i < n ? i + 1 : i
                if end > start { feed(&feeder, bytes[start..<end]) }
                start = end
                if i == n { break }
            }
            i += 1
        }
        if !stopped { finish(&feeder) }
    }

    /// A binary file: NUL bytes in its first line or many in its first 64 KiB gets one clear
    /// error instead of one per line of garbage. (A stray NUL in a text file is reported where
    /// it is, and the other statements still run.) True when the input was refused.
    public func rejectsBinary(name: String, head: ArraySlice<UInt8>) -> Bool {
        let firstLineEnd = head.firstIndex(of: UInt8(ascii: "\n")) ?? head.endIndex
        guard let nul = head.firstIndex(of: 0), nul < firstLineEnd || head.lazy.filter({ $0 == 0 }).count >= 8 else { return false }
        let start = head.startIndex
        let d = Diagnostic(.input, "this is not a text file (NUL byte)", at: Span(nul - start, nul - start + 1),
                           hint: "sma runs UTF-8 text files of statements")
        report(d, SourceText(name: name, bytes: Array(head[start...nul])))
        return true
    }

    /// Feeds one line (with its newline, if any). Used for streaming input line by line.
    public func feed(_ feeder: inout LineFeeder, _ line: ArraySlice<UInt8>) {
        if stopped { return }
        // A recalled history entry may hold several lines.
        var lines = 0
        for b in line where b == UInt8(ascii: "\n") { lines += 1 }
        if line.last != UInt8(ascii: "\n") { lines += 1 }
        let firstLine = feeder.lineNumber + 1
        feeder.lineNumber += lines
        feeder.completeness.scan(line)
        if feeder.pending.isEmpty && feeder.completeness.isComplete {
            // A blank or comment line has nothing to run.
            if options.echo && !feeder.completeness.hasContent { noteForEcho(line) }
            if feeder.completeness.hasContent {
                // Copied into one buffer, reused line after line (unless the last line's text
                // is still held, which keeps it as it was).
                lineBuffer.replaceSubrange(0..<lineBuffer.count, with: line)
                execute(SourceText(name: feeder.name, bytes: lineBuffer, firstLine: firstLine))
            }
            feeder.completeness = Completeness()
            return
        }
        if feeder.pending.isEmpty {
            feeder.pendingFirstLine = firstLine
            feeder.pendingFirstLineLength = line.count
        }
        feeder.pending.append(contentsOf: line)
        if feeder.pending.count > Runner.maxStatementBytes || feeder.completeness.isComplete {
            runPending(&feeder)
        }
    }

    /// Ends the input: runs whatever is left (an unclosed bracket is reported here).
    public func finish(_ feeder: inout LineFeeder) {
        while !feeder.pending.isEmpty && !stopped { runPending(&feeder, atEnd: true) }
        // `--echo`: comments after the last statement are part of the lesson too.
        if options.echo && observer == nil && !echoComments.isEmpty && !stopped {
            sink.result(renderer.echoComments(echoComments, title: echoed == 0))
            echoComments.removeAll()
        }
    }

    /// Runs the statement gathered over several lines. When its first line left a `(` or `[`
    /// open and the whole does not parse, the bracket swallowed the lines after it: the
    /// statement is given up at its first line (whose error names the bracket), a note says how
    /// many lines were read as one, and the lines after it run on their own.
    /// At the end of the input (`atEnd`) a statement still open is never closed: a brace too
    /// gives it up, and an error at its end stands at the end of its last line, not past it.
    func runPending(_ feeder: inout LineFeeder, atEnd: Bool = false) {
        var text = feeder.pending
        let firstLength = feeder.pendingFirstLineLength
        let neverClosed = atEnd && !feeder.completeness.isComplete
        feeder.pending = []
        feeder.completeness = Completeness()
        if atEnd, text.last == UInt8(ascii: "\n") {
            text.removeLast()
            if text.last == 0x0D { text.removeLast() }
        }
        let source = SourceText(name: feeder.name, bytes: text, firstLine: feeder.pendingFirstLine)
        let firstLine = text[..<min(firstLength, text.count)]
        guard firstLength < text.count, let open = Runner.unclosedBracket(in: firstLine, braces: neverClosed),
              (try? Parser.parse(source)) == nil else {
            execute(source)
            return
        }
        let first = feeder.pendingFirstLine
        let closing: Character = open.bracket == UInt8(ascii: "(") ? ")" : open.bracket == UInt8(ascii: "[") ? "]" : "}"
        report(Diagnostic(.syntax, "this `\(Character(UnicodeScalar(open.bracket)))` is never closed", at: Span(open.at, open.at + 1),
                          hint: "add `\(closing)` where the bracket should end"),
               SourceText(name: feeder.name, bytes: Array(firstLine), firstLine: first))
        var lines = 0
        for b in text where b == UInt8(ascii: "\n") { lines += 1 }
        if text.last != UInt8(ascii: "\n") { lines += 1 }
        sink.error("\(feeder.name):\(first): note: the bracket left open on line \(first) made \(lines) lines one statement; it is given up, and the lines after line \(first) run on their own\n")
        // The lines after the first, fed again as they came (line numbers as in the input).
        let end = feeder.lineNumber
        feeder.lineNumber = first
        var start = firstLength
        while start < text.count && !stopped {
            let stop = text[start...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? text.count
            feed(&feeder, text[start..<stop])
            start = stop
        }
        feeder.lineNumber = max(feeder.lineNumber, end)
    }

    /// The first bracket a line leaves open, and where: a round or square one, or with `braces`
    /// a brace too (a brace opens a `define` block, which spans lines by design; only one never
    /// closed by the end of the input is given up). Text in quotes and comments is skipped.
    static func unclosedBracket(in line: ArraySlice<UInt8>, braces: Bool) -> (bracket: UInt8, at: Int)? {
        var open: [(UInt8, Int)] = []
        var inText = false
        scan: for (i, b) in zip(line.indices, line) {
            if inText { if b == UInt8(ascii: "\"") { inText = false }; continue }
            switch b {
            case UInt8(ascii: "\""): inText = true
            case UInt8(ascii: "#"): break scan
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): open.append((b, i - line.startIndex))
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): if !open.isEmpty { open.removeLast() }
            default: break
            }
        }
        return open.first { braces || $0.0 != UInt8(ascii: "{") }.map { (bracket: $0.0, at: $0.1) }
    }

    /// Runs every statement of one complete piece of input through the interpreter, showing
    /// each result and reporting each error at its place.
    public func execute(_ source: SourceText) {
        if options.echo && observer == nil { echo(source) }
        // Errors past the first `maxErrorsShown` of one piece of input are counted, not shown
        // (each shown error scans its line: thousands of them on one line would take minutes).
        var shown = 0, unshown = 0
        defer { session.suggests = true }
        interpreter.run(source) { outcome in
            switch outcome {
            case .result(let out, let span):
                show(out, of: span, in: source)
                succeeded?.append(source.text(span.start..<span.end))
            case .quiet(let span):
                succeeded?.append(source.text(span.start..<span.end))
                observer?.quiet(span: span, in: source)
            case .failure(let d):
                if shown < Runner.maxErrorsShown {
                    shown += 1
                    report(d, source)
                    // The rest of this input's errors are counted only: no suggestions for them.
                    if shown == Runner.maxErrorsShown { session.suggests = false }
                } else {
                    unshown += 1
                    failures += 1
                    if options.bail { stopped = true }
                }
            case .interrupted(let d):
                // Ctrl-C / SIGINT: stop this input; a script run ends here (the REPL goes on).
                report(d, source)
                interrupted = true
                stopped = true
            }
            return !stopped
        }
        if unshown > 0 {
            let lines = source.bytes.dropLast().contains(UInt8(ascii: "\n")) ? "in this statement" : "on this line"
            sink.error("\(source.name):\(source.firstLine): … \(unshown) more error\(unshown == 1 ? "" : "s") \(lines) (the first \(Runner.maxErrorsShown) are shown)\n")
        }
    }

    /// Prints a statement's result (or keeps a chart for `-o FILE.svg`).
    /// A statement as one line, to name a chart (`save`, an SVG's title): comments dropped,
    /// line breaks and runs of white space one space, quoted text kept as written.
    static func oneLine(_ text: String) -> String {
        var out = ""
        var inText = false, inComment = false, space = false
        for u in text.unicodeScalars {
            if inComment { if u == "\n" || u == "\r" { inComment = false; space = true }; continue }
            if !inText && u == "#" { inComment = true; continue }
            if u == "\"" { inText.toggle() }
            if !inText && (u == " " || u == "\t" || u == "\n" || u == "\r") { space = true; continue }
            if space && !out.isEmpty { out += " " }
            space = false
            out.unicodeScalars.append(u)
        }
        return out
    }

    /// How many results have been shown (a single CSV or JSON file holds one).
    public private(set) var shown = 0

    private func show(_ out: Output, of span: Span, in source: SourceText) {
        shown += 1
        if case .chart(let c) = out.value {
            let text = Runner.oneLine(source.text(span.start..<span.end))
            kept = KeptChart(c, text)
            if charts != nil { charts?.append((c, text)); return }
            if let savesChart, let file = savesChart(c, text) {
                sink.result(renderer.image(of: c, file: file))
                return
            }
        }
        if let observer { observer.result(out, span: span, in: source); return }
        let renderer = self.renderer
        sink.result { renderer.render(out, into: &$0) }
    }

    func report(_ given: Diagnostic, _ source: SourceText) {
        failures += 1
        let d = Runner.habit(given, source) ?? given
        let formatter = renderer.formatter
        if let observer {
            let located = LocatedDiagnostic(d, in: source)
            observer.failure(located, rendered: DiagnosticRenderer.render(located, color: false, money: { formatter.money($0) }))
            if options.bail { stopped = true }
            return
        }
        sink.error(DiagnosticRenderer.render(LocatedDiagnostic(d, in: source), color: options.errorColor, money: { formatter.money($0) }))
        // A handout shows the error where it happened.
        if options.echo && renderer.format == .markdown {
            sink.result(renderer.echoError(DiagnosticRenderer.render(LocatedDiagnostic(d, in: source), color: false, money: { formatter.money($0) })))
        }
        if options.bail { stopped = true }
    }

}


extension Runner {
    /// A syntax error on a line that is another tool's command (`.quit`, `\\q`, `:q`): the same
    /// error, with a hint naming sma's command.
    static func habit(_ d: Diagnostic, _ source: SourceText) -> Diagnostic? {
        guard d.phase == .syntax || d.phase == .evaluation else { return nil }
        let line = String(decoding: source.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimmingWhitespace }.first { !$0.isEmpty } ?? ""
        guard let ours = Vocabulary.otherToolsCommands[line] else { return nil }
        let how = ours == "quit" ? "`quit` (or Ctrl-D) leaves the interactive session; a script ends at its last line"
            : "`help` lists the statements; `help WORD` explains one"
        if line == ours || line == "exit" {
            return Diagnostic(d.phase, d.message, at: d.span, hint: "`\(line)` leaves the interactive session; it is not a statement: a script ends at its last line")
        }
        return Diagnostic(d.phase, d.message, at: d.span, hint: "`\(line)` is another tool's command: in sma, \(how)")
    }
}

/// `--echo`: the input before its results, as the format writes a statement.
extension Runner {
    /// A comment line joins the comments of the next statement; a blank line drops them (they
    /// were about something else). A `#!` line is not a comment for people.
    func noteForEcho(_ line: ArraySlice<UInt8>) {
        var text = String(decoding: line, as: UTF8.self)
        while let last = text.last, last == "\n" || last == "\r" { text.removeLast() }
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix("#!") { return }
        if trimmed.hasPrefix("#") { echoComments.append(String(trimmed)); return }
        // The comments at the top of a script, before anything runs: its introduction.
        if echoed == 0 && !echoComments.isEmpty {
            sink.result(renderer.echoComments(echoComments, title: true))
            echoed += 1
            introduced = true
        }
        echoComments.removeAll()
    }

    func echo(_ source: SourceText) {
        var text = String(decoding: source.bytes, as: UTF8.self)
        while let last = text.last, last == "\n" || last == "\r" { text.removeLast() }
        // Comment lines the lexer is given to check (non-ASCII in them) are still comments.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.allSatisfy({ $0.drop { $0 == " " || $0 == "\t" }.hasPrefix("#") }) {
            for l in lines { noteForEcho(ArraySlice(Array(l.utf8))) }
            return
        }
        var comments = echoComments
        // A script's first comments, above its first statement, with an empty `#` line in
        // them: what comes before that line is the script's introduction (a handout's title).
        if echoed == 0, let gap = comments.firstIndex(where: { $0.allSatisfy { $0 == "#" || $0 == " " || $0 == "\t" } }), gap > 0 {
            sink.result(renderer.echoComments(Array(comments[..<gap]), title: true))
            comments = Array(comments[(gap + 1)...])
            echoed += 1
            introduced = true
        }
        let first = echoed == 0 || (echoed == 1 && introduced)
        echoComments.removeAll()
        echoed += 1
        sink.result(renderer.echo(text, comments: comments, first: first))
    }
}

/// What a runner tells a client that wants statements' outcomes as values (the machine
/// protocol, handouts) rather than text on standard output.
public protocol RunObserver: AnyObject {
    /// A statement's result (a chart kept for `-o FILE.svg` is not reported).
    func result(_ output: Output, span: Span, in source: SourceText)
    /// A statement that gave no result (`let`, `set`, `assert` that held).
    func quiet(span: Span, in source: SourceText)
    /// An error, and its text as the terminal shows it (the line, a caret, the hint).
    func failure(_ diagnostic: LocatedDiagnostic, rendered: String)
}
