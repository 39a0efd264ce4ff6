import Foundation
import Testing

/// `sma --serve` as a notebook's kernel runs it: a child process, requests on its standard
/// input, SIGINT for the notebook's interrupt button.
@Suite(.serialized) struct ServeCLITests {
    /// A running `sma --serve` and its response lines.
    final class Server {
        let p = Process()
        let input = Pipe(), output = Pipe()
        var buffered = Data()
        init() throws {
            p.executableURL = URL(fileURLWithPath: CLI.binary)
            p.arguments = ["--serve"]
            p.standardInput = input
            p.standardOutput = output
            p.standardError = FileHandle.nullDevice
            try p.run()
        }
        func send(_ line: String) { input.fileHandleForWriting.write(Data((line + "\n").utf8)) }
        func readLine() -> String {
            while true {
                if let nl = buffered.firstIndex(of: 0x0A) {
                    let line = String(decoding: buffered[..<nl], as: UTF8.self)
                    buffered = Data(buffered[(nl + 1)...])
                    return line
                }
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { return "" }
                buffered.append(chunk)
            }
        }
        /// Lines up to and including the request's `done`.
        func untilDone() -> [String] {
            var lines: [String] = []
            repeat { lines.append(readLine()) } while !(lines.last ?? "").contains("\"type\": \"done\"") && lines.last != ""
            return lines
        }
        func close() -> Int32 {
            try? input.fileHandleForWriting.close()
            p.waitUntilExit()
            return p.terminationStatus
        }
    }

    @Test func interruptStopsTheStatementAndTheSessionLivesOn() throws {
        let s = try Server()
        #expect(s.readLine().hasPrefix("{\"type\": \"ready\", \"sma\": "))
        s.send(#"{"id": 1, "op": "execute", "code": "let keep = 5\nsimulate 2027..2060 under agreement 12 with cpi normal(3%, 1%) trials 100000000\ncontribution 2021"}"#)
        #expect(s.readLine().contains("\"type\": \"quiet\""))
        usleep(500_000)
        kill(s.p.processIdentifier, SIGINT)
        let lines = s.untilDone()
        #expect(lines.first?.contains("\"phase\": \"interruption\"") == true)
        #expect(lines.last?.contains("\"status\": \"interrupted\"") == true)
        #expect(!lines.contains { $0.contains("1조 1,833억") }) // the statement after it does not run
        // A second interrupt while idle is harmless; the variable from before is still there.
        kill(s.p.processIdentifier, SIGINT)
        usleep(100_000)
        s.send(#"{"id": 2, "op": "execute", "code": "keep * 2"}"#)
        let after = s.untilDone()
        #expect(after.first?.contains(#""text/plain": "10\n""#) == true)
        #expect(after.last?.contains("\"status\": \"ok\"") == true)
        #expect(s.close() == 0)
    }

    @Test func serveTakesNoOtherInput() throws {
        let r = try CLI.run(["--serve", "-e", "1"])
        #expect(r.status == 2)
        #expect(r.err.contains("--serve takes its statements as requests"))
        // Standard input closed at once: the greeting, then a clean end.
        let empty = try CLI.run(["--serve"], stdin: "")
        #expect(empty.status == 0)
        #expect(empty.out.hasPrefix("{\"type\": \"ready\""))
    }
}
