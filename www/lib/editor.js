// The article editor: a contenteditable="plaintext-only" element kept as exactly one text node,
// so the analyser's UTF-16 offsets are offsets into that node. What the browser inserts while
// editing (<br>, <div> lines, split text nodes) is read back as plain text and the caret kept.

/** Plain text of editor content, with <br> and block boundaries as line breaks. */
function readText(root, caretNode, caretOffset) {
  let text = '';
  let caret = -1;
  const visit = (node) => {
    if (node === caretNode && node.nodeType !== 3) {
      // Caret given as (element, child index): mark where that child starts.
      for (let k = 0; k < node.childNodes.length; k++) {
        if (k === caretOffset) caret = text.length;
        visit(node.childNodes[k]);
      }
      if (caretOffset >= node.childNodes.length) caret = text.length;
      return;
    }
    if (node.nodeType === 3) {
      if (node === caretNode) caret = text.length + caretOffset;
      text += node.data;
    } else if (node.nodeName === 'BR') {
      text += '\n';
    } else {
      const block = node !== root && /^(DIV|P|LI|H[1-6]|BLOCKQUOTE|PRE)$/.test(node.nodeName);
      if (block && text && !text.endsWith('\n')) text += '\n';
      for (const child of node.childNodes) visit(child);
    }
  };
  visit(root);
  return { text, caret };
}

export class Editor {
  constructor(element) {
    this.element = element;
  }

  /** The editor's single text node, or null when it is empty. */
  get node() {
    const first = this.element.firstChild;
    return first && first.nodeType === 3 ? first : null;
  }

  get text() {
    return this.node?.data ?? '';
  }

  /** Replaces the content with `text` (as text, never markup). */
  setText(text) {
    this.element.replaceChildren(...(text ? [this.element.ownerDocument.createTextNode(text)] : []));
  }

  /** Makes the content one text node again after an edit; keeps the caret where it was. */
  normalise() {
    const el = this.element;
    if (el.childNodes.length === 0 || (el.childNodes.length === 1 && el.firstChild.nodeType === 3)) {
      if (el.firstChild && el.firstChild.data === '') el.replaceChildren();
      return;
    }
    const selection = el.ownerDocument.getSelection();
    const inside = selection.rangeCount > 0 && el.contains(selection.focusNode);
    const { text, caret } = readText(el, inside ? selection.focusNode : null, selection.focusOffset);
    this.setText(text);
    if (inside && caret >= 0 && this.node) selection.collapse(this.node, Math.min(caret, text.length));
  }

  /** A live Range over [start, end) of the text (follows later edits), or null. */
  rangeOf(start, end) {
    const node = this.node;
    if (!node || start >= end || end > node.length) return null;
    const range = new Range();
    range.setStart(node, start);
    range.setEnd(node, end);
    return range;
  }

  /** The text offset of the caret position under viewport point (x, y), or -1. */
  offsetAt(x, y) {
    const doc = this.element.ownerDocument;
    let node = null;
    let offset = 0;
    if (doc.caretPositionFromPoint) {
      const p = doc.caretPositionFromPoint(x, y);
      if (p) ({ offsetNode: node, offset } = p);
    } else if (doc.caretRangeFromPoint) {
      const r = doc.caretRangeFromPoint(x, y);
      if (r) ({ startContainer: node, startOffset: offset } = r);
    }
    return node && node === this.node ? offset : -1;
  }

  /** Selects [start, end) in the editor. */
  select(start, end) {
    const range = this.rangeOf(start, end);
    if (!range) return;
    this.element.ownerDocument.getSelection().setBaseAndExtent(range.startContainer, start, range.endContainer, end);
  }
}
