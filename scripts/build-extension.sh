#!/usr/bin/env bash
# Assembles the unpacked extension from extension/ and the wasm package (build/pkg):
#   dist/extension          Chromium (background.service_worker, module)
#   dist/extension-firefox  Firefox  (background.scripts with type module, gecko id)
# One source; only the manifest differs.
set -euo pipefail
cd "$(dirname "$0")/.."
PKG=build/pkg
[ -f "$PKG/klartext_bg.wasm" ] || { echo "build-extension: $PKG missing; run 'make wasm'" >&2; exit 1; }

assemble() {
  local out=$1
  rm -rf "$out"
  mkdir -p "$out/pkg"
  cp -R extension/. "$out/"
  cp "$PKG/klartext.js" "$PKG/klartext_bg.wasm" "$out/pkg/"
}

assemble dist/extension
assemble dist/extension-firefox
node --input-type=module - dist/extension-firefox/manifest.json <<'JS'
import { readFileSync, writeFileSync } from 'node:fs';
const file = process.argv[2];
const m = JSON.parse(readFileSync(file, 'utf8'));
m.background = { scripts: ['background.js'], type: 'module' };
m.browser_specific_settings = {
  gecko: { id: 'klartext@klartext.invalid', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
};
writeFileSync(file, `${JSON.stringify(m, null, 2)}\n`);
JS
echo "extension: $(pwd)/dist/extension (Chromium), $(pwd)/dist/extension-firefox (Firefox)"
