#!/usr/bin/env bash
# Browser end-to-end tests (expects `make build` done: dist/extension, dist/extension-firefox, dist/www):
#   1. web-ext lint on the Firefox build (offline)
#   2. node --test tests/e2e: the extension in Chromium (toolbar click via CDP; Alt+Shift+K and the
#      context menu under Xvfb with xdotool), the playground, and a Firefox smoke test over WebDriver
#      BiDi (skipped when firefox-esr is not installed).
# Screenshots land in test-results/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
for d in dist/extension dist/extension-firefox dist/www; do
  [ -d "$d" ] || { echo "test-e2e: $d missing; run 'make build'" >&2; exit 1; }
done
echo "== web-ext lint (Firefox build)"
web-ext lint --source-dir dist/extension-firefox --no-input
echo "== browser tests"
mkdir -p test-results
# Under Xvfb the headed keyboard-shortcut test runs too; without it that one test skips itself.
RUN=()
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then RUN=(xvfb-run -a); fi
"${RUN[@]}" node --test --test-concurrency=1 --test-timeout=420000 --test-reporter=spec tests/e2e/
