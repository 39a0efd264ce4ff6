# sma — make run: build and start sma; make test: the whole test suite.
SWIFT ?= swift
BIN_DEBUG := .build/debug/sma
BIN_RELEASE := .build/release/sma

.PHONY: all build release run test golden deps clean bench fuzz install install-files uninstall

all: build

# What a fresh machine lacks: libedit's headers (the line editor), tmux (the terminal tests),
# vim, groff and rsvg-convert (the editor, man page and SVG tests). Swift itself comes with the
# machine image.
APT_NEEDS := $(if $(wildcard /usr/include/histedit.h),,libedit-dev) $(if $(shell command -v tmux),,tmux) \
  $(if $(shell command -v vim),,vim) $(if $(shell command -v groff),,groff) $(if $(shell command -v rsvg-convert),,librsvg2-bin)
# Python's markdown-it-py reads markdown back in the escaping tests.
deps:
	@python3 -c 'import markdown_it' 2>/dev/null || pip install -q markdown-it-py
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

# Builds and starts an interactive session (or pass ARGS='-e "contribution 2021"').
run: release
	$(BIN_RELEASE) $(ARGS)

# Unit tests, golden examples, the error catalogue and CLI tests (which run the built binary).
test: deps
	$(SWIFT) build
	$(SWIFT) test

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
  share/sma/editors/vim/syntax/sma.vim share/sma/editors/vim/ftdetect/sma.vim share/sma/editors/sma.tmLanguage.json
install: release install-files

# The copying alone, from whatever BIN_RELEASE names (the tests install the debug build).
install-files:
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/man/man1" \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d" "$(DESTDIR)$(PREFIX)/share/sma/editors/vim/syntax" \
	  "$(DESTDIR)$(PREFIX)/share/sma/editors/vim/ftdetect"
	install -m 755 $(BIN_RELEASE) "$(DESTDIR)$(PREFIX)/bin/sma"
	install -m 644 man/sma.1 "$(DESTDIR)$(PREFIX)/share/man/man1/sma.1"
	$(BIN_RELEASE) --completions bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/sma"
	$(BIN_RELEASE) --completions zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_sma"
	$(BIN_RELEASE) --completions fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/sma.fish"
	install -m 644 editors/vim/syntax/sma.vim "$(DESTDIR)$(PREFIX)/share/sma/editors/vim/syntax/sma.vim"
	install -m 644 editors/vim/ftdetect/sma.vim "$(DESTDIR)$(PREFIX)/share/sma/editors/vim/ftdetect/sma.vim"
	install -m 644 editors/sma.tmLanguage.json "$(DESTDIR)$(PREFIX)/share/sma/editors/sma.tmLanguage.json"
	@echo "installed sma in $(DESTDIR)$(PREFIX) (for vim: set runtimepath+=$(PREFIX)/share/sma/editors/vim)"

uninstall:
	for f in $(INSTALLED); do rm -f "$(DESTDIR)$(PREFIX)/$$f"; done
	-rmdir "$(DESTDIR)$(PREFIX)/share/sma/editors/vim/syntax" "$(DESTDIR)$(PREFIX)/share/sma/editors/vim/ftdetect" \
	  "$(DESTDIR)$(PREFIX)/share/sma/editors/vim" "$(DESTDIR)$(PREFIX)/share/sma/editors" "$(DESTDIR)$(PREFIX)/share/sma" 2>/dev/null

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
	rm -rf .build
