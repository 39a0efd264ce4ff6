/// Where results and errors go. The executable writes them to standard output and standard
/// error; tests collect them.
public protocol OutputSink: AnyObject {
    func result(_ text: String)
    func error(_ text: String)
}

/// Collects everything in memory (tests, golden files).
public final class CollectingSink: OutputSink {
    public var stdout = ""
    public var stderr = ""
    public init() {}
    public func result(_ text: String) { stdout += text }
    public func error(_ text: String) { stderr += text }
}

public struct RunOptions: Sendable {
    public var format: OutputFormat = .table
    public var units: Units = .ko
    public var color = false
    public var errorColor = false
    public var bail = false

    public init(format: OutputFormat = .table, units: Units = .ko, color: Bool = false, errorColor: Bool = false, bail: Bool = false) {
        self.format = format
        self.units = units
        self.color = color
        self.errorColor = errorColor
        self.bail = bail
    }
}

/// Whether a piece of input is a whole statement yet: brackets closed, not ending in an operator.
/// The REPL uses it to decide between running and a continuation prompt; scripts and standard
/// input use it to cut their lines into statements.
public enum Completeness {
    public static func isComplete(_ bytes: [UInt8]) -> Bool {
        var lexer = Lexer(bytes: bytes)
        do throws(Diagnostic) {
            try lexer.run()
        } catch {
            // An unclosed string or a bad byte: complete, so the error is reported now.
            return true
        }
        if lexer.depth > 0 { return false }
        // The last real token (before the end marker).
        for t in lexer.tokens.reversed() {
            switch t.kind {
            case .end, .newline: continue
            default: return !t.kind.continuesLine
            }
        }
        return true
    }

    /// Cheap pre-check: a line with no bracket, no trailing operator and no quote is complete
    /// on its own when the statement so far is empty.
    static func obviouslyComplete(_ line: ArraySlice<UInt8>) -> Bool {
        var last: UInt8 = 0
        for b in line {
            switch b {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "\""), UInt8(ascii: "#"): return false
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): continue
            default: last = b
            }
        }
        switch last {
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "^"),
             UInt8(ascii: ","), UInt8(ascii: "="), UInt8(ascii: "."):
            return false
        default:
            return last < 0x80
        }
    }
}

/// Runs statements from any source through one path: cut into statements, parse, evaluate,
/// render, and report errors with their location.
public final class Runner {
    public let session: Session
    public var options: RunOptions
    public let sink: OutputSink
    public private(set) var failures = 0
    /// Set once `--bail` has stopped the run.
    public private(set) var stopped = false
    /// The longest statement accepted, in bytes.
    public static let maxStatementBytes = 1 << 20

    public init(session: Session, options: RunOptions, sink: OutputSink) {
        self.session = session
        self.options = options
        self.sink = sink
    }

    var renderer: Renderer { Renderer(format: options.format, units: options.units, color: options.color) }

    /// Runs a whole input (a script file, one `-e` argument, all of standard input).
    /// Statements run one by one as they are cut from the input; nothing is held beyond one.
    public func run(name: String, bytes: [UInt8]) {
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

    /// Feeds one line (with its newline, if any). Used for streaming input line by line.
    public func feed(_ feeder: inout LineFeeder, _ line: ArraySlice<UInt8>) {
        if stopped { return }
        if feeder.pending.isEmpty && Completeness.obviouslyComplete(line) {
            let text = Array(line)
            feeder.lineNumber += 1
            execute(SourceText(name: feeder.name, bytes: text, firstLine: feeder.lineNumber))
            return
        }
        if feeder.pending.isEmpty { feeder.pendingFirstLine = feeder.lineNumber + 1 }
        feeder.pending.append(contentsOf: line)
        feeder.lineNumber += 1
        if feeder.pending.count > Runner.maxStatementBytes || Completeness.isComplete(feeder.pending) {
            flush(&feeder)
        }
    }

    /// Ends the input: runs whatever is left (an unclosed bracket is reported here).
    public func finish(_ feeder: inout LineFeeder) {
        if !feeder.pending.isEmpty { flush(&feeder) }
    }

    func flush(_ feeder: inout LineFeeder) {
        let text = feeder.pending
        feeder.pending = []
        execute(SourceText(name: feeder.name, bytes: text, firstLine: feeder.pendingFirstLine))
    }

    /// Parses and evaluates every statement of one complete piece of input.
    public func execute(_ source: SourceText) {
        if source.bytes.count > Runner.maxStatementBytes {
            report(Diagnostic(.input, "statement too long (\(source.bytes.count) bytes)", at: Span(0, 1),
                              hint: "a statement may be at most \(Runner.maxStatementBytes) bytes"), source)
            return
        }
        let tokens: [Token]
        do throws(Diagnostic) {
            tokens = try Lexer.tokenize(source)
        } catch {
            report(error, source)
            return
        }
        var parser = Parser(tokens: tokens)
        session.currentSource = source
        defer { session.currentSource = nil }
        while !stopped {
            let statement: Statement
            do throws(Diagnostic) {
                guard let s = try parser.nextStatement() else { return }
                statement = s
            } catch {
                report(error, source)
                parser.skipStatement()
                continue
            }
            do throws(Diagnostic) {
                if let out = try session.run(statement) {
                    sink.result(renderer.render(out))
                }
            } catch {
                report(error, source)
            }
        }
    }

    func report(_ d: Diagnostic, _ source: SourceText) {
        failures += 1
        sink.error(DiagnosticRenderer.render(LocatedDiagnostic(d, in: source), color: options.errorColor))
        if options.bail { stopped = true }
    }

    /// Reports a diagnostic found outside statements (loading a record).
    public func report(_ d: LocatedDiagnostic) {
        report(d.diagnostic, d.source)
    }
}

/// The state of cutting a stream of lines into statements.
public struct LineFeeder {
    public let name: String
    var pending: [UInt8] = []
    var pendingFirstLine = 1
    var lineNumber = 0

    public init(name: String) {
        self.name = name
    }

    /// True while a statement has started but is not complete (the REPL's continuation prompt).
    public var isContinuing: Bool { !pending.isEmpty }
}
