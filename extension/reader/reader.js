// The reader UI, shared by the extension's reader page and the www playground (the playground build
// copies this folder; never fork it). It renders a `Reading` produced by the engine — the clean article
// and the summary card — and offers display controls, Copy and Save. It does no analysis: every word it
// shows comes from the Reading, and the exports come from the engine's formatters.
//
// renderReader(root, reading, host) where `host` supplies what differs between the shells:
//   host.lang                       'de' | 'en'
//   host.engine                     the engine wrapper (engine.js) for the exports
//   host.css()                      -> Promise<string>, the reader CSS inlined into saved HTML files
//   host.loadSettings()/saveSettings(s)
//   host.download(filename, mime, text) -> Promise
//   host.keep?(reading)             -> Promise (store in the "Saved" list); omitted where there is none
//   host.openSaved?()               opens the "Saved" list
//   host.close?()                   leaves the reader (Esc does the same)
//   host.onArticle?()               called once the article is in the DOM, before the card is filled
//                                   in (the card follows after the article's first paint)
// renderReader resolves when everything, card included, is rendered.

import { strings, kindLabel } from './i18n.js';

export const DEFAULT_SETTINGS = Object.freeze({ size: 19, family: 'serif', width: 'medium', theme: 'auto', images: false });
const SIZES = [15, 16, 17, 18, 19, 20, 22, 24, 26, 28];
const THEMES = ['auto', 'light', 'sepia', 'dark'];
const WIDTHS = ['narrow', 'medium', 'wide'];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

function formatDate(iso, lang) {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(d);
}

function safeFilename(title) {
  const base = (title || 'klartext').normalize('NFKC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return base.slice(0, 80) || 'klartext';
}

export function removedSummary(reading, lang) {
  const t = strings(lang);
  const counts = new Map();
  for (const item of reading.removed ?? []) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  if (counts.size === 0) return t.removedNone;
  const parts = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([kind, n]) => kindLabel(lang, kind, n));
  return t.removed(parts.join(', '));
}

// Applies persisted display settings to the reader root.
export function applySettings(app, s) {
  app.dataset.theme = s.theme;
  app.dataset.family = s.family;
  app.dataset.width = s.width;
  app.dataset.images = s.images ? 'on' : 'off';
  app.style.setProperty('--kt-size', `${s.size}px`);
}

// Shows a one-paragraph message (no article, too large, engine fault) with an optional close button.
export function renderMessage(root, code, host) {
  const t = strings(host.lang);
  root.replaceChildren();
  const text = t.err[code] ?? t.err.engine;
  const box = el('div', { class: 'kt-message', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'kt-message-title', 'aria-describedby': 'kt-message-text' },
    el('p', { class: 'kt-message-title', id: 'kt-message-title', text: t.errTitle }),
    el('p', { class: 'kt-message-text', id: 'kt-message-text', 'data-code': code, text }),
  );
  if (host.close) {
    const btn = el('button', { type: 'button', class: 'kt-button', onclick: () => host.close(), text: t.close });
    box.append(btn);
    queueMicrotask(() => btn.focus());
  }
  const app = el('div', { class: 'kt-app kt-app-message' }, box);
  applySettings(app, { ...DEFAULT_SETTINGS });
  root.append(app);
  return app;
}

// Text search over the article's text nodes, so a quote or a name can be found across inline markup.
function textIndex(container) {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n, start: text.length });
    text += n.data;
  }
  return { nodes, text };
}

function rangeAt(index, start, length) {
  const locate = (offset) => {
    let lo = 0;
    let hi = index.nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (index.nodes[mid].start <= offset) lo = mid; else hi = mid - 1;
    }
    const entry = index.nodes[lo];
    return [entry.node, Math.min(offset - entry.start, entry.node.data.length)];
  };
  const range = document.createRange();
  range.setStart(...locate(start));
  range.setEnd(...locate(start + length));
  return range;
}

function findAll(index, needle) {
  const out = [];
  if (!needle) return out;
  for (let at = index.text.indexOf(needle); at >= 0 && out.length < 200; at = index.text.indexOf(needle, at + needle.length)) {
    out.push(rangeAt(index, at, needle.length));
  }
  return out;
}

// A quote is searched verbatim, then by its opening words (the card may trim punctuation).
function findQuote(index, quote) {
  const clean = quote.replace(/\s+/g, ' ').trim();
  for (const len of [clean.length, 60, 30]) {
    const needle = clean.slice(0, len).replace(/[\s,.;:!?]+$/, '');
    if (needle.length < 8 && len !== clean.length) continue;
    const hits = findAll(index, needle);
    if (hits.length) return hits;
  }
  return [];
}

