"""Tests of the sma Jupyter kernel: `make kernel-test` (python3 -m unittest discover -s kernel/tests).

They run real clients against the kernel of this tree (kernel/ on PYTHONPATH) and the sma of
SMA_BIN (default: this tree's debug build), through a kernelspec written into a temporary
Jupyter data directory: nothing installed is needed or used.

- a jupyter_client KernelManager runs every code cell of Examples/lesson.ipynb, then
  completion, inspection, is_complete, silent execution, an interrupt and the child's death;
- nbconvert executes the lesson and exports it to HTML, which headless Chromium screenshots:
  the PNG must show the chart's bars in their colour;
- jupyter console answers a statement.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import struct
import subprocess
import threading
import sys
import tempfile
import time
import unittest
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
KERNEL_DIR = os.path.dirname(HERE)
ROOT = os.path.dirname(KERNEL_DIR)
LESSON = os.path.join(ROOT, "Examples", "lesson.ipynb")
SMA_BIN = os.path.abspath(os.environ.get("SMA_BIN") or os.path.join(ROOT, ".build", "debug", "sma"))
TIMEOUT = 30  # seconds for any one reply; every statement of these tests answers in well under 1 s

TMP = None


def setUpModule():
    global TMP
    if not os.access(SMA_BIN, os.X_OK):
        raise unittest.SkipTest(f"no sma at {SMA_BIN}: build it (swift build) or set SMA_BIN")
    TMP = tempfile.mkdtemp(prefix="sma-kernel-test-")
    # Every Jupyter directory in the temporary one: the kernelspec below is the only `sma`
    # these tests can find, whatever `make install-kernel` may have installed.
    os.environ.update(
        JUPYTER_DATA_DIR=os.path.join(TMP, "data"),
        JUPYTER_PATH=os.path.join(TMP, "data"),
        JUPYTER_CONFIG_DIR=os.path.join(TMP, "config"),
        JUPYTER_RUNTIME_DIR=os.path.join(TMP, "runtime"),
        JUPYTER_PLATFORM_DIRS="0",
        PYTHONPATH=os.pathsep.join(p for p in (KERNEL_DIR, os.environ.get("PYTHONPATH")) if p),
        SMA_BIN=SMA_BIN,
        PYTHONWARNINGS="ignore",
    )
    sys.path.insert(0, KERNEL_DIR)
    from sma_kernel import install

    # No --sma: the kernel takes SMA_BIN from its environment, which a test may change.
    install.install(user=True)


def tearDownModule():
    if TMP:
        shutil.rmtree(TMP, ignore_errors=True)


# -- driving a kernel ---------------------------------------------------------------------------


class Kernel:
    """A started sma kernel and its client; `run` executes a cell and collects what it sent."""

    def __init__(self, env=None):
        from jupyter_client import KernelManager

        self.log = open(os.path.join(TMP, f"kernel-{time.monotonic_ns()}.log"), "w+")
        self.km = KernelManager(kernel_name="sma")
        kwargs = {"stdout": self.log, "stderr": self.log}
        if env is not None:
            kwargs["env"] = env
        self.km.start_kernel(**kwargs)
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=TIMEOUT)

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=False)
        self.log.close()

    def run(self, code, silent=False, timeout=TIMEOUT):
        """(reply content, [iopub messages of this cell but status and execute_input])."""
        msg_id = self.kc.execute(code, silent=silent, store_history=not silent)
        return self.collect(msg_id, timeout)

    def collect(self, msg_id, timeout=TIMEOUT):
        reply = self.shell_reply(msg_id, timeout)
        outputs = []
        deadline = time.monotonic() + timeout
        while True:  # iopub until this cell's `idle`
            msg = self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            kind = msg["msg_type"]
            if kind == "status" and msg["content"]["execution_state"] == "idle":
                break
            if kind not in ("status", "execute_input"):
                outputs.append(msg)
        return reply["content"], outputs

    def shell_reply(self, msg_id, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while True:
            msg = self.kc.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg

    def sma_pids(self):
        """The pids of the kernel's `sma --serve` children."""
        kernel_pid = self.km.provisioner.process.pid
        pids = []
        for task in os.listdir(f"/proc/{kernel_pid}/task"):
            try:
                with open(f"/proc/{kernel_pid}/task/{task}/children") as f:
                    pids += [int(p) for p in f.read().split()]
            except OSError:
                pass
        serve = []
        for pid in pids:
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    if b"--serve" in f.read():
                        serve.append(pid)
            except OSError:
                pass
        return serve


