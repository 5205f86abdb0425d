#!/usr/bin/env bash
# Copies the wasm package (build/pkg: the wasm-bindgen `--target web` glue and the wasm) into DEST/pkg and
# adds one export to the glue: `__klartext_reset()`, which forgets the current instance so that the next
# `init` builds a fresh one. The glue allows one instance per module and a service worker cannot import
# a second copy (no import() there), yet after a trap the instance must be replaced (reader/engine.js).
#   scripts/copy-glue.sh DEST
set -euo pipefail
cd "$(dirname "$0")/.."
PKG=build/pkg
DEST=$1/pkg
mkdir -p "$DEST"
cp "$PKG/klartext_bg.wasm" "$DEST/"
glue="$PKG/klartext.js"
# The reset touches the glue's two module-level variables; if wasm-bindgen renames them, fail here
# rather than ship an engine that cannot recover.
grep -q '^let wasmModule, wasmInstance, wasm;$' "$glue" && grep -q '^let __wbg_init_promise;$' "$glue" || {
  echo "copy-glue: $glue no longer declares 'wasm' / '__wbg_init_promise' as expected (wasm-bindgen changed?)" >&2
  exit 1
}
{
  cat "$glue"
  printf '\n// Added by scripts/copy-glue.sh: drop the instance; the next init instantiates afresh.\n'
  printf 'export function __klartext_reset() { wasm = undefined; wasmInstance = undefined; __wbg_init_promise = undefined; }\n'
} > "$DEST/klartext.js"
