/// The Korean units written after a number: 조 억 만 천 (powers of ten) and 원 (won).
public enum KoreanUnit: String, Sendable, CaseIterable {
    case jo = "조", eok = "억", man = "만", cheon = "천", won = "원"

    /// The power of ten the unit multiplies by (nil for 원, which names the currency).
    public var power: Int? {
        switch self {
        case .jo: 12
        case .eok: 8
        case .man: 4
        case .cheon: 3
        case .won: nil
        }
    }
}
