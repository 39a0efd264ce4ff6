#if canImport(Glibc)
import Glibc
#endif
import SMALanguage

/// The session's pager: a result taller than the terminal (`record`, a 36-row table in an
/// 80×24 window) goes through `$PAGER`, `less -FRX` when it is unset, as git, psql and duckdb
/// do; never when standard output is not a terminal, nor with `--no-pager` or `pager = off`.
enum Pager {
    /// The command, run by /bin/sh as git runs it.
    static var command: String {
        if let p = getenv("PAGER").map({ String(cString: $0) }), !p.trimmingWhitespace.isEmpty { return p }
        return "less -FRX"
    }

    /// The terminal's rows and columns, when standard output is one.
    static func size() -> (rows: Int, columns: Int)? {
        var w = winsize()
        guard isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &w) == 0, w.ws_row > 0, w.ws_col > 0 else { return nil }
        return (Int(w.ws_row), Int(w.ws_col))
    }

    /// Whether `text` needs more lines than the terminal has (a prompt's line kept free).
    static func isTaller(_ text: String, rows: Int, columns: Int) -> Bool {
        var lines = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            lines += max(1, (DisplayWidth.of(String(line)) + columns - 1) / columns)
            if lines >= rows { return true }
        }
        return false
    }

    /// Shows `bytes` in the pager and waits for it; false when it could not be started (the
    /// caller then writes the text itself). Ctrl-C is the pager's while it runs.
    static func show(_ bytes: [UInt8]) -> Bool {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return false }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        let argv = ["/bin/sh", "-c", command]
        var cargs = argv.map { strdup($0) } + [nil]
        defer { for p in cargs { free(p) } }
        let oldInt = signal(SIGINT, SIG_IGN), oldPipe = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGINT, oldInt); signal(SIGPIPE, oldPipe) }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &cargs, environ)
        close(fds[0])
        guard spawned == 0 else { close(fds[1]); return false }
        // The pager may quit before reading everything (`q`): the write then fails, quietly.
        _ = FileIO.write(fds[1], bytes)
        close(fds[1])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // A shell that could not find the pager (127) has shown nothing.
        return !((status & 0x7f) == 0 && ((status >> 8) & 0xff) == 127)
    }
}
