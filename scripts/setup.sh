#!/usr/bin/env bash
# Installs everything the build and the tests need. Idempotent: each step checks before it installs.
#   rustup targets and components, the patched crates (scripts/patch-crates.sh), the pinned
#   wasm-bindgen CLI (cached outside the repo),
#   npm packages (binaryen's wasm-opt, playwright-core, Readability.js for the benchmark, web-ext),
#   Debian's chromium + chromium-driver, xvfb + xdotool, firefox-esr (browser tests).
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
TOOLS="${KLARTEXT_TOOLS:-$HOME/.cache/klartext-tools}"
export PATH="$TOOLS/bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n== setup: %s\n' "$*"; }

step "rust targets and components"
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
rustup component list --installed | grep -q '^clippy' || rustup component add clippy

step "patched crates (patches/)"
scripts/patch-crates.sh

step "wasm-bindgen CLI $WASM_BINDGEN_VERSION"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  # No --locked: its lockfile pins a webpki-roots version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --root "$TOOLS"
fi

step "npm packages"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

step "browsers"
if [ -z "${KLARTEXT_NO_BROWSER:-}" ] && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v xvfb-run >/dev/null || ! command -v xdotool >/dev/null || ! command -v firefox-esr >/dev/null; }; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver xvfb xdotool firefox-esr >/dev/null
fi
echo "setup: done"
