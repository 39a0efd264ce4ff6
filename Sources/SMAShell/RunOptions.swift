import SMARender

/// How a run behaves: how its results are written (one `RenderSpec` for every renderer), how
/// its errors are written, and whether the first error stops it.
public struct RunOptions: Sendable {
    public var render: RenderSpec
    public var errorColor: Bool
    public var bail: Bool

    public init(render: RenderSpec = RenderSpec(), errorColor: Bool = false, bail: Bool = false) {
        self.render = render
        self.errorColor = errorColor
        self.bail = bail
    }
}
