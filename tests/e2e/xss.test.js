// XSS in the browser: every payload (DOMPurify's fixtures from ../shared when present, and our own
// vectors, which always run) is put into a synthetic article page — as a block, inside a paragraph and
// in the metadata — read by the real engine (the wasm, in the extension's reader page, through the
// reader's engine module) and rendered by the real reader UI (renderReader, images switched on so that
// every <img> loads). Then the saved-HTML export of each reading is opened as a page, once as saved
// (with its CSP meta) and once with that CSP removed, so that anything able to run would run.
//
// A run counts as an execution when a payload's alert/confirm/prompt/print call reaches the trap, when
// anything sets window.__pwned, or when a page navigates away; the payloads' alert(…)-style calls are
// rewritten to call the trap through `top`, so that a call from any frame is counted too. Any
// `securitypolicyviolation` event counts as an attempt. The bar is zero of each. Control cases prove
// each detector fires on a real script.

import { test as nodeTest, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer } from './server.js';
import { ROOT, FIXTURES, launchWithExtension, tempProfile, bounded } from './helpers.js';

// About 30–40 s of CPU in all (node + Chromium); the bound leaves room for a heavily loaded machine.
const test = (name, fn) => nodeTest(name, { timeout: 400_000 }, fn);

const SHARED_VECTORS = join(ROOT, '../shared/security/xss-vectors.json');
const OWN_VECTORS = join(ROOT, 'tests/fixtures/security/vectors.json');
const PAGE_URL = 'https://www.example-zeitung.de/politik/haushalt-streit-123.html';
const BATCH = 50;

// The same synthetic article as tests/security_support/mod.rs (the Rust suite) reads, so both suites judge
// the same pages: `{{slot}}`s in the template, one paragraph a line.
const ARTICLE_TEMPLATE = readFileSync(join(ROOT, 'tests/fixtures/security/article.html'), 'utf8');
const PARAGRAPHS = readFileSync(join(ROOT, 'tests/fixtures/security/article-paragraphs.txt'), 'utf8').split('\n').filter(Boolean);
const PLACEMENTS = ['block', 'inline', 'metadata'];
const TITLE = 'Haushalt: Regierung einigt sich auf Entwurf';

const attrEscape = (s) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const textEscape = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

function articlePage(payload, placement) {
  const meta = placement === 'metadata';
  const headTitle = meta ? textEscape(payload) : TITLE;
  const metaTitle = meta ? attrEscape(payload) : TITLE;
  const author = meta ? attrEscape(payload) : 'Anna Schmidt';
  const body = PARAGRAPHS.map((p, i) => {
    if (placement === 'block' && i === 3) return `${payload}\n<p>${p}</p>\n`;
    if (placement === 'inline' && i === 2) {
      const at = p.indexOf('. ');
      return `<p>${p.slice(0, at)}. ${payload} ${p.slice(at + 2)}</p>\n`;
    }
    return `<p>${p}</p>\n`;
  }).join('');
  const slots = { head_title: headTitle, meta_title: metaTitle, author, title: TITLE, body };
  // One pass, so a payload that itself contains {{…}} is left as written.
  return ARTICLE_TEMPLATE.replace(/\{\{(\w+)\}\}/g, (_, name) => {
    if (!(name in slots)) throw new Error(`article template: unknown slot {{${name}}}`);
    return slots[name];
  });
}

