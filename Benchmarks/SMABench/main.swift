// Completion latency for `make bench`: what Tab costs in the REPL, measured in-process.
//
// For every cursor position of every line of the examples (and of two long lines), it builds the
// completion context as the REPL does on each Tab (with 1,000 variables defined) and asks the
// completer, three times, keeping the best; it prints the median, the 99th percentile and the
// slowest prefix.
// Usage: SMABench EXAMPLES_DIR
#if canImport(Glibc)
import Glibc
#endif
import SMALanguage
import SMAEngine
import SMARender
import SMAShell

func now() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
}

func readFile(_ path: String) -> String? {
    guard let f = fopen(path, "r") else { return nil }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buf, 1, buf.count, f)
        if n <= 0 { break }
        bytes.append(contentsOf: buf[0..<n])
    }
    return String(decoding: bytes, as: UTF8.self)
}

let dir = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "Examples"
var lines: [String] = []
if let d = opendir(dir) {
    while let e = readdir(d) {
        let name = withUnsafeBytes(of: e.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name.hasSuffix(".sma"), let text = readFile(dir + "/" + name) {
            lines += text.split(separator: "\n").map(String.init)
        }
    }
    closedir(d)
}
// Long lines: a long sum, and a long projection with many clauses.
lines.append((0..<400).map { "v\($0)" }.joined(separator: " + "))
lines.append("compare " + (0..<100).map { "growth \($0)%" }.joined(separator: ", ") + " for 2027..2030")

let session = Session()
let runner = Runner(session: session, options: RunOptions(), sink: CollectingSink())
for i in 0..<1000 { runner.run(name: "bench", bytes: Array("let v\(i) = \(i)억".utf8)) }
let commands = ["quit", "exit", "history", "save", "load", "reset"]

var times: [UInt64] = []
var slowest = (time: UInt64(0), prefix: "")
var answers = 0
for line in lines {
    let bytes = Array(line.utf8)
    for cursor in 0...bytes.count {
        // Only whole characters: a cursor never sits inside a UTF-8 sequence.
        if cursor < bytes.count && bytes[cursor] & 0xC0 == 0x80 { continue }
        // The best of three: a prefix's cost, not the scheduler's (this machine is a shared VM).
        var best = UInt64.max
        for _ in 0..<3 {
            let t0 = now()
            let c = Completer.complete(line, cursor: cursor, context: session.completionContext(sessionCommands: commands))
            best = min(best, now() - t0)
            answers += c.candidates.count
        }
        times.append(best)
        if best > slowest.time { slowest = (best, String(decoding: bytes[0..<cursor], as: UTF8.self)) }
    }
}
times.sort()
func us(_ ns: UInt64) -> String {
    let tenths = (ns + 50) / 100
    return "\(tenths / 10).\(tenths % 10) µs"
}
let p99 = times[min(times.count - 1, times.count * 99 / 100)]
print("completion: \(times.count) prefixes of \(lines.count) lines, 1,000 variables defined: median \(us(times[times.count / 2])), 99th percentile \(us(p99)), slowest \(us(times.last!)) (goal: under 1 ms)")
let shown = slowest.prefix.count > 60 ? "…" + slowest.prefix.suffix(59) : slowest.prefix
print("  slowest prefix (\(slowest.prefix.utf8.count) bytes): \(shown)")
if answers == 0 { print("(no candidates at all: something is wrong)") }
