# sma — make run: build and start sma; make test: the whole test suite.
SWIFT ?= swift
BIN_DEBUG := .build/debug/sma
BIN_RELEASE := .build/release/sma

.PHONY: all build release run test golden deps clean bench fuzz install install-files uninstall \
  install-kernel kernel-test notebook dist deb wheel package-test

all: build

# What a fresh machine lacks: libedit's headers (the line editor), tmux (the terminal tests),
# vim, groff and rsvg-convert (the editor, man page and SVG tests), chromium (the kernel tests
# screenshot the lesson notebook headless) and fonts-nanum (a Korean font, for the charts' text
# in that screenshot). Swift itself comes with the machine image.
APT_NEEDS := $(if $(wildcard /usr/include/histedit.h),,libedit-dev) $(if $(shell command -v tmux),,tmux) \
  $(if $(shell command -v vim),,vim) $(if $(shell command -v groff),,groff) $(if $(shell command -v rsvg-convert),,librsvg2-bin) \
  $(if $(shell command -v chromium),,chromium) $(if $(wildcard /usr/share/fonts/truetype/nanum),,fonts-nanum) \
  $(if $(shell command -v sqlite3),,sqlite3) $(if $(shell command -v zsh),,zsh) $(if $(shell command -v fish),,fish)
# The Python that runs the Jupyter kernel and its tests. pip refuses to install into a Python
# the distribution manages (Debian's own python3: PEP 668) unless told; a virtualenv or pyenv
# Python needs no flag. `=`, not `:=`: asked only by the targets that install.
PYTHON ?= python3
PIP = $(PYTHON) -m pip install -q $(shell $(PYTHON) -c 'import os, sys, sysconfig; \
  print("--break-system-packages" if sys.prefix == sys.base_prefix and \
  os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")) else "")')
# The kernel's Python packages (ipykernel, and the clients its tests drive), those missing.
# pandas and duckdb read sma's data formats back in the readers' test (Tests/readers).
KERNEL_PY := ipykernel jupyter_client nbclient nbconvert nbformat jupyter_console pandas duckdb
PY_NEEDS = $(shell $(PYTHON) -c 'import importlib.util as u; \
  print(" ".join(m for m in "$(KERNEL_PY)".split() if u.find_spec(m) is None))')
# Python's markdown-it-py reads markdown back in the escaping tests.
deps:
	@python3 -c 'import markdown_it' 2>/dev/null || pip install -q markdown-it-py
	@if [ -n "$(strip $(PY_NEEDS))" ]; then echo "make: installing $(strip $(PY_NEEDS))"; $(PIP) $(PY_NEEDS); fi
	@command -v $(SWIFT) >/dev/null || { echo "make: swift is not installed (see README)"; exit 1; }
	@if [ -n "$(strip $(APT_NEEDS))" ]; then \
	  echo "make: installing $(strip $(APT_NEEDS))"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(APT_NEEDS); \
	fi

build: deps
	$(SWIFT) build

# A fully static executable: nothing to load at start-up (sma starts in about half the time of a
# dynamically linked one). libedit's own libraries come with libedit-dev's dependencies. The
# linker's warning about `dlopen` in the Swift runtime concerns an optional feature sma does not use.
RELEASE_FLAGS := -c release -Xswiftc -static-executable -Xlinker -ltinfo -Xlinker -lbsd -Xlinker -lmd
release: deps
	$(SWIFT) build $(RELEASE_FLAGS)
	strip $(BIN_RELEASE)

# Builds and starts an interactive session (or pass ARGS='-e "contribution 2021"').
run: release
	$(BIN_RELEASE) $(ARGS)

# Unit tests, golden examples, the error catalogue and CLI tests (which run the built binary),
# then the Jupyter kernel's tests against the same build.
test: deps
	$(SWIFT) build
	$(SWIFT) test
	$(KERNEL_TEST)
	SMA_BIN="$(CURDIR)/$(BIN_DEBUG)" $(PYTHON) Tests/readers/test_readers.py
	$(MAKE) --no-print-directory package-test

