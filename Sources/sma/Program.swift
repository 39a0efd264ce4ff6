#if canImport(Glibc)
import Glibc
#endif
import SMALanguage
import SMAEngine
import SMARender
import SMAShell

/// One run of the sma program: the command line parsed, the options it gives, and what it
/// does with them (`run`): load the record, run every input through one runner, write the
/// output file, and say how it ended (the exit status).
struct Program {
    let arguments: Arguments
    let options: RunOptions
    let sink = StandardSink()
    /// `-o DIR/`: the charts of the handout, written with it.
    final class Pictures { var list: [(name: String, svg: String)] = [] }
    let handoutCharts = Pictures()
    /// `-o DIR/` with a data format: each result as its own document; errors go on to stderr.
    /// With `--notes`, a result's notes go to a file beside it (result-1.notes.txt), so that the
    /// data file is only data: no reader takes a note for a row or a header.
    final class ResultFiles: RunObserver {
        var renderer = Renderer(RenderSpec())
        var notes: Renderer? = nil
        var texts: [(data: String, notes: String)] = []
        func result(_ output: Output, span: Span, in source: SourceText) {
            var data = output
            data.notes = []
            let written = notes.map { r in output.notes.map { $0.text(r.formatter.format) + "\n" }.joined() } ?? ""
            texts.append((renderer.render(data), written))
        }
        func quiet(span: Span, in source: SourceText) {}
        func failure(_ diagnostic: LocatedDiagnostic, rendered: String) { FileIO.write(2, rendered) }
    }
    let resultFiles = ResultFiles()

    static let version = SMAVersion.current
    /// The run's runner, kept to the end of the process: `exit` follows the run, and tearing
    /// down its session (the record's tables, freed one by one) would only delay it, by about
    /// 100,000 instructions of `sma -e 'contribution 2021'`'s 1.6 million.
    nonisolated(unsafe) static var finished: Runner? = nil

    init(arguments: Arguments) {
        self.arguments = arguments
        let toTable = arguments.format == .table && arguments.outputPath == nil
        options = RunOptions(render: RenderSpec(format: arguments.format, units: arguments.units,
                                                color: Terminal.useColor(arguments.color, fd: 1) && toTable,
                                                ascii: arguments.ascii || (isatty(1) == 1 && !Terminal.localeIsUTF8()),
                                                width: Terminal.outputWidth(), notes: arguments.notes, chartSize: arguments.chartSize),
                             errorColor: Terminal.useColor(arguments.color, fd: 2), bail: arguments.bail, echo: arguments.echo)
    }

    static func fail(usage message: String) -> Never {
        FileIO.write(2, "sma: \(message)\nTry 'sma --help' for more.\n")
        exit(2)
    }

    /// Does what the command line asks; the exit status.
    func run() -> Int32 {
        if arguments.showHelp { return FileIO.write(1, Arguments.usage + "\n") ? 0 : 1 }
        if arguments.showVersion { return FileIO.write(1, "sma \(Program.version)\n") ? 0 : 1 }
        if let shell = arguments.completions {
            // Written whole and checked: a completion script cut short would break the shell's start-up.
            return FileIO.write(1, ShellCompletion.script(shell)) ? 0 : 1
        }
        if let clash = outputIsAnInput() { Program.fail(usage: clash) }
        if arguments.serve { return serve() }
        if arguments.outputPath != nil && !arguments.svg { sink.collected = "" }
        guard let session = loadSession() else { return 1 }
        let runner = Runner(session: session, options: options, sink: sink, cancellation: Interrupts.token)
        Program.finished = runner
        if arguments.svg { runner.charts = [] }
        if arguments.folder && options.render.format != .markdown {
            // One file a result: each result rendered on its own.
            runner.observer = resultFiles
            var spec = options.render
            spec.notes = false
            resultFiles.renderer = Renderer(spec)
            if options.render.notes { resultFiles.notes = Renderer(options.render) }
        } else if arguments.folder {
            // A handout's charts: drawn when the run has completed, beside handout.md.
            let render = options.render, pictures = handoutCharts
            runner.savesChart = { chart, statement in
                pictures.list.append((name: "chart-\(pictures.list.count + 1).svg", svg: SVG.document([(chart, statement)], Renderer(render))))
                return pictures.list.last?.name
            }
        }
        // A long simulation draws a progress line on a terminal (never on a pipe or file, nor with -q).
        if isatty(2) == 1 && !arguments.quiet {
            var line = ProgressLine()
            session.progress = { p in
                if let text = line.update(p, width: Terminal.errorWidth()) { FileIO.write(2, text) }
            }
        }
        // The interactive session installs its own handler and goes on after Ctrl-C.
        Interrupts.install()
        Interactive.pages = !arguments.noPager
        var status = runInputs(runner)
        sink.flush()
        let interrupted = runner.interrupted || Interrupts.token.isRequested
        if interrupted && !runner.interrupted { sink.error("sma: interrupted\n") }
        if !writeOutputFile(runner, interrupted: interrupted) { status = 1 }
        if interrupted { return 130 }
        if sink.failed { return 1 }
        return runner.failures > 0 ? 1 : status
    }

