// sma-embed OUTPUT FILE...: writes OUTPUT, a Swift file holding each FILE's text as a raw
// string literal (`EmbeddedText.files`, keyed by file name), for the EmbedText build plugin.
// A build tool only: not part of the sma program.
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: sma-embed OUTPUT FILE...\n".utf8))
    exit(2)
}
var swift = "// Generated at build time by sma-embed (the EmbedText plugin) from the text files beside\n"
swift += "// it in the target's folder. Do not edit: edit those files.\n\n"
swift += "/// The text files of this module, by file name.\n"
swift += "enum EmbeddedText {\n    static let files: [String: String] = [\n"
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        FileHandle.standardError.write(Data("sma-embed: cannot read \(path) as UTF-8\n".utf8))
        exit(1)
    }
    // A raw string with enough #s that no `"#…` in the text ends it.
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    swift += "        \(String(reflecting: url.lastPathComponent)): \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
swift += "    ]\n}\n"
do {
    try swift.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("sma-embed: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
