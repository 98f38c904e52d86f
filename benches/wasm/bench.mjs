// The wasm benchmark: the release build of presslens (www/pkg, from scripts/build-wasm.sh) and
// compromise side by side in one Node process, on the same texts. Prints chars/s of each and
// their ratio, the first-analysis latency (module compile + instantiation included), the time of
// one article and of a 10,000-word article, and the package size raw and gzipped.
//
//   node benches/wasm/bench.mjs [--runs N]        (scripts/bench.sh runs it)
//   PRESSLENS_PKG=dir node benches/wasm/bench.mjs  (another build of the package)
//
// presslens does entities + groups + claims and returns the whole result as a JS object;
// compromise does names only: nlp(text).people() / .places() / .organizations(), .out('array').
// Speeds are medians over runs, in CPU time of the Node process (process.cpuUsage): on a shared
// machine wall time also counts waits for a core. The wall-time ratio is printed beside it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = resolve(process.env.PRESSLENS_PKG ?? join(root, 'www/pkg'));
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 5) : 5;
const article = readFileSync(join(root, 'tests/golden/belgium-alibaba.txt'), 'utf8');
const wasmPath = join(pkg, 'presslens_bg.wasm');
const jsPath = join(pkg, 'presslens.js');
if (!existsSync(wasmPath) || !existsSync(jsPath)) {
  console.error(`bench.mjs: no wasm package in ${pkg}: build it first (scripts/build-wasm.sh)`);
  process.exit(1);
}

// First analysis, cold: load the glue, compile and instantiate the module, analyse the article.
let t = performance.now();
const presslens = await import(pathToFileURL(jsPath).href);
if (typeof presslens.analyze !== 'function') {
  console.error(`bench.mjs: ${jsPath} exports no analyze(): build it from a tree with src/wasm.rs`);
  process.exit(1);
}
const wasmExports = presslens.initSync({ module: readFileSync(wasmPath) });
const firstResult = presslens.analyze(article);
const presslensFirst = performance.now() - t;
t = performance.now();
const nlp = (await import('compromise')).default;
names(article);
const compromiseFirst = performance.now() - t;

function names(text) {
  const doc = nlp(text);
  return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
}

// The texts: the golden article, then the shared samples and dev sets when present.
function sharedDir() {
  for (let dir = dirname(root); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared/data'))) return join(dir, 'shared');
    if (dirname(dir) === dir) return null;
  }
}
const corpora = [{ name: 'golden article', docs: [article] }];
const shared = sharedDir();
if (shared) {
  const samples = join(shared, 'samples');
  for (const f of existsSync(samples) ? readdirSync(samples).sort() : []) {
    const text = f.endsWith('.txt') && readFileSync(join(samples, f), 'utf8');
    if (text && text !== article) corpora.push({ name: `sample ${f}`, docs: [text] });
  }
  for (const set of readdirSync(join(shared, 'data')).sort()) {
    const file = join(shared, 'data', set, 'dev.jsonl');
    if (!existsSync(file)) continue;
    const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text).filter((x) => typeof x === 'string');
    if (docs.length) corpora.push({ name: `${set} dev (${docs.length} docs)`, docs });
  }
} else {
  console.error('bench.mjs: no ../shared/data beside the repository: benchmarking the golden article only');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Median CPU and wall time (ms) of one pass of `fn` over `docs`. Each run repeats the pass
// enough times to last ~100 ms, so that short texts are timed precisely.
function measure(fn, docs) {
  const pass = () => { for (const d of docs) fn(d); };
  const w0 = performance.now();
  pass(); // warm-up (JIT, caches)
  const reps = Math.max(1, Math.ceil(100 / Math.max(performance.now() - w0, 0.01)));
  const cpu = [], wall = [];
  for (let r = 0; r < runs; r++) {
    const c = process.cpuUsage();
    const w = performance.now();
    for (let k = 0; k < reps; k++) pass();
    wall.push((performance.now() - w) / reps);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000 / reps);
  }
  return { cpu: median(cpu), wall: median(wall) };
}

