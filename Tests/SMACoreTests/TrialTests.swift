import PropertyBased
import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell
@testable import SMATools
#if canImport(Glibc)
import Glibc
#endif

/// The sampler and the histogram path of `simulate`, each against a plain reference: libm and
/// the normal distribution function for the tables; sorting every trial for the summaries.
@Suite(.shrinking(false)) struct TrialTests {
    // MARK: the sampler

    @Test func portableExpAgreesWithLibm() {
        var x = -745.0
        while x < 709 {
            let mine = PortableMath.exp(x), libm = Glibc.exp(x)
            let ulps = abs(mine - libm) / libm.ulp
            #expect(ulps <= 2, "exp(\(x)) = \(mine), libm \(libm)")
            x += 0.37
        }
        #expect(PortableMath.exp(0) == 1)
        #expect(PortableMath.exp(-800) == 0)
        #expect(PortableMath.exp(800) == .infinity)
    }

    @Test func gaussLegendreIsExactForDegree15() {
        // ∫_0^1 x^k dx = 1/(k+1) for k ≤ 15 on a single piece.
        for k in 0...15 {
            let got = PortableMath.integral(from: 0, to: 1, piece: 1) { x in (0..<k).reduce(1.0) { p, _ in p * x } }
            #expect(abs(got - 1 / Double(k + 1)) < 1e-15, "x^\(k): \(got)")
        }
    }

    /// The probability the table gives each value, exactly: entry j is picked with 1/n, then
    /// keeps its value with threshold/2^64.
    static func probabilities(_ t: AliasTable) -> [Int64: Double] {
        var p: [Int64: Double] = [:]
        let n = Double(t.entries.count)
        for e in t.entries {
            let keep = Double(e.threshold) / 0x1p64
            p[e.value, default: 0] += keep / n
            p[e.alias, default: 0] += (1 - keep) / n
        }
        return p
    }

    @Test func aliasTablesDrawTheirWeights() async {
        await propertyCheck(count: 300, input: Gen.uint64(in: 0...1_000_000).array(of: 1...40)) { weights in
            let w = weights.allSatisfy { $0 == 0 } ? weights.map { _ in UInt64(1) } : weights
            let table = AliasTable(first: -5, weights: w)
            let total = Double(w.reduce(0, +))
            let p = Self.probabilities(table)
            for (i, x) in w.enumerated() {
                #expect(abs((p[Int64(i) - 5] ?? 0) - Double(x) / total) < 1e-12, "\(w)")
            }
        }
    }

    /// Φ(x) from libm's erfc, for reference.
    static func phi(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    @Test func normalTablesAreTheQuantizedNormal() throws {
        for (m, sd) in [(4.0, 1.5), (2.0, 1.0), (-0.3, 0.04), (3.0, 0.001), (10.0, 25.0), (0.05, 0.5)] {
            let table = try AliasTable(.normal(mean: m, sd: sd))
            let p = Self.probabilities(table)
            var t = table.lowest
            while t <= table.highest {
                let a = (Double(t) - 0.5) / 10, b = (Double(t) + 0.5) / 10
                let expected = Self.phi((b - m) / sd) - Self.phi((a - m) / sd)
                #expect(abs((p[t] ?? 0) - expected) < 1e-12, "normal(\(m), \(sd)) at \(t) tenths: \(p[t] ?? 0) vs \(expected)")
                t += 1
            }
        }
    }

    @Test func uniformAndTriangularTables() throws {
        let u = Self.probabilities(try AliasTable(.uniform(low: 1, high: 2)))
        // [1, 2) points: tenths 10 and 20 get half a tenth each, 11...19 a whole one.
        #expect(abs((u[10] ?? 0) - 0.05) < 1e-12 && abs((u[20] ?? 0) - 0.05) < 1e-12)
        for t in Int64(11)...19 { #expect(abs((u[t] ?? 0) - 0.1) < 1e-12) }
        let tri = Self.probabilities(try AliasTable(.triangular(low: 0, mode: 1, high: 3)))
        func F(_ x: Double) -> Double { x <= 0 ? 0 : x >= 3 ? 1 : x < 1 ? x * x / 3 : 1 - (3 - x) * (3 - x) / 6 }
        for t in Int64(0)...30 {
            let expected = F((Double(t) + 0.5) / 10) - F((Double(t) - 0.5) / 10)
            #expect(abs((tri[t] ?? 0) - expected) < 1e-12, "triangular at \(t)")
        }
        #expect(throws: SamplingError.tooWide) { try AliasTable(.normal(mean: 0, sd: 20_000)) }
        #expect(throws: SamplingError.tooWide) { try AliasTable(.uniform(low: 0, high: 200_000)) }
    }

    @Test func drawsFollowTheTable() {
        let table = AliasTable(first: 0, weights: [1, 2, 3, 4])
        var rng = Xoshiro256(seed: 42)
        var counts = [Int](repeating: 0, count: 4)
        for _ in 0..<400_000 { counts[Int(table.draw(rng.next()))] += 1 }
        for i in 0..<4 {
            let expected = Double(i + 1) / 10 * 400_000
            #expect(abs(Double(counts[i]) - expected) < 5 * expected.squareRoot(), "\(counts)")
        }
    }

    // MARK: the histogram path against sorting every trial

    /// The reference: every trial's amounts kept and sorted.
    static func reference(_ r: TrialRunner) throws -> [YearSummary] {
        var values = r.outputs.map { _ in [Int64]() }
        let amounts = UnsafeMutableBufferPointer<Int64>.allocate(capacity: TrialRunner.chunkSize)
        defer { amounts.deallocate() }
        let chunks = (r.trials + TrialRunner.chunkSize - 1) / TrialRunner.chunkSize
        for c in 0..<chunks {
            try r.runChunk(c, amounts: amounts) { y, a in values[y] += a }
        }
        return values.map { v in
            let sorted = v.sorted()
            let n = sorted.count
            let ranks = TrialRunner.percentiles.map { p in max(1, (p * n + 99) / 100) }
            let sum = sorted.reduce(Int128(0)) { $0 + Int128($1) }
            // Half-up, away from zero, written the plain way.
            let mean = (sum * 2 + (sum < 0 ? -Int128(n) : Int128(n))) / (2 * Int128(n))
            return YearSummary(mean: Int64(mean), percentiles: ranks.map { sorted[$0 - 1] },
                               above: sorted.filter { $0 > (r.aboveEok ?? .max) }.count)
        }
    }

    static let scenario = zip(Gen.int(in: 0...3), Gen.int(in: -300...900), Gen.int(in: 0...400),
                              Gen.int(in: 1...12), Gen.int(in: 1...30_000), Gen.uint64(in: 0...1_000_000))

    @Test func histogramsEqualSortingOnGeneratedScenarios() async {
        await propertyCheck(count: 60, input: Self.scenario) { kind, mean, spread, years, trials, seed in
            let distribution: RateDistribution = switch kind {
            case 0: .normal(mean: Double(mean) / 100, sd: Double(spread) / 100)
            case 1: .uniform(low: Double(mean) / 100, high: Double(mean + spread) / 100)
            case 2: .triangular(low: Double(mean) / 100, mode: Double(mean + spread / 3) / 100, high: Double(mean + spread) / 100)
            default: .historical([Int64(mean / 10), Int64(mean / 10 + spread), 12, 12, -7])
            }
            guard let table = try? AliasTable(distribution), table.lowest > -1000 else { return }
            // Years: drawn (some capped), with a known exact rate and a first year among them.
            var plans: [TrialYear] = []
            for y in 0..<years {
                let rate: TrialYear.Rate = switch y % 5 {
                case 3: .exact(num: 10_245, den: 10_000)
                case 4 where y == 4: .firstYear(16_000)
                case 1: .draw(table, cap: Int64(mean / 10 + spread / 20))
                default: .draw(table, cap: nil)
                }
                plans.append(TrialYear(year: 2027 + y, rate: rate))
            }
            let outputs = Array(stride(from: 0, to: years, by: 1 + years / 5))
            var runner = TrialRunner(plans: plans, start: 15_192, trials: trials, seed: seed, outputs: outputs)
            runner.aboveEok = 15_192 + Int64(seed % 3_000)
            let expected: [YearSummary]
            do { expected = try Self.reference(runner) } catch {
                #expect(throws: TrialRunner.Failure.overflow) { try runner.run() }
                return
            }
            // The budgets: plenty (one bin per 억), and so small that wide years take passes.
            for (budget, workers) in [(TrialRunner.binBudget, 2), (64, 1), (3000, 3)] {
                runner.binBudget = budget
                runner.workers = workers
                let got = try? runner.run()
                #expect(got == expected, "\(distribution) × \(years) years, \(trials) trials, seed \(seed), budget \(budget), \(workers) workers")
            }
        }
    }
}
