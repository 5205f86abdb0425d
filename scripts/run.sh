#!/usr/bin/env bash
# Serves the playground (dist/www) on 127.0.0.1:PORT and says where the unpacked extension is.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-${PORT:-8080}}
echo
echo "Unpacked extension (Chromium: chrome://extensions > Developer mode > Load unpacked):"
echo "  $(pwd)/dist/extension"
echo "Firefox (about:debugging > This Firefox > Load Temporary Add-on > manifest.json):"
echo "  $(pwd)/dist/extension-firefox"
echo
echo "Playground: http://127.0.0.1:$PORT/   (Ctrl+C stops it)"
exec node tests/e2e/server.js dist/www "$PORT"
