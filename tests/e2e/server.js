// A tiny static file server for the playground (`make run`) and the browser tests. 127.0.0.1 only.
// Paths under /csp/ serve the same files with `Content-Security-Policy: default-src 'none'`, to prove
// that the extension works on pages with the strictest CSP.
//   node tests/e2e/server.js DIR [PORT]      (PORT 0 picks a free one)

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.pdf': 'application/pdf',
};

// `generated` maps a path to a function producing the body of a generated HTML page.
export function startServer(dir, port = 0, generated = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = { 'Cache-Control': 'no-store' };
    if (generated[path]) {
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] });
      res.end(generated[path]());
      return;
    }
    if (path.startsWith('/csp/')) {
      path = path.slice(4);
      headers['Content-Security-Policy'] = "default-src 'none'";
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok({ server, port: server.address().port, close: () => new Promise((done) => server.close(done)) })));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = '.', port = '8080'] = process.argv.slice(2);
  startServer(dir, Number(port)).then(({ port: p }) => console.log(`serving ${resolve(dir)} on http://127.0.0.1:${p}/`));
}
