#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SMACore

/// A terminal on standard input: a plain line-by-line session with a prompt. (The libedit
/// editor with history and completion replaces this reader; statements run the same way.)
enum Interactive {
    static func run(runner: Runner) {
        var feeder = LineFeeder(name: "<stdin>")
        FileIO.write(1, "sma \(version) — type `help` for the language, Ctrl-D to quit.\n")
        while true {
            FileIO.write(1, feeder.isContinuing ? "  ...> " : "sma> ")
            guard let line = readLine(strippingNewline: false) else {
                FileIO.write(1, "\n")
                break
            }
            let trimmed = line.trimmingSpaces
            if !feeder.isContinuing && (trimmed == "quit" || trimmed == "exit") { break }
            runner.feed(&feeder, Array(line.utf8)[...])
        }
        runner.finish(&feeder)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
