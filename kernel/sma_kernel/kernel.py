"""The sma Jupyter kernel: a wrapper kernel on ipykernel around one `sma --serve` child.

Every cell, completion, inspection and is-complete question becomes one request of the
protocol in docs/serve.md (JSON a line on the child's standard input, JSON lines back). The
child lives as long as the kernel, so the sma session (variables, functions, `set` values,
definitions) lives across cells.

Reading: one thread reads the child's standard output, line by line, and puts each decoded
answer on a queue; the kernel's main thread only ever takes whole answers off that queue. An
interrupt arriving at any moment in the main thread therefore cannot leave the stream half
read: the next answer is still on the queue, whole, and answers to a request the kernel stopped
waiting for are recognised by their `id` and dropped.

Interrupting: jupyter_client sends SIGINT to the kernel's whole process group. The child runs
in a session of its own (`start_new_session=True`), so it does not get that signal; the kernel
forwards exactly one SIGINT to the child for each interrupt that arrives while a cell runs, and
keeps reading until the child's `done`. sma then ends the cell with an `interruption` error and
the session goes on.
"""

from __future__ import annotations

import collections
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
import traceback

from ipykernel.kernelbase import Kernel

from . import __version__

FORMATS = ["text/plain", "text/html", "text/markdown", "image/svg+xml"]
PROTOCOL = 1
GREETING_TIMEOUT = 20.0  # seconds to wait for `ready`; sma starts in milliseconds
QUICK_TIMEOUT = 30.0  # complete, inspect, is_complete: answered at once by sma


class SMAError(Exception):
    """The child cannot be started, or broke the protocol, or died."""


def find_sma() -> str:
    """The sma executable: $SMA_BIN, else `sma` on PATH."""
    given = os.environ.get("SMA_BIN")
    if given:
        path = shutil.which(given) if os.sep not in given else given
        if not path or not os.access(path, os.X_OK) or os.path.isdir(path):
            raise SMAError(f"SMA_BIN is {given!r}, which is not an executable file")
        return path
    # A wheel installs sma beside the Python that runs this kernel (a virtualenv's bin): that
    # one first, the same release as the kernel, whether or not the environment is on PATH.
    beside = os.path.join(os.path.dirname(sys.executable), "sma")
    path = beside if os.access(beside, os.X_OK) and not os.path.isdir(beside) else shutil.which("sma")
    if not path:
        raise SMAError(
            "sma is not installed: no `sma` on PATH and SMA_BIN is not set. Install sma "
            "(`make install` in the sma tree) or set SMA_BIN to its path (`make install-kernel` "
            "writes it into the kernelspec)"
        )
    return path


_EOF = object()  # put on the queue when the child's standard output ends


