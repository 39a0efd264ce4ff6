"""Every data format sma writes is read by the tools people read data with, with their default
options, and the numbers come back cell by cell: each golden example's results written one file
a result (`sma -o DIR/ --format csv|json|jsonl`) are loaded by pandas (read_csv, read_json with
lines=True), duckdb (read_csv_auto, read_json_auto) and the sqlite3 shell (.import --csv), and
compared with the JSON Lines values, read by Python's own json module. Run by `make test`.

usage: python3 Tests/readers/test_readers.py [-v]   (SMA_BIN: the sma to test)
"""

import glob
import json
import math
import os
import subprocess
import sys
import tempfile
import unittest

import duckdb
import pandas

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SMA = os.environ.get("SMA_BIN", os.path.join(ROOT, ".build", "debug", "sma"))
EXAMPLES = sorted(p for p in glob.glob(os.path.join(ROOT, "Examples", "*.sma")))


def results(script: str, fmt: str, folder: str) -> list[str]:
    os.makedirs(folder, exist_ok=True)
    out = os.path.join(folder, fmt) + "/"
    subprocess.run([SMA, "--format", fmt, "-o", out, script], capture_output=True, cwd=ROOT, timeout=120)
    return sorted(glob.glob(out + "result-*." + fmt), key=lambda p: int(p.rsplit("-", 1)[1].split(".")[0]))


def same(expected, got) -> bool:
    """A number from sma (exact) and what a reader made of it (a float, an int, a string)."""
    if expected is None:
        return got is None or (isinstance(got, float) and math.isnan(got)) or got == ""
    if isinstance(expected, bool):
        return str(got).lower() == str(expected).lower()
    if str(got) == str(expected):
        return True
    # pandas reads a column named like a date (`date`) as timestamps: the same day.
    if hasattr(got, "strftime") and isinstance(expected, str):
        return got.strftime("%Y-%m-%d") == expected
    if isinstance(expected, int):
        # Money and years: exact (a float holds every integer won amount sma writes); past
        # 2^53 a reader that makes it a double (duckdb's JSON) keeps what a double can.
        try:
            if abs(expected) > 2 ** 53:
                return math.isclose(float(got), float(expected), rel_tol=1e-15)
            return float(got) == float(expected) and float(got) == int(expected)
        except (TypeError, ValueError):
            return False
    if isinstance(expected, float):
        # A fraction: pandas' default JSON parser (not `precise_float`) keeps about 15 digits.
        try:
            return math.isclose(float(got), expected, rel_tol=1e-13, abs_tol=0)
        except (TypeError, ValueError):
            return False
    return str(got) == str(expected) or (isinstance(got, float) and str(expected) in (str(got), str(int(got)) if got == int(got) else ""))


class Readers(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.cases = []  # (example, index, rows from JSON Lines, csv path, jsonl path)
        for script in EXAMPLES:
            name = os.path.basename(script)[:-4]
            folder = os.path.join(cls.tmp.name, name)
            jsonl, csv = results(script, "jsonl", folder), results(script, "csv", folder)
            assert len(jsonl) == len(csv), f"{name}: {len(jsonl)} JSON Lines results, {len(csv)} CSV"
            for i, (j, c) in enumerate(zip(jsonl, csv)):
                with open(j, encoding="utf-8") as f:
                    rows = [json.loads(line) for line in f if line.strip()]
                # Tables: every line an object of the same keys (text and single values are
                # one-line documents; those are checked too).
                cls.cases.append((name, i + 1, rows, c, j))
        assert len(cls.cases) > 100, len(cls.cases)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def table_cases(self):
        for name, i, rows, c, j in self.cases:
            if rows and all(isinstance(r, dict) for r in rows) and len({tuple(r) for r in rows}) == 1 and "text" not in rows[0]:
                # A table's rows (details are one object in JSON Lines and `field,value` in CSV).
                with open(c, encoding="utf-8") as f:
                    header = f.readline().rstrip("\n")
                if header == ",".join(rows[0]):
                    yield name, i, rows, c, j

    def compare(self, where, rows, frame_rows, keys, tiny=True):
        self.assertEqual(len(frame_rows), len(rows), where)
        for r, got in zip(rows, frame_rows):
            for k, g in zip(keys, got):
                if k not in r:
                    continue
                v = r[k]
                if isinstance(v, (dict, list)):
                    continue
                # pandas' default JSON parser (ujson, without precise_float) drops digits of a
                # decimal below 1e-9 written in full (0.000000000000603996116061 → 6.03e-13):
                # a limit of that reader, not of what sma writes.
                if not tiny and isinstance(v, float) and abs(v) < 1e-9:
                    continue
                self.assertTrue(same(v, g), f"{where}: {k}: sma {v!r}, read {g!r}")

    def test_pandas(self):
        n = 0
        for name, i, rows, c, j in self.table_cases():
            keys = list(rows[0])
            csv = pandas.read_csv(c)
            self.assertEqual(list(csv.columns), keys, f"{name} #{i}")
            self.compare(f"pandas csv {name} #{i}", rows, csv.astype(object).where(csv.notna(), None).values.tolist(), keys)
            # Integers past 64 bits (sma's exact arithmetic) are beyond pandas' JSON reader.
            if any(isinstance(v, int) and abs(v) >= 2 ** 63 for r in rows for v in r.values()):
                continue
            js = pandas.read_json(j, lines=True)
            self.compare(f"pandas jsonl {name} #{i}", rows, js.astype(object).where(js.notna(), None).values.tolist(), list(js.columns), tiny=False)
            # Won stays integer: a column of won amounts is an integer column when it has no gaps
            # (dollars are to the cent).
            won = all(r.get("currency", "KRW") == "KRW" for r in rows)
            for k in keys:
                if won and k in ("amount", "first_year_amount") and js[k].notna().all():
                    self.assertTrue(str(js[k].dtype).startswith("int"), f"{name} #{i}: {k} is {js[k].dtype}")
            n += 1
        self.assertGreater(n, 50)

    def test_duckdb(self):
        con = duckdb.connect()
        n = 0
        for name, i, rows, c, j in self.table_cases():
            keys = list(rows[0])
            got = con.execute("select * from read_csv_auto(?)", [c]).fetchall()
            cols = [d[0] for d in con.description]
            self.assertEqual(cols, keys, f"duckdb csv {name} #{i}")
            self.compare(f"duckdb csv {name} #{i}", rows, got, keys)
            got = con.execute("select * from read_json_auto(?)", [j]).fetchall()
            self.compare(f"duckdb jsonl {name} #{i}", rows, got, [d[0] for d in con.description])
            n += 1
        self.assertGreater(n, 50)

    def test_sqlite3(self):
        n = 0
        for name, i, rows, c, j in self.table_cases():
            keys = list(rows[0])
            db = os.path.join(self.tmp.name, "t.db")
            if os.path.exists(db):
                os.remove(db)
            r = subprocess.run(["sqlite3", db, "-cmd", f".import --csv {c} t", "-json", "select * from t"],
                               capture_output=True, text=True, timeout=60)
            self.assertEqual(r.returncode, 0, r.stderr)
            got = json.loads(r.stdout) if r.stdout.strip() else []
            self.compare(f"sqlite3 {name} #{i}", rows, [[g[k] for k in keys] for g in got], keys)
            n += 1
        self.assertGreater(n, 50)


if __name__ == "__main__":
    unittest.main()
