// Summaries of an analysis for the side panel and the Markdown report. Pure functions of the
// Analysis (and its text), so they are tested without a browser.

import { LABELS, labelName, kindName } from './labels.js';
import { speakerName, claimText } from './lookup.js';

/** Words in `text`: runs of letters, marks and digits; "Jean-Pierre’s" and "100,000" are one. */
export function countWords(text) {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*|[.,]\p{N}+)*/gu);
  return words ? words.length : 0;
}

/** { words, sentences, entities, claims, ms } */
export function summary(text, analysis, ms) {
  return {
    words: countWords(text),
    sentences: analysis.sentences.length,
    entities: analysis.entities.length,
    claims: analysis.claims.length,
    ms,
  };
}

const plural = (n, one, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "612 words · 23 sentences · 41 entities · 9 claims · 3 ms" */
export function summaryLine(s) {
  const parts = [plural(s.words, 'word'), plural(s.sentences, 'sentence'), plural(s.entities, 'entity', 'entities'), plural(s.claims, 'claim')];
  if (s.ms != null) parts.push(`analysed in ${s.ms < 10 ? s.ms.toFixed(1) : Math.round(s.ms)} ms`);
  return parts.join(' · ');
}

/** Entity counts per label, in legend order: [[label, mentions]] for labels present. */
export function countsByLabel(analysis) {
  const counts = new Map();
  for (const e of analysis.entities) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  return [...LABELS.map(([l]) => l), ...[...counts.keys()].filter((l) => !LABELS.some(([k]) => k === l))]
    .filter((l) => counts.has(l))
    .map((l) => [l, counts.get(l)]);
}

/** Groups per label, in legend order; within a label, most mentioned first, then by first mention. */
export function groupsByLabel(analysis) {
  const byLabel = new Map();
  for (const g of analysis.groups) {
    if (g.mentions.length === 0) continue;
    if (!byLabel.has(g.label)) byLabel.set(g.label, []);
    byLabel.get(g.label).push(g);
  }
  const order = LABELS.map(([l]) => l);
  const rank = (l) => (order.includes(l) ? order.indexOf(l) : order.length);
  return [...byLabel.entries()]
    .sort((a, b) => rank(a[0]) - rank(b[0]))
    .map(([label, groups]) => ({
      label,
      mentions: groups.reduce((n, g) => n + g.mentions.length, 0),
      groups: groups.slice().sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0] - b.mentions[0]),
    }));
}

/**
 * "Who said what": one entry per source — a group (by its canonical name) or, for a source not
 * resolved to a group, its text — in order of first claim; unattributed claims last.
 * Each entry: { name, group (id or null), claims: [claim indices] }.
 */
export function whoSaidWhat(analysis) {
  const sources = new Map();
  const unattributed = [];
  analysis.claims.forEach((claim, j) => {
    if (!claim.source) return unattributed.push(j);
    const group = claim.source.group;
    const key = group == null ? `text:${claim.source.text}` : `group:${group}`;
    if (!sources.has(key)) sources.set(key, { name: speakerName(analysis, claim), group: group ?? null, claims: [] });
    sources.get(key).claims.push(j);
  });
  const list = [...sources.values()];
  if (unattributed.length) list.push({ name: null, group: null, claims: unattributed });
  return list;
}

/** Indices of numeric claims, most check-worthy first (ties in text order). */
export function numbers(analysis) {
  return analysis.claims
    .map((c, j) => [c, j])
    .filter(([c]) => c.numeric)
    .sort((a, b) => b[0].checkworthiness - a[0].checkworthiness || a[1] - b[1])
    .map(([, j]) => j);
}

/** Text made safe to place inside Markdown prose: no markup, no line breaks. */
export function mdEscape(text) {
  return String(text)
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_{}[\]()<>#+!|~])/g, '\\$1')
    .trim();
}

/** The Markdown report: summary, who said what, numbers, entities. */
export function markdownReport(text, analysis, ms = null) {
  const s = summary(text, analysis, ms);
  const out = ['# presslens report', '', summaryLine({ ...s, ms: null }), ''];
  out.push('## Who said what', '');
  const sources = whoSaidWhat(analysis);
  if (sources.length === 0) out.push('No claims found.', '');
  for (const source of sources) {
    out.push(`### ${source.name == null ? 'Not attributed' : mdEscape(source.name)}`, '');
    for (const j of source.claims) {
      const c = analysis.claims[j];
      const extra = [];
      if (c.cue) extra.push(`cue: ${mdEscape(c.cue.text)}`);
      if (c.hedges.length) extra.push(`hedged: ${c.hedges.map((h) => mdEscape(h.text)).join(', ')}`);
      extra.push(`check-worthiness ${c.checkworthiness.toFixed(2)}`);
      out.push(`- ${kindName(c.kind)}: “${mdEscape(claimText(c))}” (${extra.join('; ')})`);
    }
    out.push('');
  }
  out.push('## Numbers', '');
  const numeric = numbers(analysis);
  if (numeric.length === 0) out.push('No numeric claims found.', '');
  else {
    out.push('| Check-worthiness | Claim | Source |', '| ---: | --- | --- |');
    for (const j of numeric) {
      const c = analysis.claims[j];
      const who = speakerName(analysis, c);
      out.push(`| ${c.checkworthiness.toFixed(2)} | ${mdEscape(claimText(c))} | ${who == null ? '—' : mdEscape(who)} |`);
    }
    out.push('');
  }
  out.push('## Entities', '');
  const byLabel = groupsByLabel(analysis);
  if (byLabel.length === 0) out.push('No entities found.', '');
  for (const { label, mentions, groups } of byLabel) {
    out.push(`### ${labelName(label)} (${label}): ${mentions}`, '');
    for (const g of groups) out.push(`- ${mdEscape(g.name)}${g.mentions.length > 1 ? ` — ${g.mentions.length} mentions` : ''}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
