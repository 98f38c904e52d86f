// Paints analysis results as CSS Custom Highlights: Range objects registered under
// `presslens-*` names, so the text itself is never touched. Highlights are shared per
// document; each Painter removes only the ranges it added.

import { PREFIX } from './highlight-css.js';

const PRIORITY = { claim: 1, hedge: 2, current: 3 };
const shared = new Map(); // name → Highlight, kept while hidden so it can be shown again
const hidden = new Set();

/** Whether this browser can paint highlights (CSS Custom Highlight API). */
export const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

function highlight(name) {
  let h = shared.get(name);
  if (!h) {
    h = new Highlight();
    h.priority = PRIORITY[name] ?? 0;
    shared.set(name, h);
    if (!hidden.has(name)) CSS.highlights.set(`${PREFIX}-${name}`, h);
  }
  return h;
}

/** Shows or hides every range painted under `name` ("PERSON", "claim", ...). */
export function setVisible(name, visible) {
  if (!supported) return;
  if (visible) {
    hidden.delete(name);
    CSS.highlights.set(`${PREFIX}-${name}`, highlight(name));
  } else {
    hidden.add(name);
    CSS.highlights.delete(`${PREFIX}-${name}`);
  }
}

export class Painter {
  #ranges = [];

  /** Paints `range` under `name`; a null range is ignored. */
  add(name, range) {
    if (!supported || !range) return;
    highlight(name).add(range);
    this.#ranges.push([name, range]);
  }

  /** Removes every range this painter added (others' ranges under the same names stay). */
  clear() {
    for (const [name, range] of this.#ranges) shared.get(name)?.delete(range);
    this.#ranges = [];
  }

  /**
   * Paints an analysis: entities of the `types` wanted, claims' content spans and hedges.
   * `rangeOf(start, end)` turns UTF-16 offsets into a Range over the analysed text.
   */
  paintAnalysis(analysis, rangeOf, { types = null, claims = true } = {}) {
    for (const e of analysis.entities) {
      if (!types || types.has(e.label)) this.add(e.label, rangeOf(e.start, e.end));
    }
    if (!claims) return;
    for (const c of analysis.claims) {
      for (const s of c.content) this.add('claim', rangeOf(s.start, s.end));
      for (const s of c.hedges) this.add('hedge', rangeOf(s.start, s.end));
    }
  }
}