def texts(outputs, mime="text/plain"):
    return [m["content"]["data"][mime] for m in outputs
            if m["msg_type"] == "display_data" and mime in m["content"]["data"]]


def errors(outputs):
    return [m["content"] for m in outputs if m["msg_type"] == "error"]


def stderr_text(outputs):
    return "".join(m["content"]["text"] for m in outputs
                   if m["msg_type"] == "stream" and m["content"]["name"] == "stderr")


def lesson_cells():
    with open(LESSON, encoding="utf-8") as f:
        nb = json.load(f)
    cells = []
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            source = cell["source"]
            cells.append((cell.get("id"), "".join(source) if isinstance(source, list) else source,
                          cell.get("metadata", {}).get("tags", [])))
    return nb, cells


# -- the kernel through jupyter_client -----------------------------------------------------------


class KernelTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.k = Kernel()

    @classmethod
    def tearDownClass(cls):
        cls.k.close()

    def test_kernel_info(self):
        msg_id = self.k.kc.kernel_info()
        info = self.k.shell_reply(msg_id)["content"]
        self.assertEqual(info["implementation"], "sma_kernel")
        self.assertEqual(info["language_info"]["name"], "sma")
        self.assertEqual(info["language_info"]["file_extension"], ".sma")
        self.assertEqual(info["language_info"]["mimetype"], "text/x-sma")
        self.assertRegex(info["banner"], r"^sma \d+\.\d+")

    def test_lesson_cells(self):
        nb, cells = lesson_cells()
        self.assertEqual(nb["metadata"]["kernelspec"]["name"], "sma")
        results = {}
        for cell_id, source, tags in cells:
            reply, outputs = self.k.run(source)
            results[cell_id] = (reply, outputs)
            expected = "error" if "raises-exception" in tags else "ok"
            self.assertEqual(reply["status"], expected, f"cell {cell_id}: {source!r}: {reply}")
            if expected == "ok":
                self.assertEqual(errors(outputs), [], f"cell {cell_id}")
        # The table: HTML beside the text.
        reply, outputs = results["agreements"]
        self.assertTrue(any("<table" in h for h in texts(outputs, "text/html")), outputs)
        self.assertIn("12th", texts(outputs)[0])
        # The chart: an SVG document, and the terminal's bars as text.
        reply, outputs = results["chart"]
        svgs = texts(outputs, "image/svg+xml")
        self.assertEqual(len(svgs), 1)
        self.assertIn("<svg", svgs[0])
        self.assertTrue(texts(outputs)[0].strip())
        # explain: markdown.
        self.assertTrue(texts(results["explain"][1], "text/markdown"))
        # Names made by `let` in one cell are known in the next.
        self.assertEqual([t.strip() for t in texts(results["use-let"][1])][0], "1,757억 원")
        # The deliberate error: an error message with the terminal's text (file, caret, hint).
        reply, outputs = results["error"]
        [err] = errors(outputs)
        self.assertEqual(err["ename"], "sma error")
        self.assertIn("unknown statement", err["evalue"])
        self.assertEqual(len(err["traceback"]), 1)
        self.assertIn("^", err["traceback"][0])
        self.assertRegex(err["traceback"][0], r"^In\[\d+\]:1:1: error:")
        self.assertIn("did you mean `contribution`?", err["traceback"][0])
        self.assertEqual(reply["ename"], "sma error")

    def test_several_errors_in_a_cell(self):
        reply, outputs = self.k.run("contributoin 2021\ncontribution 2021\n1 +")
        self.assertEqual(reply["status"], "error")
        self.assertEqual(len(errors(outputs)), 2)
        self.assertEqual([t.strip() for t in texts(outputs)], ["1조 1,833억 원"])
        count = reply["execution_count"]
        self.assertTrue(all(e["traceback"][0].startswith(f"In[{count}]:") for e in errors(outputs)))

    def test_silent(self):
        reply, outputs = self.k.run("let silent_name = 7\ncontribution 2021\nnope", silent=True)
        self.assertEqual(outputs, [])
        reply, outputs = self.k.run("silent_name")
        self.assertEqual([t.strip() for t in texts(outputs)], ["7"])

    def test_complete(self):
        msg_id = self.k.kc.complete("contri", 6)
        reply = self.k.shell_reply(msg_id)["content"]
        self.assertEqual(reply["status"], "ok")
        self.assertIn("contribution", reply["matches"])
        self.assertIn("contributions", reply["matches"])
        self.assertEqual((reply["cursor_start"], reply["cursor_end"]), (0, 6))
        # Code points, not bytes or UTF-16 units: a Hangul amount before the word.
        code = "let 원 = 1조\nx + contri"
        msg_id = self.k.kc.complete(code, len(code))
        reply = self.k.shell_reply(msg_id)["content"]
        self.assertIn("contributions", reply["matches"])
        self.assertEqual(reply["cursor_start"], len(code) - len("contri"))

    def test_inspect(self):
        msg_id = self.k.kc.inspect("simulate 2030", 3)
        reply = self.k.shell_reply(msg_id)["content"]
        self.assertEqual(reply["status"], "ok")
        self.assertTrue(reply["found"])
        self.assertIn("simulate YEARS", reply["data"]["text/plain"])
        self.assertIn("trials", reply["data"]["text/markdown"])
        msg_id = self.k.kc.inspect("zzzz", 2)
        self.assertFalse(self.k.shell_reply(msg_id)["content"]["found"])

    def test_is_complete(self):
        msg_id = self.k.kc.is_complete("contributions (2019")
        self.assertEqual(self.k.shell_reply(msg_id)["content"], {"status": "incomplete", "indent": ""})
        msg_id = self.k.kc.is_complete("contributions 2019..2021")
        self.assertEqual(self.k.shell_reply(msg_id)["content"]["status"], "complete")

    def test_interrupt(self):
        [child] = self.k.sma_pids()
        self.k.run("let before_interrupt = 41")
        start = time.monotonic()
        msg_id = self.k.kc.execute(
            "simulate 2027..2060 under agreement 12 with cpi normal(3%, 1%) trials 100000000\n"
            "contribution 2020"
        )
        time.sleep(1.0)
        self.k.km.interrupt_kernel()
        reply, outputs = self.k.collect(msg_id, timeout=10)
        took = time.monotonic() - start
        self.assertLess(took, 6.0, "the interrupted cell's reply came late")
        self.assertEqual(reply["status"], "error")
        self.assertEqual((reply["ename"], reply["evalue"]), ("KeyboardInterrupt", "interrupted"))
        [err] = errors(outputs)
        self.assertIn("interrupted", err["traceback"][0])
        self.assertEqual(texts(outputs), [], "the statement after the interrupted one ran")
        # The same child, the same session.
        self.assertEqual(self.k.sma_pids(), [child])
        reply, outputs = self.k.run("contribution 2021\nbefore_interrupt + 1")
        self.assertEqual(reply["status"], "ok")
        self.assertEqual([t.strip() for t in texts(outputs)], ["1조 1,833억 원", "42"])
        # An interrupt while idle changes nothing.
        self.k.km.interrupt_kernel()
        time.sleep(0.3)
        reply, outputs = self.k.run("contribution 2021")
        self.assertEqual([t.strip() for t in texts(outputs)], ["1조 1,833억 원"])
        self.assertEqual(self.k.sma_pids(), [child])


