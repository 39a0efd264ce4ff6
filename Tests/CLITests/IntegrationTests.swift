import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell
@testable import SMATools

/// sma where its users work: the editor files in `editors/` are what the vocabulary gives
/// (`make golden` rewrites them), vim loads them on every example, bash completes from the
/// script `sma --completions bash` prints, and `--help`, the man page and the completions
/// name every option.
@Suite struct GeneratedFilesGoldenTests {
    static let files: [(String, String)] = GeneratedFiles.all.map { ($0.path, $0.content) }

    @Test(arguments: files.map(\.0))
    func theCommittedFileIsTheGeneratedOne(_ path: String) throws {
        let generated = try #require(Self.files.first { $0.0 == path }).1
        let full = CLI.root + "/" + path
        let committed = try String(contentsOfFile: full, encoding: .utf8)
        #expect(committed == generated, "\(path) differs from what the vocabulary gives: run `make golden` (sma-generate writes it)")
    }

    /// Every statement word, clause word, distribution, definition word and unit is in both grammars.
    @Test func everyWordIsInBothGrammars() throws {
        let vim = EditorSyntax.vimSyntax, textMate = EditorSyntax.textMateGrammar
        let words = Vocabulary.statementWords + Vocabulary.clauseWords + Vocabulary.distributions + Vocabulary.definitionWords + Vocabulary.unitWords
        for w in words {
            #expect(vim.contains(" \(w)") || vim.contains(EditorSyntax.vimAlternatives([w])), "vim lacks \(w)")
            #expect(textMate.contains(EditorSyntax.regexAlternatives([w]).replacingOccurrences(of: "\\", with: "\\\\")), "TextMate lacks \(w)")
        }
        // The TextMate grammar is JSON with the scope GitHub and VS Code look for.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(textMate.utf8)) as? [String: Any])
        #expect(object["scopeName"] as? String == "source.sma")
        #expect((object["patterns"] as? [Any])?.count ?? 0 >= 8)
    }

    static var vim: String? { ["/usr/bin/vim", "/usr/bin/vim.basic", "/usr/local/bin/vim"].first { FileManager.default.isExecutableFile(atPath: $0) } }

