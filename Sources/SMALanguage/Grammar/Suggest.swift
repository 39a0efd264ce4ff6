/// Did-you-mean: the closest candidate within a small edit distance.
public enum Suggest {
    /// Words longer than this get no suggestion (and are no candidates): a misspelt
    /// 12,000-character name must not cost a 12,000 × 12,000 table.
    public static let maxLength = 64
    /// The most candidates a suggestion looks at, and the most names a hint lists.
    public static let maxCandidates = 256
    public static let maxListed = 10

    /// `defined names: a, b, c`, at most `maxListed` of them (the latest), with how many more.
    public static func listing(_ names: ArraySlice<String>, total: Int) -> String {
        let shown = names.suffix(maxListed).map { $0.count > maxLength ? String($0.prefix(maxLength)) + "…" : $0 }.sorted()
        let more = total - shown.count
        return "defined names: " + shown.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
    }

    public static func closest(to word: String, among candidates: [String]) -> String? {
        guard !word.isEmpty, word.utf8.count <= maxLength * 4 else { return nil }
        let w = Array(word.lowercased())
        guard w.count <= maxLength else { return nil }
        var best: (String, Int)? = nil
        let limit = w.count <= 3 ? 1 : w.count <= 6 ? 2 : 3
        for c in candidates where c.utf8.count <= maxLength * 4 {
            let cc = Array(c.lowercased())
            guard cc.count <= maxLength, abs(cc.count - w.count) <= limit else { continue }
            let d = distance(w, cc)
            // The word itself is no suggestion.
            if d <= limit, d > 0, best.map({ d < $0.1 }) ?? true { best = (c, d) }
        }
        return best?.0
    }

    /// Optimal-string-alignment distance (Levenshtein with adjacent transpositions).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if abs(a.count - b.count) > 3 { return 99 }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
