import SMALanguage
import SMAEngine
import SMARender

/// The options of the `sma` program, in one place: `--help`, the man page and the shell
/// completions are written from this list, and a test checks that the program accepts each one.
public struct CommandLineOption: Sendable {
    /// What kind of argument an option takes, for completion.
    public enum ArgumentKind: String, Sendable {
        case statement, format, units, color, file, shell, size
    }

    public let short: String?
    public let long: String
    public let value: ArgumentKind?
    /// The value's name in the synopsis: `--format FORMAT`.
    public let valueName: String?
    /// One line or more of help.
    public let help: [String]

    init(_ short: String?, _ long: String, _ value: ArgumentKind? = nil, _ valueName: String? = nil, _ help: String...) {
        self.short = short
        self.long = long
        self.value = value
        self.valueName = valueName
        self.help = help
    }

    /// The choices a value may take (nil: free text or a file name).
    public var choices: [String]? {
        switch value {
        case .format?: OutputFormat.allCases.map(\.rawValue)
        case .units?: ["ko", "en"]
        case .color?: ["auto", "always", "never"]
        case .shell?: ShellCompletion.Shell.allCases.map(\.rawValue)
        case .size?: ["article", "slide"]
        default: nil
        }
    }
}

public enum CommandLineOptions {
    /// Options that set one thing: given twice, the command line is refused (which should win?).
    /// (Arrays of literals: a `Set` would cost start-up its hashing and metadata, 136,000
    /// instructions, more than the rest of `sma -e '1 + 2'`.)
    public static let singular: [String] = ["--format", "--units", "--color", "--output", "--record", "--size", "--completions", "--init"]
    /// The exact spellings of the options that take a value, and of those that do not: the
    /// command line's fast path (a test holds them to `all`).
    public static let valueSpellings: [String] = ["-e", "--eval", "-f", "--format", "-u", "--units", "--color", "-o", "--output",
                                                  "--size", "--record", "--completions", "--init"]
    public static let flagSpellings: [String] = ["-i", "--interactive", "--bail", "--echo", "--notes", "-q", "--quiet", "--ascii",
                                                 "--serve", "-h", "--help", "-V", "--version", "--no-init", "--no-pager"]

    /// A short option's long name (the fast path's; a test holds it to `all`).
    public static func long(_ spelling: String) -> String {
        switch spelling {
        case "-e": "--eval"
        case "-i": "--interactive"
        case "-f": "--format"
        case "-u": "--units"
        case "-q": "--quiet"
        case "-o": "--output"
        case "-h": "--help"
        case "-V": "--version"
        default: spelling
        }
    }
    /// Other spellings the program takes for an option.
    public static let aliases: [String: String] = ["--colour": "--color"]

    public static let all: [CommandLineOption] = [
        CommandLineOption("-e", "--eval", .statement, "STATEMENT", "run STATEMENT (repeatable; runs in order with files)"),
        CommandLineOption("-i", "--interactive", nil, nil, "then start the session, with what they defined"),
        CommandLineOption("-f", "--format", .format, "FORMAT", "table (default), csv, json, jsonl (one object a row) or markdown"),
        CommandLineOption("-u", "--units", .units, "UNITS", "ko (1조 1,833억 원, default) or en (₩1.1833 trillion)"),
        CommandLineOption(nil, "--color", .color, "WHEN", "auto (default: only on a terminal, never with NO_COLOR), always, never"),
        CommandLineOption(nil, "--bail", nil, nil, "stop at the first statement that fails"),
        CommandLineOption(nil, "--echo", nil, nil, "print each statement, with the comment lines above it, before its",
                          "results (with --format markdown and -o DIR/: a handout, charts as images)"),
        CommandLineOption(nil, "--notes", nil, nil, "notes in the data formats: CSV `# ` comment lines after each",
                          "result; JSON {\"value\": ..., \"notes\": [...]} for a single value"),
        CommandLineOption("-q", "--quiet", nil, nil, "no progress line for a long simulation (shown only on a terminal)"),
        CommandLineOption(nil, "--ascii", nil, nil, "draw charts in ASCII (the default when the locale is not UTF-8)"),
        CommandLineOption(nil, "--record", .file, "FILE", "use the record in FILE instead of the built-in one"),
        CommandLineOption("-o", "--output", .file, "FILE", "write the results to FILE, in the format of its extension",
                          "(.csv, .json, .md, .txt; .svg or .png for a chart), atomically: never half a file"),
        CommandLineOption(nil, "--size", .size, "SIZE", "a chart picture's size: article (880 px wide, as tall as it needs;",
                          "the default), slide (1920x1080, 16:9) or WxH in pixels (1600x900)"),
        CommandLineOption(nil, "--init", .file, "FILE", "run the statements of FILE first (a session reads init.sma by itself)"),
        CommandLineOption(nil, "--no-init", nil, nil, "the session reads no startup files (config, init.sma in ~/.config/sma)"),
        CommandLineOption(nil, "--no-pager", nil, nil, "never page a result taller than the terminal (the session pages with $PAGER)"),
        CommandLineOption(nil, "--serve", nil, nil, "answer JSON requests on standard input, one a line (notebooks and",
                          "editors use it; the protocol is in docs/serve.md)"),
        CommandLineOption(nil, "--completions", .shell, "SHELL", "print the completion script for SHELL (bash, zsh or fish)"),
        CommandLineOption("-h", "--help", nil, nil, "show this help"),
        CommandLineOption("-V", "--version", nil, nil, "show the version"),
    ]

    /// `-` (read standard input) is no option of this list: it is listed after this one.
    public static let standardInputAfter = "--interactive"
    public static let standardInputHelp = "read statements from standard input"

    /// The options part of `--help`, aligned as it always was.
    public static var helpText: String {
        var out = ""
        func line(_ left: String, _ help: [String]) {
            let pad = String(repeating: " ", count: max(1, 28 - left.count))
            out += left + pad + help[0] + "\n"
            for more in help.dropFirst() { out += String(repeating: " ", count: 28) + more + "\n" }
        }
        for o in all {
            let names = (o.short.map { "\($0), " } ?? "    ") + o.long + (o.valueName.map { " \($0)" } ?? "")
            line("  " + names, o.help)
            if o.long == standardInputAfter { line("  -", [standardInputHelp]) }
        }
        return out
    }
}
