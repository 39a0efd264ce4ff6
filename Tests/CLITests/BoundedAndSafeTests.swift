import Foundation
import Testing

/// Bounded and safe: every input shape has a limit with a clear message, output that cannot be
/// written is reported, Ctrl-C stops at once, and files are written without losing anything.
@Suite(.serialized) struct BoundedAndSafeTests {
    /// Runs sma through bash, for redirections and pipes; `status` is sma's own.
    static func shell(_ script: String) throws -> CLI.Result {
        try CLI.run(["/bin/bash", "-c", script], executable: "/usr/bin/env")
    }

    @Test func aLongFlatExpressionIsNestedTooDeeply() throws {
        let terms = Array(repeating: "1", count: 9000).joined(separator: "+")
        let path = try CLI.temp("flat.sma", terms + "\n" + Array(repeating: "1", count: 300_000).joined(separator: "+") + ")\ncontribution 2021\n")
        let r = try CLI.run([path])
        #expect(r.status == 1)
        #expect(r.err.contains("\(path):1:") && r.err.contains("error: expression nested too deeply"))
        #expect(r.err.contains("\(path):2:"))
        #expect(r.out == "1조 1,833억 원\n")
        // Just inside the budget still works.
        #expect(try CLI.run(["-e", Array(repeating: "1", count: 150).joined(separator: " + ")]).out == "150\n")
    }

    /// Peak resident memory (KiB) of `sma ARGS` alone, measured from a small Python parent.
    static func peakMemory(_ args: [String]) throws -> (status: Int, kib: Int) {
        let measure = """
            import resource, subprocess, sys
            r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
            """
        let m = try CLI.run(["python3", "-c", measure, CLI.binary] + args, executable: "/usr/bin/env")
        let fields = m.out.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return (fields.first ?? -1, fields.count == 2 ? fields[1] : .max)
    }

    /// `simulate` keeps no trial it has finished: two million trials take no more memory than a
    /// thousand, beside the histograms (a few MiB). Keeping every trial would take 80 MB.
    @Test func simulationMemoryDoesNotGrowWithTrials() throws {
        let few = try Self.peakMemory(["-e", "simulate 2027..2031 with growth normal(4%, 1.5%) trials 1000 seed 1"])
        let many = try Self.peakMemory(["-e", "simulate 2027..2031 with growth normal(4%, 1.5%) trials 2000000 seed 1"])
        #expect(few.status == 0 && many.status == 0)
        #expect(many.kib - few.kib < 12 * 1024, "1,000 trials: \(few.kib) KiB; 2,000,000 trials: \(many.kib) KiB")
        // The limit is a billion trials, with a clear error above it.
        let r = try CLI.run(["-e", "simulate 2030 with growth 4% trials 1000000001"])
        #expect(r.status == 1 && r.err.contains("trials must be a whole number from 1 to 1000000000"))
    }

    /// No progress line on a pipe or file, however long the run.
    @Test func noProgressLineOffATerminal() throws {
        let r = try CLI.run(["-e", "simulate 2027..2060 with growth normal(4%, 1.5%) trials 400000 seed 1"])
        #expect(r.status == 0)
        #expect(r.err.isEmpty, "\(r.err)")
    }

    @Test func didYouMeanSkipsAHugeName() throws {
        let name = String(repeating: "contribtion", count: 1100)
        let r = try CLI.run(["-e", "let \(name)x = 1", "-e", name])
        #expect(r.status == 1)
        #expect(r.err.contains("error: unknown name"))
        #expect(!r.err.contains("did you mean"))
    }

    @Test func compareHasAWorkBudget() throws {
        let scenarios = (0..<4000).map { "growth \($0 % 3)%" }.joined(separator: ", ")
        let r = try CLI.run(["-e", "compare \(scenarios) for 2027..3026", "-e", "1 + 1"])
        #expect(r.status == 1)
        #expect(r.err.contains("error: this comparison needs more than 100000 year-steps"))
        #expect(r.out == "2\n")
    }

    @Test func errorsOnOneLineAreCappedAndCounted() throws {
        let path = try CLI.temp("errors.sma", String(repeating: "x;", count: 80_000) + "\n")
        let r = try CLI.run([path, "-e", "1 + 1"])
        #expect(r.status == 1)
        #expect(r.err.components(separatedBy: "error: unknown name `x`").count - 1 == 100)
        #expect(r.err.contains("\(path):1: … 79900 more errors on this line (the first 100 are shown)"))
        #expect(r.out == "2\n")
    }

    @Test func filesThatNeverEndAreRefused() throws {
        for device in ["/dev/zero", "/dev/urandom"] {
            let r = try CLI.run(["--record", device, "-e", "1"])
            #expect(r.status == 1)
            #expect(r.err == "sma: cannot read record '\(device)': is not a regular file (a device, a pipe or a socket)\n")
        }
        let big = NSTemporaryDirectory() + "sma-big-record-\(getpid())"
        FileManager.default.createFile(atPath: big, contents: nil)
        truncate(big, 65 << 20)
        defer { unlink(big) }
        let r = try CLI.run(["--record", big, "-e", "1"])
        #expect(r.err == "sma: cannot read record '\(big)': is larger than 64 MiB\n")
    }

