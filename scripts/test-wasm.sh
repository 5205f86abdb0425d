#!/usr/bin/env bash
# Runs the Rust core's wasm-bindgen-test suite (tests/wasm.rs) in headless Chromium through
# chromedriver, as root-safe (--no-sandbox, see tests/wasm-webdriver.json).
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="${KLARTEXT_TOOLS:-$HOME/.cache/klartext-tools}"
export PATH="$TOOLS/bin:$HOME/.cargo/bin:$PATH"
export WASM_BINDGEN_USE_BROWSER=1
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver || echo /usr/bin/chromedriver)}"
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/tests/wasm-webdriver.json"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
cargo test --target wasm32-unknown-unknown --test wasm
