import Foundation
import Testing

/// The hostile-input catalogue of what can go wrong around statements (the statements' own
/// errors are the files of Examples/errors): every case gets a clear message and a non-zero
/// exit, and no other statement's output is lost.
@Suite(.serialized) struct HostileInputTests {
    @Test func directoryAndMissingFile() throws {
        let dir = try CLI.run([NSTemporaryDirectory(), "-e", "1 + 1"])
        #expect(dir.status == 1)
        #expect(dir.err.contains("sma: cannot read '\(NSTemporaryDirectory())': is a directory"))
        #expect(dir.out == "2\n")
        let missing = try CLI.run(["/nonexistent/x.sma", "-e", "1 + 1"])
        #expect(missing.status == 1)
        #expect(missing.err.contains("cannot read '/nonexistent/x.sma': No such file or directory"))
        #expect(missing.out == "2\n")
    }

    @Test func standardInputThatCannotBeRead() throws {
        let dir = try CLI.run(["/bin/sh", "-c", "'\(CLI.binary)' -e 1 - < /"], executable: "/usr/bin/env")
        #expect(dir.status == 1)
        #expect(dir.err == "sma: cannot read standard input: Is a directory\n")
        #expect(dir.out == "1\n")
        let closed = try CLI.run(["/bin/sh", "-c", "'\(CLI.binary)' <&-"], executable: "/usr/bin/env")
        #expect(closed.status == 1)
        #expect(closed.err == "sma: cannot read standard input: Bad file descriptor\n")
    }

    @Test func binaryFileGivenAsAScript() throws {
        let bin = try CLI.run(["-e", "contribution 2021", CLI.binary, "-e", "1 + 1"])
        #expect(bin.status == 1)
        #expect(bin.err.contains("\(CLI.binary):1:"))
        #expect(bin.err.contains("error: this is not a text file (NUL byte)"))
        #expect(bin.err.components(separatedBy: "error:").count == 2) // one error, not one per line
        #expect(bin.out == "1조 1,833억 원\n2\n")
    }

    @Test func tenMegabyteLine() throws {
        let long = "contribution 2021\n" + "1 + " + String(repeating: "1", count: 10 << 20) + "\ncontribution 2020\n"
        let path = try CLI.temp("long.sma", long)
        let r = try CLI.run([path])
        #expect(r.status == 1)
        #expect(r.err.contains("\(path):2:1: error: statement too long"))
        #expect(r.err.utf8.count < 2000) // the line is not echoed whole
        #expect(r.out == "1조 1,833억 원\n1조 389억 원\n")
        let fromStdin = try CLI.run([], stdin: long)
        #expect(fromStdin.status == 1)
        #expect(fromStdin.out == r.out)
    }

    /// 64 MiB without a line break: refused as one statement, and never held whole.
    @Test func fileWithoutLineBreaksDoesNotFillTheMemory() throws {
        let path = try CLI.temp("one-line.sma", "")
        let f = try #require(fopen(path, "w"))
        let block = [UInt8](repeating: UInt8(ascii: "1"), count: 1 << 20)
        for _ in 0..<64 { fwrite(block, 1, block.count, f) }
        fclose(f)
        // Peak resident memory of sma alone, measured from a small parent (a child forked from
        // this test process would count the test's own memory as its peak).
        let measure = """
            import resource, subprocess, sys
            r = subprocess.run([sys.argv[1], sys.argv[2]], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
            """
        let m = try CLI.run(["python3", "-c", measure, CLI.binary, path], executable: "/usr/bin/env")
        let fields = m.out.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(fields.first == 1) // exit status 1: the statement was refused
        #expect(fields.count == 2 && fields[1] < 40 * 1024) // KiB: far below the file's 64 MiB
        let r = try CLI.run(["--bail", path])
        #expect(r.err.contains("error: statement too long (over 1048576 bytes)"))
    }

    @Test func unreadableFile() throws {
        let path = try CLI.temp("secret.sma", "contribution 2021\n")
        chmod(path, 0)
        defer { chmod(path, 0o644) }
        // root reads any file: run sma as nobody (util-linux setpriv) to see the refusal.
        let asRoot = getuid() == 0
        if asRoot && !FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") { return }
        let args = asRoot ? ["--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary, path, "-e", "1 + 1"] : [path, "-e", "1 + 1"]
        let r = try CLI.run(args, executable: asRoot ? "/usr/bin/setpriv" : nil)
        #expect(r.status == 1)
        #expect(r.err.contains("sma: cannot read '\(path)': Permission denied"))
        #expect(r.out == "2\n")
    }

    /// A script rewritten in place while it runs: the statements read before still run and print;
    /// the loss is reported, with the last line that ran; a line cut in half does not run.
    @Test func fileCutShortWhileRead() throws {
        // The first 64 KiB hold a slow statement; the test cuts the file while sma computes it.
        var script = "contribution 2021\nsimulate 2026..2030 with growth normal(4%, 1.5%) trials 300000 seed 1\n"
        while script.utf8.count < 180_000 { script += "contribution 2020\n" }
        let path = try CLI.temp("shrinking.sma", script)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = [path]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Wait until sma has read its first 64 KiB (the loader's reads are far smaller).
        var read = 0
        for _ in 0..<5000 where read < 65536 {
            let io = (try? String(contentsOfFile: "/proc/\(p.processIdentifier)/io", encoding: .utf8)) ?? ""
            read = io.split(separator: "\n").first { $0.hasPrefix("rchar:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
            usleep(1000)
        }
        truncate(path, 0)
        let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 1)
        #expect(e.contains("sma: '\(path)' was cut short while it was read (65536 bytes read, 0 left) after line "))
        #expect(!e.contains("error: no contribution")) // the half line at the cut did not run
        #expect(o.hasPrefix("1조 1,833억 원\n"))
        let ran = o.components(separatedBy: "1조 389억 원\n").count - 1
        #expect(ran > 3000)
        #expect(e.contains("after line \(ran + 2);"))
    }

    @Test func processSubstitutionIsAScriptToo() throws {
        // /dev/fd/N of a pipe cannot be rewound: the first bytes read are used, not read again.
        let r = try CLI.run(["/bin/bash", "-c", "'\(CLI.binary)' <(printf 'contribution 2021\\n')"], executable: "/usr/bin/env")
        #expect(r.out == "1조 1,833억 원\n")
        #expect(r.status == 0)
    }
}
