import Foundation
import Testing

/// A real terminal: sma runs inside tmux, keys are sent with send-keys and the screen is read
/// with capture-pane. `make deps` (and .ci/run) install tmux and libedit-dev.
final class Terminal {
    let name: String
    static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// `PAGER=cat` unless a test asks for the pager: a tall result is then printed whole.
    init(_ command: String? = nil, history: String, env: [String: String] = [:], prompt: String? = "sma>", size: (Int, Int) = (100, 40)) throws {
        name = "sma-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var args = ["new-session", "-d", "-s", name, "-x", "\(size.0)", "-y", "\(size.1)",
                    "-e", "SMA_HISTORY=\(history)", "-e", "LANG=C.UTF-8", "-e", "HOME=\(NSTemporaryDirectory())"]
        if env["PAGER"] == nil { args += ["-e", "PAGER=cat"] }
        for (k, v) in env { args += ["-e", "\(k)=\(v)"] }
        args.append(command ?? CLI.binary)
        // The first new-session starts the tmux server, which would hold a captured pipe open
        // forever: start it with its output to /dev/null.
        // The tests share one tmux server; when a test kills the last session the server exits,
        // and a session started in that moment can fail: try again until it exists.
        for _ in 0..<50 {
            try Terminal.run(args, capture: false)
            if (try? Terminal.run(["has-session", "-t", name], capture: false)) != nil, Terminal.lastStatus == 0 { break }
            usleep(100_000)
        }
        try Terminal.run(["set-option", "-t", name, "remain-on-exit", "on"], capture: false)
        if let prompt { #expect(waitFor(prompt, seconds: 10), "no prompt:\n\(screen())") }
    }

    /// The exit status of the last tmux command (the suite runs serialized).
    nonisolated(unsafe) static var lastStatus: Int32 = 0

    /// A tmux server of the tests' own, apart from any the user runs.
    static let socket = "sma-tests-\(getpid())"

    /// Runs tmux with posix_spawn and waitpid. (Foundation's Process loses track of a tmux
    /// client that forks the server, and a captured pipe would be held open by the server.)
    /// Output goes to a temporary file, read after the client exits.
    @discardableResult
    static func run(_ args: [String], capture: Bool = true) throws -> String {
        let outPath = NSTemporaryDirectory() + "tmux-out-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? outPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = [tmux ?? "/usr/bin/tmux", "-L", socket] + args
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, argv[0], &actions, nil, &cArgs, environ)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        lastStatus = (status >> 8) & 0xFF
        guard capture else { return "" }
        return (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    }

    /// Types literal text (no key names).
    func type(_ text: String) { _ = try? Terminal.run(["send-keys", "-t", name, "-l", text], capture: false) }
    /// Presses keys by name: Enter, Tab, Up, C-c, C-d.
    func press(_ keys: String...) { _ = try? Terminal.run(["send-keys", "-t", name] + keys, capture: false) }

    func screen() -> String { (try? Terminal.run(["capture-pane", "-p", "-J", "-t", name])) ?? "" }

    var isDead: Bool { ((try? Terminal.run(["display-message", "-p", "-t", name, "#{pane_dead}"])) ?? "").hasPrefix("1") }

    /// Polls the screen until `check` holds, for up to `seconds`.
    func waitUntil(_ seconds: Double = 5, _ check: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if check(screen()) { return true }
            usleep(50_000)
        }
        return check(screen())
    }

    func waitFor(_ text: String, seconds: Double = 5) -> Bool { waitUntil(seconds) { $0.contains(text) } }

    /// The number of times `text` appears on screen.
    func count(_ text: String) -> Int { screen().components(separatedBy: text).count - 1 }

    deinit { _ = try? Terminal.run(["kill-session", "-t", name], capture: false) }
}

