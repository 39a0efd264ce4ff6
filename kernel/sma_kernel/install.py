"""Install the sma kernelspec: `python3 -m sma_kernel.install [--user|--sys-prefix|--prefix P] [--sma PATH]`.

Writes a kernelspec named `sma` (kernel.json) with jupyter_client's KernelSpecManager, into
the user's data directory (--user, the default when not root), Python's prefix (--sys-prefix)
or PREFIX/share/jupyter (--prefix). `--sma PATH` records the sma executable in the spec's
env as SMA_BIN; without it the kernel runs `sma` from PATH (or $SMA_BIN) when it starts."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile

from jupyter_client.kernelspec import KernelSpecManager

KERNEL_NAME = "sma"


def kernel_json(sma: str | None) -> dict:
    spec = {
        "argv": [sys.executable, "-m", "sma_kernel", "-f", "{connection_file}"],
        "display_name": "sma",
        "language": "sma",
        "interrupt_mode": "signal",
        "metadata": {"debugger": False},
    }
    if sma:
        spec["env"] = {"SMA_BIN": sma}
    return spec


def resolve(sma: str) -> str:
    found = shutil.which(sma) if os.sep not in sma else sma
    if not found or not os.access(found, os.X_OK) or os.path.isdir(found):
        raise SystemExit(f"sma_kernel.install: --sma {sma}: not an executable file")
    return os.path.abspath(found)


def install(user=False, prefix=None, sma=None) -> str:
    """Write the kernelspec and return the directory it went to."""
    if sma:
        sma = resolve(sma)
    with tempfile.TemporaryDirectory() as td:
        os.chmod(td, 0o755)  # the spec directory is copied with these permissions
        with open(os.path.join(td, "kernel.json"), "w") as f:
            json.dump(kernel_json(sma), f, indent=2)
            f.write("\n")
        return KernelSpecManager().install_kernel_spec(
            td, KERNEL_NAME, user=user, prefix=prefix
        )


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python3 -m sma_kernel.install", description=__doc__.split("\n")[0])
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--user", action="store_true", help="install for this user (~/.local/share/jupyter)")
    where.add_argument("--sys-prefix", action="store_true", help=f"install into {sys.prefix}")
    where.add_argument("--prefix", metavar="PREFIX", help="install into PREFIX/share/jupyter/kernels")
    ap.add_argument("--sma", metavar="PATH", help="the sma executable, recorded as SMA_BIN in the spec")
    args = ap.parse_args(argv)
    prefix = sys.prefix if args.sys_prefix else args.prefix
    user = args.user or (prefix is None and hasattr(os, "geteuid") and os.geteuid() != 0)
    sma = resolve(args.sma) if args.sma else None
    path = install(user=user, prefix=prefix, sma=sma)
    sma_text = f"SMA_BIN={sma}" if sma else "sma from PATH when the kernel starts"
    print(f"installed the sma kernelspec in {path} ({sma_text})")


if __name__ == "__main__":
    main()