const fmtRate = (chars, ms) => {
  const perSecond = chars / (ms / 1000);
  return perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(1)} M` : `${(perSecond / 1e3).toFixed(0)} k`;
};
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

console.log(`presslens ${presslens.version()} (${pkg}) vs compromise, median of ${runs} runs, CPU time\n`);
console.log('| texts | chars | presslens chars/s | compromise chars/s | ratio | ratio (wall time) | presslens entities / claims | compromise names |');
console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
let worstRatio = Infinity;
for (const { name, docs } of corpora) {
  const chars = docs.reduce((n, d) => n + [...d].length, 0);
  const p = measure((d) => presslens.analyze(d), docs);
  const c = measure(names, docs);
  let entities = 0, claims = 0, found = 0;
  for (const d of docs) {
    const a = presslens.analyze(d);
    entities += a.entities.length;
    claims += a.claims.length;
    found += names(d).reduce((n, list) => n + list.length, 0);
  }
  const ratio = c.cpu / p.cpu;
  worstRatio = Math.min(worstRatio, ratio);
  console.log(`| ${name} | ${chars} | ${fmtRate(chars, p.cpu)} | ${fmtRate(chars, c.cpu)} | ${ratio.toFixed(1)}× | ${(c.wall / p.wall).toFixed(1)}× | ${entities} / ${claims} | ${found} |`);
}

// Latency of one text as the page sees it (wall time, the medians of runs).
let long = '';
while (long.split(/\s+/).length < 10000) long += article + '\n\n';
const words = long.split(/\s+/).filter(Boolean).length;
const one = measure((d) => presslens.analyze(d), [article]);
const ten = measure((d) => presslens.analyze(d), [long]);
const tenCompromise = measure(names, [long]);

// Memory: wasm memory only grows, so its size after analysing the longest text the API accepts
// is the peak that text needs (all texts before were far smaller).
const limit = typeof presslens.maxTextLength === 'function' ? presslens.maxTextLength() : 5_000_000;
const big = article.repeat(Math.ceil(limit / article.length)).slice(0, limit);
const memoryBefore = wasmExports.memory.buffer.byteLength;
t = performance.now();
presslens.analyze(big);
const bigMs = performance.now() - t;
const memoryAfter = wasmExports.memory.buffer.byteLength;
const bigMB = Buffer.byteLength(big) / 1e6;

const wasm = readFileSync(wasmPath);
const js = readFileSync(jsPath);
const gz = (b) => gzipSync(b, { level: 9 }).length;
const totalGz = gz(wasm) + gz(js);

console.log(`
first analysis, cold (import the glue, compile + instantiate the module, analyse the article): presslens ${presslensFirst.toFixed(1)} ms (${firstResult.entities.length} entities, ${firstResult.sentences.length} sentences); compromise (import + first nlp) ${compromiseFirst.toFixed(1)} ms
one analysis, warm, wall time: the article (${article.length} UTF-16 units) ${one.wall.toFixed(2)} ms (target ≤ 16 ms); a ${words}-word article ${ten.wall.toFixed(1)} ms (target ≤ 100 ms; compromise ${tenCompromise.wall.toFixed(0)} ms)
longest accepted text (${limit} UTF-16 units, ${bigMB.toFixed(1)} MB): analysed in ${bigMs.toFixed(0)} ms; wasm memory ${(memoryBefore / 1e6).toFixed(1)} MB before, ${(memoryAfter / 1e6).toFixed(1)} MB after (${(memoryAfter / 1e6 / bigMB).toFixed(1)} MB per MB of text)
size: presslens_bg.wasm ${kB(wasm.length)} (${kB(gz(wasm))} gzipped), presslens.js ${kB(js.length)} (${kB(gz(js))} gzipped); total ${kB(totalGz)} gzipped (budget 600 kB: ${totalGz <= 600e3 ? 'ok' : 'OVER'})
speed: presslens is at least ${worstRatio.toFixed(1)}× compromise on every text set (target ≥ 10×: ${worstRatio >= 10 ? 'ok' : 'MISSED'})`);
