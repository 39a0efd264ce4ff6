#if canImport(Glibc)
import Glibc
#endif
import SMARender

/// `-o chart.png`: the chart's SVG drawn by librsvg's `rsvg-convert` (a well-kept renderer
/// with fontconfig, so Hangul is drawn with the Korean font installed), read back from its
/// standard output and written atomically like every other file. sma itself draws no pixels.
enum Picture {
    /// The renderer and the package that has it, for the message when it is missing.
    static let renderer = "rsvg-convert"
    static let package = "librsvg2-bin"

    /// Nil when written; otherwise what went wrong, in words.
    static func writePNG(svg: String, to path: String) -> String? {
        switch run([renderer, "--format", "png"], input: Array(svg.utf8)) {
        case .failure(let message): return message
        case .success(let png):
            guard png.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return "\(renderer) did not draw a PNG" }
            return FileIO.writeAtomically(path, bytes: png).map(\.message)
        }
    }

    enum Outcome { case success([UInt8]), failure(String) }

    /// Runs a program with `input` on its standard input, returning its standard output.
    static func run(_ argv: [String], input: [UInt8]) -> Outcome {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0 else { return .failure(FileIO.errnoMessage(errno)) }
        guard pipe(&fromChild) == 0 else { close(toChild[0]); close(toChild[1]); return .failure(FileIO.errnoMessage(errno)) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        for fd in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, fd) }
        var cargs = argv.map { strdup($0) } + [nil]
        defer { for p in cargs { free(p) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, argv[0], &actions, nil, &cargs, environ)
        close(toChild[0])
        close(fromChild[1])
        guard spawned == 0 else {
            close(toChild[1])
            close(fromChild[0])
            return .failure(spawned == ENOENT
                ? "drawing a PNG needs \(renderer), which is not installed (Debian and Ubuntu: apt-get install \(package)); -o FILE.svg needs nothing"
                : "cannot start \(renderer): \(FileIO.errnoMessage(spawned))")
        }
        // The renderer reads all of its input before it writes (it parses the whole document),
        // so writing first and reading after cannot deadlock, however large the SVG.
        // A renderer that exits early must not end sma with SIGPIPE: the write fails instead.
        let previous = signal(SIGPIPE, SIG_IGN)
        let wrote = FileIO.write(toChild[1], input)
        close(toChild[1])
        signal(SIGPIPE, previous)
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buf.withUnsafeMutableBytes { read(fromChild[0], $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        close(fromChild[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = (status & 0x7f) == 0, code = (status >> 8) & 0xff
        guard wrote, exited, code == 0 else {
            return .failure("\(renderer) failed (\(exited ? "exit status \(code)" : "stopped by a signal"))")
        }
        return .success(out)
    }
}
