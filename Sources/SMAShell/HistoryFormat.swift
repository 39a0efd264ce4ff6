/// The history file's format: one entry a line; a backslash escapes a line break (`\n`) and
/// itself (`\\`), so a statement typed over several lines stays one entry.
public enum HistoryFormat {
    public static let header = "#sma-history v1"

    public static func encode(_ entry: String) -> String {
        var out = ""
        for c in entry {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.append(c)
            }
        }
        return out
    }

    /// Entries from the file's bytes, and how many lines could not be read (invalid UTF-8, a
    /// NUL, a bad escape): those are skipped, and the caller warns.
    public static func decode(_ bytes: [UInt8]) -> (entries: [String], bad: Int) {
        let d = decode(bytes, newest: Int.max)
        return (d.entries, d.bad)
    }

    /// The newest `newest` entries (without consecutive duplicates), read from the end of the
    /// bytes so a long history costs only what is kept; `bad` counts the unreadable lines met,
    /// `lines` all the lines.
    public static func decode(_ bytes: [UInt8], newest: Int) -> (entries: [String], bad: Int, lines: Int) {
        var entries: [String] = []
        var bad = 0
        var lines = 0
        for b in bytes where b == UInt8(ascii: "\n") { lines += 1 }
        var end = bytes.count
        while end > 0 && entries.count < newest {
            var start = end
            while start > 0 && bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
            defer { end = start - 1 }
            if start == end { continue }
            guard let entry = unescape(bytes[start..<end]) else { bad += 1; continue }
            if entry == header || entries.last == entry { continue }
            entries.append(entry)
        }
        return (entries.reversed(), bad, lines)
    }

    /// Whether any line cannot be read as an entry (checked before a trim drops lines).
    public static func hasUnreadable(_ bytes: [UInt8]) -> Bool {
        bytes.split(separator: UInt8(ascii: "\n")).contains { unescape($0) == nil }
    }

    /// One stored line as an entry: `\n` a line break, `\\` a backslash; nil when it is not
    /// UTF-8, holds a NUL, or has another escape.
    static func unescape(_ line: ArraySlice<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(line.count)
        var escaping = false
        for b in line {
            if b == 0 { return nil }
            if escaping {
                switch b {
                case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "\\"): out.append(b)
                default: return nil
                }
                escaping = false
            } else if b == UInt8(ascii: "\\") {
                escaping = true
            } else {
                out.append(b)
            }
        }
        if escaping { return nil }
        return String(validating: out, as: UTF8.self)
    }

    /// The last `max` entries, without consecutive duplicates.
    public static func trimmed(_ entries: [String], max: Int) -> [String] {
        var out: [String] = []
        for e in entries where out.last != e { out.append(e) }
        return Array(out.suffix(Swift.max(0, max)))
    }
}
