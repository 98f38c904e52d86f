// What the analysis says about one position of the text.

/** Index of the entity covering UTF-16 offset `at` (entities are sorted, disjoint), or -1. */
export function entityAt(entities, at) {
  let lo = 0;
  let hi = entities.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = entities[mid];
    if (at < e.start) hi = mid - 1;
    else if (at >= e.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Indices of the claims one of whose content spans covers offset `at`. */
export function claimsAt(claims, at) {
  const found = [];
  claims.forEach((claim, j) => {
    if (claim.content.some((s) => s.start <= at && at < s.end)) found.push(j);
  });
  return found;
}

/** The speaker of a claim as a reader names it: its group's canonical name, else its text. */
export function speakerName(analysis, claim) {
  const source = claim.source;
  if (!source) return null;
  const group = source.group == null ? null : analysis.groups[source.group];
  return group ? group.name : source.text;
}

/** The claim's words, its content spans joined by an ellipsis. */
export function claimText(claim) {
  return displayQuote(claim.content.map((s) => s.text).join(' … '));
}

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function shorten(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.…]+$/u, '')}…`;
}

const OPEN = new Set(['“', '„', '«']);
const CLOSE = new Set(['”', '»']);
const INNER = { '“': '‘', '”': '’', '„': '‚', '«': '‹', '»': '›' };

/**
 * Words of a claim as callers show them, inside their own “ ”: a pair of double quote marks
 * around the whole text (a direct quote's own marks) goes, as does an opening or closing mark
 * left without its partner by a cut; marks inside become single ones, as nested quotes are
 * written (“… is ‘at the heart’ …”). Apostrophes stay.
 */
export function displayQuote(text) {
  let t = text.trim();
  // Where the mark that opens the text closes (depth back to 0), or -1 if it never does.
  const closeOfFirst = () => {
    let depth = 0;
    for (let i = 0; i < t.length; i++) {
      const ch = t[i];
      if (OPEN.has(ch) || (ch === '"' && depth === 0)) depth++;
      else if (CLOSE.has(ch) || ch === '"') depth--;
      if (depth === 0) return i;
    }
    return -1;
  };
  const first = t[0];
  if (first && (OPEN.has(first) || first === '"')) {
    const end = closeOfFirst();
    if (end === t.length - 1) t = t.slice(1, -1);
    else if (end < 0) t = t.slice(1);
  }
  // A closing mark at the end whose opening is not in the text.
  const last = t[t.length - 1];
  if (last && CLOSE.has(last)) {
    let opens = 0;
    let closes = 0;
    for (const ch of t) {
      if (OPEN.has(ch)) opens++;
      else if (CLOSE.has(ch)) closes++;
    }
    if (closes > opens) t = t.slice(0, -1);
  }
  let straight = 0;
  return t.trim().replace(/[“”„«»"]/g, (ch) => INNER[ch] ?? (straight++ % 2 === 0 ? '‘' : '’'));
}

/** Whether viewport point (x, y) lies on one of the range's boxes. */
export function rangeContains(range, x, y) {
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}
