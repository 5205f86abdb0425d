#!/usr/bin/env bash
# Regenerates src/lang/de/names/known_words.txt: the 8 000 most frequent entries of the commonWords list
# of @zxcvbn-ts/language-de (MIT; German word frequencies from film subtitles), lowercase, alphabetic words of three letters or
# more, without any entry of the shared name lists (src/lang/names/: given, family names), so that a
# listed name never counts as a known word, and without words whose ending the rules read already
# (noun_suffixes and bare_common_endings of src/lang/de/actors.rs, "-e" and "-en" among them). Not part of the build: the list is committed as text.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=3.0.2
TOP=8000
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "@zxcvbn-ts/language-de@$VERSION" >/dev/null && tar xzf ./*.tgz)
out=src/lang/de/names/known_words.txt
{
  echo "# German words of every kind, lowercase: the $TOP most frequent of the commonWords list of @zxcvbn-ts/language-de $VERSION (MIT;"
  echo "# word frequencies of German film subtitles), words of three letters or more, without the entries of"
  echo "# src/lang/names/ (given names, family names) and without words whose ending the actor rules read"
  echo "# already (-e, -en, -ung, -lich, …). Made by scripts/make-known-words.sh; see README, Data sources."
  node -e '
    const fs = require("fs");
    const words = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    const TOP = Number(process.argv[2]);
    const names = new Set();
    for (const f of ["surnames", "given", "given_extra", "family_first"]) {
      for (const line of fs.readFileSync(`src/lang/names/${f}.txt`, "utf8").split("\n")) {
        if (line.trimStart().startsWith("#")) continue;
        for (const w of line.split(/\s+/)) if (w) names.add(w.toLowerCase());
      }
    }
    // The quoted lowercase words of two tables of the German actor lexicon.
    const actors = fs.readFileSync("src/lang/de/actors.rs", "utf8");
    const table = (name) => {
      const body = actors.slice(actors.indexOf(`${name}: &[`)).split("]")[0];
      return [...body.matchAll(/"(\p{Ll}+)"/gu)].map((m) => m[1]);
    };
    const endings = [...table("noun_suffixes"), ...table("bare_common_endings")];
    if (!endings.includes("e") || !endings.includes("en")) throw new Error("endings tables not found");
    // The list is ordered by frequency; its most frequent 8 000 entries are all that the GermEval
    // figures need (the rest measured no gain and cost 4 KB of gzipped wasm).
    const keep = [...new Set(words.slice(0, TOP))]
      .filter((w) => /^\p{L}+$/u.test(w) && [...w].length >= 3 && !names.has(w))
      // Words with an ending the rules read already (noun_suffixes, bare_common_endings in
      // src/lang/de/actors.rs, among them "-e" and "-en") would only cost wasm bytes.
      .filter((w) => !endings.some((e) => w.endsWith(e)))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    process.stdout.write(keep.join("\n") + "\n");
  ' "$tmp/package/src/commonWords.json" "$TOP"
} > "$out"
echo "wrote $out ($(grep -vc '^#' "$out") words)"
