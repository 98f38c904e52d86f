// The presslens page: an editor whose text is analysed as it changes (in a worker), painted
// with custom highlights, with cards, keyboard marks, a side panel and exports.

import { Editor } from './editor.js';
import { Analyzer } from './analyzer.js';
import { Painter, setVisible, supported } from './paint.js';
import { Marks } from './marks.js';
import { LABELS } from './labels.js';
import { HIGHLIGHT_CSS, swatchCss } from './highlight-css.js';
import { describeEntity, describeClaim, describePoint, entityLabel, claimLabel, renderCard, placeCard } from './cards.js';
import { renderGroups, renderSources, renderNumbers } from './panel.js';
import { summary, summaryLine, markdownReport, countsByLabel } from './report.js';
import { download } from './downloads.js';

const MAX_FILE_BYTES = 5_000_000;
const SLOW_MS = 50; // show "analysing…" only when a result takes longer than a few frames

const $ = (id) => document.getElementById(id);
const sheet = new CSSStyleSheet();
sheet.replaceSync(HIGHLIGHT_CSS + swatchCss('.swatch'));
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const editor = new Editor($('editor'));
const marks = new Marks($('marks'), { describedBy: 'card' });
const painter = new Painter();
const currentMark = new Painter();
const card = $('card');
const status = $('status');
const hidden = new Set(); // entity labels and "claim" the reader switched off
const nextMention = new Map(); // group id → index of the mention to show next
let current = null; // { text, analysis, ms }
let slowTimer = 0;

const EMPTY = { schema_version: 1, entities: [], groups: [], claims: [], sentences: [] };

// ---- analysis ----------------------------------------------------------------------------

const analyzer = new Analyzer(({ text, result, ms, error }) => {
  if (text !== editor.text) return; // a newer text is on its way
  clearTimeout(slowTimer);
  status.classList.remove('busy');
  if (error) {
    status.dataset.state = 'done';
    showError(error.name === 'RangeError' ? `This text is too long to analyse (${error.message}).`
      : error.name === 'LoadError' ? 'The analyser could not load. Run scripts/build-wasm.sh, then reload.'
        : `The analysis failed: ${error.message}`);
  } else {
    apply(text, result, ms);
  }
  document.documentElement.dataset.presslens = 'ready';
});

function analyse() {
  const text = editor.text;
  status.dataset.state = 'pending';
  analyzer.request(text);
  clearTimeout(slowTimer);
  slowTimer = setTimeout(() => {
    status.classList.add('busy');
    status.textContent = 'analysing…';
  }, SLOW_MS);
}

function showError(message) {
  status.classList.add('error');
  status.textContent = message;
  $('announce').textContent = message;
}

function apply(text, analysis, ms) {
  current = { text, analysis, ms };
  status.classList.remove('error');
  hideCard();
  painter.clear();
  currentMark.clear();
  nextMention.clear();
  painter.paintAnalysis(analysis, (s, e) => editor.rangeOf(s, e));
  const items = [];
  analysis.entities.forEach((e, i) => items.push({
    kind: 'entity', index: i, start: e.start, range: editor.rangeOf(e.start, e.end), label: entityLabel(analysis, i), labelName: e.label,
  }));
  analysis.claims.forEach((c, j) => {
    const first = c.content[0];
    if (first) items.push({ kind: 'claim', index: j, start: first.start, range: editor.rangeOf(first.start, first.end), label: claimLabel(analysis, j) });
  });
  scheduleMarks(items);
  renderGroups($('groups'), analysis);
  renderSources($('sources'), analysis);
  renderNumbers($('numbers'), analysis);
  updateLegendCounts(analysis);
  status.textContent = text ? summaryLine(summary(text, analysis, ms)) : '';
  status.dataset.state = 'done';
  $('export-json').disabled = !text;
  $('export-md').disabled = !text;
}

// Keyboard marks cost about 0.1 ms each to build and place; for a long article, rebuilding them
// on every keystroke would stall typing, so they follow once typing pauses (meanwhile the old
// marks' live ranges move with the text).
const MARKS_NOW = 300;
let marksTimer = 0;
function scheduleMarks(items) {
  clearTimeout(marksTimer);
  const build = () => {
    marks.set(items);
    applyHidden();
  };
  if (items.length <= MARKS_NOW) build();
  else marksTimer = setTimeout(build, 300);
}

