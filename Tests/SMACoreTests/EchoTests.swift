import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell

/// `--echo`: a script's output is, piece by piece, the echo of the piece (with the comment
/// lines just above it) and then exactly what the piece prints without `--echo`; in every format.
@Suite struct EchoTests {
    @Test(arguments: OutputFormat.allCases)
    func echoThenTheSameResults(_ format: OutputFormat) {
        let lines = RunnerTests.script(lines: 300, seed: 5).filter { !$0.hasPrefix("contribution (") }
        var state: UInt64 = 9
        var script = "", expected = ""
        let renderer = Renderer(RenderSpec(format: format))
        let plain = Session()
        var i = -1
        // What a line prints alone, numbered as in the whole script (its errors say where).
        func alone(_ line: String, at number: Int) -> (out: String, err: String, failures: Int) {
            let sink = CollectingSink()
            let runner = Runner(session: plain, options: RunOptions(render: RenderSpec(format: format)), sink: sink)
            var feeder = LineFeeder(name: "-e")
            for _ in 1..<number { runner.feed(&feeder, ArraySlice([])) }
            runner.feed(&feeder, ArraySlice(Array((line + "\n").utf8)))
            runner.finish(&feeder)
            return (sink.stdout, sink.stderr, runner.failures)
        }
        var lineNumber = 0
        for line in lines {
            // A markdown handout also shows a line's error, in place.
            let probe = run(line, format: format)
            guard probe.failures <= 1 else { continue }
            i += 1
            state = state &* 6364136223846793005 &+ 1442695040888963407
            // Some statements have comment lines above them; a blank line drops comments.
            var comments: [String] = []
            switch state >> 61 {
            case 0: comments = ["# why \(i)"]
            case 1: comments = ["# first \(i)", "#   and more, 조 and \"quotes\""]
            case 2: if i > 0 { script += "# dropped\n\n" }
            default: break
            }
            for c in comments { script += c + "\n" }
            script += line + "\n"
            lineNumber = script.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            let alone = alone(line, at: lineNumber)
            expected += renderer.echo(line, comments: comments, first: i == 0) + alone.out
                + (alone.failures == 1 ? renderer.echoError(alone.err) : "")
        }
        let echoed = Session()
        let sink = CollectingSink()
        let runner = Runner(session: echoed, options: RunOptions(render: RenderSpec(format: format), echo: true), sink: sink)
        runner.run(name: "-e", bytes: Array(script.utf8))
        #expect(sink.stdout == expected)
        if sink.stdout != expected {
            let a = Array(sink.stdout.utf8), b = Array(expected.utf8)
            let k = zip(a, b).prefix { $0 == $1 }.count
            Issue.record("first difference at byte \(k): got «\(String(decoding: a[max(0, k - 80)..<min(a.count, k + 120)], as: UTF8.self))» expected «\(String(decoding: b[max(0, k - 80)..<min(b.count, k + 120)], as: UTF8.self))»")
        }
    }

    /// A handout keeps everything: the introduction above the first statement (up to an empty
    /// `#` line), an error where it happened, and the comments after the last statement.
    @Test func handoutsLoseNothing() {
        let script = "# Title\n# intro.\n#\n# First:\ncontribution 2021\n\n# next\ncontribution 1800\n# the end\n"
        let sink = CollectingSink()
        let runner = Runner(session: Session(), options: RunOptions(render: RenderSpec(format: .markdown), echo: true), sink: sink)
        runner.run(name: "l.sma", bytes: Array(script.utf8))
        #expect(sink.stdout.hasPrefix("# Title\n\nintro.\n\nFirst:\n\n```sma\ncontribution 2021\n```\n\n1조 1,833억 원\n"))
        #expect(sink.stdout.contains("```text\nl.sma:8:14: error: no contribution is recorded for 1800"))
        #expect(sink.stdout.hasSuffix("the end\n\n"))
        #expect(sink.stderr.contains("l.sma:8:14: error"))
    }

    @Test func markdownHandout() {
        let script = "#!/usr/bin/env sma\n# A lesson\n# on the 12th SMA.\n\n# The first year:\ncontribution 2026\n\nchart contributions 2025..2026\n"
        let sink = CollectingSink()
        let runner = Runner(session: Session(), options: RunOptions(render: RenderSpec(format: .markdown), echo: true), sink: sink)
        runner.savesChart = { c, _ in "chart-1.svg" }
        runner.run(name: "lesson.sma", bytes: Array(script.utf8))
        #expect(sink.stdout.hasPrefix("# A lesson\n\non the 12th SMA.\n\nThe first year:\n\n```sma\ncontribution 2026\n```\n\n1조 5,192억 원\n"))
        #expect(sink.stdout.hasSuffix("```sma\nchart contributions 2025..2026\n```\n\n![What Korea paid, 2025–2026](chart-1.svg)\n\n"))
    }
}
