// The "Saved" list: readings kept in the extension's IndexedDB, so they open offline in the reader and
// survive browser restarts. Each write is one transaction that either commits or leaves the store as it
// was; a full quota rejects with a QuotaExceededError the UI turns into a clear message.

const DB_NAME = 'klartext';
const STORE = 'readings';

function open() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore(STORE, { keyPath: 'id' });
      store.createIndex('savedAt', 'savedAt');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

// One transaction: resolves with fn's result once the transaction has committed, or rejects with the
// reason it aborted. A failed write aborts the whole transaction (nothing of it is stored); when the
// quota is what failed, the transaction's error is the QuotaExceededError while the request's may be
// a mere AbortError, so the transaction's error is the one reported.
async function run(mode, fn) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode, { durability: 'strict' });
      let result;
      let failure = null;
      Promise.resolve(fn(tx.objectStore(STORE))).then((r) => { result = r; }, (e) => { failure = e; });
      tx.oncomplete = () => (failure ? reject(failure) : resolve(result));
      tx.onabort = () => reject(tx.error ?? failure ?? new DOMException('Transaction aborted', 'AbortError'));
    });
  } finally {
    db.close();
  }
}

const request = (req) => new Promise((resolve, reject) => {
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error);
});

// Same article saved twice (same URL and title) replaces the older entry instead of piling up.
function idFor(reading) {
  const key = `${reading.url ?? ''}\n${reading.title}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return `r${h.toString(36)}${key.length.toString(36)}`;
}

export async function keepReading(reading) {
  const entry = { id: idFor(reading), savedAt: new Date().toISOString(), title: reading.title, site: reading.site ?? null, url: reading.url ?? null, reading };
  await run('readwrite', (store) => request(store.put(entry)));
  return entry.id;
}

export async function listSaved() {
  const all = await run('readonly', (store) => request(store.getAll()));
  return all.map(({ reading, ...rest }) => ({ ...rest, minutes: reading?.reading_minutes ?? null })).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export function getSaved(id) {
  return run('readonly', (store) => request(store.get(id)));
}

export function deleteSaved(id) {
  return run('readwrite', (store) => request(store.delete(id)));
}
