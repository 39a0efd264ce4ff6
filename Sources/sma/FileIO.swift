#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain POSIX file access: no Foundation on the start-up path.
enum FileIO {
    struct IOError: Error {
        let message: String
    }

    static func errnoMessage(_ e: Int32) -> String {
        String(cString: strerror(e))
    }

    /// Writes all of `text` to a file descriptor, retrying on EINTR and partial writes.
    /// False when the write failed (EPIPE and the like: the reader is gone).
    @discardableResult
    static func write(_ fd: Int32, _ text: String) -> Bool {
        var t = text
        return t.withUTF8 { write(fd, $0) }
    }

    @discardableResult
    static func write(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { write(fd, $0) }
    }

    static func write(_ fd: Int32, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        if buf.isEmpty { return true }
        var off = 0
        while off < buf.count {
            let n = Glibc.write(fd, buf.baseAddress! + off, buf.count - off)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            off += n
        }
        return true
    }

    /// Reads `fd` to its end in 64 KiB chunks, retrying on EINTR, until `body` returns false.
    /// Returns errno on a read error.
    static func readChunks(_ fd: Int32, _ body: (ArraySlice<UInt8>) -> Bool) -> Int32? {
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, 65536) }
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 || !body(buf[0..<n]) { return nil }
        }
    }

    /// An open descriptor for reading `path` (not a directory), or why not. Opened without
    /// blocking, so that a FIFO with no writer cannot hang sma before its type is looked at;
    /// with `regularOnly` (the session's `load`, `--record`) anything but a regular file is
    /// refused, else a pipe is read as a stream (`sma <(cmd)`), blocking again once open.
    static func openForReading(_ path: String, regularOnly: Bool = false) -> Result<Int32, IOError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 { return .failure(IOError(message: errnoMessage(errno))) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let e = errno
            close(fd)
            return .failure(IOError(message: errnoMessage(e)))
        }
        switch st.st_mode & S_IFMT {
        case S_IFDIR:
            close(fd)
            return .failure(IOError(message: "is a directory"))
        case S_IFREG: break
        default:
            close(fd)
            if regularOnly { return .failure(IOError(message: "is not a regular file (a device, a pipe or a socket)")) }
            // A pipe named as a script: opened again, waiting for its writer as a reader of a
            // FIFO does (Ctrl-C interrupts the wait).
            let blocking = open(path, O_RDONLY | O_CLOEXEC)
            if blocking < 0 { return .failure(IOError(message: errnoMessage(errno))) }
            return .success(blocking)
        }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        return .success(fd)
    }

    /// Why `path` (just opened as `fd`) cannot be read whole: not a regular file, or larger
    /// than `limit` bytes. /dev/zero, a FIFO or a terminal would never end.
    static func refusal(_ fd: Int32, limit: Int) -> String? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return errnoMessage(errno) }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return "is a directory"
        default: return "is not a regular file (a device, a pipe or a socket)"
        }
        if st.st_size > limit { return "is larger than \(limit >> 20) MiB" }
        return nil
    }

    /// The most bytes `readFile` reads: a record or a script loaded into the session.
    static let maxFileBytes = 64 << 20

    /// The whole of a regular file of at most `limit` bytes, or why not.
    static func readFile(_ path: String, limit: Int = maxFileBytes) -> Result<[UInt8], IOError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 { return .failure(IOError(message: errnoMessage(errno))) }
        defer { close(fd) }
        if let why = refusal(fd, limit: limit) { return .failure(IOError(message: why)) }
        var out: [UInt8] = []
        var tooLarge = false
        if let e = readChunks(fd, {
            out.append(contentsOf: $0)
            tooLarge = out.count > limit
            return !tooLarge
        }) { return .failure(IOError(message: errnoMessage(e))) }
        if tooLarge { return .failure(IOError(message: "is larger than \(limit >> 20) MiB")) }
        return .success(out)
    }

    /// The last `limit` bytes of a regular file, from the first line that starts within them
    /// (a long history is read from its end), or why not; `cut` tells whether the start was left out.
    static func readTail(_ path: String, limit: Int) -> Result<(bytes: [UInt8], cut: Bool), IOError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 { return .failure(IOError(message: errnoMessage(errno))) }
        defer { close(fd) }
        if let why = refusal(fd, limit: Int.max) { return .failure(IOError(message: why)) }
        var st = stat()
        _ = fstat(fd, &st)
        let cut = st.st_size > limit
        if cut && lseek(fd, off_t(st.st_size) - off_t(limit), SEEK_SET) < 0 { return .failure(IOError(message: errnoMessage(errno))) }
        var out: [UInt8] = []
        if let e = readChunks(fd, { out.append(contentsOf: $0); return out.count <= limit }) { return .failure(IOError(message: errnoMessage(e))) }
        if cut, let nl = out.firstIndex(of: UInt8(ascii: "\n")) { out.removeSubrange(0...nl) }
        return .success((out, cut))
    }

    /// How reading a stream ended.
    struct ReadOutcome {
        /// errno of a read that failed part-way; nil at the end of the input or when stopped.
        var error: Int32? = nil
        /// Bytes read in all, `first` included.
        var bytes = 0
        /// The size of a regular file found shorter at the end than what was read from it
        /// (rewritten in place while sma ran).
        var cutTo: Int? = nil
        /// Reading stopped because `stop` said so (Ctrl-C while waiting for input).
        var stopped = false

        /// Why part of the input was not read, if it was not.
        var problem: String? {
            if let e = error { return "could not be read to its end (\(errnoMessage(e)))" }
            if let size = cutTo { return "was cut short while it was read (\(bytes) bytes read, \(size) left)" }
            return nil
        }
    }

    /// Calls `body` with each line (newline included) as it arrives; stops when it returns false.
    /// `first` holds bytes already read from `fd` (sma looks at a script's start before running
    /// it; a pipe cannot be rewound). `beforeRead` runs before each read. A line longer than
    /// `maxLine` bytes is passed on cut to `maxLine + 1` bytes (enough for the runner to refuse
    /// it), so a file without line breaks cannot fill the memory.
    @discardableResult
    static func readLines(_ fd: Int32, first: ArraySlice<UInt8> = [], maxLine: Int = Int.max, beforeRead: () -> Void = {},
                          stop: () -> Bool = { false }, _ body: (ArraySlice<UInt8>) -> Bool) -> ReadOutcome {
        let size = 1 << 16
        var buf = Array(first)
        var outcome = ReadOutcome(bytes: buf.count)
        // A line that runs across two reads.
        var partial: [UInt8] = []
        var n = buf.count
        while true {
            var start = 0
            // Each line break found by memchr (many bytes at a time), not byte by byte.
            while start < n, let i = buf.withUnsafeBufferPointer({ p -> Int? in
                guard let base = p.baseAddress, let hit = memchr(base + start, 0x0A, n - start) else { return nil }
                return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            }) {
                if partial.isEmpty {
                    if !body(buf[start...i]) { return outcome }
                } else {
                    partial.append(contentsOf: buf[start...i].prefix(max(0, maxLine + 1 - partial.count)))
                    if !body(partial[...]) { return outcome }
                    partial.removeAll(keepingCapacity: true)
                }
                start = i + 1
            }
            if start < n { partial.append(contentsOf: buf[start..<n].prefix(max(0, maxLine + 1 - partial.count))) }
            beforeRead()
            if buf.count < size { buf = [UInt8](repeating: 0, count: size) }
            n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, size) }
            if n < 0 {
                // A signal while waiting: Ctrl-C stops the run at once (SIGINT is installed
                // without SA_RESTART for this).
                if errno == EINTR {
                    if stop() { outcome.stopped = true; return outcome }
                    n = 0
                    continue
                }
                outcome.error = errno
                return outcome
            }
            if n == 0 { break }
            outcome.bytes += n
        }
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG && Int(st.st_size) < outcome.bytes {
            outcome.cutTo = Int(st.st_size)
        }
        // A last line without a newline runs, unless the file was cut short in the middle of it.
        if !partial.isEmpty && outcome.cutTo == nil { _ = body(partial[...]) }
        return outcome
    }
}

