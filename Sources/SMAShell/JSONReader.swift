import SMARender

/// A JSON document read from one line of a client's request (`sma --serve`): the whole of RFC
/// 8259, with limits (depth, size) so that a hostile line is refused, never a crash. Numbers
/// keep their text: the protocol reads only small integers from them.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.bool(let x), .bool(let y)): x == y
        case (.number(let x), .number(let y)): x == y
        case (.string(let x), .string(let y)): x == y
        case (.array(let x), .array(let y)): x == y
        case (.object(let x), .object(let y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The member named `key` of an object (the first, if a client repeats it).
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The value written back as JSON (numbers as the client wrote them).
    public var json: String {
        switch self {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .number(let s): s
        case .string(let s): Escape.json(s)
        case .array(let a): "[" + a.map(\.json).joined(separator: ", ") + "]"
        case .object(let m): "{" + m.map { Escape.json($0.0) + ": " + $0.1.json }.joined(separator: ", ") + "}"
        }
    }

    /// What kind of JSON value it is, for messages.
    public var kind: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a text"
        case .array: "a list"
        case .object: "an object"
        }
    }

    public var string: String? { if case .string(let s) = self { s } else { nil } }
    public var bool: Bool? { if case .bool(let b) = self { b } else { nil } }
    /// A whole number within ±2^53 (what every JSON reader keeps exactly).
    public var int: Int? {
        guard case .number(let s) = self, let i = Int(s), i >= -(1 << 53), i <= 1 << 53 else { return nil }
        return i
    }
    public var array: [JSONValue]? { if case .array(let a) = self { a } else { nil } }

    public struct ReadError: Error, Equatable {
        public let message: String
        /// The byte offset where reading failed.
        public let offset: Int
    }

    /// Nesting deeper than this is refused.
    public static let maxDepth = 64

    /// The one JSON document in `bytes` (white space around it allowed).
    public static func read(_ bytes: [UInt8]) throws(ReadError) -> JSONValue {
        var r = Reader(bytes: bytes)
        r.skipSpace()
        let v = try r.value(depth: 0)
        r.skipSpace()
        guard r.i == bytes.count else { throw r.error("unexpected text after the JSON value") }
        return v
    }

    struct Reader {
        let bytes: [UInt8]
        var i = 0

        func error(_ m: String) -> ReadError { ReadError(message: m, offset: i) }

        mutating func skipSpace() {
            while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        }

        mutating func literal(_ word: String, _ v: JSONValue) throws(ReadError) -> JSONValue {
            let w = Array(word.utf8)
            guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else { throw error("expected a JSON value") }
            i += w.count
            return v
        }

        mutating func value(depth: Int) throws(ReadError) -> JSONValue {
            guard depth < JSONValue.maxDepth else { throw error("JSON nested deeper than \(JSONValue.maxDepth) levels") }
            guard i < bytes.count else { throw error("the JSON value ends too soon") }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var members: [(String, JSONValue)] = []
                skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                while true {
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("expected a member name in quotes") }
                    let k = try string()
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected `:` after a member name") }
                    i += 1
                    skipSpace()
                    members.append((k, try value(depth: depth + 1)))
                    skipSpace()
                    guard i < bytes.count else { throw error("the object is never closed") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                    throw error("expected `,` or `}` in an object")
                }
            case UInt8(ascii: "["):
                i += 1
                var items: [JSONValue] = []
                skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                while true {
                    skipSpace()
                    items.append(try value(depth: depth + 1))
                    skipSpace()
                    guard i < bytes.count else { throw error("the array is never closed") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                    throw error("expected `,` or `]` in an array")
                }
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): return try literal("true", .bool(true))
            case UInt8(ascii: "f"): return try literal("false", .bool(false))
            case UInt8(ascii: "n"): return try literal("null", .null)
            default: return try number()
            }
        }

        mutating func number() throws(ReadError) -> JSONValue {
            let start = i
            func digits() -> Int {
                let s = i
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
                return i - s
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
            let whole = digits()
            guard whole > 0 else { throw error("expected a JSON value") }
            if whole > 1 && bytes[i - whole] == UInt8(ascii: "0") { throw error("a JSON number has no leading zero") }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                guard digits() > 0 else { throw error("expected digits after the decimal point") }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                guard digits() > 0 else { throw error("expected digits in the exponent") }
            }
            return .number(String(decoding: bytes[start..<i], as: UTF8.self))
        }

        mutating func hex4() throws(ReadError) -> UInt32 {
            guard i + 4 <= bytes.count else { throw error("a \\u escape needs four hex digits") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let d: UInt32
                switch b {
                case 0x30...0x39: d = UInt32(truncatingIfNeeded: b) - 0x30
                case 0x41...0x46: d = UInt32(truncatingIfNeeded: b) - 0x41 + 10
                case 0x61...0x66: d = UInt32(truncatingIfNeeded: b) - 0x61 + 10
                default: throw error("a \\u escape needs four hex digits")
                }
                v = v * 16 + d
                i += 1
            }
            return v
        }

        mutating func string() throws(ReadError) -> String {
            i += 1 // the opening quote
            var out: [UInt8] = []
            while true {
                guard i < bytes.count else { throw error("the text is never closed (a `\"` is missing)") }
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { i += 1; break }
                if b < 0x20 { throw error("a control character inside JSON text must be escaped") }
                if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
                i += 1
                guard i < bytes.count else { throw error("the text ends inside an escape") }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if code >= 0xD800 && code < 0xDC00 {
                        // A surrogate pair; a lone half becomes U+FFFD.
                        if i + 6 <= bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                            let save = i
                            i += 2
                            let low = try hex4()
                            if low >= 0xDC00 && low < 0xE000 { code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) } else { i = save; code = 0xFFFD }
                        } else { code = 0xFFFD }
                    } else if code >= 0xDC00 && code < 0xE000 { code = 0xFFFD }
                    out.append(contentsOf: String(Character(Unicode.Scalar(code) ?? "\u{FFFD}")).utf8)
                default: throw error("unknown escape `\\\(Character(Unicode.Scalar(e)))` in JSON text")
                }
            }
            // Invalid UTF-8 in the request is repaired (U+FFFD), as the lexer would show it.
            return String(decoding: out, as: UTF8.self)
        }
    }
}
