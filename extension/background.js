// Background (Chromium: module service worker; Firefox: module event page). It holds the one warm
// engine of the extension: after the user's gesture (toolbar button, Alt+Shift+K, context menu) it
// grabs the tab's HTML and, in the same injected call, opens the reader page in a top-layer iframe over
// the tab; while that frame loads, read() runs here on the already instantiated wasm, and the frame
// picks the reading up by message. Exports (Copy, Save) of reader pages run here too. A trapped engine
// is replaced by a fresh instance of the compiled module (reader/engine.js).

import * as glue from './pkg/klartext.js';
import { createEngine } from './reader/engine.js';
import { keepReading } from './lib/store.js';

const api = globalThis.browser ?? globalThis.chrome;
const engine = createEngine({ glue });
// Compiled and instantiated as soon as the worker starts, i.e. while the first click's page is grabbed.
engine.preload();

// A reading waits here until its reader frame asks for it (normally it is asked for before it is done).
const jobs = new Map();
const JOB_TTL_MS = 60_000;
const now = () => performance.timeOrigin + performance.now();

// Test hook: the e2e tests set `simulateFaultOnce` in storage.session (reachable only from extension
// pages, never from web pages or content scripts) to prove that an engine fault leaves the page
// untouched and that the next click works. The extension itself never sets it.
async function takeSimulatedFault() {
  try {
    const { simulateFaultOnce } = await api.storage.session.get('simulateFaultOnce');
    if (simulateFaultOnce) await api.storage.session.remove('simulateFaultOnce');
    return simulateFaultOnce === true;
  } catch {
    return false;
  }
}

api.runtime.onInstalled.addListener(() => {
  api.contextMenus.removeAll(() => {
    api.contextMenus.create({ id: 'klartext-read', title: api.i18n.getMessage('menuRead'), contexts: ['page', 'selection', 'image', 'link'] });
    api.contextMenus.create({ id: 'klartext-saved', title: api.i18n.getMessage('menuSaved'), contexts: ['action'] });
  });
});

api.action.onClicked.addListener((tab) => { start(tab); });
api.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === 'klartext-read') start(tab);
  if (info.menuItemId === 'klartext-saved') api.tabs.create({ url: api.runtime.getURL('saved/saved.html') });
});

const EXPORTS = {
  cardMarkdown: (m) => engine.cardMarkdown(m.reading),
  cardText: (m) => engine.cardText(m.reading),
  readingMarkdown: (m) => engine.readingMarkdown(m.reading),
  htmlDocument: (m) => engine.htmlDocument(m.reading, String(m.css ?? '')),
};

api.runtime.onMessage.addListener((msg, sender, reply) => {
  // Only the extension's own pages talk to the background; content scripts are never injected.
  if (sender?.id !== api.runtime.id || !String(sender?.url ?? '').startsWith(api.runtime.getURL(''))) return false;
  if (msg?.type === 'klartext:job') {
    const job = jobs.get(msg.id);
    jobs.delete(msg.id);
    if (!job) { reply(null); return false; }
    const askArrived = now();
    job.result.then((r) => reply(r && { ...r, timings: { ...r.timings, askArrived, replied: now() } }));
    return true;
  }
  if (msg?.type === 'klartext:export' && Object.hasOwn(EXPORTS, msg.kind)) {
    EXPORTS[msg.kind](msg).then(reply);
    return true;
  }
  // The reader iframe sits in a third-party context where IndexedDB may be blocked or partitioned;
  // the background is first-party, so saving happens here, in the same store the Saved list reads.
  if (msg?.type === 'klartext:keep') {
    keepReading(msg.reading).then(
      (id) => reply({ ok: true, id }),
      (e) => reply({ ok: false, name: e?.name ?? 'Error', message: String(e?.message ?? e) }),
    );
    return true;
  }
  return false;
});