function highlight(app, ranges, focusIndex) {
  const target = ranges[focusIndex];
  if (globalThis.CSS?.highlights && globalThis.Highlight) {
    CSS.highlights.set('kt-hit', new Highlight(...ranges));
    CSS.highlights.set('kt-focus', new Highlight(target));
  } else {
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(target);
  }
  let block = target.startContainer.parentElement;
  while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
  if (block) {
    block.setAttribute('tabindex', '-1');
    block.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    block.focus({ preventScroll: true });
    app.querySelectorAll('.kt-flash').forEach((n) => n.classList.remove('kt-flash'));
    block.classList.add('kt-flash');
  }
}

function articleBody(reading, t, imagesOn) {
  // A parsed document is inert: images in it do not load until we decide they may. The HTML is the
  // engine's sanitised output, and the page's CSP forbids scripts in any case.
  const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><body>${reading.html}`, 'text/html');
  const content = parsed.body;
  for (const img of content.querySelectorAll('img')) {
    const src = img.getAttribute('src');
    if (!src) continue;
    img.dataset.ktSrc = src;
    if (img.hasAttribute('srcset')) { img.dataset.ktSrcset = img.getAttribute('srcset'); img.removeAttribute('srcset'); }
    img.removeAttribute('src');
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    img.classList.add('kt-img');
    const label = img.getAttribute('alt') || '';
    const button = el('button', { type: 'button', class: 'kt-img-load', 'data-kt-img': '' },
      el('span', { class: 'kt-img-icon', 'aria-hidden': 'true', text: '▣' }),
      el('span', { text: `${t.loadImage}${label ? `: ${label}` : ''}` }));
    img.before(button);
  }
  for (const a of content.querySelectorAll('a[href]')) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  const body = el('div', { class: 'kt-body' });
  // Adopting an <img> starts its fetch, so the sources are stripped above, before adoption.
  body.append(...document.adoptNode(content).childNodes);
  if (imagesOn) loadImages(body);
  return body;
}

function loadImages(scope) {
  for (const img of scope.querySelectorAll('img.kt-img')) showImage(img);
}

function showImage(img) {
  if (img.dataset.ktSrcset) img.setAttribute('srcset', img.dataset.ktSrcset);
  if (img.dataset.ktSrc && !img.getAttribute('src')) img.setAttribute('src', img.dataset.ktSrc);
  img.classList.add('kt-img-on');
  const button = img.previousElementSibling;
  if (button?.matches('.kt-img-load')) button.remove();
}

// Resolves after the next frame has been produced; a hidden document produces none, so a timeout
// stands in.
function afterPaint() {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => setTimeout(() => { clearTimeout(timer); resolve(); }, 0));
  });
}

export async function renderReader(root, reading, host) {
  const lang = host.lang;
  const t = strings(lang);
  const settings = { ...DEFAULT_SETTINGS, ...((await host.loadSettings?.()) ?? {}) };
  const app = el('div', { class: 'kt-app', lang });
  applySettings(app, settings);
  const status = el('p', { class: 'kt-status', role: 'status', 'aria-live': 'polite' });
  let statusTimer = 0;
  const say = (msg, isError = false) => {
    status.textContent = msg;
    status.classList.toggle('kt-status-error', isError);
    status.classList.add('kt-status-on');
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => status.classList.remove('kt-status-on'), isError ? 8000 : 3000);
  };
  const persist = () => { applySettings(app, settings); host.saveSettings?.({ ...settings }); };

  // --- toolbar ---------------------------------------------------------------------------------
  const sizeDown = el('button', { type: 'button', class: 'kt-icon', 'aria-label': t.smaller, title: t.smaller, text: 'A−' });
  const sizeUp = el('button', { type: 'button', class: 'kt-icon kt-icon-large', 'aria-label': t.larger, title: t.larger, text: 'A+' });
  const stepSize = (dir) => {
    const i = SIZES.findIndex((s) => s >= settings.size);
    settings.size = SIZES[Math.max(0, Math.min(SIZES.length - 1, (i < 0 ? SIZES.length - 1 : i) + dir))];
    persist();
  };
  sizeDown.addEventListener('click', () => stepSize(-1));
  sizeUp.addEventListener('click', () => stepSize(1));

  const family = el('button', { type: 'button', class: 'kt-icon kt-family', 'aria-pressed': String(settings.family === 'sans'), 'aria-label': t.sans, title: t.sans, text: 'Aa' });
  family.addEventListener('click', () => {
    settings.family = settings.family === 'serif' ? 'sans' : 'serif';
    family.setAttribute('aria-pressed', String(settings.family === 'sans'));
    persist();
  });

  const select = (label, options, value, onChange) => {
    const s = el('select', { class: 'kt-select', 'aria-label': label, title: label },
      options.map(([v, text]) => el('option', { value: v, selected: v === value, text })));
    s.addEventListener('change', () => onChange(s.value));
    return s;
  };
  const width = select(t.width, WIDTHS.map((w) => [w, t[`width${w[0].toUpperCase()}${w.slice(1)}`]]), settings.width, (v) => { settings.width = v; persist(); });
  const theme = select(t.theme, THEMES.map((v) => [v, t[`theme${v[0].toUpperCase()}${v.slice(1)}`]]), settings.theme, (v) => { settings.theme = v; persist(); });
  const images = el('button', { type: 'button', class: 'kt-icon kt-images', 'aria-pressed': String(settings.images), 'aria-label': t.imagesAlways, title: t.imagesAlways, text: '▣' });
  images.addEventListener('click', () => {
    settings.images = !settings.images;
    images.setAttribute('aria-pressed', String(settings.images));
    if (settings.images) loadImages(app);
    persist();
  });

  const action = (cls, label, handler) => el('button', { type: 'button', class: `kt-button ${cls}`, onclick: handler, text: label });
  const copy = action('kt-copy', t.copy, async () => {
    const [md, txt] = await Promise.all([host.engine.cardMarkdown(reading), host.engine.cardText(reading)]);
    if (md.error || txt.error) return say(t.copyFailed, true);
    try {
      await copyCard(md.value, txt.value);
      say(t.copied);
    } catch {
      say(t.copyFailed, true);
    }
  });
  const saveHtml = action('kt-save-html', t.saveHtml, async () => {
    const doc = await host.engine.htmlDocument(reading, await host.css());
    if (doc.error) return say(t.err.engine, true);
    await download(`${safeFilename(reading.title)}.html`, 'text/html', doc.value);
  });
  const saveMd = action('kt-save-md', t.saveMarkdown, async () => {
    const md = await host.engine.readingMarkdown(reading);
    if (md.error) return say(t.err.engine, true);
    await download(`${safeFilename(reading.title)}.md`, 'text/markdown', md.value);
  });
  const download = async (name, mime, text) => {
    try {
      await host.download(name, mime, text);
      say(t.downloaded);
    } catch (e) {
      say(`${t.err.engine} (${e?.message ?? e})`, true);
    }
  };
  const keep = host.keep && action('kt-keep', t.keep, async () => {
    try {
      await host.keep(reading);
      say(t.kept);
    } catch (e) {
      say(e?.name === 'QuotaExceededError' ? t.quotaFull : `${t.keepFailed}: ${e?.message ?? e}`, true);
    }
  });
  const saved = host.openSaved && action('kt-open-saved', t.savedList, () => host.openSaved());
  const close = host.close && el('button', { type: 'button', class: 'kt-icon kt-close', 'aria-label': t.close, title: t.close, onclick: () => host.close(), text: '✕' });

  const toolbar = el('header', { class: 'kt-toolbar' },
    el('div', { class: 'kt-controls', role: 'group', 'aria-label': t.controls }, sizeDown, sizeUp, family, width, theme, images),
    el('div', { class: 'kt-actions', role: 'group', 'aria-label': t.actions }, copy, saveHtml, saveMd, keep, saved),
    close); // its own item, so narrow windows keep it in the top right corner

  // --- article -------------------------------------------------------------------------------------
  const date = formatDate(reading.published, lang);
  const meta = [reading.byline, date, t.minutes(reading.reading_minutes)].filter(Boolean).join(' · ');
  const body = articleBody(reading, t, settings.images);
  body.addEventListener('click', (e) => {
    const button = e.target.closest?.('.kt-img-load');
    if (button) showImage(button.nextElementSibling);
  });
  const article = el('article', { class: 'kt-article', lang: reading.lang || null, 'aria-labelledby': 'kt-title' },
    el('header', { class: 'kt-article-header' },
      reading.site && el('p', { class: 'kt-site', text: reading.site }),
      el('h1', { id: 'kt-title', text: reading.title }),
      el('p', { class: 'kt-meta', text: meta }),
      reading.url && /^https?:/.test(reading.url) && el('p', { class: 'kt-source' }, el('a', { href: reading.url, target: '_top', text: t.source }))),
    body);

  // --- card ----------------------------------------------------------------------------------------
  let index = null;
  const jump = (ranges, cursor) => {
    if (!ranges.length) return say(t.notFoundInText, true);
    highlight(app, ranges, cursor % ranges.length);
  };
  const getIndex = () => (index ??= textIndex(body));
  const card = el('aside', { class: 'kt-card', 'aria-label': t.card });
  const layout = el('main', { class: 'kt-layout' }, article, card);
  app.append(toolbar, status, layout);
  root.replaceChildren(app);
  app.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && host.close && !e.defaultPrevented) {
      e.preventDefault();
      host.close();
    }
  });
  host.onArticle?.();

  // The card is filled in once the article has had its chance to paint: the text is what the reader
  // came for, and the card's layout then no longer delays it.
  await afterPaint();
  card.append(el('div', { class: 'kt-card-head' },
    el('h2', { class: 'kt-card-title', text: reading.title }),
    el('p', { class: 'kt-card-meta', text: [reading.site, reading.byline, date, t.minutes(reading.reading_minutes)].filter(Boolean).join(' · ') })));
  if (reading.card.summary.length) {
    card.append(el('section', { class: 'kt-summary', 'aria-labelledby': 'kt-h-summary' },
      el('h3', { id: 'kt-h-summary', text: t.summary }),
      el('ul', {}, reading.card.summary.map((s) => el('li', { text: s })))));
  }
  if (reading.card.actors.length) {
    card.append(el('section', { class: 'kt-actors', 'aria-labelledby': 'kt-h-actors' },
      el('h3', { id: 'kt-h-actors', text: t.actors }),
      el('ul', {}, reading.card.actors.map((a) => {
        let cursor = 0;
        const names = [a.name, ...(a.aliases ?? [])].filter(Boolean).sort((x, y) => y.length - x.length);
        const button = el('button', { type: 'button', class: 'kt-link kt-actor', 'data-kind': a.kind, title: t.jumpTo },
          el('strong', { class: 'kt-actor-name', text: a.name }),
          a.role && el('span', { class: 'kt-actor-role', text: a.role }));
        button.addEventListener('click', () => {
          const idx = getIndex();
          let ranges = [];
          for (const n of names) { ranges = findAll(idx, n); if (ranges.length) break; }
          jump(ranges, cursor++);
        });
        return el('li', {}, button);
      }))));
  }
  if (reading.card.quotes.length) {
    // The quotes' own language picks the quotation marks <q> draws.
    card.append(el('section', { class: 'kt-quotes', 'aria-labelledby': 'kt-h-quotes', lang: reading.lang || null },
      el('h3', { id: 'kt-h-quotes', text: t.quotes }),
      el('ul', {}, reading.card.quotes.map((q) => {
        const button = el('button', { type: 'button', class: 'kt-link kt-quote', title: t.jumpTo },
          el('q', { class: 'kt-quote-text', text: q.text.replace(/[\s,;:]+$/, '') }),
          el('span', { class: `kt-speaker${q.speaker ? '' : ' kt-speaker-unknown'}`, lang, text: `— ${q.speaker ?? t.unknownSpeaker}` }));
        button.addEventListener('click', () => jump(findQuote(getIndex(), q.text), 0));
        return el('li', {}, button);
      }))));
  }
  card.append(el('details', { class: 'kt-removed' },
    el('summary', { text: removedSummary(reading, lang) }),
    el('ul', {}, (reading.removed ?? []).map((r) =>
      el('li', {}, el('span', { class: 'kt-removed-kind', text: kindLabel(lang, r.kind, 1).replace(/^1 /, '') }), ' ', el('span', { class: 'kt-removed-text', text: r.text }))))));

  return app;
}

// Puts the card on the clipboard: the plain-text card as text/plain and the Markdown card as the web
// custom format "text/markdown"; where custom formats are unsupported (Firefox) the Markdown goes in as
// text/plain, since Markdown is the format people paste into notes.
export async function copyCard(markdown, text) {
  const CI = globalThis.ClipboardItem;
  if (CI && navigator.clipboard?.write && CI.supports?.('web text/markdown')) {
    await navigator.clipboard.write([new CI({
      'text/plain': new Blob([text], { type: 'text/plain' }),
      'web text/markdown': new Blob([markdown], { type: 'text/markdown' }),
    })]);
    return;
  }
  await navigator.clipboard.writeText(markdown);
}
