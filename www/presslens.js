// presslens for other pages: analyse text, and highlight the entities and claims of an article
// already on a page, without changing its DOM (CSS Custom Highlight API over its own text nodes).
//
//   import { ready, analyze, highlight } from './presslens.js';
//   await ready();
//   const handle = highlight(document.querySelector('article'), { types: ['PERSON', 'ORG'] });
//   handle.clear();
//
// or declaratively: <presslens-article types="PERSON ORG GPE">…</presslens-article>
//
// The wasm package is loaded from ./pkg/presslens.js beside this file; a site that installs it
// from npm (node_modules/presslens/) passes its URL: `ready({ pkg: '/node_modules/presslens/presslens.js' })`.

import { mapText, rangeOf, indexAt } from './lib/textmap.js';
import { Painter } from './lib/paint.js';
import { HIGHLIGHT_CSS, swatchCss } from './lib/highlight-css.js';
import { LABELS } from './lib/labels.js';
import { describePoint, describeEntity, describeClaim, entityLabel, claimLabel, renderCard, placeCard } from './lib/cards.js';
import { Marks } from './lib/marks.js';

export { LABELS };

let pkgUrl = new URL('./pkg/presslens.js', import.meta.url).href;
let loading = null;
let wasm = null;

/**
 * Loads the analyser once; later calls return the same promise. `options.pkg`: URL of the
 * wasm-pack module (`presslens.js` of the npm package) when it is not at ./pkg/ beside this file.
 */
export function ready(options = {}) {
  if (!loading) {
    if (options.pkg) pkgUrl = new URL(options.pkg, document.baseURI).href;
    loading = import(pkgUrl).then(async (module) => {
      await module.default();
      wasm = module;
    });
    loading.catch(() => {
      loading = null; // let a later call try again
    });
  }
  return loading;
}

/**
 * The Analysis of `text` (schema_version 1; offsets in UTF-16 code units). Call after `ready()`.
 * Throws a TypeError for a non-string and a RangeError for a text over the size limit.
 */
export function analyze(text) {
  if (!wasm) throw new Error('presslens: call `await ready()` before analyze()');
  return wasm.analyze(text);
}

// ---- styles ------------------------------------------------------------------------------

let adopted = false;
function adoptHighlightStyles(doc) {
  if (adopted) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  adopted = true;
}

