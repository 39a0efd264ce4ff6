import SMALanguage

/// What one statement of an input gave.
public enum Outcome {
    /// A statement with a result: its output, and the statement's span in its input.
    case result(Output, statement: Span)
    /// A statement that ran and shows nothing (`let`, `set`, `define`).
    case quiet(statement: Span)
    /// A statement that failed (parsing or running): the rest of the input still runs.
    case failure(Diagnostic)
    /// The cancellation token was requested (Ctrl-C): the input stops here.
    case interrupted(Diagnostic)
}

/// The one way to run statements: source text in, an outcome a statement out. The runner
/// (scripts, `-e`, standard input, the terminal), the tour, the record loader, the fuzz target
/// and the tests all run through it, so a statement means the same everywhere. It keeps one
/// parser (its token buffer and syntax tree reused input after input), recovers from an error
/// at the next statement, refuses an input over the size limit, and hands the session the tree
/// and source of what it runs (and its token): nothing else sets them.
public final class Interpreter {
    public let session: Session
    /// Stops the input between statements, and a long statement within.
    public let cancellation: CancellationToken
    private var parser = Parser()

    /// The longest input run as one piece, in bytes.
    public static let maxInputBytes = 1 << 20

    public init(session: Session, cancellation: CancellationToken = CancellationToken()) {
        self.session = session
        self.cancellation = cancellation
        session.cancellation = cancellation
    }

    /// Runs every statement of `source` in order, telling `each` what each gave; `each` returns
    /// false to stop (`--bail`). Nothing of the input is held afterwards.
    public func run(_ source: SourceText, _ each: (Outcome) -> Bool) {
        session.begin(source)
        defer { session.releaseSyntax() }
        statements(of: source) { statement, tree in
            do throws(Diagnostic) {
                // An expression (most statements) always has a result: taken without an
                // optional, whose destruction goes through the runtime's generic path.
                if case .expression(let e) = statement.kind {
                    return each(.result(try session.runExpression(e, in: tree), statement: statement.span))
                }
                if let out = try session.run(statement, in: tree) { return each(.result(out, statement: statement.span)) }
                return each(.quiet(statement: statement.span))
            } catch {
                return each(error.phase == .interruption ? .interrupted(error) : .failure(error))
            }
        } failed: { d in
            each(d.phase == .interruption ? .interrupted(d) : .failure(d))
        }
    }

    /// The statements of `source` with the tree they were parsed into, one at a time as they
    /// are parsed; an error that stops parsing a statement goes to `failed`, and parsing goes on
    /// at the next statement. Either closure returns false to stop. (The record loader reads
    /// its `define` statements this way.)
    public func statements(of source: SourceText, _ body: (Statement, SyntaxTree) -> Bool, failed: (Diagnostic) -> Bool) {
        if source.bytes.count > Interpreter.maxInputBytes {
            _ = failed(Diagnostic(.input, "statement too long (over \(Interpreter.maxInputBytes) bytes)", at: Span(0, 1),
                                  hint: "a statement may be at most \(Interpreter.maxInputBytes) bytes"))
            return
        }
        do throws(Diagnostic) {
            try parser.start(source)
        } catch {
            _ = failed(error)
            return
        }
        defer { parser.finish() }
        while true {
            if cancellation.isRequested {
                let at = parser.current.span.start
                _ = failed(Diagnostic.interrupted(at: Span(at, at)))
                return
            }
            parser.skipSeparators()
            if parser.atEnd { return }
            let statement: Statement
            do throws(Diagnostic) {
                statement = try parser.statement()
            } catch {
                if !failed(error) { return }
                parser.skipStatement()
                continue
            }
            if !body(statement, parser.syntax) { return }
        }
    }
}
