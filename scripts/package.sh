#!/usr/bin/env bash
# Zips the built extension for the stores: dist/klartext-chrome.zip and dist/klartext-firefox.zip.
set -euo pipefail
cd "$(dirname "$0")/.."
pack() {
  local dir=$1 zip=$2
  rm -f "$zip"
  (cd "$dir" && python3 - "$OLDPWD/$zip" <<'PY'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for root, dirs, files in os.walk('.'):
        dirs.sort()
        for f in sorted(files):
            path = os.path.join(root, f)[2:]
            z.write(path, path)
PY
  )
  echo "package: $zip ($(stat -c %s "$zip") bytes)"
}
pack dist/extension dist/klartext-chrome.zip
pack dist/extension-firefox dist/klartext-firefox.zip
