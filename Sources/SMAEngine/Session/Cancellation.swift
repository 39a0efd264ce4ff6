import Synchronization

/// A request to stop a running evaluation (Ctrl-C), passed in: the program makes one token,
/// its signal handler requests it, and the interpreter, the rules and the simulation's workers
/// look at it between steps and stop with an `interrupted` error. A run given a token of its
/// own (a test, the kernel of a notebook) is stopped without touching any other.
public final class CancellationToken: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    /// Safe to call from a signal handler: a single lock-free store.
    public func request() { flag.store(true, ordering: .relaxed) }
    public func clear() { flag.store(false, ordering: .relaxed) }
    public var isRequested: Bool { flag.load(ordering: .relaxed) }
}
