import Foundation
import Testing
@testable import SMAShell

/// Options as users of other tools type them: bundled (`-qf csv`), attached (`-fcsv`),
/// `--name=value`, unique prefixes (`--form`), one-dash long options (`-echo`, sqlite3's
/// spelling), a did-you-mean for a mistyped one, and a refusal for a singular option given twice.
@Suite struct OptionSpellingTests {
    @Test func spellingsMeanTheSame() throws {
        let expected = try CLI.run(["--quiet", "--format", "csv", "-e", "agreements"])
        #expect(expected.status == 0)
        for spelling in [["-qf", "csv"], ["-qfcsv"], ["-q", "-fcsv"], ["--quiet", "--format=csv"], ["--qui", "--form", "csv"], ["-q", "-format", "csv"]] {
            let r = try CLI.run(spelling + ["-e", "agreements"])
            #expect(r.status == 0 && r.out == expected.out, "\(spelling): \(r.err)")
        }
        // A value that looks like an option is still the value.
        #expect(try CLI.run(["-e", "-5 + 1"]).out == "-4\n")
        #expect(try CLI.run(["--eval", "-5 + 1"]).out == "-4\n")
        #expect(try CLI.run(["-echo", "-e", "1"]).out == "sma> 1\n1\n")
    }

    /// The fast path's lists are the options' own spellings.
    @Test func fastSpellingsAreTheOptions() {
        let all = CommandLineOptions.all.filter { $0.long.hasPrefix("--") }
        let values = all.filter { $0.value != nil }.flatMap { [$0.short, $0.long].compactMap { $0 } }
        let flags = all.filter { $0.value == nil }.flatMap { [$0.short, $0.long].compactMap { $0 } }
        #expect(Set(CommandLineOptions.valueSpellings) == Set(values))
        #expect(Set(CommandLineOptions.flagSpellings) == Set(flags))
        #expect(Set(CommandLineOptions.singular).isSubset(of: Set(values)))
        for o in all { if let s = o.short { #expect(CommandLineOptions.long(s) == o.long) } }
    }

    @Test func mistakesAreNamed() throws {
        for (args, message) in [(["--fromat", "csv"], "unknown option '--fromat' (did you mean '--format'?)"),
                                (["--co", "never"], "'--co' could be '--color', '--completions'"),
                                (["-qx"], "unknown option '-x' in '-qx'"),
                                (["-o", "a.csv", "-o", "b.csv"], "--output is given twice ('a.csv', then 'b.csv')"),
                                (["-fcsv", "--format", "json"], "--format is given twice"),
                                (["--bail=yes"], "option --bail takes no value")] {
            let r = try CLI.run(args + ["-e", "1"])
            #expect(r.status == 2, "\(args)")
            #expect(r.err.contains(message), "\(args): \(r.err)")
        }
        let missing = try CLI.run(["-f"])
        #expect(missing.status == 2 && missing.err.contains("option --format needs a value"))
        // Flags may repeat; `--` ends the options.
        #expect(try CLI.run(["--bail", "--bail", "-e", "1"]).status == 0)
        let after = try CLI.run(["--", "--not-an-option"])
        #expect(after.status == 1 && after.err.contains("--not-an-option"))
    }
}
