/**
 * The result of `analyze(text)`, schema_version 1 (see the README, "The JSON result").
 * Every offset counts UTF-16 code units, as JavaScript strings do, so
 * `text.slice(x.start, x.end) === x.text` for every item that has a `text`.
 * tests/schema.rs checks that these interfaces list exactly the fields the result has.
 */
export interface Analysis {
  /** Version of this shape; bumped on any incompatible change. */
  schema_version: 1;
  /** Entity mentions in text order, never overlapping. */
  entities: Entity[];
  /** Mentions of the same entity, grouped; `Entity.group` indexes this array. */
  groups: Group[];
  /** Claims in text order of their first content span. */
  claims: Claim[];
  /** Sentences in text order. */
  sentences: Sentence[];
}

/** Entity types, named as spaCy names them. */
export type Label =
  | "PERSON" | "ORG" | "GPE" | "LOC" | "FAC" | "NORP" | "EVENT" | "LAW"
  | "DATE" | "TIME" | "MONEY" | "PERCENT" | "QUANTITY";

/** How a claim is made. */
export type ClaimKind = "quote" | "reported" | "mixed" | "according_to" | "scare_quote";

/** One mention of an entity. */
export interface Entity {
  start: number;
  end: number;
  text: string;
  label: Label;
  /** Index into `Analysis.groups`. */
  group: number;
  /** Estimated probability that span and label are both right, 0..1. */
  confidence: number;
}

/** All the mentions of one entity ("Samuel Cogolati", "Cogolati", "the MP"). */
export interface Group {
  /** Its index in `Analysis.groups`. */
  id: number;
  label: Label;
  /** The canonical name: the longest, best-formed mention. */
  name: string;
  /** Indices into `Analysis.entities`, in text order. */
  mentions: number[];
}

/** A stretch of the text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Who a claim is attributed to, as written in the text. */
export interface Source {
  start: number;
  end: number;
  text: string;
  /** The entity group the source resolves to, or null. */
  group: number | null;
}

/** Something the text asserts, and who asserts it. */
export interface Claim {
  kind: ClaimKind;
  /** The asserted text; several spans when a quote is interrupted ("A," he said, "B."). */
  content: Span[];
  /** The reporting expression ("said", "according to"), or null. */
  cue: Span | null;
  source: Source | null;
  /** Words that weaken the claim ("reportedly", "may"). */
  hedges: Span[];
  /** Whether the content asserts a quantity, amount, percentage or number. */
  numeric: boolean;
  /** How worth checking the claim is, 0..1. */
  checkworthiness: number;
  confidence: number;
}

/** A sentence: offsets only (slice the text for its words). */
export interface Sentence {
  start: number;
  end: number;
}
