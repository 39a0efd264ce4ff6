import Synchronization
import SMALanguage

/// A request to stop the running evaluation (Ctrl-C). The program's signal handler sets it;
/// the runner and long loops check it and stop with an `interrupted` error.
public enum Cancellation {
    static let flag = Atomic<Bool>(false)

    /// Safe to call from a signal handler: a single lock-free store.
    public static func request() { flag.store(true, ordering: .relaxed) }
    public static func clear() { flag.store(false, ordering: .relaxed) }
    public static var isRequested: Bool { flag.load(ordering: .relaxed) }
}
