// libFuzzer target over the whole pipeline: bytes → lexer → parser → evaluator → every renderer.
// Built only by `make fuzz` (SMA_FUZZ=1 swift build --product SMAFuzz --sanitize fuzzer).
import SMACore

nonisolated(unsafe) let session: Session = {
    let s = Session()
    s.trialLimit = 2000 // simulations stay quick; their code paths are the same
    return s
}()
nonisolated(unsafe) let sinks = OutputFormat.allCases.map { _ in CollectingSink() }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // Two of the four formats per input, alternating, to keep the executions quick.
    let formats = OutputFormat.allCases.enumerated().filter { $0.offset % 2 == size % 2 }
    for (i, format) in formats {
        session.reset()
        let sink = sinks[i]
        sink.stdout = ""
        sink.stderr = ""
        let runner = Runner(session: session, options: RunOptions(format: format, units: i % 2 == 0 ? .ko : .en), sink: sink)
        runner.run(name: "fuzz", bytes: bytes)
    }
    // The completer, at every cursor position of the (valid UTF-8) input.
    if size < 200, let text = String(validating: bytes, as: UTF8.self) {
        let context = session.completionContext(sessionCommands: ReplCommand.words)
        for cursor in 0...bytes.count { _ = Completer.complete(text, cursor: cursor, context: context) }
    }
    return 0
}