# The Jupyter kernel (kernel/) against the debug build (SMA_BIN=... for another sma): a real
# kernel manager, jupyter console, nbconvert and a headless-Chromium screenshot of the lesson,
# in a kernelspec directory of their own (no `make install-kernel` needed). About 30 s.
KERNEL_TEST = SMA_BIN="$${SMA_BIN:-$(CURDIR)/$(BIN_DEBUG)}" $(PYTHON) -m unittest discover -v -s kernel/tests
kernel-test: | $(BIN_DEBUG)
	$(KERNEL_TEST)

# The debug build, built only when missing (test and golden build it anyway).
$(BIN_DEBUG):
	$(SWIFT) build

# The Jupyter kernel, in one command: pip installs kernel/ (sma_kernel) into $(PYTHON), then its
# kernelspec `sma` goes next to that Python (root) or into the user's Jupyter directory. The
# kernel runs the sma on PATH (after `make install`), named by its full path; without one, the
# release build of this tree (built first), which `make clean` removes: `make install` first.
KERNEL_SMA := $(or $(shell command -v sma),$(CURDIR)/$(BIN_RELEASE))
install-kernel: $(if $(shell command -v sma),,release)
	$(PIP) ./kernel
	$(PYTHON) -m sma_kernel.install $$( [ "$$(id -u)" = 0 ] && echo --sys-prefix || echo --user ) --sma "$(KERNEL_SMA)"

# Runs Examples/lesson.ipynb again, in place, so that its stored outputs are those of this
# build: the kernel of kernel/ and the debug build, through a kernelspec made for the run
# (an installed kernel is neither needed nor used). Read the diff before committing.
notebook: | $(BIN_DEBUG)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  export PYTHONPATH="$(CURDIR)/kernel$${PYTHONPATH:+:$$PYTHONPATH}" JUPYTER_DATA_DIR="$$tmp" JUPYTER_RUNTIME_DIR="$$tmp/runtime" && \
	  $(PYTHON) -m sma_kernel.install --user --sma "$(CURDIR)/$(BIN_DEBUG)" >/dev/null && \
	  $(PYTHON) -m jupyter nbconvert --to notebook --execute --inplace --ExecutePreprocessor.kernel_name=sma \
	    --ExecutePreprocessor.record_timing=False --ExecutePreprocessor.timeout=120 Examples/lesson.ipynb

# Rewrites the expected output of every example from the current build. Read the diff
# (git diff Examples/) before committing: golden files are checked by a person.
# The generated files (compiled record, man page, editor grammars) are written by the tools
# target first, then the program is built again with the new record and the examples rewritten.
golden: build
	$(SWIFT) run sma-generate "$(CURDIR)"
	$(SWIFT) build
	SMA_UPDATE_GOLDEN=1 $(SWIFT) test --filter GoldenTests

# Installs the release build with its manual page, shell completions and editor files:
# `make install` (to /usr/local), `make install PREFIX=$HOME/.local`, or DESTDIR=stage for a
# package. `make uninstall` (same PREFIX) removes exactly the files install wrote.
PREFIX ?= /usr/local
DESTDIR ?=
INSTALLED := bin/sma share/man/man1/sma.1 share/bash-completion/completions/sma \
  share/zsh/site-functions/_sma share/fish/vendor_completions.d/sma.fish \
  share/sma/editors/vim/syntax/sma.vim share/sma/editors/vim/ftdetect/sma.vim share/sma/editors/vim/plugin/sma.vim \
  share/sma/editors/sma.tmLanguage.json share/sma/editors/sublime/sma.sublime-syntax \
  share/sma/editors/vscode/package.json share/sma/editors/vscode/language-configuration.json \
  share/sma/editors/vscode/syntaxes/sma.tmLanguage.json
# fish looks in /usr/local/share only when XDG_DATA_DIRS names it (it is unset on most
# systems): an install under /usr/local also puts the completions where fish always looks.
FISH_ETC := $(if $(filter /usr/local,$(PREFIX)),/etc/fish/completions/sma.fish)
install: release install-files