class ChildDeathTests(unittest.TestCase):
    def test_child_killed_mid_cell_and_between_cells(self):
        k = Kernel()
        try:
            k.run("let lost = 1")
            [child] = k.sma_pids()
            msg_id = k.kc.execute(
                "simulate 2027..2060 under agreement 12 with cpi normal(3%, 1%) trials 100000000")
            time.sleep(0.5)
            os.kill(child, signal.SIGKILL)
            reply, outputs = k.collect(msg_id)
            self.assertEqual(reply["status"], "error")
            [err] = errors(outputs)
            self.assertIn("ended unexpectedly (killed by SIGKILL)", err["traceback"][0])
            self.assertIn("the session is lost", err["traceback"][0])
            [new_child] = k.sma_pids()
            self.assertNotEqual(new_child, child)
            reply, outputs = k.run("contribution 2021")
            self.assertEqual([t.strip() for t in texts(outputs)], ["1조 1,833억 원"])
            reply, outputs = k.run("lost")
            self.assertEqual(reply["status"], "error")  # the session was lost, as it said
            # Killed while idle: the next cell says so and runs in a new session.
            os.kill(new_child, signal.SIGKILL)
            time.sleep(0.3)
            reply, outputs = k.run("contribution 2021")
            self.assertEqual(reply["status"], "ok")
            self.assertIn("the session is lost", stderr_text(outputs))
            self.assertEqual([t.strip() for t in texts(outputs)], ["1조 1,833억 원"])
        finally:
            k.close()


