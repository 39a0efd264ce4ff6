import Dispatch

/// `simulate`: Monte Carlo over uncertain growth. Each trial draws a rate for every year,
/// quantizes it to 0.1 point as published rates are, compounds and rounds each year half-up to
/// 1억 원 exactly as a projection does (integer arithmetic), and applies the agreement's cap on
/// every path. Draws are made in floating point and quantized; every rate applied and every
/// amount is exact. The same seed gives the same numbers whatever the number of cores: trials
/// are cut into fixed chunks, each with its own stream derived from the seed.

/// xoshiro256** seeded through SplitMix64: fast, small, and the same on every machine.
struct Xoshiro256: Sendable {
    var s0, s1, s2, s3: UInt64

    init(seed: UInt64) {
        var x = seed
        func splitmix(_ x: inout UInt64) -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitmix(&x); s1 = splitmix(&x); s2 = splitmix(&x); s3 = splitmix(&x)
    }

    @inline(__always)
    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// Uniform in [0, 1) with 53 random bits.
    @inline(__always)
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }
}

/// A distribution of yearly rates, drawn in tenths of a percent point.
enum Sampler: Sendable {
    case normal(mean: Double, sd: Double)
    case uniform(low: Double, high: Double)
    case triangular(low: Double, mode: Double, high: Double)
    case historical([Int64])
    case fixed(Int64)

