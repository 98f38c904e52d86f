// A small static file server for www/: the right MIME types (application/wasm for streaming
// compilation), the page's Content-Security-Policy, no caching, 127.0.0.1 only.
// Run: node scripts/static-server.mjs DIR [PORT]    Import: startServer(dir, port) → {server, url}
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.ts': 'text/plain; charset=utf-8',
};

async function respond(root, req, res) {
  try {
    let file = resolve(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'forbidden');
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    send(res, 404, 'not found');
  }
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CSP });
  res.end(text);
}

/** Serves `dir` on 127.0.0.1:`port` (0 = any free port); resolves once listening. */
export function startServer(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer((req, res) => respond(root, req, res));
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'www', port = '8080'] = process.argv.slice(2);
  startServer(dir, Number(port)).then(
    ({ url }) => console.log(`presslens: serving ${dir}/ on ${url}  (Ctrl-C stops)`),
    (err) => {
      const hint = err.code === 'EADDRINUSE' ? ` (port ${port} is taken: give another, e.g. scripts/serve.sh 8081)` : '';
      console.error(`static-server: ${err.message}${hint}`);
      process.exit(1);
    },
  );
}
