// The side panel: entity groups by type, who said what, numbers ranked by check-worthiness.
// Built with textContent only. Buttons carry data-group / data-claim for the page to act on.

import { labelName, kindName } from './labels.js';
import { claimText, shorten } from './lookup.js';
import { groupsByLabel, whoSaidWhat, numbers } from './report.js';

function el(doc, name, props = {}, ...children) {
  const node = doc.createElement(name);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('data-') || key.startsWith('aria-')) node.setAttribute(key, value);
    else node[key] = value;
  }
  node.append(...children);
  return node;
}

const empty = (doc, text) => el(doc, 'p', { class: 'empty', text });
const quoted = (text) => `“${shorten(text, 160)}”`;

export function renderGroups(container, analysis) {
  const doc = container.ownerDocument;
  const sections = groupsByLabel(analysis).map(({ label, mentions, groups }) => {
    const heading = el(doc, 'h3', {},
      el(doc, 'span', { class: 'swatch', 'data-label': label, 'aria-hidden': 'true' }),
      `${labelName(label)} `,
      el(doc, 'span', { class: 'count', text: `${mentions}` }));
    const list = el(doc, 'ul', { class: 'groups' }, ...groups.map((g) => {
      const n = g.mentions.length;
      return el(doc, 'li', {}, el(doc, 'button', {
        type: 'button',
        'data-group': String(g.id),
        'aria-label': `${g.name}, ${n} mention${n === 1 ? '' : 's'}: show the next one`,
      }, el(doc, 'span', { class: 'name', text: g.name }), el(doc, 'span', { class: 'count', text: String(n) })));
    }));
    return el(doc, 'div', { class: 'label-groups' }, heading, list);
  });
  container.replaceChildren(...(sections.length ? sections : [empty(doc, 'No entities found.')]));
}

// Below this confidence a claim is shown as less sure: about one in three such claims is no
// claim an annotator would mark (PolNeAR dev; see the README's "Quality").
export const UNSURE_BELOW = 0.7;

function claimButton(doc, analysis, j, lead) {
  const c = analysis.claims[j];
  // A quoted phrase attributes nothing; its fixed confidence says only that it is one.
  const unsure = c.kind !== 'scare_quote' && c.confidence < UNSURE_BELOW;
  return el(doc, 'button', { type: 'button', class: unsure ? 'claim unsure' : 'claim', 'data-claim': String(j) },
    el(doc, 'span', { class: 'lead', text: unsure ? `${lead} · less sure` : lead }),
    el(doc, 'span', { class: 'words', text: quoted(claimText(c)) }));
}

export function renderSources(container, analysis) {
  const doc = container.ownerDocument;
  const blocks = whoSaidWhat(analysis).map((source) => el(doc, 'div', { class: 'source' },
    el(doc, 'h3', { class: source.name == null ? 'unattributed' : '', text: source.name ?? 'Not attributed' }),
    el(doc, 'ul', {}, ...source.claims.map((j) => el(doc, 'li', {}, claimButton(doc, analysis, j, kindName(analysis.claims[j].kind)))))));
  container.replaceChildren(...(blocks.length ? blocks : [empty(doc, 'No claims found.')]));
}

export function renderNumbers(container, analysis) {
  const doc = container.ownerDocument;
  const items = numbers(analysis).map((j) => {
    const c = analysis.claims[j];
    return el(doc, 'li', {}, claimButton(doc, analysis, j, `${Math.round(c.checkworthiness * 100)}% check-worthy`));
  });
  container.replaceChildren(...(items.length ? [el(doc, 'ol', {}, ...items)] : [empty(doc, 'No numeric claims found.')]));
}
