/// Whether a piece of input is a whole statement yet: brackets closed, not ending in an operator
/// that continues it (`Vocabulary.continuingOperators`, the lexer's own spellings). The REPL uses
/// it to decide between running and a continuation prompt; scripts and standard input use it to
/// cut their lines into statements. It scans each line once (linear time); the lexer and parser
/// then report anything malformed.
public struct Completeness: Sendable {
    var depth = 0
    /// The last significant bytes seen (up to 3: the longest operator's UTF-8).
    var tail: (UInt8, UInt8, UInt8) = (0, 0, 0)
    /// False while everything scanned is blank or comments (nothing to run).
    public private(set) var hasContent = false
    /// Whether the last significant text is a word that continues a statement (`and`, `or`,
    /// `not`, `contains`: `Vocabulary.continuingWords`).
    var endsInWord = false

    public init() {}

    /// True when the lines scanned so far make whole statements.
    public var isComplete: Bool {
        if depth > 0 || endsInWord { return false }
        // Operators are one ASCII byte or one non-ASCII character: check the last character.
        let last = tail.2
        if last < 0x80 { return !Completeness.continuingASCII[Int(last)] }
        let bytes = tail.0 >= 0xE0 ? [tail.0, tail.1, tail.2] : [tail.1, tail.2]
        return !Completeness.continuingUnicode.contains(bytes)
    }

    static let continuingASCII: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for op in Vocabulary.continuingOperators where op.utf8.count == 1 { table[Int(op.utf8.first!)] = true }
        return table
    }()
    static let continuingUnicode: [[UInt8]] = Vocabulary.continuingOperators.filter { $0.utf8.count > 1 }.map { Array($0.utf8) }

    @inline(__always)
    mutating func significant(_ b: UInt8) {
        tail = (tail.1, tail.2, b)
        endsInWord = false
    }

    /// Whether the word that ends at `end` (an index of `line`) continues a statement: the
    /// letters before it, back to a byte that is no part of a name.
    static func continuingWord(_ line: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Bool {
        var start = end
        while start > line.startIndex, end - start < 9 {
            let b = line[start - 1]
            let inName = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b >= 0x80
            if !inName { break }
            start -= 1
        }
        let n = end - start + 1
        guard n >= 2, n <= 8 else { return false }
        for w in Vocabulary.continuingWordBytes where w.count == n {
            var same = true
            for k in 0..<n where line[start + k] != w[k] { same = false; break }
            if same { return true }
        }
        return false
    }

    /// Scans more input (whole lines), skipping text in quotes and comments.
    public mutating func scan(_ line: ArraySlice<UInt8>) {
        // Read through a buffer pointer: every read below is after its `i < endIndex` check,
        // and the slice's own subscript would check each one again.
        line.withUnsafeBufferPointer { scan($0) }
    }

    private mutating func scan(_ line: UnsafeBufferPointer<UInt8>) {
        // The last byte of ordinary text (names, numbers, operators) not yet in `tail`: a run of
        // it is taken in one step when something else follows or the line ends. (Only the last
        // character's bytes matter to `isComplete`, and a character's bytes are contiguous; the
        // one difference from shifting in every significant byte is in invalid UTF-8, an
        // operator's bytes split by a blank, which no longer reads as that operator.)
        var last = -1
        // Where the last run taken ends, while nothing significant has followed it: whether it
        // ends in a continuing word is asked once, at the end of the line (-1: no such run).
        var lastRun = -1
        @inline(__always) func takeRun(_ tail: inout (UInt8, UInt8, UInt8)) {
            if last < 0 { return }
            lastRun = last
            switch last {
            case 0: tail = (tail.1, tail.2, line[0])
            case 1: tail = (tail.2, line[0], line[1])
            default: tail = (line[last - 2], line[last - 1], line[last])
            }
            last = -1
        }
        // A significant byte after the run: the line no longer ends in that run's word.
        @inline(__always) func significantAfterRun(_ b: UInt8) {
            significant(b)
            lastRun = -1
        }
        var i = line.startIndex
        while i < line.endIndex {
            let b = line[i]
            switch b {
            case UInt8(ascii: "#"):
                takeRun(&tail)
                while i < line.endIndex && line[i] != UInt8(ascii: "\n") {
                    // The lexer checks comments for invalid UTF-8, NUL bytes and a CR alone
                    // (which ends a comment): let it see this one.
                    if line[i] >= 0x80 || line[i] == 0 || Completeness.isLoneCR(line, i) { hasContent = true }
                    i += 1
                }
                continue
            case UInt8(ascii: "\""):
                takeRun(&tail)
                i += 1
                while i < line.endIndex && line[i] != UInt8(ascii: "\"") && line[i] != UInt8(ascii: "\n") {
                    if line[i] == UInt8(ascii: "\\") { i += 1 }
                    i += 1
                }
                significantAfterRun(b)
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                takeRun(&tail)
                depth += 1
                significantAfterRun(b)
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                takeRun(&tail)
                depth = max(0, depth - 1)
                significantAfterRun(b)
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                // A CR alone is refused by the lexer (a file with CR line ends): let it see it.
                if b == 0x0D && Completeness.isLoneCR(line, i) { hasContent = true }
                i += 1
                continue
            default:
                last = i
            }
            hasContent = true
            i += 1
        }
        takeRun(&tail)
        if lastRun >= 0 {
            let b = line[lastRun]
            endsInWord = b >= 0x61 && b <= 0x7A && Completeness.continuingWord(line, endingAt: lastRun)
        }
    }

    /// A CR at `i` that no LF follows.
    @inline(__always)
    static func isLoneCR(_ line: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        line[i] == 0x0D && !(i + 1 < line.endIndex && line[i + 1] == UInt8(ascii: "\n"))
    }
}
