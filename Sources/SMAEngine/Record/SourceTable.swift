/// The record's sources by key: an array kept in key order, found by binary search.
///
/// Not a `[String: SourceEntry]`: the built-in record defines about 300 sources at start-up, in
/// key order (the compiled record writes them sorted), and a dictionary hashed every key and
/// grew its table eight times on the way, a fifth of `sma -e 'contribution 2021'`'s start-up.
/// Here each entry in order is one comparison with the last and an append; a lookup is nine
/// comparisons. Keys are ordered by `String`'s `<`, the order `sources` lists them in.
public struct SourceTable: Sendable {
    /// The entries in key order.
    public private(set) var values: [SourceEntry] = []

    public init() {}

    public var count: Int { values.count }
    public var isEmpty: Bool { values.isEmpty }
    /// The keys in order.
    public var keys: [String] { values.map(\.key) }

    /// The entry with this key, or nil; setting nil removes it, setting an entry adds or
    /// replaces it (the subscript's key is its place: give an entry its own key).
    public subscript(key: String) -> SourceEntry? {
        get {
            let i = place(of: key)
            return i < values.count && values[i].key == key ? values[i] : nil
        }
        set {
            // The usual case, a record written in order: after the last entry.
            if let entry = newValue, values.last.map({ $0.key < key }) ?? true {
                values.append(entry)
                return
            }
            let i = place(of: key)
            let found = i < values.count && values[i].key == key
            switch (newValue, found) {
            case (let entry?, true): values[i] = entry
            case (let entry?, false): values.insert(entry, at: i)
            case (nil, true): values.remove(at: i)
            case (nil, false): break
            }
        }
    }

    /// The first index whose key is not before `key`.
    private func place(of key: String) -> Int {
        var lo = 0, hi = values.count
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if values[mid].key < key { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