    @inline(__always)
    func draw(_ rng: inout Xoshiro256) -> Int64 {
        let percent: Double
        switch self {
        case .fixed(let t): return t
        case .historical(let ts): return ts[Int(rng.next() % UInt64(ts.count))]
        case .normal(let m, let sd):
            if sd == 0 { percent = m; break }
            // Marsaglia's polar method.
            var u = 0.0, v = 0.0, s = 0.0
            repeat {
                u = rng.unit() * 2 - 1
                v = rng.unit() * 2 - 1
                s = u * u + v * v
            } while s >= 1 || s == 0
            percent = m + sd * u * (-2 * log(s) / s).squareRoot()
        case .uniform(let lo, let hi):
            percent = lo + (hi - lo) * rng.unit()
        case .triangular(let lo, let mode, let hi):
            let u = rng.unit()
            let f = hi == lo ? 0 : (mode - lo) / (hi - lo)
            percent = u < f ? lo + ((hi - lo) * (mode - lo) * u).squareRoot() : hi - ((hi - lo) * (hi - mode) * (1 - u)).squareRoot()
        }
        // A draw beyond ±10^14 % is no rate a trial can compound: the sentinel stops the run.
        let t = (percent * 10).rounded(.toNearestOrAwayFromZero)
        guard t.magnitude <= Double(Session.maxTenths) else { return Session.maxTenths + 1 }
        return Int64(t)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The plan of one simulated year.
struct YearPlan: Sendable {
    enum Rate: Sendable {
        /// A known rate (recorded, `set`, one `with` rate, a fixed rule), after the cap, applied
        /// exactly as `project` applies it: amount × num / den, num = den + rate digits.
        case exact(num: Int128, den: Int128)
        case draw(Sampler)
        case firstYear(Int64)    // the agreement's own first-year amount, in 억
    }
    let year: Int
    let rate: Rate
    let capTenths: Int64?
}

extension Session {
    static let maxTrials = 10_000_000
    static let chunkSize = 8192

    /// The largest rate a trial compounds, in tenths of a point (10^14 %); beyond it, and for
    /// any rate the cap does not bring back within it, the run stops with "too large".
    static let maxTenths: Int64 = 1_000_000_000_000_000

    /// A rate in tenths of a point, rounded half-up; a rate beyond `maxTenths` keeps its sign and
    /// becomes one past it (the cap can still bring it back, as `project` caps it).
    func tenths(_ d: Dec) -> Int64 {
        let limit = Session.maxTenths + 1
        guard let t = try? d.multiplied(by: Dec(10)).rounded(places: 0), let v = Int64(exactly: t.mantissa), v.magnitude <= limit.magnitude else {
            return d.isNegative ? -limit : limit
        }
        return v
    }

    func double(_ d: Dec) -> Double { Double(d.description) ?? 0 }

    /// A known rate as the exact factor `(100 + rate) / 100`, in integers.
    func exactRate(_ rate: Dec) -> YearPlan.Rate {
        // rate = m / 10^s percent: factor = (10^(s+2) + m) / 10^(s+2); with s ≤ 24 and
        // |m| < 10^38 both fit in 128 bits.
        let den = Int128(Dec.powersOfTen[min(rate.scale + 2, 38)])
        let (num, o) = den.addingReportingOverflow(rate.mantissa)
        return o ? .exact(num: Int128.max, den: 1) : .exact(num: num, den: den)
    }

    func percentArgument(_ e: Expr) throws(Diagnostic) -> Dec {
        let v = try evaluate(e)
        guard case .percent(let p, _) = v else {
            throw Diagnostic(.evaluation, "a distribution's parameters are percents, not \(v.typeName)", at: e.span, hint: "for example `normal(4%, 1.5%)`")
        }
        return p
    }

    func sampler(_ d: Distribution, span: Span) throws(Diagnostic) -> (Sampler, String) {
        switch d {
        case .fixed(let e):
            let p = try percentArgument(e)
            return (.fixed(tenths(p)), "\(p)%")
        case .normal(let m, let sd):
            let mv = try percentArgument(m), sv = try percentArgument(sd)
            guard !sv.isNegative else { throw Diagnostic(.evaluation, "a standard deviation cannot be negative", at: sd.span) }
            return (.normal(mean: double(mv), sd: double(sv)), "normal(\(mv)%, \(sv)%)")
        case .uniform(let lo, let hi):
            let l = try percentArgument(lo), h = try percentArgument(hi)
            guard !(h < l) else { throw Diagnostic(.evaluation, "uniform(LOW, HIGH) needs LOW ≤ HIGH", at: span) }
            return (.uniform(low: double(l), high: double(h)), "uniform(\(l)%, \(h)%)")
        case .triangular(let lo, let mode, let hi):
            let l = try percentArgument(lo), m = try percentArgument(mode), h = try percentArgument(hi)
            guard !(m < l) && !(h < m) else { throw Diagnostic(.evaluation, "triangular(LOW, MODE, HIGH) needs LOW ≤ MODE ≤ HIGH", at: span) }
            return (.triangular(low: double(l), mode: double(m), high: double(h)), "triangular(\(l)%, \(m)%, \(h)%)")
        case .historical(let ye):
            let (ys, _) = try years(ye, what: "the years")
            var rates: [Int64] = []
            for y in ys { if let g = try? change(to: y) { rates.append(tenths(g)) } }
            guard !rates.isEmpty else {
                throw Diagnostic(.evaluation, "no recorded growth rates in \(ys.lowerBound)..\(ys.upperBound)", at: ye.span, hint: recordedRangeHint())
            }
            return (.historical(rates), "historical(\(ys.lowerBound)..\(ys.upperBound)): \(rates.count) recorded yearly rates")
        }
    }

    func simulate(_ sim: Simulation, span: Span) throws(Diagnostic) -> Output {
        let (targets, _) = try years(sim.target, what: "the target")
        var trials = min(10_000, trialLimit)
        if let t = sim.trials {
            let v = try evaluate(t)
            guard case .number(let d) = v, let n = d.intValue, n >= 1, n <= trialLimit else {
                throw Diagnostic(.evaluation, "trials must be a whole number from 1 to \(trialLimit)", at: t.span)
            }
            trials = n
        }
        var seed: UInt64
        var seedNote: Note? = nil
        if let s = sim.seed {
            let v = try evaluate(s)
            guard case .number(let d) = v, let n = d.intValue, n >= 0 else {
                throw Diagnostic(.evaluation, "a seed is a whole number from 0", at: s.span)
            }
            seed = UInt64(n)
        } else {
            var g = SystemRandomNumberGenerator()
            seed = g.next() % 1_000_000_000
            seedNote = Note("drawn seed \(seed): add `seed \(seed)` to repeat this run")
        }
        var above: Money? = nil
        if let a = sim.above {
            guard case .money(let m) = try evaluate(a) else {
                throw Diagnostic(.evaluation, "`above` takes an amount of money", at: a.span, hint: "for example `above 1조 7000억`")
            }
            above = m
        }
        // The plan: base, then one rate rule per year.
        let under = try sim.under.map { (e) throws(Diagnostic) -> Agreement in try agreementNumber(e) }
        var samplers: [IndexKind: Sampler] = [:]
        var described: [String] = []
        for (k, d) in sim.assumptions {
            let (s, text) = try sampler(d, span: span)
            samplers[k] = s
            described.append("\(k.name) \(text)")
        }
        let growth = try sim.growth.map { (d) throws(Diagnostic) -> (Sampler, String) in try sampler(d, span: span) }
        // One rate rather than a distribution is applied exactly, as `project` applies it, and
        // checked as `project` checks it.
        var fixedGrowth: Dec? = nil
        if case .fixed(let e)? = sim.growth { fixedGrowth = try growthRate(e) }
        var fixedRates: [IndexKind: Dec] = [:]
        for (k, d) in sim.assumptions { if case .fixed(let e) = d { fixedRates[k] = try percentArgument(e) } }
        if let g = growth { described.append("growth \(g.1)") }
        // The plan every projection walks; the indices and growth the statement draws come back
        // as `.drawn`, known rates (recorded, `set`, one `with` rate) applied exactly.
        let drawable = Set(samplers.keys.filter { fixedRates[$0] == nil })
        let plan = try planYears(targets: targets, growth: fixedGrowth, under: under, assumptions: fixedRates, drawable: drawable,
                                 drawnGrowth: growth != nil && fixedGrowth == nil, baseYear: try recordedBaseYear(sim.base),
                                 span: span, targetSpan: sim.target.span)
        let base = plan.base
        let currency = base?.currency ?? under?.base?.currency ?? .krw
        guard currency == .krw else {
            throw Diagnostic(.evaluation, "simulations run in won; the base is in dollars", at: sim.target.span, hint: "simulate from a year from 2005 on")
        }
        func eok(_ m: Money) throws(Diagnostic) -> Int64 {
            guard let v = (try? m.amount.divided(by: Dec(100_000_000)))?.intValue else {
                throw Diagnostic(.evaluation, "simulations need amounts in whole 억 원", at: span)
            }
            return Int64(v)
        }
        var plans: [YearPlan] = []
        for p in plan.years {
            switch p.source {
            case .firstYear(let ab): plans.append(YearPlan(year: p.year, rate: .firstYear(try eok(ab)), capTenths: nil))
            case .rate(let rate, _, _): plans.append(YearPlan(year: p.year, rate: exactRate(rate), capTenths: nil))
            case .drawn(let kind, let cap):
                guard let s = samplers[kind] else { throw Diagnostic(.evaluation, "nothing to draw \(p.year) from", at: span) }
                plans.append(YearPlan(year: p.year, rate: .draw(s), capTenths: cap.map { tenths($0) }))
            case .drawnGrowth:
                guard let g = growth else { throw Diagnostic(.evaluation, "nothing to draw \(p.year) from", at: span) }
                plans.append(YearPlan(year: p.year, rate: .draw(g.0), capTenths: nil))
            }
        }
        let start = try base.map { (m) throws(Diagnostic) -> Int64 in try eok(m) } ?? 0
        let outputs = plans.enumerated().filter { targets.contains($0.element.year) }.map(\.offset)
        let results = runTrials(plans: plans, start: start, trials: trials, seed: seed, outputs: outputs)
        if Cancellation.isRequested { throw Diagnostic(.evaluation, "interrupted", at: span) }
        if results.overflow { throw Diagnostic(.evaluation, "the amounts grow too large", at: span, hint: "try smaller rates or fewer years") }
        // Summaries per year: mean and percentiles (nearest rank), all exact money.
        var columns = [Column("year"), Column("mean"), Column("p5"), Column("p25"), Column("median"), Column("p75"), Column("p95")]
        if above != nil { columns.append(Column("above", key: "share_above")) }
        var t = Table(columns: columns)
        let aboveEok: Dec? = above.flatMap { try? $0.amount.divided(by: Dec(100_000_000)) }
        for (i, index) in outputs.enumerated() {
            let values = results.values[i]
            let n = values.count
            var sum: Int128 = 0
            var lo = Int64.max, hi = Int64.min
            for v in values { sum += Int128(v); lo = min(lo, v); hi = max(hi, v) }
            // Percentiles by nearest rank, from a histogram of whole 억 (amounts are whole 억).
            let ranks = [5, 25, 50, 75, 95].map { p in max(1, (p * n + 99) / 100) }
            var found = [Int64](repeating: hi, count: ranks.count)
            let (span, wide) = hi.subtractingReportingOverflow(lo)
            if !wide && span < 50_000_000 {
                var counts = [Int32](repeating: 0, count: Int(span) + 1)
                for v in values { counts[Int(v - lo)] += 1 }
                var cumulative = 0, r = 0
                for (k, c) in counts.enumerated() where c > 0 {
                    cumulative += Int(c)
                    while r < ranks.count && cumulative >= ranks[r] { found[r] = lo + Int64(k); r += 1 }
                    if r == ranks.count { break }
                }
            } else {
                let sorted = values.sorted()
                for (r, rank) in ranks.enumerated() { found[r] = sorted[rank - 1] }
            }
            func won(_ eok: Int64) -> Value { .money(Money(eok: eok)) }
            func pct(_ p: Int) -> Value { won(found[[5, 25, 50, 75, 95].firstIndex(of: p)!]) }
            // The mean, like every amount, to the nearest 1억 원 (half-up).
            let mean = (try? Dec(exactly: sum, scale: -8).divided(by: Dec(n), shiftedLeft: 0, places: 0).rounded(places: -8)).flatMap { try? Money(exact: $0, .krw) }
            var row: [Value?] = [.number(Dec(plans[index].year)), mean.map { .money($0) }, pct(5), pct(25), pct(50), pct(75), pct(95)]
            if let aboveEok {
                var count = 0
                let threshold = aboveEok.integerPart // amounts are whole 억: above X means above floor(X)
                for v in values where Int128(v) > threshold { count += 1 }
                row.append((try? Dec(count * 100).divided(by: Dec(n))).map { .percent($0, signed: false) })
            }
            t.rows.append(row)
        }
        var notes = [Note((["\(trials) trials, seed \(seed)"] + described).joined(separator: "; ") + "; drawn rates quantized to 0.1 point, known rates applied exactly, each year rounded half-up to {} (the mean too)", .money(Money.yearlyUnit(.krw)))]
        if let a = under { notes.append(Note("by the \(ordinalText(a.ordinal)) SMA's rule (\(a.rule.short)); recorded index values are used where the record has them")) }
        if let above { notes.append(Note("above: the share of trials whose amount exceeds {}", .money(above))) }
        if let seedNote { notes.append(seedNote) }
        var out = Output(.table(t), notes: notes)
        out.seed = seed
        return out
    }

    /// Runs every trial; returns the amounts (in 억) of the output years, trial by trial.
    func runTrials(plans: [YearPlan], start: Int64, trials: Int, seed: UInt64, outputs: [Int]) -> (values: [[Int64]], overflow: Bool) {
        let chunks = (trials + Session.chunkSize - 1) / Session.chunkSize
        let buffers = outputs.map { _ in UnsafeMutableBufferPointer<Int64>.allocate(capacity: max(1, trials)) }
        defer { for b in buffers { b.deallocate() } }
        for b in buffers { b.initialize(repeating: 0) }
        let flags = UnsafeMutableBufferPointer<Bool>.allocate(capacity: chunks)
        flags.initialize(repeating: false)
        defer { flags.deallocate() }
        // Each chunk sets only its own flag.
        nonisolated(unsafe) let overflowFlags = flags
        let outputSlot: [Int] = plans.indices.map { outputs.firstIndex(of: $0) ?? -1 }
        // Each chunk writes only its own trials' slots.
        nonisolated(unsafe) let shared = buffers
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var rng = Xoshiro256(seed: seed &+ UInt64(chunk) &* 0x9E37_79B9_7F4A_7C15)
            let lo = chunk * Session.chunkSize, hi = min(trials, lo + Session.chunkSize)
            for trial in lo..<hi {
                if trial & 1023 == 0 && Cancellation.isRequested { return }
                var a = start
                for (i, plan) in plans.enumerated() {
                    var t: Int64
                    switch plan.rate {
                    case .firstYear(let b): a = b; if outputSlot[i] >= 0 { shared[outputSlot[i]][trial] = a }; continue
                    case .exact(let num, let den):
                        // a × num / den, rounded half-up (away from zero) to a whole 억, in 128 bits.
                        let (p, o) = Int128(a).multipliedReportingOverflow(by: num)
                        let (q, r) = p.quotientAndRemainder(dividingBy: den)
                        let rounded = r.magnitude >= den.magnitude - r.magnitude ? q + (p < 0 ? -1 : 1) : q
                        guard !o, let next = Int64(exactly: rounded) else { overflowFlags[chunk] = true; return }
                        a = next
                        if outputSlot[i] >= 0 { shared[outputSlot[i]][trial] = a }
                        continue
                    case .draw(let s): t = s.draw(&rng)
                    }
                    if let cap = plan.capTenths, t > cap { t = cap }
                    if t > Session.maxTenths || t < -Session.maxTenths { overflowFlags[chunk] = true; return }
                    // a × (1 + t/1000), rounded half-up (away from zero) to a whole 억.
                    let (p, o) = a.multipliedReportingOverflow(by: 1000 + t)
                    if !o {
                        let (q, r) = p.quotientAndRemainder(dividingBy: 1000)
                        a = r >= 500 ? q + 1 : r <= -500 ? q - 1 : q
                    } else {
                        // The product leaves Int64 though the amount may not: again in 128 bits.
                        let (q, r) = (Int128(a) * Int128(1000 + t)).quotientAndRemainder(dividingBy: 1000)
                        guard let next = Int64(exactly: r >= 500 ? q + 1 : r <= -500 ? q - 1 : q) else { overflowFlags[chunk] = true; return }
                        a = next
                    }
                    if outputSlot[i] >= 0 { shared[outputSlot[i]][trial] = a }
                }
            }
        }
        let values = buffers.map { Array($0.prefix(trials)) }
        return (values, overflowFlags.contains(true))
    }
}