    /// Why `-o FILE` cannot be written: it is one of the run's inputs (the same file, by device
    /// and inode, whatever links or spellings lead to it), which the run would overwrite with
    /// its output. nil when it is not.
    func outputIsAnInput() -> String? {
        guard let out = arguments.outputPath else { return nil }
        var o = stat()
        guard stat(out, &o) == 0 else { return nil }
        var files: [(String, String)] = arguments.inputs.compactMap { if case .file(let p) = $0 { ("the script", p) } else { nil } }
        if let r = arguments.recordPath { files.append(("the record", r)) }
        for (what, path) in files {
            var s = stat()
            if stat(path, &s) == 0 && s.st_dev == o.st_dev && s.st_ino == o.st_ino {
                return "-o '\(out)' is \(what) '\(path)': the run would write over its own input (choose another file)"
            }
        }
        // Standard input read as a script (`sma -o s.txt < s.txt`).
        var s = stat()
        if inputs.contains(where: Program.isStandardInput) && fstat(0, &s) == 0 && (s.st_mode & S_IFMT) == S_IFREG && s.st_dev == o.st_dev && s.st_ino == o.st_ino {
            return "-o '\(out)' is the file on standard input: the run would write over its own input (choose another file)"
        }
        return nil
    }

    /// The session over the built-in record, or over the record the user names (nil, with the
    /// error reported, when it cannot be read or does not load).
    func loadSession() -> Session? {
        guard let path = arguments.recordPath else { return Session() }
        let bytes: [UInt8]
        switch FileIO.readFile(path) {
        case .success(let b): bytes = b
        case .failure(let e):
            FileIO.write(2, "sma: cannot read record '\(path)': \(e.message)\n")
            return nil
        }
        do {
            return try Session(recordSource: SourceText(name: path, bytes: bytes))
        } catch {
            FileIO.write(2, DiagnosticRenderer.render(error, color: options.errorColor))
            FileIO.write(2, "sma: the record in '\(path)' was not loaded\n")
            return nil
        }
    }

    /// `--serve`: requests from standard input, answers on standard output, each line written
    /// whole as it is ready. Ctrl-C (SIGINT, which a notebook's interrupt sends) stops the
    /// running statement; the session goes on to the next request.
    func serve() -> Int32 {
        if !arguments.inputs.isEmpty || arguments.outputPath != nil || arguments.interactive {
            Program.fail(usage: "--serve takes its statements as requests on standard input (no FILE, -e, -i or -o)")
        }
        guard let session = loadSession() else { return 1 }
        Interrupts.install()
        var failed = false
        let serve = ServeSession(session: session, options: options, cancellation: Interrupts.token) { line in
            if !failed && !FileIO.write(1, line + "\n") { failed = true }
        }
        FileIO.write(1, serve.greeting + "\n")
        let outcome = FileIO.readLines(0, maxLine: ServeSession.maxRequestBytes) { line in
            serve.handle(line)
            return !failed
        }
        if let e = outcome.error { FileIO.write(2, "sma: cannot read standard input: \(FileIO.errnoMessage(e))\n"); return 1 }
        return failed ? 1 : 0
    }

    /// Runs the scripts, statements and standard input in the order given; 1 when an input
    /// could not be read.
    /// The inputs in the order they run: as given, then standard input for `-i` (the session,
    /// with what they defined), or standard input alone when none is given.
    var inputs: [Arguments.Input] {
        var inputs = arguments.inputs
        if arguments.interactive && !inputs.contains(where: Program.isStandardInput) { inputs.append(.stdin) }
        return inputs.isEmpty ? [.stdin] : inputs
    }

    static func isStandardInput(_ input: Arguments.Input) -> Bool {
        if case .stdin = input { true } else { false }
    }

    func runInputs(_ runner: Runner) -> Int32 {
        let inputs = self.inputs
        // A session will follow: what the scripts and statements before it ran is kept for its
        // `save`, so that the saved script reruns the session as it stands.
        if isatty(0) == 1 && inputs.contains(where: Program.isStandardInput) { runner.succeeded = [] }
        var status: Int32 = 0
        // The init file first (`--init FILE`, a session's init.sma): an error in it is reported
        // with its file and line, and the rest still runs.
        if let initFile = Startup.initFile(arguments) {
            if !Scripts.runScript(initFile, runner: runner) { status = 1 }
            runner.sink.flush()
        }
        for input in inputs where !runner.stopped {
            switch input {
            case .statement(let s):
                runner.run(name: "-e", bytes: Array(s.utf8))
            case .file(let path):
                if !Scripts.runScript(path, runner: runner) {
                    status = 1
                    if arguments.bail { return status }
                }
            case .stdin where isatty(0) == 1:
                Interactive.run(runner: runner)
            case .stdin:
                if !Scripts.runStream(0, runner: runner, name: "<stdin>", described: "standard input") { status = 1 }
            }
        }
        return status
    }