// alert(1), confirm`1`, prompt (1) … call the trap through `top` instead, so a call from any frame or
// any scope reaches it. Obfuscated calls the rewrite cannot see (&#97;lert, \u0061lert) still hit the
// trapped globals.
const arm = (payload) => payload.replace(/\b(alert|confirm|prompt|print)(\s*[(`])/g, 'top.__ktPwn$2');

// Installed in every page and frame before its own scripts run (and again by hand in the extension
// page): counts executions and CSP violations in the window it runs in.
function installTrap() {
  if (window.__ktHits) return;
  window.__ktHits = [];
  window.__ktViolations = [];
  window.__pwned = false;
  const hit = (what) => { window.__pwned = true; window.__ktHits.push(String(what).slice(0, 200)); };
  window.__ktPwn = (...args) => hit(`trap(${args.join(',')})`);
  for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = (...args) => hit(`${name}(${args.join(',')})`);
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__ktViolations.push(`${e.violatedDirective} blocked=${e.blockedURI} sample=${e.sample}`.slice(0, 300));
  });
}

async function loadVectors() {
  const own = JSON.parse(await readFile(OWN_VECTORS, 'utf8')).map((v) => ({ ...v, set: 'own' }));
  if (!existsSync(SHARED_VECTORS)) {
    console.log(`xss: ${SHARED_VECTORS} absent — DOMPurify vectors skipped, own vectors only`);
    return { own, dompurify: [] };
  }
  const dompurify = JSON.parse(await readFile(SHARED_VECTORS, 'utf8')).map((v) => ({ ...v, set: 'dompurify' }));
  return { own, dompurify };
}

let server;
let profile;
let browser;
let base;
let cases = []; // { name, html } per payload × placement
let readings = []; // per case: { name, error?, doc? }

before(async () => {
  // The saved files are opened inside a plain page without CSP, as a browser opens a local file.
  server = await startServer(FIXTURES, 0, { '/xss-host.html': () => '<!DOCTYPE html><html><head><meta charset="utf-8"><title>host</title></head><body></body></html>' });
  base = `http://127.0.0.1:${server.port}`;
  profile = await tempProfile();
  browser = await launchWithExtension(profile);
  await browser.ctx.addInitScript(installTrap);
  const { own, dompurify } = await loadVectors();
  for (const v of [...dompurify, ...own]) {
    for (const placement of PLACEMENTS) {
      cases.push({ name: `[${v.set}] ${v.title} (${placement})`, html: articlePage(arm(v.payload), placement), set: v.set });
    }
  }
});

after(async () => {
  await browser?.ctx.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

// In the extension's reader page: read each page with the engine, render it with the reader UI (images
// on), return what the browser's own DOM holds that could execute, plus the saved-HTML export.
async function readAndRender({ pages, pageUrl }) {
  const { engine } = await import(new URL('engine.js', location.href).href);
  const { renderReader } = await import(new URL('reader.js', location.href).href);
  const css = await (await fetch(new URL('reader.css', location.href))).text();
  const host = {
    lang: 'de',
    engine,
    css: async () => css,
    loadSettings: async () => ({ images: true }),
    saveSettings: () => {},
    download: async () => {},
  };
  const stage = document.getElementById('kt-xss-stage') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'kt-xss-stage' }));
  // Rendering is deterministic: a reading identical to one already rendered (most payloads are
  // dropped whole, leaving the same article) is not rendered again.
  const seen = (window.__ktSeen ??= new Set());
  const out = [];
  for (const html of pages) {
    const result = await engine.read(html, pageUrl);
    if (result.error) { out.push({ error: result.error }); continue; }
    const key = JSON.stringify(result.value);
    if (seen.has(key)) { out.push({ duplicate: true }); continue; }
    seen.add(key);
    const root = stage.appendChild(document.createElement('div'));
    await renderReader(root, result.value, host);
    const doc = await engine.htmlDocument(result.value, css);
    // What the browser built from the reading: anything that could run or navigate.
    const risky = [];
    const body = root.querySelector('.kt-body');
    for (const el of root.querySelectorAll('*')) {
      if (/^(script|iframe|frame|frameset|object|embed|applet|base|meta|link|form|style|svg|math|template|noscript|portal|xmp|noembed)$/i.test(el.localName)) risky.push(`<${el.localName}>`);
      for (const a of el.attributes) {
        // The reader UI styles its own frame (a custom property on the app); the article must not.
        const inArticle = body?.contains(el);
        if (/^on/i.test(a.name) || a.name === 'formaction' || a.name === 'action' || /:/.test(a.name) || (inArticle && a.name === 'style')) risky.push(`${el.localName}[${a.name}]`);
        if (/^(href|src|srcset|data-kt-src|data-kt-srcset|cite|poster|background|xlink:href)$/i.test(a.name)) {
          for (const part of a.name.endsWith('srcset') ? a.value.split(',').map((s) => s.trim().split(/\s+/)[0]) : [a.value]) {
            let protocol = 'invalid';
            try { protocol = new URL(part, location.href).protocol; } catch { /* an invalid URL goes nowhere */ }
            if (part && !/^(https?|mailto):$/.test(protocol)) risky.push(`${el.localName}[${a.name}=${part.slice(0, 60)}]`);
          }
        }
      }
    }
    out.push({ rendered: !!body && root.querySelector('#kt-title')?.textContent?.length > 0, risky, doc: doc.value ?? null, docError: doc.error ?? null });
  }
  return out;
}

// Lets image loads fail, events fire and violation reports arrive.
const settle = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 250)))));

