// Click-to-reader in Chromium (issue #4): the readability corpus pages are served from 127.0.0.1 and,
// on each loaded page, the "click" is timed until the reader view is laid out.
//   Klartext        the extension's path: the page's HTML (documentElement.outerHTML) goes by message to
//                   a long-lived worker holding the wasm (a SharedWorker kept alive by a second tab stands
//                   in for the extension's service worker), read() runs there, the reading comes back and
//                   the reader (article + card) replaces the page.
//   Readability.js  Firefox's path: document.cloneNode(true), new Readability(clone).parse(), the same
//                   reader rendering.
// Both end at the same point: the reader's DOM is in place and style and layout have been forced.
// Every external request is aborted, so the pages load from the local server alone.
//   node bench/browser.mjs MANIFEST [PKG_DIR]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { quantile, readManifest } from './lib/pages.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [manifest, pkgArg] = process.argv.slice(2);
const pkg = resolve(pkgArg || join(root, 'build/pkg'));
const pages = readManifest(manifest);
const byId = new Map(pages.map((p) => [p.id, p]));

const WORKER = `
import init, { read } from '/pkg/klartext.js';
const ready = init();
onconnect = (event) => {
  const port = event.ports[0];
  port.onmessage = async ({ data }) => {
    await ready;
    if (data.ping) return port.postMessage({ pong: true });
    const t = performance.now();
    let reading = null, error = null;
    try { reading = read(data.html, data.url); } catch (e) { error = e.name + ': ' + e.message; }
    port.postMessage({ reading, error, readMs: performance.now() - t });
  };
};`;
const CONNECT = `
window.__kt = new Promise((done) => {
  const worker = new SharedWorker('/kt-worker.mjs', { type: 'module', name: 'klartext' });
  worker.port.onmessage = () => done(worker.port);
  worker.port.postMessage({ ping: true });
});`;
const KEEPER = `<!doctype html><title>keeper</title><script>${CONNECT}</script>`;

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const send = (type, body) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  try {
    if (url.pathname.startsWith('/p/')) {
      return send('text/html', readFileSync(byId.get(url.pathname.slice(3)).path));
    }
    if (url.pathname.startsWith('/pkg/')) {
      const file = url.pathname.slice(5).replace(/[^\w.-]/g, '');
      return send(TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream', readFileSync(join(pkg, file)));
    }
    if (url.pathname === '/kt-worker.mjs') return send('text/javascript', WORKER);
    if (url.pathname === '/keeper') return send('text/html', KEEPER);
    if (url.pathname === '/readability.js') {
      return send('text/javascript', readFileSync(join(root, 'node_modules/@mozilla/readability/Readability.js')));
    }
  } catch {
    /* fall through to 404 */
  }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext();
await context.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
const keeper = await context.newPage();
await keeper.goto(`${base}/keeper`);
await keeper.evaluate(() => window.__kt);
const page = await context.newPage();

// The reader both engines render: title, byline, (Klartext's card,) the article. Runs in the page.
function installRenderer() {
  const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  window.__render = ({ title, byline, content, card }) => {
    let cardHtml = '';
    if (card) {
      const li = (xs) => xs.map((x) => `<li>${x}</li>`).join('');
      cardHtml = `<section class="card"><ul>${li(card.summary.map(esc))}</ul><ul>${li(
        card.actors.map((a) => `${esc(a.name)}${a.role ? `, ${esc(a.role)}` : ''}`),
      )}</ul><ul>${li(card.quotes.map((q) => `„${esc(q.text)}“ ${esc(q.speaker)}`))}</ul></section>`;
    }
    document.documentElement.innerHTML =
      `<head><meta charset="utf-8"><title>${esc(title)}</title><style>body{max-width:40em;margin:auto;font:18px/1.6 serif}` +
      `img{max-width:100%}</style></head><body><main><h1>${esc(title)}</h1><p>${esc(byline)}</p>${cardHtml}` +
      `<article>${content ?? '<p>No article found.</p>'}</article></main></body>`;
    return document.body.getBoundingClientRect().height; // forces style and layout
  };
}

async function klartext() {
  await page.evaluate(CONNECT);
  await page.evaluate(installRenderer);
  return page.evaluate(async () => {
    const port = await window.__kt;
    const t0 = performance.now();
    const html = document.documentElement.outerHTML;
    const t1 = performance.now();
    const reply = await new Promise((done) => {
      port.onmessage = ({ data }) => done(data);
      port.postMessage({ html, url: location.href });
    });
    const t2 = performance.now();
    const r = reply.reading;
    window.__render(r ? { title: r.title, byline: r.byline, content: r.html, card: r.card } : { title: document.title });
    const t3 = performance.now();
    return { total: t3 - t0, serialize: t1 - t0, read: reply.readMs, roundTrip: t2 - t1, render: t3 - t2, ok: !!r };
  });
}

async function readability() {
  await page.addScriptTag({ url: `${base}/readability.js` });
  await page.evaluate(installRenderer);
  return page.evaluate(() => {
    const t0 = performance.now();
    const clone = document.cloneNode(true);
    const t1 = performance.now();
    const article = new Readability(clone).parse();
    const t2 = performance.now();
    window.__render(article ? { title: article.title, byline: article.byline, content: article.content } : { title: document.title });
    const t3 = performance.now();
    return { total: t3 - t0, clone: t1 - t0, parse: t2 - t1, render: t3 - t2, ok: !!article };
  });
}

const ENGINES = { klartext, readability };
const results = { klartext: [], readability: [] };
const WARMUP = 5;
const list = [...pages.slice(0, WARMUP), ...pages];
for (const [i, p] of list.entries()) {
  const order = i % 2 ? ['readability', 'klartext'] : ['klartext', 'readability'];
  for (const engine of order) {
    try {
      await page.goto(`${base}/p/${p.id}`, { waitUntil: 'load', timeout: 30000 });
      const r = await ENGINES[engine]();
      if (i >= WARMUP) results[engine].push({ id: p.id, ...r });
    } catch (e) {
      if (i >= WARMUP) results[engine].push({ id: p.id, total: NaN, ok: false, error: e.message.split('\n')[0] });
    }
  }
  if ((i + 1) % 25 === 0) process.stderr.write(`  browser: ${i + 1}/${list.length} pages\n`);
}
await browser.close();
server.close();

const sorted = (xs) => xs.filter(Number.isFinite).sort((a, b) => a - b);
const med = (rows, k) => quantile(sorted(rows.map((r) => r[k])), 0.5);
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const k = results.klartext;
const r = results.readability;
console.log(`| engine (Chromium ${browser.version()}, ${k.length} pages) | median ms | p95 ms | no article | median of the parts (ms) |`);
console.log('|---|---:|---:|---:|---|');
console.log(
  `| Klartext (wasm in a worker) | ${fmt(med(k, 'total'))} | ${fmt(quantile(sorted(k.map((x) => x.total)), 0.95))} | ${k.filter((x) => !x.ok).length} | ` +
    `serialise ${fmt(med(k, 'serialize'))}, read() ${fmt(med(k, 'read'))}, message round trip incl. read() ${fmt(med(k, 'roundTrip'))}, render ${fmt(med(k, 'render'))} |`,
);
console.log(
  `| Readability.js 0.6 (in the page) | ${fmt(med(r, 'total'))} | ${fmt(quantile(sorted(r.map((x) => x.total)), 0.95))} | ${r.filter((x) => !x.ok).length} | ` +
    `clone ${fmt(med(r, 'clone'))}, parse() ${fmt(med(r, 'parse'))}, render ${fmt(med(r, 'render'))} |`,
);
const kp95 = quantile(sorted(k.map((x) => x.total)), 0.95);
const rmed = med(r, 'total');
console.log('');
console.log(`- Klartext p95 ${fmt(kp95)} ms vs Readability.js median ${fmt(rmed)} ms, target p95 < median: ${kp95 < rmed ? 'met' : '**missed**'}`);
const failed = [...k, ...r].filter((x) => x.error);
if (failed.length) console.log(`- ${failed.length} runs failed, e.g. ${failed[0].id}: ${failed[0].error}`);
