@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell
@testable import SMATools

/// Runs statements through the same Runner the program uses and returns what it printed.
func run(_ text: String, format: OutputFormat = .table, units: UnitStyle = .ko, session: Session = Session()) -> (out: String, err: String, failures: Int) {
    let sink = CollectingSink()
    let runner = Runner(session: session, options: RunOptions(render: RenderSpec(format: format, units: units)), sink: sink)
    runner.run(name: "-e", bytes: Array(text.utf8))
    return (sink.stdout, sink.stderr, runner.failures)
}

/// Every outcome of running `text` through the interpreter, as the program runs it.
func outcomes(_ text: String, session: Session = Session()) -> [Outcome] {
    var out: [Outcome] = []
    Interpreter(session: session).run(SourceText(name: "-e", text: text)) { out.append($0); return true }
    return out
}

/// The value of the last statement with a result; the first error is thrown.
func value(_ text: String, session: Session = Session()) throws -> Value {
    var last: Value? = nil
    for o in outcomes(text, session: session) {
        switch o {
        case .result(let out, _): last = out.value
        case .quiet: break
        case .failure(let d), .interrupted(let d): throw d
        }
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