extension FileIO {
    /// The message for an input (`'FILE'` or `standard input`) read only in part; nil when it was
    /// read whole. Nothing read at all is the plain `cannot read` of a file that cannot be opened.
    static func lostPartMessage(_ input: String, _ outcome: ReadOutcome, linesRun: Int) -> String? {
        if outcome.bytes == 0, let e = outcome.error { return "sma: cannot read \(input): \(errnoMessage(e))\n" }
        guard let problem = outcome.problem else { return nil }
        return "sma: \(input) \(problem) after line \(linesRun); the statements before ran, the rest did not\n"
    }

    /// Writes `text` to `path` safely: through a temporary file created exclusively in the same
    /// folder (a planted file or link at its name cannot redirect the write), written, synced,
    /// given the old file's mode (and owner, where allowed), then renamed over the target. On any
    /// failure the old file is left as it was. A symbolic link is followed (the link stays; its
    /// target is replaced); a target that is not a regular file (a device, a pipe, a folder) or
    /// is read-only is refused.
    static func writeAtomically(_ path: String, _ text: String, mode newMode: mode_t = 0o644) -> IOError? {
        writeAtomically(path, bytes: Array(text.utf8), mode: newMode)
    }

    static func writeAtomically(_ path: String, bytes text: [UInt8], mode newMode: mode_t = 0o644) -> IOError? {
        var target = path
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        var st = stat()
        // Follow a chain of links to its end (which may not exist yet: then the last link's
        // text is the path), so that no link of the chain is replaced by a file.
        var hops = 0
        while lstat(target, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK {
            hops += 1
            guard hops <= 40 else { return IOError(message: errnoMessage(ELOOP)) }
            let n = readlink(target, &buf, buf.count - 1)
            guard n > 0 else { return IOError(message: errnoMessage(errno)) }
            buf[n] = 0
            let link = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            target = link.hasPrefix("/") ? link : directory(of: target) + "/" + link
        }
        var mode = newMode
        var owner: (uid_t, gid_t)? = nil
        if stat(target, &st) == 0 {
            guard (st.st_mode & S_IFMT) == S_IFREG else {
                return IOError(message: (st.st_mode & S_IFMT) == S_IFDIR ? "is a directory" : "is not a regular file (a device, a pipe or a socket); sma replaces only regular files")
            }
            guard access(target, W_OK) == 0 && (st.st_mode & 0o222) != 0 else { return IOError(message: "is read-only") }
            mode = st.st_mode & 0o7777
            owner = (st.st_uid, st.st_gid)
        } else if errno != ENOENT {
            return IOError(message: errnoMessage(errno))
        }
        // mkstemp: a new name, created with O_EXCL, mode 0600 until it is ready.
        var template = Array((directory(of: target) + "/." + base(of: target) + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if fd < 0 { return IOError(message: errnoMessage(errno)) }
        // The name mkstemp filled in, to its terminating NUL.
        let tmp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = write(fd, text)
        var saved = errno
        if ok { ok = fchmod(fd, mode) == 0; saved = errno }
        if ok, let (uid, gid) = owner, uid != getuid() || gid != getgid() { _ = fchown(fd, uid, gid) }
        if ok { ok = fsync(fd) == 0; saved = errno }
        if close(fd) != 0 && ok { ok = false; saved = errno }
        if ok && rename(tmp, target) != 0 { ok = false; saved = errno }
        if !ok {
            unlink(tmp)
            return IOError(message: errnoMessage(saved))
        }
        // The rename itself survives a crash once the folder is synced.
        let dir = open(directory(of: target), O_RDONLY | O_CLOEXEC)
        if dir >= 0 { _ = fsync(dir); close(dir) }
        return nil
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func base(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
