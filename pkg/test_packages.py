"""The releases, installed as a user would install them, each into a temporary root, and run
there with a PATH that has no Swift: the tarball's install.sh, the .deb (extracted, and checked
by lintian), the wheel (into a virtualenv, kernel included). Run by `make package-test`."""

import glob
import json
import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIST = os.path.join(ROOT, "dist")
# No /opt/swift, no ~/.local: only what a fresh system has.
PLAIN_PATH = "/usr/bin:/bin"


def run(args, **kw):
    env = {"PATH": PLAIN_PATH, "HOME": kw.pop("home", tempfile.gettempdir()), "LANG": "C.UTF-8", "MANPAGER": "cat", "PAGER": "cat"}
    env.update(kw.pop("env", {}))
    return subprocess.run(args, capture_output=True, text=True, env=env, timeout=120, **kw)


def one(pattern):
    found = glob.glob(os.path.join(DIST, pattern))
    assert len(found) == 1, f"expected one {pattern} in dist/, found {found}"
    return found[0]


class Installed(unittest.TestCase):
    def check_program(self, prefix, man_page):
        sma = os.path.join(prefix, "bin", "sma")
        # The binary of this tree's release build, not an older one.
        with open(sma, "rb") as a, open(os.path.join(ROOT, ".build", "release", "sma"), "rb") as b:
            self.assertEqual(a.read(), b.read(), f"{sma} is not the release build")
        r = run([sma, "-e", "contribution 2021"])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, "1조 1,833억 원\n")
        # Stripped: no symbol table left (readelf comes with the linker's binutils).
        self.assertNotIn(".symtab", run(["readelf", "-S", sma]).stdout)
        page = run(["man", "-l", man_page])
        self.assertEqual(page.returncode, 0, page.stderr)
        self.assertIn("sma", page.stdout.lower())
        self.assertIn("--format", page.stdout.replace("\u2010", "-").replace("\u2212", "-"))

    def test_tarball(self):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["tar", "-xzf", one("sma-*-linux-x86_64.tar.gz"), "-C", tmp], check=True)
            (folder,) = glob.glob(os.path.join(tmp, "sma-*"))
            prefix = os.path.join(tmp, "prefix")
            r = run(["sh", os.path.join(folder, "install.sh"), prefix])
            self.assertEqual(r.returncode, 0, r.stderr)
            self.check_program(prefix, os.path.join(prefix, "share/man/man1/sma.1"))
            # The completions load in their shells.
            bash = run(["bash", "-c", f"source {prefix}/share/bash-completion/completions/sma && complete -p sma"])
            self.assertIn("sma", bash.stdout, bash.stderr)
            for f in ["share/zsh/site-functions/_sma", "share/fish/vendor_completions.d/sma.fish",
                      "share/sma/editors/vim/syntax/sma.vim", "share/sma/editors/sma.tmLanguage.json", "README.md"]:
                base = prefix if not f.endswith("README.md") else folder
                self.assertTrue(os.path.isfile(os.path.join(base, f)), f)

    def test_deb(self):
        deb = one("sma_*_amd64.deb")
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["dpkg-deb", "-x", deb, tmp], check=True)
            self.check_program(os.path.join(tmp, "usr"), os.path.join(tmp, "usr/share/man/man1/sma.1.gz"))
            self.assertTrue(os.path.isfile(os.path.join(tmp, "usr/share/zsh/vendor-completions/_sma")))
            bash = run(["bash", "-c", f"source {tmp}/usr/share/bash-completion/completions/sma && complete -p sma"])
            self.assertIn("_sma", bash.stdout, bash.stderr)
        info = run(["dpkg-deb", "--info", deb]).stdout
        self.assertIn("Package: sma", info)
        lint = run(["lintian", "--no-tag-display-limit", deb], env={"PATH": PLAIN_PATH + ":/usr/sbin:/sbin"})
        errors = [l for l in lint.stdout.splitlines() if l.startswith("E:")]
        self.assertEqual(errors, [], lint.stdout)

    def test_wheel(self):
        wheel = one("sma-*.whl")
        with tempfile.TemporaryDirectory() as tmp:
            venv = os.path.join(tmp, "venv")
            # Jupyter's packages come from the system (no network here); sma from the wheel alone.
            subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", venv], check=True)
            py = os.path.join(venv, "bin", "python")
            r = run([py, "-m", "pip", "install", "-q", "--no-deps", "--no-index", wheel])
            self.assertEqual(r.returncode, 0, r.stderr)
            self.check_program(venv, os.path.join(venv, "share/man/man1/sma.1"))
            specs = run([py, "-c", "import json; from jupyter_client.kernelspec import KernelSpecManager as K; "
                                   "print(json.dumps(K().find_kernel_specs()))"], home=tmp)
            self.assertEqual(specs.returncode, 0, specs.stderr)
            found = json.loads(specs.stdout)
            self.assertIn("sma", found)
            self.assertTrue(found["sma"].startswith(venv), found["sma"])
            # The kernel runs, finding sma beside its Python although the venv is not on PATH.
            code = ("from jupyter_client.manager import start_new_kernel\n"
                    "km, kc = start_new_kernel(kernel_name='sma')\n"
                    "out = []\n"
                    "kc.execute_interactive('contribution 2021', output_hook=lambda m: out.append(m), timeout=60)\n"
                    "print([m['content']['data']['text/plain'] for m in out if m['msg_type'] == 'display_data'])\n"
                    "kc.stop_channels(); km.shutdown_kernel(now=True)\n")
            k = run([py, "-c", code], home=tmp, env={"JUPYTER_RUNTIME_DIR": os.path.join(tmp, "runtime")})
            self.assertEqual(k.returncode, 0, k.stderr[-2000:])
            self.assertIn("1조 1,833억 원", k.stdout)


if __name__ == "__main__":
    unittest.main()
