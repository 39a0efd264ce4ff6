import SMALanguage
import SMAEngine
import SMARender
import SMAShell

/// The manual page `sma(1)`, written from the program's options and the language's statement
/// words with their help summaries (`man/sma.1` is this text, checked by the tests).
public enum ManPage {
    /// Roff text: a leading `.` or `'` escaped, backslashes doubled, hyphens as `\-`.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            default:
                // Beyond ASCII as groff's named Unicode escapes: plain `groff -man` reads the
                // page without warnings, whatever its input encoding.
                if c.isASCII { out.append(c) } else {
                    for u in c.unicodeScalars {
                        let hex = String(u.value, radix: 16, uppercase: true)
                        out += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
                    }
                }
            }
        }
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }

    static func bold(_ s: String) -> String { "\\fB" + escape(s) + "\\fR" }
    static func italic(_ s: String) -> String { "\\fI" + escape(s) + "\\fR" }

    /// The whole page: its sections in order.
    public static func page(version: String) -> String {
        header(version: version) + optionsSection + statementsSection + closingSections
    }

    /// The title, name, synopsis and description.
    static func header(version: String) -> String {
        """
        .\\" sma(1): written from sma's options and vocabulary (Sources/SMATools/ManPage.swift);
        .\\" do not edit: `make golden` rewrites it.
        .TH SMA 1 "2026" "sma \(escape(version))" "User Commands"
        .SH NAME
        sma \\- exact, sourced figures of what Korea pays toward U.S. Forces Korea
        .SH SYNOPSIS
        .B sma
        [\\fIOPTIONS\\fR] [\\fIFILE\\fR.sma | \\fB\\-\\fR]... [\\fB\\-e\\fR \\fISTATEMENT\\fR]...
        .SH DESCRIPTION
        .B sma
        is a small language and interactive shell for the Special Measures Agreements (SMA) under
        which Korea has shared the cost of stationing U.S. Forces Korea since 1991: what was paid
        each year, by which rule it grew, and what follows from a rule or an assumption.
        Money is exact (whole won, or cents for the dollar years) and every figure of the built-in
        record carries its source.
        .PP
        With no file and no
        .BR \\-e ,
        .B sma
        reads statements from standard input; on a terminal it starts an interactive session
        with history (kept in a file), Tab completion and the line editing of libedit.
        Files and
        .B \\-e
        statements run in the order given; a file may start with
        .BR "#!/usr/bin/env sma" .

        """
    }

    /// One entry an option, from `CommandLineOptions`.
    static var optionsSection: String {
        var r = ".SH OPTIONS\n"
        for o in CommandLineOptions.all {
            var head = o.short.map { bold($0) + ", " } ?? ""
            head += bold(o.long)
            if let v = o.valueName { head += " " + italic(v) }
            r += ".TP\n" + head + "\n" + o.help.map(escape).joined(separator: "\n") + "\n"
            if o.long == CommandLineOptions.standardInputAfter { r += ".TP\n" + bold("-") + "\n" + escape(CommandLineOptions.standardInputHelp) + "\n" }
        }
        return r
    }

    /// One entry a statement word, with its summary.
    static var statementsSection: String {
        var r = """
        .SH STATEMENTS
        Each statement prints its result (except
        .BR let ,
        .B set
        and
        .BR define ).
        Type
        .B help
        for the language,
        .BI help " TOPIC"
        for one statement or concept.

        """
        for w in Vocabulary.StatementWord.allCases {
            r += ".TP\n" + bold(w.rawValue) + "\n" + escape(Help.summary(of: w)) + "\n"
        }
        return r
    }

    /// Exit status, environment, files, examples, see also.
    static var closingSections: String {
        """
        .SH EXIT STATUS
        .TP
        .B 0
        every statement succeeded
        .TP
        .B 1
        a statement failed, or the results could not be written
        .TP
        .B 2
        bad usage: an unknown option or a missing value
        .TP
        .B 130
        interrupted (Ctrl\\-C)
        .TP
        .B 141
        the reader of a pipe went away
        .SH ENVIRONMENT
        .TP
        .B SMA_HISTORY
        the history file of the interactive session
        .TP
        .B SMA_HISTORY_SIZE
        how many entries the history keeps (1000 by default)
        .TP
        .B XDG_STATE_HOME
        where the history goes when
        .B SMA_HISTORY
        is not set:
        .I $XDG_STATE_HOME/sma/history
        .TP
        .B NO_COLOR
        no colour, whatever the terminal
        .TP
        .B COLUMNS
        the width results fit when the output is not a terminal (charts scale, notes and help
        wrap; a table too wide becomes one block a row)
        .TP
        .B LANG\\fR, \\fBLC_ALL
        a locale that is not UTF\\-8 draws charts in ASCII
        .TP
        .B PAGER
        the pager of the interactive session for a result taller than the terminal
        .RB ( "less \\-FRX"
        when unset or empty;
        .B \\-\\-no\\-pager
        turns it off)
        .TP
        .B XDG_CONFIG_HOME
        where the startup files are:
        .I $XDG_CONFIG_HOME/sma/
        .SH FILES
        .TP
        .I ~/.config/sma/config
        default options of the interactive session (and
        .BR \\-i ),
        one
        .I "NAME = VALUE"
        a line named as the long options
        .RI ( "units = en" ,
        .IR "format = csv" ,
        .IR "color = never" ,
        .IR "pager = off" );
        scripts and
        .B \\-e
        do not read it
        .TP
        .I ~/.config/sma/init.sma
        statements the interactive session runs first
        .RB ( \\-\\-no\\-init
        skips both files;
        .BI \\-\\-init " FILE"
        runs a file first anywhere)
        .TP
        .I ~/.local/state/sma/history
        the history, when neither
        .B SMA_HISTORY
        nor
        .B XDG_STATE_HOME
        is set (mode 0600; an entry is appended as it is entered)
        .TP
        .I ~/.editrc
        libedit's settings (for example
        .BR "bind \\-v" )
        .SH EXAMPLES
        .TP
        .B sma \\-e 'contribution 2021'
        what Korea paid in 2021: \(escape("1조 1,833억 원"))
        .TP
        .B sma \\-e verify
        recompute every rule\\-based year from its rule and the recorded indices
        .TP
        .B sma \\-\\-format json \\-e 'project 2027 under agreement 12 with cpi 2.1%'
        a projection by the 12th SMA's rule, as JSON
        .TP
        .B sma \\-o chart.svg \\-e 'chart contributions 1991..2026'
        the whole record as a bar chart in an SVG file
        .TP
        .B sma \\-i what\\-if.sma
        run a script, then stay in the session with what it defined
        .TP
        .B sma \\-\\-completions bash > ~/.local/share/bash\\-completion/completions/sma
        Tab completion in bash
        .SH SEE ALSO
        The README, Grammar.md (the grammar) and BENCHMARKS.md of the sma sources;
        .BR sqlite3 (1)
        and
        .BR jq (1),
        whose conventions sma follows.

        """
    }
}
