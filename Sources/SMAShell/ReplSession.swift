import SMALanguage
import SMAEngine
import SMARender

/// What the session's commands need from the machine: files and the message line. The program
/// gives its own (`Sources/sma`); the library does no I/O.
public protocol ReplFiles: AnyObject {
    /// The history's entries, oldest first (empty when there is none).
    func historyEntries() -> [String]
    /// Writes `text` to `path` safely; nil, or why it could not.
    func write(_ text: String, to path: String) -> String?
    /// Runs a script into the session (a regular file only); false when it could not be read.
    func load(_ path: String, into runner: Runner) -> Bool
    /// A line for the person at the terminal (standard error).
    func say(_ line: String)
    /// Ready for the next statement after Ctrl-C (the program's cancellation token cleared).
    func clearInterrupt()
}

/// The interactive session's commands (`ReplCommand`) performed: history, save, load, reset,
/// the tour's next and back. `saved` is what `save` writes: the statements that ran, in order.
public final class ReplSession {
    public let runner: Runner
    public let files: ReplFiles
    public var saved: [String]

    public init(runner: Runner, files: ReplFiles, saved: [String] = []) {
        self.runner = runner
        self.files = files
        self.saved = saved
    }

    /// Performs a command; false means leave the session.
    public func perform(_ command: ReplCommand) -> Bool {
        switch command {
        case .quit:
            return false
        case .history:
            var out = ""
            for (i, e) in files.historyEntries().enumerated() {
                let n = String(i + 1)
                out += String(repeating: " ", count: max(0, 5 - n.count)) + n + "  " + ReplSession.indented(e) + "\n"
            }
            runner.sink.result(out)
        case .save(let path) where path.lowercased().hasSuffix(".svg"):
            // `save chart.svg`: the last chart as a picture.
            guard let last = runner.lastChart else {
                files.say("sma: no chart to save yet: draw one first (for example `chart contributions 1991..2026`)")
                return true
            }
            if let e = files.write(SVG.document([last], Renderer(runner.options.render)), to: path) {
                files.say("sma: cannot save to '\(path)': \(e)")
            } else {
                files.say("saved the chart of `\(last.statement)` to \(path)")
            }
        case .save(let path):
            if let e = files.write(ReplCommand.script(of: saved), to: path) {
                files.say("sma: cannot save to '\(path)': \(e)")
            } else {
                files.say("saved \(saved.count) statement\(saved.count == 1 ? "" : "s") to \(path)")
            }
        case .load(let path):
            // What it ran is kept for `save`.
            files.clearInterrupt()
            runner.succeeded = []
            _ = files.load(path, into: runner)
            saved += runner.succeeded ?? []
            runner.succeeded = nil
            files.clearInterrupt()
            runner.resume()
        case .tour(let statement):
            files.clearInterrupt()
            runner.run(name: "<stdin>", bytes: Array(statement.utf8))
            runner.resume()
        case .reset:
            runner.session.reset()
            saved = []
            files.say("the session is reset: variables cleared, the record reloaded")
        }
        return true
    }

    /// A history entry over several lines, its later lines under the first's text.
    static func indented(_ entry: String) -> String {
        var out = ""
        for c in entry { if c == "\n" { out += "\n       " } else { out.append(c) } }
        return out
    }
}
