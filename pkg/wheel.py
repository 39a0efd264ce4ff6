"""Writes a Python wheel of sma: the static binary as a script (on the PATH of whatever
environment installs it), the Jupyter kernel (sma_kernel) and its kernelspec `sma` as data
(PREFIX/share/jupyter/kernels/sma, where Jupyter looks). `pip install sma-VERSION-….whl` gives a
student `sma` and the kernel, without Swift. Written with zipfile, as PEP 427 describes a
wheel, so that building it needs nothing beyond Python.

usage: python3 pkg/wheel.py BINARY VERSION OUTDIR
"""

import base64
import hashlib
import json
import os
import sys
import zipfile

NAME = "sma"
# A static executable runs on any x86_64 Linux with the kernel's ABI; manylinux2014 says so.
TAG = "py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64"


def record_line(path: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}"


def main() -> None:
    binary, version, outdir = sys.argv[1], sys.argv[2], sys.argv[3]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    data_dir = f"{NAME}-{version}.data"
    info = f"{NAME}-{version}.dist-info"
    files: list[tuple[str, bytes, int]] = []  # (path in the wheel, content, unix mode)
    package = os.path.join(root, "kernel", "sma_kernel")
    for name in sorted(os.listdir(package)):
        if name.endswith(".py"):
            with open(os.path.join(package, name), "rb") as f:
                files.append((f"sma_kernel/{name}", f.read(), 0o644))
    with open(binary, "rb") as f:
        files.append((f"{data_dir}/scripts/sma", f.read(), 0o755))
    # The kernelspec: "python3" is replaced by the Python that runs jupyter (jupyter_client does
    # so for `python`, `python3` and `python3.X`), the one the wheel was installed into.
    spec = {"argv": ["python3", "-m", "sma_kernel", "-f", "{connection_file}"],
            "display_name": "sma", "language": "sma", "interrupt_mode": "signal", "metadata": {"debugger": False}}
    files.append((f"{data_dir}/data/share/jupyter/kernels/sma/kernel.json", (json.dumps(spec, indent=1) + "\n").encode(), 0o644))
    for page, target in [("man/sma.1", "share/man/man1/sma.1")]:
        with open(os.path.join(root, page), "rb") as f:
            files.append((f"{data_dir}/data/{target}", f.read(), 0o644))
    with open(os.path.join(root, "README.md"), "rb") as f:
        readme = f.read().decode()
    metadata = "\n".join([
        "Metadata-Version: 2.1", f"Name: {NAME}", f"Version: {version}",
        "Summary: A language and shell for what Korea pays toward U.S. Forces Korea, with a Jupyter kernel",
        "Requires-Python: >=3.9", "Requires-Dist: ipykernel>=6", "Requires-Dist: jupyter_client>=7",
        "Description-Content-Type: text/markdown", "", readme])
    files.append((f"{info}/METADATA", metadata.encode(), 0o644))
    wheel = f"Wheel-Version: 1.0\nGenerator: sma pkg/wheel.py\nRoot-Is-Purelib: false\nTag: {TAG}\n"
    files.append((f"{info}/WHEEL", wheel.encode(), 0o644))
    files.append((f"{info}/top_level.txt", b"sma_kernel\n", 0o644))
    record = [record_line(p, d) for p, d, _ in files] + [f"{info}/RECORD,,"]
    files.append((f"{info}/RECORD", ("\n".join(record) + "\n").encode(), 0o644))
    os.makedirs(outdir, exist_ok=True)
    out = os.path.join(outdir, f"{NAME}-{version}-{TAG}.whl")
    tmp = out + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for path, data, mode in files:
            zi = zipfile.ZipInfo(path, date_time=(2026, 1, 1, 0, 0, 0))
            zi.external_attr = (0o100000 | mode) << 16
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(tmp, out)
    print(out)


if __name__ == "__main__":
    main()
