#if canImport(Glibc)
import Glibc
#endif
import SMAShell

/// The startup files of a session (`StartupConfig` reads their text): which folder, whether
/// they apply, and their errors reported with file and line; the session starts anyway.
enum Startup {
    /// `$XDG_CONFIG_HOME/sma`, else `~/.config/sma`.
    static var folder: String? {
        if let x = getenv("XDG_CONFIG_HOME").map({ String(cString: $0) }), x.hasPrefix("/") { return x + "/sma" }
        if let h = getenv("HOME").map({ String(cString: $0) }), !h.isEmpty { return h + "/.config/sma" }
        return nil
    }

    /// A session is interactive: `-i`, or no input given and a terminal on standard input.
    static func isSession(_ a: Arguments) -> Bool {
        !a.serve && (a.interactive || (a.inputs.isEmpty && isatty(0) == 1))
    }

    /// The command line with the config's defaults where it set nothing (only for a session,
    /// and not with `--no-init`).
    static func configured(_ given: Arguments) -> Arguments {
        var a = given
        guard isSession(a), !a.noInit, let dir = folder else { return a }
        let path = dir + "/config"
        guard let text = read(path) else { return a }
        let (settings, errors) = StartupConfig.parse(text, file: path)
        let more = StartupConfig.apply(settings, file: path, to: &a)
        for e in errors + more { FileIO.write(2, e + "\n") }
        return a
    }

    /// The init file to run before the inputs: `--init FILE`, else a session's init.sma.
    static func initFile(_ a: Arguments) -> String? {
        if let p = a.initPath { return p }
        guard isSession(a), !a.noInit, let dir = folder else { return nil }
        let p = dir + "/init.sma"
        var st = stat()
        return stat(p, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG ? p : nil
    }

    /// A config's text: nothing when there is none; a config that cannot be read is reported.
    static func read(_ path: String) -> String? {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        switch FileIO.readFile(path, limit: 1 << 20) {
        case .success(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .failure(let e):
            FileIO.write(2, "sma: cannot read '\(path)': \(e.message)\n")
            return nil
        }
    }
}
