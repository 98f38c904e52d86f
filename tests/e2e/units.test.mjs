// The page's pure modules, without a browser: summaries, who said what, numbers, the Markdown
// report and its escaping, card texts, and the contrast of every highlight colour.

import test from 'node:test';
import assert from 'node:assert/strict';
import { countWords, summary, summaryLine, countsByLabel, groupsByLabel, whoSaidWhat, numbers, markdownReport, mdEscape } from '../../www/lib/report.js';
import { describeEntity, describeClaim, entityLabel, claimLabel } from '../../www/lib/cards.js';
import { entityAt, claimsAt, speakerName, displayQuote, shorten } from '../../www/lib/lookup.js';
import { ENTITY_COLOURS, TEXT_COLOURS, CLAIM_COLOURS, HIGHLIGHT_CSS } from '../../www/lib/highlight-css.js';
import { LABELS } from '../../www/lib/labels.js';

const TEXT = 'Samuel Cogolati said Alibaba will invest 100 million euros. “It may be risky,” Cogolati said. Critics said 90 percent is “too much”.';
/** The span of the first `s` in TEXT at or after `from`. */
const at = (s, from = 0) => {
  const start = TEXT.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};
const ANALYSIS = {
  schema_version: 1,
  entities: [
    { ...at('Samuel Cogolati'), label: 'PERSON', group: 0, confidence: 0.91 },
    { ...at('Alibaba'), label: 'ORG', group: 1, confidence: 0.8 },
    { ...at('100 million euros'), label: 'MONEY', group: 2, confidence: 0.99 },
    { ...at('Cogolati', 20), label: 'PERSON', group: 0, confidence: 0.7 },
    { ...at('90 percent'), label: 'PERCENT', group: 3, confidence: 0.95 },
  ],
  groups: [
    { id: 0, label: 'PERSON', name: 'Samuel Cogolati', mentions: [0, 3] },
    { id: 1, label: 'ORG', name: 'Alibaba', mentions: [1] },
    { id: 2, label: 'MONEY', name: '100 million euros', mentions: [2] },
    { id: 3, label: 'PERCENT', name: '90 percent', mentions: [4] },
  ],
  claims: [
    { kind: 'reported', content: [at('Alibaba will invest 100 million euros')], cue: at('said'), source: { ...at('Samuel Cogolati'), group: 0 }, hedges: [], numeric: true, checkworthiness: 0.7, confidence: 0.8 },
    { kind: 'quote', content: [at('It may be risky,')], cue: at('said', 70), source: { ...at('Cogolati', 20), group: 0 }, hedges: [at('may')], numeric: false, checkworthiness: 0.3, confidence: 0.9 },
    { kind: 'mixed', content: [at('90 percent is'), at('too much')], cue: at('said', 100), source: { ...at('Critics'), group: null }, hedges: [], numeric: true, checkworthiness: 0.85, confidence: 0.6 },
    { kind: 'scare_quote', content: [at('too much')], cue: null, source: null, hedges: [], numeric: false, checkworthiness: 0.1, confidence: 0.5 },
  ],
  sentences: [{ start: 0, end: 59 }, { start: 60, end: 93 }, { start: 94, end: TEXT.length }],
};

test('the fixture is consistent with its text', () => {
  for (const e of ANALYSIS.entities) assert.equal(TEXT.slice(e.start, e.end), e.text);
  for (const c of ANALYSIS.claims) for (const s of c.content) assert.equal(TEXT.slice(s.start, s.end), s.text);
});

test('words are counted as runs of letters and digits', () => {
  assert.equal(countWords(''), 0);
  assert.equal(countWords('  Jean-Pierre’s 100,000 “hubs,” 北京 😀 Cafe\u0301 3.5.'), 6);
  assert.equal(countWords(TEXT), 22);
});

