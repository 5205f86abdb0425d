// Loads the Klartext wasm engine (the wasm-bindgen `--target web` glue in ../pkg) and calls it. Shared
// by the extension's background (which keeps one engine warm for every click), its reader page and the
// playground. The compiled WebAssembly.Module is kept for the life of the context; when the engine
// throws anything other than one of its own coded errors (a trap, an out-of-memory) the instance may be
// corrupt, so it is dropped and the next call instantiates a fresh one from the compiled module.
//
// createEngine({glue}) takes the glue's module namespace where a static import is the only way in (a
// service worker may not call import()); without it the glue is imported on first use.

const CODED = new Set(['empty', 'too_large', 'no_article', 'bad_reading']);
const WASM_URL = new URL('../pkg/klartext_bg.wasm', import.meta.url);
// After reading a page this large the instance is dropped: wasm memory never shrinks, and a warm
// engine should not keep a huge page's worth of memory for the rest of the session.
const RELEASE_AFTER_CHARS = 4 * 1024 * 1024;

async function compile() {
  const response = await fetch(WASM_URL);
  if (!response.ok) throw new Error(`engine: ${response.status} fetching the wasm`);
  if (WebAssembly.compileStreaming && response.headers.get('content-type') === 'application/wasm') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

function tooLarge(chars, limit) {
  throw Object.assign(new Error(`the page has ${chars} characters, above the engine's limit of ${limit} bytes`), { name: 'too_large' });
}

export function createEngine({ glue: staticGlue = null } = {}) {
  let compiled = null;
  let loading = null;
  let instances = 0;

  function load() {
    if (!loading) {
      loading = (async () => {
        const glue = staticGlue ?? (await import('../pkg/klartext.js'));
        compiled ??= compile();
        await glue.default({ module_or_path: await compiled });
        instances += 1;
        return glue;
      })();
      loading.catch(() => { loading = null; compiled = null; });
    }
    return loading;
  }

  // The glue keeps one instance per module; the build adds `__klartext_reset` so it can start over.
  async function discard() {
    const pending = loading;
    loading = null;
    const glue = await pending?.catch(() => null);
    glue?.__klartext_reset?.();
  }

  // Runs `fn(glue)`; returns {value} or {error: code, message}. Never throws.
  async function call(fn) {
    let glue;
    try {
      glue = await load();
    } catch (e) {
      await discard();
      return { error: 'engine', message: String(e?.message ?? e) };
    }
    try {
      return { value: fn(glue) };
    } catch (e) {
      if (e instanceof Error && CODED.has(e.name)) return { error: e.name, message: e.message };
      await discard();
      return { error: 'engine', message: String(e?.message ?? e) };
    }
  }

  return {
    // How many instances this engine has made so far (a fault replaces the instance).
    instances: () => instances,
    preload: () => load().then(() => true, () => false),
    // The engine's input limit in UTF-8 bytes (null when the engine cannot load).
    maxInputBytes: async () => (await call((glue) => glue.maxInputBytes())).value ?? null,
    read: async (html, url, { simulateFault = false } = {}) => {
      const result = await call((glue) => {
        if (simulateFault) throw new WebAssembly.RuntimeError('unreachable (simulated engine fault)');
        // A UTF-16 length above the byte limit is above it in UTF-8 too: refused before the copy into
        // wasm memory, with the engine's own error.
        const limit = glue.maxInputBytes();
        if (html.length > limit) return tooLarge(html.length, limit);
        return glue.read(html, url || undefined);
      });
      if (html.length > RELEASE_AFTER_CHARS) await discard();
      return result;
    },
    cardMarkdown: (reading) => call((glue) => glue.cardMarkdown(reading)),
    cardText: (reading) => call((glue) => glue.cardText(reading)),
    readingMarkdown: (reading) => call((glue) => glue.readingMarkdown(reading)),
    htmlDocument: (reading, css) => call((glue) => glue.htmlDocument(reading, css)),
  };
}

// The engine of a page (reader page, playground): the glue and the wasm load on first use.
export const engine = createEngine();
