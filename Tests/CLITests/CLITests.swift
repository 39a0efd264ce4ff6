import Foundation
import Testing

/// Runs the built `sma` program as a user would: arguments, standard input, exit status.
struct CLI {
    static let root: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()

    static var binary: String {
        if let b = ProcessInfo.processInfo.environment["SMA_BIN"] { return b }
        return root + "/.build/debug/sma"
    }

    struct Result {
        let out: String
        let err: String
        let status: Int32
    }

    @discardableResult
    static func run(_ args: [String], stdin: String? = nil, env: [String: String] = [:], executable: String? = nil) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable ?? binary)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: root)
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "NO_COLOR")
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        p.standardOutput = outPipe
        p.standardError = errPipe
        p.standardInput = inPipe
        try p.run()
        if let stdin { inPipe.fileHandleForWriting.write(Data(stdin.utf8)) }
        try inPipe.fileHandleForWriting.close()
        // Both pipes at once: a full stderr must not block sma while stdout is read.
        nonisolated(unsafe) var err = Data()
        let done = DispatchSemaphore(value: 0)
        let errHandle = errPipe.fileHandleForReading
        Thread { err = errHandle.readDataToEndOfFile(); done.signal() }.start()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        p.waitUntilExit()
        return Result(out: String(decoding: out, as: UTF8.self), err: String(decoding: err, as: UTF8.self), status: p.terminationStatus)
    }

    static func temp(_ name: String, _ contents: String) throws -> String {
        let dir = NSTemporaryDirectory() + "sma-cli-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/" + name
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

@Suite(.serialized) struct CLITests {
    @Test func doneWhenExamples() throws {
        let a = try CLI.run(["-e", "contribution 2021"])
        #expect(a.out == "1조 1,833억 원\n")
        #expect(a.status == 0)
        let b = try CLI.run(["--format", "json", "-e", "project 2026 with growth 4.5%"])
        #expect(b.out == "1465900000000\n")
        let c = try CLI.run(["-e", "contribtion 2021"])
        #expect(c.status == 1)
        #expect(c.err.contains("-e:1:1: error: unknown statement `contribtion`"))
        #expect(c.err.contains("^~~~~~~~~~~"))
        #expect(c.err.contains("did you mean `contribution`?"))
    }

    @Test func exitStatuses() throws {
        #expect(try CLI.run(["-e", "1 + 1"]).status == 0)
        #expect(try CLI.run(["-e", "1 / 0", "-e", "1 + 1"]).status == 1)
        let bad = try CLI.run(["--frobnicate"])
        #expect(bad.status == 2)
        #expect(bad.err.contains("unknown option '--frobnicate'"))
        #expect(try CLI.run(["--format", "xml", "-e", "1"]).status == 2)
        #expect(try CLI.run(["-e"]).status == 2)
        #expect(try CLI.run(["--help"]).out.contains("usage: sma"))
        #expect(try CLI.run(["--version"]).out.hasPrefix("sma "))
    }

    @Test func errorsDoNotStopTheRestUnlessBail() throws {
        let r = try CLI.run(["-e", "1/0", "-e", "contribution 2021"])
        #expect(r.out == "1조 1,833억 원\n")
        #expect(r.status == 1)
        let b = try CLI.run(["--bail", "-e", "1/0", "-e", "contribution 2021"])
        #expect(b.out == "")
        #expect(b.status == 1)
    }

    /// Every statement of the queries example gives the same output from a file, from -e and
    /// from standard input.
    @Test func oneMeaningEverywhere() throws {
        let script = try String(contentsOfFile: CLI.root + "/Examples/queries.sma", encoding: .utf8)
        let fromFile = try CLI.run(["Examples/queries.sma"])
        let fromStdin = try CLI.run([], stdin: script)
        let fromDash = try CLI.run(["-"], stdin: script)
        let statements = script.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init)
        let fromE = try CLI.run(statements.flatMap { ["-e", $0] })
        #expect(fromFile.status == 0)
        #expect(fromFile.out == fromStdin.out)
        #expect(fromFile.out == fromDash.out)
        #expect(fromFile.out == fromE.out)
        #expect(fromFile.out.contains("1조 4,659억 2,600만 원"))
    }

    /// Results are written in blocks to a pipe, but never behind an error: `2>&1` keeps the order.
    @Test func resultsAndErrorsKeepTheirOrderInOneStream() throws {
        let r = try CLI.run(["/bin/sh", "-c", "'\(CLI.binary)' -e 1 -e '1/0' -e 2 2>&1"], executable: "/usr/bin/env")
        let error = try #require(r.out.range(of: "-e:1:3: error: division by zero"))
        #expect(r.out.hasPrefix("1\n"))
        #expect(r.out.hasSuffix("\n2\n"))
        #expect(r.out[..<error.lowerBound] == "1\n")
    }

    /// A program driving sma through pipes gets each result before sma waits for the next
    /// statement (output is written before every read).
    @Test func aPipeGetsEachResultBeforeSmaWaitsForMore() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        try p.run()
        defer { p.terminate() }
        let fd = output.fileHandleForReading.fileDescriptor
        for (statement, expected) in [("contribution 2021", "1조 1,833억 원\n"), ("1 + 1", "2\n")] {
            input.fileHandleForWriting.write(Data((statement + "\n").utf8))
            var got: [UInt8] = []
            while got.count < expected.utf8.count {
                var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&pfd, 1, 10_000) == 1 else { break } // 10 s: sma held the result back
                var buf = [UInt8](repeating: 0, count: 256)
                let n = read(fd, &buf, buf.count)
                if n <= 0 { break }
                got += buf[0..<n]
            }
            #expect(String(decoding: got, as: UTF8.self) == expected)
        }
        try input.fileHandleForWriting.close()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
    }

    @Test func errorLocationsNameTheirSource() throws {
        let path = try CLI.temp("bad.sma", "contribution 2021\n\ncontribution 1980\n")
        let f = try CLI.run([path])
        #expect(f.err.hasPrefix("\(path):3:14: error: no contribution is recorded for 1980"))
        let s = try CLI.run([], stdin: "1 + 1\n1 / 0\n")
        #expect(s.err.hasPrefix("<stdin>:2:5: error: division by zero"))
        let multi = try CLI.run([], stdin: "(1 +\n 2 +\n x)\n")
        #expect(multi.err.hasPrefix("<stdin>:3:2: error: unknown name `x`"))
    }

    @Test func shebangScriptRuns() throws {
        let path = try CLI.temp("s.sma", "#!/usr/bin/env sma\ngrowth 2021\n")
        let r = try CLI.run([path])
        #expect(r.out.hasPrefix("+13.9%\n"))
        #expect(r.status == 0)
    }

    @Test func jsonLinesLoadInPython() throws {
        let r = try CLI.run(["--format", "json", "-e", "contributions 1991..2026", "-e", "agreement 12", "-e", "growth 2021",
                             "-e", "contribution 1991", "-e", "rounds 12", "-e", "help money"])
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 6)
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])) != nil, "\(line)")
        }
        let check = """
        import json, sys
        docs = [json.loads(l) for l in sys.stdin]
        t = docs[0]
        row = [r for r in t["rows"] if r[0] == 2021][0]
        assert row[1] == 1183300000000, row
        assert docs[2] == 13.9
        assert docs[3] == {"amount": 150000000, "currency": "USD"}
        print("ok")
        """
        let py2 = try CLI.runPython(check, stdin: r.out)
        #expect(py2 == "ok\n")
    }

    @Test func csvLoadsInPython() throws {
        let r = try CLI.run(["--format", "csv", "-e", "rounds 12"])
        let check = """
        import csv, sys
        rows = list(csv.DictReader(sys.stdin))
        assert len(rows) == 8, rows
        assert rows[2]["city"] == "Washington, D.C.", rows[2]
        print("ok")
        """
        #expect(try CLI.runPython(check, stdin: r.out) == "ok\n")
        let c = try CLI.run(["--format", "csv", "-e", "contributions 2019..2021"])
        #expect(c.out == "year,amount,change,agreement\n2019,1038900000000,8.2,10th\n2020,1038900000000,0,11th\n2021,1183300000000,13.9,11th\n")
    }

    @Test func markdownAndEnglishUnits() throws {
        let m = try CLI.run(["--format", "markdown", "-e", "contributions 2025..2026"])
        #expect(m.out.hasPrefix("| year | amount | change | agreement |\n| ---: | ---: | ---: | --- |\n| 2025 | 1조 4,028억 원 |"))
        let e = try CLI.run(["--units", "en", "-e", "contribution 2021"])
        #expect(e.out == "₩1.1833 trillion\n")
    }

    @Test func colourOnlyWhenAsked() throws {
        let plain = try CLI.run(["-e", "contributions 2020..2021", "-e", "1/0"])
        #expect(!plain.out.contains("\u{1B}["))
        #expect(!plain.err.contains("\u{1B}["))
        let forced = try CLI.run(["--color", "always", "-e", "contributions 2020..2021", "-e", "1/0"])
        #expect(forced.out.contains("\u{1B}["))
        #expect(forced.err.contains("\u{1B}["))
        let never = try CLI.run(["--color", "never", "-e", "1/0"], env: ["NO_COLOR": "1"])
        #expect(!never.err.contains("\u{1B}["))
    }

    @Test func anotherRecord() throws {
        let rec = try CLI.temp("rec.sma", """
        define agreement 13 years 2031..2035 base 1조 6000억 rule cpi lag 2 cap 5%
        define contribution 2031 = 1조 6000억 { agreement 13 source "hypothetical" }
        """)
        let r = try CLI.run(["--record", rec, "-e", "contribution 2031", "-e", "contribution 2021"])
        #expect(r.out == "1조 6,000억 원\n")
        #expect(r.status == 1)
        let bad = try CLI.temp("bad-rec.sma", "define contribution 2031 = 5%\n")
        let b = try CLI.run(["--record", bad, "-e", "1"])
        #expect(b.status == 1)
        #expect(b.err.contains("bad-rec.sma:1:28: error:"))
        // The printed built-in record loads back as a record.
        let printed = try CLI.run(["-e", "record"])
        let copy = try CLI.temp("copy.sma", printed.out)
        #expect(try CLI.run(["--record", copy, "-e", "contribution 2021"]).out == "1조 1,833억 원\n")
    }
}

