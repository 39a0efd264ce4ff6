#if canImport(Glibc)
import Glibc
#endif
import SMAShell

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

    /// The interactive session on a terminal: a result taller than it goes through the pager.
    var pages = false

    /// Pages `bytes` when they need it; true when the pager showed them.
    private func paged(_ bytes: [UInt8]) -> Bool {
        guard pages, let size = Pager.size(), Pager.isTaller(String(decoding: bytes, as: UTF8.self), rows: size.rows, columns: size.columns) else { return false }
        flush()
        return Pager.show(bytes)
    }

    func result(_ text: String) {
        if collected != nil { collected! += text; return }
        if pages && paged(Array(text.utf8)) { return }
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
        if pages {
            var bytes: [UInt8] = []
            write(&bytes)
            if paged(bytes) { return }
            pending.append(contentsOf: bytes)
            flush()
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
