//! Claims: who said what. Direct quotes, reported speech, "according to" sourcing,
//! scare quotes; their hedges, numbers and check-worthiness.

mod addressee;
mod anonymity;
mod as_expected;
mod attribution;
mod beliefs;
mod checkworthiness;
mod closing_marks;
mod coordinated_cues;
mod cues;
mod datelines;
mod doc;
mod features;
mod findings;
mod gender;
mod headline_verbs;
mod hedges;
mod inverted;
mod labels;
mod marks_only;
mod naming;
mod object_contents;
mod paragraph_bound;
mod phrases;
mod quotes;
mod relative_reports;
mod spans;
mod speaker_after_quotation;
mod speakers;
mod source_grammar;
mod tagger;
mod that_clauses;
pub mod training;
mod when_said;

use std::ops::Range;

use serde::Serialize;

use self::attribution::{by_rules, token_marks, Attribution};
use self::checkworthiness::{checkworthiness, Facts};
use self::cues::Cues;
use self::doc::Doc;
use self::quotes::Quote;
use self::speakers::Speakers;
use self::tagger::{Margins, Tagger};
use crate::entities::{is_magnitude_word, is_number_word, Entity, Group, Label, Roles};
use crate::learn::Calibration;
use crate::span::Span;
use crate::text::{TextLayer, TokenKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// Direct speech in quote marks.
    Quote,
    /// Indirect (reported) speech.
    Reported,
    /// Reported speech with a quoted fragment.
    Mixed,
    /// "..., according to X".
    AccordingTo,
    /// A quoted word or phrase with no reporting cue.
    ScareQuote,
}

/// Who a claim is attributed to, as written in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub span: Span,
    /// The entity group the source mention resolves to, when it does.
    pub group: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    pub kind: ClaimKind,
    /// The asserted text; several spans when the quote is interrupted ("A," he said, "B.").
    pub content: Vec<Span>,
    /// The reporting expression ("said", "according to").
    pub cue: Option<Span>,
    pub source: Option<Source>,
    /// Spans that weaken the claim ("reportedly", "may", "seem to believe").
    pub hedges: Vec<Span>,
    /// Whether the content asserts a quantity, amount, percentage or number.
    pub numeric: bool,
    /// How worth checking the claim is, in [0, 1].
    pub checkworthiness: f32,
    /// How likely the claim is to be one a person would mark, in [0, 1]: calibrated on
    /// annotated data from the cue model's margin (see `data/models/claims-calibration.txt`).
    pub confidence: f32,
}

/// Finds claims; holds the embedded cue list and tagger model, loaded once.
#[derive(Debug)]
pub struct ClaimFinder {
    cues: &'static Cues,
    /// The learned tagger; without it (a model that fails to load) the rules alone decide.
    tagger: Option<Tagger>,
    /// Model margin → share of claims that match an annotated attribution.
    calibration: Calibration,
}

impl Default for ClaimFinder {
    fn default() -> Self {
        ClaimFinder::load()
    }
}

/// The calibration `presslens train claims` writes beside the model.
const CALIBRATION: &str = include_str!("../../data/models/claims-calibration.txt");

/// The confidence of a quotation without a cue: the share of them that match an annotated
/// attribution on PolNeAR dev (`presslens train claims` prints it: 18 of 27). A scare quote's
/// is that it is one, which no annotation measures.
const QUOTATION_ALONE: f32 = 0.67;
const SCARE_QUOTE: f32 = 0.6;

/// The most words a quotation can have and still be a scare quote ("hubs", "success story").
const SCARE_QUOTE_WORDS: usize = 3;

impl ClaimFinder {
    pub fn load() -> ClaimFinder {
        ClaimFinder { cues: Cues::shared(), tagger: Tagger::embedded(), calibration: Calibration::parse(CALIBRATION) }
    }

    /// The claims of a text whose entities and groups are known, in text order.
    pub fn find(&self, text: &str, layer: &TextLayer, entities: &[Entity], groups: &[Group]) -> Vec<Claim> {
        self.find_scored(text, layer, entities, groups).into_iter().map(|(c, _)| c).collect()
    }

