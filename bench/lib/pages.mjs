// Page loading shared by the Node benches. The decoding rule is the same as the Rust bench's
// (examples/bench/corpus.rs) so every engine reads identical text: UTF-8 (BOM dropped) when valid,
// else ISO-8859-1.
import { readFileSync } from 'node:fs';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decode(bytes) {
  try {
    return utf8.decode(bytes);
  } catch {
    return Buffer.from(bytes).toString('latin1');
  }
}

/** Manifest lines `id<TAB>path<TAB>url` -> [{id, path, url}]. */
export function readManifest(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [id, file, url] = line.split('\t');
      return { id, path: file, url };
    });
}

export function loadPage(page) {
  return decode(readFileSync(page.path));
}

export function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}