@Suite(.serialized, .enabled(if: Terminal.tmux != nil, "tmux is not installed (make deps)"))
struct TerminalTests {
    func historyPath() -> String {
        NSTemporaryDirectory() + "sma-history-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    @Test func aStatementIsAnswered() throws {
        let t = try Terminal(history: historyPath())
        t.type("contribution 2021")
        t.press("Enter")
        #expect(t.waitFor("1조 1,833억 원"), "\(t.screen())")
    }

    @Test func tabCompletesAKeywordAndListsOrdinals() throws {
        let t = try Terminal(history: historyPath())
        t.type("contr")
        t.press("Tab")
        #expect(t.waitFor("sma> contribution"), "\(t.screen())")
        t.press("C-u")
        t.type("agreement 1")
        t.press("Tab")
        #expect(t.waitFor("1  10  11  12"), "\(t.screen())")
        t.press("C-u")
        t.type("rounds 1")
        t.press("Tab")
        t.press("Tab")
        #expect(t.waitFor("1  10  11  12"), "\(t.screen())")
    }

    @Test func historyPersistsAndMultiLineStatementsComeBackWhole() throws {
        let path = historyPath()
        do {
            let t = try Terminal(history: path)
            t.type("(contribution 2026 -")
            t.press("Enter")
            #expect(t.waitFor("...>"), "\(t.screen())")
            t.type(" contribution 2025)")
            t.press("Enter")
            #expect(t.waitFor("1,164억 원"), "\(t.screen())")
            t.type("growth 2026")
            t.press("Enter")
            #expect(t.waitFor("+8.3%"))
            t.press("C-d")
            #expect(t.waitUntil { _ in t.isDead }, "Ctrl-D did not end the session")
        }
        var st = stat()
        #expect(stat(path, &st) == 0)
        #expect(st.st_mode & 0o777 == 0o600)
        let t = try Terminal(history: path)
        t.press("Up")
        #expect(t.waitFor("sma> growth 2026"), "\(t.screen())")
        t.press("Up")
        #expect(t.waitFor(" contribution 2025)"), "\(t.screen())")
        t.press("Enter")
        #expect(t.waitUntil { $0.components(separatedBy: "1,164억 원").count - 1 == 1 }, "\(t.screen())")
    }

    @Test func ctrlCClearsTheLineAndTheSessionGoesOn() throws {
        let t = try Terminal(history: historyPath())
        t.type("contribution 20")
        t.press("C-c")
        t.type("growth 2021")
        t.press("Enter")
        #expect(t.waitFor("+13.9%"), "\(t.screen())")
        #expect(!t.screen().contains("error"), "\(t.screen())")
        // Ctrl-C in the middle of a multi-line statement drops it too.
        t.type("(1 +")
        t.press("Enter")
        #expect(t.waitFor("...>"))
        t.press("C-c")
        t.type("1 + 1")
        t.press("Enter")
        #expect(t.waitUntil { $0.hasSuffix("2\nsma>") || $0.contains("\n2\nsma>") }, "\(t.screen())")
        #expect(!t.isDead)
    }

    @Test func ctrlCStopsARunningStatementAndTheSessionGoesOn() throws {
        let t = try Terminal(history: historyPath())
        t.type("simulate 2030 with growth normal(4%, 1%) trials 1000000000 seed 1")
        t.press("Enter")
        usleep(300_000)
        t.press("C-c")
        #expect(t.waitFor("error: interrupted", seconds: 10), "\(t.screen())")
        t.type("growth 2021")
        t.press("Enter")
        #expect(t.waitFor("+13.9%"), "\(t.screen())")
    }

    @Test func koreanInputIsKept() throws {
        let t = try Terminal(history: historyPath(), env: ["LANG": "", "LC_ALL": ""])
        t.type("1조 4028억 원 * 2")
        t.press("Enter")
        #expect(t.waitFor("2조 8,056억 원"), "\(t.screen())")
    }

