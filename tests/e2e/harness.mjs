// Shared set-up for the end-to-end tests: a static server for www/ on 127.0.0.1 (a random free
// port, application/wasm, the page's CSP header) and Debian's Chromium driven by playwright-core.

import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const WWW = join(ROOT, 'www');
export const FAKE_PKG = join(ROOT, 'tests/e2e/fake-pkg');
export const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
};

/** Fails with a clear message when the wasm package has not been built. */
export function requirePkg() {
  if (!existsSync(join(WWW, 'pkg/presslens.js')) || !existsSync(join(WWW, 'pkg/presslens_bg.wasm'))) {
    throw new Error('www/pkg is missing: run scripts/build-wasm.sh (or scripts/test.sh, which builds it) first');
  }
}

/**
 * Serves www/ (with `mounts`: URL prefix → directory, e.g. {'/pkg/': FAKE_PKG}) and `extra`:
 * path → { type, body } for pages a test makes up. Resolves to { url, close }.
 */
export async function serve({ mounts = {}, extra = {} } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const headers = { 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    if (extra[path]) {
      res.writeHead(200, { ...headers, 'Content-Type': extra[path].type });
      return res.end(extra[path].body);
    }
    let root = WWW;
    let rest = path;
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (path.startsWith(prefix)) {
        root = dir;
        rest = path.slice(prefix.length - 1);
      }
    }
    let file = resolve(join(root, rest));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403, headers);
      return res.end();
    }
    if (rest.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }) };
}

/** A fresh Chromium (its own temporary profile); resolves to { context, close }. */
export async function launch(options = {}) {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new Error('playwright-core is missing: run scripts/setup.sh (npm ci) first');
  }
  const profile = await mkdtemp(join(tmpdir(), 'presslens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the page and waits until its analyser has answered once. */
export async function openPage(context, url) {
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(url);
  await page.waitForSelector('html[data-presslens="ready"]', { timeout: 20000 });
  return { page, errors };
}

/** Pastes `text` into the editor through the real clipboard (Ctrl+V), replacing what was
 * there, and waits until the page shows the analysis of exactly that text. */
export async function paste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus('#editor');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await waitForAnalysis(page, text);
}

/** Waits until the editor holds `text` and the page shows the analysis of it. */
export async function waitForAnalysis(page, text) {
  await page.waitForFunction(
    (t) => document.getElementById('editor').textContent === t && document.getElementById('status').dataset.state === 'done',
    text,
    { timeout: 20000 },
  );
}

/** Saves a screenshot under tests/e2e/screenshots/ (the whole page unless `fullPage: false`). */
export async function saveScreenshot(page, name, { fullPage = true } = {}) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, name);
  await page.screenshot({ path, fullPage });
  return path;
}

/** The sample article, read from the repository. */
export const SAMPLE_PATH = join(ROOT, 'tests/golden/belgium-alibaba.txt');

/** Routes that ship the sample the way scripts/samples.mjs does (www/samples/ is git-ignored). */
export async function sampleRoutes() {
  const text = await readFile(SAMPLE_PATH, 'utf8');
  return {
    '/samples/index.json': { type: 'application/json', body: JSON.stringify([{ file: 'belgium-alibaba.txt', title: 'Belgium fears Alibaba is a den of spies', length: text.length }]) },
    '/samples/belgium-alibaba.txt': { type: 'text/plain; charset=utf-8', body: text },
  };
}

/** The two analysers the page is tested with: the real wasm build, and the hand-made stand-in
 * (tests/e2e/fake-pkg) whose results have every entity type, groups and claims. */
export const BACKENDS = [
  { name: 'wasm', mounts: {} },
  { name: 'fixture', mounts: { '/pkg/': FAKE_PKG } },
];

/** analyze(text) as the widget module returns it, run in the page. */
export function analyzeInPage(page, text) {
  return page.evaluate(async (t) => {
    const presslens = await import('/presslens.js');
    await presslens.ready();
    return presslens.analyze(t);
  }, text);
}

/** Every painted range, by highlight name: [{ start, end, text, inEditor }]. */
export function paintedRanges(page) {
  return page.evaluate(() => {
    const editorNode = document.getElementById('editor')?.firstChild ?? null;
    const out = {};
    for (const [name, highlight] of CSS.highlights) {
      out[name] = [...highlight].map((r) => ({
        start: r.startOffset, end: r.endOffset, text: r.toString(), inEditor: r.startContainer === editorNode && r.endContainer === editorNode,
      }));
    }
    return out;
  });
}

/** Starts recording every request the browser context makes; returns the list it fills. */
export function recordRequests(context) {
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  return requests;
}