    /// The claims with the cue model's margin for each one's cue (None without a cue), which
    /// their confidence is calibrated from.
    fn find_scored(&self, text: &str, layer: &TextLayer, entities: &[Entity], groups: &[Group]) -> Vec<(Claim, Option<f32>)> {
        let doc = Doc::new(text, layer, self.cues);
        let rules = by_rules(&doc);
        let (attributions, margins) = match &self.tagger {
            Some(t) => t.attributions(&doc, &rules),
            None => (rules, Margins::default()),
        };
        let mut claims = build(&doc, layer, attributions, &margins, entities, groups);
        for (c, margin) in &mut claims {
            if let Some(m) = margin {
                c.confidence = self.calibration.confidence(*m);
            }
        }
        claims
    }
}

/// Turns token-range attributions into claims: spans, kind, scare quotes, resolved sources,
/// hedges, numbers, check-worthiness; with each claim's margin.
fn build(doc: &Doc, layer: &TextLayer, attributions: Vec<Attribution>, margins: &Margins, entities: &[Entity], groups: &[Group]) -> Vec<(Claim, Option<f32>)> {
    let span = |r: &Range<usize>| match (doc.tokens.get(r.start), r.end.checked_sub(1).and_then(|e| doc.tokens.get(e))) {
        (Some(a), Some(b)) => a.span.cover(b.span),
        _ => Span::default(),
    };
    let mut claims: Vec<(Claim, Vec<Range<usize>>, Option<f32>)> = Vec::with_capacity(attributions.len());
    for a in &attributions {
        let kind = kind_of(doc, a);
        // A fragment with no letter or digit in it (a lone quote mark) says nothing.
        let said = |r: &Range<usize>| span(&trim_separators(doc, r.clone())).text(doc.text).chars().any(char::is_alphanumeric);
        let a = &Attribution { content: in_order(a.content.iter().filter(|r| said(r)).cloned().collect()), ..a.clone() };
        if a.content.is_empty() {
            continue;
        }
        let content: Vec<Span> = a.content.iter().map(|r| span(&trim_separators(doc, r.clone()))).collect();
        let mut within = a.content.clone();
        within.extend(a.cue.clone());
        let hedges: Vec<Span> = hedges::hedges(doc.text, &doc.lower, doc.tokens, &within).iter().map(span).collect();
        let margin = margins.of(a);
        let claim = Claim {
            kind,
            content,
            cue: a.cue.as_ref().map(span),
            source: a.source.as_ref().map(|s| Source { span: span(&trim_separators(doc, s.clone())), group: None }),
            hedges,
            numeric: false,
            checkworthiness: 0.0,
            confidence: QUOTATION_ALONE,
        };
        claims.push((claim, a.content.clone(), margin));
    }
    let contents: std::collections::HashSet<(usize, usize)> = attributions.iter().flat_map(|a| a.content.iter().map(|r| (r.start, r.end))).collect();
    let in_content = token_marks(doc.len(), attributions.iter().flat_map(|a| a.content.iter()));
    let in_cue = token_marks(doc.len(), attributions.iter().flat_map(|a| a.cue.iter()));
    // A title quoted inside a cue or a source ("said on ABC's “This Week”") is no scare quote.
    let in_cue_or_source = token_marks(doc.len(), attributions.iter().flat_map(|a| a.cue.iter().chain(&a.source)));
    for q in doc.quotes.iter().filter(|q| !q.nested && !in_cue_or_source.get(q.tokens.start + 1).copied().unwrap_or(false)) {
        let whole_content = contents.contains(&(q.tokens.start, q.tokens.end));
        let inner = q.tokens.start + 1..q.tokens.end.saturating_sub(1);
        let sentence_inside = inner.clone().any(|i| doc.is_terminal(i));
        let words = doc.words_in(inner);
        // The speaker's own words inside what they say: a fragment of two words or more, a
        // predicate ("was “vital”"), or what a verb of naming that is the claim's cue calls it
        // ("described the scheme as “a gimmick”").
        let named = || naming::naming_verb_before(doc, q).is_some_and(|v| in_cue.get(v).copied().unwrap_or(false));
        let speakers_words = || in_content.get(q.tokens.start).copied().unwrap_or(false) && (is_quoted_fragment(doc, q) || is_predicate_quote(doc, q) || named());
        let has_letters = || q.span.text(doc.text).chars().any(char::is_alphanumeric);
        let candidate = q.closed && !whole_content && !sentence_inside && (1..=SCARE_QUOTE_WORDS).contains(&words);
        if candidate && has_letters() && !speakers_words() && !is_defined_term(doc, q) {
            let claim = Claim {
                kind: ClaimKind::ScareQuote,
                content: vec![q.span],
                cue: None,
                source: None,
                hedges: Vec::new(),
                numeric: false,
                checkworthiness: 0.0,
                confidence: SCARE_QUOTE,
            };
            claims.push((claim, vec![q.tokens.clone()], None));
        }
    }
    claims.sort_by_key(|(c, _, _)| c.content.first().map_or(0, |s| s.start));
    resolve_sources(doc, layer, entities, groups, &mut claims);
    for (c, ranges, _) in &mut claims {
        let facts = facts(doc, entities, c, ranges);
        c.numeric = facts.numeric;
        if c.kind != ClaimKind::ScareQuote {
            let words = ranges.iter().flat_map(Clone::clone).filter(|&i| doc.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct && !matches!(t.kind, TokenKind::Quote(_))));
            c.checkworthiness = checkworthiness(words.map(|i| doc.word(i)), facts);
        }
    }
    claims.into_iter().map(|(c, _, m)| (c, m)).collect()
}

