#if canImport(Glibc)
import Glibc
#endif
import SMALanguage
import SMAShell

/// Reading statements from files and standard input into the runner, line by line.
enum Scripts {
    /// Runs the statements of a script or of standard input as they are read; reports a part
    /// that could not be read. False when something was not read.
    static func runStream(_ fd: Int32, runner: Runner, name: String, described: String, first: ArraySlice<UInt8> = []) -> Bool {
        var feeder = LineFeeder(name: name)
        let cancellation = runner.cancellation
        let outcome = FileIO.readLines(fd, first: first, maxLine: Runner.maxStatementBytes, beforeRead: runner.sink.flush,
                                       stop: { cancellation.isRequested }) { line in
            runner.feed(&feeder, line)
            return !runner.stopped
        }
        if !runner.stopped && !outcome.stopped { runner.finish(&feeder) }
        if let message = FileIO.lostPartMessage(described, outcome, linesRun: feeder.lines) {
            runner.sink.error(message)
            return false
        }
        return true
    }

    /// Runs a script file statement by statement (a million-line script is never held whole).
    /// The first 64 KiB are looked at first, to refuse a binary file. With `limit`, only a
    /// regular file of at most that many bytes is read (the session's `load`); without, a pipe
    /// works too (`sma <(cmd)`). False when the file could not be read.
    static func runScript(_ path: String, runner: Runner, limit: Int? = nil) -> Bool {
        let fd: Int32
        switch FileIO.openForReading(path, regularOnly: limit != nil) {
        case .success(let f): fd = f
        case .failure(let e):
            runner.sink.error("sma: cannot read '\(path)': \(e.message)\n")
            return false
        }
        defer { close(fd) }
        if let limit, let why = FileIO.refusal(fd, limit: limit) {
            runner.sink.error("sma: cannot read '\(path)': \(why)\n")
            return false
        }
        var head = [UInt8](repeating: 0, count: 1 << 16)
        var n: Int
        repeat {
            n = head.withUnsafeMutableBytes { read(fd, $0.baseAddress, 1 << 16) }
        } while n < 0 && errno == EINTR && !runner.cancellation.isRequested
        if n < 0 {
            runner.sink.error("sma: cannot read '\(path)': \(FileIO.errnoMessage(errno))\n")
            return false
        }
        if runner.rejectsBinary(name: path, head: head[0..<n]) { return true }
        return runStream(fd, runner: runner, name: path, described: "'\(path)'", first: head[0..<n])
    }
}
