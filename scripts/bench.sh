#!/usr/bin/env bash
# `make bench`: prints Markdown tables (and keeps them in target/bench/report.md). Not a test.
#   1. extraction speed and quality on ../shared's corpora: Klartext native (in-process), Klartext wasm
#      in Node, Readability.js 0.6 with linkedom and with jsdom; the wasm's gzipped size; the card's share
#   2. scaling of read() on synthetic pages from 10 KB to 20 MB and pathological shapes (time, peak heap)
#   3. click-to-reader in Chromium: Klartext's wasm vs Readability.js on the readability corpus
# Needs `make build` (build/pkg). Corpus parts are skipped with a message when ../shared is absent.
# BENCH_JOBS (default 2) JS processes share the corpus pages; BENCH_SKIP="corpus scale browser" skips parts;
# BENCH_PAGES=N takes the first N pages of each corpus (a smoke run: its quality scores are not comparable);
# BENCH_JSDOM=all also runs Readability.js + jsdom, the slowest engine by far, on the trafilatura corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

SHARED=../shared
OUT=${BENCH_OUT:-target/bench}
PKG=build/pkg
JOBS=${BENCH_JOBS:-2}
SKIP=" ${BENCH_SKIP:-} "
BIN=target/bench-native/examples/bench
start=$SECONDS

if [ ! -f "$PKG/klartext_bg.wasm" ]; then
  echo "bench: $PKG/klartext_bg.wasm is missing; run 'make build' first" >&2
  exit 1
fi
echo "== bench: building the native bench binary (profile bench-native)" >&2
cargo build --quiet --profile bench-native --example bench
rm -rf "$OUT"
mkdir -p "$OUT"

report() { tee -a "$OUT/report.md"; }
{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo '+changes'), load average at start $(cut -d' ' -f1-3 /proc/loadavg); Node $(node --version)."
  echo
} | report

if [[ "$SKIP" == *" corpus "* ]]; then
  node bench/report.mjs "$OUT" "$PKG/klartext_bg.wasm" | report
elif [ -d "$SHARED/corpus" ]; then
  echo "== bench: corpora (native, then $JOBS JS processes: wasm, linkedom, jsdom)" >&2
  node bench/manifest.mjs "$SHARED" "$OUT" ${BENCH_PAGES:-} >&2
  for corpus in readability trafilatura; do
    "$BIN" corpus "$OUT/$corpus.tsv" "$OUT/$corpus/native" "$OUT/$corpus/native.jsonl"
    engines=wasm,linkedom,jsdom
    [[ $corpus == trafilatura && ${BENCH_JSDOM:-} != all ]] && engines=wasm,linkedom
    pids=()
    for ((k = 0; k < JOBS; k++)); do
      node --expose-gc bench/corpus.mjs "$OUT/$corpus.tsv" "$OUT/$corpus" "$k/$JOBS" "$engines" & pids+=($!)
    done
    for pid in "${pids[@]}"; do wait "$pid"; done
  done
  for engine in native wasm linkedom jsdom; do
    if [ -d "$OUT/readability/$engine" ]; then
      python3 "$SHARED/tools/score_sh.py" "$OUT/readability/$engine" --gt "$SHARED/corpus/readability/ground-truth.json" \
        --n-bootstrap 0 --json "$OUT/readability/score.$engine.json" >/dev/null
    fi
    if [ -d "$OUT/trafilatura/$engine" ]; then
      python3 "$SHARED/tools/score_tf.py" "$OUT/trafilatura/$engine" --evaldata "$SHARED/corpus/trafilatura/evaldata.json" \
        --json "$OUT/trafilatura/score.$engine.json" >/dev/null
    fi
  done
  {
    echo "### Extraction: speed and quality"
    echo
    node bench/report.mjs "$OUT" "$PKG/klartext_bg.wasm"
    echo
  } | report
else
  echo "SKIP corpus and browser benches: $SHARED is absent (the corpora are not part of the repo)" | report
  node bench/report.mjs "$OUT" "$PKG/klartext_bg.wasm" | report
fi

if [[ "$SKIP" != *" scale "* ]]; then
  echo "== bench: scaling (each case in its own process)" >&2
  {
    echo "### Scaling of read() (native, synthetic pages)"
    echo
    "$BIN" scale
    echo
  } | report
fi

if [[ "$SKIP" != *" browser "* && -d "$SHARED/corpus" ]]; then
  [ -f "$OUT/readability.tsv" ] || node bench/manifest.mjs "$SHARED" "$OUT" ${BENCH_PAGES:-} >&2
  if [ -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
    echo "== bench: click-to-reader in Chromium" >&2
    {
      echo "### Click to reader view in Chromium (readability corpus, served from 127.0.0.1)"
      echo
      node bench/browser.mjs "$OUT/readability.tsv" "$PKG"
      echo
    } | report
  else
    echo "SKIP click-to-reader: no Chromium at ${CHROMIUM:-/usr/bin/chromium} (make setup installs it)" | report
  fi
fi
echo "Command: \`make bench\` ($((SECONDS - start)) s). Tables kept in $OUT/report.md." | report
