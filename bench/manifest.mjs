// Writes the page lists the benches share: OUT/readability.tsv and OUT/trafilatura.tsv, lines
// `id<TAB>path<TAB>url`. The id is what the scorers expect as the prediction file name.
//   node bench/manifest.mjs SHARED_DIR OUT_DIR [LIMIT]   (LIMIT: first N pages of each, for a smoke run)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [shared, out] = process.argv.slice(2, 4).map((p) => resolve(p));
const limit = Number(process.argv[4]) || Infinity;
mkdirSync(out, { recursive: true });

// Readability's own tests parse every page as if served from this address.
const READABILITY_URL = 'http://fakehost/test/page.html';
const rdir = join(shared, 'corpus/readability');
const readability = readdirSync(rdir)
  .filter((id) => existsSync(join(rdir, id, 'source.html')))
  .sort()
  .slice(0, limit)
  .map((id) => [id, join(rdir, id, 'source.html'), READABILITY_URL].join('\t'));
writeFileSync(join(out, 'readability.tsv'), readability.join('\n') + '\n');

const tdir = join(shared, 'corpus/trafilatura');
const evaldata = JSON.parse(readFileSync(join(tdir, 'evaldata.json'), 'utf8'));
const trafilatura = Object.entries(evaldata)
  .map(([url, item]) => [item.file.replace(/\.html$/, ''), join(tdir, 'pages', item.file), url])
  .filter(([, path]) => existsSync(path))
  .slice(0, limit)
  .map((f) => f.join('\t'));
writeFileSync(join(out, 'trafilatura.tsv'), trafilatura.join('\n') + '\n');
console.log(`manifest: ${readability.length} readability pages, ${trafilatura.length} trafilatura pages`);