class StartFailureTests(unittest.TestCase):
    def cell_error(self, sma_bin):
        k = Kernel(env=dict(os.environ, SMA_BIN=sma_bin))
        try:
            reply, outputs = k.run("contribution 2021")
            self.assertEqual(reply["status"], "error")
            [err] = errors(outputs)
            return err["traceback"][0]
        finally:
            k.close()

    def test_missing_sma(self):
        text = self.cell_error(os.path.join(TMP, "no-such-sma"))
        self.assertIn("SMA_BIN", text)
        self.assertIn("not an executable file", text)

    def test_other_protocol(self):
        fake = os.path.join(TMP, "sma-protocol-2")
        with open(fake, "w") as f:
            f.write('#!/bin/sh\necho \'{"type": "ready", "sma": "9.9", "protocol": 2}\'\nexec cat >/dev/null\n')
        os.chmod(fake, 0o755)
        text = self.cell_error(fake)
        self.assertIn("protocol 2", text)
        self.assertIn("protocol 1", text)


# -- nbconvert, HTML and a screenshot -----------------------------------------------------------


def decode_png(path):
    """(width, height, bytes a pixel, rows): an 8-bit RGB or RGBA, non-interlaced PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    w, h, depth, ctype, _, _, interlace = header
    if depth != 8 or ctype not in (2, 6) or interlace:
        raise ValueError(f"{path}: PNG of depth {depth}, colour type {ctype}, interlace {interlace}")
    bpp = 3 if ctype == 2 else 4
    stride = w * bpp
    raw = zlib.decompress(b"".join(idat))
    low7 = int.from_bytes(b"\x7f" * stride, "big")
    high = int.from_bytes(b"\x80" * stride, "big")
    prev, rows = bytes(stride), []
    for y in range(h):
        kind = raw[y * (stride + 1)]
        line = raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)]
        if kind == 0:
            out = line
        elif kind == 2:  # Up: a bytewise sum of two rows, as one big-integer operation
            a, b = int.from_bytes(line, "big"), int.from_bytes(prev, "big")
            out = (((a & low7) + (b & low7)) ^ ((a ^ b) & high)).to_bytes(stride, "big")
        else:
            cur = bytearray(line)
            if kind == 1:  # Sub
                for i in range(bpp, stride):
                    cur[i] = (cur[i] + cur[i - bpp]) & 255
            elif kind == 3:  # Average
                for i in range(stride):
                    left = cur[i - bpp] if i >= bpp else 0
                    cur[i] = (cur[i] + ((left + prev[i]) >> 1)) & 255
            elif kind == 4:  # Paeth
                for i in range(stride):
                    a, c = (cur[i - bpp], prev[i - bpp]) if i >= bpp else (0, 0)
                    b = prev[i]
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    cur[i] = (cur[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            else:
                raise ValueError(f"{path}: PNG filter {kind}")
            out = bytes(cur)
        rows.append(out)
        prev = out
    return w, h, bpp, rows


def count_colour(rows, bpp, rgb, tolerance=8):
    r0, g0, b0 = rgb
    n = 0
    for row in rows:
        for i in range(0, len(row), bpp):
            if abs(row[i] - r0) <= tolerance and abs(row[i + 1] - g0) <= tolerance \
                    and abs(row[i + 2] - b0) <= tolerance:
                n += 1
    return n


def bar_colour(svg):
    """(hex colour, area) of the solid fill that covers most of the chart's bars."""
    areas = {}
    for tag in re.findall(r"<rect\b[^>]*>", svg):
        attrs = dict(re.findall(r'([\w:-]+)="([^"]*)"', tag))
        fill = attrs.get("fill", "")
        if "bar" in attrs.get("class", "").split() and re.fullmatch(r"#[0-9a-fA-F]{6}", fill):
            area = float(attrs.get("width", 0)) * float(attrs.get("height", 0))
            areas[fill[1:].lower()] = areas.get(fill[1:].lower(), 0.0) + area
    if not areas:
        raise AssertionError("no bar of a solid colour in the chart's SVG")
    return max(areas.items(), key=lambda item: item[1])


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


