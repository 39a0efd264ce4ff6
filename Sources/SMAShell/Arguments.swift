import SMALanguage
import SMAEngine
import SMARender

/// The command line: `sma [OPTIONS] [FILE.sma | - ]... [-e STATEMENT]...`, parsed into what the
/// program does (the options themselves are listed in `CommandLineOptions`).
public struct Arguments: Sendable {
    public enum Input: Sendable {
        case file(String)
        case stdin
        case statement(String)
    }

    public enum ColorChoice: String, Sendable { case auto, always, never }

    public var inputs: [Input] = []
    public var format: OutputFormat = .table
    public var units: UnitStyle = .ko
    public var color: ColorChoice = .auto
    public var bail = false
    public var notes = false
    /// `-q`: no progress line on the terminal.
    public var quiet = false
    /// `-i`: after the scripts and `-e` statements, start the session with what they defined.
    public var interactive = false
    public var ascii = false
    public var recordPath: String?
    public var outputPath: String?
    /// `-o FILE.svg` or `-o FILE.png`: the charts of the run as a picture.
    public var svg = false
    /// `-o FILE.png`: the picture drawn as PNG (by rsvg-convert).
    public var png = false
    /// `--size`: the picture's size.
    public var chartSize: ChartSize = .article
    public var formatGiven = false
    public var showHelp = false
    public var showVersion = false
    /// `--echo`: each statement before its results.
    public var echo = false
    /// `-o DIR/` (a folder): a markdown handout, `DIR/handout.md`, with its charts beside it.
    public var folder = false
    /// `--serve`: answer JSON requests on standard input (the machine protocol, docs/serve.md).
    public var serve = false
    /// `--completions SHELL`: print the shell's completion script.
    public var completions: ShellCompletion.Shell?

    public struct UsageError: Error {
        public let message: String
    }

    public static let usage = """
    usage: sma [OPTIONS] [FILE.sma | -]... [-e STATEMENT]...

    Explore what Korea pays toward U.S. Forces Korea under the Special Measures Agreements.
    With no file and no -e, sma reads statements from standard input; on a terminal it
    starts an interactive session.

    options:
    \(CommandLineOptions.helpText)
    exit status: 0 when every statement succeeded, 1 when any failed or results could not be
    written, 2 for bad usage, 130 when interrupted, 141 when the reader of a pipe went away.
    Type `sma -e help` for the language.
    """

    public static func parse(_ args: [String]) throws(UsageError) -> Arguments {
        var a = Arguments()
        var i = 0
        var onlyFiles = false
        func value(_ name: String) throws(UsageError) -> String {
            i += 1
            guard i < args.count else { throw UsageError(message: "option \(name) needs a value") }
            return args[i]
        }
        while i < args.count {
            let arg = args[i]
            if onlyFiles {
                a.inputs.append(arg == "-" ? .stdin : .file(arg))
                i += 1
                continue
            }
            // --name=value forms
            var name = arg
            var inline: String? = nil
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            }
            func v() throws(UsageError) -> String {
                if let inline { return inline }
                return try value(name)
            }
            switch name {
            case "-e", "--eval": a.inputs.append(.statement(try v()))
            case "-f", "--format":
                let s = try v()
                guard let f = OutputFormat(rawValue: s) else {
                    throw UsageError(message: "unknown format '\(s)' (choose table, csv, json or markdown)")
                }
                a.format = f
                a.formatGiven = true
            case "-o", "--output": a.outputPath = try v()
            case "-u", "--units":
                let s = try v()
                guard let u = UnitStyle(rawValue: s) else { throw UsageError(message: "unknown units '\(s)' (choose ko or en)") }
                a.units = u
            case "--color", "--colour":
                let s = try v()
                guard let c = ColorChoice(rawValue: s) else {
                    throw UsageError(message: "unknown --color value '\(s)' (choose auto, always or never)")
                }
                a.color = c
            case "--bail": a.bail = true
            case "--echo": a.echo = true
            case "--notes": a.notes = true
            case "-q", "--quiet": a.quiet = true
            case "-i", "--interactive": a.interactive = true
            case "--ascii": a.ascii = true
            case "--record": a.recordPath = try v()
            case "--serve": a.serve = true
            case "--size":
                let s = try v()
                guard let size = ChartSize(s) else {
                    throw UsageError(message: "unknown size '\(s)' (choose article, slide or WxH in pixels, each side \(ChartSize.sides.lowerBound) to \(ChartSize.sides.upperBound), such as 1600x900)")
                }
                a.chartSize = size
            case "--completions":
                let s = try v()
                guard let shell = ShellCompletion.Shell(rawValue: s) else {
                    throw UsageError(message: "unknown shell '\(s)' (choose bash, zsh or fish)")
                }
                a.completions = shell
            case "-h", "--help": a.showHelp = true
            case "-V", "--version": a.showVersion = true
            case "-": a.inputs.append(.stdin)
            case "--": onlyFiles = true
            default:
                if arg.hasPrefix("-") {
                    throw UsageError(message: "unknown option '\(arg)'")
                }
                a.inputs.append(.file(arg))
            }
            if inline != nil && !["--eval", "--format", "--units", "--color", "--colour", "--record", "--output", "--completions", "--size"].contains(name) {
                throw UsageError(message: "option \(name) takes no value")
            }
            i += 1
        }
        try a.takeFormatFromOutputPath()
        return a
    }

    /// `-o FILE.EXT`: the format from the extension (`.svg`: the charts as a picture), which
    /// `--format` may not contradict.
    mutating func takeFormatFromOutputPath() throws(UsageError) {
        let a = self
        if let out = a.outputPath {
            if out.hasSuffix("/") {
                // A handout: markdown, whatever the statements are; its charts beside it.
                if a.formatGiven && a.format != .markdown {
                    throw UsageError(message: "-o '\(out)' is a folder: it holds a markdown handout (handout.md) and its charts; --format \(a.format.rawValue) cannot go there")
                }
                folder = true
                format = .markdown
                return
            }
            let ext = out.split(separator: ".").last.map { String($0).lowercased() } ?? ""
            let byExtension: [String: OutputFormat] = ["csv": .csv, "json": .json, "jsonl": .json, "md": .markdown, "markdown": .markdown, "txt": .table]
            if (ext == "svg" || ext == "png") && out.contains(".") {
                // The charts go into the picture; every other result is printed as usual.
                svg = true
                png = ext == "png"
                return
            }
            guard let f = byExtension[ext], out.contains(".") else {
                throw UsageError(message: "cannot tell the format of '\(out)' from its extension (use .csv, .json, .md, .txt, or .svg or .png for charts)")
            }
            if a.formatGiven && a.format != f {
                throw UsageError(message: "--format \(a.format.rawValue) contradicts the extension of '\(out)'")
            }
            format = f
        }
    }
}
