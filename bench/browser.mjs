// Click-to-reader in Chromium (issue #4): the readability corpus pages are served from 127.0.0.1 and,
// on each loaded page, the "click" is timed until the reader view is laid out.
//   Klartext extension  the real thing, when dist/extension exists (make build): its toolbar button is
//                       clicked (CDP Extensions.triggerAction). Click-to-reader = from just before that
//                       CDP call (the bench's clock) until the reader frame has the article (or the "no
//                       article" message) in its DOM with style and layout done (the frame stamps it,
//                       `klartextTimings.shown`; all processes read the same epoch clock). Everything a
//                       user waits for is inside: the click reaching the background, grabbing the HTML,
//                       mounting the iframe, read() on the background's warm engine, the iframe's load,
//                       the message with the reading, rendering article and card. Paint is not included
//                       (nor is it for Readability.js). The per-stage table comes from the same stamps.
//                       Warm: the worker is alive from the click before; a "cold" line stops the
//                       worker first (Chromium does so itself after ~30 s idle).
//   Floor               a copy of the extension whose background does not read and whose reader page
//                       only stamps, clicked the same way: what the click path and an extension iframe
//                       cost by themselves, the floor of any reader that (as issue #4 requires) lives in
//                       an extension page rather than in the page's own DOM.
//   Klartext warm wasm  the engine kept warm: the page's HTML goes by message to a long-lived worker
//                       holding the wasm (a SharedWorker kept alive by a second tab), read() runs there,
//                       the reading comes back and a minimal reader (article + card) replaces the page.
//   Readability.js      Firefox's path, in the page: document.cloneNode(true), new Readability(clone)
//                       .parse(), the same minimal reader.
// Each ends when the reader's DOM is in place and style and layout have been forced. Every host but
// 127.0.0.1 resolves to nothing, so the pages load from the local server alone.
//   node bench/browser.mjs MANIFEST [PKG_DIR]
// Env: BENCH_ENGINES=extension,floor,klartext,readability (a subset), BENCH_EXTENSION=DIR (another unpacked build, e.g.
// an older one for before/after), BENCH_COLD=N (cold clicks, default 10), BENCH_ROWS=1 (rows on stderr).
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