    /// vim loads the syntax file on every example without an error, and highlights: the first
    /// word of `contribution 2021` is a statement, `#` starts a comment.
    @Test(.enabled(if: vim != nil, "vim is not installed (.ci/run installs it)"))
    func vimLoadsTheSyntaxOnEveryExample() throws {
        let examples = try FileManager.default.contentsOfDirectory(atPath: CLI.root + "/Examples").filter { $0.hasSuffix(".sma") }.sorted()
        #expect(examples.count >= 10)
        let runtime = CLI.root + "/editors/vim"
        for e in examples {
            let out = NSTemporaryDirectory() + "sma-vim-\(getpid()).txt"
            // -Es: silent Ex mode; errors go to the messages, which the script writes out.
            let script = ["set nocompatible", "let &rtp = '\(runtime),' . &rtp", "filetype on", "syntax on",
                          "edit \(CLI.root)/Examples/\(e)",
                          "let g:r = [&filetype, exists('b:current_syntax') ? b:current_syntax : '', v:errmsg]",
                          "call writefile(g:r, '\(out)')", "qa!"]
            var args = ["-Es", "-u", "NONE", "-i", "NONE", "-N"]
            for c in script { args += ["-c", c] }
            let r = try CLI.run(args, executable: Self.vim!)
            let lines = (try? String(contentsOfFile: out, encoding: .utf8))?.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) ?? []
            #expect(lines.count >= 2 && lines[0] == "sma" && lines[1] == "sma", "\(e): \(lines) \(r.err)")
            #expect(lines.count < 3 || lines[2].isEmpty, "\(e): vim says \(lines[2])")
        }
        // What vim calls the words of a line.
        let probe = try CLI.temp("probe.sma", "contribution 2021 in usd # a comment\n")
        let out = NSTemporaryDirectory() + "sma-vim-probe-\(getpid()).txt"
        let groups = "map([1, 14, 19, 26], {_, c -> synIDattr(synID(1, c, 1), 'name')})"
        var args = ["-Es", "-u", "NONE", "-i", "NONE", "-N"]
        for c in ["let &rtp = '\(runtime),' . &rtp", "filetype on", "syntax on", "edit \(probe)", "call writefile(\(groups), '\(out)')", "qa!"] { args += ["-c", c] }
        _ = try CLI.run(args, executable: Self.vim!)
        let names = (try? String(contentsOfFile: out, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        #expect(names == ["smaStatement", "smaNumber", "smaClause", "smaComment"], "\(names)")
    }
}

@Suite struct ShellCompletionTests {
    /// bash completes from the script: options, option values, statement words after `-e`
    /// (quoted or not), `.sma` files.
    @Test func bashCompletes() throws {
        let script = try CLI.run(["--completions", "bash"])
        #expect(script.status == 0)
        let path = try CLI.temp("sma.bash", script.out)
        func complete(_ words: [String]) throws -> [String] {
            let quoted = words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
            let r = try CLI.run(["bash", "-c", "source \(path); COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); _sma; printf '%s\\n' \"${COMPREPLY[@]}\"; complete -p sma"],
                                executable: "/usr/bin/env")
            #expect(r.out.hasSuffix("complete -F _sma sma\n"), "\(r.out) \(r.err)")
            return r.out.split(separator: "\n").dropLast().map(String.init)
        }
        #expect(try complete(["sma", "-e", "'contr"]) == ["contribution", "contributions"])
        #expect(try complete(["sma", "-e", "proj"]) == ["project"])
        #expect(try complete(["sma", "--form"]) == ["--format"])
        #expect(try complete(["sma", "--format", "j"]) == ["json", "jsonl"])
        #expect(try complete(["sma", "--completions", ""]) == ["bash", "zsh", "fish"])
        // `--format=c`: bash splits the word at `=`.
        #expect(try complete(["sma", "--format", "=", "c"]) == ["csv"])
        #expect(try complete(["sma", "--units", "="]) == ["ko", "en"])
        // A folder after -o and --record: into it (the shell adds its slash).
        #expect(try complete(["sma", "-o", "Exam"]).contains("Examples"))
        #expect(try complete(["sma", "--record", "Examples/err"]).contains("Examples/errors"))
        #expect(try complete(["sma", "Examples/what-"]) == ["Examples/what-if.sma"])
        // A name with spaces is one candidate; after -o and --record, folders too.
        let dir = NSTemporaryDirectory() + "sma-complete-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir + "/out dir", withIntermediateDirectories: true)
        try "1\n".write(toFile: dir + "/my script.sma", atomically: true, encoding: .utf8)
        #expect(try complete(["sma", dir + "/my"]) == [dir + "/my script.sma"])
        #expect(try complete(["sma", "-o", dir + "/out"]) == [dir + "/out dir"])
        #expect(try complete(["sma", "--record", dir + "/my"]) == [dir + "/my script.sma"])
    }

