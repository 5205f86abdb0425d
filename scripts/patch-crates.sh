#!/usr/bin/env bash
# Prepares the crates that Cargo.toml's [patch.crates-io] points at, under build/patched/<crate>: the
# crates.io release, checked against its published sha256 (taken from cargo's download cache when it is
# there, downloaded otherwise), with our change from patches/<crate>-<version>.patch applied. The
# repository holds only the change. Idempotent: redone only when the patch or the release changes.
# Called by scripts/setup.sh (make setup); cargo cannot build the workspace before it has run.
set -euo pipefail
cd "$(dirname "$0")/.."

patched() { # crate version sha256
  local crate=$1 version=$2 sum=$3
  local patch="$PWD/patches/$crate-$version.patch" dest="build/patched/$crate"
  local stamp="$crate-$version $sum $(sha256sum "$patch" | cut -d' ' -f1)"
  [ "$(cat "$dest/.klartext-patched" 2>/dev/null)" = "$stamp" ] && return 0
  local tmp
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  local cached
  cached=$(ls "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/"$crate-$version.crate" 2>/dev/null | head -1 || true)
  if [ -n "$cached" ] && echo "$sum  $cached" | sha256sum -c --quiet - 2>/dev/null; then
    cp "$cached" "$tmp/crate.tar.gz"
  else
    curl -sSfL --retry 3 -o "$tmp/crate.tar.gz" "https://static.crates.io/crates/$crate/$crate-$version.crate"
    echo "$sum  $tmp/crate.tar.gz" | sha256sum -c --quiet - || { echo "patch-crates: $crate $version: checksum mismatch" >&2; return 1; }
  fi
  tar -xzf "$tmp/crate.tar.gz" -C "$tmp"
  (cd "$tmp/$crate-$version" && git apply -p1 "$patch")
  rm -rf "$dest"
  mkdir -p build/patched
  mv "$tmp/$crate-$version" "$dest"
  echo "$stamp" >"$dest/.klartext-patched"
  echo "patch-crates: $crate $version patched into $dest"
}

# html5ever's atoms: the named character references as a bisected sorted table instead of a phf map of
# every prefix of every name (~70 KB less gzipped wasm; same answers). See patches/README.md.
patched web_atoms 0.3.0 7572660c8890448ba236b7376f27e389c6a7e1c70195622faced601f855c0ada