extension CLI {
    static func runPython(_ code: String, stdin: String) throws -> String {
        let r = try run(["python3", "-c", code], stdin: stdin, executable: "/usr/bin/env")
        if r.status != 0 { return r.err }
        return r.out
    }
}

/// The README's console examples are real: each `$ sma ...` line is run and its output
/// (standard output and errors, in order) must be the lines under it.
@Suite struct DocumentationTests {
    @Test func readmeConsoleExamplesAreRealOutput() throws {
        let readme = try String(contentsOfFile: CLI.root + "/README.md", encoding: .utf8)
        var examples: [(command: String, expected: String)] = []
        var inConsole = false
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "```console" { inConsole = true; continue }
            if line == "```" { inConsole = false; continue }
            guard inConsole else { continue }
            if line.hasPrefix("$ ") {
                examples.append((String(line.dropFirst(2)), ""))
            } else if !examples.isEmpty {
                examples[examples.count - 1].expected += line + "\n"
            }
        }
        #expect(examples.count >= 6)
        let dir = String(CLI.binary[..<CLI.binary.lastIndex(of: "/")!])
        for (command, expected) in examples {
            let r = try CLI.run(["sh", "-c", "PATH=\"\(dir):$PATH\" \(command) 2>&1"], executable: "/usr/bin/env")
            #expect(r.out == expected, "README example: \(command)")
        }
    }
}

