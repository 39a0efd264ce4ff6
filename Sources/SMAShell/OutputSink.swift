/// Where results and errors go. The executable writes them to standard output and standard
/// error; tests collect them.
public protocol OutputSink: AnyObject {
    func result(_ text: String)
    /// A result written as UTF-8 by `write` into bytes the sink lends (the runner renders
    /// straight into the sink's own buffer).
    func result(writing write: (inout [UInt8]) -> Void)
    func error(_ text: String)
    /// Writes out anything held back (before waiting for input, and at the end).
    func flush()
}

extension OutputSink {
    public func flush() {}
    public func result(writing write: (inout [UInt8]) -> Void) {
        var bytes: [UInt8] = []
        write(&bytes)
        result(String(decoding: bytes, as: UTF8.self))
    }
}

/// Collects everything in memory (tests, golden files).
public final class CollectingSink: OutputSink {
    public var stdout = ""
    public var stderr = ""
    public init() {}
    public func result(_ text: String) { stdout += text }
    public func error(_ text: String) { stderr += text }
}