// Runs in the page (isolated world); an injected function carries nothing but its own source. Closes
// an open reader (the button toggles), or takes the page's HTML and then puts the reader page in a
// top-layer iframe, which loads while the background reads. Removing it leaves the page exactly as it
// was: only the host element touches the page's DOM; the UI lives in the iframe.
function grabAndMount(maxChars, src, readerOrigin, label) {
  const now = () => performance.timeOrigin + performance.now();
  const open = document.querySelector('klartext-reader');
  if (open) {
    open.dispatchEvent(new Event('klartext-close'));
    return { closed: true };
  }
  const inPage = now();
  const html = document.documentElement ? document.documentElement.outerHTML : '';
  const serialized = now();

  const host = document.createElement('klartext-reader');
  const important = (el, props) => { for (const [k, v] of Object.entries(props)) el.style.setProperty(k, v, 'important'); };
  important(host, {
    all: 'initial', position: 'fixed', inset: '0', width: '100vw', height: '100vh', 'max-width': 'none',
    'max-height': 'none', margin: '0', padding: '0', border: '0', background: 'transparent', overflow: 'hidden',
    'z-index': '2147483647', display: 'block',
  });
  const root = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.title = label;
  frame.setAttribute('allow', 'clipboard-write');
  important(frame, { width: '100%', height: '100%', border: '0', margin: '0', padding: '0', display: 'block', background: 'transparent', 'color-scheme': 'normal' });
  root.append(frame);
  const previousFocus = document.activeElement;
  const close = () => {
    removeEventListener('message', onMessage, true);
    removeEventListener('keydown', onKey, true);
    host.remove();
    if (previousFocus && typeof previousFocus.focus === 'function') previousFocus.focus({ preventScroll: true });
  };
  const onMessage = (e) => {
    // Only our own reader page may close the reader (Firefox wraps e.source, so the origin decides).
    if (e.origin === readerOrigin && e.data && e.data.klartext === 'close') close();
  };
  const onKey = (e) => { if (e.key === 'Escape') { e.stopPropagation(); close(); } };
  addEventListener('message', onMessage, true);
  addEventListener('keydown', onKey, true);
  host.addEventListener('klartext-close', close);
  if ('popover' in host) host.setAttribute('popover', 'manual');
  document.documentElement.append(host);
  if (host.showPopover) {
    try { host.showPopover(); } catch { /* not connected or unsupported: the fixed z-index still covers */ }
  }
  frame.addEventListener('load', () => frame.focus());

  const timings = { inPage, serialized, mounted: now() };
  if (html.length > maxChars) return { url: location.href, tooLarge: html.length, timings };
  return { url: location.href, html, timings };
}

async function start(tab) {
  if (!tab || tab.id === undefined || tab.id < 0) return;
  const timings = { clicked: now() };
  const id = crypto.randomUUID();
  let settle;
  jobs.set(id, { result: new Promise((ok) => { settle = ok; }) });
  setTimeout(() => { jobs.delete(id); settle(null); }, JOB_TTL_MS);
  const src = api.runtime.getURL(`reader/reader.html?job=${id}`);
  const origin = new URL(api.runtime.getURL('')).origin;
  // Pages above the engine's limit are not shipped out of the tab at all. The engine is warm after the
  // first click; on a cold start this waits for its instantiation (begun when the worker started).
  const maxChars = (await engine.maxInputBytes()) ?? Number.MAX_SAFE_INTEGER;
  let grabbed;
  try {
    const [first] = await api.scripting.executeScript({
      target: { tabId: tab.id },
      func: grabAndMount,
      args: [maxChars, src, origin, api.i18n.getMessage('extName')],
    });
    grabbed = first?.result;
  } catch (e) {
    // Kept for diagnosis (the tests read it): why the page could not be grabbed.
    api.storage.session?.set({ lastError: String(e?.message ?? e) }).catch(() => {});
    grabbed = null;
  }
  if (!grabbed || grabbed.closed) {
    jobs.delete(id);
    settle(null);
    if (!grabbed) restricted(tab);
    return;
  }
  Object.assign(timings, grabbed.timings, { grabbed: now(), htmlChars: grabbed.html?.length ?? grabbed.tooLarge });
  if (grabbed.tooLarge) return settle({ error: 'too_large', timings });
  // Taken only once a page was grabbed: a click that could not grab (and is repeated) must not use it up.
  const fault = takeSimulatedFault();
  await engine.preload();
  timings.engineReady = now();
  const result = await engine.read(grabbed.html, grabbed.url, { simulateFault: await fault });
  timings.read = now();
  timings.instance = engine.instances();
  settle({ ...result, timings });
}

// Browser pages (chrome://, the web store, about:) cannot be scripted: say so on the button itself, and
// in a popup where the browser allows opening one.
async function restricted(tab) {
  const title = api.i18n.getMessage('restrictedPage');
  try {
    await api.action.setBadgeBackgroundColor({ tabId: tab.id, color: '#b3261e' });
    await api.action.setBadgeText({ tabId: tab.id, text: '!' });
    await api.action.setTitle({ tabId: tab.id, title });
    await api.action.setPopup({ tabId: tab.id, popup: 'reader/reader.html?message=restricted' });
    await api.action.openPopup?.();
  } catch {
    // openPopup needs a focused window; the badge and title still say what happened.
  } finally {
    setTimeout(async () => {
      try {
        await api.action.setPopup({ tabId: tab.id, popup: '' });
        await api.action.setBadgeText({ tabId: tab.id, text: '' });
        await api.action.setTitle({ tabId: tab.id, title: api.i18n.getMessage('actionTitle') });
      } catch { /* the tab is gone */ }
    }, 4000);
  }
}
