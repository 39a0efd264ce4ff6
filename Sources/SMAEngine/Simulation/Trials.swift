import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
import SMALanguage
#endif

/// Running the trials of `simulate` in memory that does not grow with their number.
///
/// Every yearly amount is a whole number of 억 원, so what a year's trials add up to is a
/// histogram of integers: the mean, the nearest-rank percentiles and the share above a line come
/// out of counts exactly. Trials run in chunks of `chunkSize`, each chunk with its own random
/// stream derived from the seed and all its years in turn; a chunk keeps only its trials'
/// current amounts. Each worker thread counts into its own histograms, merged at the end (counts
/// add up in any order: the results do not depend on the number of cores).
///
/// A histogram has one bin per 억 while the year's spread fits the memory budget; a wider year
/// gets wider bins, and a percentile that falls in a wide bin is found exactly by running the
/// same trials again (the same seed gives the same draws) and counting only inside that bin.

/// The plan of one simulated year, as the trials walk it.
struct TrialYear: Sendable {
    enum Rate: Sendable {
        /// A known rate (recorded, `set`, one `with` rate, a fixed rule), after the cap, applied
        /// exactly as `project` applies it: amount × num / den, num = den + rate digits.
        case exact(num: Int128, den: Int128)
        /// A drawn rate in tenths of a point, capped at `cap` tenths.
        case draw(AliasTable, cap: Int64?)
        /// The agreement's own first-year amount, in 억.
        case firstYear(Int64)
    }
    let year: Int
    let rate: Rate
}

/// How far a run has come, for a progress line.
public struct SimulationProgress: Sendable {
    /// Trial-years done and to do in this pass.
    public let done: Int
    public let total: Int
    /// The trials of the run.
    public let trials: Int
    /// Nanoseconds since the run started.
    public let elapsed: UInt64
    /// 1 for the run, 2 or more while a wide percentile is being narrowed.
    public let pass: Int
    /// The run has ended (erase the line).
    public let finished: Bool
}

/// What one year of all trials comes to.
struct YearSummary: Equatable {
    var mean: Int64           // 억, rounded half-up
    var percentiles: [Int64]  // 억, at `TrialRunner.percentiles`
    var above: Int            // trials above the line
}

/// A count of whole numbers in bins of 2^shift, over a window of values; values below the
/// window are counted, values above it are not.
struct Histogram {
    var low: Int64 = .min, high: Int64 = .max   // the window, inclusive
    var below = 0
    var shift = 0
    var base: Int64 = 0                          // the bin index (value >> shift) of counts[0]
    var counts: [UInt32] = []

    init(low: Int64 = .min, high: Int64 = .max) {
        self.low = low
        self.high = high
    }

    /// The values of bin index k: [k·2^shift, (k + 1)·2^shift − 1], within the window.
    func range(ofBin k: Int64) -> (Int64, Int64) {
        let lo = Int128(k) << shift
        let top = lo + (Int128(1) << shift) - 1
        return (Int64(clamping: max(lo, Int128(low))), Int64(clamping: min(top, Int128(high))))
    }

    /// Bins a histogram may hold without asking; beyond them, bins come out of a pool shared by
    /// one worker's histograms.
    static let reserve = 1024

    /// Counts every value, growing the bins as needed.
    mutating func add(_ values: UnsafeBufferPointer<Int64>, pool: inout Int, reserve: Int) {
        var i = 0
        while i < values.count {
            // As far as the bins go, in one pass with the window and bins in registers.
            let low = self.low, high = self.high, shift = self.shift, base = self.base
            var below = 0
            let stopped = counts.withUnsafeMutableBufferPointer { c -> Int in
                let count = c.count
                var j = i
                while j < values.count {
                    let v = values[j]
                    if v < low { below &+= 1 } else if v <= high {
                        let k = (v >> shift) &- base
                        guard k >= 0 && k < count else { return j }
                        c[Int(truncatingIfNeeded: k)] &+= 1
                    }
                    j += 1
                }
                return j
            }
            self.below += below
            guard stopped < values.count else { return }
            grow(toHold: values[stopped], pool: &pool, reserve: reserve)
            i = stopped
        }
    }

