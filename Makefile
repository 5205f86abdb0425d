# Klartext — the two commands for a new user: `make run` and `make test`.
SHELL := /bin/bash
TOOLS ?= $(HOME)/.cache/klartext-tools
export PATH := $(TOOLS)/bin:$(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
WASM_TARGET := target/wasm32-unknown-unknown/release/klartext.wasm
PKG := build/pkg
PORT ?= 8080

.PHONY: setup build native wasm extension www run test test-rust test-wasm test-e2e lint bench package clean fuzz

setup: .setup-done build/patched/web_atoms/.klartext-patched
.setup-done: scripts/setup.sh package.json Cargo.toml
	scripts/setup.sh
	@touch $@
# Also done by setup.sh; listed here so that a removed build/ is rebuilt even with .setup-done present.
build/patched/web_atoms/.klartext-patched: scripts/patch-crates.sh $(wildcard patches/*.patch)
	scripts/patch-crates.sh

build: setup native wasm extension www

native:
	cargo build --release --bin klartext

wasm: $(PKG)/klartext_bg.wasm
$(PKG)/klartext_bg.wasm: $(shell find src -name '*.rs' -o -name '*.txt') $(wildcard patches/*.patch) build.rs Cargo.toml
	cargo build --release --lib --target wasm32-unknown-unknown
	wasm-bindgen --target web --out-dir $(PKG) $(WASM_TARGET)
	wasm-opt -Oz --converge --strip-producers --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types \
		-o $(PKG)/klartext_bg.wasm $(PKG)/klartext_bg.wasm
	@printf 'wasm: %s bytes, %s bytes gzipped\n' $$(stat -c %s $@) $$(gzip -9c $@ | wc -c)

extension: wasm
	scripts/build-extension.sh

www: wasm
	scripts/build-www.sh

run: build
	scripts/run.sh $(PORT)

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings

test: setup lint test-rust test-wasm test-e2e

test-rust:
	cargo test

test-wasm: setup
	scripts/test-wasm.sh

test-e2e: build
	scripts/test-e2e.sh

bench: build
	scripts/bench.sh

package: build
	scripts/package.sh

# Fuzzing (nightly + cargo-fuzz, libFuzzer); not part of `make test`. Seeds: our synthetic pages and,
# read in place when present, the shared corpora. Crashes land in fuzz/artifacts/<target>/.
FUZZ_SECONDS ?= 600
FUZZ_TARGET ?= read_html
# e.g. FUZZ_FLAGS="-fork=1 -ignore_crashes=1" to collect every crash in one run instead of stopping.
FUZZ_FLAGS ?=
FUZZ_SEEDS_read_html := $(CURDIR)/tests/fixtures $(wildcard $(CURDIR)/../shared/gold/seed $(CURDIR)/../shared/corpus/readability)
# Pasted text: our synthetic reports (and, in place, the shared gold texts; each file is one seed).
FUZZ_SEEDS_read_plain := $(CURDIR)/tests/fixtures/actors $(CURDIR)/tests/fixtures/card $(wildcard $(CURDIR)/../shared/gold)
FUZZ_SEEDS ?= $(FUZZ_SEEDS_$(FUZZ_TARGET))
# Whole pages need room; pasted text is fuzzed in shorter pieces (the card makes long texts slow).
FUZZ_MAX_LEN_read_html := 65536
FUZZ_MAX_LEN_read_plain := 16384
FUZZ_MAX_LEN ?= $(FUZZ_MAX_LEN_$(FUZZ_TARGET))
fuzz:
	rustup toolchain list | grep -q nightly || rustup toolchain install nightly --profile minimal
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
	mkdir -p fuzz/corpus/$(FUZZ_TARGET)
	cargo +nightly fuzz run -s none $(FUZZ_TARGET) $(CURDIR)/fuzz/corpus/$(FUZZ_TARGET) $(FUZZ_SEEDS) -- \
		-dict=$(CURDIR)/fuzz/html.dict -max_len=$(FUZZ_MAX_LEN) -timeout=20 -rss_limit_mb=2048 -max_total_time=$(FUZZ_SECONDS) $(FUZZ_FLAGS)

clean:
	cargo clean
	rm -rf build dist .setup-done