@Suite struct RulesCLITests {
    @Test func doneWhenExamplesOfTheRules() throws {
        let v = try CLI.run(["-e", "verify"])
        #expect(v.status == 0)
        #expect(v.out.contains("18 rule-based or frozen years recomputed: 18 match, 0 do not"))
        #expect(v.out.contains("2023–2024 are derived, not checked"))
        #expect(v.out.contains("2 years not checkable (inputs not sourced): 2000, 2001"))
        #expect(try CLI.run(["--format", "json", "-e", "project 2027 under agreement 12 with cpi 2.1%"]).out == "1551100000000\n")
        #expect(try CLI.run(["--format", "json", "-e", "project 2028 under agreement 12 with cpi 6%"]).out == "1628700000000\n")
    }
}

/// Issue 14's "done when": the dollar era as the record's rules give it, indices as queries.
@Suite struct RecordCLITests {
    @Test func theDollarEraFollowsItsRules() throws {
        let r = try CLI.run(["--format", "csv", "-e", "contributions 1996..2004"])
        #expect(r.status == 0)
        let rows = r.out.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = r.out.split(separator: "\n").first.map { $0.split(separator: ",").map(String.init) } ?? []
        let amount = try #require(header.firstIndex(of: "amount")), won = try #require(header.firstIndex(of: "won_equivalent"))
        let dollars = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[amount]) })
        #expect(dollars["1997"] == "363000000" && dollars["1998"] == "399300000" && dollars["1999"] == "333000000")
        #expect(dollars["2002"] == "490000000" && dollars["2003"] == "553200000" && dollars["2004"] == "617400000")
        // Every dollar year has a won equivalent: published, or computed at the year's rate.
        #expect(rows.allSatisfy { !$0[won].isEmpty }, "\(r.out)")
        let cpi = try CLI.run(["-e", "cpi 2008"])
        #expect(cpi.out.hasPrefix("4.7%\nnote: CPI growth of 2008, as recorded; source: "))
        let rate = try CLI.run(["-e", "rate 2021"])
        #expect(rate.out.hasPrefix("1144.6\nnote: won per dollar, the 2021 annual average"))
    }
}

