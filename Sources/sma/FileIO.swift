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

    /// An open descriptor for reading a regular file (not a directory), or why not.
    static func openForReading(_ path: String) -> Result<Int32, IOError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return .failure(IOError(message: errnoMessage(errno))) }
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            return .failure(IOError(message: "is a directory"))
        }
        return .success(fd)
    }

    /// The whole file, or why not.
    static func readFile(_ path: String) -> Result<[UInt8], IOError> {
        let fd = open(path, O_RDONLY)
        if fd < 0 { return .failure(IOError(message: errnoMessage(errno))) }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
            return .failure(IOError(message: "is a directory"))
        }
        var out: [UInt8] = []
        if let e = readChunks(fd, { out.append(contentsOf: $0); return true }) { return .failure(IOError(message: errnoMessage(e))) }
        return .success(out)
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
                          _ body: (ArraySlice<UInt8>) -> Bool) -> ReadOutcome {
        let size = 1 << 16
        var buf = Array(first)
        var outcome = ReadOutcome(bytes: buf.count)
        // A line that runs across two reads.
        var partial: [UInt8] = []
        var n = buf.count
        while true {
            var start = 0
            var i = 0
            while i < n {
                if buf[i] == UInt8(ascii: "\n") {
                    if partial.isEmpty {
                        if !body(buf[start...i]) { return outcome }
                    } else {
                        partial.append(contentsOf: buf[start...i].prefix(max(0, maxLine + 1 - partial.count)))
                        if !body(partial[...]) { return outcome }
                        partial.removeAll(keepingCapacity: true)
                    }
                    start = i + 1
                }
                i += 1
            }
            if start < n { partial.append(contentsOf: buf[start..<n].prefix(max(0, maxLine + 1 - partial.count))) }
            beforeRead()
            if buf.count < size { buf = [UInt8](repeating: 0, count: size) }
            n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, size) }
            if n < 0 {
                if errno == EINTR { n = 0; continue }
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

    /// Writes `text` to `path` through a temporary file in the same folder and a rename, so an
    /// interrupted write leaves either the old file or the new one, never half of one.
    static func writeAtomically(_ path: String, _ text: String, mode: mode_t = 0o644) -> IOError? {
        let tmp = path + ".tmp-\(getpid())"
        let fd = open(tmp, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, mode)
        if fd < 0 { return IOError(message: errnoMessage(errno)) }
        let ok = write(fd, text)
        let synced = fsync(fd) == 0
        close(fd)
        if !ok || !synced || rename(tmp, path) != 0 {
            let e = IOError(message: errnoMessage(errno))
            unlink(tmp)
            return e
        }
        return nil
    }
}