    /// `-o FILE`: the results (or the charts, for `.svg`) written atomically, only by a run
    /// that completed; false when it should have been written and was not.
    func writeOutputFile(_ runner: Runner, interrupted: Bool) -> Bool {
        guard let path = arguments.outputPath else { return true }
        let text: String
        if arguments.svg {
            guard let charts = runner.charts else { return true }
            if charts.isEmpty && !interrupted && !(arguments.bail && runner.stopped) {
                sink.error("sma: '\(path)' was not written: no statement drew a chart (for example `chart contributions 1991..2026`)\n")
                return false
            }
            text = SVG.document(charts, Renderer(options.render))
        } else {
            guard let collected = sink.collected else { return true }
            text = collected
        }
        // An interrupted run, or one stopped by --bail, keeps the old file.
        if interrupted || (arguments.bail && runner.stopped) {
            sink.error("sma: '\(path)' was not written: the run \(interrupted ? "was interrupted" : "stopped at an error") (the old file, if any, is kept)\n")
            return true
        }
        if arguments.folder && options.render.format != .markdown {
            return writeResults(path)
        }
        if arguments.folder {
            return writeHandout(path, text)
        }
        // One CSV or JSON document a file: several results would not read back as one.
        if [.csv, .json].contains(options.render.format) && runner.shown > 1 {
            let ext = options.render.format.rawValue
            sink.error("sma: '\(path)' was not written: the run gave \(runner.shown) results, and a .\(ext) file holds one; write them to a folder, one file a result (`-o results/`), or use --format jsonl\n")
            return false
        }
        if arguments.png {
            if let e = Picture.writePNG(svg: text, to: path) {
                sink.error("sma: cannot write '\(path)': \(e)\n")
                return false
            }
            return true
        }
        if let e = FileIO.writeAtomically(path, text) {
            sink.error("sma: cannot write '\(path)': \(e.message)\n")
            return false
        }
        return true
    }

    /// `-o DIR/`: the folder without its trailing slash, made if it is missing (its parent must
    /// exist); nil, with the error reported, when it cannot be made.
    func madeFolder(_ folder: String) -> String? {
        var dir = folder
        while dir.count > 1 && dir.hasSuffix("/") { dir.removeLast() }
        if mkdir(dir, 0o755) != 0 && errno != EEXIST {
            sink.error("sma: cannot make the folder '\(folder)': \(FileIO.errnoMessage(errno))\n")
            return nil
        }
        return dir
    }

    /// `-o DIR/` with a data format: DIR/result-1.EXT, … one document a result.
    func writeResults(_ folder: String) -> Bool {
        guard let dir = madeFolder(folder) else { return false }
        // A run's files replace the last run's: its result files that this run would not
        // write again are removed (only sma's own names: result-N.EXT, result-N.notes.txt).
        if let d = opendir(dir) {
            var stale: [String] = []
            while let e = readdir(d) {
                let name = withUnsafePointer(to: e.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
                guard name.hasPrefix("result-") else { continue }
                let rest = name.dropFirst("result-".count)
                let digits = rest.prefix { $0.isASCII && $0.isNumber }
                let tail = rest.dropFirst(digits.count)
                if !digits.isEmpty, [".csv", ".json", ".jsonl", ".notes.txt"].contains(String(tail)) { stale.append(name) }
            }
            closedir(d)
            for name in stale { unlink(dir + "/" + name) }
        }
        for (i, text) in resultFiles.texts.enumerated() {
            let name = "\(dir)/result-\(i + 1).\(options.render.format.rawValue)"
            if let e = FileIO.writeAtomically(name, text.data) {
                sink.error("sma: cannot write '\(name)': \(e.message)\n")
                return false
            }
            if !text.notes.isEmpty, let e = FileIO.writeAtomically("\(dir)/result-\(i + 1).notes.txt", text.notes) {
                sink.error("sma: cannot write the notes of '\(name)': \(e.message)\n")
                return false
            }
        }
        return true
    }

    /// `-o DIR/`: DIR/handout.md and its charts (chart-1.svg, …), each written atomically; the
    /// folder is made if it is missing (its parent must exist).
    func writeHandout(_ folder: String, _ text: String) -> Bool {
        guard let dir = madeFolder(folder) else { return false }
        for (name, svg) in handoutCharts.list {
            if let e = FileIO.writeAtomically(dir + "/" + name, svg) {
                sink.error("sma: cannot write '\(dir)/\(name)': \(e.message)\n")
                return false
            }
        }
        if let e = FileIO.writeAtomically(dir + "/handout.md", text) {
            sink.error("sma: cannot write '\(dir)/handout.md': \(e.message)\n")
            return false
        }
        return true
    }
}
