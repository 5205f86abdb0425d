// The extension end to end, in Chromium with the unpacked build loaded and the toolbar button clicked
// as a user would: reader over the page, card, copy, save, saved list across restarts, Esc, messages,
// engine fault recovery, strict-CSP pages, and no network traffic from extension pages.

import { test as nodeTest, before, after } from 'node:test';

// Every test gets a bound, so a hang fails that test instead of stalling the run.
const test = (name, fn) => nodeTest(name, { timeout: 120_000 }, fn);
import assert from 'node:assert/strict';
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer } from './server.js';
import {
  FIXTURES, launchWithExtension, tempProfile, clickToolbarButton, readerFrame, openReaderFrame, waitForNoReader,
  networkRequests, resultsDir, pageSnapshot, bounded,
} from './helpers.js';

let server;
let profile;
let browser;
let base;

before(async () => {
  // A page larger than the engine accepts (24 MiB), cheap for the browser to load: an article plus
  // 26 MB of inert data, as pages with huge embedded JSON state have.
  const huge = () => `<!DOCTYPE html><html lang="de"><head><title>Riesig</title></head><body><article><h1>Riesig</h1><p>Ein kurzer Artikel.</p></article><script type="application/json" id="state">"${'x'.repeat(26 * 1024 * 1024)}"</script></body></html>`;
  server = await startServer(FIXTURES, 0, { '/riesig.html': huge });
  base = `http://127.0.0.1:${server.port}`;
  profile = await tempProfile();
  browser = await launchWithExtension(profile);
  // Extension origins cannot be granted permissions over CDP: the clipboard is read back from the page.
  await browser.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
});

