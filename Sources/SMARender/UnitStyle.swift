/// How amounts are written: Korean units (`1조 1,833억 원`) or English (`₩1.1833 trillion`).
public enum UnitStyle: String, Sendable, CaseIterable {
    case ko, en
}
