// The playground (dist/www) in plain Chromium: the demo article opens by default, a pasted page is
// read with the same engine and reader UI, a non-article gets the message, and the page makes no
// request beyond its own server.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.js';
import { WWW, FIXTURES, CHROMIUM, resultsDir } from './helpers.js';

let server;
let browser;
let page;
const requests = [];

before(async () => {
  server = await startServer(WWW, 0);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--disable-gpu', '--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const ctx = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
  ctx.on('request', (r) => requests.push(r.url()));
  page = await ctx.newPage();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the demo article opens by default with its card', async () => {
  await page.goto(`http://127.0.0.1:${server.port}/`);
  await page.waitForSelector('#klartext-root[data-state="reader"]');
  assert.equal(await page.locator('.kt-article h1').innerText(), 'Gemeinden streiten über neue Wasserleitung nach Nordheide');
  const article = await page.locator('.kt-article').innerText();
  assert.match(article, /31 Kilometer lange Trinkwasserleitung/);
  assert.ok(!article.includes('Küchen-Ausverkauf'));
  assert.ok(!article.includes('Alle akzeptieren'));
  const quotes = await page.locator('.kt-quote').allInnerTexts();
  assert.ok(quotes.some((q) => q.includes('Ein Moor, das einmal ausgetrocknet ist, kommt nicht wieder')), JSON.stringify(quotes));
  assert.match(await page.locator('.kt-removed summary').innerText(), /Anzeigen/);
  await page.screenshot({ path: join(await resultsDir(), 'playground-demo.png') });
});

test('a pasted page is read; a non-article gets the message', async () => {
  await page.fill('#pg-html', await readFile(join(FIXTURES, 'en-article.html'), 'utf8'));
  await page.fill('#pg-url', 'https://www.coastalcourier.example/news/greyhill-vote');
  await page.click('#pg-read');
  await page.waitForFunction(() => document.querySelector('.kt-article h1')?.textContent === 'Harbour city votes to close coal plant by 2030');
  const quotes = await page.locator('.kt-quote').allInnerTexts();
  assert.ok(quotes.some((q) => q.includes('We were given no time to plan')), JSON.stringify(quotes));
  await page.locator('.kt-select').nth(1).selectOption('dark');
  await page.screenshot({ path: join(await resultsDir(), 'playground-en-dark.png') });
  await page.locator('.kt-select').nth(1).selectOption('auto');

  await page.fill('#pg-html', await readFile(join(FIXTURES, 'startseite.html'), 'utf8'));
  await page.click('#pg-read');
  await page.waitForSelector('#klartext-root[data-state="message"]');
  assert.match(await page.locator('.kt-message-text').innerText(), /Kein Artikel gefunden/);
});

test('the playground makes no request beyond its own server', () => {
  const foreign = requests.filter((u) => /^https?:/.test(u) && !u.startsWith(`http://127.0.0.1:${server.port}/`));
  assert.deepEqual(foreign, []);
});