# The copying alone, from whatever BIN_RELEASE names (the tests install the debug build).
install-files:
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/man/man1" \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d" "$(DESTDIR)$(PREFIX)/share/sma/editors/vim/syntax" \
	  "$(DESTDIR)$(PREFIX)/share/sma/editors/vim/ftdetect" "$(DESTDIR)$(PREFIX)/share/sma/editors/vim/plugin" \
	  "$(DESTDIR)$(PREFIX)/share/sma/editors/sublime" "$(DESTDIR)$(PREFIX)/share/sma/editors/vscode/syntaxes"
	install -m 755 $(BIN_RELEASE) "$(DESTDIR)$(PREFIX)/bin/sma"
	install -m 644 man/sma.1 "$(DESTDIR)$(PREFIX)/share/man/man1/sma.1"
	$(BIN_RELEASE) --completions bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/sma"
	$(BIN_RELEASE) --completions zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_sma"
	$(BIN_RELEASE) --completions fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/sma.fish"
	install -m 644 editors/vim/syntax/sma.vim "$(DESTDIR)$(PREFIX)/share/sma/editors/vim/syntax/sma.vim"
	install -m 644 editors/vim/ftdetect/sma.vim "$(DESTDIR)$(PREFIX)/share/sma/editors/vim/ftdetect/sma.vim"
	install -m 644 editors/sma.tmLanguage.json "$(DESTDIR)$(PREFIX)/share/sma/editors/sma.tmLanguage.json"
	install -m 644 editors/vim/plugin/sma.vim "$(DESTDIR)$(PREFIX)/share/sma/editors/vim/plugin/sma.vim"
	install -m 644 editors/sublime/sma.sublime-syntax "$(DESTDIR)$(PREFIX)/share/sma/editors/sublime/sma.sublime-syntax"
	install -m 644 editors/vscode/package.json editors/vscode/language-configuration.json "$(DESTDIR)$(PREFIX)/share/sma/editors/vscode/"
	install -m 644 editors/vscode/syntaxes/sma.tmLanguage.json "$(DESTDIR)$(PREFIX)/share/sma/editors/vscode/syntaxes/sma.tmLanguage.json"
	$(if $(FISH_ETC),install -D -m 644 "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/sma.fish" "$(DESTDIR)$(FISH_ETC)")
	@echo "installed sma in $(DESTDIR)$(PREFIX) (for vim: set runtimepath+=$(PREFIX)/share/sma/editors/vim)"

uninstall:
	for f in $(INSTALLED); do rm -f "$(DESTDIR)$(PREFIX)/$$f"; done
	$(if $(FISH_ETC),rm -f "$(DESTDIR)$(FISH_ETC)")
	-rmdir "$(DESTDIR)$(PREFIX)/share/sma/editors/vim/syntax" "$(DESTDIR)$(PREFIX)/share/sma/editors/vim/ftdetect" \
	  "$(DESTDIR)$(PREFIX)/share/sma/editors/vim/plugin" "$(DESTDIR)$(PREFIX)/share/sma/editors/vim" \
	  "$(DESTDIR)$(PREFIX)/share/sma/editors/sublime" "$(DESTDIR)$(PREFIX)/share/sma/editors/vscode/syntaxes" \
	  "$(DESTDIR)$(PREFIX)/share/sma/editors/vscode" "$(DESTDIR)$(PREFIX)/share/sma/editors" "$(DESTDIR)$(PREFIX)/share/sma" 2>/dev/null

# Releases a user installs without Swift, in dist/: the stripped static binary with its manual
# page, completions and editor files as a tarball with install.sh (`./install.sh PREFIX`), as a
# .deb installing under /usr (lintian-clean), and as a Python wheel carrying the binary and the
# Jupyter kernel. `make package-test` installs each into a temporary root and runs it there.
VERSION := $(shell sed -n 's/.*static let current = "\(.*\)"/\1/p' Sources/SMAShell/Version.swift)
DIST := dist
TARBALL := $(DIST)/sma-$(VERSION)-linux-x86_64.tar.gz
DEB := $(DIST)/sma_$(VERSION)_amd64.deb
dist: release
	rm -rf $(DIST)/stage && mkdir -p $(DIST)/stage
	$(MAKE) --no-print-directory install-files DESTDIR="$(CURDIR)/$(DIST)/stage/sma-$(VERSION)" PREFIX= >/dev/null
	install -m 755 pkg/install.sh $(DIST)/stage/sma-$(VERSION)/install.sh
	install -m 644 README.md $(DIST)/stage/sma-$(VERSION)/README.md
	tar -C $(DIST)/stage --owner=0 --group=0 --sort=name -czf $(TARBALL).tmp sma-$(VERSION) && mv $(TARBALL).tmp $(TARBALL)
	rm -rf $(DIST)/stage
	@echo "$(TARBALL)"

