import SMALanguage

/// The built-in record, written in the sma language in `builtin.sma` beside this file (see
/// Grammar.md, "Definitions") and embedded at build time (the EmbedText plugin). Print it with
/// `sma -e record`; replace it with `sma --record FILE`. The session does not parse it: it
/// starts from the compiled form (`CompiledRecord.generated.swift`, generated from this text).
public enum BuiltinRecord {
    public static let fileName = "builtin.sma"

    public static var text: String { EmbeddedText.text(named: fileName) ?? "" }
}
