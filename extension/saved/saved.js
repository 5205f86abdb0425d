// The "Saved" list: every kept reading, newest first; each opens offline in the reader page and can be
// deleted.

import { listSaved, deleteSaved } from '../lib/store.js';
import { uiLanguage } from '../reader/i18n.js';
import { applySettings, DEFAULT_SETTINGS } from '../reader/reader.js';

const api = globalThis.browser ?? globalThis.chrome;
const lang = uiLanguage(api.i18n?.getUILanguage?.() ?? navigator.language);
const T = {
  de: { title: 'Gespeicherte Artikel', empty: 'Noch nichts gespeichert. Im Reader auf „Merken“ klicken.', del: 'Löschen', deleted: 'Gelöscht', failed: 'Konnte die Liste nicht laden' },
  en: { title: 'Saved readings', empty: 'Nothing saved yet. Click “Keep” in the reader.', del: 'Delete', deleted: 'Deleted', failed: 'Could not load the list' },
}[lang];
document.documentElement.lang = lang;
document.title = `${T.title} – Klartext`;
document.getElementById('title').textContent = T.title;
const list = document.getElementById('list');
const status = document.getElementById('status');

api.storage.local.get('settings').then(({ settings }) => applySettings(document.querySelector('.kt-app'), { ...DEFAULT_SETTINGS, ...settings }));

async function render() {
  let items;
  try {
    items = await listSaved();
  } catch (e) {
    status.textContent = `${T.failed}: ${e?.message ?? e}`;
    return;
  }
  list.replaceChildren();
  if (!items.length) status.textContent = T.empty;
  const fmt = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  for (const item of items) {
    const li = document.createElement('li');
    li.className = 'kt-saved-item';
    const text = document.createElement('div');
    const link = document.createElement('a');
    link.href = `../reader/reader.html?saved=${encodeURIComponent(item.id)}`;
    link.textContent = item.title || item.url || item.id;
    const meta = document.createElement('span');
    meta.className = 'kt-saved-meta';
    meta.textContent = [item.site, fmt.format(new Date(item.savedAt))].filter(Boolean).join(' · ');
    text.append(link, meta);
    const del = document.createElement('button');
    del.type = 'button';
    del.className = 'kt-button kt-delete';
    del.textContent = T.del;
    del.setAttribute('aria-label', `${T.del}: ${link.textContent}`);
    del.addEventListener('click', async () => {
      await deleteSaved(item.id);
      status.textContent = T.deleted;
      render();
    });
    li.append(text, del);
    list.append(li);
  }
}
render();
