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
        for (i, line) in lines.enumerated() {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            // Some statements have comment lines above them; a blank line drops comments.
            var comments: [String] = []
            switch state >> 61 {
            case 0: comments = ["# why \(i)"]
            case 1: comments = ["# first \(i)", "#   and more, 조 and \"quotes\""]
            case 2: script += "# dropped\n\n"
            default: break
            }
            for c in comments { script += c + "\n" }
            script += line + "\n"
            expected += renderer.echo(line, comments: comments, first: i == 0) + run(line, format: format, session: plain).out
        }
        let echoed = Session()
        let sink = CollectingSink()
        let runner = Runner(session: echoed, options: RunOptions(render: RenderSpec(format: format), echo: true), sink: sink)
        runner.run(name: "-e", bytes: Array(script.utf8))
        #expect(sink.stdout == expected)
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
