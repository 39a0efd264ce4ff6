#if canImport(Glibc)
import Glibc
#endif
import SMAEngine

/// Ctrl-C: SIGINT requests the program's one cancellation token, which the runner was given.
/// A signal handler cannot capture a context, so the token it requests is this type's own.
enum Interrupts {
    /// The token SIGINT requests.
    static let token = CancellationToken()

    /// While a script runs: SIGINT stops the running statement (no SA_RESTART: a read waiting
    /// for input returns at once, and the run stops). `restart`: reads go on after Ctrl-C (the
    /// plain interactive session, whose terminal has already dropped the typed line).
    static func install(restartingReads restart: Bool = false) {
        _ = token // made before the handler can run
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interrupts.token.request() }
        sigemptyset(&action.sa_mask)
        action.sa_flags = restart ? SA_RESTART : 0
        sigaction(SIGINT, &action, nil)
        // A parent may have blocked SIGINT (some process launchers do); Ctrl-C must reach us.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }
}
