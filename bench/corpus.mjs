// Times the JS-side engines page by page on one corpus and writes each page's text for the scorers:
//   wasm      Klartext's wasm build (build/pkg, --target web glue) called from Node: read(html, url).text
//   linkedom  Readability.js 0.6 on a linkedom DOM: parseHTML(html), new Readability(doc).parse()
//   jsdom     Readability.js 0.6 on a jsdom DOM:    new JSDOM(html, {url}), new Readability(doc).parse()
// Every timing includes parsing the HTML, as Klartext's does. The engines take turns on each page (in a
// rotating order, with a forced GC before each run) so a burst of load on this shared machine or one
// engine's garbage falls on all of them alike.
//   node --expose-gc bench/corpus.mjs MANIFEST OUT_DIR [SHARD/SHARDS] [engines, default wasm,linkedom,jsdom]
// writes OUT_DIR/<engine>/<id>.txt and OUT_DIR/js.<SHARD>.jsonl (one line per page and engine). With
// SHARDS > 1 each process takes every SHARDS-th page, so the run can use both cores of the machine.
import { mkdirSync, readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { JSDOM, VirtualConsole } from 'jsdom';
import readability from '@mozilla/readability';
import { loadPage, readManifest } from './lib/pages.mjs';

const { Readability } = readability;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = process.env.KLARTEXT_PKG || join(root, 'build/pkg');
const [manifest, out, shardArg = '0/1', engineList = 'wasm,linkedom,jsdom'] = process.argv.slice(2);
const [shard, shards] = shardArg.split('/').map(Number);
if (!manifest || !out || !(shards >= 1 && shard >= 0 && shard < shards)) {
  console.error('usage: node --expose-gc bench/corpus.mjs MANIFEST OUT_DIR [SHARD/SHARDS] [engines]');
  process.exit(2);
}

const glue = await import(join(pkg, 'klartext.js'));
glue.initSync({ module: readFileSync(join(pkg, 'klartext_bg.wasm')) });

const quietConsole = new VirtualConsole(); // jsdom would print every CSS it cannot parse

const ENGINES = {
  wasm: (html, url) => glue.read(html, url).text,
  linkedom: (html) => {
    const { document } = parseHTML(html);
    return new Readability(document).parse()?.textContent ?? '';
  },
  jsdom: (html, url) => {
    const dom = new JSDOM(html, { url, virtualConsole: quietConsole });
    const text = new Readability(dom.window.document).parse()?.textContent ?? '';
    return [text, dom];
  },
};

const engines = engineList.split(',').filter((e) => ENGINES[e]);
const gc = globalThis.gc ?? (() => {});
const pages = readManifest(manifest).filter((_, i) => i % shards === shard);
for (const e of engines) mkdirSync(join(out, e), { recursive: true });
const sink = createWriteStream(join(out, `js.${shard}.jsonl`));

function runOnce(engine, html, url) {
  let result;
  let error = null;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    result = ENGINES[engine](html, url);
  } catch (e) {
    error = `${e.name}: ${e.message}`.split('\n')[0];
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  let text = result ?? '';
  if (Array.isArray(result)) {
    text = result[0];
    result[1].window.close(); // outside the timing: jsdom's teardown is not part of extraction
  }
  if (!error && !text.trim()) error = 'no result'; // Readability's parse() gave null
  return { ms, cpu_ms: (cpu.user + cpu.system) / 1000, text, error };
}

// Warm the JIT on the first pages, as a browser tab has warmed its engine long before the click.
for (const page of pages.slice(0, 5)) {
  const html = loadPage(page);
  for (const e of engines) runOnce(e, html, page.url);
}

pages.forEach((page, i) => {
  const html = loadPage(page);
  const order = engines.map((_, k) => engines[(i + k) % engines.length]);
  for (const engine of order) {
    gc();
    const r = runOnce(engine, html, page.url);
    writeFileSync(join(out, engine, `${page.id}.txt`), r.text);
    sink.write(JSON.stringify({ id: page.id, engine, bytes: html.length, ms: r.ms, cpu_ms: r.cpu_ms, error: r.error }) + '\n');
  }
  if ((i + 1) % 50 === 0) process.stderr.write(`  ${out} [${shard}/${shards}]: ${i + 1}/${pages.length} pages\n`);
});
sink.end();