async function readerPage() {
  const page = await browser.ctx.newPage();
  await page.goto(`chrome-extension://${browser.extId}/reader/reader.html?message=restricted`);
  await page.waitForSelector('html[data-state]');
  await page.evaluate(installTrap);
  return page;
}

const clearStage = (page) => page.evaluate(() => document.getElementById('kt-xss-stage')?.replaceChildren());
const takeReport = (page) => page.evaluate(() => {
  const r = { hits: window.__ktHits.splice(0), violations: window.__ktViolations.splice(0), pwned: window.__pwned, url: location.href };
  window.__pwned = false;
  return r;
});

test('the detectors fire on a real script (controls)', async () => {
  // Extension reader page: an inline handler injected past the engine is blocked by the page CSP and
  // reported; the same handler rendered where no CSP applies runs and hits the trap.
  const page = await readerPage();
  await page.evaluate(() => { document.body.insertAdjacentHTML('beforeend', '<img src="x-missing.png" onerror="top.__ktPwn(1)">'); });
  await settle(page);
  const ext = await takeReport(page);
  assert.ok(ext.violations.length > 0, `no CSP violation reported for an inline handler: ${JSON.stringify(ext)}`);
  await page.close();

  const host = await browser.ctx.newPage();
  await host.goto(`${base}/xss-host.html`);
  const report = await runFrames(host, [
    { name: 'csp', html: '<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'none\'"></head><body><img src="x" onerror="top.__ktPwn(1)"></body></html>' },
    { name: 'open', html: '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><img src="x" onerror="alert(1)"><a id="__pwned" name="__pwned">x</a></body></html>' },
    { name: 'top', html: '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><img src="x" onerror="top.__ktPwn(1)"></body></html>' },
  ]);
  const find = (name) => report.find((r) => r.name.startsWith(name));
  assert.ok(find('csp')?.violations.length > 0, JSON.stringify(report));
  assert.deepEqual(find('open')?.hits, ['alert(1)'], JSON.stringify(report));
  assert.ok(find('host page')?.hits.includes('trap(1)'), JSON.stringify(report));
  await host.close();
});

test('every payload read by the engine and rendered in the extension reader page runs nothing', async () => {
  assert.ok(cases.length >= 127 * PLACEMENTS.length);
  const started = Date.now();
  const page = await readerPage();
  readings = [];
  const problems = [];
  for (let i = 0; i < cases.length; i += BATCH) {
    const batch = cases.slice(i, i + BATCH);
    const out = await bounded(page.evaluate(readAndRender, { pages: batch.map((c) => c.html), pageUrl: PAGE_URL }), `batch ${i}`, 120_000);
    await settle(page);
    const report = await takeReport(page);
    out.forEach((o, k) => {
      readings.push({ name: batch[k].name, set: batch[k].set, ...o });
      if (o.risky?.length) problems.push(`${batch[k].name}: rendered ${o.risky.join(' ')}`);
      if (o.error === 'engine' || o.docError) problems.push(`${batch[k].name}: engine failed (${o.error ?? o.docError})`);
      if (o.error === undefined && !o.duplicate && !o.rendered) problems.push(`${batch[k].name}: reader UI did not render`);
    });
    if (report.hits.length || report.violations.length || report.pwned || !report.url.includes('reader.html?message=restricted')) {
      problems.push(`batch ${batch[0].name} … ${batch.at(-1).name}: ${JSON.stringify(report)}`);
      // Narrow down: which payload of the batch did it (one at a time).
      for (const c of batch) {
        await clearStage(page);
        await page.evaluate(readAndRender, { pages: [c.html], pageUrl: PAGE_URL });
        await settle(page);
        const one = await takeReport(page);
        if (one.hits.length || one.violations.length || one.pwned) problems.push(`  ${c.name}: ${JSON.stringify(one)}`);
      }
    }
    await clearStage(page);
  }
  await page.close();
  const read = readings.filter((r) => !r.error);
  const bySet = (set) => `${read.filter((r) => r.set === set).length}/${readings.filter((r) => r.set === set).length}`;
  const distinct = readings.filter((r) => r.doc).length;
  console.log(`xss: reader page: ${read.length} of ${readings.length} payload pages gave a reading (dompurify ${bySet('dompurify')}, own ${bySet('own')}), ${distinct} distinct readings rendered, in ${Date.now() - started} ms; ${problems.length} problems`);
  assert.deepEqual(problems, []);
  // An unclosed <textarea> may swallow the article; most pages must still give a reading, or this
  // test would check nothing.
  assert.ok(read.length * 10 >= readings.length * 9, `only ${read.length} of ${readings.length} pages gave a reading`);
});