// BENCH_EXTENSION=DIR measures another unpacked build (e.g. an older one, for before/after figures).
const EXT = resolve(process.env.BENCH_EXTENSION || join(root, 'dist/extension'));
const hasExtension = existsSync(join(EXT, 'manifest.json')) && !process.env.BENCH_NO_EXTENSION;
// The floor of any reader shown in an extension iframe: a copy of the build whose background does not
// read and whose reader page only stamps its timings. Clicked like the real one, it measures what the
// click path and the iframe alone cost, with a zero-cost engine and no rendering.
function floorBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'klartext-floor-'));
  cpSync(EXT, dir, { recursive: true });
  const patch = (file, from, to) => {
    const text = readFileSync(join(dir, file), 'utf8');
    if (!from.test(text)) throw new Error(`floor build: ${from} not found in ${file}`);
    writeFileSync(join(dir, file), text.replace(from, to));
  };
  patch('background.js', /await engine\.read\([^;]*\);/, "({ error: 'floor' });");
  patch('manifest.json', /"name":\s*"[^"]*"/, '"name": "Klartext floor"');
  writeFileSync(join(dir, 'reader/floor.js'), `const now = () => performance.timeOrigin + performance.now();
globalThis.klartextTimings = { frameStart: performance.timeOrigin, script: now() };
globalThis.klartextTimings.shown = now();
document.documentElement.dataset.state = 'reader';`);
  writeFileSync(join(dir, 'reader/reader.html'), '<!DOCTYPE html><meta charset="utf-8"><script type="module" src="floor.js"></script>');
  return dir;
}
const FLOOR = hasExtension ? floorBuild() : null;
const profile = mkdtempSync(join(tmpdir(), 'klartext-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 860 },
  args: [
    ...(hasExtension ? [`--disable-extensions-except=${EXT},${FLOOR}`, `--load-extension=${EXT},${FLOOR}`] : []),
    '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});
let extId = null;
let floorId = null;
if (hasExtension) {
  const deadline = Date.now() + 15000;
  while (context.serviceWorkers().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  for (const sw of context.serviceWorkers()) {
    const name = await sw.evaluate(() => chrome.runtime.getManifest().name);
    if (name === 'Klartext floor') floorId = new URL(sw.url()).host;
    else extId = new URL(sw.url()).host;
  }
  if (!extId || !floorId) throw new Error('the extension and its floor copy did not both start');
}
const keeper = await context.newPage();
await keeper.goto(`${base}/keeper`);
await keeper.evaluate(() => window.__kt);
const page = context.pages().find((p) => p !== keeper) ?? (await context.newPage());
await page.bringToFront(); // the toolbar click acts on the active tab
let cdp = null;
let tabTarget = null;

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

async function extension(id = extId) {
  // Chromium grants activeTab to a CDP-triggered click reliably only once the page's network is idle.
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
  cdp ??= await context.browser().newBrowserCDPSession(); // Extensions.* needs the browser session
  if (!tabTarget) {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] });
    tabTarget = targetInfos.find((t) => t.type === 'tab' && t.url === page.url())?.targetId;
    if (!tabTarget) throw new Error('no tab target');
  }
  const prefix = `chrome-extension://${id}/reader/reader.html`;
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    const t0 = performance.timeOrigin + performance.now();
    await cdp.send('Extensions.triggerAction', { id, targetId: tabTarget });
    const deadline = Date.now() + 8000;
    let frame = null;
    while (!frame && Date.now() < deadline) {
      frame = page.frames().find((f) => f.url().startsWith(prefix));
      if (!frame) await new Promise((r) => setTimeout(r, 5));
    }
    if (!frame) continue; // the click reached the extension without the activeTab grant: click again
    // The reader page stamps each stage itself (epoch ms; every process reads the same clock), the
    // last one, `shown`, once the article (or the message) is in its DOM with style and layout done.
    // html[data-state] is set once the card is in too; `shown` was stamped when the article was. (A
    // build without stamps is timed by polling html[data-state] every 5 ms instead.)
    const handle = await frame.waitForFunction(
      () => document.documentElement.dataset.state && (globalThis.klartextTimings?.shown ?? (document.body?.getBoundingClientRect(), performance.timeOrigin + performance.now())),
      null,
      { timeout: Math.max(1, deadline - Date.now()), polling: 5 },
    );
    const shown = await handle.jsonValue();
    const { timings, state, nav } = await frame.evaluate((detail) => ({
      timings: globalThis.klartextTimings ?? {},
      state: document.documentElement.dataset.state,
      // BENCH_ROWS=1: the frame's own loading, for diagnosis (ms from its navigation start).
      nav: detail ? [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]
        .map((e) => `${e.name.split('/').pop()} ${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)}${e.domInteractive ? ` interactive ${e.domInteractive.toFixed(0)}` : ''}`) : undefined,
    }), Boolean(process.env.BENCH_ROWS));
    timings.shown ??= shown;
    return { total: timings.shown - t0, ok: state === 'reader', ...stages(t0, timings), nav };
  }
  throw new Error('the reader frame did not appear');
}

