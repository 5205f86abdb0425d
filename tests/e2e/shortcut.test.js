// Alt+Shift+K opens the reader. Extension shortcuts only fire in a headed browser receiving real X
// key events, so this runs under Xvfb (scripts/test-e2e.sh wraps it in xvfb-run) and types with
// xdotool; without a display or xdotool it is skipped with a message.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startServer } from './server.js';
import { EXT, FIXTURES, CHROMIUM, tempProfile, readerFrame } from './helpers.js';

const has = (cmd) => { try { execFileSync('sh', ['-c', `command -v ${cmd}`]); return true; } catch { return false; } };
const skip = !process.env.DISPLAY ? 'no DISPLAY (run under xvfb-run)' : !has('xdotool') ? 'xdotool missing' : false;

test('Alt+Shift+K opens the reader', { skip }, async () => {
  const server = await startServer(FIXTURES, 0);
  const profile = await tempProfile();
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    locale: 'de-DE',
    args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--disable-gpu', '--no-first-run', '--no-sandbox',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=de-DE',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  try {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    const extId = new URL(sw.url()).host;
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(`http://127.0.0.1:${server.port}/de-artikel.html`);
    await page.waitForLoadState('networkidle');
    await page.bringToFront();
    await page.locator('h1').click();
    let frame = null;
    for (let attempt = 0; attempt < 3 && !frame; attempt += 1) {
      execFileSync('xdotool', ['key', '--clearmodifiers', 'alt+shift+k']);
      frame = await readerFrame(page, extId, 3000).catch(() => null);
    }
    assert.ok(frame, 'the shortcut did not open the reader');
    assert.equal(await frame.locator('html').getAttribute('data-state'), 'reader');
  } finally {
    await ctx.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
});
