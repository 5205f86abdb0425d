// Shared plumbing for the browser tests: launch Chromium with the unpacked extension, click its
// toolbar button for real (CDP Extensions.triggerAction), find the reader frame, and record every
// request extension pages make.

import { chromium } from 'playwright-core';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXT = join(ROOT, 'dist/extension');
export const WWW = join(ROOT, 'dist/www');
export const FIXTURES = join(ROOT, 'tests/fixtures/pages');
export const RESULTS = join(ROOT, 'test-results');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export async function resultsDir() {
  await mkdir(RESULTS, { recursive: true });
  return RESULTS;
}

export const tempProfile = () => mkdtemp(join(tmpdir(), 'klartext-e2e-'));

// Playwright's evaluate and CDP calls have no timeout of their own; a stalled one should fail with its
// name instead of hanging the run.
export function bounded(promise, what, ms = 20000) {
  let timer;
  const stall = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`${what} stalled for ${ms} ms`)), ms); });
  return Promise.race([promise, stall]).finally(() => clearTimeout(timer));
}

// Nothing may leave the machine during the tests: every host but 127.0.0.1 resolves to nothing, and
// the tests additionally assert that extension pages made no http(s) request at all.
const ISOLATE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

export async function launchWithExtension(profile, { lang = 'de-DE', colorScheme = 'light' } = {}) {
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: lang,
    colorScheme,
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', `--lang=${lang}`,
      '--no-sandbox', ISOLATE,
    ],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
  const extId = new URL(sw.url()).host;
  // Chrome stops an idle service worker, and evaluating in a stopped one never returns; extension APIs
  // are therefore called from an extension page kept open for the purpose.
  const ext = await ctx.newPage();
  await ext.goto(`chrome-extension://${extId}/saved/saved.html`);
  const api = (fn, arg) => bounded(ext.evaluate(fn, arg), 'extension API call');
  const extRequests = [];
  const isExtensionFrame = (req) => {
    try {
      return req.frame().url().startsWith(`chrome-extension://${extId}/`);
    } catch {
      return true; // a service-worker request has no frame: count it as the extension's
    }
  };
  ctx.on('request', (req) => {
    if (isExtensionFrame(req) || req.url().startsWith(`chrome-extension://${extId}/`)) extRequests.push(req.url());
  });
  return { ctx, sw, extId, extRequests, api, extPage: ext };
}

export function networkRequests(urls) {
  return urls.filter((u) => /^(https?|wss?|ftp):/i.test(u));
}

// Clicks the toolbar button for the tab showing `page`, as a user would (grants activeTab).
export async function clickToolbarButton(ctx, page, extId) {
  // Right after `load` Chromium sometimes does not yet grant activeTab to a CDP-triggered click (seen
  // here about one time in three); once the page's network is idle it always does.
  await page.waitForLoadState('networkidle');
  const cdp = await ctx.browser()?.newBrowserCDPSession?.() ?? null;
  const session = cdp ?? (await ctx.newCDPSession(page));
  // Tab targets are hidden by the default filter; ask for every target type.
  const { targetInfos } = await bounded(session.send('Target.getTargets', { filter: [{}] }), 'Target.getTargets');
  const url = page.url();
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === url);
  if (!tab) throw new Error(`no tab target for ${url}`);
  await bounded(session.send('Extensions.triggerAction', { id: extId, targetId: tab.targetId }), 'Extensions.triggerAction');
  await session.detach().catch(() => {});
}

// Clicks the button and waits for the reader frame. A CDP-triggered click sometimes reaches the
// extension without Chromium's activeTab grant (the extension then reports "cannot access"); that is
// the harness, not the extension, so such a click is repeated, at most twice.
export async function openReaderFrame(b, page) {
  for (let attempt = 1; ; attempt += 1) {
    await b.api(() => chrome.storage.session.remove('lastError'));
    await clickToolbarButton(b.ctx, page, b.extId);
    // The host element appears as soon as the page is grabbed; the engine may take longer.
    const mounted = await page.locator('klartext-reader').waitFor({ state: 'attached', timeout: 8000 }).then(() => true, () => false);
    if (mounted) return readerFrame(page, b.extId, 30000);
    const why = (await b.api(() => chrome.storage.session.get('lastError'))).lastError;
    if (attempt >= 3 || !/Cannot access contents/.test(why ?? '')) throw new Error(`the reader did not appear; extension said: ${why}`);
    await b.api(async () => { await chrome.action.setPopup({ popup: '' }); });
  }
}

export async function readerFrame(page, extId, timeout = 10000) {
  const prefix = `chrome-extension://${extId}/reader/reader.html`;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f.url().startsWith(prefix));
    if (frame) {
      await frame.waitForSelector('html[data-state]', { timeout: Math.max(1, deadline - Date.now()) });
      return frame;
    }
    await page.waitForTimeout(50);
  }
  throw new Error('the reader frame did not appear');
}

export async function waitForNoReader(page, extId, timeout = 5000) {
  const prefix = `chrome-extension://${extId}/reader/reader.html`;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const gone = !page.frames().some((f) => f.url().startsWith(prefix)) && (await page.locator('klartext-reader').count()) === 0;
    if (gone) return;
    await page.waitForTimeout(50);
  }
  throw new Error('the reader did not close');
}

// The page as the user sees it, minus attributes Chromium's autofill adds by itself (style="").
export const pageSnapshot = (page) => page.evaluate(() => document.documentElement.outerHTML.replaceAll(' style=""', ''));
