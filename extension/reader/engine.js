// Loads the Klartext wasm engine (the wasm-bindgen `--target web` glue in ../pkg) and calls it. Shared
// by the extension's reader page and the playground. When the engine throws anything other than one of
// its own coded errors (a trap, an out-of-memory), the instance may be corrupt: it is dropped and the
// next call imports a fresh copy of the glue, which instantiates a fresh module.

const CODED = new Set(['empty', 'too_large', 'no_article', 'bad_reading']);
let generation = 0;
let loading = null;

function load() {
  if (!loading) {
    const url = new URL(`../pkg/klartext.js${generation ? `?instance=${generation}` : ''}`, import.meta.url);
    loading = import(url.href).then(async (glue) => {
      await glue.default({ module_or_path: new URL('../pkg/klartext_bg.wasm', import.meta.url) });
      return glue;
    });
    loading.catch(() => { loading = null; });
  }
  return loading;
}

function discard() {
  generation += 1;
  loading = null;
}

// Runs `fn(glue)`; returns {value} or {error: code, message}. Never throws.
async function call(fn) {
  let glue;
  try {
    glue = await load();
  } catch (e) {
    discard();
    return { error: 'engine', message: String(e?.message ?? e) };
  }
  try {
    return { value: fn(glue) };
  } catch (e) {
    if (e instanceof Error && CODED.has(e.name)) return { error: e.name, message: e.message };
    discard();
    return { error: 'engine', message: String(e?.message ?? e) };
  }
}

export const engine = {
  preload: () => load().then(() => true, () => false),
  read: (html, url, { simulateFault = false } = {}) =>
    call((glue) => {
      if (simulateFault) throw new WebAssembly.RuntimeError('unreachable (simulated engine fault)');
      return glue.read(html, url || undefined);
    }),
  cardMarkdown: (reading) => call((glue) => glue.cardMarkdown(reading)),
  cardText: (reading) => call((glue) => glue.cardText(reading)),
  readingMarkdown: (reading) => call((glue) => glue.readingMarkdown(reading)),
  htmlDocument: (reading, css) => call((glue) => glue.htmlDocument(reading, css)),
};