    @Test func theWordQuitAndSavedScripts() throws {
        let script = NSTemporaryDirectory() + "saved-\(getpid()).sma"
        let t = try Terminal(history: historyPath())
        t.type("let g = 4.5%"); t.press("Enter")
        t.type("contribtion 2021"); t.press("Enter")
        #expect(t.waitFor("did you mean"))
        t.type("contribution 2025 * (1 + g)"); t.press("Enter")
        #expect(t.waitFor("1조 4,659억 2,600만 원"))
        t.type("save \(script)"); t.press("Enter")
        #expect(t.waitFor("saved 2 statements"), "\(t.screen())")
        t.type("quit"); t.press("Enter")
        #expect(t.waitUntil { _ in t.isDead })
        let r = try CLI.run([script])
        #expect(r.out == "1조 4,659억 2,600만 원\n")
        #expect(r.status == 0)
    }

    @Test func twoSessionsAtOnceBothKeepTheirLinesAndAKillLosesNothingEntered() throws {
        let path = historyPath()
        let a = try Terminal(history: path)
        let b = try Terminal(history: path)
        a.type("growth 2022"); a.press("Enter")
        b.type("growth 2023"); b.press("Enter")
        #expect(a.waitFor("+5.4%") && b.waitFor("+3.4%"))
        a.type("growth 2024"); a.press("Enter")
        #expect(a.waitFor("+4.4%"))
        // SIGKILL: no chance to save at exit.
        let pid = try Terminal.run(["display-message", "-p", "-t", a.name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        kill(pid_t(pid) ?? 0, SIGKILL)
        b.press("C-d")
        #expect(b.waitUntil { _ in b.isDead })
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for line in ["growth 2022", "growth 2023", "growth 2024"] {
            #expect(text.contains(line + "\n"), "\(line) missing from:\n\(text)")
        }
    }

    @Test func aVanishedTerminalEndsTheSession() throws {
        let t = try Terminal(history: historyPath())
        let pid = pid_t(try Terminal.run(["display-message", "-p", "-t", t.name, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        #expect(pid > 0)
        _ = try Terminal.run(["kill-session", "-t", t.name], capture: false)
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline && kill(pid, 0) == 0 { usleep(50_000) }
        #expect(kill(pid, 0) != 0, "sma kept running after its terminal went away")
        if kill(pid, 0) == 0 { kill(pid, SIGKILL) }
    }

    @Test func aCorruptHistoryFileIsAWarning() throws {
        let path = historyPath()
        FileManager.default.createFile(atPath: path, contents: Data([0xFF, 0xFE, 0x0A] + Array("growth 2021\n".utf8)))
        let t = try Terminal(history: path)
        #expect(t.waitFor("warning: history file"), "\(t.screen())")
        t.press("Up")
        #expect(t.waitFor("sma> growth 2021"), "\(t.screen())")
    }

    @Test func viModeFromEditrc() throws {
        let home = NSTemporaryDirectory() + "home-\(getpid())"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try "bind -v\n".write(toFile: home + "/.editrc", atomically: true, encoding: .utf8)
        let t = try Terminal(history: historyPath(), env: ["HOME": home])
        // In vi insert mode, Escape then `0` moves to the start and `i` inserts there.
        t.type("2021")
        t.press("Escape")
        t.type("0")
        t.type("i")
        t.type("growth ")
        t.press("Enter")
        #expect(t.waitFor("+13.9%"), "\(t.screen())")
    }

    @Test func resultsGoToAPipeWithoutThePrompt() throws {
        let out = NSTemporaryDirectory() + "piped-\(getpid()).txt"
        let t = try Terminal("sh -c '\(CLI.binary) > \(out)'", history: historyPath())
        t.type("contribution 2021"); t.press("Enter")
        t.type("quit"); t.press("Enter")
        #expect(t.waitUntil { _ in t.isDead })
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "1조 1,833억 원\n")
    }
}

/// Bounded and safe in a real terminal: Ctrl-C whatever stderr is, `save` per statement,
/// history files that are not files, unreadable lines kept, long histories, `load` refusals.
@Suite(.serialized, .enabled(if: Terminal.tmux != nil, "tmux is not installed (make deps)"))
struct TerminalSafetyTests {
    func historyPath() -> String {
        NSTemporaryDirectory() + "sma-history-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// With stderr redirected (no prompt on the screen), Ctrl-C on a typed line drops it and the
    /// statements after it still run.
    @Test func ctrlCWithStandardErrorRedirected() throws {
        let err = NSTemporaryDirectory() + "sma-err-\(getpid())"
        let t = try Terminal("sh -c '\(CLI.binary) 2>\(err)'", history: historyPath(), prompt: nil)
        usleep(300_000)
        t.type("contribution 20")
        t.press("C-c")
        usleep(200_000)
        t.type("growth 2021"); t.press("Enter")
        #expect(t.waitFor("+13.9%"), "\(t.screen())")
        t.type("contribution 2021"); t.press("Enter")
        #expect(t.waitFor("1조 1,833억 원"), "\(t.screen())")
    }

    /// A long simulation shows a progress line on the terminal; Ctrl-C stops it, erases the
    /// line, prints nothing of the table, and the session goes on.
    @Test func aLongSimulationShowsProgressAndStopsAtCtrlC() throws {
        let t = try Terminal(history: historyPath())
        t.type("simulate 2027..2060 with growth normal(4%, 1.5%) trials 1000000000 seed 1"); t.press("Enter")
        #expect(t.waitFor("simulating: ", seconds: 10), "\(t.screen())")
        #expect(t.waitUntil { $0.contains(" of 1,000,000,000 trials · ") && $0.contains(" left") }, "\(t.screen())")
        t.press("C-c")
        #expect(t.waitFor("error: interrupted", seconds: 5), "\(t.screen())")
        #expect(!t.screen().contains("simulating: "), "the progress line stays:\n\(t.screen())")
        #expect(!t.screen().contains("p95"), "a partial table:\n\(t.screen())")
        t.type("growth 2021"); t.press("Enter")
        #expect(t.waitFor("+13.9%"), "\(t.screen())")
    }

    /// `save chart.svg` after a chart writes it as a picture; before any chart it says so.
    @Test func saveWritesTheLastChartAsSVG() throws {
        let path = NSTemporaryDirectory() + "sma-saved-\(getpid()).svg"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let t = try Terminal(history: historyPath())
        t.type("save \(path)"); t.press("Enter")
        #expect(t.waitFor("no chart to save yet"), "\(t.screen())")
        t.type("chart contributions 2019..2026"); t.press("Enter")
        #expect(t.waitFor("12th"), "\(t.screen())")
        t.type("save \(path)"); t.press("Enter")
        #expect(t.waitFor("saved the chart of `chart contributions 2019..2026`"), "\(t.screen())")
        let svg = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        #expect(svg.hasPrefix("<?xml") && svg.components(separatedBy: "class=\"bar ").count - 1 == 8)
    }

    /// In the session `tour` then `next` walks on, `back` goes back.
    @Test func theTourWalksOnWithNext() throws {
        let t = try Terminal(history: historyPath())
        t.type("tour"); t.press("Enter")
        #expect(t.waitFor("Next: `next` (or `tour 2`)"), "\(t.screen())")
        t.type("next"); t.press("Enter")
        #expect(t.waitFor("Step 2 of "), "\(t.screen())")
        t.type("next"); t.press("Enter")
        #expect(t.waitFor("Step 3 of "), "\(t.screen())")
        t.type("back"); t.press("Enter")
        #expect(t.waitUntil { $0.split(separator: "\n").last { $0.hasPrefix("Step ") }?.hasPrefix("Step 2 of ") == true }, "\(t.screen())")
    }

    /// `-q` hides the progress line; a script interrupted exits 130.
    @Test func quietHasNoProgressLine() throws {
        // The shell ignores Ctrl-C so that it lives to print sma's status.
        let t = try Terminal("sh -c 'trap \"\" INT; \(CLI.binary) -q -e \"simulate 2027..2060 with growth normal(4%, 1.5%) trials 1000000000 seed 1\"; echo status=$?'",
                             history: historyPath(), prompt: nil)
        usleep(1_500_000)
        #expect(!t.screen().contains("simulating"), "\(t.screen())")
        t.press("C-c")
        #expect(t.waitFor("status=130", seconds: 5), "\(t.screen())")
        #expect(t.screen().contains("error: interrupted"))
    }

    /// `let x = 5; contribtion 2021`: the `let` ran, so `save` keeps it and the script runs.
    @Test func saveKeepsEachStatementThatRan() throws {
        let script = NSTemporaryDirectory() + "saved-each-\(getpid()).sma"
        let t = try Terminal(history: historyPath())
        t.type("let x = 5; contribtion 2021"); t.press("Enter")
        #expect(t.waitFor("did you mean"))
        t.type("x * 2"); t.press("Enter")
        #expect(t.waitFor("10"))
        t.type("save \(script)"); t.press("Enter")
        #expect(t.waitFor("saved 2 statements"), "\(t.screen())")
        let r = try CLI.run([script])
        #expect(r.out == "10\n")
        #expect(r.status == 0)
    }

    /// `load` refuses a FIFO at once (it would wait for a writer forever), and `save` writes what
    /// `-i FILE` and `load FILE` ran, so the saved script reruns the session on its own.
    @Test func loadRefusesAPipeAndSaveKeepsWhatLoadAndDashIRan() throws {
        let dir = NSTemporaryDirectory() + "sma-load-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let fifo = dir + "/pipe.sma"
        unlink(fifo)
        #expect(mkfifo(fifo, 0o600) == 0)
        try "let a = 2\n".write(toFile: dir + "/first.sma", atomically: true, encoding: .utf8)
        try "let b = 3\n".write(toFile: dir + "/second.sma", atomically: true, encoding: .utf8)
        let t = try Terminal("\(CLI.binary) -i \(dir)/first.sma", history: historyPath())
        t.type("load \(fifo)"); t.press("Enter")
        #expect(t.waitFor("is not a regular file"), "\(t.screen())")
        t.type("load \(dir)/second.sma"); t.press("Enter")
        t.type("a * b"); t.press("Enter")
        #expect(t.waitFor("6"))
        t.type("save \(dir)/saved.sma"); t.press("Enter")
        #expect(t.waitFor("saved 3 statements"), "\(t.screen())")
        let r = try CLI.run([dir + "/saved.sma"])
        #expect(r.out == "6\n" && r.status == 0, "\(r.out)\(r.err)")
    }

    @Test func aHistoryPathThatIsNotAFileIsRefused() throws {
        let t = try Terminal(history: "/dev/zero")
        #expect(t.waitFor("warning: history file '/dev/zero': is not a regular file"), "\(t.screen())")
        t.type("load /dev/zero"); t.press("Enter")
        #expect(t.waitFor("sma: cannot read '/dev/zero': is not a regular file"), "\(t.screen())")
        t.type("1 + 1"); t.press("Enter")
        #expect(t.waitFor("\n2\n"), "\(t.screen())")
    }

    /// Tab completes in characters: `1 + 기준` becomes `1 + 기준액`, and a 2,000-byte name is
    /// completed whole.
    @Test func tabCompletesHangulAndLongNames() throws {
        let t = try Terminal(history: historyPath())
        t.type("let 기준액 = 7"); t.press("Enter")
        t.type("1 + 기준")
        t.press("Tab")
        #expect(t.waitFor("sma> 1 + 기준액"), "\(t.screen())")
        t.press("Enter")
        #expect(t.waitFor("\n8\n"), "\(t.screen())")
        let long = "long" + String(repeating: "이름", count: 330) // 4 + 1,980 bytes
        t.type("let \(long) = 5"); t.press("Enter")
        t.type("2 * long"); t.press("Tab"); t.press("Enter")
        #expect(t.waitFor("\n10\n"), "\(t.screen())")
    }

    /// `-i`: the statements run first, then the session starts with what they defined.
    @Test func interactiveAfterStatements() throws {
        let t = try Terminal("\(CLI.binary) -i -e 'let g = 4.5%' -e 'contribution 2021'", history: historyPath())
        #expect(t.waitFor("1조 1,833억 원"), "\(t.screen())")
        t.type("g * 2"); t.press("Enter")
        #expect(t.waitFor("\n9%\n"), "\(t.screen())")
    }

    /// `load` reads as it runs: Ctrl-C stops a long script and the session goes on.
    @Test func ctrlCStopsALoad() throws {
        let script = NSTemporaryDirectory() + "long-load-\(getpid()).sma"
        try String(repeating: "simulate 2030 with growth normal(4%, 1%) trials 20000 seed 1\n", count: 5000)
            .write(toFile: script, atomically: true, encoding: .utf8)
        let t = try Terminal(history: historyPath())
        t.type("load \(script)"); t.press("Enter")
        usleep(500_000)
        t.press("C-c")
        #expect(t.waitFor("error: interrupted", seconds: 10), "\(t.screen())")
        t.press("C-l")
        t.type("growth 2021"); t.press("Enter")
        #expect(t.waitFor("+13.9%"), "\(t.screen())")
    }

    @Test func unreadableHistoryLinesAreKeptInTheFile() throws {
        let path = historyPath()
        var many = ""
        for i in 0..<3000 { many += "\(i) + 1\n" }
        let bad: [UInt8] = [0xFF, 0xFE, 0x0A]
        FileManager.default.createFile(atPath: path, contents: Data(bad + Array(many.utf8)))
        let t = try Terminal(history: path)
        // The trim keeps the newest 1000 entries; the line it cannot read is kept in the old file.
        #expect(t.waitFor("lines that cannot be read: the newest 1000 entries were kept, the whole old file as '\(path).old'"), "\(t.screen())")
        t.type("quit"); t.press("Enter")
        #expect(t.waitUntil { _ in t.isDead })
        let old = try Data(contentsOf: URL(fileURLWithPath: path + ".old"))
        #expect(old.starts(with: bad))
        // A few unreadable lines in a short history stay where they are.
        let short = historyPath()
        FileManager.default.createFile(atPath: short, contents: Data(bad + Array("growth 2021\n".utf8)))
        let u = try Terminal(history: short)
        #expect(u.waitFor("1 unreadable line(s) skipped (kept in the file)"), "\(u.screen())")
        u.type("quit"); u.press("Enter")
        #expect(u.waitUntil { _ in u.isDead })
        #expect(try Data(contentsOf: URL(fileURLWithPath: short)).starts(with: bad))
    }

    /// A history of 40 MiB: its newest entries come back, read from its last 16 MiB.
    @Test func aLongHistoryLoadsItsNewestEntries() throws {
        let path = historyPath()
        let f = try #require(fopen(path, "w"))
        let line = Array(String(repeating: "1", count: 1000).utf8) + [0x0A]
        for _ in 0..<40_000 { fwrite(line, 1, line.count, f) }
        fputs("growth 2021\n", f)
        fclose(f)
        let t = try Terminal(history: path)
        t.press("Up")
        #expect(t.waitFor("sma> growth 2021"), "\(t.screen())")
        #expect(t.waitFor("over 16 MiB: the newest 2 entries were kept, the whole old file as '\(path).old'"), "\(t.screen())")
        var st = stat()
        stat(path, &st)
        #expect(st.st_size < 2 << 20) // trimmed to the newest entries
        stat(path + ".old", &st)
        #expect(st.st_size > 40_000_000)
    }
}

@Suite struct HistoryIsolationTests {
    @Test func nonInteractiveRunsNeverTouchHistory() throws {
        let path = NSTemporaryDirectory() + "never-\(getpid())"
        _ = try CLI.run(["-e", "contribution 2021"], env: ["SMA_HISTORY": path])
        _ = try CLI.run([], stdin: "contribution 2021\n", env: ["SMA_HISTORY": path])
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
