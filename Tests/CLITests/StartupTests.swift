import Foundation
import Testing

/// Startup files (`$XDG_CONFIG_HOME/sma/config` and `init.sma`) apply to a session and not to a
/// script; the pager pages what is taller than the terminal. In a real terminal (tmux).
@Suite(.serialized) struct StartupTests {
    func configHome(config: String?, initFile: String?) throws -> String {
        let home = NSTemporaryDirectory() + "sma-config-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: home + "/sma", withIntermediateDirectories: true)
        if let config { try config.write(toFile: home + "/sma/config", atomically: true, encoding: .utf8) }
        if let initFile { try initFile.write(toFile: home + "/sma/init.sma", atomically: true, encoding: .utf8) }
        return home
    }

    func history() -> String { NSTemporaryDirectory() + "sma-history-\(getpid())-\(UInt32.random(in: 0...UInt32.max))" }

    @Test func aConfigChangesTheSessionAndNotAScript() throws {
        guard Terminal.tmux != nil else { Issue.record("tmux is not installed"); return }
        let home = try configHome(config: "# my defaults\nunits = en\n", initFile: "let base = 42\n")
        let t = try Terminal(history: history(), env: ["XDG_CONFIG_HOME": home])
        t.type("contribution 2021"); t.press("Enter")
        #expect(t.waitFor("₩1.1833 trillion"), "\(t.screen())")
        t.type("base * 2"); t.press("Enter")
        #expect(t.waitFor("84"), "\(t.screen())")
        // A script and -e: neither file.
        let script = try CLI.run(["-e", "contribution 2021"], env: ["XDG_CONFIG_HOME": home])
        #expect(script.out == "1조 1,833억 원\n")
        #expect(try CLI.run(["-e", "base"], env: ["XDG_CONFIG_HOME": home]).status == 1)
        // --init FILE runs a file first in a script too.
        let withInit = try CLI.run(["--init", home + "/sma/init.sma", "-e", "base + 1"], env: ["XDG_CONFIG_HOME": home])
        #expect(withInit.out == "43\n")
    }

    @Test func noInitAndErrors() throws {
        guard Terminal.tmux != nil else { Issue.record("tmux is not installed"); return }
        let home = try configHome(config: "untis = en\nformat = xml\n", initFile: "let ok = 1\n1 / 0\n")
        let t = try Terminal(history: history(), env: ["XDG_CONFIG_HOME": home], prompt: nil)
        #expect(t.waitFor("sma>"), "\(t.screen())")
        let screen = t.screen()
        #expect(screen.contains("sma/config:1:1: error: unknown setting `untis` (did you mean `units`?)"), "\(screen)")
        #expect(screen.contains("sma/config:2:1: error: `format = xml`"), "\(screen)")
        #expect(screen.contains("init.sma:2:"), "\(screen)")
        t.type("ok + 1"); t.press("Enter")
        #expect(t.waitFor("2\n") || t.screen().contains("\n2"), "\(t.screen())")
        let skipped = try Terminal(CLI.binary + " --no-init", history: history(), env: ["XDG_CONFIG_HOME": home], prompt: nil)
        #expect(skipped.waitFor("sma>"))
        #expect(!skipped.screen().contains("untis"))
    }

    @Test func tallResultsArePaged() throws {
        guard Terminal.tmux != nil else { Issue.record("tmux is not installed"); return }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/less") else { Issue.record("less is not installed"); return }
        let t = try Terminal(history: history(), env: ["PAGER": "", "XDG_CONFIG_HOME": "/nonexistent"], size: (80, 24))
        t.type("record"); t.press("Enter")
        // less shows the first screen and waits: its prompt on the last line, no sma prompt.
        #expect(t.waitUntil(5) { s in s.split(separator: "\n").last.map { $0.hasPrefix(":") } ?? false }, "\(t.screen())")
        #expect(t.screen().contains("The record of the Korea"), "\(t.screen())")
        t.type("q")
        #expect(t.waitFor("sma>"), "\(t.screen())")
        // A short result is not paged; --no-pager pages nothing.
        t.type("contribution 2021"); t.press("Enter")
        #expect(t.waitFor("1조 1,833억 원"))
        let plain = try Terminal(CLI.binary + " --no-pager", history: history(), env: ["PAGER": "", "XDG_CONFIG_HOME": "/nonexistent"], size: (80, 24))
        plain.type("contributions 1991..2026"); plain.press("Enter")
        #expect(plain.waitFor("12th"), "\(plain.screen())")
        #expect(plain.waitFor("sma>"))
    }
}
