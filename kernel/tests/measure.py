"""Start-up and round-trip times of the sma kernel, for kernel/README.md.

    SMA_BIN=.build/release/sma python3 kernel/tests/measure.py [RUNS]

Prints the median (and min/max) of RUNS runs (default 7; 30 for the cheap ones) of:
- `sma --serve` alone: from Popen to its greeting line;
- one `execute` of `contribution 2021` straight over the protocol (a warm child);
- Python importing ipykernel, alone;
- the kernel's start-up: KernelManager.start_kernel until the kernel_info reply;
- a cell's round trip, `contribution 2021`: execute_request until the reply and iopub's idle;
- for reference, the same start-up for ipykernel's own python3 kernel, if installed.
Uses a temporary kernelspec (as the tests do), not an installed one.
"""

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
KERNEL_DIR = os.path.dirname(HERE)
ROOT = os.path.dirname(KERNEL_DIR)
SMA_BIN = os.path.abspath(os.environ.get("SMA_BIN") or os.path.join(ROOT, ".build", "debug", "sma"))


def summary(name, seconds):
    ms = [s * 1000 for s in seconds]
    print(f"{name:50s} median {statistics.median(ms):8.1f} ms  (min {min(ms):.1f}, max {max(ms):.1f}, n={len(ms)})")


def serve_start(n):
    times = []
    for _ in range(n):
        t = time.perf_counter()
        p = subprocess.Popen([SMA_BIN, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        p.stdout.readline()
        times.append(time.perf_counter() - t)
        p.stdin.close()
        p.wait()
    return times


def import_ipykernel(n):
    times = []
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import ipykernel.kernelapp"], check=True)
        times.append(time.perf_counter() - t)
    return times


def serve_round_trip(n):
    p = subprocess.Popen([SMA_BIN, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    p.stdout.readline()
    times = []
    for i in range(n + 1):
        t = time.perf_counter()
        p.stdin.write((json.dumps({"id": i, "op": "execute", "code": "contribution 2021"}) + "\n").encode())
        p.stdin.flush()
        while b'"done"' not in p.stdout.readline():
            pass
        if i:  # the first warms up
            times.append(time.perf_counter() - t)
    p.stdin.close()
    p.wait()
    return times


def kernel_start(name, n):
    from jupyter_client import KernelManager

    times = []
    for _ in range(n):
        t = time.perf_counter()
        km = KernelManager(kernel_name=name)
        km.start_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        kc = km.client()
        kc.start_channels()
        kc.kernel_info()
        kc.get_shell_msg(timeout=60)
        times.append(time.perf_counter() - t)
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return times


def cell_round_trip(n):
    from jupyter_client import KernelManager

    km = KernelManager(kernel_name="sma")
    km.start_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=60)
    times = []
    for i in range(n + 1):
        t = time.perf_counter()
        kc.execute_interactive("contribution 2021", output_hook=lambda msg: None, timeout=60)
        if i:
            times.append(time.perf_counter() - t)
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return times


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    tmp = tempfile.mkdtemp(prefix="sma-kernel-measure-")
    try:
        os.environ.update(
            JUPYTER_DATA_DIR=os.path.join(tmp, "data"),
            JUPYTER_RUNTIME_DIR=os.path.join(tmp, "runtime"),
            JUPYTER_CONFIG_DIR=os.path.join(tmp, "config"),
            PYTHONPATH=os.pathsep.join(p for p in (KERNEL_DIR, os.environ.get("PYTHONPATH")) if p),
            SMA_BIN=SMA_BIN,
        )
        sys.path.insert(0, KERNEL_DIR)
        from jupyter_client.kernelspec import KernelSpecManager
        from sma_kernel import install

        install.install(user=True)
        print(f"sma: {SMA_BIN}; python: {sys.executable} {sys.version.split()[0]}")
        summary("sma --serve start (to its greeting)", serve_start(max(30, runs)))
        summary("sma --serve execute `contribution 2021`", serve_round_trip(max(30, runs)))
        summary("python3 -c 'import ipykernel.kernelapp'", import_ipykernel(runs))
        summary("sma kernel start (start_kernel to kernel_info)", kernel_start("sma", runs))
        summary("sma kernel cell `contribution 2021`", cell_round_trip(max(30, runs)))
        if "python3" in KernelSpecManager().find_kernel_specs():
            summary("python3 (ipykernel) kernel start, reference", kernel_start("python3", runs))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
