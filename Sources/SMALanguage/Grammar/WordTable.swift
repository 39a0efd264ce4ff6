/// Words and their meanings, looked up by UTF-8 bytes: a few words each, kept by their first
/// byte and compared byte by byte. Built from one of the vocabulary's lists of words. A word
/// with a byte beyond ASCII is compared as a string instead, so that it means what the list
/// says under Unicode's canonical equivalence (`달러` written decomposed, `KRW` with a Kelvin
/// sign), as a dictionary of the words would.
///
/// Flat arrays, not a dictionary or arrays of tuples: the table is made when the parser first
/// meets its kind of word, and the first `[String: …]` of a run made its type at run time,
/// checking `String`'s conformances (about 130,000 instructions, most of the parse of
/// `sma -e 'contribution 2021'`, whose `contribution` is asked whether it is a currency).
struct WordTable<Meaning>: Sendable where Meaning: Sendable {
    /// The words in the order given, with their meanings.
    private let words: [String]
    private let meanings: [Meaning]
    /// The words' bytes one after another, ordered by their first byte: entry `k` is
    /// `bytes[ends[k - 1] ..< ends[k]]` (from 0 for the first) and means `meanings[index[k]]`.
    private let bytes: [UInt8]
    private let ends: [Int]
    private let index: [Int]
    /// `first[b] ..< first[b + 1]`: the entries whose first byte is `b`.
    private let first: [Int]

    init(_ pairs: KeyValuePairs<String, Meaning>) {
        var words: [String] = [], meanings: [Meaning] = []
        for (w, m) in pairs { words.append(w); meanings.append(m) }
        self.init(words: words, meanings: meanings)
    }

    init(words given: [String], meanings meaningsGiven: [Meaning]) {
        var words: [String] = [], meanings: [Meaning] = []
        for (w, m) in zip(given, meaningsGiven) where !w.isEmpty { words.append(w); meanings.append(m) }
        // (Every word here has a first byte: empty ones were left out.)
        var counts = [Int](repeating: 0, count: 257)
        for w in words { counts[Int(truncatingIfNeeded: w.utf8.first ?? 0) + 1] += 1 }
        for b in 0..<256 { counts[b + 1] += counts[b] }
        first = counts
        var next = counts, order = [Int](repeating: 0, count: words.count)
        for (i, w) in words.enumerated() {
            let b = Int(truncatingIfNeeded: w.utf8.first ?? 0)
            order[next[b]] = i
            next[b] += 1
        }
        var bytes: [UInt8] = [], ends: [Int] = []
        for i in order { bytes += words[i].utf8; ends.append(bytes.count) }
        self.words = words
        self.meanings = meanings
        self.bytes = bytes
        self.ends = ends
        self.index = order
    }

    subscript(utf8 word: ArraySlice<UInt8>) -> Meaning? {
        word.withUnsafeBufferPointer { w in
            guard let b = w.first else { return nil }
            // The same bytes are the same word; a word beyond ASCII may still be one by
            // canonical equivalence, so it is compared as text when no word has its bytes.
            var k = first[Int(truncatingIfNeeded: b)]
            let end = first[Int(truncatingIfNeeded: b) + 1]
            if k < end {
                let found = bytes.withUnsafeBufferPointer { all -> Int? in
                    while k < end {
                        let start = k == 0 ? 0 : ends[k - 1]
                        if ends[k] - start == w.count, all.holds(w, at: start) { return index[k] }
                        k += 1
                    }
                    return nil
                }
                if let i = found { return meanings[i] }
            }
            for c in w where c >= 0x80 {
                let text = String(decoding: w, as: UTF8.self)
                return words.firstIndex(of: text).map { meanings[$0] }
            }
            return nil
        }
    }
}

extension WordTable where Meaning == Bool {
    /// A set of words: each means `true`.
    init(words: [String]) { self.init(words: words, meanings: words.map { _ in true }) }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether these bytes hold all of `w`'s from `start` (the caller has checked that they
    /// reach that far): compared through pointers, as the parser compares names and words.
    @inline(__always)
    func holds(_ w: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var i = 0
        while i < w.count {
            if self[start + i] != w[i] { return false }
            i += 1
        }
        return true
    }
}
