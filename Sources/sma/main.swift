// The sma program: parses the command line and hands it to `Program`, which runs every input
// through the shell's Runner. All language behaviour lives in the library modules.
#if canImport(Glibc)
import Glibc
#endif
import SMAShell

// Before any file is opened: a closed standard output must not be taken by one.
_ = StandardSink.stdoutClosed

do {
    let arguments = Startup.configured(try Arguments.parse(Array(CommandLine.arguments.dropFirst())))
    exit(Program(arguments: arguments).run())
} catch {
    Program.fail(usage: error.message)
}
