import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell
@testable import SMATools
#if canImport(Glibc)
import Glibc
#endif

/// Every `Examples/**/*.sma` runs through the same Runner as the program; its standard output
/// must equal `NAME.out` and its errors `NAME.err` (empty when there is no such file).
/// `make golden` rewrites the files; a person reads the diff before committing.
@Suite struct GoldenTests {
    static let root: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()

    static func read(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        return out
    }

    static func write(_ path: String, _ text: String) {
        guard let f = fopen(path, "wb") else { return }
        fputs(text, f)
        fclose(f)
    }

    static var examples: [String] {
        var out: [String] = []
        for dir in ["Examples", "Examples/errors"] {
            guard let d = opendir(root + "/" + dir) else { continue }
            while let e = readdir(d) {
                let name = withUnsafePointer(to: e.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
                if name.hasSuffix(".sma") { out.append(dir + "/" + name) }
            }
            closedir(d)
        }
        return out.sorted()
    }

    /// An example may carry its own options on its first line:
    /// `# sma: --format json --units en` (format, units, width and `--notes`, as the program takes them).
    static func options(_ bytes: [UInt8]) throws -> RunOptions {
        var o = RunOptions()
        let first = String(decoding: bytes.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        guard first.hasPrefix("# sma:") else { return o }
        let words = first.dropFirst(6).split(separator: " ").map(String.init)
        var i = 0
        while i < words.count {
            if words[i] == "--notes" { o.render.notes = true; i += 1; continue }
            guard i + 1 < words.count else { Issue.record("\(words[i]) needs a value"); break }
            switch words[i] {
            case "--format": o.render.format = try #require(OutputFormat(rawValue: words[i + 1]))
            case "--units": o.render.units = try #require(UnitStyle(rawValue: words[i + 1]))
            case "--width": o.render.width = Int(words[i + 1])
            default: Issue.record("unknown golden option \(words[i])")
            }
            i += 2
        }
        return o
    }

    /// Lesson scripts as handouts (`sma --echo`): each statement, with the comments above it,
    /// before its results. The markdown one is what a teacher hands out.
    static let handouts: [(script: String, format: OutputFormat, expected: String)] = [
        ("Examples/teach-the-9th-sma.sma", .markdown, "Examples/handouts/teach-the-9th-sma.md"),
        ("Examples/teach-the-dollar-era.sma", .table, "Examples/handouts/teach-the-dollar-era.txt"),
        ("Examples/queries.sma", .csv, "Examples/handouts/queries.csv"),
        ("Examples/queries.sma", .json, "Examples/handouts/queries.jsonl"),
    ]

    @Test(arguments: GoldenTests.handouts.indices)
    func handout(_ i: Int) throws {
        let (script, format, expected) = GoldenTests.handouts[i]
        let bytes = try #require(GoldenTests.read(GoldenTests.root + "/" + script))
        let sink = CollectingSink()
        let runner = Runner(session: Session(), options: RunOptions(render: RenderSpec(format: format), echo: true), sink: sink)
        runner.run(name: script, bytes: bytes)
        if getenv("SMA_UPDATE_GOLDEN") != nil {
            mkdir(GoldenTests.root + "/Examples/handouts", 0o755)
            GoldenTests.write(GoldenTests.root + "/" + expected, sink.stdout)
            return
        }
        let out = GoldenTests.read(GoldenTests.root + "/" + expected).map { String(decoding: $0, as: UTF8.self) }
        #expect(sink.stdout == (out ?? ""), "\(expected): run `make golden` and read the diff")
        #expect(runner.failures == 0)
    }

    @Test func thereAreExamples() {
        #expect(GoldenTests.examples.count >= 10)
        #expect(GoldenTests.examples.contains { $0.hasPrefix("Examples/errors/") })
    }

    @Test(arguments: GoldenTests.examples)
    func example(_ path: String) throws {
        let bytes = try #require(GoldenTests.read(GoldenTests.root + "/" + path))
        let sink = CollectingSink()
        let runner = Runner(session: Session(), options: try GoldenTests.options(bytes), sink: sink)
        runner.run(name: path, bytes: bytes)
        let base = GoldenTests.root + "/" + path.dropLast(4)
        if getenv("SMA_UPDATE_GOLDEN") != nil {
            GoldenTests.write(base + ".out", sink.stdout)
            if sink.stderr.isEmpty { unlink(base + ".err") } else { GoldenTests.write(base + ".err", sink.stderr) }
            return
        }
        let out = GoldenTests.read(base + ".out").map { String(decoding: $0, as: UTF8.self) }
        let err = GoldenTests.read(base + ".err").map { String(decoding: $0, as: UTF8.self) } ?? ""
        #expect(out != nil, "missing \(base).out: run `make golden` and read the diff")
        #expect(sink.stdout == (out ?? ""), "stdout of \(path)")
        #expect(sink.stderr == err, "stderr of \(path)")
        // Examples outside errors/ must run clean; every file in errors/ must fail.
        if path.hasPrefix("Examples/errors/") {
            #expect(runner.failures > 0, "\(path) should report errors")
        } else {
            #expect(runner.failures == 0, "\(path) should run without errors")
        }
    }
}

/// Every ```sma block of Grammar.md runs without an error.
@Suite struct GrammarExamplesTests {
    @Test func grammarExamplesRun() throws {
        let text = String(decoding: try #require(GoldenTests.read(GoldenTests.root + "/Grammar.md")), as: UTF8.self)
        var blocks: [String] = []
        var current: String? = nil
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "```sma" { current = ""; continue }
            if line == "```", let c = current { blocks.append(c); current = nil; continue }
            if current != nil { current! += line + "\n" }
        }
        #expect(blocks.count >= 6)
        for b in blocks {
            let r = run(b)
            #expect(r.failures == 0, "Grammar.md example:\n\(b)\n\(r.err)")
            // Each example that asks for something shows it: one result per such line at least.
            let asking = b.split(separator: "\n").filter { line in
                let w = line.split(separator: " ").first.map(String.init) ?? ""
                return !w.isEmpty && !w.hasPrefix("#") && !["let", "define", "set", "}"].contains(w) && !line.hasPrefix(" ")
            }
            #expect(r.out.split(separator: "\n").count >= asking.count, "Grammar.md example printed too little:\n\(b)\n\(r.out)")
        }
    }
}
