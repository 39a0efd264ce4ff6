#if canImport(Glibc)
import Glibc
#endif
import LineEditor
import SMALanguage
import SMAEngine
import SMARender
import SMAShell

/// A terminal on standard input: the libedit session. Statements run through the same Runner
/// as scripts; the session adds prompts, history, completion and a few commands.
enum Interactive {
    /// Whether the session pages tall results (`--no-pager`, `pager = off` turn it off).
    nonisolated(unsafe) static var pages = true

    static func run(runner: Runner) {
        guard isatty(2) == 1, let editor = LineEditor(program: "sma", historySize: max(1, HistoryFile.defaultSize())) else {
            plain(runner: runner)
            return
        }
        LineEditor.onInterrupt = { Interrupts.token.request() }
        var history = HistoryFile.defaultPath().map { HistoryFile(path: $0, maxEntries: HistoryFile.defaultSize()) }
        for e in history?.load() ?? [] { editor.addHistory(e) }
        editor.setCompleter { line, cursor in
            let c = Completer.complete(line, cursor: cursor, context: runner.session.completionContext(sessionCommands: ReplCommand.words))
            return (c.replaceFrom, c.candidates)
        }
        FileIO.write(2, "sma \(Program.version) — `help` for the language, `quit` or Ctrl-D to leave.\n")
        if pages, isatty(1) == 1, let sink = runner.sink as? StandardSink { sink.pages = true }
        var feeder = LineFeeder(name: "<stdin>")
        var entry: [String] = []
        // What ran before the session (`-i FILE`, `-e`) reruns first in a saved script.
        let session = ReplSession(runner: runner, files: ProgramFiles(), saved: runner.succeeded ?? [])
        runner.succeeded = nil
        while true {
            let prompt = feeder.isContinuing ? "  ...> " : "sma> "
            runner.sink.flush()
            switch editor.readLine(prompt: prompt) {
            case .end:
                FileIO.write(2, "\n")
                runner.finish(&feeder)
                return
            case .interrupted:
                FileIO.write(2, "\n")
                feeder.discardPending()
                entry = []
                Interrupts.token.clear()
                runner.resume()
            case .line(let line):
                if !feeder.isContinuing, let command = ReplCommand.parse(line) {
                    editor.addHistory(line)
                    history?.append(line)
                    if !session.perform(command) { return }
                    continue
                }
                if !feeder.isContinuing, let usage = ReplCommand.usage(line), line.trimmingWhitespace.split(separator: " ").count == 1 {
                    FileIO.write(2, usage + "\n")
                    continue
                }
                entry.append(line)
                Interrupts.token.clear()
                runner.succeeded = []
                runner.feed(&feeder, Array((line + "\n").utf8)[...])
                if !feeder.isContinuing {
                    let whole = entry.joined(separator: "\n")
                    entry = []
                    session.saved += runner.succeeded ?? []
                    runner.succeeded = nil
                    if whole.trimmingWhitespace.isEmpty { continue }
                    editor.addHistory(whole)
                    history?.append(whole)
                    Interrupts.token.clear()
                    runner.resume()
                }
            }
        }
    }

    /// A terminal without a usable editor: read lines, prompt on standard error.
    /// Ctrl-C here (a terminal, its line discipline) drops the line being typed; while a
    /// statement runs it stops the statement. Either way the session goes on.
    static func plain(runner: Runner) {
        // Reads restart after Ctrl-C (the terminal has already dropped the typed line).
        Interrupts.install(restartingReads: true)
        var feeder = LineFeeder(name: "<stdin>")
        while true {
            runner.sink.flush()
            FileIO.write(2, feeder.isContinuing ? "  ...> " : "sma> ")
            guard let line = readLine(strippingNewline: false) else {
                FileIO.write(2, "\n")
                break
            }
            // A Ctrl-C while waiting had no statement to stop.
            Interrupts.token.clear()
            runner.resume()
            if !feeder.isContinuing, let c = ReplCommand.parse(line), c == .quit { break }
            runner.feed(&feeder, Array(line.utf8)[...])
        }
        runner.finish(&feeder)
    }
}

/// The session's files and messages, as the program has them (`ReplFiles`).
final class ProgramFiles: ReplFiles {
    func historyEntries() -> [String] {
        guard let path = HistoryFile.defaultPath(), case .success(let (bytes, _)) = FileIO.readTail(path, limit: HistoryFile.maxReadBytes) else {
            return []
        }
        return HistoryFormat.decode(bytes).entries
    }

    func write(_ text: String, to path: String) -> String? { FileIO.writeAtomically(path, text)?.message }

    /// Read as a stream, so Ctrl-C stops it; only a regular file of at most 64 MiB.
    func load(_ path: String, into runner: Runner) -> Bool { Scripts.runScript(path, runner: runner, limit: FileIO.maxFileBytes) }

    func say(_ line: String) { FileIO.write(2, line + "\n") }

    func clearInterrupt() { Interrupts.token.clear() }
}
