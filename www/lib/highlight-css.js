// The colours of highlights, as one stylesheet text shared by the page and the widget. Custom
// highlights are painted by `::highlight(name)` rules in the document that holds the text, so
// the widget adopts this sheet into its host document; every name starts with `presslens-` and
// the rules select nothing else, so nothing leaks into a host page's own styles.

/** Background per entity label: [light scheme, dark scheme]. Text stays the page's colour,
 * so each pair keeps WCAG AA contrast with TEXT_COLOURS (tests/e2e/contrast.test.mjs). */
export const ENTITY_COLOURS = {
  PERSON: ['#ffd0a0', '#7a4410'],
  ORG: ['#b3dbff', '#1d4c7c'],
  GPE: ['#bdeeb5', '#22602a'],
  LOC: ['#dcefc8', '#3d5a2c'],
  FAC: ['#ddd0f7', '#553c86'],
  NORP: ['#ffc7dd', '#7c2a52'],
  EVENT: ['#fff08f', '#685f0c'],
  LAW: ['#bdeee8', '#135c56'],
  DATE: ['#e6ded0', '#4d463b'],
  TIME: ['#ebe4b4', '#5a5222'],
  MONEY: ['#d2f59a', '#47650f'],
  PERCENT: ['#f8cbf1', '#74306d'],
  QUANTITY: ['#cbd7f2', '#34467a'],
};

/** Text colours the backgrounds are checked against: [light, dark]. */
export const TEXT_COLOURS = ['#1b1b1b', '#f1f1f1'];

/** Claim underline, hedge mark, current mention (background, text): [light, dark]. */
export const CLAIM_COLOURS = {
  claim: ['#b3261e', '#ff9b8f'],
  hedge: ['#6a1b9a', '#dcb0ff'],
  currentBg: ['#0b57d0', '#a8c7fa'],
  currentText: ['#ffffff', '#062e6f'],
};

/** Highlight names are `${PREFIX}-PERSON`, `${PREFIX}-claim`, ... */
export const PREFIX = 'presslens';

function rules(scheme) {
  const lines = [];
  for (const [label, colours] of Object.entries(ENTITY_COLOURS)) {
    lines.push(`::highlight(${PREFIX}-${label}) { background-color: ${colours[scheme]}; color: ${TEXT_COLOURS[scheme]}; }`);
  }
  const c = (name) => CLAIM_COLOURS[name][scheme];
  lines.push(
    `::highlight(${PREFIX}-claim) { text-decoration: underline solid ${c('claim')} 2px; text-underline-offset: 0.22em; }`,
    // The dotted line sits at the top of the line box, between lines: the words' own colour
    // shows which line it belongs to.
    `::highlight(${PREFIX}-hedge) { color: ${c('hedge')}; text-decoration: overline dotted ${c('hedge')} 3px; }`,
    `::highlight(${PREFIX}-current) { background-color: ${c('currentBg')}; color: ${c('currentText')}; }`,
  );
  return lines.join('\n');
}

/** The stylesheet text: light colours, dark ones under `prefers-color-scheme: dark`. */
export const HIGHLIGHT_CSS = `${rules(0)}\n@media (prefers-color-scheme: dark) {\n${rules(1)}\n}\n`;

/** Colour swatches (legend, cards): `${selector}[data-label="PERSON"]` and so on. */
export function swatchCss(selector) {
  const rule = (scheme) =>
    Object.entries(ENTITY_COLOURS)
      .map(([label, colours]) => `${selector}[data-label="${label}"] { background-color: ${colours[scheme]}; }`)
      .join('\n');
  return `${rule(0)}\n@media (prefers-color-scheme: dark) {\n${rule(1)}\n}\n`;
}
