// libFuzzer target over the whole pipeline: bytes → lexer → parser → evaluator → every renderer.
// Built only by `make fuzz` (SMA_FUZZ=1: Package.swift builds the libraries with libFuzzer's
// coverage; the build tools are left alone, so they still run during the build). SwiftPM names
// an executable's entry `SMAFuzz_main`: it hands the command line to libFuzzer's driver.
import SMALanguage
import SMAEngine
import SMARender
import SMAShell

nonisolated(unsafe) let session: Session = {
    let s = Session()
    s.trialLimit = 2000 // simulations stay quick; their code paths are the same
    return s
}()
nonisolated(unsafe) let sinks = OutputFormat.allCases.map { _ in CollectingSink() }

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

@_cdecl("SMAFuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        return fuzz(data, size)
    }
}

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
        let runner = Runner(session: session, options: RunOptions(render: RenderSpec(format: format, units: i % 2 == 0 ? .ko : .en)), sink: sink)
        runner.run(name: "fuzz", bytes: bytes)
    }
    // The completer, at every cursor position of the (valid UTF-8) input.
    if size < 200, let text = String(validating: bytes, as: UTF8.self) {
        let context = session.completionContext(sessionCommands: ReplCommand.words)
        for cursor in 0...bytes.count { _ = Completer.complete(text, cursor: cursor, context: context) }
    }
    differential(bytes)
    return 0
}

// MARK: differential checks

/// The first statement's value in a reset session (nil when it fails). The session is reused:
/// a new one would parse the built-in record again (most of an execution's time).
func firstValue(_ text: String) -> Value? {
    let s = session
    s.reset()
    var first: Value? = nil
    Interpreter(session: s).run(SourceText(name: "fuzz", text: text)) { outcome in
        if case .result(let o, _) = outcome { first = o.value }
        return false
    }
    return first
}

/// A projection by `growth`, written out in plain integer arithmetic (no `Dec`): each year
/// amount × (10^(places+2) + rate digits) / 10^(places+2), rounded half-up to 1억, in 억 units.
/// nil when an intermediate leaves Int128 (sma must then say "too large").
func referenceProjection(eok: Int128, rateDigits: Int128, places: Int, years: Int) -> Int128? {
    var a = eok
    var unit: Int128 = 100
    for _ in 0..<places { unit *= 10 }
    for _ in 0..<years {
        let (p, o) = a.multipliedReportingOverflow(by: unit + rateDigits)
        if o { return nil }
        let (q, r) = p.quotientAndRemainder(dividingBy: unit)
        a = 2 * r.magnitude >= unit.magnitude ? q + (r < 0 ? -1 : 1) : q
    }
    return a
}

/// The largest amount a simulation's trials hold: Int64.max 억 원.
let simulationLimit = (try? Dec(exactly: Int128(Int64.max), scale: -8)) ?? .zero

/// `project` against the same arithmetic written out, and `simulate` with no spread against
/// `project`: two paths that must agree. A disagreement traps, so libFuzzer keeps the input.
func differential(_ bytes: [UInt8]) {
    guard bytes.count >= 4 else { return }
    let years = 1 + Int(bytes[0] % 24)
    let places = Int(bytes[1] % 4)
    let rateDigits = Int128(Int16(bitPattern: UInt16(bytes[2]) << 8 | UInt16(bytes[3]))) // −32768 … 32767
    var unit: Int128 = 100
    for _ in 0..<places { unit *= 10 }
    guard rateDigits > -unit else { return } // growth above −100%
    guard let rate = try? Dec(exactly: rateDigits, scale: places) else { return } // rateDigits / 10^places percent
    let target = 2026 + years
    let projected = firstValue("project \(target) with growth \(rate)%")
    let expected = referenceProjection(eok: 15_192, rateDigits: rateDigits, places: places, years: years)
    switch (projected, expected) {
    case (.money(let m)?, let e?):
        guard let want = try? Dec(exactly: e, scale: -8), m.amount == want else {
            fatalError("project \(target) with growth \(rate)% gave \(m.amount), written out \(e)억")
        }
    case (nil, nil), (nil, _?): break // too large for sma's 38 digits, or no projection: both refuse or sma refuses a huge one
    default: fatalError("project \(target) with growth \(rate)%: \(String(describing: projected)) against \(String(describing: expected))")
    }
    // simulate quantizes rates to 0.1 point: compare on a rate that is already quantized.
    let tenths = places == 0 ? rateDigits * 10 : rateDigits / (unit / 1000) // unit / 1000 = 10^(places − 1)
    guard let quantized = try? Dec(exactly: tenths, scale: 1) else { return }
    guard tenths > -1000, years <= 24 else { return }
    let p = firstValue("project \(target) with growth \(quantized)%")
    let s = firstValue("simulate \(target) with growth normal(\(quantized)%, 0%) trials 3 seed 1")
    if case .money(let m)? = p, case .table(let t)? = s, t.rows.count == 1, t.rows[0].count >= 5, case .money(let median)? = t.rows[0][4] {
        guard m == median else { fatalError("simulate with no spread gave \(median.amount), project \(m.amount) (growth \(quantized)%)") }
    } else if case .money(let m)? = p, m.amount < simulationLimit {
        // Past 9.2 × 10^18 억 (Int64) a simulation says "too large" where a projection goes on to 38 digits.
        fatalError("project \(target) with growth \(quantized)% has a value, simulate none")
    }
}