/// Content fragments in text order, overlapping ones merged: the steps after the models each
/// keep them so, and this makes sure of it whatever a text does to them.
fn in_order(mut fragments: Vec<Range<usize>>) -> Vec<Range<usize>> {
    fragments.sort_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(fragments.len());
    for r in fragments {
        match out.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// A source or content without the commas, dashes and list bullets that set it off ("Crucke,
/// the Walloon minister,", "that deliveries would slow, according to ...", "• 200,000 homes").
fn trim_separators(doc: &Doc, mut r: Range<usize>) -> Range<usize> {
    let separator = |i: usize| {
        doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.text(doc.text), "," | ";" | ":" | "-" | "--" | "—" | "–" | "•" | "·" | "▪" | "*"))
    };
    while r.end > r.start + 1 && separator(r.end - 1) {
        r.end -= 1;
    }
    while r.end > r.start + 1 && separator(r.start) {
        r.start += 1;
    }
    r
}

/// "Acme Robotics Ltd (“Acme” or “the Company”)": quotations alone in brackets after a name,
/// each a word of that name or "the" and a noun, define the short names a text will use; the
/// writer keeps no distance from them. A nickname stays a scare quote ("Marco Rubio (“Little
/// Marco”)").
fn is_defined_term(doc: &Doc, q: &Quote) -> bool {
    // Bounded walks: a text may list any number of quotations.
    let floor = q.tokens.start.saturating_sub(DEFINED_TERMS_TOKENS);
    let mut open = q.tokens.start;
    while open > floor && (doc.quote_closing_at(open - 1).is_some() || matches!(doc.word(open - 1), "or" | "and" | ",")) {
        open = doc.quote_closing_at(open - 1).map_or(open - 1, |p| p.tokens.start);
    }
    let ceiling = q.tokens.end + DEFINED_TERMS_TOKENS;
    let mut close = q.tokens.end;
    while close < ceiling {
        match doc.quote_opening_at(close).map(|n| n.tokens.end).or_else(|| matches!(doc.word(close), "or" | "and" | ",").then_some(close + 1)) {
            Some(next) => close = next,
            None => break,
        }
    }
    if !(open >= 2 && doc.is_punct(open - 1, "(") && doc.is_punct(close, ")") && doc.is_capitalised(open - 2)) {
        return false;
    }
    let mut name_start = open - 2;
    while name_start > 0 && open - 1 - name_start < DEFINED_TERMS_TOKENS && doc.is_capitalised(name_start - 1) {
        name_start -= 1;
    }
    let name: Vec<&str> = (name_start..open - 1).map(|i| doc.word(i)).collect();
    let words = doc.words_in(q.tokens.clone());
    let inner = q.tokens.start + 1..q.tokens.end.saturating_sub(1);
    let short_name = words == 1 && inner.clone().all(|i| name.contains(&doc.word(i)));
    let the_noun = words == 2 && doc.word(inner.start) == "the";
    short_name || the_noun
}

/// The most tokens the brackets of defined short names, or the name before them, may hold.
const DEFINED_TERMS_TOKENS: usize = 12;

