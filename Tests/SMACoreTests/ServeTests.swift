import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell

/// `sma --serve`, the protocol a notebook drives sma through (docs/serve.md): one request a
/// line, one JSON response a statement, then `done`. Each response is read back with the
/// protocol's own JSON reader, and what it carries is checked against what the terminal prints
/// for the same statements.
@Suite struct ServeTests {
    final class Client {
        var lines: [String] = []
        lazy var serve = ServeSession(session: Session(), options: RunOptions(), cancellation: CancellationToken()) { [unowned self] in
            self.lines.append($0)
        }
        /// The responses to one request, read as JSON.
        func ask(_ request: String) throws -> [JSONValue] {
            lines.removeAll()
            serve.handle(ArraySlice(Array(request.utf8)))
            return try lines.map { try JSONValue.read(Array($0.utf8)) }
        }
        func execute(_ code: String, formats: [String] = ["text/plain"], id: Int = 1) throws -> [JSONValue] {
            try ask("{\"id\": \(id), \"op\": \"execute\", \"code\": \(JSON.string(code)), \"formats\": [\(formats.map(JSON.string).joined(separator: ", "))]}")
        }
    }

    @Test func everyStatementAnswersOnceThenDone() throws {
        let c = Client()
        let r = try c.execute("contribution 2021\nlet x = 2\n1 / 0\nx * 3", id: 7)
        #expect(r.map { $0["type"]?.string } == ["result", "quiet", "error", "result", "done"])
        #expect(r.allSatisfy { $0["id"] == .number("7") })
        #expect(r[0]["data"]?["text/plain"]?.string == "1조 1,833억 원\n")
        #expect(r[0]["line"]?.int == 1 && r[0]["column"]?.int == 1 && r[0]["end_column"]?.int == 18)
        #expect(r[2]["line"]?.int == 3 && r[2]["column"]?.int == 5)
        #expect(r[2]["text"]?.string?.contains("<cell>:3:") == true)
        #expect(r[2]["text"]?.string?.contains("^") == true)
        #expect(r[3]["data"]?["text/plain"]?.string == "6\n")
        #expect(r[4]["status"]?.string == "error")
        #expect(r[4]["results"]?.int == 2 && r[4]["errors"]?.int == 1)
    }

    /// The session lives across requests: what one cell defines, the next sees.
    @Test func theSessionPersists() throws {
        let c = Client()
        _ = try c.execute("let f(y) = contribution y * 2\nset cpi 2026 = 3%")
        let r = try c.execute("f(2021)")
        #expect(r[0]["data"]?["text/plain"]?.string == "2조 3,666억 원\n")
        let reset = try c.execute("reset\nf(2021)")
        #expect(reset.last?["status"]?.string == "error")
    }

    /// Each statement's text/plain is what the terminal prints for it, and its error text is
    /// the terminal's error, on a generated script (the same generator as the runner's test).
    @Test func plainTextIsWhatTheTerminalPrints() throws {
        let lines = RunnerTests.script(lines: 400, seed: 11).filter { !$0.hasPrefix("contribution (") }
        let c = Client()
        let terminal = Session()
        for line in lines {
            let r = try c.execute(line)
            let printed = run(line, session: terminal)
            let plain = r.compactMap { $0["data"]?["text/plain"]?.string }.joined()
            #expect(plain == printed.out, "\(line)")
            let errors = r.compactMap { $0["type"]?.string == "error" ? $0["text"]?.string : nil }
            #expect(errors.joined().replacingOccurrences("<cell>", "-e") == printed.err, "\(line)")
        }
    }

