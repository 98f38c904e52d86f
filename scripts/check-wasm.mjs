// Loads the built www/pkg module in headless Chromium, served with the page's CSP, and checks
// that it instantiates and analyses: wasm-opt and wasm-bindgen mismatches show up only here.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const { server, url } = await startServer('www');
const profile = await mkdtemp(join(tmpdir(), 'presslens-chromium-'));
let failure = null;
try {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Chromium asks for /favicon.ico by itself; any other failed request is a real error.
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`));
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  await page.goto(url + 'pkg/package.json');
  const result = await page.evaluate(async () => {
    const m = await import('/pkg/presslens.js');
    await m.default();
    const text = 'Le 😀 prix a monté de 12,5 %. 中文句子。 Deux phrases ici.';
    const a = m.analyze(text);
    let typeError = '';
    try { m.analyze(42); } catch (e) { typeError = `${e.name}: ${e.message}`; }
    const spans = [...a.entities, ...a.sentences.map((s) => ({ ...s, text: text.slice(s.start, s.end) }))];
    return {
      version: m.version(), schema: a.schema_version, sentences: a.sentences.length,
      entities: a.entities.length, typeError,
      offsetsRight: spans.every((s) => text.slice(s.start, s.end) === s.text && s.text !== ''),
    };
  });
  await context.close();
  if (errors.length) failure = `errors in the page: ${errors.join('; ')}`;
  else if (result.schema !== 1 || !result.offsetsRight || result.sentences < 2 || !result.typeError.startsWith('TypeError'))
    failure = `unexpected result: ${JSON.stringify(result)}`;
  else console.log(`check-wasm: loads in Chromium: ${JSON.stringify(result)}`);
} catch (e) {
  failure = e.message;
} finally {
  server.close();
  await rm(profile, { recursive: true, force: true });
}
if (failure) {
  console.error(`check-wasm: the built module does not work in Chromium: ${failure}`);
  process.exit(1);
}
