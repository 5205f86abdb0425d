// The playground: paste a page's HTML or drop a saved .html file and see what Klartext makes of it,
// with the same wasm engine and the same reader UI module as the extension. A demo article opens first.

import { engine } from './reader/engine.js';
import { uiLanguage } from './reader/i18n.js';
import { renderReader, renderMessage } from './reader/reader.js';

const lang = uiLanguage();
const T = {
  de: {
    tagline: 'Spielwiese: Seite einfügen, Leseansicht und Überblick sehen – alles läuft in Ihrem Browser.',
    html: 'HTML einer Nachrichtenseite', url: 'Adresse (optional)', file: 'oder Datei:', read: 'Lesen', demo: 'Demo-Artikel',
    drop: 'Eine gespeicherte .html-Datei kann auch hierher gezogen werden.',
  },
  en: {
    tagline: 'playground: paste a page, see the reading view and the summary card – everything runs in your browser.',
    html: 'HTML of a news page', url: 'Address (optional)', file: 'or file:', read: 'Read', demo: 'Demo article',
    drop: 'You can also drop a saved .html file here.',
  },
}[lang];
document.documentElement.lang = lang;
for (const [id, key] of [['pg-tagline', 'tagline'], ['pg-html-label', 'html'], ['pg-url-label', 'url'], ['pg-file-label', 'file'], ['pg-read', 'read'], ['pg-demo', 'demo'], ['pg-drop', 'drop']]) {
  document.getElementById(id).textContent = T[key];
}

const root = document.getElementById('klartext-root');
const htmlBox = document.getElementById('pg-html');
const urlBox = document.getElementById('pg-url');
const SETTINGS_KEY = 'klartext.settings';
let cssText = null;
const host = {
  lang,
  engine,
  css: async () => (cssText ??= await (await fetch('reader/reader.css')).text()),
  loadSettings: async () => { try { return JSON.parse(localStorage.getItem(SETTINGS_KEY)); } catch { return null; } },
  saveSettings: (s) => { try { localStorage.setItem(SETTINGS_KEY, JSON.stringify(s)); } catch { /* private mode */ } },
  download: async (filename, mime, text) => {
    const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
    const a = Object.assign(document.createElement('a'), { href: url, download: filename });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};

async function show(html, url) {
  root.setAttribute('aria-busy', 'true');
  const result = await engine.read(html, url);
  if (result.error) renderMessage(root, result.error === 'bad_reading' ? 'engine' : result.error, host);
  else await renderReader(root, result.value, host);
  root.removeAttribute('aria-busy');
  root.dataset.state = result.error ? 'message' : 'reader';
}

document.getElementById('pg-form').addEventListener('submit', (e) => {
  e.preventDefault();
  show(htmlBox.value, urlBox.value.trim());
});

async function loadDemo() {
  const html = await (await fetch('demo-artikel.html')).text();
  htmlBox.value = html;
  urlBox.value = 'https://www.kreisbote.example/region/wasserleitung-nordheide-1.html';
  await show(html, urlBox.value);
}
document.getElementById('pg-demo').addEventListener('click', loadDemo);

async function openFile(file) {
  if (!file) return;
  const html = await file.text();
  htmlBox.value = html;
  urlBox.value = '';
  await show(html, '');
}
document.getElementById('pg-file').addEventListener('change', (e) => openFile(e.target.files[0]));
addEventListener('dragover', (e) => { e.preventDefault(); document.body.classList.add('pg-dragging'); });
addEventListener('dragleave', () => document.body.classList.remove('pg-dragging'));
addEventListener('drop', (e) => {
  e.preventDefault();
  document.body.classList.remove('pg-dragging');
  openFile(e.dataTransfer?.files?.[0]);
});

loadDemo();
