import SMALanguage
import SMAEngine
import SMARender

/// `sma --serve`: the machine protocol that notebooks and editors drive sma through. One JSON
/// request a line on standard input; one JSON response a line on standard output, one for each
/// statement an `execute` runs, then a `done` line. The session lives as long as the process:
/// what one request defines, the next one sees. docs/serve.md is the protocol's reference;
/// this type is its one implementation (the program only reads lines and writes them).
public final class ServeSession: RunObserver {
    public static let protocolVersion = 1
    /// The longest request line accepted: a statement's limit and room for its JSON.
    public static let maxRequestBytes = Interpreter.maxInputBytes * 2 + 4096

    let runner: Runner
    let emit: (String) -> Void
    /// The request being answered: its id, and the kinds of data its results are given in.
    var id = "null"
    var mimes: [Renderer.Mime] = [.plain]
    var results = 0, errors = 0

    /// Results and errors go to `emit` as JSON lines; messages the runner writes for people
    /// (a note on an unclosed bracket) become `message` lines.
    public init(session: Session, options: RunOptions, cancellation: CancellationToken, emit: @escaping (String) -> Void) {
        self.emit = emit
        let sink = MessageSink()
        runner = Runner(session: session, options: options, sink: sink, cancellation: cancellation)
        runner.observer = self
        sink.serve = self
    }

    /// The first line: who answers, and which protocol.
    public var greeting: String {
        "{\"type\": \"ready\", \"sma\": \(JSON.string(SMAVersion.current)), \"protocol\": \(ServeSession.protocolVersion)}"
    }

    final class MessageSink: OutputSink {
        weak var serve: ServeSession?
        func result(_ text: String) { serve?.message(text) }
        func error(_ text: String) { serve?.message(text) }
    }

    func message(_ text: String) {
        send("{\"type\": \"message\", \"text\": \(JSON.string(text))}")
    }

    func send(_ body: String) {
        emit("{\"id\": \(id), " + body.dropFirst())
    }

    static func place(_ span: Span, in source: SourceText) -> String {
        let a = source.location(of: span.start), b = source.location(of: span.end)
        return "\"line\": \(a.line), \"column\": \(a.column), \"end_line\": \(b.line), \"end_column\": \(b.column)"
    }

    // MARK: RunObserver

    public func result(_ output: Output, span: Span, in source: SourceText) {
        results += 1
        let statement = Runner.oneLine(source.text(span.start..<span.end))
        let data = runner.renderer.bundle(output, asking: mimes, statement: statement)
            .map { "\(JSON.string($0.0.rawValue)): \(JSON.string($0.1))" }.joined(separator: ", ")
        send("{\"type\": \"result\", \(ServeSession.place(span, in: source)), \"statement\": \(JSON.string(statement)), \"data\": {\(data)}}")
    }

    public func quiet(span: Span, in source: SourceText) {
        let statement = Runner.oneLine(source.text(span.start..<span.end))
        send("{\"type\": \"quiet\", \(ServeSession.place(span, in: source)), \"statement\": \(JSON.string(statement))}")
    }

    public func failure(_ d: LocatedDiagnostic, rendered: String) {
        errors += 1
        let diag = d.diagnostic
        let formatter = runner.renderer.formatter
        var fields = "\"type\": \"error\", \"phase\": \(JSON.string(diag.phase.rawValue)), \"message\": \(JSON.string(diag.text(money: { formatter.money($0) })))"
        if let h = diag.hint { fields += ", \"hint\": \(JSON.string(h))" }
        fields += ", \(ServeSession.place(diag.span, in: d.source)), \"text\": \(JSON.string(rendered))"
        send("{" + fields + "}")
    }

    // MARK: requests