    @Test func outputThatCannotBeWrittenIsReported() throws {
        let full = try Self.shell("'\(CLI.binary)' -e 'contributions 1991..2026' > /dev/full")
        #expect(full.status == 1)
        #expect(full.err == "sma: cannot write the results to standard output: No space left on device\n")
        let closed = try Self.shell("'\(CLI.binary)' -e 'contributions 1991..2026' >&-")
        #expect(closed.status == 1)
        #expect(closed.err == "sma: cannot write the results to standard output: it is closed\n")
        // A closed pipe ends sma as it ends cat: by SIGPIPE, status 141, nothing on stderr.
        let pipe = try Self.shell("'\(CLI.binary)' -e record -e record -e record -e record | head -1 >/dev/null; echo ${PIPESTATUS[0]}")
        #expect(pipe.out == "141\n")
        #expect(pipe.err == "")
    }

    /// SIGINT while sma waits for input (`sleep 4 | sma &`, then kill -INT) ends it with 130.
    @Test func interruptWhileWaitingForInput() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        let input = Pipe(), err = Pipe()
        p.standardInput = input
        p.standardOutput = FileHandle.nullDevice
        p.standardError = err
        try p.run()
        usleep(300_000)
        kill(p.processIdentifier, SIGINT)
        var waited = 0
        while p.isRunning && waited < 5000 { usleep(1000); waited += 1 }
        #expect(!p.isRunning, "sma went on waiting after SIGINT")
        if p.isRunning { p.terminate() }
        p.waitUntilExit()
        #expect(p.terminationStatus == 130)
        #expect(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "sma: interrupted\n")
        try input.fileHandleForWriting.close()
    }

    @Test func outputFilesAreWrittenSafely() throws {
        let dir = NSTemporaryDirectory() + "sma-write-\(getpid())"
        try? FileManager.default.removeItem(atPath: dir)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        // The mode of the old file is kept.
        let kept = dir + "/kept.csv"
        try "old\n".write(toFile: kept, atomically: false, encoding: .utf8)
        chmod(kept, 0o600)
        #expect(try CLI.run(["-o", kept, "-e", "contribution 2021"]).status == 0)
        var st = stat()
        stat(kept, &st)
        #expect(st.st_mode & 0o777 == 0o600)
        #expect(try String(contentsOfFile: kept, encoding: .utf8) == "value\n1183300000000\n")
        // A read-only file is refused, and left as it was.
        let readOnly = dir + "/read-only.csv"
        try "old\n".write(toFile: readOnly, atomically: false, encoding: .utf8)
        chmod(readOnly, 0o444)
        let ro = try CLI.run(["-o", readOnly, "-e", "1"])
        #expect(ro.status == 1)
        #expect(ro.err == "sma: cannot write '\(readOnly)': is read-only\n")
        #expect(try String(contentsOfFile: readOnly, encoding: .utf8) == "old\n")
        // A symbolic link is followed: the link stays, its target gets the results.
        let link = dir + "/link.csv"
        symlink(kept, link)
        #expect(try CLI.run(["-o", link, "-e", "2"]).status == 0)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == kept)
        #expect(try String(contentsOfFile: kept, encoding: .utf8) == "value\n2\n")
        // A link to a file that does not exist yet: the file is made where the link points.
        let dangling = dir + "/dangling.csv"
        symlink("made.csv", dangling)
        #expect(try CLI.run(["-o", dangling, "-e", "7"]).status == 0)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dangling)) == "made.csv")
        #expect(try String(contentsOfFile: dir + "/made.csv", encoding: .utf8) == "value\n7\n")
        // A FIFO (or a device) is refused, not replaced by a regular file.
        let fifo = dir + "/fifo.csv"
        mkfifo(fifo, 0o644)
        let f = try CLI.run(["-o", fifo, "-e", "3"])
        #expect(f.status == 1)
        #expect(f.err.contains("is not a regular file"))
        stat(fifo, &st)
        #expect(st.st_mode & S_IFMT == S_IFIFO)
        // A run stopped by --bail keeps the old file.
        let bail = try CLI.run(["--bail", "-o", kept, "-e", "x", "-e", "4"])
        #expect(bail.status == 1)
        #expect(bail.err.contains("sma: '\(kept)' was not written: the run stopped at an error (the old file, if any, is kept)"))
        #expect(try String(contentsOfFile: kept, encoding: .utf8) == "value\n2\n")
        // No temporary file is left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(names == ["dangling.csv", "fifo.csv", "kept.csv", "link.csv", "made.csv", "read-only.csv"])
    }

    /// Ctrl-C (SIGINT) during a run with -o: the old file stays, and stderr says so.
    @Test func anInterruptedRunKeepsTheOldOutputFile() throws {
        let path = NSTemporaryDirectory() + "sma-interrupted-\(getpid()).csv"
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["-o", path, "-e", "contribution 2021", "-e", "simulate 2030 with growth normal(4%, 1%) trials 10000000 seed 1"]
        let err = Pipe()
        p.standardError = err
        try p.run()
        usleep(400_000)
        kill(p.processIdentifier, SIGINT)
        p.waitUntilExit()
        #expect(p.terminationStatus == 130)
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(e.contains("sma: '\(path)' was not written: the run was interrupted (the old file, if any, is kept)"), "\(e)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
    }

    @Test func recordShowsTheSessionsOwnDefinitions() throws {
        let r = try CLI.run(["-e", "define agreement 13 years 2031..2035 base 1조 6000억 rule cpi lag 2 cap 5%", "-e", "record"])
        #expect(r.out.hasSuffix("\n# Defined in this session\ndefine agreement 13 years 2031..2035 base 1조 6000억 rule cpi lag 2 cap 5%\n"))
    }

    @Test func unicodeOperatorsAtALineEndContinueTheStatement() throws {
        let r = try CLI.run([], stdin: "contribution 2026 −\n 1억\ncontribution 2026 ×\n2\n10 ÷\n4\n")
        #expect(r.out == "1조 5,191억 원\n3조 384억 원\n2.5\n")
        #expect(r.status == 0)
    }
}