    @Test func formatsAsked() throws {
        let c = Client()
        let r = try c.execute("contributions 2019..2021\nchart contributions 2019..2021\nexplain project 2027 under agreement 12 with cpi 2%",
                              formats: ["text/plain", "text/html", "text/markdown", "image/svg+xml", "application/json"])
        let table = try #require(r[0]["data"])
        #expect(table["text/html"]?.string?.hasPrefix("<table") == true)
        #expect(table["text/html"]?.string?.contains(">2019</td>") == true)
        #expect(table["application/json"]?.string?.contains("\"rows\"") == true)
        let chart = try #require(r[1]["data"])
        #expect(chart["image/svg+xml"]?.string?.contains("<svg") == true)
        #expect(r[2]["data"]?["text/markdown"]?.string?.isEmpty == false)
        // Unknown formats and malformed lists are refused, with the list of formats.
        let bad = try c.ask(#"{"id": 2, "op": "execute", "code": "1", "formats": ["text/xml"]}"#)
        #expect(bad.count == 1 && bad[0]["type"]?.string == "bad-request")
        #expect(bad[0]["message"]?.string?.contains("text/html") == true)
    }

    @Test func completionsAndHelp() throws {
        let c = Client()
        // Cursors count code points, as Jupyter does: the Hangul before it must not shift them.
        let r = try c.ask(#"{"id": 1, "op": "complete", "code": "1조 + 1\ncontri", "cursor": 12}"#)
        #expect(r[0]["matches"]?.array?.compactMap(\.string) == ["contribution", "contributions"])
        #expect(r[0]["cursor_start"]?.int == 7 && r[0]["cursor_end"]?.int == 12)
        let h = try c.ask(#"{"id": 2, "op": "inspect", "code": "simulate 2027", "cursor": 3}"#)
        #expect(h[0]["found"]?.bool == true && h[0]["word"]?.string == "simulate")
        #expect(h[0]["text"]?.string == (try Help.text(for: "simulate", span: Span(0, 0))))
        let none = try c.ask(#"{"id": 3, "op": "help", "topic": "frobnicate"}"#)
        #expect(none[0]["found"]?.bool == false)
        let open = try c.ask(#"{"id": 4, "op": "is_complete", "code": "contributions (2019"}"#)
        #expect(open[0]["status"]?.string == "incomplete")
        let whole = try c.ask(#"{"id": 5, "op": "is_complete", "code": "contributions 2019"}"#)
        #expect(whole[0]["status"]?.string == "complete")
    }

    /// Hostile and mistaken requests get one `bad-request` line each, and the session goes on.
    @Test func badRequests() throws {
        let c = Client()
        let cases = ["not json", "[1, 2]", #"{"code": "1"}"#, #"{"op": "exec"}"#, #"{"op": "execute"}"#,
                     #"{"op": "execute", "code": 5}"#, String(repeating: "[", count: 10_000),
                     #"{"op": "complete", "code": "x", "cursor": -99999999999999999999}"#, "\"\\ud800\"", "{\"op\": \"\u{0}\"}"]
        for bad in cases {
            let r = try c.ask(bad)
            #expect(r.count == 1, "\(bad)")
            if bad.contains("complete") { continue }
            #expect(r[0]["type"]?.string == "bad-request", "\(bad)")
        }
        #expect(try c.ask("   ").isEmpty)
        // Wrong types are named; any id comes back as the client wrote it.
        let typed = try c.ask(#"{"id": [1, {"a": true}], "op": "complete", "code": "x", "cursor": "3"}"#)
        #expect(typed[0]["id"] == .array([.number("1"), .object([("a", .bool(true))])]))
        #expect(typed[0]["message"]?.string?.contains("\"cursor\" is a whole number") == true)
        #expect(try c.ask(#"{"op": "execute", "code": 5}"#)[0]["message"]?.string == "\"code\" is text, not a number")
        // Invalid UTF-8 is refused before anything runs; a byte-order mark is ignored.
        c.lines.removeAll()
        c.serve.handle(ArraySlice(Array(#"{"op": "execute", "code": ""#.utf8) + [0xFF] + Array(#""}"#.utf8)))
        #expect(c.lines.count == 1 && c.lines[0].contains("not valid UTF-8"))
        c.lines.removeAll()
        c.serve.handle(ArraySlice([0xEF, 0xBB, 0xBF] + Array(#"{"id": 9, "op": "is_complete", "code": "1"}"#.utf8)))
        #expect(c.lines.count == 1 && c.lines[0].contains("\"complete\""))
        #expect(try c.execute("contribution 2021")[0]["type"]?.string == "result")
    }

    /// Text the reader takes back is what the writer wrote, for generated strings of every kind
    /// of character the protocol carries.
    @Test func jsonStringsRoundTrip() throws {
        var state: UInt64 = 3
        let alphabet: [String] = ["a", "\"", "\\", "\n", "\t", "\u{1}", "\u{7f}", "조", "😀", "/", " ", "\u{2028}", "é"]
        for _ in 0..<2_000 {
            var s = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for k in 0..<Int(truncatingIfNeeded: (state >> 40) % 12) {
                s += alphabet[Int(truncatingIfNeeded: (state >> UInt64(k * 4 % 56)) % UInt64(alphabet.count))]
            }
            let back = try JSONValue.read(Array(JSON.string(s).utf8))
            #expect(back == .string(s))
        }
        #expect(try JSONValue.read(Array(#"{"a": [1, -2.5e3, true, null, "\u00e9\ud83d\ude00"]}"#.utf8))
            == .object([("a", .array([.number("1"), .number("-2.5e3"), .bool(true), .null, .string("é😀")]))]))
    }
}
