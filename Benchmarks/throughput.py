"""Throughput references for `make bench`.

throughput.py N PATH [--write-only]
    Writes a script of N statements (let, arithmetic on money and percents, contribution,
    project) to PATH, then does the arithmetic of that script in Python with `decimal` (no
    reading, no parsing, no printing) and prints its time in ms: a lower bound for Python.

throughput.py --run PATH CONTRIBUTIONS_CSV
    The same work as `sma PATH`: reads the script, parses each statement, evaluates it with
    `decimal` (recorded contributions from `sma --format csv -e contributions`) and prints each
    result as sma does, notes included. Its output is byte-for-byte sma's (Benchmarks/run checks).
"""
import re
import sys
import time
from decimal import Decimal, ROUND_HALF_UP

KINDS = [
    lambda i: f"let a{i % 1000} = 1조 4028억 * (1 + {i % 50 / 10}%)",
    lambda i: f"a{(i - 1) % 1000} + 100억",
    lambda i: f"contribution {2005 + i % 22}",
    lambda i: f"project {2027 + i % 4} with growth {i % 7}%",
]
UNIT = Decimal(100_000_000)
BASE_2026 = Decimal(1_519_200_000_000)


def write_script(n, path):
    with open(path, "w") as f:
        for i in range(n):
            f.write(KINDS[i % 4](i) + "\n")


def arithmetic_only(n):
    recorded = {2005 + k: Decimal(680400000000 + k * 40000000000) for k in range(22)}
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
            a = BASE_2026
            g = 1 + Decimal(i % 7) / 100
            for _ in range(2027, 2027 + i % 4 + 1):
                a = ((a * g) / UNIT).quantize(Decimal(1), rounding=ROUND_HALF_UP) * UNIT
            out.append(a)
    return (time.perf_counter() - t0) * 1000


SCALES = {"조": 10**12, "억": 10**8, "만": 10**4, "천": 10**3}
AMOUNT = re.compile(r"([\d,]+(?:\.\d+)?)\s*(조|억|만|천)?")


def amount(text):
    total = Decimal(0)
    for number, scale in AMOUNT.findall(text):
        total += Decimal(number.replace(",", "")) * SCALES.get(scale, 1)
    return total


def grouped(n):
    return f"{n:,}"


def korean(won):
    """1조 1,833억 원, as sma writes a whole number of won."""
    v = int(won)
    parts = [(v // 10**12, "조"), (v // 10**8 % 10**4, "억"), (v // 10**4 % 10**4, "만"), (v % 10**4, "")]
    text = " ".join(grouped(p) + u for p, u in parts if p > 0) or "0"
    return text + " 원"


def signed_percent(p):
    text = f"{p:.1f}" if p == p.to_integral_value() else str(p.normalize())
    return ("+" if p > 0 else "") + text + "%"


LET = re.compile(r"let (\w+) = (.+?) \* \(1 \+ ([\d.]+)%\)$")
ADD = re.compile(r"(\w+) \+ (.+)$")
CONTRIBUTION = re.compile(r"contribution (\d+)$")
PROJECT = re.compile(r"project (\d+) with growth ([\d.]+)%$")


def run(path, contributions_csv):
    recorded = {}
    derived = {}  # a year no one published, which the agreement's rule forces: its agreement
    with open(contributions_csv) as f:
        next(f)
        for line in f:
            fields = line.rstrip("\n").split(",")
            year, value, currency, figure = fields[:4]
            if currency == "KRW":
                recorded[int(year)] = Decimal(value)
            if figure == "derived":
                derived[int(year)] = fields[-1]
    env = {}
    out = []
    write = sys.stdout.write
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if m := LET.match(line):
                env[m[1]] = amount(m[2]) * (1 + Decimal(m[3]) / 100)
            elif m := CONTRIBUTION.match(line):
                out.append(korean(recorded[int(m[1])]) + "\n")
                if int(m[1]) in derived:
                    out.append("note: figure: derived, not published (no published figure was found; "
                               f"the {derived[int(m[1])]} SMA's rule forces it between published years)\n")
            elif m := PROJECT.match(line):
                g = Decimal(m[2])
                a = BASE_2026
                for _ in range(2027, int(m[1]) + 1):
                    a = ((a * (1 + g / 100)) / UNIT).quantize(Decimal(1), rounding=ROUND_HALF_UP) * UNIT
                out.append(korean(a) + "\n")
                out.append(f"note: from {korean(BASE_2026)} in 2026, {signed_percent(g)} a year, "
                           "each year rounded half-up to 1억 원\n")
            elif m := ADD.match(line):
                out.append(korean(env[m[1]] + amount(m[2])) + "\n")
            else:
                raise SystemExit(f"{path}: not a benchmark statement: {line}")
            if len(out) >= 4096:
                write("".join(out))
                out.clear()
    write("".join(out))


if __name__ == "__main__":
    if sys.argv[1] == "--run":
        run(sys.argv[2], sys.argv[3])
    else:
        n, path = int(sys.argv[1]), sys.argv[2]
        write_script(n, path)
        if "--write-only" not in sys.argv:
            print(f"{arithmetic_only(n):.0f}")
