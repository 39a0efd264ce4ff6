/// Writes ASCII and UTF-8 pieces into a fixed buffer: the fast paths that format numbers and
/// amounts without intermediate strings. The buffer must be large enough for what is written.
@frozen package struct ByteWriter {
    package let buffer: UnsafeMutableBufferPointer<UInt8>
    package var count = 0

    @inlinable package init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    @inlinable package var string: String { String(decoding: written, as: UTF8.self) }

    /// The bytes written so far.
    @inlinable package var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: buffer[0..<count]) }

    @inlinable package mutating func put(_ s: StaticString) {
        let p = s.utf8Start
        for k in 0..<s.utf8CodeUnitCount { buffer[count + k] = p[k] }
        count += s.utf8CodeUnitCount
    }

    /// `n` in decimal, zero-padded to `minDigits`, with a comma every three digits when grouping.
    @inlinable package mutating func decimal(_ n: UInt64, grouping: Bool, minDigits: Int = 1) {
        var digits = 1
        var x = n
        while x >= 10 { x /= 10; digits += 1 }
        digits = max(digits, minDigits)
        let width = grouping ? digits + (digits - 1) / 3 : digits
        var at = count + width - 1
        x = n
        for k in 0..<digits {
            if grouping && k > 0 && k % 3 == 0 { buffer[at] = UInt8(ascii: ","); at -= 1 }
            buffer[at] = UInt8(ascii: "0") + UInt8(x % 10)
            at -= 1
            x /= 10
        }
        count += width
    }
}
