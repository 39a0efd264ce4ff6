import SMALanguage

/// The draws of `simulate`, exactly reproducible from the seed on every machine.
///
/// A simulated rate is published to 0.1 point, so a distribution of rates is a distribution over
/// whole tenths of a point: `normal(4%, 1.5%)` gives 4.0% with probability Φ(0.05/1.5) −
/// Φ(−0.05/1.5), and so on. `simulate` builds that discrete distribution once per statement
/// (Walker's alias method, in integers) and each draw is then one 64-bit random number, one
/// multiplication and one comparison: no floating point and no libm in the draw.
///
/// The probabilities are computed once, in IEEE-754 double arithmetic with this file's own
/// `exp` (additions, multiplications and divisions only, which every IEEE machine rounds alike),
/// then turned into integer weights that sum to about 2^62. A tenth whose probability is below
/// 2^-62 (beyond about 9.3 standard deviations of a normal) is never drawn.

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
}

/// Elementary functions from the four operations alone: the same bits on every IEEE-754 machine
/// (libm's `exp` may differ in its last bit from one platform to another).
enum PortableMath {
    /// e^x, to within a few units in the last place.
    static func exp(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 709.7 { return .infinity }
        if x < -745.2 { return 0 }
        // x = k·ln 2 + r, |r| ≤ ln 2 / 2, with ln 2 split in two (Cody and Waite).
        let k = (x * 1.4426950408889634).rounded(.toNearestOrAwayFromZero)
        let r = (x - k * 0.693_147_180_369_123_816_49) - k * 1.908_214_929_270_587_700_02e-10
        // e^r by its Taylor series to r^14/14!: the remainder is below 1e-19 for |r| ≤ 0.35.
        var p = 1.0
        var n = 14.0
        while n >= 1 {
            p = 1 + p * r / n
            n -= 1
        }
        // × 2^k in two steps, so that results near the ends of the range neither overflow early
        // nor lose bits twice.
        let half = Int(k) / 2
        return p * Double(sign: .plus, exponent: half, significand: 1) * Double(sign: .plus, exponent: Int(k) - half, significand: 1)
    }

    /// Eight-point Gauss–Legendre nodes and weights on [-1, 1] (exact for polynomials of degree
    /// up to 15).
    static let gaussNodes: [Double] = [0.183_434_642_495_649_8, 0.525_532_409_916_329_0, 0.796_666_477_413_626_7, 0.960_289_856_497_536_3]
    static let gaussWeights: [Double] = [0.362_683_783_378_362_0, 0.313_706_645_877_887_3, 0.222_381_034_453_374_5, 0.101_228_536_290_376_3]

    /// ∫ f over [a, b] by Gauss–Legendre on pieces no wider than `piece`.
    static func integral(from a: Double, to b: Double, piece: Double, _ f: (Double) -> Double) -> Double {
        guard b > a else { return 0 }
        let count = ((b - a) / piece).rounded(.up)
        let pieces = count.isFinite && count > 1 ? Int(min(count, 1_048_576.0)) : 1
        let h = (b - a) / Double(pieces)
        var total = 0.0
        for i in 0..<pieces {
            let mid = a + (Double(i) + 0.5) * h
            var s = 0.0
            for j in 0..<4 {
                let d: Double = gaussNodes[j] * h / 2
                let w: Double = gaussWeights[j]
                s += w * (f(mid - d) + f(mid + d))
            }
            total += s * h / 2
        }
        return total
    }
}

/// A distribution of yearly rates, as the statement gives it (in percent points).
enum RateDistribution: Sendable, Equatable {
    case normal(mean: Double, sd: Double)
    case uniform(low: Double, high: Double)
    case triangular(low: Double, mode: Double, high: Double)
    /// Recorded rates in tenths, each equally likely (a rate recorded twice counts twice).
    case historical([Int64])
}

/// Why a distribution cannot be sampled.
enum SamplingError: Error, Equatable {
    /// Its tenths would span more than `AliasTable.maxEntries`.
    case tooWide
    /// A rate it can draw is beyond ±10^14 %.
    case tooLarge
}