class NbconvertTests(unittest.TestCase):
    def run_tool(self, *args, cwd):
        proc = subprocess.run([sys.executable, "-m", *args], cwd=cwd, capture_output=True,
                              text=True, timeout=180)
        self.assertEqual(proc.returncode, 0, f"{' '.join(args)}:\n{proc.stdout}\n{proc.stderr}")
        return proc

    def test_execute_export_and_screenshot(self):
        work = os.path.join(TMP, "nbconvert")
        os.makedirs(work)
        shutil.copy(LESSON, os.path.join(work, "lesson.ipynb"))
        self.run_tool("jupyter", "nbconvert", "--to", "notebook", "--execute", "--output",
                      "executed.ipynb", "--ExecutePreprocessor.timeout=120", "lesson.ipynb", cwd=work)
        with open(os.path.join(work, "executed.ipynb"), encoding="utf-8") as f:
            nb = json.load(f)
        outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c["outputs"]]

        def joined(o, mime):
            v = o.get("data", {}).get(mime, "")
            return "".join(v) if isinstance(v, list) else v

        self.assertTrue(any("<table" in joined(o, "text/html") for o in outputs))
        svgs = [joined(o, "image/svg+xml") for o in outputs if joined(o, "image/svg+xml")]
        self.assertTrue(svgs and "<svg" in svgs[0])
        self.assertTrue(any(o["output_type"] == "error" for o in outputs))
        colour, area = bar_colour(svgs[0])

        self.run_tool("jupyter", "nbconvert", "--to", "html", "executed.ipynb", cwd=work)
        html_path = os.path.join(work, "executed.html")
        with open(html_path, encoding="utf-8") as f:
            html = f.read()
        # nbconvert 7 embeds an SVG output as a data: URI image, an older one inline.
        self.assertTrue("data:image/svg+xml" in html or "<svg" in html, "no SVG in the HTML")
        # The page needs no script to show outputs: drop the CDN scripts (require.js, MathJax)
        # so that the screenshot never waits on the network.
        html = re.sub(r'<script[^>]*\bsrc="https?://[^"]*"[^>]*>\s*</script>', "", html)
        with open(html_path, "w", encoding="utf-8") as f:
            f.write(html)

        chromium = find_chromium()
        if not chromium:
            self.skipTest("chromium is not installed (make deps installs it): no screenshot")
        shot = os.path.join(work, "shot.png")
        proc = subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--hide-scrollbars", "--no-first-run", f"--user-data-dir={os.path.join(work, 'chrome')}",
             f"--screenshot={shot}", "--window-size=1200,4000", "file://" + html_path],
            capture_output=True, text=True, timeout=120)
        self.assertTrue(os.path.exists(shot), f"no screenshot:\n{proc.stderr[-3000:]}")
        w, h, bpp, rows = decode_png(shot)
        self.assertEqual((w, h), (1200, 4000))
        rgb = tuple(int(colour[i:i + 2], 16) for i in (0, 2, 4))
        drawn = count_colour(rows, bpp, rgb)
        # The bars' area in CSS pixels (the page is not scaled at this width); text or a
        # theme does not come close to it in this colour.
        self.assertGreater(drawn, 0.5 * area,
                           f"{drawn} pixels of #{colour}; the chart's bars cover {area:.0f}")
        self.assertLess(drawn, 3 * area + 5000)


