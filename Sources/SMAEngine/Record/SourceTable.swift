/// The record's sources by key: an array kept in key order while every source comes in order,
/// a dictionary once one does not.
///
/// Not a `[String: SourceEntry]` from the start: the built-in record defines about 300 sources
/// at start-up, in key order (the compiled record writes them sorted), and a dictionary hashed
/// every key and grew its table eight times on the way, a fifth of `sma -e 'contribution
/// 2021'`'s start-up. In order, each source is one comparison with the last and an append, and a
/// lookup nine comparisons. A record file need not be in order: at its first source out of
/// order the table becomes a dictionary (inserting into the middle of the array, every source
/// of a 100,000-line record written backwards moved all the others). Keys are ordered, and
/// `values` listed, by `String`'s `<`; keys are equal as strings are (canonically) either way.
public struct SourceTable: Sendable {
    /// The sources in key order, while every one came in order (empty once `byKey` is made).
    private var ordered: [SourceEntry] = []
    /// Every source by key, once one came out of order.
    private var byKey: [String: SourceEntry]? = nil

    public init() {}

    public var count: Int { byKey?.count ?? ordered.count }
    public var isEmpty: Bool { count == 0 }
    /// The entries in key order.
    public var values: [SourceEntry] {
        if let d = byKey { return d.values.sorted { $0.key < $1.key } }
        return ordered
    }
    /// The keys in order.
    public var keys: [String] { values.map(\.key) }

    /// The entry with this key, or nil; setting nil removes it, setting an entry adds or
    /// replaces it (the subscript's key is its place: give an entry its own key).
    public subscript(key: String) -> SourceEntry? {
        get {
            if let d = byKey { return d[key] }
            let i = place(of: key)
            return i < ordered.count && ordered[i].key == key ? ordered[i] : nil
        }
        set {
            if byKey != nil {
                byKey?[key] = newValue
                return
            }
            // The usual case, a record written in order: after the last entry.
            if let entry = newValue, ordered.last.map({ $0.key < key }) ?? true {
                ordered.append(entry)
                return
            }
            let i = place(of: key)
            let found = i < ordered.count && ordered[i].key == key
            switch (newValue, found) {
            case (let entry?, true): ordered[i] = entry
            case (nil, true): ordered.remove(at: i)
            case (nil, false): break
            case (let entry?, false):
                // Out of order: from here on, a dictionary.
                var d: [String: SourceEntry] = [:]
                d.reserveCapacity(ordered.count + 1)
                for e in ordered { d[e.key] = e }
                d[key] = entry
                ordered = []
                byKey = d
            }
        }
    }

    /// The first index whose key is not before `key`.
    private func place(of key: String) -> Int {
        var lo = 0, hi = ordered.count
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if ordered[mid].key < key { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
