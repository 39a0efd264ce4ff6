import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell
@testable import SMATools

/// `Completeness.scan` takes runs of ordinary bytes in one step; on generated lines (operators,
/// brackets, quotes, comments, blanks, Korean text, multi-byte operators, stray bytes) it must
/// decide what the plain byte-by-byte scan decides, line after line.
@Suite struct CompletenessScanTests {
    /// The scan written plainly: every significant byte shifted into the last three.
    struct Reference {
        var depth = 0
        var tail: (UInt8, UInt8, UInt8) = (0, 0, 0)
        var hasContent = false
        /// The name being read or last read (its bytes), while nothing else significant follows.
        var word: [UInt8] = []
        var inWord = false

        var isComplete: Bool {
            if depth > 0 { return false }
            if Vocabulary.continuingWords.contains(String(decoding: word, as: UTF8.self)) { return false }
            let last = tail.2
            if last < 0x80 { return !Completeness.continuingASCII[Int(last)] }
            let bytes = tail.0 >= 0xE0 ? [tail.0, tail.1, tail.2] : [tail.1, tail.2]
            return !Completeness.continuingUnicode.contains(bytes)
        }

        mutating func scan(_ line: [UInt8]) {
            // A scan is of whole lines: a word does not run on from the one before.
            inWord = false
            var i = 0
            while i < line.count {
                let b = line[i]
                switch b {
                case UInt8(ascii: "#"):
                    while i < line.count && line[i] != UInt8(ascii: "\n") {
                        if line[i] >= 0x80 || line[i] == 0 { hasContent = true }
                        if line[i] == 0x0D && !(i + 1 < line.count && line[i + 1] == 0x0A) { hasContent = true }
                        i += 1
                    }
                    continue
                case UInt8(ascii: "\""):
                    i += 1
                    while i < line.count && line[i] != UInt8(ascii: "\"") && line[i] != UInt8(ascii: "\n") {
                        if line[i] == UInt8(ascii: "\\") { i += 1 }
                        i += 1
                    }
                    tail = (tail.1, tail.2, b)
                    word = []; inWord = false
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    tail = (tail.1, tail.2, b)
                    word = []; inWord = false
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                    depth = max(0, depth - 1)
                    tail = (tail.1, tail.2, b)
                    word = []; inWord = false
                case UInt8(ascii: "\r") where !(i + 1 < line.count && line[i + 1] == 0x0A):
                    hasContent = true
                    inWord = false
                    i += 1
                    continue
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                    inWord = false
                    i += 1
                    continue
                default:
                    tail = (tail.1, tail.2, b)
                    let nameByte = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b >= 0x80
                    if nameByte { if !inWord { word = [] }; word.append(b); inWord = true } else { word = []; inWord = false }
                }
                hasContent = true
                i += 1
            }
        }
    }

    @Test func runsAreScannedAsByteByByte() {
        let pieces: [[UInt8]] = ["1", "+", " ", "(", ")", "[", "]", "{", "}", "\"", "\\", "#", "x", "억", "×", "÷", "−", "₩",
                                 "..", ",", "=", "\t", "contribution", "2021", "%", "é", "\r", "\r\n", "and", "or", "not", "contains", "band", "x"].map { Array($0.utf8) }
            + [[0x80], [0xE2], [0xE2, 0x88], [0xC3], [0xFF], [0x00]]
        var state: UInt64 = 99
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: (state >> 33) % UInt64(n))
        }
        for _ in 0..<3_000 {
            var scanned = Completeness()
            var reference = Reference()
            for _ in 0..<(1 + next(3)) {
                var line: [UInt8] = []
                for _ in 0..<next(12) { line += pieces[next(pieces.count)] }
                if next(4) > 0 { line.append(UInt8(ascii: "\n")) }
                scanned.scan(ArraySlice(line))
                reference.scan(line)
                // The one documented difference: in invalid UTF-8 (which the lexer refuses), an
                // operator's bytes split by a blank (`0xFF ␠ ÷`) read as that operator.
                let valid = String(validating: line, as: UTF8.self) != nil
                if valid {
                    #expect(scanned.isComplete == reference.isComplete, "\(line)")
                }
                #expect(scanned.hasContent == reference.hasContent, "\(line)")
                #expect(scanned.depth == reference.depth, "\(line)")
            }
        }
    }
}