# -- jupyter console ----------------------------------------------------------------------------


class ConsoleTests(unittest.TestCase):
    @staticmethod
    def run_console(wait: float) -> str:
        """jupyter console over the sma kernel, two lines typed; what it printed by the time
        both answers were there (or `wait` seconds passed)."""
        # --simple-prompt reads lines from standard input (no terminal needed). The console is
        # read until both answers are there, then stopped: how it ends at the end of its input
        # (asking whether to exit, reading the end again) varies between jupyter_console
        # releases and once in a while hangs, which is the console's, not the kernel's.
        proc = subprocess.Popen(
            [sys.executable, "-m", "jupyter", "console", "--kernel", "sma", "--simple-prompt"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=TMP)
        # Read as it comes, not by lines: the prompt `In [1]: ` ends no line.
        seen: list[bytes] = []
        fd = proc.stdout.fileno()
        reader = threading.Thread(target=lambda: seen.extend(iter(lambda: os.read(fd, 4096), b"")), daemon=True)
        reader.start()
        deadline = time.monotonic() + wait
        def text() -> str:
            return b"".join(seen).decode("utf-8", "replace")
        # The lines are typed once the console asks for one (typed before, they were lost once
        # in about ten runs: the console printed its prompt and never read them).
        while time.monotonic() < deadline and "In [1]" not in text():
            time.sleep(0.1)
        try:
            proc.stdin.write("contribution 2021\ncontributoin 2021\n")
            proc.stdin.flush()
        except OSError:
            pass
        while time.monotonic() < deadline:
            if "1조 1,833억 원" in text() and "did you mean `contribution`?" in text():
                break
            time.sleep(0.2)
        try:
            proc.stdin.close()
        except OSError:
            pass
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        reader.join(timeout=5)
        proc.stdout.close()
        return text()

    def test_console_answers(self):
        # A second console when the first never answered (once in a long CI run it printed its
        # banner and then not its prompt, with the kernel up): two that both fail are the
        # kernel's failure, not the console's.
        out = self.run_console(60)
        if "1조 1,833억 원" not in out:
            out = self.run_console(60)
        self.assertIn("1조 1,833억 원", out, out)
        self.assertIn("did you mean `contribution`?", out)
        self.assertIn("sma ", out.split("In [1]")[0])  # the banner


if __name__ == "__main__":
    unittest.main()
