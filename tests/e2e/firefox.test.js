// Firefox smoke test: the Firefox build (dist/extension-firefox) is installed into Debian's firefox-esr
// over WebDriver BiDi (webExtension.install; Playwright's Firefox launcher does not drive a stock
// Firefox) and its background page is exercised from the extension's reader page: the wasm engine
// compiles and runs there under the extension CSP (an export of a reading), and Keep stores a reading
// that the Saved list then shows. Firefox offers no way to click the toolbar button from outside, so
// the click itself is covered by the Chromium tests. Skipped with a message when firefox-esr is absent.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './helpers.js';

const FIREFOX = process.env.FIREFOX ?? 'firefox-esr';
const has = (cmd) => { try { execFileSync('sh', ['-c', `command -v ${cmd}`]); return true; } catch { return false; } };
const skip = has(FIREFOX) ? false : `${FIREFOX} not installed (apt-get install firefox-esr)`;
// A fixed internal UUID, so the test knows the moz-extension:// origin in advance.
const UUID = '5b7e0c2a-4d1f-4c3e-9a6b-2f8d1e0c7a55';
const ADDON = 'klartext@klartext.invalid';

let firefox;
let profile;
let bidi;

function connect(url) {
  // Node 20 has no WebSocket global; playwright-core ships the `ws` client.
  const { ws: WebSocket } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle');
  const socket = new WebSocket(url);
  let next = 0;
  const pending = new Map();
  socket.on('message', (data) => {
    const msg = JSON.parse(String(data));
    const waiter = pending.get(msg.id);
    if (!waiter) return;
    pending.delete(msg.id);
    if (msg.type === 'error') waiter.fail(new Error(`${msg.error}: ${msg.message}`));
    else waiter.ok(msg.result);
  });
  const send = (method, params = {}) => new Promise((ok, fail) => {
    const id = (next += 1);
    pending.set(id, { ok, fail });
    socket.send(JSON.stringify({ id, method, params }));
  });
  return new Promise((ok, fail) => {
    socket.on('open', () => ok({ send, close: () => socket.close() }));
    socket.on('error', fail);
  });
}

before(async () => {
  if (skip) return;
  profile = await mkdtemp(join(tmpdir(), 'klartext-ff-'));
  await writeFile(join(profile, 'user.js'), [
    `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [ADDON]: UUID }))});`,
    'user_pref("browser.shell.checkDefaultBrowser", false);',
    'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
    'user_pref("network.proxy.type", 0);',
  ].join('\n'));
  firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise((ok, fail) => {
    let log = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start WebDriver BiDi:\n${log}`)), 60000);
    firefox.stderr.on('data', (chunk) => {
      log += chunk;
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (m) { clearTimeout(timer); ok(m[1]); }
    });
    firefox.on('exit', (code) => fail(new Error(`Firefox exited (${code}):\n${log}`)));
  });
  bidi = await connect(`${endpoint}/session`);
  await bidi.send('session.new', { capabilities: {} });
});

after(async () => {
  bidi?.close();
  firefox?.kill();
  if (profile) await rm(profile, { recursive: true, force: true }).catch(() => {});
});

test('Firefox: the add-on installs, its background runs the wasm engine, Keep stores a reading', { skip, timeout: 120_000 }, async () => {
  const { extension } = await bidi.send('webExtension.install', { extensionData: { type: 'path', path: join(ROOT, 'dist/extension-firefox') } });
  assert.equal(extension, ADDON);
  const { contexts } = await bidi.send('browsingContext.getTree', {});
  const context = contexts[0].context;
  // WebDriver BiDi refuses to navigate to moz-extension:// itself; a page may, to a web-accessible one.
  await bidi.send('script.evaluate', { expression: `location.href = 'moz-extension://${UUID}/reader/reader.html?message=restricted'`, target: { context }, awaitPromise: false });
  for (let i = 0; i < 80; i += 1) {
    const { result } = await bidi.send('script.evaluate', { expression: 'location.protocol + document.readyState', target: { context }, awaitPromise: false }).catch(() => ({}));
    if (result?.value === 'moz-extension:complete') break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const run = async (expression) => {
    const { result, exceptionDetails } = await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return JSON.parse(result.value);
  };
  const reading = {
    url: 'https://zeitung.example/artikel', title: 'Testartikel', byline: null, published: null, site: 'Zeitung',
    lang: 'de', excerpt: null, html: '<p>Ein Satz.</p>', text: 'Ein Satz.', word_count: 2, reading_minutes: 1,
    removed: [], card: { summary: ['Ein Satz.'], actors: [], quotes: [{ text: 'Wir bauen', speaker: 'Katrin Albers', cue: 'sagte' }] },
  };
  // The background answers once its module (with the wasm glue) has loaded and compiled the engine.
  const card = await run(`browser.runtime.sendMessage({ type: 'klartext:export', kind: 'cardMarkdown', reading: ${JSON.stringify(reading)} }).then(JSON.stringify)`);
  assert.ok(card.value, `no export from the background: ${JSON.stringify(card)}`);
  assert.match(card.value, /^# Testartikel/);
  assert.match(card.value, /Katrin Albers/);
  const kept = await run(`browser.runtime.sendMessage({ type: 'klartext:keep', reading: ${JSON.stringify(reading)} }).then(JSON.stringify)`);
  assert.equal(kept.ok, true, JSON.stringify(kept));
  const titles = await run(`import(browser.runtime.getURL('lib/store.js')).then((m) => m.listSaved()).then((items) => JSON.stringify(items.map((i) => i.title)))`);
  assert.deepEqual(titles, ['Testartikel']);
});
