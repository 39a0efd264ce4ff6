// The sma program: reads arguments, files and standard input, and hands every statement to the
// core's Runner. All language behaviour lives in SMACore.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SMALanguage
import SMAEngine
import SMARender
import SMAShell

let version = SMAVersion.current

/// Results go to standard output through a buffer, as C's stdio does: a terminal gets each
/// result at once; a pipe or file gets them in blocks, written when the buffer fills, before any
/// error (so `2>&1` keeps the order), before sma waits for more input, and at exit.
final class StandardSink: OutputSink {
    /// With --output, results are gathered and written to the file at the end.
    var collected: String? = nil
    private var pending: [UInt8] = []
    private let immediate = isatty(1) == 1

    /// Set once a write to standard output or standard error failed: reported once, exit 1.
    private(set) var failed = false

    func result(_ text: String) {
        if collected != nil { collected! += text; return }
        pending.append(contentsOf: text.utf8)
        if immediate || pending.count >= 1 << 16 { flush() }
    }

    func result(writing write: (inout [UInt8]) -> Void) {
        if collected != nil {
            var bytes: [UInt8] = []
            write(&bytes)
            result(String(decoding: bytes, as: UTF8.self))
            return
        }
        write(&pending)
        if immediate || pending.count >= 1 << 16 { flush() }
    }

    func error(_ text: String) {
        flush()
        if !FileIO.write(2, text) { failed = true }
    }

    func flush() {
        if pending.isEmpty { return }
        defer { pending.removeAll(keepingCapacity: true) }
        if failed { return }
        let closed = StandardSink.stdoutClosed
        if !closed && FileIO.write(1, pending) { return }
        // A closed pipe (SIGPIPE ignored by whoever started sma): stop quietly, as SIGPIPE would.
        if !closed && errno == EPIPE { exit(141) }
        failed = true
        let reason = StandardSink.stdoutClosed ? "it is closed" : FileIO.errnoMessage(errno)
        FileIO.write(2, "sma: cannot write the results to standard output: \(reason)\n")
    }

    /// Standard output was closed when sma started (`sma >&-`): /dev/null holds its place, so
    /// that no file sma opens lands on descriptor 1, and a result written there is reported.
    static let stdoutClosed: Bool = {
        guard fcntl(1, F_GETFD) == -1 else { return false }
        let fd = open("/dev/null", O_WRONLY)
        if fd >= 0 && fd != 1 { dup2(fd, 1); close(fd) }
        return true
    }()

}

func fail(usage message: String) -> Never {
    FileIO.write(2, "sma: \(message)\nTry 'sma --help' for more.\n")
    exit(2)
}

// Before any file is opened: a closed standard output must not be taken by one.
_ = StandardSink.stdoutClosed

let arguments: Arguments
do {
    arguments = try Arguments.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    fail(usage: error.message)
}

if arguments.showHelp {
    FileIO.write(1, Arguments.usage + "\n")
    exit(0)
}
if arguments.showVersion {
    FileIO.write(1, "sma \(version)\n")
    exit(0)
}
if let shell = arguments.completions {
    // Written whole and checked: a completion script cut short would break the shell's start-up.
    exit(FileIO.write(1, ShellCompletion.script(shell)) ? 0 : 1)
}

func useColor(fd: Int32) -> Bool {
    switch arguments.color {
    case .always: return true
    case .never: return false
    case .auto:
        if let nc = getenv("NO_COLOR"), nc.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return isatty(fd) == 1
    }
}

/// A terminal whose locale is not UTF-8 gets ASCII charts.
func localeIsUTF8() -> Bool {
    for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
        if let v = getenv(name), v.pointee != 0 {
            let s = String(cString: v).lowercased()
            return s.contains("utf-8") || s.contains("utf8")
        }
    }
    return false
}

/// The width results should fit: the terminal's, else `COLUMNS` when set; a file or pipe
/// without `COLUMNS` keeps full width.
func outputWidth() -> Int? {
    var size = winsize()
    if isatty(1) == 1 && ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 { return Int(size.ws_col) }
    if let c = getenv("COLUMNS"), let n = Int(String(cString: c)), n > 0 { return n }
    return nil
}

let options = RunOptions(render: RenderSpec(format: arguments.format, units: arguments.units,
                                            color: useColor(fd: 1) && arguments.format == .table && arguments.outputPath == nil,
                                            ascii: arguments.ascii || (isatty(1) == 1 && !localeIsUTF8()),
                                            width: outputWidth(), notes: arguments.notes),
                         errorColor: useColor(fd: 2), bail: arguments.bail)
let sink = StandardSink()
if arguments.outputPath != nil && !arguments.svg { sink.collected = "" }

// The record: built in, or a file the user names.
let session: Session
if let path = arguments.recordPath {
    let bytes: [UInt8]
    switch FileIO.readFile(path) {
    case .success(let b): bytes = b
    case .failure(let e): FileIO.write(2, "sma: cannot read record '\(path)': \(e.message)\n"); exit(1)
    }
    do {
        session = try Session(recordSource: SourceText(name: path, bytes: bytes))
    } catch {
        FileIO.write(2, DiagnosticRenderer.render(error, color: options.errorColor))
        FileIO.write(2, "sma: the record in '\(path)' was not loaded\n")
        exit(1)
    }
} else {
    session = Session()
}

