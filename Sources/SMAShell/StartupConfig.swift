import SMALanguage
import SMARender

/// The startup files of an interactive session, in `$XDG_CONFIG_HOME/sma/` (else
/// `~/.config/sma/`): `config`, default options as `NAME = VALUE` lines named as the long
/// options (`units = en`, `format = csv`, `color = never`, `pager = off`), and `init.sma`,
/// statements run before the session. Only a session reads them (a script means the same on
/// every machine); a script or `-e` runs an init file only when given `--init FILE`. This type
/// reads the text; the program reads the files.
public enum StartupConfig {
    /// The settings a config may hold: options with a value, and flags (`on`/`off`).
    public static let valued = ["format", "units", "color", "size"]
    public static let flags = ["pager", "ascii", "quiet", "bail", "notes", "echo"]

    /// The settings of a config's text, and its errors as `FILE:LINE:COL: error: …`.
    public static func parse(_ text: String, file: String) -> (settings: [(name: String, value: String, line: Int)], errors: [String]) {
        var settings: [(String, String, Int)] = [], errors: [String] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw).trimmingWhitespace
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let eq = line.firstIndex(of: "=") else {
                errors.append("\(file):\(i + 1):1: error: expected `NAME = VALUE` (such as `units = en`)")
                continue
            }
            let name = String(line[..<eq]).trimmingWhitespace.lowercased()
            let value = String(line[line.index(after: eq)...]).trimmingWhitespace
            guard valued.contains(name) || flags.contains(name) else {
                let hint = Suggest.closest(to: name, among: valued + flags).map { " (did you mean `\($0)`?)" } ?? ""
                errors.append("\(file):\(i + 1):1: error: unknown setting `\(name)`\(hint); the settings are \((valued + flags).joined(separator: ", "))")
                continue
            }
            settings.append((name, value, i + 1))
        }
        return (settings, errors)
    }

    /// The settings applied to `a` where the command line did not set them; errors for values
    /// the option would refuse.
    public static func apply(_ settings: [(name: String, value: String, line: Int)], file: String, to a: inout Arguments) -> [String] {
        var errors: [String] = []
        func bad(_ s: (name: String, value: String, line: Int), _ why: String) {
            errors.append("\(file):\(s.line):1: error: `\(s.name) = \(s.value)`: \(why)")
        }
        for s in settings {
            if flags.contains(s.name) {
                guard let on = ["on": true, "true": true, "yes": true, "off": false, "false": false, "no": false][s.value.lowercased()] else {
                    bad(s, "a setting of `\(s.name)` is `on` or `off`")
                    continue
                }
                switch s.name {
                case "pager": if !a.noPager { a.noPager = !on }
                case "ascii": a.ascii = a.ascii || on
                case "quiet": a.quiet = a.quiet || on
                case "bail": a.bail = a.bail || on
                case "notes": a.notes = a.notes || on
                default: a.echo = a.echo || on
                }
                continue
            }
            switch s.name {
            case "format":
                guard let f = OutputFormat(rawValue: s.value) else { bad(s, "choose \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))"); continue }
                if !a.formatGiven { a.format = f }
            case "units":
                guard let u = UnitStyle(rawValue: s.value) else { bad(s, "choose ko or en"); continue }
                if !a.unitsGiven { a.units = u }
            case "color":
                guard let c = Arguments.ColorChoice(rawValue: s.value) else { bad(s, "choose auto, always or never"); continue }
                if !a.colorGiven { a.color = c }
            default:
                guard let z = ChartSize(s.value) else { bad(s, "choose article, slide or WxH"); continue }
                if !a.sizeGiven { a.chartSize = z }
            }
        }
        return errors
    }
}