/// A short quotation right after a copula or an auxiliary ("said a longer pause was “vital”",
/// "the findings were “reassuring”", "he had “lied repeatedly”") is the reported clause's
/// predicate in the speaker's own words, not a word the writer keeps at a distance (“hubs”).
fn is_predicate_quote(doc: &Doc, q: &Quote) -> bool {
    // An article may come between when the quotation ends the noun phrase ("the plan was a
    // “disaster” for the town", not "there is a “certain” risk").
    let ends_phrase = || {
        let next = doc.word(q.tokens.end);
        !doc.tokens.get(q.tokens.end).is_some_and(|t| t.kind == TokenKind::Word)
            || matches!(next, "for" | "of" | "in" | "to" | "on" | "at" | "with" | "and" | "or" | "but" | "that" | "as" | "because" | "since" | "if")
    };
    let before = q.tokens.start.checked_sub(1).map(|b| if matches!(doc.word(b), "a" | "an" | "the") && ends_phrase() { b.checked_sub(1) } else { Some(b) });
    before.flatten().is_some_and(|b| {
        matches!(
            doc.word(b),
            "is" | "was" | "were" | "are" | "be" | "been" | "being" | "remains" | "remained" | "seems" | "seemed" | "looks" | "looked" | "felt" | "feels"
                | "became" | "becomes" | "had" | "has" | "have" | "will" | "would" | "could" | "should" | "can" | "may" | "might" | "must"
        )
    })
}

/// A quotation of two words or more inside what a source says is a fragment of the source's
/// own words ("said the country had spent “trillions of dollars” there"), unless the writer
/// marks it as a term ("the so-called “peace dividend”", "the phrase “Islamic terrorism”",
/// "known as the “Buffett rule”") or an aside in brackets ("Marco Rubio (“Little Marco”)"). One quoted word may well be the writer's (“hubs”).
fn is_quoted_fragment(doc: &Doc, q: &Quote) -> bool {
    let so_called = q.tokens.start.checked_sub(1).is_some_and(|b| {
        matches!(doc.word(b), "so-called" | "so‐called" | "called" | "dubbed" | "termed" | "labelled" | "labeled" | "nicknamed" | "phrase" | "words" | "term" | "slogan" | "(")
            || (doc.word(b) == "as" && b.checked_sub(1).is_some_and(|k| doc.word(k) == "known"))
    });
    doc.words_in(q.tokens.clone()) >= 2 && !so_called
}

fn kind_of(doc: &Doc, a: &Attribution) -> ClaimKind {
    if a.cue.as_ref().is_some_and(|c| doc.word(c.start) == "according") {
        return ClaimKind::AccordingTo;
    }
    let is_quote = |r: &Range<usize>| doc.quote_opening_at(r.start).is_some_and(|q| q.tokens == *r);
    if !a.content.is_empty() && a.content.iter().all(is_quote) {
        return ClaimKind::Quote;
    }
    // Each quotation the content touches, once (its tokens are consecutive).
    let mut touched = a.content.iter().flat_map(Clone::clone).filter_map(|i| doc.quote_of.get(i).copied().flatten()).collect::<Vec<_>>();
    touched.dedup();
    let quoted = touched.into_iter().filter_map(|q| doc.quotes.get(q)).any(|q| {
        let named = || naming::naming_verb_before(doc, q).is_some_and(|v| a.cue.as_ref().is_some_and(|c| c.contains(&v)));
        is_quoted_fragment(doc, q) || is_predicate_quote(doc, q) || named()
    });
    if quoted {
        ClaimKind::Mixed
    } else {
        ClaimKind::Reported
    }
}

/// Resolves every source to a group, in text order of the sources (pronouns look back).
fn resolve_sources(doc: &Doc, layer: &TextLayer, entities: &[Entity], groups: &[Group], claims: &mut [(Claim, Vec<Range<usize>>, Option<f32>)]) {
    let roles = Roles::new(doc.text, layer, entities, groups);
    let mut speakers = Speakers::new(doc.text, entities, groups, &roles, layer);
    let mut order: Vec<usize> = (0..claims.len()).filter(|&k| claims[k].0.source.is_some()).collect();
    order.sort_by_key(|&k| claims[k].0.source.as_ref().map_or(0, |s| s.span.start));
    for k in order {
        if let Some(source) = claims[k].0.source.as_mut() {
            source.group = speakers.resolve(source.span, claims[k].0.content.first().copied());
        }
    }
}

