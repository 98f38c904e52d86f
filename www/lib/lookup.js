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
  // A direct quote's content holds its own quote marks; callers add their own.
  return claim.content.map((s) => s.text).join(' … ').replace(QUOTE_ENDS, '');
}

const QUOTE_ENDS = /^["“”„«»‘’‚‹›']+|["“”„«»‘’‚‹›']+$/g;

/** Whether viewport point (x, y) lies on one of the range's boxes. */
export function rangeContains(range, x, y) {
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}
