#!/usr/bin/env bash
# Regenerates src/lang/de/names/known_words.txt: the commonWords list of @zxcvbn-ts/language-de
# (MIT; German word frequencies from film subtitles), lowercase, alphabetic words of three letters or
# more, without any entry of the shared name lists (src/lang/names/: given, family names), so that a
# listed name never counts as a known word, and without words in "-e" or "-en", whose endings the
# bare-word rules read already. Not part of the build: the list is committed as text.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=3.0.2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "@zxcvbn-ts/language-de@$VERSION" >/dev/null && tar xzf ./*.tgz)
out=src/lang/de/names/known_words.txt
{
  echo "# German words of every kind, lowercase: the commonWords list of @zxcvbn-ts/language-de $VERSION (MIT;"
  echo "# word frequencies of German film subtitles), words of three letters or more, without the entries of"
  echo "# src/lang/names/ (given names, family names) and without words in -e or -en. Made by"
  echo "# scripts/make-known-words.sh; see README, Data sources."
  node -e '
    const fs = require("fs");
    const words = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    const names = new Set();
    for (const f of ["surnames", "given", "given_extra", "family_first"]) {
      for (const line of fs.readFileSync(`src/lang/names/${f}.txt`, "utf8").split("\n")) {
        if (line.trimStart().startsWith("#")) continue;
        for (const w of line.split(/\s+/)) if (w) names.add(w.toLowerCase());
      }
    }
    const keep = [...new Set(words)]
      .filter((w) => /^\p{L}+$/u.test(w) && [...w].length >= 3 && !names.has(w))
      // The bare-word rules read "-e" and "-en" as endings of common words already
      // (bare_common_endings in src/lang/de/actors.rs): such words would only cost wasm bytes.
      .filter((w) => !w.endsWith("e") && !w.endsWith("en"))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    process.stdout.write(keep.join("\n") + "\n");
  ' "$tmp/package/src/commonWords.json"
} > "$out"
echo "wrote $out ($(grep -vc '^#' "$out") words)"