test('summary line counts words, sentences, entities, claims and time', () => {
  const s = summary(TEXT, ANALYSIS, 3.25);
  assert.deepEqual(s, { words: 22, sentences: 3, entities: 5, claims: 4, ms: 3.25 });
  assert.equal(summaryLine(s), '22 words · 3 sentences · 5 entities · 4 claims · analysed in 3.3 ms');
  assert.equal(summaryLine({ words: 1, sentences: 1, entities: 1, claims: 1, ms: null }), '1 word · 1 sentence · 1 entity · 1 claim');
});

test('counts and groups follow legend order, most mentioned group first', () => {
  assert.deepEqual(countsByLabel(ANALYSIS), [['PERSON', 2], ['ORG', 1], ['MONEY', 1], ['PERCENT', 1]]);
  const groups = groupsByLabel(ANALYSIS);
  assert.deepEqual(groups.map((g) => [g.label, g.mentions, g.groups.map((x) => x.name)]), [
    ['PERSON', 2, ['Samuel Cogolati']], ['ORG', 1, ['Alibaba']], ['MONEY', 1, ['100 million euros']], ['PERCENT', 1, ['90 percent']],
  ]);
});

test('who said what: a source per group or per unresolved text, unattributed last', () => {
  assert.deepEqual(whoSaidWhat(ANALYSIS), [
    { name: 'Samuel Cogolati', group: 0, claims: [0, 1] },
    { name: 'Critics', group: null, claims: [2] },
    { name: null, group: null, claims: [3] },
  ]);
  assert.equal(speakerName(ANALYSIS, ANALYSIS.claims[1]), 'Samuel Cogolati');
});

test('numbers: numeric claims only, most check-worthy first', () => {
  assert.deepEqual(numbers(ANALYSIS), [2, 0]);
});

test('lookups by offset', () => {
  assert.equal(entityAt(ANALYSIS.entities, 0), 0);
  assert.equal(entityAt(ANALYSIS.entities, 15), -1); // the space after the name
  assert.equal(entityAt(ANALYSIS.entities, TEXT.indexOf('90')), 4);
  assert.deepEqual(claimsAt(ANALYSIS.claims, TEXT.indexOf('too much') + 1), [2, 3]);
});

test('cards describe entities and claims with resolved names', () => {
  const e = describeEntity(ANALYSIS, 3);
  assert.deepEqual(e.rows, [['Type', 'Person (PERSON)'], ['Confidence', '70%'], ['Group', 'Samuel Cogolati'], ['Mentions', '2']]);
  assert.equal(entityLabel(ANALYSIS, 0), 'PERSON Samuel Cogolati, group of 2 mentions');
  assert.equal(entityLabel(ANALYSIS, 3), 'PERSON Cogolati (Samuel Cogolati), group of 2 mentions');
  const c = describeClaim(ANALYSIS, 1);
  assert.equal(c.title, 'Direct quote');
  assert.deepEqual(c.rows, [['Speaker', 'Samuel Cogolati'], ['Cue', 'said'], ['Confidence', '90%'], ['Hedges', 'may'], ['Check-worthiness', '30%']]);
  assert.equal(describeClaim(ANALYSIS, 3).rows[0][1], 'not attributed');
  assert.equal(claimLabel(ANALYSIS, 2), 'Reported speech with a quote by Critics: 90 percent is … too much');
});