/// Walker's alias method over whole tenths of a point, built in integers.
struct AliasTable: Sendable {
    /// The most tenths a distribution may span (104,857.6 points): a table of at most 24 MiB.
    static let maxEntries = 1 << 20
    /// The integer weights sum to at most this.
    static let weightScale = Double(1 << 62)

    struct Entry: Sendable {
        var threshold: UInt64   // draw the entry's own value when the low word is below this
        var value: Int64        // its own tenths
        var alias: Int64        // else these tenths
    }

    let entries: [Entry]
    /// The smallest and largest tenths that can be drawn.
    let lowest: Int64
    let highest: Int64

    /// The same table with every value moved by `tenths` (a rule's `plus`).
    func shifted(by tenths: Int64) -> AliasTable {
        AliasTable(entries: entries.map { Entry(threshold: $0.threshold, value: $0.value + tenths, alias: $0.alias + tenths) },
                   lowest: lowest + tenths, highest: highest + tenths)
    }

    private init(entries: [Entry], lowest: Int64, highest: Int64) {
        self.entries = entries
        self.lowest = lowest
        self.highest = highest
    }

    /// One draw from one random word: the high word of `r × count` picks the entry, the low
    /// word (uniform in [0, 2^64)) decides between it and its alias.
    @inline(__always)
    func draw(_ r: UInt64) -> Int64 {
        entries.withUnsafeBufferPointer { AliasTable.draw(r, from: $0) }
    }

    /// The draw itself, on the entries held in hand (the trial loop holds them for a chunk).
    @inline(__always)
    static func draw(_ r: UInt64, from e: UnsafeBufferPointer<Entry>) -> Int64 {
        let m = r.multipliedFullWidth(by: UInt64(truncatingIfNeeded: e.count))
        let entry = e[Int(truncatingIfNeeded: m.high)]
        return m.low < entry.threshold ? entry.value : entry.alias
    }

    /// From integer weights of consecutive tenths starting at `first` (zero weights dropped).
    init(first: Int64, weights: [UInt64]) {
        var values: [Int64] = []
        var w: [UInt64] = []
        for (i, x) in weights.enumerated() where x > 0 {
            values.append(first + Int64(i))
            w.append(x)
        }
        self.init(values: values, weights: w)
    }

    /// Vose's construction, exact: entry j has capacity S (the sum of the weights) and value i
    /// brings weight × n, with n entries.
    init(values: [Int64], weights: [UInt64]) {
        let n = values.count
        precondition(n > 0 && n == weights.count, "an alias table needs weights")
        // The sum stays below 2^63, so that `mass << 64` below fits in 128 bits.
        var weights = weights
        while weights.reduce(UInt128(0), { $0 + UInt128($1) }) >= 1 << 63 {
            weights = weights.map { $0 >> 1 | ($0 == 1 ? 1 : 0) }
        }
        let total = weights.reduce(UInt128(0)) { $0 + UInt128($1) }
        var mass = weights.map { UInt128($0) * UInt128(n) }
        var entries = values.map { Entry(threshold: UInt64.max, value: $0, alias: $0) }
        var small: [Int] = [], large: [Int] = []
        for i in 0..<n { if mass[i] < total { small.append(i) } else { large.append(i) } }
        while let l = small.popLast() {
            guard let g = large.last else { break }
            // Entry l keeps its own value with probability mass[l] / total.
            entries[l].threshold = UInt64(truncatingIfNeeded: (mass[l] << 64) / total)
            entries[l].alias = values[g]
            mass[g] = mass[g] + mass[l] - total
            if mass[g] < total { large.removeLast(); small.append(g) }
        }
        // What is left is full (up to rounding): always its own value.
        self.entries = entries
        self.lowest = values.min() ?? 0
        self.highest = values.max() ?? 0
    }

