// What a card says about an entity or a claim (plain data, then DOM built from it with
// textContent only: the analysed text is data, never markup).

import { labelName, kindName } from './labels.js';
import { speakerName, claimText, entityAt, claimsAt, rangeContains, shorten } from './lookup.js';

const percent = (x) => `${Math.round(Number(x) * 100)}%`;

function groupOf(analysis, entity) {
  return analysis.groups[entity.group] ?? null;
}

/** { kind, title, rows: [[term, value]...] } for entity i. */
export function describeEntity(analysis, i) {
  const e = analysis.entities[i];
  const group = groupOf(analysis, e);
  const mentions = group ? group.mentions.length : 1;
  return {
    kind: 'entity',
    label: e.label,
    title: e.text,
    rows: [
      ['Type', `${labelName(e.label)} (${e.label})`],
      ['Confidence', percent(e.confidence)],
      ['Group', group ? group.name : e.text],
      ['Mentions', String(mentions)],
    ],
  };
}

/** { kind, title, rows } for claim j. */
export function describeClaim(analysis, j) {
  const c = analysis.claims[j];
  const speaker = speakerName(analysis, c);
  return {
    kind: 'claim',
    title: kindName(c.kind),
    rows: [
      ['Speaker', speaker ?? 'not attributed'],
      ['Cue', c.cue ? c.cue.text : 'none'],
      ['Confidence', percent(c.confidence)],
      ['Hedges', c.hedges.length ? c.hedges.map((h) => h.text).join(', ') : 'none'],
      ['Check-worthiness', percent(c.checkworthiness)],
      ...(c.numeric ? [['Numbers', 'yes']] : []),
    ],
  };
}

/** Accessible name of an entity highlight: "PERSON Samuel Cogolati, group of 3 mentions". */
export function entityLabel(analysis, i) {
  const e = analysis.entities[i];
  const group = groupOf(analysis, e);
  const n = group ? group.mentions.length : 1;
  const of = group && group.name !== e.text ? ` (${group.name})` : '';
  return `${e.label} ${e.text}${of}, group of ${n} mention${n === 1 ? '' : 's'}`;
}

/** Accessible name of a claim highlight: "Direct quote by Samuel Cogolati: …". */
export function claimLabel(analysis, j) {
  const c = analysis.claims[j];
  const speaker = speakerName(analysis, c);
  const words = claimText(c);
  const short = shorten(words, 120);
  return `${kindName(c.kind)}${speaker ? ` by ${speaker}` : ''}: ${short}`;
}

/** Fills `container` with one section per description. */
export function renderCard(container, descriptions) {
  const doc = container.ownerDocument;
  container.replaceChildren();
  for (const d of descriptions) {
    const section = doc.createElement('section');
    section.className = `card-part card-${d.kind}`;
    const head = doc.createElement('p');
    head.className = 'card-title';
    if (d.label) {
      const swatch = doc.createElement('span');
      swatch.className = 'swatch';
      swatch.dataset.label = d.label;
      swatch.setAttribute('aria-hidden', 'true');
      head.append(swatch);
    }
    const strong = doc.createElement('strong');
    strong.textContent = d.title;
    head.append(strong);
    const list = doc.createElement('dl');
    for (const [term, value] of d.rows) {
      const dt = doc.createElement('dt');
      dt.textContent = term;
      const dd = doc.createElement('dd');
      dd.textContent = value;
      list.append(dt, dd);
    }
    section.append(head, list);
    container.append(section);
  }
}

/** Puts a fixed-position card near a rectangle, inside the viewport. */
export function placeCard(card, rect) {
  const view = card.ownerDocument.defaultView;
  const margin = 8;
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  let left = Math.min(rect.left, view.innerWidth - width - margin);
  left = Math.max(margin, left);
  let top = rect.bottom + 6;
  if (top + height > view.innerHeight - margin && rect.top - height - 6 > margin) top = rect.top - height - 6;
  card.style.left = `${left}px`;
  card.style.top = `${Math.max(margin, top)}px`;
}

/**
 * Descriptions of what is under viewport point (x, y), whose caret offset in the analysed text
 * is `at`: the entity (if its `label` is shown) and the claims whose words are under the point.
 * `rangeOf(start, end)` maps text offsets to a Range; `shown(name)` says whether a type is on.
 */
export function describePoint(analysis, at, x, y, rangeOf, shown) {
  if (at < 0) return [];
  const over = (s, e) => {
    const range = rangeOf(s, e);
    return range !== null && rangeContains(range, x, y);
  };
  const found = [];
  // The caret offset under a point is before or after the character hit: try both.
  for (const k of [at, at - 1]) {
    const i = entityAt(analysis.entities, k);
    const e = analysis.entities[i];
    if (e && shown(e.label) && over(e.start, e.end)) {
      found.push(describeEntity(analysis, i));
      break;
    }
  }
  if (!shown('claim')) return found;
  for (const k of [at, at - 1]) {
    const js = claimsAt(analysis.claims, k).filter((j) => analysis.claims[j].content.some((s) => over(s.start, s.end)));
    if (js.length) {
      for (const j of js) found.push(describeClaim(analysis, j));
      break;
    }
  }
  return found;
}