let runner = Runner(session: session, options: options, sink: sink)
if arguments.svg { runner.charts = [] }

// A long simulation draws a progress line on a terminal (never on a pipe or file, nor with -q).
if isatty(2) == 1 && !arguments.quiet {
    var line = ProgressLine()
    session.progress = { p in
        var size = winsize()
        let width: Int? = ioctl(2, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
        if let text = line.update(p, width: width) { FileIO.write(2, text) }
    }
}

// SIGINT while a script runs: stop the running statement, report it, exit 130.
// (The interactive session installs its own handler and goes on.)
var interruptAction = sigaction()
interruptAction.__sigaction_handler.sa_handler = { _ in Cancellation.request() }
sigemptyset(&interruptAction.sa_mask)
// No SA_RESTART: a read waiting for input returns at Ctrl-C, and the run stops at once.
interruptAction.sa_flags = 0
sigaction(SIGINT, &interruptAction, nil)
// A parent may have blocked SIGINT (some process launchers do); Ctrl-C must reach us.
var interruptSet = sigset_t()
sigemptyset(&interruptSet)
sigaddset(&interruptSet, SIGINT)
sigprocmask(SIG_UNBLOCK, &interruptSet, nil)
var inputs = arguments.inputs
// -i: the session (standard input) after the scripts and statements, with what they defined.
if arguments.interactive && !inputs.contains(where: { if case .stdin = $0 { true } else { false } }) { inputs.append(.stdin) }
if inputs.isEmpty { inputs = [.stdin] }
var exitCode: Int32 = 0

/// Runs the statements of a script or of standard input as they are read; reports a part that
/// could not be read. False when something was not read.
func runStream(_ fd: Int32, runner: Runner, name: String, described: String, first: ArraySlice<UInt8> = []) -> Bool {
    var feeder = LineFeeder(name: name)
    let outcome = FileIO.readLines(fd, first: first, maxLine: Runner.maxStatementBytes, beforeRead: runner.sink.flush,
                                   stop: { Cancellation.isRequested }) { line in
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

/// Runs a script file statement by statement (a million-line script is never held whole). The
/// first 64 KiB are looked at first, to refuse a binary file. With `limit`, only a regular file
/// of at most that many bytes is read (the session's `load`); without, a pipe works too
/// (`sma <(cmd)`). False when the file could not be read.
func runScript(_ path: String, runner: Runner, limit: Int? = nil) -> Bool {
    let fd: Int32
    switch FileIO.openForReading(path) {
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
    repeat { n = head.withUnsafeMutableBytes { read(fd, $0.baseAddress, 1 << 16) } } while n < 0 && errno == EINTR && !Cancellation.isRequested
    if n < 0 {
        runner.sink.error("sma: cannot read '\(path)': \(FileIO.errnoMessage(errno))\n")
        return false
    }
    if runner.rejectsBinary(name: path, head: head[0..<n]) { return true }
    return runStream(fd, runner: runner, name: path, described: "'\(path)'", first: head[0..<n])
}

inputLoop: for input in inputs {
    if runner.stopped { break }
    switch input {
    case .statement(let s):
        runner.run(name: "-e", bytes: Array(s.utf8))
    case .file(let path):
        if !runScript(path, runner: runner) {
            exitCode = 1
            if arguments.bail { break inputLoop }
        }
    case .stdin:
        if isatty(0) == 1 {
            Interactive.run(runner: runner)
        } else {
            if !runStream(0, runner: runner, name: "<stdin>", described: "standard input") { exitCode = 1 }
        }
    }
}

sink.flush()
let interrupted = runner.interrupted || Cancellation.isRequested
if interrupted && !runner.interrupted { sink.error("sma: interrupted\n") }
if let path = arguments.outputPath, let text = sink.collected {
    // Only a run that completed replaces the file: an interrupted run, or one stopped by
    // --bail, keeps the old one.
    if interrupted || (arguments.bail && runner.stopped) {
        sink.error("sma: '\(path)' was not written: the run \(interrupted ? "was interrupted" : "stopped at an error") (the old file, if any, is kept)\n")
    } else if let e = FileIO.writeAtomically(path, text) {
        sink.error("sma: cannot write '\(path)': \(e.message)\n")
        exitCode = 1
    }
}

if let path = arguments.outputPath, arguments.svg, let charts = runner.charts {
    if interrupted || (arguments.bail && runner.stopped) {
        sink.error("sma: '\(path)' was not written: the run \(interrupted ? "was interrupted" : "stopped at an error") (the old file, if any, is kept)\n")
    } else if charts.isEmpty {
        sink.error("sma: '\(path)' was not written: no statement drew a chart (for example `chart contributions 1991..2026`)\n")
        exitCode = 1
    } else if let e = FileIO.writeAtomically(path, SVG.document(charts, Renderer(options.render))) {
        sink.error("sma: cannot write '\(path)': \(e.message)\n")
        exitCode = 1
    }
}

if interrupted { exit(130) }
if sink.failed { exit(1) }
exit(runner.failures > 0 ? 1 : exitCode)
