/// A piece of input with a name (`FILE`, `-e`, `<stdin>`, `<record>`) and the line its first
/// line has in that input. Diagnostics point into it by byte offsets.
public struct SourceText: Sendable {
    public let name: String
    public let bytes: [UInt8]
    /// The 1-based line number of the first byte within the named input.
    public let firstLine: Int

    public init(name: String, bytes: [UInt8], firstLine: Int = 1) {
        self.name = name
        self.bytes = bytes
        self.firstLine = firstLine
    }

    public init(name: String, text: String, firstLine: Int = 1) {
        self.init(name: name, bytes: Array(text.utf8), firstLine: firstLine)
    }

    /// Line (absolute), column (1-based, in characters) and the line's byte range for an offset.
    public func location(of offset: Int) -> (line: Int, column: Int, lineStart: Int, lineEnd: Int) {
        let off = max(0, min(offset, bytes.count))
        var line = firstLine
        var lineStart = 0
        var i = 0
        while i < off {
            if bytes[i] == UInt8(ascii: "\n") { line += 1; lineStart = i + 1 }
            i += 1
        }
        var lineEnd = off
        while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        if lineEnd > lineStart && bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        // Column in characters: count UTF-8 lead bytes.
        var column = 1
        var j = lineStart
        while j < off {
            if bytes[j] & 0xC0 != 0x80 { column += 1 }
            j += 1
        }
        // Columns count characters before the offset; an offset inside a character rounds down.
        return (line, column, lineStart, lineEnd)
    }

    public func text(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, bytes.count))
        let hi = max(lo, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }
}

/// A byte range in a `SourceText`.
public struct Span: Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public func to(_ other: Span) -> Span { Span(min(start, other.start), max(end, other.end)) }
    public var isEmpty: Bool { end <= start }
}
