// The two ways in that need real input: Alt+Shift+K and the page's context menu entry ("Klartext
// lesen"). Extension shortcuts and native context menus exist only in a headed browser receiving real
// X events, so these run under Xvfb (scripts/test-e2e.sh wraps the run in xvfb-run) and type and click
// with xdotool; without a display or xdotool they are skipped with a message.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startServer } from './server.js';
import { EXT, FIXTURES, CHROMIUM, tempProfile, readerFrame, waitForNoReader } from './helpers.js';

const has = (cmd) => { try { execFileSync('sh', ['-c', `command -v ${cmd}`]); return true; } catch { return false; } };
const skip = !process.env.DISPLAY ? 'no DISPLAY (run under xvfb-run)' : !has('xdotool') ? 'xdotool missing' : false;
const xdotool = (...args) => execFileSync('xdotool', args);

let server;
let profile;
let ctx;
let extId;
let page;

before(async () => {
  if (skip) return;
  server = await startServer(FIXTURES, 0);
  profile = await tempProfile();
  ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    locale: 'de-DE',
    viewport: null, // the window's own size, so page coordinates map onto the screen
    args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--disable-gpu', '--no-first-run', '--no-sandbox',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=de-DE',
      '--window-position=0,0', '--window-size=1200,800', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  extId = new URL(sw.url()).host;
  page = ctx.pages()[0] ?? (await ctx.newPage());
});

after(async () => {
  await ctx?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

async function freshArticle() {
  await page.goto(`http://127.0.0.1:${server.port}/de-artikel.html`);
  await page.waitForLoadState('networkidle');
  await page.bringToFront();
}

test('Alt+Shift+K opens the reader', { skip }, async () => {
  await freshArticle();
  await page.locator('h1').click();
  // The shortcut toggles, so it is pressed again only when no reader host appeared at all (the key
  // was not delivered): on a cold start the host can take seconds, and a second press would close it.
  const host = page.locator('klartext-reader');
  for (let attempt = 0; attempt < 3 && !(await host.count()); attempt += 1) {
    xdotool('key', '--clearmodifiers', 'alt+shift+k');
    await host.waitFor({ state: 'attached', timeout: 10000 }).catch(() => {});
  }
  const frame = await readerFrame(page, extId, 30000).catch(() => null);
  assert.ok(frame, 'the shortcut did not open the reader');
  assert.equal(await frame.locator('html').getAttribute('data-state'), 'reader');
  // The reader takes the keyboard, so Esc reaches it without a click. (Focus follows the frame's load
  // and the window manager; on a loaded 2-core CI machine that took more than 5 s once.)
  await frame.waitForFunction(() => document.hasFocus(), null, { timeout: 20000 });
  xdotool('key', 'Escape');
  await waitForNoReader(page, extId);
});

// A real right-click opens Chromium's native menu; it is walked with the keyboard as a user can. The
// bottom of a page's menu is fixed: "Untersuchen" (Inspect), above it "Seitenquelltext anzeigen", and
// above those the extensions' entries, so three Up presses reach ours (our only page-context entry).
// The test then checks which entry ran by its effect: the reader is open over this page.
test('the context menu entry "Klartext lesen" opens the reader', { skip }, async () => {
  await freshArticle();
  const at = await page.evaluate(() => {
    const p = document.querySelector('article p');
    p.scrollIntoView({ block: 'center' });
    const r = p.getBoundingClientRect();
    // Screen position of the paragraph: the window sits at 0,0; the browser's own bars are above the page.
    return { x: Math.round(screenX + r.left + 40), y: Math.round(screenY + (outerHeight - innerHeight) + r.top + r.height / 2) };
  });
  xdotool('mousemove', String(at.x), String(at.y), 'click', '3');
  await page.waitForTimeout(500); // the menu opens asynchronously
  xdotool('key', '--delay', '80', 'Up', 'Up', 'Up', 'Return');
  const frame = await readerFrame(page, extId, 8000).catch(() => null);
  assert.ok(frame, 'the context menu entry did not open the reader');
  assert.equal(await frame.locator('html').getAttribute('data-state'), 'reader');
  assert.match(await frame.locator('.kt-article').innerText(), /Radwegenetz von 42 Kilometern/);
  assert.deepEqual(ctx.pages().map((p) => p.url()), [page.url()], 'another menu entry ran (a new tab opened)');
});
