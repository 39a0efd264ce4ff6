"""The same work as `sma -e 'simulate 2026..LAST with growth normal(4%, 1.5%) trials N seed 1'`
(arguments: N, default 1,000,000; LAST, default 2030; FIRST, 2026 or 2027, default 2026),
written with numpy as an analyst would: draw every year's rate for every trial, quantize to 0.1
point, compound in integer 억 with half-up rounding, then the mean and nearest-rank percentiles.
Prints the compute time (after numpy is imported) and the whole process time is measured outside."""
import sys
import time

t0 = time.perf_counter()
import numpy as np

trials = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
last = int(sys.argv[2]) if len(sys.argv) > 2 else 2030
first = int(sys.argv[3]) if len(sys.argv) > 3 else 2026
t1 = time.perf_counter()
rng = np.random.default_rng(1)
# The amount of the year before the first, in 억: 2025 and 2026 are recorded.
a = np.full(trials, {2026: 14028, 2027: 15192}[first], dtype=np.int64)
for year in range(first, last + 1):
    r = rng.normal(4.0, 1.5, trials)
    tenths = (np.sign(r) * np.floor(np.abs(r) * 10 + 0.5)).astype(np.int64)
    p = a * (1000 + tenths)
    a = np.where(p >= 0, (p + 500) // 1000, -((-p + 500) // 1000))
    mean = a.mean()
    pct = np.percentile(a, [5, 25, 50, 75, 95], method="inverted_cdf")
    print(year, round(mean * 1e8), [int(x) * 100_000_000 for x in pct])
t2 = time.perf_counter()
print(f"numpy compute: {(t2 - t1) * 1000:.0f} ms (import {(t1 - t0) * 1000:.0f} ms)", file=sys.stderr)
