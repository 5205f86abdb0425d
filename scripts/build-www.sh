#!/usr/bin/env bash
# Assembles the static playground in dist/www: www/ plus the extension's reader UI module (copied, never
# forked) and the wasm package.
set -euo pipefail
cd "$(dirname "$0")/.."
PKG=build/pkg
[ -f "$PKG/klartext_bg.wasm" ] || { echo "build-www: $PKG missing; run 'make wasm'" >&2; exit 1; }
OUT=dist/www
rm -rf "$OUT"
mkdir -p "$OUT/reader"
cp -R www/. "$OUT/"
cp extension/reader/reader.js extension/reader/reader.css extension/reader/i18n.js extension/reader/engine.js "$OUT/reader/"
scripts/copy-glue.sh "$OUT"
echo "www: $(pwd)/$OUT"