// The click's path, stage by stage (ms). The frame loads while the background reads, so the stages
// after `mounted` run on two tracks: background (htmlBack, engineWait, read) and frame (frameNav,
// frameScript); `waitReading` is what the frame still waited for the reading after its script ran.
function stages(t0, t) {
  const d = (a, b) => (Number.isFinite(a) && Number.isFinite(b) ? b - a : NaN);
  return {
    toBackground: d(t0, t.clicked), // CDP click until the background's onClicked runs
    inject: d(t.clicked, t.inPage), // executeScript until the injected function runs in the page
    outerHTML: d(t.inPage, t.serialized),
    mount: d(t.serialized, t.mounted),
    htmlBack: d(t.mounted, t.grabbed), // the page's HTML travels to the background
    engineWait: d(t.grabbed, t.engineReady),
    read: d(t.engineReady, t.read),
    frameNav: d(t.mounted, t.frameStart), // iframe created until its navigation starts
    frameScript: d(t.frameStart, t.script), // HTML, CSS and module scripts of the reader page
    waitReading: d(t.script, t.received),
    afterRead: d(t.read, t.received), // reading done until the frame has it
    ask: d(t.asked, t.askArrived), // the frame's request reaches the background
    answer: d(t.replied, t.received), // the reading travels to the frame
    render: d(t.received, t.shown),
    // The two tracks' ends, from the click: the reader page's script runs / the reading is done.
    // `frameReady` is the floor of any reader in an extension iframe (before it shows anything).
    frameReady: d(t0, t.script),
    readDone: d(t0, t.read),
    htmlChars: t.htmlChars,
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

const ENGINES = { extension, floor: () => extension(floorId), klartext, readability };
// A stalled run (seen once: an evaluate that never returned) fails its row instead of the whole bench.
function bounded(promise, what, ms = 30000) {
  let timer;
  const stall = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`${what} stalled for ${ms} ms`)), ms); });
  return Promise.race([promise, stall]).finally(() => clearTimeout(timer));
}
// BENCH_ENGINES=extension,readability picks some (a quicker run).
const active = (hasExtension ? ['extension', 'floor', 'klartext', 'readability'] : ['klartext', 'readability'])
  .filter((e) => !process.env.BENCH_ENGINES || process.env.BENCH_ENGINES.split(',').includes(e));
const results = Object.fromEntries(active.map((e) => [e, []]));
const WARMUP = 5;
const list = [...pages.slice(0, WARMUP), ...pages];
for (const [i, p] of list.entries()) {
  const order = active.map((_, k) => active[(i + k) % active.length]);
  for (const engine of order) {
    try {
      await page.goto(`${base}/p/${p.id}`, { waitUntil: 'load', timeout: 30000 });
      const r = await bounded(ENGINES[engine](), `${engine} on ${p.id}`);
      if (i >= WARMUP) results[engine].push({ id: p.id, ...r });
    } catch (e) {
      if (i >= WARMUP) results[engine].push({ id: p.id, total: NaN, ok: false, error: e.message.split('\n')[0] });
    }
  }
  if ((i + 1) % 25 === 0) process.stderr.write(`  browser: ${i + 1}/${list.length} pages\n`);
}
// Cold clicks: Chromium stops an idle extension service worker after about 30 s, and the next click
// then starts it and compiles the wasm on the way. BENCH_COLD pages (default 10) are clicked right
// after the worker was stopped (CDP ServiceWorker.stopAllWorkers), reported on their own line.
const cold = [];
if (active.includes('extension')) {
  const session = await context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  for (const p of pages.slice(0, Number(process.env.BENCH_COLD ?? 10))) {
    try {
      await page.goto(`${base}/p/${p.id}`, { waitUntil: 'load', timeout: 30000 });
      await session.send('ServiceWorker.stopAllWorkers');
      cold.push({ id: p.id, ...(await bounded(extension(), `cold click on ${p.id}`)) });
      if (process.env.BENCH_ROWS) console.error('cold', JSON.stringify(cold.at(-1)));
    } catch (e) {
      cold.push({ id: p.id, total: NaN, ok: false, error: e.message.split('\n')[0] });
      if (process.env.BENCH_ROWS) console.error(e);
    }
  }
}
const version = (await page.evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/)?.[1] ?? '';
await context.close();
server.close();
rmSync(profile, { recursive: true, force: true });
if (FLOOR) rmSync(FLOOR, { recursive: true, force: true });