    /// Makes room for `v`, with wider bins when the pool cannot pay for more of them.
    mutating func grow(toHold v: Int64, pool: inout Int, reserve: Int = Histogram.reserve) {
        while true {
            let k = Int128(v >> shift)
            let oldFirst = Int128(base), oldLast = Int128(base) + Int128(counts.count) - 1
            let first = counts.isEmpty ? k : min(oldFirst, k)
            let last = counts.isEmpty ? k : max(oldLast, k)
            let needed = last - first + 1
            let held = max(0, counts.count - reserve)
            let allowed = Int128(reserve + held + max(0, pool))
            if needed <= allowed {
                // Bin indices that exist at this width.
                let lowest = Int128(Int64.min >> shift), highest = Int128(Int64.max >> shift)
                // Room to spare where the pool allows (a quarter more, or the reserve for a new
                // histogram), so that a widening year does not copy its bins on every extreme.
                let spare = counts.isEmpty ? Int128(reserve) : needed + needed / 2
                let wanted = min(allowed, highest - lowest + 1, max(needed, spare))
                let extra = wanted - needed
                var newBase = counts.isEmpty ? first - extra / 2 : (k < oldFirst ? first - extra : first)
                newBase = max(lowest, min(newBase, highest - wanted + 1))
                var grown = [UInt32](repeating: 0, count: Int(wanted))
                if !counts.isEmpty {
                    let offset = Int(oldFirst - newBase)
                    for i in counts.indices { grown[offset + i] = counts[i] }
                }
                pool -= max(0, Int(wanted) - reserve) - held
                counts = grown
                base = Int64(newBase)
                return
            }
            coarsen()
        }
    }

    /// Bins twice as wide.
    mutating func coarsen() {
        let newBase = base >> 1
        let last = (base + Int64(counts.count) - 1) >> 1
        var merged = [UInt32](repeating: 0, count: Int(last - newBase) + 1)
        for (i, c) in counts.enumerated() { merged[Int(((base + Int64(i)) >> 1) - newBase)] &+= c }
        counts = merged
        base = newBase
        shift += 1
    }

    /// Adds another worker's count of the same window.
    mutating func merge(_ other: Histogram) {
        below += other.below
        guard !other.counts.isEmpty else { return }
        var other = other
        if counts.isEmpty { let b = below; self = other; below = b; return }
        while shift < other.shift { coarsen() }
        while other.shift < shift { other.coarsen() }
        if other.base >= base && Int128(other.base) + Int128(other.counts.count) <= Int128(base) + Int128(counts.count) {
            // Within these bins: added in place.
            let offset = Int(other.base - base)
            counts.withUnsafeMutableBufferPointer { c in
                for (i, n) in other.counts.enumerated() { c[offset + i] &+= n }
            }
            return
        }
        let first = min(base, other.base)
        let last = max(Int128(base) + Int128(counts.count), Int128(other.base) + Int128(other.counts.count)) - 1
        if last - Int128(first) >= Int128(TrialRunner.binBudget) {
            coarsen(); other.coarsen()
            other.below = 0
            merge(other)
            return
        }
        var all = [UInt32](repeating: 0, count: Int(last - Int128(first)) + 1)
        for (i, c) in counts.enumerated() { all[Int(base - first) + i] &+= c }
        for (i, c) in other.counts.enumerated() { all[Int(other.base - first) + i] &+= c }
        counts = all
        base = first
    }
}

/// Runs the trials of one plan.
struct TrialRunner: Sendable {
    /// Looked at between chunks: a requested token stops the run (`Failure.cancelled`).
    var cancellation = CancellationToken()
    static let chunkSize = 65536
    /// Bins one worker may hold over all its histograms (4 bytes each).
    static let binBudget = 1 << 21
    static let percentiles = [5, 25, 50, 75, 95]

