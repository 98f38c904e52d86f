// The text of a host element as the analyser should read it, and the way back from its UTF-16
// offsets to DOM positions. Text nodes are read across inline markup; block boundaries and <br>
// become line breaks, and runs of HTML whitespace collapse to one space, as the page shows them,
// except where CSS keeps them (<pre>, white-space: pre / pre-wrap / break-spaces / pre-line).
// Every character of the text maps to one (text node, offset) or to a virtual break (-1).

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'IFRAME', 'OBJECT', 'svg', 'math']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'CAPTION',
]);

const isSpace = (code) => code === 32 || code === 9 || code === 10 || code === 12 || code === 13;

const PRESERVE = 2; // every space and line break shows
const BREAKS = 1; // line breaks show, runs of spaces collapse (pre-line)
const COLLAPSE = 0;

/** How `element` renders the whitespace of its text: from its computed style when it is in a
 * rendered document, else from the markup (<pre>, <textarea>, <listing>, <plaintext>). */
function whitespaceOf(element) {
  const view = element.ownerDocument?.defaultView;
  if (view && element.isConnected) {
    const style = view.getComputedStyle(element);
    const collapse = style.whiteSpaceCollapse; // newer engines split white-space in two
    if (collapse) return collapse === 'collapse' ? COLLAPSE : collapse === 'preserve-breaks' ? BREAKS : PRESERVE;
    const ws = style.whiteSpace;
    if (ws === 'pre' || ws === 'pre-wrap' || ws === 'break-spaces') return PRESERVE;
    return ws === 'pre-line' ? BREAKS : COLLAPSE;
  }
  return element.closest?.('pre, listing, plaintext') ? PRESERVE : COLLAPSE;
}

/**
 * Reads `root`'s text. Returns { text, nodes, nodeOf, offsetOf, nodeStart, nodeEnd, indexOfNode } where for each index i
 * of `text`, nodes[nodeOf[i]] is the text node and offsetOf[i] the offset in it (nodeOf[i] = -1
 * for an inserted break); node n's units are text[nodeStart[n] .. nodeEnd[n]), indexOfNode maps back.
 */
export function mapText(root) {
  const nodes = [];
  const nodeOf = [];
  const offsetOf = [];
  const out = [];
  let lastSpace = true; // at the start, leading whitespace is dropped
  const dropTrailingSpace = () => {
    if (out.length && out[out.length - 1] === ' ') {
      out.pop();
      nodeOf.pop();
      offsetOf.pop();
    }
  };
  const breakLine = (count) => {
    // At most `count` line breaks in a row, none at the very start.
    dropTrailingSpace(); // a space at the end of a line is not shown
    let have = 0;
    for (let k = out.length - 1; k >= 0 && out[k] === '\n'; k--) have++;
    if (out.length === 0) return;
    for (; have < count; have++) {
      out.push('\n');
      nodeOf.push(-1);
      offsetOf.push(0);
    }
    lastSpace = true;
  };
  const modes = new Map(); // parent element → whitespace mode, read once per element
  const visit = (node) => {
    if (node.nodeType === 3) {
      const data = node.data;
      const index = nodes.length;
      nodes.push(node);
      const parent = node.parentElement;
      let mode = COLLAPSE;
      if (parent) {
        mode = modes.get(parent);
        if (mode === undefined) modes.set(parent, (mode = whitespaceOf(parent)));
      }
      for (let k = 0; k < data.length; k++) {
        const code = data.charCodeAt(k);
        if (mode === PRESERVE || (mode === BREAKS && code === 10)) {
          // Kept as it is; a kept space or break ends a run, a kept break starts a line
          // (and, in pre-line, drops the collapsible space before it, as the page does).
          if (mode === BREAKS) dropTrailingSpace();
          out.push(data[k]);
          lastSpace = isSpace(code);
        } else if (isSpace(code)) {
          if (lastSpace) continue;
          out.push(' ');
          lastSpace = true;
        } else {
          out.push(data[k]);
          lastSpace = false;
        }
        nodeOf.push(index);
        offsetOf.push(k);
      }
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const name = node.nodeName;
    if (SKIPPED.has(name) || SKIPPED.has(name.toUpperCase())) return;
    if (name === 'BR') return breakLine(1);
    const block = BLOCKS.has(name);
    if (block) breakLine(2);
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) breakLine(2);
  };
  visit(root);
  // A block's closing break (or a space) at the very end separates nothing.
  while (nodeOf.length && (nodeOf[nodeOf.length - 1] < 0 || out[out.length - 1] === ' ')) {
    nodeOf.pop();
    offsetOf.pop();
    out.pop();
  }
  // A node's mapped units are contiguous: [nodeStart[n], nodeEnd[n]).
  const nodeStart = new Array(nodes.length).fill(-1);
  const nodeEnd = new Array(nodes.length).fill(-1);
  for (let i = 0; i < nodeOf.length; i++) {
    const n = nodeOf[i];
    if (n < 0) continue;
    if (nodeStart[n] < 0) nodeStart[n] = i;
    nodeEnd[n] = i + 1;
  }
  const indexOfNode = new Map(nodes.map((node, n) => [node, n]));
  return { text: out.join(''), nodes, nodeOf, offsetOf, nodeStart, nodeEnd, indexOfNode };
}

/** A live Range over text [start, end) of a map from `mapText`, or null if it covers no node. */
export function rangeOf(map, start, end) {
  let s = Math.max(0, start);
  let e = Math.min(map.nodeOf.length, end) - 1;
  while (s <= e && map.nodeOf[s] < 0) s++;
  while (e >= s && map.nodeOf[e] < 0) e--;
  if (s > e) return null;
  const range = new Range();
  range.setStart(map.nodes[map.nodeOf[s]], map.offsetOf[s]);
  range.setEnd(map.nodes[map.nodeOf[e]], map.offsetOf[e] + 1);
  return range;
}

/** The text index at DOM position (node, offset), or -1 when the node has no mapped text. */
export function indexAt(map, node, offset) {
  const n = map.indexOfNode.get(node);
  if (n === undefined || map.nodeStart[n] < 0) return -1;
  // The last unit of the node at or before `offset` (skipped whitespace maps to no unit).
  let lo = map.nodeStart[n];
  let hi = map.nodeEnd[n] - 1;
  if (offset < map.offsetOf[lo]) return lo;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.offsetOf[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return offset > map.offsetOf[lo] ? lo + 1 : lo;
}
