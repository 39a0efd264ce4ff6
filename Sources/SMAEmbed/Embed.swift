// sma-embed OUTPUT FILE...: writes OUTPUT, a Swift file holding each FILE's text as a raw
// string literal (`EmbeddedText.text(named:)`, by file name), for the EmbedText build plugin.
// A build tool only: not part of the sma program. (An `@main` type, not top-level code: the
// fuzzing build compiles executables as libraries.)
import Foundation

@main
struct Embed {
    static func fail(_ message: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data(("sma-embed: " + message + "\n").utf8))
        exit(status)
    }

    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let output = arguments.first else { fail("usage: sma-embed OUTPUT FILE...", status: 2) }
        var names: [String] = []
        var cases = ""
        for path in arguments.dropFirst() {
            let url = URL(fileURLWithPath: path)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { fail("cannot read \(path) as UTF-8", status: 1) }
            // A raw string with enough #s that no `"#…` or `\#…` in the text ends or escapes it.
            var hashes = "#"
            while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
            names.append(url.lastPathComponent)
            cases += "        case \(String(reflecting: url.lastPathComponent)):\n            return \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)\n"
        }
        var swift = "// Generated at build time by sma-embed (the EmbedText plugin) from the text files beside\n"
        swift += "// it in the target's folder. Do not edit: edit those files.\n\n"
        swift += "/// The text files of this module, by file name (a switch, not a dictionary: nothing is\n"
        swift += "/// built at start-up, and a file's text is a literal until it is asked for).\n"
        swift += "enum EmbeddedText {\n"
        swift += "    static let names: [String] = [" + names.map { String(reflecting: $0) }.joined(separator: ", ") + "]\n\n"
        swift += "    static func text(named name: String) -> String? {\n        switch name {\n" + cases
        swift += "        default:\n            return nil\n        }\n    }\n}\n"
        do {
            try swift.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            fail("cannot write \(output): \(error)", status: 1)
        }
    }
}