    let plans: [TrialYear]
    let start: Int64
    let trials: Int
    let seed: UInt64
    /// Indices into `plans` of the years reported.
    let outputs: [Int]
    /// Amounts above this many 억 are counted.
    var aboveEok: Int64? = nil
    var workers = max(1, min(64, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
    var binBudget = TrialRunner.binBudget

    enum Failure: Error, Equatable { case overflow, cancelled }

    /// Runs the trials of `chunk`, handing each output year's amounts to `visit(outputIndex,
    /// amounts)`. The one place a trial's year is computed: the histogram path and the tests'
    /// sorting reference both go through it.
    func runChunk(_ chunk: Int, amounts a: UnsafeMutableBufferPointer<Int64>, visit: (Int, UnsafeMutableBufferPointer<Int64>) -> Void) throws(Failure) {
        var rng = Xoshiro256(seed: seed &+ UInt64(truncatingIfNeeded: chunk) &* 0x9E37_79B9_7F4A_7C15)
        let lo = chunk * TrialRunner.chunkSize
        let n = min(trials - lo, TrialRunner.chunkSize)
        let a = UnsafeMutableBufferPointer(rebasing: a[0..<n])
        a.update(repeating: start)
        var slot = 0
        for (i, plan) in plans.enumerated() {
            switch plan.rate {
            case .firstYear(let b):
                a.update(repeating: b)
            case .exact(let num, let den):
                // a × num / den, rounded half-up (away from zero) to a whole 억, in 128 bits.
                for j in 0..<n {
                    let (p, o) = Int128(a[j]).multipliedReportingOverflow(by: num)
                    let (q, r) = p.quotientAndRemainder(dividingBy: den)
                    let rounded = r.magnitude >= den.magnitude - r.magnitude ? q + (p < 0 ? -1 : 1) : q
                    guard !o, let next = Int64(exactly: rounded) else { throw .overflow }
                    a[j] = next
                }
            case .draw(let table, let cap):
                let c = cap ?? .max
                var rngOut = rng
                defer { rng = rngOut }
                try table.entries.withUnsafeBufferPointer { (e) throws(Failure) in
                    var overflow = false
                    // The stream in registers for the loop.
                    var rng = rng
                    defer { rngOut = rng }
                    // Every drawn rate is above -100% (checked before the run), so an amount
                    // that is not negative stays so: then half-up is (p + 500) / 1000 in
                    // unsigned arithmetic, the common case and the fastest.
                    var nonNegative = true
                    for j in 0..<n where a[j] < 0 { nonNegative = false; break }
                    if nonNegative {
                        for j in 0..<n {
                            let t = min(c, AliasTable.draw(rng.next(), from: e))
                            let factor = UInt64(bitPattern: 1000 &+ t)
                            let (p, o) = UInt64(bitPattern: a[j]).multipliedReportingOverflow(by: factor)
                            let (half, o2) = p.addingReportingOverflow(500)
                            if !(o || o2) {
                                a[j] = Int64(bitPattern: half / 1000)
                            } else {
                                // The product leaves 64 bits though the amount may not: in 128.
                                let q = (UInt128(UInt64(bitPattern: a[j])) * UInt128(factor) + 500) / 1000
                                if let next = Int64(exactly: q) { a[j] = next } else { overflow = true }
                            }
                        }
                    } else {
                        for j in 0..<n {
                            let t = min(c, AliasTable.draw(rng.next(), from: e))
                            // a × (1000 + t) / 1000, rounded half-up (away from zero) to a whole 억.
                            let (p, o) = a[j].multipliedReportingOverflow(by: 1000 &+ t)
                            if !o {
                                let (q, r) = p.quotientAndRemainder(dividingBy: 1000)
                                a[j] = r >= 500 ? q &+ 1 : r <= -500 ? q &- 1 : q
                            } else {
                                // The product leaves 64 bits though the amount may not: in 128.
                                let (q, r) = (Int128(a[j]) * Int128(1000 &+ t)).quotientAndRemainder(dividingBy: 1000)
                                if let next = Int64(exactly: r >= 500 ? q + 1 : r <= -500 ? q - 1 : q) { a[j] = next } else { overflow = true }
                            }
                        }
                    }
                    if overflow { throw .overflow }
                }
            }
            if slot < outputs.count && outputs[slot] == i {
                visit(slot, a)
                slot += 1
            }
            if cancellation.isRequested { throw .cancelled }
        }
    }

    /// The whole run: one summary per output year.
    func run(progress: ((SimulationProgress) -> Void)? = nil) throws(Failure) -> [YearSummary] {
        let n = trials
        let ranks = TrialRunner.percentiles.map { p in max(1, (p * n + 99) / 100) }
        // Pass 1: every year over all values.
        var windows: [[(Histogram, [Int])]] = outputs.map { _ in [(Histogram(), Array(ranks.indices))] }
        var found = outputs.map { _ in [Int64](repeating: 0, count: ranks.count) }
        var sums = [Int128](repeating: 0, count: outputs.count)
        var aboveCounts = [Int](repeating: 0, count: outputs.count)
        var pass = 1
        let started = DispatchTime.now().uptimeNanoseconds
        // The line goes away however the run ends.
        defer { progress?(SimulationProgress(done: 0, total: 0, trials: trials, elapsed: DispatchTime.now().uptimeNanoseconds - started, pass: pass, finished: true)) }
        while windows.contains(where: { !$0.isEmpty }) {
            let counted = try runPass(windows: windows.map { $0.map(\.0) }, sumAndAbove: pass == 1, pass: pass, started: started, progress: progress)
            if pass == 1 { sums = counted.sums; aboveCounts = counted.above }
            var next: [[(Histogram, [Int])]] = outputs.map { _ in [] }
            for y in outputs.indices {
                for (w, (_, wanted)) in windows[y].enumerated() {
                    let h = counted.histograms[y][w]
                    var cumulative = h.below
                    var r = 0
                    let wanted = wanted.sorted { ranks[$0] < ranks[$1] }
                    for (k, c) in h.counts.enumerated() where c > 0 {
                        cumulative += Int(c)
                        var inBin: [Int] = []
                        while r < wanted.count && cumulative >= ranks[wanted[r]] { inBin.append(wanted[r]); r += 1 }
                        guard !inBin.isEmpty else { continue }
                        let (lo, hi) = h.range(ofBin: h.base + Int64(k))
                        if h.shift == 0 || lo == hi {
                            for i in inBin { found[y][i] = lo }
                        } else {
                            next[y].append((Histogram(low: lo, high: hi), inBin))
                        }
                        if r == wanted.count { break }
                    }
                }
            }
            windows = next
            pass += 1
        }
        return outputs.indices.map { y in
            // The mean, like every amount, to the nearest 1억 (half-up, away from zero).
            let (q, r) = sums[y].quotientAndRemainder(dividingBy: Int128(n))
            let twice = r.magnitude * 2
            let mean = twice >= UInt128(n) ? q + (sums[y] < 0 ? -1 : 1) : q
            return YearSummary(mean: Int64(clamping: mean), percentiles: found[y], above: aboveCounts[y])
        }
    }

    struct Counted {
        var histograms: [[Histogram]]
        var sums: [Int128]
        var above: [Int]
    }

    /// One pass over every trial, on `workers` threads; each worker takes every `workers`-th
    /// chunk and counts into its own histograms.
    func runPass(windows: [[Histogram]], sumAndAbove: Bool, pass: Int, started: UInt64,
                 progress: ((SimulationProgress) -> Void)?) throws(Failure) -> Counted {
        let chunks = (trials + TrialRunner.chunkSize - 1) / TrialRunner.chunkSize
        let w = max(1, min(workers, chunks))
        let done = Atomic<Int>(0)
        let stop = Atomic<Bool>(false)
        let results = UnsafeMutableBufferPointer<Counted?>.allocate(capacity: w)
        results.initialize(repeating: nil)
        let failures = UnsafeMutableBufferPointer<Failure?>.allocate(capacity: w)
        failures.initialize(repeating: nil)
        defer { results.deallocate(); failures.deallocate() }
        nonisolated(unsafe) let sharedResults = results
        nonisolated(unsafe) let sharedFailures = failures
        let group = DispatchGroup()
        let runner = self
        let yearsPerChunk = plans.count
        for worker in 0..<w {
            DispatchQueue.global().async(group: group) {
                var counted = Counted(histograms: windows, sums: [Int128](repeating: 0, count: runner.outputs.count),
                                      above: [Int](repeating: 0, count: runner.outputs.count))
                let histograms = max(1, windows.reduce(0) { $0 + $1.count })
                let reserve = max(2, min(Histogram.reserve, runner.binBudget / histograms))
                var pool = runner.binBudget - histograms * reserve
                let amounts = UnsafeMutableBufferPointer<Int64>.allocate(capacity: TrialRunner.chunkSize)
                defer { amounts.deallocate() }
                let above = runner.aboveEok ?? .max
                var chunk = worker
                do {
                    while chunk < chunks {
                        if stop.load(ordering: .relaxed) { break }
                        try runner.runChunk(chunk, amounts: amounts) { y, a in
                            TrialRunner.count(a, year: y, into: &counted, sumAndAbove: sumAndAbove, above: above, pool: &pool, reserve: reserve)
                        }
                        done.add(min(TrialRunner.chunkSize, runner.trials - chunk * TrialRunner.chunkSize) * yearsPerChunk, ordering: .relaxed)
                        chunk += w
                    }
                } catch let failure as Failure {
                    sharedFailures[worker] = failure
                    stop.store(true, ordering: .relaxed)
                } catch {
                    sharedFailures[worker] = .overflow
                    stop.store(true, ordering: .relaxed)
                }
                sharedResults[worker] = counted
            }
        }
        // The calling thread reports progress while the workers run.
        let total = trials * yearsPerChunk
        while group.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
            if cancellation.isRequested { stop.store(true, ordering: .relaxed) }
            progress?(SimulationProgress(done: done.load(ordering: .relaxed), total: total, trials: trials,
                                         elapsed: DispatchTime.now().uptimeNanoseconds - started, pass: pass, finished: false))
        }
        if cancellation.isRequested { throw .cancelled }
        if let f = failures.compactMap({ $0 }).first { throw f }
        return try merge(results)
    }

    /// One year's amounts of a chunk counted: their sum and how many are above the line (first
    /// pass), and each into the year's histograms.
    @inline(__always)
    static func count(_ a: UnsafeMutableBufferPointer<Int64>, year y: Int, into counted: inout Counted, sumAndAbove: Bool,
                      above: Int64, pool: inout Int, reserve: Int) {
        if sumAndAbove {
            var s: Int128 = 0
            var c = 0
            for v in a { s &+= Int128(v); c &+= v > above ? 1 : 0 }
            counted.sums[y] += s
            counted.above[y] += c
        }
        for h in counted.histograms[y].indices {
            // Out of the array while counting, so that its bins are not copied.
            var histogram = counted.histograms[y][h]
            counted.histograms[y][h] = Histogram()
            histogram.add(UnsafeBufferPointer(a), pool: &pool, reserve: reserve)
            counted.histograms[y][h] = histogram
        }
    }

    /// The workers' counts as one: into the first worker's, each other's bins freed as soon as
    /// they are added.
    func merge(_ results: UnsafeMutableBufferPointer<Counted?>) throws(Failure) -> Counted {
        guard var merged = results[0] else { throw .cancelled }
        results[0] = nil
        for i in 1..<results.count {
            guard let r = results[i] else { continue }
            results[i] = nil
            for y in outputs.indices {
                merged.sums[y] += r.sums[y]
                merged.above[y] += r.above[y]
                for h in merged.histograms[y].indices { merged.histograms[y][h].merge(r.histograms[y][h]) }
            }
        }
        return merged
    }
}
