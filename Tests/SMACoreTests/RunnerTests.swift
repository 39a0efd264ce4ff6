import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell
@testable import SMATools

/// The runner parses input after input into one syntax tree, lexes into one token buffer and
/// renders into the sink's buffer, all reused. A long generated script run by one runner must
/// print what its lines print when each runs through a runner of its own (over the same
/// session), errors included.
@Suite struct RunnerTests {
    static func script(lines: Int, seed: UInt64) -> [String] {
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: (state >> 33) % UInt64(n))
        }
        var out: [String] = []
        var defined = 0
        for i in 0..<lines {
            switch next(9) {
            case 0:
                out.append("let v\(i) = \(1 + next(20_000))억 * (1 + \(next(90)).\(next(10))%)")
                defined = i
            case 1: out.append(defined > 0 ? "v\(defined) + \(next(1_000))억" : "1조 + 1")
            case 2: out.append("contribution \(1991 + next(40))")
            case 3: out.append("(\(next(1_000)) + \(next(1_000))) * \(next(100)) - \(next(50)) / \(1 + next(9))")
            case 4: out.append("project \(2027 + next(10)) with growth \(next(8)).\(next(10))%")
            case 5: out.append("\(next(100)) +* \(next(100))")
            case 6: out.append("contribution 2021 in usd; growth \(1992 + next(30))")
            // An unclosed bracket: given up at its line, the lines after it still run.
            case 7: out.append("contribution (\(1991 + next(40))")
            default: out.append("\(next(1_000_000)) + \(next(1_000_000))")
            }
        }
        return out
    }

    @Test func oneRunnerPrintsWhatARunnerPerLinePrints() {
        let lines = RunnerTests.script(lines: 3_000, seed: 7)
        let whole = run(lines.joined(separator: "\n") + "\n")

        let session = Session()
        let sink = CollectingSink()
        var failures = 0
        for (i, line) in lines.enumerated() {
            let runner = Runner(session: session, options: RunOptions(), sink: sink)
            var feeder = LineFeeder(name: "-e")
            // The line number as in the whole script, for the same error locations.
            for _ in 0..<i { runner.feed(&feeder, ArraySlice([])) }
            runner.feed(&feeder, ArraySlice(Array((line + "\n").utf8)))
            runner.finish(&feeder)
            failures += runner.failures
        }
        #expect(whole.failures == failures)
        #expect(whole.failures > 100)
        #expect(whole.out == sink.stdout)
        // The whole script adds a note after each bracket it gave up; nothing else differs.
        let notes = whole.err.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.contains(": note: the bracket left open") }
        #expect(notes.count == lines.filter { $0.hasPrefix("contribution (") }.count)
        let errors = whole.err.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains(": note: the bracket left open") }
        #expect(errors.joined(separator: "\n") == sink.stderr)
    }
}
