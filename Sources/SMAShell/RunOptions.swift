import SMARender

/// How a run behaves: how its results are written (one `RenderSpec` for every renderer), how
/// its errors are written, and whether the first error stops it.
public struct RunOptions: Sendable {
    public var render: RenderSpec
    public var errorColor: Bool
    public var bail: Bool
    /// `--echo`: each piece of input (a line, or a statement over several), with the comment
    /// lines just above it, is printed before its results: a lesson script becomes a handout.
    public var echo: Bool

    public init(render: RenderSpec = RenderSpec(), errorColor: Bool = false, bail: Bool = false, echo: Bool = false) {
        self.echo = echo
        self.render = render
        self.errorColor = errorColor
        self.bail = bail
    }
}
