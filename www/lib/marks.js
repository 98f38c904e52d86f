// Keyboard access to highlights: one transparent, focusable button per highlight, in text
// order, laid over the highlighted words. They let Tab reach every highlight and carry its
// accessible name; the pointer passes through them to the editor (pointer-events: none).

export class Marks {
  /** `layer`: a positioned element over the text; `describedBy`: id of the card, if it shares
   * the layer's tree (an id does not reach across a shadow boundary). */
  constructor(layer, { describedBy = null } = {}) {
    this.layer = layer;
    this.describedBy = describedBy;
    this.items = []; // { button, range, kind, index }
  }

  /**
   * Replaces the marks. `items`: [{ kind: 'entity'|'claim', index, start, range, label }],
   * any order; they are laid out in text order.
   */
  set(items) {
    const doc = this.layer.ownerDocument;
    const sorted = items.filter((item) => item.range).sort((a, b) => a.start - b.start || (a.kind === 'claim' ? -1 : 1));
    this.items = sorted.map((item) => {
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = `mark mark-${item.kind}`;
      button.dataset.kind = item.kind;
      button.dataset.index = String(item.index);
      if (item.kind === 'entity') button.dataset.label = item.labelName;
      button.setAttribute('aria-label', item.label);
      if (this.describedBy) button.setAttribute('aria-describedby', this.describedBy);
      return { ...item, button };
    });
    this.layer.replaceChildren(...this.items.map((item) => item.button));
    this.layout();
  }

  /** Hides (from Tab and view) the marks for which `isHidden(item)` holds. */
  setHidden(isHidden) {
    for (const item of this.items) item.button.hidden = isHidden(item);
  }

  /** Places each button over the first line box of its range. All boxes are read before any
   * button moves: interleaving reads and writes would lay the page out once per highlight. */
  layout() {
    const origin = this.layer.getBoundingClientRect();
    const boxes = this.items.map(({ range }) => range.getClientRects()[0] ?? null);
    this.items.forEach(({ button }, k) => {
      const r = boxes[k];
      if (!r) {
        button.style.display = 'none';
        return;
      }
      button.style.display = '';
      button.style.left = `${r.left - origin.left}px`;
      button.style.top = `${r.top - origin.top}px`;
      button.style.width = `${Math.max(r.width, 4)}px`;
      button.style.height = `${r.height}px`;
    });
  }

  find(kind, index) {
    return this.items.find((item) => item.kind === kind && item.index === index) ?? null;
  }
}
