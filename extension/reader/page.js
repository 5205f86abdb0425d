// The extension's reader page. Three ways in:
//   ?job=ID        in the top-layer iframe over a tab: ask the background for the reading of the grabbed
//                  page (read there, on the warm engine, while this frame loads), render the reader (or a
//                  message); close asks the tab to unmount us.
//   ?saved=ID      in its own tab: a reading from the "Saved" list, offline.
//   ?message=CODE  as the toolbar popup on pages the browser does not let extensions read.

import { uiLanguage } from './i18n.js';
import { renderReader, renderMessage } from './reader.js';
import { getSaved } from '../lib/store.js';

const api = globalThis.browser ?? globalThis.chrome;
const params = new URLSearchParams(location.search);
const root = document.getElementById('klartext-root');
const lang = uiLanguage(api.i18n?.getUILanguage?.() ?? navigator.language);
document.documentElement.lang = lang;

// Stage timestamps of the click that opened this frame (epoch ms, sub-ms precision), for the benchmark
// and for diagnosis: the background's (clicked, inPage, serialized, mounted, grabbed, engineReady,
// read), then this frame's. Extension pages are cross-origin to the tab, which cannot read them.
const now = () => performance.timeOrigin + performance.now();
globalThis.klartextTimings = { frameStart: performance.timeOrigin, script: now() };

// Exports run on the background's warm engine, so this page never loads the wasm itself.
const exportBy = (kind) => (reading, css) => api.runtime.sendMessage({ type: 'klartext:export', kind, reading, css })
  .then((answer) => answer ?? { error: 'engine', message: 'no answer' }, (e) => ({ error: 'engine', message: String(e?.message ?? e) }));
const engine = {
  cardMarkdown: exportBy('cardMarkdown'),
  cardText: exportBy('cardText'),
  readingMarkdown: exportBy('readingMarkdown'),
  htmlDocument: exportBy('htmlDocument'),
};

// Asked for at once, so the storage round trip overlaps the job's.
const settings = api.storage.local.get('settings').then((s) => s.settings ?? null, () => null);

let cssText = null;
const host = {
  lang,
  engine,
  css: async () => (cssText ??= await (await fetch(new URL('reader.css', import.meta.url))).text()),
  loadSettings: () => settings,
  saveSettings: (settings) => api.storage.local.set({ settings }),
  download: async (filename, mime, text) => {
    const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
    try {
      await api.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
    } finally {
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    }
  },
  keep: async (reading) => {
    const answer = await api.runtime.sendMessage({ type: 'klartext:keep', reading });
    if (!answer?.ok) throw Object.assign(new Error(answer?.message ?? 'no answer'), { name: answer?.name ?? 'Error' });
    return answer.id;
  },
  openSaved: () => api.tabs.create({ url: api.runtime.getURL('saved/saved.html') }),
  close: null,
};

function done(ok) {
  root.removeAttribute('aria-busy');
  document.documentElement.dataset.state = ok ? 'reader' : 'message';
  if (!globalThis.klartextTimings.shown) {
    document.body.getBoundingClientRect(); // style and layout, so the stamp means "laid out"
    globalThis.klartextTimings.shown = now();
  }
}

async function fromJob(id) {
  host.close = () => parent.postMessage({ klartext: 'close' }, '*');
  const timings = globalThis.klartextTimings;
  timings.asked = now();
  const job = await api.runtime.sendMessage({ type: 'klartext:job', id });
  timings.received = now();
  Object.assign(timings, job?.timings);
  if (!job) return showMessage('expired');
  if (job.error) return showMessage(job.error === 'bad_reading' ? 'engine' : job.error);
  document.title = `${job.value.title} – Klartext`;
  // Click-to-reader ends here: the article is in the DOM and laid out (the card follows a frame later).
  host.onArticle = () => {
    document.body.getBoundingClientRect();
    timings.shown = now();
  };
  await renderReader(root, job.value, host);
  done(true);
  root.querySelector('.kt-close')?.focus();
}

function showMessage(code) {
  document.documentElement.classList.add('kt-mode-message');
  renderMessage(root, code, host);
  done(false);
  // The message must not stay in the way: it goes by itself; Esc, the button or a click closes it sooner.
  if (host.close && !document.documentElement.classList.contains('kt-mode-popup')) {
    document.body.addEventListener('click', (e) => { if (!e.target.closest('.kt-message')) host.close(); });
    setTimeout(() => host.close(), 8000);
  }
}

async function fromSaved(id) {
  host.close = () => { location.href = api.runtime.getURL('saved/saved.html'); };
  host.keep = null; // it is in the list already
  const entry = await getSaved(id).catch(() => null);
  if (!entry) return showMessage('missing');
  document.title = `${entry.reading.title} – Klartext`;
  await renderReader(root, entry.reading, host);
  done(true);
}

addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && host.close && !e.defaultPrevented) { e.preventDefault(); host.close(); }
});

if (params.has('job')) {
  fromJob(params.get('job')).catch(() => showMessage('engine'));
} else if (params.has('saved')) {
  fromSaved(params.get('saved')).catch(() => showMessage('missing'));
} else {
  document.documentElement.classList.add('kt-mode-popup');
  host.close = () => window.close();
  showMessage(params.get('message') || 'restricted');
}