    /// The table for a distribution, quantized to tenths as published rates are: tenth t
    /// stands for the rates in [(t − ½)/10, (t + ½)/10), one rule on both sides of zero. (A
    /// distribution with no spread never comes here: the session quantizes its one rate exactly,
    /// as it quantizes a single rate.) The range of tenths reaches one past each end, so that a
    /// bound on a tie between two tenths gives each its share; a tenth with no mass is dropped.
    init(_ d: RateDistribution) throws(SamplingError) {
        func tenth(_ x: Double) -> Int64? {
            let t = (x * 10).rounded(.toNearestOrAwayFromZero)
            return t.magnitude < 1e15 ? Int64(t) : nil
        }
        switch d {
        case .historical(let ts):
            var counts: [Int64: UInt64] = [:]
            for t in ts { counts[t, default: 0] += 1 }
            let values = counts.keys.sorted()
            self.init(values: values, weights: values.map { counts[$0] ?? 0 })
            return
        case .normal(let m, let sd):
            guard let center = tenth(m) else { throw .tooLarge }
            guard sd > 0 else { self.init(values: [center], weights: [1]); return }
            // 9.4 standard deviations hold all but 2^-62 of the mass.
            let reach = 9.4 * sd
            guard reach * 10 < Double(AliasTable.maxEntries / 2) else { throw .tooWide }
            guard let l = tenth(m - reach), let h = tenth(m + reach) else { throw .tooLarge }
            let lo = l - 1, hi = h + 1
            let scale = 1 / (sd * (2 * Double.pi).squareRoot())
            let density = { (x: Double) -> Double in let z = (x - m) / sd; return scale * PortableMath.exp(-z * z / 2) }
            self.init(first: lo, weights: AliasTable.weights(lo: lo, hi: hi, piece: sd / 2, bounds: (m - reach, m + reach), density))
        case .uniform(let a, let b):
            guard let l = tenth(a), let h = tenth(b) else { throw .tooLarge }
            let lo = l - 1, hi = h + 1
            guard b > a else { self.init(values: [lo], weights: [1]); return }
            guard hi - lo < Int64(AliasTable.maxEntries) else { throw .tooWide }
            let height = 1 / (b - a)
            self.init(first: lo, weights: AliasTable.weights(lo: lo, hi: hi, piece: 0.1, bounds: (a, b)) { _ in height })
        case .triangular(let a, let mode, let b):
            guard let l = tenth(a), let h = tenth(b) else { throw .tooLarge }
            let lo = l - 1, hi = h + 1
            guard b > a else { self.init(values: [lo], weights: [1]); return }
            guard hi - lo < Int64(AliasTable.maxEntries) else { throw .tooWide }
            let density = { (x: Double) -> Double in
                if x < mode { return 2 * (x - a) / ((b - a) * (mode - a)) }
                if x > mode { return 2 * (b - x) / ((b - a) * (b - mode)) }
                return 2 / (b - a)
            }
            // The density is linear on each side of the mode: Gauss–Legendre is exact on each
            // piece that does not straddle it; the mode splits its piece.
            self.init(first: lo, weights: AliasTable.weights(lo: lo, hi: hi, piece: 0.1, bounds: (a, b), breaks: [mode], density))
        }
    }

    /// Integer weights of the tenths lo...hi: the density's mass on each tenth's interval
    /// (clipped to `bounds`, split at `breaks`), scaled so that the whole sums to about 2^62.
    static func weights(lo: Int64, hi: Int64, piece: Double, bounds: (Double, Double)? = nil, breaks: [Double] = [],
                        _ density: (Double) -> Double) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(Int(hi - lo + 1))
        for t in lo...hi {
            var a = (Double(t) - 0.5) / 10, b = (Double(t) + 0.5) / 10
            if let (l, h) = bounds { a = max(a, l); b = min(b, h) }
            var p = 0.0
            var from = a
            for x in breaks where x > a && x < b {
                p += PortableMath.integral(from: from, to: x, piece: piece, density)
                from = x
            }
            p += PortableMath.integral(from: from, to: b, piece: piece, density)
            let w = (p * weightScale).rounded(.toNearestOrAwayFromZero)
            out.append(w > 0 && w < weightScale * 2 ? UInt64(w) : 0)
        }
        if out.allSatisfy({ $0 == 0 }) { out[out.count / 2] = 1 }
        return out
    }
}