const sorted = (xs) => xs.filter(Number.isFinite).sort((a, b) => a - b);
const med = (rows, k) => quantile(sorted(rows.map((r) => r[k])), 0.5);
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const k = results.klartext ?? [];
const r = results.readability ?? [];
const x = results.extension;
const p95 = (rows) => quantile(sorted(rows.map((row) => row.total)), 0.95);
console.log(`| engine (Chromium ${version}, ${Math.max(k.length, r.length, x?.length ?? 0)} pages) | median ms | p95 ms | no article | median of the parts (ms) |`);
console.log('|---|---:|---:|---:|---|');
if (x) {
  console.log(
    `| Klartext extension (real click) | ${fmt(med(x, 'total'))} | ${fmt(p95(x))} | ${x.filter((y) => !y.ok).length} | ` +
      'grab HTML, reader iframe, read() in the warm background engine, render |',
  );
}
const f = results.floor;
if (f?.length) {
  console.log(
    `| Floor: the same click into an extension iframe that only stamps (no engine, no rendering) | ${fmt(med(f, 'total'))} | ${fmt(p95(f))} | – | ` +
      `iframe navigation to its script (frameScript) ${fmt(med(f, 'frameScript'))} |`,
  );
}
if (cold.length) {
  console.log(
    `| Klartext extension, cold (worker stopped before the click; ${cold.length} pages) | ${fmt(med(cold, 'total'))} | ${fmt(p95(cold))} | ${cold.filter((y) => !y.ok).length} | ` +
      `of which starting the worker and the engine (engineWait) ${fmt(med(cold, 'engineWait'))} |`,
  );
}
if (k.length) console.log(
  `| Klartext, warm wasm in a worker | ${fmt(med(k, 'total'))} | ${fmt(quantile(sorted(k.map((x) => x.total)), 0.95))} | ${k.filter((x) => !x.ok).length} | ` +
    `serialise ${fmt(med(k, 'serialize'))}, read() ${fmt(med(k, 'read'))}, message round trip incl. read() ${fmt(med(k, 'roundTrip'))}, render ${fmt(med(k, 'render'))} |`,
);
if (r.length) console.log(
  `| Readability.js 0.6 (in the page) | ${fmt(med(r, 'total'))} | ${fmt(quantile(sorted(r.map((x) => x.total)), 0.95))} | ${r.filter((x) => !x.ok).length} | ` +
    `clone ${fmt(med(r, 'clone'))}, parse() ${fmt(med(r, 'parse'))}, render ${fmt(med(r, 'render'))} |`,
);
if (x?.length) {
  const keys = ['toBackground', 'inject', 'outerHTML', 'mount', 'htmlBack', 'engineWait', 'read', 'frameNav', 'frameScript', 'waitReading', 'afterRead', 'ask', 'answer', 'render', 'frameReady', 'readDone'];
  const q = (key, p) => quantile(sorted(x.map((row) => row[key])), p);
  console.log('');
  console.log('Klartext extension, stage by stage (ms; after `mount` the background track `htmlBack → engineWait → read` and the frame track `frameNav → frameScript` run at once, `waitReading` is what the frame then waits):');
  console.log('');
  console.log(`| stage | ${keys.join(' | ')} |`);
  console.log(`|---|${keys.map(() => '---:').join('|')}|`);
  console.log(`| median | ${keys.map((key) => fmt(q(key, 0.5))).join(' | ')} |`);
  console.log(`| p95 | ${keys.map((key) => fmt(q(key, 0.95))).join(' | ')} |`);
  if (process.env.BENCH_ROWS) for (const row of x) console.error(JSON.stringify(row));
}
const rmed = med(r, 'total');
console.log('');
for (const [label, rows] of [['extension', x], ['warm wasm', k]]) {
  if (!rows?.length) continue;
  const kp95 = p95(rows);
  console.log(`- Klartext (${label}) p95 ${fmt(kp95)} ms vs Readability.js median ${fmt(rmed)} ms, target p95 < median: ${kp95 < rmed ? 'met' : '**missed**'}`);
}
if (f?.length) {
  const fmed = med(f, 'total');
  console.log(`- Floor of a reader in an extension iframe: median ${fmt(fmed)} ms, p95 ${fmt(p95(f))} ms (Readability.js median ${fmt(rmed)} ms)${fmed > rmed ? ': no reader in an extension iframe can reach the target here' : ''}`);
}
const failed = Object.values(results).flat().filter((y) => y.error);
if (failed.length) console.log(`- ${failed.length} runs failed, e.g. ${failed[0].id}: ${failed[0].error}`);
