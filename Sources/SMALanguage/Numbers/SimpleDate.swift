/// A calendar date without a time zone, or a month where only the month is known
/// (`2006-08`: `day` is 0, and it sorts before the month's first day).
public struct SimpleDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// A month alone: `2006-08`.
    public init(year: Int, month: Int) {
        self.init(year: year, month: month, day: 0)
    }

    /// Whether the day is known (not a month alone).
    public var isFullDate: Bool { day != 0 }

    /// Days from `self` to `other` (both full dates), by the proleptic Gregorian calendar.
    public func days(to other: SimpleDate) -> Int { other.dayNumber - dayNumber }

    /// Days since 0000-03-01 (the civil-from-days algorithm): a full date's place on one line.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + max(day, 1) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe
    }

    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return day == 0 ? "\(year)-\(two(month))" : "\(year)-\(two(month))-\(two(day))"
    }

    public static func < (a: SimpleDate, b: SimpleDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