/// Numbers, names and dates inside a claim's content.
fn facts(doc: &Doc, entities: &[Entity], claim: &Claim, ranges: &[Range<usize>]) -> Facts {
    let mut f = Facts { hedges: claim.hedges.len(), ..Facts::default() };
    for s in &claim.content {
        let first = entities.partition_point(|e| e.span.end <= s.start);
        for e in entities.get(first..).into_iter().flatten().take_while(|e| e.span.start < s.end) {
            match e.label {
                Label::Money | Label::Percent | Label::Quantity => f.numeric = true,
                Label::Date | Label::Time => f.dated = true,
                _ => f.names += 1,
            }
        }
    }
    // A number inside a date or a time ("March 3", "5 pm") is no quantity.
    let in_time = |i: usize| {
        let Some(t) = doc.tokens.get(i) else { return false };
        let k = entities.partition_point(|e| e.span.end <= t.span.start);
        entities.get(k).is_some_and(|e| matches!(e.label, Label::Date | Label::Time) && e.span.start <= t.span.start)
    };
    for i in ranges.iter().flat_map(Clone::clone) {
        let w = doc.word(i);
        if doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number) && !is_year(w) && !is_age(doc, i) && !in_time(i) {
            f.numeric = true;
        }
        f.numeric |= is_spelled_amount(doc, i);
        f.question |= w == "?";
    }
    f
}

/// "two million pensioners", "thousands of homes": a magnitude after a number word, or one in
/// the plural before "of", asserts a quantity the entity patterns leave without a unit.
fn is_spelled_amount(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    let magnitude = |m: &str| is_magnitude_word(m) || m == "hundred";
    let after_number = i > 0 && is_number_word(doc.word(i - 1)) && magnitude(w);
    let plural = w.strip_suffix('s').is_some_and(magnitude) && doc.word(i + 1) == "of";
    after_number || plural
}

/// "the man, 34, was arrested": a person's age set off by commas after a word asserts no
/// quantity.
fn is_age(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    let small = (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let after_word = i >= 2 && doc.is_punct(i - 1, ",") && doc.tokens.get(i - 2).is_some_and(|t| t.is_word());
    small && after_word && (doc.is_punct(i + 1, ",") || doc.is_punct(i + 1, "."))
}

/// A bare year ("2018") names a date, not a quantity.
fn is_year(w: &str) -> bool {
    w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(text: &str, name: &str, nth: usize, label: Label, group: usize) -> Entity {
        let start = text.match_indices(name).nth(nth).map(|(i, _)| i).unwrap();
        Entity { span: Span::new(start, start + name.len()), label, group, confidence: 1.0 }
    }

    fn group(label: Label, name: &str, mentions: Vec<usize>) -> Group {
        Group { label, name: name.into(), mentions }
    }

    /// The source group of the claim whose content contains `words`.
    fn source_group(claims: &[Claim], text: &str, words: &str) -> Option<usize> {
        let c = claims.iter().find(|c| c.content.iter().any(|s| s.text(text).contains(words))).expect(words);
        c.source.as_ref().and_then(|s| s.group)
    }

    #[test]
    fn sources_resolve_to_groups_by_name_pronoun_and_appositive() {
        let text = "Anna Berg, the regional minister, said the port was safe. She added, “We have never seen any evidence of spying at the airport.”\n\nAccording to Carl Dahl, the port handles 90 percent of the freight. Berg told reporters that the airport would grow.";
        let entities = vec![
            entity(text, "Anna Berg", 0, Label::Person, 0),
            entity(text, "Carl Dahl", 0, Label::Person, 1),
            entity(text, "90 percent", 0, Label::Percent, 2),
            entity(text, "Berg", 1, Label::Person, 0),
        ];
        let groups = vec![group(Label::Person, "Anna Berg", vec![0, 3]), group(Label::Person, "Carl Dahl", vec![1]), group(Label::Percent, "90 percent", vec![2])];
        let layer = TextLayer::new(text);
        let claims = ClaimFinder::load().find(text, &layer, &entities, &groups);
        assert_eq!(source_group(&claims, text, "the port was safe"), Some(0));
        assert_eq!(source_group(&claims, text, "never seen any evidence"), Some(0));
        assert_eq!(source_group(&claims, text, "90 percent of the freight"), Some(1));
        assert_eq!(source_group(&claims, text, "the airport would grow"), Some(0));
        let numeric = claims.iter().find(|c| c.content.iter().any(|s| s.text(text).contains("90 percent"))).unwrap();
        assert!(numeric.numeric);
        assert_eq!(numeric.kind, ClaimKind::AccordingTo);
    }
}