// ---- legend ------------------------------------------------------------------------------

function legendItem(type, name, swatchClass) {
  const label = document.createElement('label');
  label.className = 'legend-item';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.checked = true;
  box.dataset.type = type;
  const swatch = document.createElement('span');
  swatch.className = swatchClass;
  if (swatchClass === 'swatch') swatch.dataset.label = type;
  swatch.setAttribute('aria-hidden', 'true');
  const words = document.createElement('span');
  words.textContent = name;
  const count = document.createElement('span');
  count.className = 'count';
  count.dataset.countFor = type;
  label.append(box, swatch, words, count);
  return label;
}

const legend = $('legend');
for (const [label, name] of LABELS) legend.append(legendItem(label, name, 'swatch'));
legend.append(legendItem('claim', 'Claims', 'swatch-claim'), legendItem('hedge', 'Hedges', 'swatch-hedge'));
legend.addEventListener('change', (event) => {
  const type = event.target.dataset.type;
  if (!type) return;
  if (event.target.checked) hidden.delete(type);
  else hidden.add(type);
  setVisible(type, event.target.checked);
  applyHidden();
});

function applyHidden() {
  marks.setHidden((item) => (item.kind === 'claim' ? hidden.has('claim') : hidden.has(item.labelName)));
}

function updateLegendCounts(analysis) {
  const counts = new Map(countsByLabel(analysis));
  counts.set('claim', analysis.claims.length);
  counts.set('hedge', analysis.claims.reduce((n, c) => n + c.hedges.length, 0));
  for (const el of legend.querySelectorAll('[data-count-for]')) {
    const n = counts.get(el.dataset.countFor) ?? 0;
    el.textContent = String(n);
    el.closest('.legend-item').classList.toggle('none', n === 0);
  }
}

// ---- cards -------------------------------------------------------------------------------

function showCard(descriptions, rect) {
  if (descriptions.length === 0) return hideCard();
  renderCard(card, descriptions);
  card.hidden = false;
  placeCard(card, rect);
}

function hideCard() {
  card.hidden = true;
}

let pointer = null;
$('editor').addEventListener('mousemove', (event) => {
  if (!pointer) requestAnimationFrame(hoverFrame);
  pointer = { x: event.clientX, y: event.clientY };
});
$('editor').addEventListener('mouseleave', () => {
  pointer = null;
  if (!card.contains(document.activeElement) && !document.activeElement?.classList.contains('mark')) hideCard();
});
function hoverFrame() {
  if (!pointer) return;
  const { x, y } = pointer;
  pointer = null;
  const found = current
    ? describePoint(current.analysis, editor.offsetAt(x, y), x, y, (s, e) => editor.rangeOf(s, e), (type) => !hidden.has(type))
    : [];
  if (found.length) showCard(found, { left: x, right: x, top: y - 10, bottom: y + 14 });
  else if (!document.activeElement?.classList.contains('mark')) hideCard();
}

$('marks').addEventListener('focusin', (event) => {
  const button = event.target.closest('.mark');
  if (!button || !current) return;
  const index = Number(button.dataset.index);
  const description = button.dataset.kind === 'entity' ? describeEntity(current.analysis, index) : describeClaim(current.analysis, index);
  showCard([description], button.getBoundingClientRect());
});
$('marks').addEventListener('focusout', hideCard);
$('marks').addEventListener('click', (event) => {
  // Enter or Space on a mark selects its words in the text.
  const button = event.target.closest('.mark');
  const item = button && marks.items.find((m) => m.button === button);
  if (item) editor.select(item.range.startOffset, item.range.endOffset);
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !card.hidden) hideCard();
});

// ---- panel -------------------------------------------------------------------------------

function reveal(start, end, kind, index, message) {
  currentMark.clear();
  currentMark.add('current', editor.rangeOf(start, end));
  editor.select(start, end);
  const item = marks.find(kind, index);
  (item?.button ?? $('editor')).scrollIntoView({ block: 'center', behavior: 'instant' });
  $('announce').textContent = message;
}

