import SMALanguage

/// A line of explanation whose `{}` placeholders are values, so that each renderer prints
/// them in its own units: `Phrase("won equivalent at the time: {}", .money(m))`.
public struct Phrase: Sendable {
    public let template: String
    public let values: [Value]
    /// The years a note is about (a derived year, a stated change): a pipeline keeps it while
    /// one of them is among its rows. nil: about the whole result.
    public var years: [Int]? = nil

    public init(_ template: String, _ values: Value...) {
        self.template = template
        self.values = values
    }

    public init(_ template: String, values: [Value]) {
        self.template = template
        self.values = values
    }

    /// The same note, about these years.
    public func about(_ years: [Int]) -> Phrase {
        var p = self
        p.years = years
        return p
    }

    /// The note with each `{}` replaced by `show(value)`.
    public func text(_ show: (Value) -> String) -> String {
        if values.isEmpty { return template }
        var out: [UInt8] = []
        out.reserveCapacity(template.utf8.count + 32 * values.count)
        write(into: &out) { v, out in out.append(contentsOf: show(v).utf8) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` as UTF-8 appended to `out`, each value written by `write` (the renderer writes
    /// amounts straight from the formatter's bytes).
    public func write(into out: inout [UInt8], _ write: (Value, inout [UInt8]) -> Void) {
        var template = template
        template.withUTF8 { t in
            // (No reserveCapacity here: `out` may be a long output buffer, which an exact
            // reservation would copy on every note instead of growing geometrically.)
            var i = 0
            var from = 0
            var at = 0
            while at < t.count {
                if t[at] == UInt8(ascii: "{"), at + 1 < t.count, t[at + 1] == UInt8(ascii: "}") {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: t[from..<at]))
                    if i < values.count { write(values[i], &out) } else { out.append(contentsOf: "{}".utf8) }
                    i += 1
                    at += 2
                    from = at
                } else {
                    at += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: t[from..<t.count]))
        }
    }
}
