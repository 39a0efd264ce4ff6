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
    /// Which of the options a startup config may also set were given on the command line.
    public var unitsGiven = false, colorGiven = false, sizeGiven = false
    /// `--no-pager`: results taller than the terminal are not paged.
    public var noPager = false
    /// `--no-init`: the session reads no startup files; `--init FILE`: statements run first.
    public var noInit = false
    public var initPath: String? = nil
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

    options (short ones bundle, -qf csv, and take their value attached, -fcsv; long ones take
    --name=value and a unique prefix, --form csv):
    \(CommandLineOptions.helpText)
    exit status: 0 when every statement succeeded, 1 when any failed or results could not be
    written, 2 for bad usage, 130 when interrupted, 141 when the reader of a pipe went away.
    Type `sma -e help` for the language.
    """

    public static func parse(_ given: [String]) throws(UsageError) -> Arguments {
        let args = try spelled(given)
        var a = Arguments()
        var i = 0
        var onlyFiles = false
        // The singular options seen and their values (two arrays: a dictionary would cost
        // start-up its hashing).
        var onceNames: [String] = [], onceValues: [String] = []
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
                let given: String
                if let inline { given = inline } else { given = try value(name) }
                // An option that sets one thing, given twice: which should win is not clear.
                if CommandLineOptions.singular.contains(name) {
                    if let k = onceNames.firstIndex(of: name) {
                        throw UsageError(message: "\(name) is given twice ('\(onceValues[k])', then '\(given)'): give it once")
                    }
                    onceNames.append(name)
                    onceValues.append(given)
                }
                return given
            }
            switch name {
            case "-e", "--eval": a.inputs.append(.statement(try v()))
            case "-f", "--format":
                let s = try v()
                guard let f = OutputFormat(rawValue: s) else {
                    throw UsageError(message: "unknown format '\(s)' (choose \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                a.format = f
                a.formatGiven = true
            case "-o", "--output": a.outputPath = try v()
            case "-u", "--units":
                let s = try v()
                guard let u = UnitStyle(rawValue: s) else { throw UsageError(message: "unknown units '\(s)' (choose ko or en)") }
                a.units = u
                a.unitsGiven = true
            case "--color", "--colour":
                let s = try v()
                guard let c = ColorChoice(rawValue: s) else {
                    throw UsageError(message: "unknown --color value '\(s)' (choose auto, always or never)")
                }
                a.color = c
                a.colorGiven = true
            case "--bail": a.bail = true
            case "--echo": a.echo = true
            case "--no-pager": a.noPager = true
            case "--no-init": a.noInit = true
            case "--init": a.initPath = try v()
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
                a.sizeGiven = true
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
            if inline != nil && !["--eval", "--format", "--units", "--color", "--colour", "--record", "--output", "--completions", "--size", "--init"].contains(name) {
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
                // A folder: with a data format, one file a result (result-1.csv, …), each a
                // document a reader takes whole; else a markdown handout with its charts.
                folder = true
                if !(a.formatGiven && [.csv, .json, .jsonl].contains(a.format)) { format = .markdown }
                return
            }
            let ext = out.split(separator: ".").last.map { String($0).lowercased() } ?? ""
            let byExtension: [String: OutputFormat] = ["csv": .csv, "json": .json, "jsonl": .jsonl, "md": .markdown, "markdown": .markdown, "txt": .table]
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

    /// The command line as users type it, in the one spelling the parser reads: bundled short
    /// options (`-qf csv`), a short option's value attached (`-fcsv`), `--name=value`, and a
    /// long option by a unique prefix (`--form`). An unknown option gets a did-you-mean; a
    /// prefix of several, the options it could be. After `--`, and for `-` and operands,
    /// nothing changes. (Written out by hand: glibc's `getopt_long` would do the same, at the
    /// cost of global state and its own messages.)
    static func spelled(_ args: [String]) throws(UsageError) -> [String] {
        var out: [String] = []
        var i = 0
        while i < args.count {
            let arg = args[i]
            i += 1
            if arg == "--" { out.append(arg); out.append(contentsOf: args[i...]); break }
            guard arg.hasPrefix("-"), arg != "-" else { out.append(arg); continue }
            // The spellings the parser reads as they are (nearly every command line).
            if CommandLineOptions.flagSpellings.contains(arg) { out.append(CommandLineOptions.long(arg)); continue }
            if CommandLineOptions.valueSpellings.contains(arg) {
                out.append(CommandLineOptions.long(arg))
                if i < args.count { out.append(args[i]); i += 1 }
                continue
            }
            if arg.hasPrefix("--") {
                var name = arg, inline: String? = nil
                if let eq = arg.firstIndex(of: "=") {
                    name = String(arg[..<eq])
                    inline = String(arg[arg.index(after: eq)...])
                }
                let option = try longOption(name)
                out.append(inline.map { option.long + "=" + $0 } ?? option.long)
                // The value after it is not an option, whatever it looks like (`-e --x`).
                if inline == nil, option.value != nil, i < args.count { out.append(args[i]); i += 1 }
                continue
            }
            // `-format`: a long option with one dash, as some tools spell them, is that option.
            if arg.count > 2, let long = CommandLineOptions.all.first(where: { $0.long == "-" + arg }) {
                out.append(long.long)
                if long.value != nil, i < args.count { out.append(args[i]); i += 1 }
                continue
            }
            // Single dash: flags one after another; the first that takes a value takes the rest
            // of the word, or the next argument.
            var rest = Substring(arg.dropFirst())
            while let c = rest.first {
                rest = rest.dropFirst()
                guard let option = CommandLineOptions.all.first(where: { $0.short == "-\(c)" }) else {
                    // `-format`: a long option typed with one dash gets its did-you-mean.
                    let whole = arg.count > 2 ? " in '\(arg)'" : ""
                    let first = rest.count == arg.count - 2
                    let hint = arg.count > 2 && first ? (Suggest.closest(to: "-" + arg, among: CommandLineOptions.all.map(\.long)).map { " (did you mean '\($0)'?)" } ?? "") : ""
                    throw UsageError(message: "unknown option '-\(c)'\(whole)\(hint)")
                }
                guard option.value != nil else { out.append(option.long); continue }
                out.append(option.long)
                if !rest.isEmpty { out.append(String(rest)) } else if i < args.count { out.append(args[i]); i += 1 }
                break
            }
        }
        return out
    }

    /// A long option by its name or a unique prefix of it.
    static func longOption(_ name: String) throws(UsageError) -> CommandLineOption {
        let all = CommandLineOptions.all
        if let exact = all.first(where: { $0.long == name }) { return exact }
        if let alias = CommandLineOptions.aliases[name], let o = all.first(where: { $0.long == alias }) { return o }
        let candidates = all.filter { $0.long.hasPrefix(name) }
        if name.count > 2, candidates.count == 1 { return candidates[0] }
        if name.count > 2, candidates.count > 1 {
            throw UsageError(message: "'\(name)' could be \(candidates.map { "'\($0.long)'" }.joined(separator: ", ")): type more of it")
        }
        let hint = Suggest.closest(to: name, among: all.map(\.long)).map { " (did you mean '\($0)'?)" } ?? ""
        throw UsageError(message: "unknown option '\(name)'\(hint)")
    }
}
