// The sma program: reads arguments, files and standard input, and hands every statement to the
// core's Runner. All language behaviour lives in SMACore.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SMACore

let version = "0.1.0"

/// Results go to standard output through a buffer, as C's stdio does: a terminal gets each
/// result at once; a pipe or file gets them in blocks, written when the buffer fills, before any
/// error (so `2>&1` keeps the order), before sma waits for more input, and at exit.
final class StandardSink: OutputSink {
    /// With --output, results are gathered and written to the file at the end.
    var collected: String? = nil
    private var pending: [UInt8] = []
    private let immediate = isatty(1) == 1

    func result(_ text: String) {
        if collected != nil { collected! += text; return }
        pending.append(contentsOf: text.utf8)
        if immediate || pending.count >= 1 << 16 { flush() }
    }

    func error(_ text: String) {
        flush()
        FileIO.write(2, text)
    }

    func flush() {
        if pending.isEmpty { return }
        FileIO.write(1, pending)
        pending.removeAll(keepingCapacity: true)
    }
}

func fail(usage message: String) -> Never {
    FileIO.write(2, "sma: \(message)\nTry 'sma --help' for more.\n")
    exit(2)
}

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

let options = RunOptions(format: arguments.format, units: arguments.units,
                         color: useColor(fd: 1) && arguments.format == .table && arguments.outputPath == nil,
                         errorColor: useColor(fd: 2), bail: arguments.bail,
                         ascii: arguments.ascii || (isatty(1) == 1 && !localeIsUTF8()))
let sink = StandardSink()
if arguments.outputPath != nil { sink.collected = "" }

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

// SIGINT while a script runs: stop the running statement, report it, exit 130.
// (The interactive session installs its own handler and goes on.)
var interruptAction = sigaction()
interruptAction.__sigaction_handler.sa_handler = { _ in Cancellation.request() }
sigemptyset(&interruptAction.sa_mask)
interruptAction.sa_flags = SA_RESTART
sigaction(SIGINT, &interruptAction, nil)
// A parent may have blocked SIGINT (some process launchers do); Ctrl-C must reach us.
var interruptSet = sigset_t()
sigemptyset(&interruptSet)
sigaddset(&interruptSet, SIGINT)
sigprocmask(SIG_UNBLOCK, &interruptSet, nil)
var inputs = arguments.inputs
if inputs.isEmpty { inputs = [.stdin] }
var exitCode: Int32 = 0

/// Runs the statements of a script or of standard input as they are read; reports a part that
/// could not be read.
@MainActor func runStream(_ fd: Int32, name: String, described: String, first: ArraySlice<UInt8> = []) {
    var feeder = LineFeeder(name: name)
    let outcome = FileIO.readLines(fd, first: first, maxLine: Runner.maxStatementBytes, beforeRead: sink.flush) { line in
        runner.feed(&feeder, line)
        return !runner.stopped
    }
    runner.finish(&feeder)
    if let message = FileIO.lostPartMessage(described, outcome, linesRun: feeder.lines) {
        sink.error(message)
        exitCode = 1
    }
}

inputLoop: for input in inputs {
    if runner.stopped { break }
    switch input {
    case .statement(let s):
        runner.run(name: "-e", bytes: Array(s.utf8))
    case .file(let path):
        // Scripts are read as a stream, statement by statement: a million-line script is never
        // held whole. The first 64 KiB are looked at first to refuse binary files.
        switch FileIO.openForReading(path) {
        case .success(let fd):
            defer { close(fd) }
            var head = [UInt8](repeating: 0, count: 1 << 16)
            var n: Int
            repeat { n = head.withUnsafeMutableBytes { read(fd, $0.baseAddress, 1 << 16) } } while n < 0 && errno == EINTR
            if n < 0 {
                sink.error("sma: cannot read '\(path)': \(FileIO.errnoMessage(errno))\n")
                exitCode = 1
                continue
            }
            if runner.rejectsBinary(name: path, head: head[0..<n]) { continue }
            runStream(fd, name: path, described: "'\(path)'", first: head[0..<n])
        case .failure(let e):
            sink.error("sma: cannot read '\(path)': \(e.message)\n")
            exitCode = 1
            if arguments.bail { break inputLoop }
        }
    case .stdin:
        if isatty(0) == 1 {
            Interactive.run(runner: runner)
        } else {
            runStream(0, name: "<stdin>", described: "standard input")
        }
    }
}

sink.flush()
if let path = arguments.outputPath, let text = sink.collected {
    if let e = FileIO.writeAtomically(path, text) {
        FileIO.write(2, "sma: cannot write '\(path)': \(e.message)\n")
        exit(1)
    }
}

if runner.interrupted { exit(130) }
exit(runner.failures > 0 ? 1 : exitCode)
