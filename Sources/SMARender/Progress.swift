import SMALanguage
import SMAEngine

/// The progress line of a long `simulate`, for a terminal: what to write for each report the
/// run makes (the program writes it to standard error; the library writes nothing).
public struct ProgressLine: Sendable {
    /// A line appears once a run has gone on this long and is expected to take over a second
    /// in all, so that quick runs never flicker.
    static let delay: UInt64 = 300_000_000
    static let worthShowing: UInt64 = 1_000_000_000

    /// A line is on the screen (and must be erased).
    public private(set) var shown = false

    public init() {}

    /// The bytes to write for this report: the line drawn over the last one, the line erased at
    /// the end, or nil for nothing.
    public mutating func update(_ p: SimulationProgress, width: Int?) -> String? {
        if p.finished {
            defer { shown = false }
            return shown ? "\r\u{1B}[K" : nil
        }
        guard p.total > 0 else { return nil }
        let fraction = Double(p.done) / Double(p.total)
        let elapsed = Double(p.elapsed) / 1e9
        if !shown {
            guard p.elapsed >= ProgressLine.delay else { return nil }
            // Expected in all: what has run, and the rest at the same pace.
            let expected = fraction > 0 ? elapsed / fraction : .infinity
            guard p.pass > 1 || expected * 1e9 >= Double(ProgressLine.worthShowing) else { return nil }
        }
        shown = true
        var text = p.pass > 1 ? "narrowing a percentile (pass \(p.pass)): " : "simulating: "
        let percent = Int((fraction * 100).rounded(.down))
        let trialsDone = Int((fraction * Double(p.trials)).rounded(.down))
        text += "\(percent)% · \(Dec(trialsDone).plain(grouping: true)) of \(Dec(p.trials).plain(grouping: true)) trials · \(ProgressLine.seconds(elapsed))"
        if fraction > 0 { text += " · about \(ProgressLine.seconds(elapsed * (1 - fraction) / fraction)) left" }
        text += " · Ctrl-C stops"
        if let width, text.count > width - 1 { text = String(text.prefix(max(0, width - 1))) }
        return "\r" + text + "\u{1B}[K"
    }

    static func seconds(_ s: Double) -> String {
        guard s.isFinite, s < 1e9 else { return "?" }
        if s < 10 { return "\(Double(Int(s * 10)) / 10) s" }
        if s < 120 { return "\(Int(s)) s" }
        if s < 7200 { return "\(Int(s) / 60) min \(Int(s) % 60) s" }
        return "\(Int(s) / 3600) h \(Int(s) % 3600 / 60) min"
    }
}