/// `--units en` reaches every figure the evaluator puts in a note or a cell: no Korean unit in
/// English output.
@Suite struct EnglishUnitsTests {
    @Test func noKoreanUnitInEnglishOutput() throws {
        let r = try CLI.run(["--units", "en", "-e", "set budget-growth 2024 = 9%", "-e", "verify", "-e", "project 2028 under agreement 12 with cpi 6%",
                             "-e", "explain contribution 2024", "-e", "compare growth 2%, growth 3% for 2027..2028",
                             "-e", "simulate 2030 with growth 3% trials 3 seed 1", "-e", "project 2030 with growth 3%"])
        #expect(r.status == 0)
        #expect(r.out.contains("MISMATCH by ₩64.7 billion"))
        #expect(r.out.contains("each year rounded half-up to ₩100 million"))
        for unit in ["억", "조", "만 ", "원"] { #expect(!r.out.contains(unit), "\(unit) in: \(r.out)") }
    }
}

@Suite struct CSVNotesTests {
    @Test func notesAsCommentLinesOnlyWhenAsked() throws {
        let plain = try CLI.run(["-f", "csv", "-e", "project 2027..2028 with growth 3%"])
        #expect(plain.out == "year,amount,change\n2027,1564800000000,3\n2028,1611700000000,3\n")
        let noted = try CLI.run(["-f", "csv", "--notes", "-e", "project 2027..2028 with growth 3%"])
        #expect(noted.out == plain.out + "# from 1조 5,192억 원 in 2026, +3.0% a year, each year rounded half-up to 1억 원\n")
    }
}

/// Results fit the terminal: `COLUMNS` (or the terminal's own width) scales chart bars and
/// wraps notes, help and explanations; a pipe without it keeps full width.
@Suite struct WidthTests {
    /// Display columns (Hangul and the like take two).
    static func columns(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { w, s in
            w + ((0x1100...0x115F).contains(s.value) || (0x2E80...0xA4CF).contains(s.value) || (0xAC00...0xD7A3).contains(s.value)
                 || (0xF900...0xFAFF).contains(s.value) || (0xFF00...0xFF60).contains(s.value) ? 2 : 1)
        }
    }

    @Test func chartsNotesAndHelpFitTheWidth() throws {
        for statement in ["chart contributions 2019..2026", "chart contributions 1991..2026",
                          "chart simulate 2027..2030 with growth normal(4%, 1%) trials 1000 seed 1", "help project", "help",
                          "explain contribution 2024", "agreement 12", "verify", "simulate 2030 with growth 3% trials 3 seed 1"] {
            let r = try CLI.run(["-e", statement], env: ["COLUMNS": "40"])
            #expect(r.status == 0)
            let widest = r.out.split(separator: "\n").map(Self.columns).max() ?? 0
            #expect(widest <= 40, "\(statement): \(widest) columns\n\(r.out)")
        }
        // A table too wide for 40 columns: one `column: value` block a row.
        let blocks = try CLI.run(["-e", "simulate 2030 with growth 3% trials 3 seed 1"], env: ["COLUMNS": "40"])
        #expect(blocks.out.hasPrefix("year    2030\nmean    1조 7,099억 원\np5      1조 7,099억 원\n"))
        let full = try CLI.run(["-e", "chart contributions 2019..2026"])
        #expect(full.out.split(separator: "\n").map(Self.columns).max() ?? 0 > 60)
    }
}
