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
    /// `beforeRead` runs before each read (the results so far are written before sma waits).
    /// Returns errno on a read error.
    static func readChunks(_ fd: Int32, beforeRead: () -> Void = {}, _ body: (ArraySlice<UInt8>) -> Bool) -> Int32? {
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            beforeRead()
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

    /// Calls `body` with each line (newline included) as it arrives; stops when it returns false.
    static func readLines(_ fd: Int32, beforeRead: () -> Void = {}, _ body: (ArraySlice<UInt8>) -> Bool) {
        var pending: [UInt8] = []
        var stopped = false
        _ = readChunks(fd, beforeRead: beforeRead) { chunk in
            var start = chunk.startIndex
            for i in chunk.indices where chunk[i] == UInt8(ascii: "\n") {
                if pending.isEmpty {
                    if !body(chunk[start...i]) { stopped = true; return false }
                } else {
                    pending.append(contentsOf: chunk[start...i])
                    if !body(pending[...]) { stopped = true; return false }
                    pending.removeAll(keepingCapacity: true)
                }
                start = i + 1
            }
            if start < chunk.endIndex { pending.append(contentsOf: chunk[start...]) }
            return true
        }
        if stopped { return }
        if !pending.isEmpty { _ = body(pending[...]) }
    }
}

extension FileIO {
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
