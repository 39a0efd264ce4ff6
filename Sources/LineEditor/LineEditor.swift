@preconcurrency import CEditLine
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// An interactive line editor on libedit: Emacs keys (or vi, from ~/.editrc), history with
/// Ctrl-R search, Tab completion through a Swift function. Prompts and editing are drawn on
/// standard error, so results on standard output stay clean when it is piped.
public final class LineEditor {
    public enum ReadResult: Equatable {
        case line(String)
        /// Ctrl-C: the line was abandoned.
        case interrupted
        /// Ctrl-D on an empty line, or the end of input.
        case end
    }

    /// Tab completion: (line, cursor as a byte offset) → (byte offset the word starts at, candidates).
    public typealias Completer = (String, Int) -> (Int, [String])

    let editor: OpaquePointer
    nonisolated(unsafe) static var completer: Completer?
    nonisolated(unsafe) static var interrupted: Int32 = 0

    /// Sets the locale so libedit accepts multibyte (Korean) input, and installs the Ctrl-C handler.
    public init?(program: String, historySize: Int) {
        if let l = setlocale(LC_CTYPE, ""), String(cString: l) == "C" || String(cString: l) == "POSIX" {
            setlocale(LC_CTYPE, "C.UTF-8")
        } else if setlocale(LC_CTYPE, nil) == nil {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        guard let e = sma_editor_new(program, stdin, stderr, stderr, Int32(clamping: historySize)) else { return nil }
        editor = e
        sma_editor_set_completer(e) { line, cursor, from, out, max in
            guard let line, let out, let from, let complete = LineEditor.completer else { return 0 }
            let (start, candidates) = complete(String(cString: line), Int(cursor))
            from.pointee = Int32(clamping: start)
            var n: Int32 = 0
            for c in candidates.prefix(Int(max)) {
                out[Int(n)] = strdup(c)
                n += 1
            }
            return n
        }
        LineEditor.installInterruptHandler()
    }

    deinit {
        sma_editor_free(editor)
    }

    public func setCompleter(_ c: @escaping Completer) {
        LineEditor.completer = c
    }

    /// Called from the signal handler too: keep it to flag stores.
    nonisolated(unsafe) public static var onInterrupt: (@convention(c) () -> Void)?

    static func installInterruptHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            LineEditor.interrupted = 1
            LineEditor.onInterrupt?()
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0 // no SA_RESTART: a read in progress returns EINTR
        sigaction(SIGINT, &action, nil)
    }

    /// Reads one line with `prompt`; the trailing newline is removed.
    public func readLine(prompt: String) -> ReadResult {
        sma_editor_set_prompt(editor, prompt)
        LineEditor.interrupted = 0
        var count: Int32 = 0
        guard let p = sma_editor_gets(editor, &count), count > 0 else {
            // Ctrl-C as a key while editing, or SIGINT (kill -INT) during the read. Any other
            // failure (the terminal hung up) ends the session rather than spinning.
            if count == -2 || (count == -1 && LineEditor.interrupted != 0) {
                LineEditor.interrupted = 0
                sma_editor_reset(editor)
                return .interrupted
            }
            return .end
        }
        var s = String(cString: p)
        if s.hasSuffix("\n") { s.removeLast() }
        return .line(s)
    }

    public func addHistory(_ entry: String) {
        sma_editor_history_add(editor, entry)
    }
}