const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483000; width: max-content; max-width: min(22rem, calc(100vw - 1rem));
  padding: 0.6rem 0.8rem; border-radius: 0.5rem; border: 1px solid #c9c6bf;
  background: #ffffff; color: #1b1b1b; box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; pointer-events: none;
}
.card[hidden] { display: none; }
.card-part + .card-part { border-top: 1px solid #c9c6bf; margin-top: 0.5rem; padding-top: 0.5rem; }
.card-title { margin: 0 0 0.3rem; display: flex; align-items: center; gap: 0.4rem; overflow-wrap: anywhere; }
.swatch { display: inline-block; width: 0.9rem; height: 0.9rem; border-radius: 0.2rem; border: 1px solid #c9c6bf; flex: none; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 0.1rem 0.75rem; margin: 0; }
dt { color: #555555; }
dd { margin: 0; overflow-wrap: anywhere; }
@media (prefers-color-scheme: dark) {
  .card { background: #202020; color: #f1f1f1; border-color: #555555; }
  dt { color: #b8b8b8; }
}
${swatchCss('.swatch')}`;

/** An element `tag` whose shadow root, styled by `css` alone, holds `child`. */
function shadowHost(doc, tag, css, child) {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  root.append(child);
  return host;
}

function makeCard(doc) {
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  return { host: shadowHost(doc, 'presslens-card', CARD_CSS, card), card };
}

// Keyboard access: one transparent, focusable button per highlight, in text order, laid over
// its words from a shadow root inserted just after the element (the element's own DOM stays as
// it is). The pointer passes through them to the text.
const MARKS_CSS = `
:host { all: initial; }
.layer { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
.mark {
  all: unset; position: absolute; box-sizing: border-box; border-radius: 0.15rem;
  background: transparent; pointer-events: none; cursor: default;
}
.mark:focus { outline: 3px solid #1a56c4; outline-offset: 1px; }
@media (prefers-color-scheme: dark) { .mark:focus { outline-color: #8cb4ff; } }
@media (forced-colors: active) { .mark:focus { outline-color: Highlight; } }`;

function keyboardMarks(element, analysis, rangeFor, { types, claims, card }) {
  const doc = element.ownerDocument;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  layer.setAttribute('role', 'group');
  layer.setAttribute('aria-label', 'Highlights');
  const host = shadowHost(doc, 'presslens-marks', MARKS_CSS, layer);
  // Inline, so the host page's rules cannot move it: an absolute box of no size where it sits.
  host.style.cssText = 'position:absolute;display:block;width:0;height:0;margin:0;padding:0;border:0;overflow:visible';
  if (element === doc.body || element === doc.documentElement) doc.body.append(host);
  else element.after(host);

  const items = [];
  analysis.entities.forEach((e, i) => {
    if (types && !types.has(e.label)) return;
    items.push({ kind: 'entity', index: i, start: e.start, range: rangeFor(e.start, e.end), label: entityLabel(analysis, i), labelName: e.label });
  });
  if (claims) {
    analysis.claims.forEach((c, j) => {
      const first = c.content[0];
      if (first) items.push({ kind: 'claim', index: j, start: first.start, range: rangeFor(first.start, first.end), label: claimLabel(analysis, j) });
    });
  }
  const marks = new Marks(layer);
  marks.set(items);

  let queued = false;
  const relayout = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      if (host.isConnected) marks.layout();
    });
  };
  const resize = new ResizeObserver(relayout);
  resize.observe(element);
  const view = doc.defaultView;
  view.addEventListener('resize', relayout);
  doc.fonts?.ready.then(relayout);

  const itemOf = (target) => marks.items.find((m) => m.button === target) ?? null;
  const hide = () => {
    if (card) card.card.hidden = true;
  };
  layer.addEventListener('focusin', (event) => {
    const item = itemOf(event.target);
    if (!item || !card) return;
    const description = item.kind === 'entity' ? describeEntity(analysis, item.index) : describeClaim(analysis, item.index);
    renderCard(card.card, [description]);
    card.card.hidden = false;
    placeCard(card.card, item.button.getBoundingClientRect());
  });
  layer.addEventListener('focusout', hide);
  layer.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
  // Enter or Space on a mark selects its words, so they can be copied or read out.
  layer.addEventListener('click', (event) => {
    const item = itemOf(event.target);
    if (!item?.range) return;
    const selection = doc.getSelection();
    selection.removeAllRanges();
    selection.addRange(item.range.cloneRange());
  });

  return {
    host,
    marks,
    remove() {
      resize.disconnect();
      view.removeEventListener('resize', relayout);
      host.remove();
    },
  };
}

// ---- highlight() -------------------------------------------------------------------------

function caretAt(doc, x, y) {
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/**
 * Highlights the entities and claims of `element`'s text in place. The element's DOM, text and
 * event handlers are left as they are. Options:
 * - `types`: entity labels to show (default: all), e.g. ['PERSON', 'ORG'];
 * - `claims`: underline claims and mark hedges (default true);
 * - `cards`: show a card on hover and on keyboard focus (default true);
 * - `keyboard`: let Tab reach every highlight, in text order (default true). The focusable
 *   marks live in a shadow root inserted right after `element`, never inside it.
 * Returns { analysis, text, clear() }; `clear()` removes the highlights, marks, cards and listeners.
 * Call after `await ready()`.
 */
export function highlight(element, options = {}) {
  const doc = element.ownerDocument;
  const types = options.types ? new Set(options.types) : null;
  const map = mapText(element);
  const analysis = analyze(map.text);
  adoptHighlightStyles(doc);
  const painter = new Painter();
  const rangeFor = (s, e) => rangeOf(map, s, e);
  painter.paintAnalysis(analysis, rangeFor, { types, claims: options.claims !== false });

  let card = null;
  let onMove = null;
  let onLeave = null;
  if (options.cards !== false) {
    card = makeCard(doc);
    doc.body.append(card.host);
    let pointer = null;
    const frame = () => {
      if (!pointer) return;
      const { x, y } = pointer;
      pointer = null;
      const caret = caretAt(doc, x, y);
      const at = caret ? indexAt(map, caret.node, caret.offset) : -1;
      const shown = (type) => (type === 'claim' ? options.claims !== false : !types || types.has(type));
      const found = describePoint(analysis, at, x, y, rangeFor, shown);
      if (found.length === 0) {
        card.card.hidden = true;
        return;
      }
      renderCard(card.card, found);
      card.card.hidden = false;
      placeCard(card.card, { left: x, right: x, top: y - 10, bottom: y + 14 });
    };
    onMove = (event) => {
      if (!pointer) requestAnimationFrame(frame);
      pointer = { x: event.clientX, y: event.clientY };
    };
    onLeave = () => {
      pointer = null;
      card.card.hidden = true;
    };
    element.addEventListener('mousemove', onMove, { passive: true });
    element.addEventListener('mouseleave', onLeave, { passive: true });
  }

  let keys = null;
  if (options.keyboard !== false && element.parentNode) {
    keys = keyboardMarks(element, analysis, rangeFor, { types, claims: options.claims !== false, card });
  }

  return {
    analysis,
    text: map.text,
    clear() {
      painter.clear();
      keys?.remove();
      keys = null;
      if (card) {
        element.removeEventListener('mousemove', onMove);
        element.removeEventListener('mouseleave', onLeave);
        card.host.remove();
        card = null;
      }
    },
  };
}

// ---- <presslens-article> -----------------------------------------------------------------

/**
 * <presslens-article types="PERSON ORG" no-claims no-cards no-keyboard>…article…</presslens-article>
 * highlights its own content once the analyser is ready, and again when the content changes.
 * Fires `presslens-highlighted` (detail: the Analysis) after each pass.
 */
export class PresslensArticle extends HTMLElement {
  static observedAttributes = ['types', 'no-claims', 'no-cards', 'no-keyboard'];
  #handle = null;
  #observer = null;
  #queued = false;

  connectedCallback() {
    this.#observer = new MutationObserver(() => this.#refresh());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    ready().then(() => this.#refresh(), (error) => console.error('presslens: the analyser did not load', error));
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#handle?.clear();
    this.#handle = null;
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#refresh();
  }

  /** The current Analysis of the content, or null before the first pass. */
  get analysis() {
    return this.#handle?.analysis ?? null;
  }

  #refresh() {
    if (this.#queued || !wasm) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (!this.isConnected) return;
      this.#handle?.clear();
      const types = this.getAttribute('types');
      this.#handle = highlight(this, {
        types: types ? types.split(/[\s,]+/).filter(Boolean) : null,
        claims: !this.hasAttribute('no-claims'),
        cards: !this.hasAttribute('no-cards'),
        keyboard: !this.hasAttribute('no-keyboard'),
      });
      this.dispatchEvent(new CustomEvent('presslens-highlighted', { detail: this.#handle.analysis }));
    });
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('presslens-article')) {
  customElements.define('presslens-article', PresslensArticle);
}
