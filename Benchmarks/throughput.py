"""Throughput: writes a script of N statements (let, arithmetic on money and percents,
contribution, project) to PATH, then does the same work in Python with `decimal` and prints
its time. Usage: throughput.py N PATH"""
import sys
import time
from decimal import Decimal, ROUND_HALF_UP

n, path = int(sys.argv[1]), sys.argv[2]
kinds = [
    lambda i: f"let a{i % 1000} = 1조 4028억 * (1 + {i % 50 / 10}%)",
    lambda i: f"a{(i - 1) % 1000} + 100억",
    lambda i: f"contribution {2005 + i % 22}",
    lambda i: f"project {2027 + i % 4} with growth {i % 7}%",
]
with open(path, "w") as f:
    for i in range(n):
        f.write(kinds[i % 4](i) + "\n")

# The same work with decimal: exact money, half-up rounding to 1억 per projected year.
recorded = {2005 + k: Decimal(680400000000 + k * 40000000000) for k in range(22)}
base2026 = Decimal(1519200000000)
unit = Decimal(100000000)
t0 = time.perf_counter()
env = {}
out = []
for i in range(n):
    k = i % 4
    if k == 0:
        env[f"a{i % 1000}"] = Decimal(1402800000000) * (1 + Decimal(i % 50) / 10 / 100)
    elif k == 1:
        out.append(env.get(f"a{(i - 1) % 1000}", Decimal(0)) + Decimal(10000000000))
    elif k == 2:
        out.append(recorded[2005 + i % 22])
    else:
        a = base2026
        g = 1 + Decimal(i % 7) / 100
        for _ in range(2027, 2027 + i % 4 + 1):
            a = ((a * g) / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP) * unit
        out.append(a)
t1 = time.perf_counter()
print(f"{(t1 - t0) * 1000:.0f}")
