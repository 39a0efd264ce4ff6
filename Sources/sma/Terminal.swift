#if canImport(Glibc)
import Glibc
#endif
import SMAShell

/// What the terminal (and the environment) asks of the output: colour, UTF-8, width.
enum Terminal {
    /// Colour on a descriptor: as asked, or on a terminal unless `NO_COLOR` or `TERM=dumb`.
    static func useColor(_ choice: Arguments.ColorChoice, fd: Int32) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if let nc = getenv("NO_COLOR"), nc.pointee != 0 { return false }
            if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
            return isatty(fd) == 1
        }
    }

    /// A terminal whose locale is not UTF-8 gets ASCII charts.
    static func localeIsUTF8() -> Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let v = getenv(name), v.pointee != 0 {
                let s = String(cString: v).lowercased()
                return s.contains("utf-8") || s.contains("utf8")
            }
        }
        return false
    }

    /// The width results should fit: the terminal's, else `COLUMNS` when set; a file or pipe
    /// without `COLUMNS` keeps full width.
    static func outputWidth() -> Int? {
        var size = winsize()
        if isatty(1) == 1 && ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 { return Int(size.ws_col) }
        if let c = getenv("COLUMNS"), let n = Int(String(cString: c)), n > 0 { return n }
        return nil
    }

    /// The columns of standard error (the progress line), if it is a terminal.
    static func errorWidth() -> Int? {
        var size = winsize()
        return ioctl(2, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
    }
}