    /// Answers one request line.
    public func handle(_ line: ArraySlice<UInt8>) {
        id = "null"
        guard line.count <= ServeSession.maxRequestBytes else {
            return bad("the request is longer than \(ServeSession.maxRequestBytes) bytes")
        }
        var bytes = Array(line)
        while let last = bytes.last, last == 0x0A || last == 0x0D { bytes.removeLast() }
        // A byte-order mark some writers put first is not part of the JSON.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return bad("the request is not valid UTF-8")
        }
        let request: JSONValue
        do { request = try JSONValue.read(bytes) } catch {
            return bad("the request is not JSON: \(error.message) (at byte \(error.offset + 1))")
        }
        guard case .object = request else { return bad("a request is a JSON object, such as {\"op\": \"execute\", \"code\": \"contribution 2021\"}") }
        if let given = request["id"] { id = ServeSession.echo(given) }
        guard let op = request["op"]?.string else { return bad("the request has no \"op\" (execute, complete, inspect, help, is_complete)") }
        switch op {
        case "execute": execute(request)
        case "complete": complete(request)
        case "inspect", "help": inspect(request, op: op)
        case "is_complete": isComplete(request)
        default:
            let hint = Suggest.closest(to: op, among: ServeSession.ops).map { " (did you mean \"\($0)\"?)" } ?? ""
            bad("unknown op \"\(op)\"\(hint): the ops are \(ServeSession.ops.joined(separator: ", "))")
        }
    }

    public static let ops = ["execute", "complete", "inspect", "help", "is_complete"]

    /// An id as the client gave it, written back as JSON.
    static func echo(_ v: JSONValue) -> String { v.json }

    /// A field that must be text if given: nil when absent, else its text, or a bad request.
    func text(_ request: JSONValue, _ field: String, required: Bool, for op: String) -> String?? {
        guard let v = request[field] else {
            if required { bad("\"\(op)\" needs \"\(field)\" (a text)") ; return .none }
            return .some(nil)
        }
        guard let s = v.string else { bad("\"\(field)\" is text, not \(v.kind)"); return .none }
        return .some(s)
    }

    /// A cursor if given: a whole number of code points, at least 0 (one past the end is the end).
    func cursor(_ request: JSONValue) -> Int?? {
        guard let v = request["cursor"] else { return .some(nil) }
        guard let n = v.int, n >= 0 else { bad("\"cursor\" is a whole number of code points from the start of \"code\", 0 or more; not \(v.json.prefix(40))"); return .none }
        return .some(n)
    }

    func bad(_ message: String) {
        send("{\"type\": \"bad-request\", \"message\": \(JSON.string(message))}")
    }

    func execute(_ request: JSONValue) {
        guard let given = text(request, "code", required: true, for: "execute"), let code = given,
              let name = text(request, "name", required: false, for: "execute") else { return }
        mimes = [.plain]
        if let asked = request["formats"] {
            guard let list = asked.array else { return bad("\"formats\" is a list, such as [\"text/plain\", \"text/html\"]") }
            var chosen: [Renderer.Mime] = []
            for f in list {
                guard let s = f.string, let m = Renderer.Mime(rawValue: s) else {
                    return bad("unknown format \(f.string.map { "\"\($0)\"" } ?? "in \"formats\""): choose from \(Renderer.Mime.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                if !chosen.contains(m) { chosen.append(m) }
            }
            mimes = chosen.isEmpty ? [.plain] : chosen
        }
        results = 0
        errors = 0
        runner.cancellation.clear()
        runner.resume()
        runner.run(name: name ?? "<cell>", bytes: Array(code.utf8))
        let status = runner.interrupted ? "interrupted" : errors > 0 ? "error" : "ok"
        send("{\"type\": \"done\", \"status\": \"\(status)\", \"results\": \(results), \"errors\": \(errors)}")
        runner.cancellation.clear()
        runner.resume()
    }

    /// The byte offset of a cursor given in Unicode code points (as Jupyter counts), clamped.
    static func byteOffset(_ text: String, codePoints: Int) -> Int {
        var n = 0, bytes = 0
        for u in text.unicodeScalars {
            if n >= codePoints { break }
            n += 1
            bytes += UTF8.width(u)
        }
        return bytes
    }

    static func codePoints(_ bytes: ArraySlice<UInt8>) -> Int {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.count
    }

    /// The cursor's line of the code: its bytes, where it starts, and the cursor within it.
    static func lineAt(_ code: String, cursor: Int) -> (line: [UInt8], start: Int, cursor: Int) {
        let bytes = Array(code.utf8)
        let at = byteOffset(code, codePoints: max(0, cursor))
        var start = at
        while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
        var end = at
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        return (Array(bytes[start..<end]), start, at - start)
    }

    func complete(_ request: JSONValue) {
        guard let given = text(request, "code", required: true, for: "complete"), let code = given,
              let asked = self.cursor(request) else { return }
        let cursor = asked ?? code.unicodeScalars.count
        let (line, start, at) = ServeSession.lineAt(code, cursor: cursor)
        let c = Completer.complete(String(decoding: line, as: UTF8.self), cursor: at,
                                   context: runner.session.completionContext())
        let all = Array(code.utf8)
        let from = ServeSession.codePoints(all[..<(start + min(c.replaceFrom, at))])
        let to = ServeSession.codePoints(all[..<(start + at)])
        send("{\"type\": \"completions\", \"matches\": [\(c.candidates.map(JSON.string).joined(separator: ", "))], \"cursor_start\": \(from), \"cursor_end\": \(to)}")
    }

    /// The word under the cursor (letters, digits, `_` and `-`), or `topic` for `help`.
    func inspect(_ request: JSONValue, op: String) {
        var word: String
        if op == "help" {
            guard let given = text(request, "topic", required: true, for: "help"), let t = given else { return }
            word = t
        } else {
            guard let given = text(request, "code", required: true, for: "inspect"), let code = given,
                  let cursor = self.cursor(request) else { return }
            let (line, _, at) = ServeSession.lineAt(code, cursor: cursor ?? code.unicodeScalars.count)
            func isWord(_ b: UInt8) -> Bool { Completer.isWordByte(b) || b == UInt8(ascii: "-") }
            var s = at, e = at
            while s > 0 && isWord(line[s - 1]) { s -= 1 }
            while e < line.count && isWord(line[e]) { e += 1 }
            word = String(decoding: line[s..<e], as: UTF8.self)
            // A cursor just after a word and a space still asks about the word before it.
            if word.isEmpty {
                var b = at
                while b > 0 && line[b - 1] == 0x20 { b -= 1 }
                e = b
                s = b
                while s > 0 && isWord(line[s - 1]) { s -= 1 }
                word = String(decoding: line[s..<e], as: UTF8.self)
            }
        }
        if word.isEmpty {
            return send("{\"type\": \"help\", \"found\": false, \"word\": \"\"}")
        }
        do {
            let text = try Help.text(for: word, span: Span(0, 0))
            send("{\"type\": \"help\", \"found\": true, \"word\": \(JSON.string(word)), \"text\": \(JSON.string(text))}")
        } catch {
            send("{\"type\": \"help\", \"found\": false, \"word\": \(JSON.string(word)), \"message\": \(JSON.string(error.message))\(error.hint.map { ", \"hint\": \(JSON.string($0))" } ?? "")}")
        }
    }

    /// Whether the code is a whole input (a console sends it) or waits for more lines (an
    /// open bracket, a line ending in an operator).
    func isComplete(_ request: JSONValue) {
        guard let given = text(request, "code", required: true, for: "is_complete"), let code = given else { return }
        var c = Completeness()
        c.scan(Array(code.utf8)[...])
        send("{\"type\": \"is_complete\", \"status\": \"\(c.isComplete ? "complete" : "incomplete")\"}")
    }
}
