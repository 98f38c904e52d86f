// A stand-in for the wasm package (same module interface as `wasm-pack --target web` output:
// default `init`, named `analyze`) that returns hand-made Analysis objects of the documented
// shape, with every entity type, groups, claims with sources, cues and hedges. The page and the
// widget are tested against it while the real pipeline still finds little; it makes no claim to
// analyse anything well. Offsets are JS string indices (UTF-16), like the real one's.

const NAME_LABELS = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'LAW'];
const HEDGES = /\b(?:may|might|could|reportedly|allegedly|seems?|appears?|possibly|likely)\b/giu;
const CUES = /\b(?:said|says|told|wrote|writes|noted|replied|stated|claimed)\b/iu;

function labelOfName(words) {
  let h = 0;
  for (const ch of words) h = (h * 31 + ch.codePointAt(0)) >>> 0;
  return NAME_LABELS[h % NAME_LABELS.length];
}

function labelOfNumber(phrase) {
  if (/%|percent/iu.test(phrase)) return 'PERCENT';
  if (/euro|dollar|\$|€|£/iu.test(phrase)) return 'MONEY';
  if (/^(?:1[89]|20)\d\d$/u.test(phrase)) return 'DATE';
  if (/\d:\d\d/u.test(phrase)) return 'TIME';
  return 'QUANTITY';
}

function span(text, start, end) {
  return { start, end, text: text.slice(start, end) };
}

export function analyze(text) {
  if (typeof text !== 'string') throw new TypeError(`presslens.analyze: expected a string, got ${text === null ? 'null' : typeof text}`);
  const entities = [];
  const names = /[\p{Lu}\p{Lo}][\p{L}\p{M}’'-]*(?:[ \u00a0][\p{Lu}][\p{L}\p{M}’'-]*)*/gu;
  const numbers = /[$€£]?\d[\d,.:]*(?:\s?(?:%|percent|million euros|euros|dollars|square meters|km))?/gu;
  for (const m of text.matchAll(names)) {
    if (m[0].length < 2) continue;
    entities.push({ start: m.index, end: m.index + m[0].length, label: labelOfName(m[0].split(/\s/u).pop()) });
  }
  for (const m of text.matchAll(numbers)) {
    const phrase = m[0].replace(/[.,:]+$/u, '');
    entities.push({ start: m.index, end: m.index + phrase.length, label: labelOfNumber(phrase) });
  }
  entities.sort((a, b) => a.start - b.start);
  const kept = [];
  for (const e of entities) if (!kept.length || e.start >= kept[kept.length - 1].end) kept.push(e);

  // Groups: mentions sharing their last word (and label) are one entity.
  const groups = [];
  const byKey = new Map();
  const out = kept.map((e, i) => {
    const words = text.slice(e.start, e.end);
    const key = `${e.label}:${words.split(/\s/u).pop()}`;
    if (!byKey.has(key)) {
      byKey.set(key, groups.length);
      groups.push({ id: groups.length, label: e.label, name: words, mentions: [] });
    }
    const g = groups[byKey.get(key)];
    g.mentions.push(i);
    if (words.length > g.name.length) g.name = words;
    return { ...span(text, e.start, e.end), label: e.label, group: g.id, confidence: 0.5 + ((e.end * 7) % 50) / 100 };
  });

  const sentences = [];
  const ends = /[.!?]["”’]?(?=\s|$)|\n{2,}/gu;
  let from = 0;
  for (const m of text.matchAll(ends)) {
    const end = m.index + m[0].length;
    const lead = text.slice(from, end).search(/\S/u);
    if (lead >= 0) sentences.push({ start: from + lead, end: m[0].startsWith('\n') ? m.index : end });
    from = end;
  }
  const lead = text.slice(from).search(/\S/u);
  if (lead >= 0) sentences.push({ start: from + lead, end: text.trimEnd().length });

  // Claims: text between quote marks; the speaker is the nearest PERSON-or-other name mention
  // in the same sentence, the cue a reporting verb there, hedges any hedge words inside.
  const claims = [];
  for (const m of text.matchAll(/[“"]([^“”"\n]{3,})[”"]/gu)) {
    const start = m.index + 1;
    const end = start + m[1].length;
    const sentence = sentences.find((s) => s.start <= m.index && m.index < s.end) ?? { start: 0, end: text.length };
    const inSentence = out.filter((e) => e.start >= sentence.start && e.end <= sentence.end && (e.end <= m.index || e.start >= end + 1));
    const who = inSentence.find((e) => !['DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY'].includes(e.label));
    const around = text.slice(sentence.start, sentence.end);
    const cue = around.match(CUES);
    const hedges = [...text.slice(start, end).matchAll(HEDGES)].map((h) => span(text, start + h.index, start + h.index + h[0].length));
    const numeric = /\d/u.test(m[1]);
    claims.push({
      kind: who ? 'quote' : 'scare_quote',
      content: [span(text, start, end)],
      cue: cue ? span(text, sentence.start + cue.index, sentence.start + cue.index + cue[0].length) : null,
      source: who ? { start: who.start, end: who.end, text: who.text, group: who.group } : null,
      hedges,
      numeric,
      checkworthiness: numeric ? 0.6 + (m[1].length % 40) / 100 : 0.2,
      confidence: 0.7,
    });
  }
  // Sentences holding a number and no quote become numeric reported claims without a source.
  for (const s of sentences) {
    if (claims.some((c) => c.content[0].start >= s.start && c.content[0].start < s.end)) continue;
    if (!out.some((e) => e.start >= s.start && e.end <= s.end && ['MONEY', 'PERCENT', 'QUANTITY'].includes(e.label))) continue;
    claims.push({
      kind: 'reported', content: [span(text, s.start, s.end)], cue: null, source: null,
      hedges: [...text.slice(s.start, s.end).matchAll(HEDGES)].map((h) => span(text, s.start + h.index, s.start + h.index + h[0].length)),
      numeric: true, checkworthiness: 0.5 + ((s.end - s.start) % 50) / 100, confidence: 0.6,
    });
  }
  claims.sort((a, b) => a.content[0].start - b.content[0].start);
  return { schema_version: 1, entities: out, groups, claims, sentences };
}

export default async function init() {}
export function initSync() {}