    /// Every option of `--help` is in the completions and the man page; the program accepts each.
    @Test func everyOptionIsEverywhere() throws {
        let help = try CLI.run(["--help"]).out
        let man = try String(contentsOfFile: CLI.root + "/man/sma.1", encoding: .utf8)
        for o in CommandLineOptions.all {
            #expect(help.contains(o.long))
            for shell in ShellCompletion.Shell.allCases {
                #expect(ShellCompletion.script(shell).contains(shell == .fish ? "-l \(o.long.dropFirst(2))" : o.long), "\(shell) lacks \(o.long)")
            }
            // Roff writes a hyphen in an option as \-.
            #expect(man.contains(o.long.replacingOccurrences(of: "-", with: "\\-")), "the man page lacks \(o.long)")
            if let s = o.short { #expect(man.contains(s.replacingOccurrences(of: "-", with: "\\-"))) }
            var args = [o.long]
            if let v = o.value { args.append(v == .statement ? "1" : v == .file ? "/dev/null" : (o.choices?.first ?? "x")) }
            let r = try CLI.run(args, stdin: "")
            #expect(!r.err.contains("unknown option"), "\(o.long): \(r.err)")
        }
        // Every option the help lists is in the list the scripts are written from.
        for line in help.split(separator: "\n") where line.hasPrefix("  -") || line.hasPrefix("      --") {
            let name = line.split(separator: " ").first { $0.hasPrefix("--") }.map { String($0.split(separator: ",")[0]) }
            if let name { #expect(CommandLineOptions.all.contains { $0.long == name }, "\(name) is not in CommandLineOptions") }
        }
    }
}

@Suite struct ManPageTests {
    static var groff: String? { ["/usr/bin/groff"].first { FileManager.default.isExecutableFile(atPath: $0) } }

    /// The man page renders without a warning and names every statement.
    @Test(.enabled(if: groff != nil, "groff is not installed (.ci/run installs it)"))
    func theManPageRendersCleanly() throws {
        let r = try CLI.run(["-ww", "-man", "-Tutf8", "-z", CLI.root + "/man/sma.1"], executable: Self.groff!)
        #expect(r.status == 0)
        #expect(r.err.isEmpty, "groff warns: \(r.err)")
        let text = try CLI.run(["-man", "-Tutf8", CLI.root + "/man/sma.1"], executable: Self.groff!).out
            .replacingOccurrences(of: "\u{8}.", with: "", options: .regularExpression)
        for w in Vocabulary.statementWords { #expect(text.contains(w), "the man page lacks \(w)") }
        for section in ["SYNOPSIS", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES"] {
            #expect(text.contains(section), "no \(section)")
        }
        for variable in ["SMA_HISTORY", "XDG_STATE_HOME", "NO_COLOR", "COLUMNS"] { #expect(text.contains(variable)) }
    }
}

@Suite struct InstallTests {
    /// `make install` puts every file in its place under DESTDIR/PREFIX; `make uninstall`
    /// removes each of them and the directories of its own.
    @Test func installThenUninstallLeavesNothing() throws {
        let stage = NSTemporaryDirectory() + "sma-stage-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: stage) }
        let make = ["make", "-s", "-C", CLI.root, "BIN_RELEASE=\(CLI.binary)", "DESTDIR=\(stage)", "PREFIX=/usr/local"]
        let install = try CLI.run(make + ["install-files"], executable: "/usr/bin/env")
        #expect(install.status == 0, "\(install.err)")
        let files = ["bin/sma", "share/man/man1/sma.1", "share/bash-completion/completions/sma", "share/zsh/site-functions/_sma",
                     "share/fish/vendor_completions.d/sma.fish", "share/sma/editors/vim/syntax/sma.vim",
                     "share/sma/editors/vim/ftdetect/sma.vim", "share/sma/editors/vim/plugin/sma.vim", "share/sma/editors/sma.tmLanguage.json",
                     "share/sma/editors/sublime/sma.sublime-syntax", "share/sma/editors/vscode/package.json",
                     "share/sma/editors/vscode/syntaxes/sma.tmLanguage.json"]
        for f in files { #expect(FileManager.default.fileExists(atPath: stage + "/usr/local/" + f), "\(f) is not installed") }
        // Under /usr/local fish's completions also go where fish looks without XDG_DATA_DIRS.
        #expect(FileManager.default.fileExists(atPath: stage + "/etc/fish/completions/sma.fish"))
        #expect(FileManager.default.isExecutableFile(atPath: stage + "/usr/local/bin/sma"))
        let completion = try String(contentsOfFile: stage + "/usr/local/share/bash-completion/completions/sma", encoding: .utf8)
        #expect(completion == ShellCompletion.script(.bash))
        let uninstall = try CLI.run(make + ["uninstall"], executable: "/usr/bin/env")
        #expect(uninstall.status == 0, "\(uninstall.err)")
        let left = FileManager.default.enumerator(atPath: stage)?.compactMap { $0 as? String }.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: stage + "/" + path, isDirectory: &isDirectory) && !isDirectory.boolValue
        } ?? []
        #expect(left.isEmpty, "left behind: \(left)")
        #expect(!FileManager.default.fileExists(atPath: stage + "/usr/local/share/sma"))
    }
}

@Suite struct SVGChartTests {
    /// `-o chart.svg` writes well-formed XML with a bar for each year, in the chosen units, and
    /// rsvg-convert draws it; other results still print; a run without a chart writes nothing.
    @Test func chartsBecomePictures() throws {
        let path = NSTemporaryDirectory() + "sma-chart-\(getpid()).svg"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try CLI.run(["-o", path, "-e", "chart contributions 1991..2026", "-e", "contribution 2021"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == "1조 1,833억 원\n")
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        let parser = XMLParser(data: Data(svg.utf8))
        final class Counter: NSObject, XMLParserDelegate {
            var bars = 0, agreements = 0, root = ""
            func parser(_ p: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                if root.isEmpty { root = name }
                if name == "rect" && attributes["class"]?.hasPrefix("bar ") == true { bars += 1 }
                if name == "text" && attributes["class"] == "agreement" { agreements += 1 }
            }
        }
        let counter = Counter()
        parser.delegate = counter
        #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(counter.root == "svg")
        #expect(counter.bars == 36)
        #expect(counter.agreements == 12)
        #expect(svg.contains(">1조 5,192억 원<") && svg.contains(">12th<"))
        // English units on the axis and the bars.
        let en = NSTemporaryDirectory() + "sma-chart-en-\(getpid()).svg"
        defer { try? FileManager.default.removeItem(atPath: en) }
        _ = try CLI.run(["--units", "en", "-o", en, "-e", "chart simulate 2027..2030 under agreement 12 with cpi normal(2%, 1%) trials 2000 seed 5"])
        let fan = try String(contentsOfFile: en, encoding: .utf8)
        #expect(fan.contains("class=\"band\"") && fan.contains("class=\"median\"") && fan.contains("₩1.5511 trillion"))
        // No chart, no file.
        let none = try CLI.run(["-o", path + ".none.svg", "-e", "contribution 2021"])
        #expect(none.status == 1 && none.err.contains("no statement drew a chart"))
        #expect(!FileManager.default.fileExists(atPath: path + ".none.svg"))
        // rsvg-convert draws it.
        if let rsvg = ["/usr/bin/rsvg-convert"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            let png = path + ".png"
            defer { try? FileManager.default.removeItem(atPath: png) }
            let drawn = try CLI.run(["-o", png, path], executable: rsvg)
            #expect(drawn.status == 0, "\(drawn.err)")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) && bytes.count > 10_000)
        } else {
            Issue.record("rsvg-convert is not installed (.ci/run installs librsvg2-bin)")
        }
    }

    /// The README's picture is what sma draws now.
    @Test func theReadmePictureIsCurrent() throws {
        let path = NSTemporaryDirectory() + "sma-readme-\(getpid()).svg"
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try CLI.run(["-o", path, "-e", "chart contributions 1991..2026"])
        let now = try String(contentsOfFile: path, encoding: .utf8)
        let committed = CLI.root + "/docs/contributions.svg"
        if ProcessInfo.processInfo.environment["SMA_UPDATE_GOLDEN"] != nil { try now.write(toFile: committed, atomically: true, encoding: .utf8) }
        #expect(try String(contentsOfFile: committed, encoding: .utf8) == now, "docs/contributions.svg is stale: run `make golden`")
    }
}