after(async () => {
  await browser?.ctx.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

async function openReader(path, { snapshot = true } = {}) {
  const page = await bounded(browser.ctx.newPage(), 'new tab');
  await bounded(page.goto(`${base}${path}`), `loading ${path}`, 40000);
  const original = snapshot ? await bounded(pageSnapshot(page), 'page snapshot') : null;
  const frame = await bounded(openReaderFrame(browser, page), 'opening the reader', 60000);
  return { page, frame, original };
}

// Playwright's evaluate has no timeout of its own; under heavy load a frame call was seen to stall.
const within = (ms, promise) => Promise.race([promise, new Promise((ok) => setTimeout(ok, ms))]);

async function close(page, frame) {
  await within(5000, frame.locator('.kt-close, .kt-message button').first().focus({ timeout: 5000 }).catch(() => {}));
  // The Esc handler removes the focused reader frame, so the key's CDP dispatch can outlive its
  // target and never settle; what is asserted is the outcome: the reader is gone.
  const pressed = page.keyboard.press('Escape').catch(() => {});
  await waitForNoReader(page, browser.extId);
  await within(2000, pressed);
}

test('German article: reader covers the page, clutter gone, card shows the quotes; Esc restores the page', async () => {
  const { page, frame, original } = await openReader('/de-artikel.html');
  assert.equal(await frame.locator('html').getAttribute('data-state'), 'reader');
  const article = await frame.locator('.kt-article').innerText();
  assert.match(article, /Radwegenetz von 42 Kilometern/);
  assert.match(article, /Fahrradbrücke über die Lahnstraße/);
  for (const clutter of ['Ferienhaus an der Ostsee', 'Kfz-Versicherung', 'Parkhaus am Markt wird teurer', 'Ärzte verblüfft', 'Jetzt abonnieren', 'Meistgelesen']) {
    assert.ok(!article.includes(clutter), `clutter left in: ${clutter}`);
  }
  assert.equal(await frame.locator('.kt-card-title').innerText(), 'Stadtrat beschließt neues Radwegenetz für Lindenfeld');
  const quotes = await frame.locator('.kt-quote').allInnerTexts();
  const albers = quotes.find((q) => q.includes('Wir bauen heute die Stadt'));
  assert.ok(albers, `quote missing from card: ${JSON.stringify(quotes)}`);
  assert.ok(quotes.some((q) => q.includes('Der Einzelhandel wird diesen Beschluss teuer bezahlen')));
  // The speaker, once the engine attributes it, must be the one written in the fixture.
  if (!/Sprecher unbekannt/.test(albers)) assert.match(albers, /Albers/);
  const actors = await frame.locator('.kt-actor-name').allInnerTexts();
  for (const name of actors) assert.ok(/Albers|Brenner|Feld|Oster|Lorenz|Stadtrat|Fahrrad|Industrie|Lindenfeld|Bürgerliste|Westphal/.test(name), `unexpected actor ${name}`);
  assert.match(await frame.locator('.kt-removed summary').innerText(), /\d+ Anzeigen.*entfernt/);

  const dir = await resultsDir();
  await page.screenshot({ path: join(dir, 'reader-de-light.png') });
  await frame.locator('select.kt-select').nth(1).selectOption('dark');
  await page.waitForTimeout(100);
  await page.screenshot({ path: join(dir, 'reader-de-dark.png') });
  await frame.locator('select.kt-select').nth(1).selectOption('auto');
  // A narrow window: the card goes below the article.
  await page.setViewportSize({ width: 720, height: 860 });
  await page.waitForTimeout(100);
  await page.screenshot({ path: join(dir, 'reader-de-narrow.png') });
  await page.setViewportSize({ width: 1280, height: 860 });

  await close(page, frame);
  assert.equal(await pageSnapshot(page), original, 'the page changed');
  await page.close();
});

test('English article served with CSP default-src \'none\': the reader still works', async () => {
  const { page, frame, original } = await openReader('/csp/en-article.html');
  assert.equal(await frame.locator('html').getAttribute('data-state'), 'reader');
  const article = await frame.locator('.kt-article').innerText();
  assert.match(article, /shut the Greyhill power station five years earlier/);
  for (const clutter of ['Refinance your home', 'Holidays in the sun', 'Dentists hate', 'Offshore wind farm gets green light']) {
    assert.ok(!article.includes(clutter), `clutter left in: ${clutter}`);
  }
  const quotes = await frame.locator('.kt-quote').allInnerTexts();
  const crane = quotes.find((q) => q.includes('Nobody should be left behind when the chimney comes down'));
  assert.ok(crane, `quote missing: ${JSON.stringify(quotes)}`);
  if (!/unbekannt|unknown/.test(crane)) assert.match(crane, /Crane/);
  assert.match(await frame.locator('.kt-removed summary').innerText(), /Anzeigen/);
  await frame.locator('.kt-removed summary').click();
  assert.ok((await frame.locator('.kt-removed li').count()) >= 3, 'the removed list expands');

  // Clicking a quote in the card highlights it in the text.
  await frame.locator('.kt-quote', { hasText: 'Nobody should be left behind' }).click();
  const hit = await frame.evaluate(() => (globalThis.CSS?.highlights?.get('kt-focus') ? [...CSS.highlights.get('kt-focus')][0].toString() : getSelection().toString()));
  assert.match(hit, /Nobody should be left behind/);
  await page.screenshot({ path: join(await resultsDir(), 'reader-en-csp-quote.png') });

  await close(page, frame);
  assert.equal(await pageSnapshot(page), original);
  await page.close();
});

test('display settings persist in extension storage', async () => {
  const { page, frame } = await openReader('/de-artikel.html');
  await frame.locator('.kt-controls button').nth(1).click(); // larger
  await frame.locator('.kt-family').click();
  const stored = await browser.api(async () => (await chrome.storage.local.get('settings')).settings);
  assert.equal(stored.family, 'sans');
  assert.ok(stored.size > 19);
  await close(page, frame);
  const again = await openReader('/de-artikel.html');
  assert.equal(await again.frame.locator('.kt-app').getAttribute('data-family'), 'sans');
  await again.frame.locator('.kt-family').click();
  await again.frame.locator('.kt-controls button').nth(0).click();
  await close(again.page, again.frame);
  await page.close();
  await again.page.close();
});

test('Copy puts the card on the clipboard as Markdown and plain text', async () => {
  const { page, frame } = await openReader('/de-artikel.html');
  await frame.locator('.kt-copy').click();
  await frame.locator('.kt-status-on').waitFor();
  assert.doesNotMatch(await frame.locator('.kt-status').innerText(), /nicht möglich/);
  await close(page, frame);
  await page.bringToFront();
  await page.locator('h1').click(); // the clipboard is readable only from a focused document
  const flavours = await page.evaluate(async () => {
    const out = {};
    for (const item of await navigator.clipboard.read({ unsanitized: ['text/markdown'] }).catch(() => navigator.clipboard.read())) {
      for (const type of item.types) out[type] = await (await item.getType(type)).text();
    }
    return out;
  });
  const md = flavours['web text/markdown'] ?? flavours['text/plain'];
  assert.ok(md.startsWith('# Stadtrat beschließt neues Radwegenetz für Lindenfeld'), md);
  assert.match(md, /## Zitate \/ Quotes/);
  assert.match(md, /> Der Einzelhandel wird diesen Beschluss teuer bezahlen/);
  if (flavours['web text/markdown']) {
    assert.match(flavours['text/plain'], /^Stadtrat beschließt neues Radwegenetz für Lindenfeld\n/);
    assert.match(flavours['text/plain'], /„Der Einzelhandel wird diesen Beschluss teuer bezahlen“/);
  }
  await page.close();
});

async function downloaded(before) {
  for (let i = 0; i < 100; i += 1) {
    const items = await browser.api(async () => chrome.downloads.search({ orderBy: ['-startTime'] }));
    const fresh = items.filter((d) => !before.includes(d.id));
    const done = fresh.find((d) => d.state === 'complete');
    if (done) return done;
    const failed = fresh.find((d) => d.state === 'interrupted');
    if (failed) throw new Error(`download interrupted: ${failed.error}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no download finished');
}

test('Save writes a self-contained HTML file (article, no script) and a Markdown file', async () => {
  const { page, frame } = await openReader('/de-artikel.html');
  const ids = async () => (await browser.api(async () => chrome.downloads.search({}))).map((d) => d.id);
  let before = await ids();
  await frame.locator('.kt-save-html').click();
  const html = await downloaded(before);
  const doc = await readFile(html.filename, 'utf8');
  assert.match(doc, /Radwegenetz von 42 Kilometern/);
  assert.match(doc, /Der Einzelhandel wird diesen Beschluss teuer bezahlen/);
  assert.match(doc, /--kt-bg/, 'reader CSS inlined');
  assert.doesNotMatch(doc, /<script/i);
  assert.doesNotMatch(doc, /Ferienhaus an der Ostsee/);

  before = await ids();
  await frame.locator('.kt-save-md').click();
  const md = await downloaded(before);
  const text = await readFile(md.filename, 'utf8');
  assert.match(text, /^# Stadtrat beschließt neues Radwegenetz für Lindenfeld/);
  assert.ok((await stat(md.filename)).size > 1000);
  // Cleanup only: Esc is asserted in the article tests. After two downloads Chromium's download
  // bubble was seen to swallow the synthetic Escape once in CI-like runs, so the tab is just closed.
  await page.close();
});

test('Keep adds the reading to the Saved list, which opens it offline and can delete', async () => {
  const { page, frame } = await openReader('/en-article.html');
  await frame.locator('.kt-keep').click();
  await frame.locator('.kt-status-on').waitFor();
  assert.match(await frame.locator('.kt-status').innerText(), /Gespeichert/);
  await close(page, frame);
  await page.close();
  const { page: p2, frame: f2 } = await openReader('/de-artikel.html');
  await f2.locator('.kt-keep').click();
  await f2.locator('.kt-status-on').waitFor();
  await close(p2, f2);
  await p2.close();

  const list = await browser.ctx.newPage();
  await list.goto(`chrome-extension://${browser.extId}/saved/saved.html`);
  await list.locator('.kt-saved-item').nth(1).waitFor();
  const titles = await list.locator('.kt-saved-item a').allInnerTexts();
  assert.ok(titles.includes('Harbour city votes to close coal plant by 2030'), JSON.stringify(titles));
  assert.ok(titles.includes('Stadtrat beschließt neues Radwegenetz für Lindenfeld'));
  await list.locator('.kt-saved-item a', { hasText: 'Harbour city' }).click();
  await list.waitForSelector('html[data-state="reader"]');
  assert.match(await list.locator('.kt-article').innerText(), /Greyhill power station/);
  await list.screenshot({ path: join(await resultsDir(), 'saved-reading.png') });
  await list.goBack();
  await list.locator('.kt-saved-item').first().waitFor();
  await list.locator('.kt-saved-item', { hasText: 'Stadtrat' }).locator('.kt-delete').click();
  await list.waitForFunction(() => document.querySelectorAll('.kt-saved-item').length === 1);
  await list.close();
});

// The quota is stubbed through CDP (Storage.overrideQuotaForOrigin) for the extension's origin, as if
// the disk were full. Chromium's IndexedDB keeps trusting an earlier quota answer once the origin has
// written data, so this runs in a fresh profile whose first write meets the stubbed quota. The write
// must fail as a whole (nothing stored) and the reader must say why.
test('Keep with a full storage quota says so and stores nothing', async () => {
  const fresh = await tempProfile();
  const b = await launchWithExtension(fresh);
  try {
    const cdp = await b.ctx.newCDPSession(b.extPage);
    await bounded(cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${b.extId}`, quotaSize: 1 }), 'quota override');
    const page = await bounded(b.ctx.newPage(), 'new tab');
    await bounded(page.goto(`${base}/de-artikel.html`), 'loading the article', 40000);
    const frame = await bounded(openReaderFrame(b, page), 'opening the reader', 60000);
    await frame.locator('.kt-keep').click();
    await frame.locator('.kt-status-on').waitFor();
    assert.match(await frame.locator('.kt-status').innerText(), /Speicher ist voll/);
    assert.ok(await frame.locator('.kt-status-error').count(), 'shown as an error');
    await page.waitForTimeout(300); // the message fades in
    await page.screenshot({ path: join(await resultsDir(), 'reader-quota-full.png') });
    const stored = await b.api(() => new Promise((ok, fail) => {
      const req = indexedDB.open('klartext');
      req.onerror = () => fail(req.error);
      req.onsuccess = () => {
        const count = req.result.transaction('readings').objectStore('readings').count();
        count.onsuccess = () => { ok(count.result); req.result.close(); };
        count.onerror = () => fail(count.error);
      };
    }));
    assert.equal(stored, 0, 'a failed save left something behind');
  } finally {
    await b.ctx.close();
    await rm(fresh, { recursive: true, force: true });
  }
});

test('a page that is not an article gets a message and is left as it was', async () => {
  const { page, frame, original } = await openReader('/startseite.html');
  assert.equal(await frame.locator('html').getAttribute('data-state'), 'message');
  assert.match(await frame.locator('.kt-message-text').innerText(), /Kein Artikel gefunden/);
  await page.screenshot({ path: join(await resultsDir(), 'message-no-article.png') });
  await close(page, frame);
  assert.equal(await pageSnapshot(page), original);
  await page.close();
});

test('a page larger than the engine accepts gets a message, not a frozen tab', async () => {
  const { page, frame } = await openReader('/riesig.html', { snapshot: false });
  assert.equal(await frame.locator('html').getAttribute('data-state'), 'message');
  assert.match(await frame.locator('.kt-message-text').innerText(), /zu groß/);
  assert.equal(await page.evaluate(() => document.title), 'Riesig', 'the tab still responds');
  await close(page, frame);
  assert.equal(await page.locator('klartext-reader').count(), 0);
  await page.close();
});

test('an engine fault shows a message, leaves the page untouched, and the next click works', async () => {
  await browser.api(() => chrome.storage.session.set({ simulateFaultOnce: true }));
  const { page, frame, original } = await openReader('/de-artikel.html');
  assert.equal(await frame.locator('html').getAttribute('data-state'), 'message');
  assert.match(await frame.locator('.kt-message-text').innerText(), /interne/);
  const faulted = await frame.evaluate(() => globalThis.klartextTimings.instance);
  await close(page, frame);
  assert.equal(await pageSnapshot(page), original);
  const frame2 = await openReaderFrame(browser, page);
  assert.equal(await frame2.locator('html').getAttribute('data-state'), 'reader');
  // The faulted instance was dropped: the background's warm engine read this page on a fresh one.
  assert.equal(await frame2.evaluate(() => globalThis.klartextTimings.instance), faulted + 1);
  await close(page, frame2);
  await page.close();
});

test('a browser page cannot be read: the button says so and nothing is injected', async () => {
  const page = await browser.ctx.newPage();
  await page.goto('chrome://version');
  await clickToolbarButton(browser.ctx, page, browser.extId);
  const badge = await browser.api(async () => {
    for (let i = 0; i < 40; i += 1) {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const text = await chrome.action.getBadgeText({ tabId: tab.id });
      if (text) return text;
      await new Promise((r) => setTimeout(r, 50));
    }
    return '';
  });
  assert.equal(badge, '!');
  await page.close();
});

test('no request from extension pages went to the network', () => {
  assert.deepEqual(networkRequests(browser.extRequests), []);
});

test('saved readings survive a browser restart', async () => {
  await browser.ctx.close();
  browser = await launchWithExtension(profile);
  const list = await browser.ctx.newPage();
  await list.goto(`chrome-extension://${browser.extId}/saved/saved.html`);
  await list.locator('.kt-saved-item').first().waitFor();
  assert.deepEqual(await list.locator('.kt-saved-item a').allInnerTexts(), ['Harbour city votes to close coal plant by 2030']);
  await list.close();
});
