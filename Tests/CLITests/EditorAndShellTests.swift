import Foundation
import Testing
@testable import SMATools

/// The editors and shells as they run: vim detects `.sma` whatever the order of `filetype on`
/// and the runtimepath line; the VS Code folder is a complete extension; the Sublime syntax
/// holds the TextMate grammar's rules; zsh offers `-e` again; fish finds an install under
/// /usr/local without XDG_DATA_DIRS.
@Suite(.serialized) struct EditorAndShellTests {
    static var vim: String? { ["/usr/bin/vim", "/usr/bin/vim.basic"].first { FileManager.default.isExecutableFile(atPath: $0) } }

    @Test(.enabled(if: vim != nil, "vim is not installed"))
    func vimDetectsSmaInEitherOrder() throws {
        let file = try CLI.temp("detect.sma", "# a comment, as conf files have\ncontribution 2021\n")
        let runtime = CLI.root + "/editors/vim"
        for vimrc in ["filetype on\nset runtimepath+=\(runtime)\n", "set runtimepath+=\(runtime)\nfiletype on\n"] {
            let rc = try CLI.temp("vimrc", vimrc)
            let out = try CLI.temp("filetype.txt", "")
            let r = try CLI.run(["-u", rc, "-N", "-es", "-c", "redir! > \(out)", "-c", "echo &filetype", "-c", "redir END", "-c", "qa!", file], executable: Self.vim)
            #expect(r.status == 0)
            #expect(try String(contentsOfFile: out, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines) == "sma", "\(vimrc)")
        }
    }

    @Test func vscodeExtensionIsComplete() throws {
        let folder = CLI.root + "/editors/vscode"
        let package = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/package.json"))) as? [String: Any]
        let contributes = try #require(package?["contributes"] as? [String: Any])
        let language = try #require((contributes["languages"] as? [[String: Any]])?.first)
        #expect(language["id"] as? String == "sma" && (language["extensions"] as? [String]) == [".sma"])
        let grammar = try #require((contributes["grammars"] as? [[String: Any]])?.first)
        for path in [language["configuration"] as? String, grammar["path"] as? String].compactMap({ $0 }) {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(path) is not JSON")
        }
        let tm = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/syntaxes/sma.tmLanguage.json"))) as? [String: Any]
        #expect(tm?["scopeName"] as? String == grammar["scopeName"] as? String)
        #expect(try String(contentsOfFile: folder + "/syntaxes/sma.tmLanguage.json", encoding: .utf8) == EditorSyntax.textMateGrammar)
        #expect(package?["engines"] != nil && package?["version"] as? String == SMAVersionForTests.current)
    }

    @Test func sublimeSyntaxHasTheGrammarsRules() throws {
        let text = try String(contentsOfFile: CLI.root + "/editors/sublime/sma.sublime-syntax", encoding: .utf8)
        #expect(text.hasPrefix("%YAML 1.2\n---\n"))
        let rules = EditorSyntax.matchRules
        for r in rules.before + rules.after {
            #expect(text.contains("    - match: '\(r.match.replacingOccurrences(of: "'", with: "''"))'\n      scope: \(r.scope)\n"), "\(r.scope)")
        }
        // Python reads it as YAML where PyYAML is installed.
        let check = try CLI.run(["python3", "-c", "import sys\ntry:\n import yaml\nexcept ImportError:\n sys.exit(0)\nd = yaml.safe_load(open(sys.argv[1]))\nassert d['scope'] == 'source.sma' and 'main' in d['contexts'] and 'string' in d['contexts']", CLI.root + "/editors/sublime/sma.sublime-syntax"], executable: "/usr/bin/env")
        #expect(check.status == 0, "\(check.err)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/fish"), "fish is not installed"))
    func fishLooksWhereAUsrLocalInstallPutsIt() throws {
        // Without XDG_DATA_DIRS fish does not look in /usr/local/share: the install's second copy
        // is in a folder it does look in.
        let r = try CLI.run(["/usr/bin/fish", "-c", "string join \\n $fish_complete_path"], env: ["XDG_DATA_DIRS": ""], executable: "/usr/bin/env")
        let path = r.out.split(separator: "\n").map(String.init)
        #expect(path.contains("/etc/fish/completions"), "\(path)")
        // And the script itself loads in fish, with its options.
        let script = try CLI.temp("sma.fish", try CLI.run(["--completions", "fish"]).out)
        let c = try CLI.run(["/usr/bin/fish", "-c", "source \(script); complete -C 'sma --for'"], executable: "/usr/bin/env")
        #expect(c.out.contains("--format"), "\(c.out) \(c.err)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/zsh") && Terminal.tmux != nil, "zsh or tmux is not installed"))
    func zshOffersEvalAgain() throws {
        let dir = NSTemporaryDirectory() + "sma-zsh-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try CLI.run(["--completions", "zsh"]).out.write(toFile: dir + "/_sma", atomically: true, encoding: .utf8)
        let t = try Terminal("/usr/bin/zsh -f", history: dir + "/h", prompt: nil)
        t.type("fpath=(\(dir) $fpath); autoload -U compinit; compinit -u; PS1='zsh> '"); t.press("Enter")
        #expect(t.waitFor("zsh>"))
        t.type("sma -e agreements -"); t.press("Tab")
        #expect(t.waitUntil(5) { $0.contains("--eval") }, "\(t.screen())")
        // The descriptions come whole: a colon kept, not cut at it.
        #expect(t.waitFor("auto (default: only on a terminal"), "\(t.screen())")
    }
}

/// The version the generator writes into package.json (the program's own).
enum SMAVersionForTests {
    static var current: String {
        (try? CLI.run(["--version"]).out.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "sma ", with: "")) ?? ""
    }
}