@Suite struct SimulationCLITests {
    @Test func zeroSpreadEqualsTheProjectionAndSeedsRepeat() throws {
        let s = try CLI.run(["--format", "json", "-e", "simulate 2030 with growth normal(4%, 0%) trials 1000 seed 1"])
        let p = try CLI.run(["--format", "json", "-e", "project 2030 with growth 4%"])
        let amount = p.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(s.out.hasPrefix("{\"columns\": [\"year\", \"mean\", \"p5\", \"p25\", \"median\", \"p75\", \"p95\"], \"rows\": [[2030, \(amount), \(amount), \(amount), \(amount), \(amount), \(amount)]], \"notes\": [\"1000 trials, seed 1; "))
        #expect(s.out.hasSuffix(", \"seed\": 1}\n"))
        // A drawn seed travels in JSON: the run can be repeated from it.
        let drawn = try CLI.run(["--format", "json", "-e", "simulate 2030 with growth normal(4%, 1%) trials 1000"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(drawn.out.utf8)) as? [String: Any])
        let seed = try #require(object["seed"] as? Int)
        #expect((object["notes"] as? [String])?.contains("drawn seed \(seed): add `seed \(seed)` to repeat this run") == true)
        let again = try CLI.run(["--format", "json", "-e", "simulate 2030 with growth normal(4%, 1%) trials 1000 seed \(seed)"])
        let repeated = try #require(try JSONSerialization.jsonObject(with: Data(again.out.utf8)) as? [String: Any])
        #expect((repeated["rows"] as? [[Int]]) == (object["rows"] as? [[Int]]))
        let a = try CLI.run(["-e", "simulate 2027..2030 under agreement 12 with cpi normal(2%, 0.8%) trials 100000 seed 1"])
        let b = try CLI.run(["-e", "simulate 2027..2030 under agreement 12 with cpi normal(2%, 0.8%) trials 100000 seed 1"])
        #expect(a.out == b.out)
        let fresh = try CLI.run(["-e", "simulate 2030 with growth normal(4%, 1%) trials 100"])
        #expect(fresh.out.contains("drawn seed"))
    }

    @Test func outputFilesByExtensionAndAtomically() throws {
        let dir = NSTemporaryDirectory() + "sma-out-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let csv = try CLI.run(["--output", dir + "/r.csv", "-e", "contributions 2025..2026"])
        #expect(csv.status == 0 && csv.out.isEmpty)
        #expect(try String(contentsOfFile: dir + "/r.csv", encoding: .utf8) == "year,amount,change,agreement\n2025,1402800000000,4.2,11th\n2026,1519200000000,8.3,12th\n")
        _ = try CLI.run(["-o", dir + "/r.json", "-e", "contribution 2021"])
        #expect(try String(contentsOfFile: dir + "/r.json", encoding: .utf8) == "1183300000000\n")
        _ = try CLI.run(["-o", dir + "/r.md", "-e", "contributions 2026..2026"])
        #expect(try String(contentsOfFile: dir + "/r.md", encoding: .utf8).hasPrefix("| year | amount |"))
        #expect(try CLI.run(["-o", dir + "/r.pdf", "-e", "1"]).status == 2)
        #expect(try CLI.run(["-o", dir + "/r.csv", "--format", "json", "-e", "1"]).status == 2)
        // No temporary file is left behind.
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp") }
        #expect(left.isEmpty)
    }
}

@Suite struct InterruptTests {
    @Test func sigintStopsAScriptWithStatus130() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["-e", "simulate 2030 with growth normal(4%, 1%) trials 10000000 seed 1", "-e", "contribution 2021"]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        usleep(400_000)
        kill(p.processIdentifier, SIGINT)
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 130)
        #expect(String(decoding: e, as: UTF8.self).contains("error: interrupted"))
        #expect(o.isEmpty) // the statement after the interrupted one does not run
    }
}
