@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell
@testable import SMATools

/// Runs statements through the same Runner the program uses and returns what it printed.
func run(_ text: String, format: OutputFormat = .table, units: Units = .ko, session: Session = Session()) -> (out: String, err: String, failures: Int) {
    let sink = CollectingSink()
    let runner = Runner(session: session, options: RunOptions(render: RenderSpec(format: format, units: units)), sink: sink)
    runner.run(name: "-e", bytes: Array(text.utf8))
    return (sink.stdout, sink.stderr, runner.failures)
}

/// The value of one expression statement.
func value(_ text: String, session: Session = Session()) throws -> Value {
    let parsed = try Parser.parse(SourceText(name: "-e", text: text))
    var last: Value? = nil
    for s in parsed.statements {
        if let o = try session.run(s, in: parsed.syntax) { last = o.value }
    }
    guard let last else { throw TestFailure(message: "no value") }
    return last
}

func money(_ text: String) throws -> Money {
    guard case .money(let m) = try value(text) else { throw TestFailure(message: "not money: \(text)") }
    return m
}

func dec(_ s: String) -> Dec { Dec(parsing: Substring(s))! }

struct TestFailure: Error {
    let message: String
}
