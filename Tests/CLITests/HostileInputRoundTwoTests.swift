import Foundation
import Testing

/// The reproducers of issue 24 that need the program itself: files, links and pipes.
@Suite(.serialized) struct HostileInputRoundTwoTests {
    static func dir(_ name: String) throws -> String {
        let d = NSTemporaryDirectory() + "sma-hostile2-\(getpid())-\(name)"
        try? FileManager.default.removeItem(atPath: d)
        try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }

    /// `sma s.txt -o s.txt` would overwrite the script with its output; so would a link to it,
    /// and `--record r -o r`: refused as bad usage, the file untouched.
    @Test func anOutputThatIsAnInputIsRefused() throws {
        let d = try Self.dir("same")
        try "contribution 2021\n".write(toFile: d + "/s.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: d + "/link.txt", withDestinationPath: d + "/s.txt")
        for args in [[d + "/s.txt", "-o", d + "/s.txt"], [d + "/s.txt", "-o", d + "/link.txt"], ["--record", d + "/link.txt", "-o", d + "/s.txt", "-e", "1"]] {
            let r = try CLI.run(args)
            #expect(r.status == 2 && r.err.contains("would write over its own input"), "\(args): \(r.err)")
            #expect(try String(contentsOfFile: d + "/s.txt", encoding: .utf8) == "contribution 2021\n")
        }
    }

    /// `-o` through a chain of links writes the chain's end; no link becomes a file.
    @Test func aChainOfLinksIsFollowedToItsEnd() throws {
        let d = try Self.dir("chain")
        try FileManager.default.createSymbolicLink(atPath: d + "/hop1.csv", withDestinationPath: "hop2.csv")
        try FileManager.default.createSymbolicLink(atPath: d + "/hop2.csv", withDestinationPath: "end.csv")
        let r = try CLI.run(["-o", d + "/hop1.csv", "-e", "1"])
        #expect(r.status == 0, "\(r.err)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: d + "/hop1.csv") == "hop2.csv")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: d + "/hop2.csv") == "end.csv")
        #expect(try String(contentsOfFile: d + "/end.csv", encoding: .utf8) == "value\n1\n")
    }

    /// A FIFO as the record is refused at once, not waited on.
    @Test func aPipeAsTheRecordIsRefusedAtOnce() throws {
        let d = try Self.dir("fifo")
        #expect(mkfifo(d + "/r.sma", 0o600) == 0)
        let r = try CLI.run(["--record", d + "/r.sma", "-e", "1"])
        #expect(r.status == 1 && r.err.contains("is not a regular file"), "\(r.err)")
    }
}
