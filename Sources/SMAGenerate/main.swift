// sma-generate ROOT: writes the generated files of the repository at ROOT (`make golden`).
// Not part of the product: the sma program carries none of its generators.
import Glibc
import SMATools

func fail(_ message: String) -> Never {
    var text = "sma-generate: " + message + "\n"
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    exit(1)
}

let root = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "."
var files = GeneratedFiles.all
do { files.append(try GeneratedFiles.compiledRecord()) } catch { fail("the prelude does not parse: \(error.diagnostic.message)") }
for (path, content) in files {
    let full = root + "/" + path, temporary = full + ".tmp"
    guard let f = fopen(temporary, "w") else { fail("cannot write \(temporary)") }
    let written = fputs(content, f) >= 0
    guard fclose(f) == 0, written, rename(temporary, full) == 0 else { fail("cannot write \(full)") }
}