# The .deb: the same files under /usr (zsh's vendor folder, the manual page compressed), the
# copyright and changelog Debian asks for, built with dpkg-deb as root-owned files.
deb: release
	rm -rf $(DIST)/deb && mkdir -p $(DIST)/deb/DEBIAN
	$(MAKE) --no-print-directory install-files DESTDIR="$(CURDIR)/$(DIST)/deb" PREFIX=/usr >/dev/null
	mkdir -p $(DIST)/deb/usr/share/zsh/vendor-completions
	mv $(DIST)/deb/usr/share/zsh/site-functions/_sma $(DIST)/deb/usr/share/zsh/vendor-completions/_sma
	rmdir $(DIST)/deb/usr/share/zsh/site-functions
	gzip -9n $(DIST)/deb/usr/share/man/man1/sma.1
	install -d $(DIST)/deb/usr/share/doc/sma $(DIST)/deb/usr/share/lintian/overrides
	install -m 644 pkg/copyright $(DIST)/deb/usr/share/doc/sma/copyright
	printf 'sma (%s) unstable; urgency=medium\n\n  * Release %s.\n\n -- sma developers <sma@example.org>  %s\n' \
	  "$(VERSION)" "$(VERSION)" "$$(date -R -d @$${SOURCE_DATE_EPOCH:-1764633600})" | gzip -9n > $(DIST)/deb/usr/share/doc/sma/changelog.gz
	install -m 644 pkg/lintian-overrides $(DIST)/deb/usr/share/lintian/overrides/sma
	sed 's/@VERSION@/$(VERSION)/' pkg/deb-control > $(DIST)/deb/DEBIAN/control
	echo "Installed-Size: $$(du -sk $(DIST)/deb/usr | cut -f1)" >> $(DIST)/deb/DEBIAN/control
	find $(DIST)/deb -type d -exec chmod 755 {} +
	dpkg-deb --root-owner-group -Zxz --build $(DIST)/deb $(DEB) >/dev/null
	rm -rf $(DIST)/deb
	@echo "$(DEB)"

wheel: release
	$(PYTHON) pkg/wheel.py $(BIN_RELEASE) $(VERSION) $(DIST)

# Each artifact installed into a temporary root and run there on a PATH without Swift; lintian
# on the .deb (installed by this target when missing).
package-test: dist deb wheel
	@command -v lintian >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get install -y -qq lintian; }
	$(PYTHON) pkg/test_packages.py -v

# Speed, measured beside its references (numpy, sqlite3) in the same run. See BENCHMARKS.md.
bench: release
	Benchmarks/run

# libFuzzer over the whole pipeline, seeded with Examples/. FUZZ_SECONDS=1800 for a long run.
# Crashes and hangs are written to .fuzz/; each becomes a case in Examples/errors/.
FUZZ_SECONDS ?= 300
fuzz:
	SMA_FUZZ=1 $(SWIFT) build --scratch-path .build-fuzz -c release --product SMAFuzz
	mkdir -p .fuzz/corpus .fuzz/artifacts
	cp Examples/*.sma .fuzz/corpus/
	for f in Examples/errors/*.sma; do cp "$$f" ".fuzz/corpus/errors-$$(basename $$f)"; done
	SWIFT_BACKTRACE=enable=no .build-fuzz/release/SMAFuzz .fuzz/corpus -artifact_prefix=.fuzz/artifacts/ \
	  -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 -max_len=4096 -jobs=2 -workers=2

clean:
	rm -rf .build dist