// Opens each document in an iframe of the host page (srcdoc, BATCH at a time; a srcdoc document honours
// its own CSP meta), waits for them, and returns per frame what the trap saw. The host's own trap
// catches calls made through `top`.
async function runFrames(host, docs) {
  const out = [];
  for (let i = 0; i < docs.length; i += BATCH) {
    const batch = docs.slice(i, i + BATCH);
    await bounded(host.evaluate((list) => Promise.all(list.map((html, k) => new Promise((ok) => {
      const f = document.createElement('iframe');
      f.dataset.k = String(k);
      f.addEventListener('load', ok, { once: true });
      setTimeout(ok, 10_000);
      f.srcdoc = html;
      document.body.append(f);
    }))), batch.map((d) => d.html)), `frames ${i}`, 60_000);
    await settle(host);
    const frames = await host.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => {
      const w = f.contentWindow;
      let url = null;
      try { url = w.location.href; } catch { url = 'cross-origin'; }
      return { k: Number(f.dataset.k), url, hits: w.__ktHits ?? ['no trap installed'], violations: w.__ktViolations ?? [], pwned: w.__pwned };
    }));
    const top = await takeReport(host);
    const named = frames.map(({ k, ...r }) => ({ name: batch[k].name, ...r }));
    if (top.hits.length || top.violations.length || top.pwned) named.push({ name: `host page during ${batch[0].name} …`, ...top, url: 'about:srcdoc' });
    out.push(...named);
    await host.evaluate(() => document.body.replaceChildren());
  }
  return out;
}

const CSP_META = /<meta http-equiv="Content-Security-Policy"[^>]*>/;

test('every saved-HTML export opens as a page that runs nothing, with its CSP and without it', async () => {
  const exports = readings.filter((r) => r.doc);
  assert.ok(exports.length > 0, 'the reader-page test must run first and give readings');
  const started = Date.now();
  const host = await browser.ctx.newPage();
  await host.goto(`${base}/xss-host.html`);
  const docs = [];
  const seen = new Set();
  for (const r of exports) {
    assert.match(r.doc, CSP_META, `${r.name}: the saved file lost its CSP`);
    if (seen.has(r.doc)) continue;
    seen.add(r.doc);
    docs.push({ name: `${r.name} (saved)`, html: r.doc }, { name: `${r.name} (saved, CSP removed)`, html: r.doc.replace(CSP_META, '') });
  }
  const report = await runFrames(host, docs);
  await host.close();
  const problems = report
    .filter((r) => r.hits.length || r.violations.length || r.pwned || r.url !== 'about:srcdoc')
    .map((r) => JSON.stringify(r));
  console.log(`xss: saved HTML: ${seen.size} distinct exports opened with and without their CSP (${report.length} pages) in ${Date.now() - started} ms; ${problems.length} problems`);
  assert.ok(report.length >= docs.length);
  assert.deepEqual(problems, []);
});
