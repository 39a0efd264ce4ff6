#if canImport(Glibc)
import Glibc
#endif
import SMALanguage
import SMAEngine
import SMARender
import SMAShell

/// The persistent history: `$SMA_HISTORY`, else `$XDG_STATE_HOME/sma/history`, else
/// `~/.local/state/sma/history`. Each entry is appended as it is entered (so a killed session
/// loses at most the line being typed, and two sessions at once both keep theirs), under a lock
/// file shared with the trimming rewrite, which goes through a temporary file and a rename.
struct HistoryFile {
    let path: String
    let maxEntries: Int
    var warned = false
    /// The newest entry, so that a repeat of it is not stored again.
    var last: String?
    /// Set when the path is not a regular file: nothing is written to it.
    var disabled = false

    static func env(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        let s = String(cString: v)
        return s.isEmpty ? nil : s
    }

    static func defaultPath() -> String? {
        if let p = env("SMA_HISTORY") { return p }
        if let x = env("XDG_STATE_HOME") { return x + "/sma/history" }
        if let h = env("HOME") { return h + "/.local/state/sma/history" }
        return nil
    }

    static func defaultSize() -> Int {
        if let s = env("SMA_HISTORY_SIZE"), let n = Int(s), n >= 0 { return n }
        return 1000
    }

    /// Creates the folders leading to the file (mode 0700).
    static func makeParents(_ path: String) {
        var prefix = ""
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        for (i, part) in parts.enumerated() {
            prefix += (i == 0 ? "" : "/") + part
            if prefix.isEmpty { continue }
            mkdir(prefix, 0o700)
        }
    }

    func withLock<T>(_ body: () -> T) -> T {
        let fd = open(path + ".lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        if fd >= 0 { flock(fd, LOCK_EX) }
        defer { if fd >= 0 { flock(fd, LOCK_UN); close(fd) } }
        return body()
    }

    /// The most of the history file read at start: its last 16 MiB (a larger file loads its
    /// newest entries in linear time).
    static let maxReadBytes = 16 << 20

    /// The stored entries, trimmed to the limit; a warning (not a failure) when unreadable.
    /// Lines that cannot be read (invalid UTF-8, NUL, bad escapes) are skipped but kept in the
    /// file as they are. A path that is not a regular file turns the history off.
    mutating func load() -> [String] {
        HistoryFile.makeParents(path)
        var entries: [String] = []
        let problem: String? = withLock {
            let fd = open(path, O_CREAT | O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0o600)
            if fd < 0 { return FileIO.errnoMessage(errno) }
            defer { close(fd) }
            if let why = FileIO.refusal(fd, limit: Int.max) {
                disabled = true
                return "\(why); the history is not kept"
            }
            switch FileIO.readTail(path, limit: HistoryFile.maxReadBytes) {
            case .failure(let e): return e.message
            case .success(let (bytes, cut)):
                let (newest, bad, lines) = HistoryFormat.decode(bytes, newest: maxEntries)
                entries = newest
                // Trim the file when it has grown well past the limit. Lines the trim would drop
                // that sma cannot read, or did not read (past 16 MiB), are not lost: the whole
                // old file is kept beside it first.
                guard cut || lines > maxEntries + maxEntries / 2 + 10 else {
                    return bad > 0 ? "\(bad) unreadable line(s) skipped (kept in the file)" : nil
                }
                if cut || HistoryFormat.hasUnreadable(bytes) {
                    let old = path + ".old"
                    guard rename(path, old) == 0 else { return "cannot keep the old file as '\(old)': \(FileIO.errnoMessage(errno))" }
                    writeAll(entries)
                    return "\(cut ? "over 16 MiB" : "lines that cannot be read"): the newest \(entries.count) entries were kept, the whole old file as '\(old)'"
                }
                writeAll(entries)
                return nil
            }
        }
        if let problem {
            FileIO.write(2, "sma: warning: history file '\(path)': \(problem)\n")
            warned = true
        }
        last = entries.last
        return entries
    }

    /// Appends one entry now.
    mutating func append(_ entry: String) {
        guard maxEntries > 0, !disabled, entry != last else { return }
        last = entry
        let line = HistoryFormat.encode(entry) + "\n"
        let ok: Bool = withLock {
            let fd = open(path, O_CREAT | O_WRONLY | O_APPEND | O_CLOEXEC, 0o600)
            if fd < 0 { return false }
            defer { close(fd) }
            var text = line
            return text.withUTF8 { buf in Glibc.write(fd, buf.baseAddress, buf.count) == buf.count }
        }
        if !ok && !warned {
            FileIO.write(2, "sma: warning: cannot write history file '\(path)': \(FileIO.errnoMessage(errno))\n")
            warned = true
        }
    }

    /// Rewrites the file through a temporary file and a rename (caller holds the lock).
    func writeAll(_ entries: [String]) {
        var text = HistoryFormat.header + "\n"
        for e in entries { text += HistoryFormat.encode(e) + "\n" }
        _ = FileIO.writeAtomically(path, text, mode: 0o600)
    }
}