$('panel').addEventListener('click', (event) => {
  if (!current) return;
  const { analysis } = current;
  const groupButton = event.target.closest('[data-group]');
  if (groupButton) {
    const group = analysis.groups[Number(groupButton.dataset.group)];
    if (!group || group.mentions.length === 0) return;
    const k = nextMention.get(group.id) ?? 0;
    nextMention.set(group.id, (k + 1) % group.mentions.length);
    const i = group.mentions[k];
    const e = analysis.entities[i];
    reveal(e.start, e.end, 'entity', i, `${group.name}: mention ${k + 1} of ${group.mentions.length}`);
    return;
  }
  const claimButton = event.target.closest('[data-claim]');
  if (claimButton) {
    const j = Number(claimButton.dataset.claim);
    const first = analysis.claims[j]?.content[0];
    if (first) reveal(first.start, first.end, 'claim', j, `Claim ${j + 1} selected in the text`);
  }
});

// ---- editing, files, samples ---------------------------------------------------------------

$('editor').addEventListener('input', () => {
  editor.normalise();
  analyse();
  relayout(); // the old highlights' live ranges moved with the edit
});

function load(text) {
  editor.setText(text);
  analyse();
  $('editor').focus();
}

async function loadFile(file) {
  if (!file) return;
  if (file.size > MAX_FILE_BYTES) return showError(`${file.name} is larger than 5 MB.`);
  if (file.type && !file.type.startsWith('text/')) return showError(`${file.name} is not a text file.`);
  load(await file.text());
}

$('file').addEventListener('change', (event) => {
  loadFile(event.target.files[0]);
  event.target.value = '';
});
const wrap = $('editor-wrap');
wrap.addEventListener('dragover', (event) => {
  if (!event.dataTransfer.types.includes('Files')) return;
  event.preventDefault();
  wrap.classList.add('dropping');
});
wrap.addEventListener('dragleave', () => wrap.classList.remove('dropping'));
wrap.addEventListener('drop', (event) => {
  wrap.classList.remove('dropping');
  if (event.dataTransfer.files.length === 0) return; // dropped text: the editor inserts it
  event.preventDefault();
  loadFile(event.dataTransfer.files[0]);
});
$('clear').addEventListener('click', () => load(''));

// Samples are read once at start-up, so that trying one makes no request later.
const samples = [];
let sampleIndex = 0;
async function loadSamples() {
  try {
    const response = await fetch('samples/index.json');
    if (!response.ok) return;
    const index = await response.json();
    const entries = (Array.isArray(index) ? index : index.samples ?? []).slice(0, 8);
    for (const entry of entries) {
      const file = typeof entry === 'string' ? entry : entry.file ?? entry.path ?? entry.url;
      if (typeof file !== 'string') continue;
      // Only files of this page's own origin: "\\host/x" resolves like "//host/x".
      const url = new URL(file, response.url);
      if (url.origin !== location.origin) continue;
      const text = await fetch(url).then((r) => (r.ok ? r.text() : null));
      if (text) samples.push({ title: (typeof entry === 'object' && entry.title) || file, text });
    }
  } catch {
    // No samples shipped: the button stays hidden.
  }
  const button = $('sample');
  button.hidden = samples.length === 0;
}
$('sample').addEventListener('click', () => {
  if (samples.length === 0) return;
  const sample = samples[sampleIndex % samples.length];
  sampleIndex++;
  load(sample.text);
  $('announce').textContent = `Loaded the sample “${sample.title}”.`;
});

// ---- exports -----------------------------------------------------------------------------

$('export-json').addEventListener('click', () => {
  if (current) download(document, 'presslens.json', `${JSON.stringify(current.analysis, null, 2)}\n`, 'application/json');
});
$('export-md').addEventListener('click', () => {
  if (current) download(document, 'presslens-report.md', markdownReport(current.text, current.analysis, current.ms), 'text/markdown');
});

// ---- layout ------------------------------------------------------------------------------

let layoutQueued = false;
function relayout() {
  if (layoutQueued) return;
  layoutQueued = true;
  requestAnimationFrame(() => {
    layoutQueued = false;
    marks.layout();
  });
}
new ResizeObserver(relayout).observe($('editor'));
$('editor').addEventListener('scroll', relayout);

if (!supported) showError('This browser cannot show highlights (it lacks the CSS Custom Highlight API); the panel still works.');
apply('', EMPTY, null);
loadSamples().finally(analyse);