class Child:
    """One `sma --serve` process, its reader threads and its answer queue."""

    def __init__(self, path: str):
        self.path = path
        try:
            self.proc = subprocess.Popen(
                [path, "--serve"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                # Not in the kernel's process group: jupyter_client's SIGINT to that group
                # must not reach sma; the kernel forwards one itself.
                start_new_session=True,
                close_fds=True,
            )
        except OSError as err:
            raise SMAError(f"cannot start {path} --serve: {err.strerror or err}") from err
        self.answers: queue.Queue = queue.Queue()
        self.stderr_tail: collections.deque = collections.deque(maxlen=40)
        self._next_id = 0
        threading.Thread(target=self._read_stdout, name="sma-stdout", daemon=True).start()
        threading.Thread(target=self._read_stderr, name="sma-stderr", daemon=True).start()
        greeting = self._get(GREETING_TIMEOUT)
        if greeting is _EOF:
            raise SMAError(f"{path} --serve ended before its greeting{self.exit_text()}")
        if greeting is None:
            self.kill()
            raise SMAError(f"{path} --serve did not greet within {GREETING_TIMEOUT:g} s")
        if greeting.get("type") != "ready":
            self.kill()
            raise SMAError(f"{path} --serve did not greet with `ready`: {greeting!r}")
        if greeting.get("protocol") != PROTOCOL:
            self.kill()
            raise SMAError(
                f"{path} speaks protocol {greeting.get('protocol')!r}; this kernel speaks "
                f"protocol {PROTOCOL} (update sma_kernel or sma)"
            )
        self.version = str(greeting.get("sma", "?"))

    # -- reading -----------------------------------------------------------------------------

    def _read_stdout(self):
        stream = self.proc.stdout
        try:
            for raw in iter(stream.readline, b""):
                if not raw.strip():
                    continue
                try:
                    answer = json.loads(raw.decode("utf-8"))
                except (UnicodeDecodeError, ValueError):
                    answer = {"type": "garbled", "line": raw.decode("utf-8", "replace")}
                if not isinstance(answer, dict):
                    answer = {"type": "garbled", "line": repr(answer)}
                self.answers.put(answer)
        except (OSError, ValueError):
            pass
        finally:
            self.answers.put(_EOF)

    def _read_stderr(self):
        # Nothing a client must read (docs/serve.md), but kept for the report if sma dies.
        try:
            for raw in iter(self.proc.stderr.readline, b""):
                self.stderr_tail.append(raw.decode("utf-8", "replace").rstrip("\n"))
        except (OSError, ValueError):
            pass

    def _get(self, timeout):
        """The next answer, _EOF once the child's output ended, None after `timeout` seconds."""
        try:
            return self.answers.get(timeout=timeout)
        except queue.Empty:
            return None

    # -- requests ----------------------------------------------------------------------------

    def send(self, op: str, **fields) -> int:
        self._next_id += 1
        request = {"id": self._next_id, "op": op, **fields}
        line = json.dumps(request, ensure_ascii=False) + "\n"
        try:
            self.proc.stdin.write(line.encode("utf-8"))
            self.proc.stdin.flush()
        except (OSError, ValueError) as err:
            raise SMAError(f"cannot write to sma --serve{self.exit_text()}") from err
        return self._next_id

    def answers_to(self, rid: int, poll: float = 0.1, timeout: float | None = None):
        """Yield the answers to request `rid` as they come; SMAError if the child ends.

        Answers to earlier requests (left behind when an interrupt cut a wait short) are
        skipped. A KeyboardInterrupt raised while this waits leaves the queue whole; the
        caller may catch it and call again to go on reading."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            answer = self._get(poll)
            if answer is None:
                if deadline is not None and time.monotonic() > deadline:
                    raise SMAError(f"sma --serve did not answer within {timeout:g} s")
                continue
            if answer is _EOF:
                self.answers.put(_EOF)  # stays dead for whoever asks next
                raise SMAError(f"sma --serve ended unexpectedly{self.exit_text()}")
            aid = answer.get("id")
            if isinstance(aid, int) and aid < rid:
                continue  # a stale answer
            yield answer

    def request(self, op: str, **fields) -> dict:
        """Send a request answered by one line (complete, inspect, is_complete) and return it."""
        rid = self.send(op, **fields)
        while True:
            try:
                for answer in self.answers_to(rid, timeout=QUICK_TIMEOUT):
                    if answer.get("type") == "bad-request":
                        raise SMAError(f"sma refused the request: {answer.get('message')}")
                    return answer
            except KeyboardInterrupt:
                continue  # an interrupt during a quick request: the answer is coming anyway

    # -- life --------------------------------------------------------------------------------

    def alive(self) -> bool:
        return self.proc.poll() is None

    def interrupt(self):
        if self.alive():
            try:
                os.kill(self.proc.pid, signal.SIGINT)
            except OSError:
                pass

    def exit_text(self) -> str:
        try:
            code = self.proc.wait(timeout=1.0)
        except subprocess.TimeoutExpired:
            return ""
        if code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            text = f" (killed by {name})"
        else:
            text = f" (exit status {code})"
        tail = "\n".join(list(self.stderr_tail)[-10:])
        return text + (f"; its last words:\n{tail}" if tail else "")

    def close(self):
        """End the child: close its input (sma ends at end of input), then terminate, then kill."""
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=2.0)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self):
        for sig, wait in ((signal.SIGTERM, 1.0), (signal.SIGKILL, 5.0)):
            if not self.alive():
                return
            try:
                self.proc.send_signal(sig)
                self.proc.wait(timeout=wait)
            except (OSError, subprocess.TimeoutExpired):
                pass


class _ForwardSIGINT:
    """While a cell runs, turn SIGINT into one SIGINT for the child, not a KeyboardInterrupt.

    ipykernel installs Python's default handler (KeyboardInterrupt) around each request. While
    the kernel waits for sma's answers, a handler of our own forwards the interrupt instead, so
    that no exception lands at an arbitrary point. The KeyboardInterrupt that may still arrive
    before this handler is in place is caught by do_execute."""

    def __init__(self, kernel: "SMAKernel"):
        self.kernel = kernel
        self.saved = None

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            self.saved = signal.signal(signal.SIGINT, self._handler)
        return self

    def _handler(self, signum, frame):
        self.kernel._sma_forward_interrupt()

    def __exit__(self, *exc):
        if self.saved is not None:
            signal.signal(signal.SIGINT, self.saved)
        return False


class SMAKernel(Kernel):
    implementation = "sma_kernel"
    implementation_version = __version__
    language = "sma"
    language_info = {
        "name": "sma",
        "mimetype": "text/x-sma",
        "file_extension": ".sma",
        # No Pygments lexer or CodeMirror mode exists for sma: plain text in both.
        "pygments_lexer": "text",
        "codemirror_mode": "text/plain",
    }
    help_links = [{"text": "sma statements: type `help` in a cell", "url": "about:blank"}]

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._sma_child: Child | None = None
        self._sma_start_error: str | None = None
        self._sma_running = False  # a cell's request is being answered
        self._sma_interrupted = False  # a SIGINT was forwarded for this cell
        self._sma_interrupt_traceback = None
        self._sma_start()
        version = self._sma_child.version if self._sma_child else "?"
        self.language_info = dict(self.language_info, version=version)
        self.banner = (
            f"sma {version}: what Korea pays toward U.S. Forces Korea under the Special "
            f"Measures Agreements (sma --serve, protocol {PROTOCOL}; type `help` or `tour`)"
            if self._sma_child
            else f"sma kernel: sma could not be started: {self._sma_start_error}"
        )

    # -- the child ---------------------------------------------------------------------------

    def _sma_start(self) -> bool:
        try:
            self._sma_child = Child(find_sma())
            self._sma_start_error = None
            return True
        except SMAError as err:
            self._sma_child = None
            self._sma_start_error = str(err)
            self.log.error("sma kernel: %s", err)
            return False

    def _sma_forward_interrupt(self):
        """One SIGINT to the child per interrupt of a running cell; none when idle."""
        if self._sma_running and self._sma_child is not None:
            self._sma_interrupted = True
            self._sma_child.interrupt()

    def _sma_ensure(self, silent: bool) -> bool:
        """A live child, restarting one that died between cells. False if none can be had."""
        if self._sma_child is not None and self._sma_child.alive():
            return True
        lost = self._sma_child is not None
        why = self._sma_child.exit_text() if lost else ""
        if lost:
            self._sma_child.close()
        if self._sma_start():
            if lost and not silent:
                self._sma_stderr(
                    f"sma --serve had ended{why}; it was restarted: the session is lost "
                    "(run the cells that define variables, functions and set values again)\n"
                )
            return True
        return False

    # -- output ------------------------------------------------------------------------------

    def _sma_stderr(self, text: str):
        self.send_response(self.iopub_socket, "stream", {"name": "stderr", "text": text})

    # -- execute -----------------------------------------------------------------------------

    async def do_execute(
        self, code, silent, store_history=True, user_expressions=None, allow_stdin=False, **kwargs
    ):
        first_error = None
        interrupted = False
        self._sma_interrupt_traceback = None
        try:
            if not self._sma_ensure(silent):
                first_error = {
                    "ename": "sma not started",
                    "evalue": self._sma_start_error or "sma could not be started",
                    "traceback": [f"sma kernel: {self._sma_start_error}"],
                }
                if not silent:
                    self.send_response(self.iopub_socket, "error", first_error)
            else:
                first_error, interrupted = self._sma_run_cell(code, silent)
        except KeyboardInterrupt:
            self._sma_running = False
            # Before the request was sent (the forwarding handler was not yet in place):
            # nothing ran.
            interrupted = True
            first_error = first_error or {
                "ename": "KeyboardInterrupt",
                "evalue": "interrupted",
                "traceback": ["interrupted before the cell started"],
            }
        except Exception as err:  # a bug of this kernel: say so rather than leave no reply
            self._sma_running = False
            self.log.exception("sma kernel: internal error")
            first_error = {
                "ename": "sma kernel error",
                "evalue": f"{type(err).__name__}: {err}",
                "traceback": [f"internal error in sma_kernel:\n{traceback.format_exc()}"],
            }
            if not silent:
                self.send_response(self.iopub_socket, "error", first_error)
        if interrupted:
            return {
                "status": "error",
                "execution_count": self.execution_count,
                "ename": "KeyboardInterrupt",
                "evalue": "interrupted",
                "traceback": self._sma_interrupt_traceback or ["interrupted"],
            }
        if first_error is not None:
            return {"status": "error", "execution_count": self.execution_count, **first_error}
        return {
            "status": "ok",
            "execution_count": self.execution_count,
            "payload": [],
            "user_expressions": {},
        }

    def _sma_run_cell(self, code: str, silent: bool):
        """Send one execute request and relay its answers. (first error content, interrupted)"""
        child = self._sma_child
        first_error = None
        interrupted = False
        name = f"In[{self.execution_count}]"
        self._sma_interrupted = False
        self._sma_running = True
        with _ForwardSIGINT(self):
            try:
                try:
                    if self._sma_interrupted:  # interrupted before the request went out
                        return {
                            "ename": "KeyboardInterrupt",
                            "evalue": "interrupted",
                            "traceback": ["interrupted before the cell started"],
                        }, True
                    rid = child.send("execute", code=code, formats=FORMATS, name=name)
                    answers = child.answers_to(rid)
                    while True:
                        try:
                            answer = next(answers)
                        except KeyboardInterrupt:
                            # Raised by Python's default handler if it was in place after all
                            # (a subshell thread, another ipykernel): forward it once and go
                            # on reading with a new generator (the old one ended with it).
                            self._sma_forward_interrupt()
                            answers = child.answers_to(rid)
                            continue
                        kind = answer.get("type")
                        if kind == "done":
                            interrupted = answer.get("status") == "interrupted" or interrupted
                            break
                        if kind == "result":
                            if not silent:
                                data = dict(answer.get("data") or {})
                                data.setdefault("text/plain", "")
                                self.send_response(
                                    self.iopub_socket,
                                    "display_data",
                                    {"data": data, "metadata": {}, "transient": {}},
                                )
                        elif kind == "message":
                            if not silent:
                                text = str(answer.get("text", ""))
                                self._sma_stderr(text if text.endswith("\n") else text + "\n")
                        elif kind == "error":
                            content = self._sma_error_content(answer)
                            if answer.get("phase") == "interruption":
                                interrupted = True
                                self._sma_interrupt_traceback = content["traceback"]
                            if not silent:
                                self.send_response(self.iopub_socket, "error", content)
                            first_error = first_error or content
                        elif kind == "bad-request":
                            # One line and no `done`: the stream stays in step, the session
                            # goes on. (This kernel's requests are well formed: a bug if seen.)
                            content = {
                                "ename": "sma kernel error",
                                "evalue": "sma refused the request",
                                "traceback": [f"sma refused the kernel's request: "
                                              f"{answer.get('message')}"],
                            }
                            if not silent:
                                self.send_response(self.iopub_socket, "error", content)
                            first_error = first_error or content
                            break
                        elif kind == "garbled":
                            raise SMAError(f"sma --serve wrote a line that is not JSON: "
                                           f"{answer.get('line')!r}")
                        # `quiet` and unknown types: nothing to show
                finally:
                    self._sma_running = False
            except SMAError as err:
                content = self._sma_child_died(err, silent)
                first_error = first_error or content
        return first_error, interrupted

    @staticmethod
    def _sma_error_content(answer: dict) -> dict:
        text = str(answer.get("text") or answer.get("message") or "error")
        ename = "KeyboardInterrupt" if answer.get("phase") == "interruption" else "sma error"
        return {
            "ename": ename,
            "evalue": str(answer.get("message", "")),
            "traceback": [text.rstrip("\n")],
        }

    def _sma_child_died(self, err: SMAError, silent: bool) -> dict:
        """The child ended or broke the protocol mid-cell: say so, and start a new one."""
        if self._sma_child is not None:
            self._sma_child.kill()
        restarted = self._sma_start()
        message = f"{err}\n" + (
            "sma --serve was restarted: the session is lost (variables, functions, set values "
            "and definitions of earlier cells must be run again)"
            if restarted
            else f"sma --serve could not be restarted: {self._sma_start_error}"
        )
        content = {"ename": "sma died", "evalue": str(err).split("\n")[0], "traceback": [message]}
        if not silent:
            self.send_response(self.iopub_socket, "error", content)
        return content

    # -- complete, inspect, is_complete -----------------------------------------------------

    def _sma_quick(self, op: str, **fields) -> dict | None:
        """One quick request; None (and the child restarted) if sma is not answering."""
        if not self._sma_ensure(silent=True):
            return None
        try:
            # The handler only forwards while a cell runs: here it keeps a SIGINT from
            # cutting the request line in two.
            with _ForwardSIGINT(self):
                return self._sma_child.request(op, **fields)
        except SMAError as err:
            self.log.error("sma kernel: %s request failed: %s", op, err)
            if not self._sma_child.alive():
                self._sma_child.kill()
                self._sma_start()
            return None

    async def do_complete(self, code, cursor_pos):
        if cursor_pos is None:
            cursor_pos = len(code)
        answer = self._sma_quick("complete", code=code, cursor=cursor_pos) or {}
        return {
            "status": "ok",
            "matches": list(answer.get("matches", [])),
            "cursor_start": answer.get("cursor_start", cursor_pos),
            "cursor_end": answer.get("cursor_end", cursor_pos),
            "metadata": {},
        }

    async def do_inspect(self, code, cursor_pos, detail_level=0, omit_sections=()):
        if cursor_pos is None:
            cursor_pos = len(code)
        answer = self._sma_quick("inspect", code=code, cursor=cursor_pos) or {}
        found = bool(answer.get("found"))
        data = {}
        if found:
            text = str(answer.get("text", ""))
            data = {"text/plain": text, "text/markdown": _code_block(text)}
        return {"status": "ok", "found": found, "data": data, "metadata": {}}

    async def do_is_complete(self, code):
        answer = self._sma_quick("is_complete", code=code)
        status = (answer or {}).get("status")
        if status == "incomplete":
            return {"status": "incomplete", "indent": ""}
        if status == "complete":
            return {"status": "complete"}
        return {"status": "unknown"}

    async def do_shutdown(self, restart):
        if self._sma_child is not None:
            self._sma_child.close()
            self._sma_child = None
        return {"status": "ok", "restart": restart}


def _code_block(text: str) -> str:
    """`text` in a fenced code block whose fence is longer than any backtick run in it."""
    longest = run = 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text.rstrip(chr(10))}\n{fence}\n"
