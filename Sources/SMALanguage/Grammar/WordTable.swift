/// Words and their meanings, looked up by UTF-8 bytes: a few words each, kept by their first
/// byte and compared byte by byte. Built from one of the vocabulary's dictionaries. A word with
/// a byte beyond ASCII is looked up as a string instead, so that it means what the dictionary
/// says under Unicode's canonical equivalence (`달러` written decomposed, `KRW` with a Kelvin
/// sign), as before.
struct WordTable<Meaning>: Sendable where Meaning: Sendable {
    private let byFirstByte: [[(word: [UInt8], value: Meaning)]]
    private let words: [String: Meaning]

    init(_ words: [String: Meaning]) {
        self.words = words
        var buckets = [[(word: [UInt8], value: Meaning)]](repeating: [], count: 256)
        for (w, v) in words {
            let bytes = Array(w.utf8)
            if let first = bytes.first { buckets[Int(truncatingIfNeeded: first)].append((bytes, v)) }
        }
        byFirstByte = buckets
    }

    subscript(utf8 word: ArraySlice<UInt8>) -> Meaning? {
        guard let first = word.first else { return nil }
        if word.contains(where: { $0 >= 0x80 }) { return words[String(decoding: word, as: UTF8.self)] }
        for entry in byFirstByte[Int(truncatingIfNeeded: first)] where entry.word.count == word.count && entry.word.elementsEqual(word) {
            return entry.value
        }
        return nil
    }
}
