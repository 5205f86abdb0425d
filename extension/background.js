// Background (Chromium: module service worker; Firefox: module event page). It only moves data: after
// the user's gesture (toolbar button, Alt+Shift+K, context menu) it grabs the tab's HTML with
// scripting.executeScript and opens the reader page in a top-layer iframe over the tab. The wasm engine
// runs in that reader page, so a trapped engine dies with its page and the next click starts fresh.

import { keepReading } from './lib/store.js';

const api = globalThis.browser ?? globalThis.chrome;

// Pages larger than this are not shipped to the reader at all (the engine would refuse them anyway).
const MAX_HTML_CHARS = 24 * 1024 * 1024;
// A grabbed page waits here until its reader page asks for it (normally within milliseconds).
const jobs = new Map();
const JOB_TTL_MS = 60_000;

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

api.runtime.onMessage.addListener((msg, _sender, reply) => {
  if (msg?.type === 'klartext:job') {
    const job = jobs.get(msg.id) ?? null;
    jobs.delete(msg.id);
    reply(job);
    return false;
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

// Runs in the page (isolated world). Closes an open reader (the button toggles) or returns the HTML.
function grabPage(maxChars) {
  const open = document.querySelector('klartext-reader');
  if (open) {
    open.dispatchEvent(new Event('klartext-close'));
    return { closed: true };
  }
  const html = document.documentElement ? document.documentElement.outerHTML : '';
  if (html.length > maxChars) return { url: location.href, tooLarge: html.length };
  return { url: location.href, html };
}

// Runs in the page (isolated world). Puts the reader page in a top-layer iframe; removing it leaves the
// page exactly as it was. Only the host element touches the page's DOM; the UI lives in the iframe.
function mountReader(src, readerOrigin, label) {
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
}

async function start(tab) {
  if (!tab || tab.id === undefined || tab.id < 0) return;
  let grabbed;
  try {
    const [first] = await api.scripting.executeScript({ target: { tabId: tab.id }, func: grabPage, args: [MAX_HTML_CHARS] });
    grabbed = first?.result;
  } catch (e) {
    // Kept for diagnosis (the tests read it): why the page could not be grabbed.
    api.storage.session?.set({ lastError: String(e?.message ?? e) }).catch(() => {});
    grabbed = null;
  }
  if (!grabbed) return restricted(tab);
  if (grabbed.closed) return;
  const id = crypto.randomUUID();
  const fault = await takeSimulatedFault();
  jobs.set(id, { html: grabbed.html ?? '', url: grabbed.url, tooLarge: grabbed.tooLarge ?? 0, fault });
  setTimeout(() => jobs.delete(id), JOB_TTL_MS);
  const src = api.runtime.getURL(`reader/reader.html?job=${id}`);
  const origin = new URL(api.runtime.getURL('')).origin;
  try {
    await api.scripting.executeScript({ target: { tabId: tab.id }, func: mountReader, args: [src, origin, api.i18n.getMessage('extName')] });
  } catch {
    jobs.delete(id);
    restricted(tab);
  }
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
