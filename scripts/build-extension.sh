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
  mkdir -p "$out"
  cp -R extension/. "$out/"
  scripts/copy-glue.sh "$out"
  # The reader page is loaded anew on every click: its script is one bundled module and its CSS is
  # inlined, so it costs two fetches instead of seven (reader.css stays for the saved HTML files).
  node scripts/bundle.mjs extension/reader/page.js "$out/reader/page.js"
  node --input-type=module - "$out/reader" <<'JS'
import { readFileSync, writeFileSync } from 'node:fs';
const dir = process.argv[2];
const html = readFileSync(`${dir}/reader.html`, 'utf8').replace(/<link rel="stylesheet" href="([\w.-]+)">/g,
  (_, file) => `<style>\n${readFileSync(`${dir}/${file}`, 'utf8')}</style>`);
if (html.includes('<link rel="stylesheet"')) throw new Error('build-extension: a stylesheet was not inlined');
writeFileSync(`${dir}/reader.html`, html);
JS
  rm "$out/reader/page.css"
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