test('the Markdown report has who said what, numbers and entities', () => {
  const md = markdownReport(TEXT, ANALYSIS, 2);
  assert.match(md, /^# presslens report\n\n22 words · 3 sentences · 5 entities · 4 claims\n/);
  assert.match(md, /## Who said what\n\n### Samuel Cogolati\n\n- Reported speech: “Alibaba will invest 100 million euros” \(cue: said; check-worthiness 0\.70\)\n- Direct quote: “It may be risky,” \(cue: said; hedged: may; check-worthiness 0\.30\)/);
  assert.match(md, /### Not attributed\n\n- Quoted phrase: “too much”/);
  assert.match(md, /\| 0\.85 \| 90 percent is … too much \| Critics \|\n\| 0\.70 \| Alibaba will invest 100 million euros \| Samuel Cogolati \|/);
  assert.match(md, /### Person \(PERSON\): 2\n\n- Samuel Cogolati — 2 mentions/);
  assert.ok(md.endsWith('\n') && !md.endsWith('\n\n'));
});

test('user text cannot inject Markdown structure', () => {
  assert.equal(mdEscape('a | b\n# c <img src=x> [l](javascript:x) *e*'), 'a \\| b \\# c \\<img src=x\\> \\[l\\]\\(javascript:x\\) \\*e\\*');
  const evil = { ...ANALYSIS, groups: [{ id: 0, label: 'PERSON', name: 'X |\n## Owned', mentions: [0] }], claims: [] };
  const md = markdownReport(TEXT, evil);
  assert.ok(!/^## Owned/m.test(md));
});

test('the Markdown report of an empty analysis says so', () => {
  const md = markdownReport('', { schema_version: 1, entities: [], groups: [], claims: [], sentences: [] });
  assert.match(md, /No claims found\.[\s\S]*No numeric claims found\.[\s\S]*No entities found\./);
});

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

test('every entity colour keeps WCAG AA contrast (4.5:1) with its text, light and dark', () => {
  assert.deepEqual(Object.keys(ENTITY_COLOURS).sort(), LABELS.map(([l]) => l).sort());
  for (const [label, colours] of Object.entries(ENTITY_COLOURS)) {
    for (const scheme of [0, 1]) {
      const ratio = contrast(colours[scheme], TEXT_COLOURS[scheme]);
      assert.ok(ratio >= 4.5, `${label} ${scheme ? 'dark' : 'light'}: ${ratio.toFixed(2)}`);
      assert.ok(HIGHLIGHT_CSS.includes(`::highlight(presslens-${label}) { background-color: ${colours[scheme]}`));
    }
  }
  const page = [['#ffffff', '#202020']]; // the editor's background, light and dark
  for (const scheme of [0, 1]) {
    const bg = page[0][scheme];
    assert.ok(contrast(CLAIM_COLOURS.claim[scheme], bg) >= 3, 'claim underline (non-text, 3:1)');
    assert.ok(contrast(CLAIM_COLOURS.hedge[scheme], bg) >= 4.5, 'hedge words are coloured: text, 4.5:1');
    assert.ok(HIGHLIGHT_CSS.includes(`::highlight(presslens-hedge) { color: ${CLAIM_COLOURS.hedge[scheme]};`));
    assert.ok(contrast(CLAIM_COLOURS.currentText[scheme], CLAIM_COLOURS.currentBg[scheme]) >= 4.5, 'current mention');
  }
});

test('quoted words show one pair of outer marks: own marks dropped, nested ones single, apostrophes kept', () => {
  const cases = [
    ['“hubs,”', 'hubs,'],
    ['that security is “at the heart of the company’s development”', 'that security is ‘at the heart of the company’s development’'],
    ['“Alibaba must comply with', 'Alibaba must comply with'],
    ['secure areas of airports.”', 'secure areas of airports.'],
    ['“a” said b “c”', '‘a’ said b ‘c’'],
    ['"plain"', 'plain'],
    ['the players’', 'the players’'],
    ['x "y" z', 'x ‘y’ z'],
  ];
  for (const [text, shown] of cases) assert.equal(displayQuote(text), shown, text);
});

test('long claims are cut at a word boundary', () => {
  assert.equal(shorten('short enough', 20), 'short enough');
  assert.equal(shorten('has been sanctioned by Beijing for his support of the Uighur minority', 40), 'has been sanctioned by Beijing for his…');
  assert.equal(shorten('x'.repeat(50), 10), `${'x'.repeat(9)}…`, 'one long word is cut inside');
  assert.ok(shorten('word '.repeat(100), 120).length <= 120);
});
