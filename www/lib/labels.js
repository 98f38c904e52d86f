// Entity types and claim kinds as the Analysis names them, with the words people read.

/** Entity labels in legend order: names first, then numbers. */
export const LABELS = [
  ['PERSON', 'Person'],
  ['ORG', 'Organisation'],
  ['GPE', 'Country, city, state'],
  ['LOC', 'Place'],
  ['FAC', 'Building, airport, road'],
  ['NORP', 'Nationality, group'],
  ['EVENT', 'Event'],
  ['LAW', 'Law'],
  ['DATE', 'Date'],
  ['TIME', 'Time'],
  ['MONEY', 'Money'],
  ['PERCENT', 'Percentage'],
  ['QUANTITY', 'Quantity'],
];

const LABEL_NAMES = new Map(LABELS);

/** "Person" for "PERSON"; an unknown label reads as itself. */
export function labelName(label) {
  return LABEL_NAMES.get(label) ?? String(label);
}

const KIND_NAMES = new Map([
  ['quote', 'Direct quote'],
  ['reported', 'Reported speech'],
  ['mixed', 'Reported speech with a quote'],
  ['according_to', 'According to'],
  ['scare_quote', 'Quoted phrase'],
]);

/** "Direct quote" for "quote". */
export function kindName(kind) {
  return KIND_NAMES.get(kind) ?? String(kind);
}
