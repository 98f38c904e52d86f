//! "Reeves said the figures were disappointing but insisted the plans would work": a verb of
//! saying coordinated after a reported clause opens a claim of its own, with the same speaker
//! (`shared_subject_sources` gives it the subject). The cue model finds such a verb before
//! "that", less often without, and then reads it as part of the first claim's content. So it
//! does another speaker's verb after ", while" ("..., while the retail group claimed ...").

use std::ops::Range;

use super::attribution::Attribution;
use super::doc::Doc;
use super::source_grammar::subject_before;

/// Splits each reported content after its cue at a coordinated verb of saying; the new
/// attributions (without source) go at the end.
pub fn split_coordinated_cues(doc: &Doc, found: &mut Vec<Attribution>) {
    let mut added = Vec::new();
    for a in found.iter_mut() {
        let Some(cue) = a.cue.clone() else { continue };
        for r in a.content.iter_mut().filter(|r| r.start >= cue.end) {
            if let Some((first_end, cue)) = coordinated_cue_in(doc, r) {
                added.push(Attribution { content: vec![cue.end..r.end], cue: Some(cue), source: None });
                r.end = first_end;
            } else if let Some((first_end, source, cue)) = contrasted_claim_in(doc, r) {
                added.push(Attribution { content: vec![cue.end..r.end], cue: Some(cue), source: Some(source) });
                r.end = first_end;
            }
        }
    }
    found.extend(added);
}

/// In content `r`, the first verb of saying after "and" or "but" (and perhaps "also") with a
/// clause of two words or more before it and words after it, outside quotation marks: where
/// the first clause ends (before the comma and the conjunction) and the cue ("called on",
/// "called for" with their preposition, as PolNeAR annotates them; else the verb).
fn coordinated_cue_in(doc: &Doc, r: &Range<usize>) -> Option<(usize, Range<usize>)> {
    let quoted = |i: usize| doc.is_quote(i) || doc.quote_of.get(i).copied().flatten().is_some();
    for i in r.clone() {
        // "said it would appeal, calling the decision “a gift to Spotify”": a listed participle
        // after a comma whose clause quotes someone reports on its own, for the same speaker.
        if doc.is_punct(i, ",") && !quoted(i + 1) && doc.words_in(r.start..i) >= 2 && is_quoting_participle(doc, i + 1, r.end) {
            return Some((i, i + 1..i + 2));
        }
        if quoted(i) || !matches!(doc.word(i), "and" | "but") || doc.words_in(r.start..i) < 2 {
            continue;
        }
        let verb = if doc.word(i + 1) == "also" { i + 2 } else { i + 1 };
        let first_end = if doc.is_punct(i - 1, ",") { i - 1 } else { i };
        if !quoted(verb) && doc.words_in(verb + 1..r.end) >= 1 && is_finite_cue(doc, verb) {
            return Some((first_end, verb..verb + 1));
        }
        let calls_on = matches!(doc.word(verb), "called" | "calls") && matches!(doc.word(verb + 1), "on" | "for");
        if calls_on && !quoted(verb) && doc.words_in(verb + 2..r.end) >= 2 {
            return Some((first_end, verb..verb + 2));
        }
    }
    None
}

/// "The CBI said firms would cut hiring, while the retail consortium claimed prices would
/// rise": in content `r`, a clause after ", while" or ", whereas" whose subject is a speaker
/// with a verb of saying ([`is_finite_cue`]) is another speaker's claim. Where the first clause
/// ends (before the comma), the second's subject and its cue.
fn contrasted_claim_in(doc: &Doc, r: &Range<usize>) -> Option<(usize, Range<usize>, Range<usize>)> {
    let quoted = |i: usize| doc.is_quote(i) || doc.quote_of.get(i).copied().flatten().is_some();
    let sent_start = doc.sentence.get(r.start).map_or(0, |s| s.start);
    let conj = (r.start + 1..r.end).find(|&i| matches!(doc.word(i), "while" | "whereas") && doc.is_punct(i - 1, ",") && !quoted(i) && doc.words_in(r.start..i) >= 2)?;
    let verb = (conj + 2..r.end.min(conj + 2 + MAX_SUBJECT_TOKENS)).find(|&v| !quoted(v) && is_finite_cue(doc, v))?;
    let subject = subject_before(doc, &(verb..verb + 1), sent_start).filter(|s| s.start == conj + 1 && s.end == verb)?;
    (doc.words_in(verb + 1..r.end) >= 2).then_some((conj - 1, subject, verb..verb + 1))
}

/// The most tokens of the subject of a contrasted claim.
const MAX_SUBJECT_TOKENS: usize = 6;

/// Whether token `i` is a listed cue of one word (not a word of a phrase).
fn is_one_word_cue(doc: &Doc, i: usize) -> bool {
    doc.cue_of.get(i).copied().flatten().and_then(|m| doc.cues.get(m)).is_some_and(|m| m.tokens.len() == 1)
}

/// Whether token `i` is a listed one-word cue in "-ing" whose clause, before `end`, opens a
/// quotation within a few words ("calling the decision “a gift”", "saying “...”").
fn is_quoting_participle(doc: &Doc, i: usize, end: usize) -> bool {
    let quotes_soon = (i + 1..end.min(i + 1 + PARTICIPLE_TO_QUOTE)).any(|k| doc.quote_opening_at(k).is_some());
    is_one_word_cue(doc, i) && doc.word(i).ends_with("ing") && !doc.is_capitalised(i) && quotes_soon
}

/// The most tokens between a participle and the quotation its clause opens.
const PARTICIPLE_TO_QUOTE: usize = 6;

/// A listed, strong, one-word cue, or any verb in "-ed" before "that", in a finite form: past
/// ("insisted", "said") or present with "-s" ("warns"), or any form before "that" ("fear ...
/// and warn that"). Not "saying", nor a phrase's word; not another base form, which after "and"
/// is as often an infinitive's ("asked her to raise her voice and say it louder") or a noun
/// ("federal and state law"), nor a form that is as often a noun or an adjective ("claims of
/// momentum", "alleged abuses").
fn is_finite_cue(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    let finite = matches!(w, "said" | "told" | "wrote") || w.ends_with("ed") || w.ends_with('s') || doc.word(i + 1) == "that";
    let noun_or_adjective = matches!(w, "alleged" | "claims" | "notes" | "reports" | "states" | "remarks" | "comments" | "points" | "replies" | "counters" | "cautions");
    // A verb in "-ed" before "that" reports, listed or not, weak or strong ("but admitted that
    // ...", "and conceded that ...").
    let past_before_that = w.ends_with("ed") && doc.word(i + 1) == "that" && !matches!(w, "alleged" | "need");
    ((is_one_word_cue(doc, i) && doc.is_strong_cue(i)) || past_before_that) && finite && !noun_or_adjective && !doc.is_capitalised(i)
}

#[cfg(test)]
mod tests {
    use super::super::cues::Cues;
    use super::*;
    use crate::text::TextLayer;

    /// The contents (as text) after splitting one attribution whose content is `content`.
    fn split(text: &str, cue: &str, content: &str) -> Vec<(String, String)> {
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let at = |s: &str| {
            let start = text.find(s).unwrap();
            let first = doc.tokens.iter().position(|t| t.span.start == start).unwrap();
            let last = doc.tokens.iter().position(|t| t.span.end == start + s.len()).unwrap();
            first..last + 1
        };
        let mut found = vec![Attribution { content: vec![at(content)], cue: Some(at(cue)), source: None }];
        split_coordinated_cues(&doc, &mut found);
        found.iter().map(|a| (doc.text_of(a.cue.as_ref().unwrap()).to_string(), doc.text_of(&a.content[0]).to_string())).collect()
    }

    #[test]
    fn a_coordinated_verb_of_saying_opens_a_claim() {
        let text = "Reeves said the figures were disappointing, but insisted the plans would work.";
        let expected = [("said", "the figures were disappointing"), ("insisted", "the plans would work.")];
        assert_eq!(split(text, "said", "the figures were disappointing, but insisted the plans would work."), expected.map(|(a, b)| (a.to_string(), b.to_string())));
        let text = "Reeves said she would “stick to our plans” but admitted that “difficult decisions” lay ahead.";
        assert_eq!(split(text, "said", "she would “stick to our plans” but admitted that “difficult decisions” lay ahead.")[1].0, "admitted");
        let text = "Lula said the region was no sanctuary and called on wealthy countries to pay.";
        assert_eq!(split(text, "said", "the region was no sanctuary and called on wealthy countries to pay.")[1], ("called on".into(), "wealthy countries to pay.".into()));
        let text = "Apple said it would appeal, calling the decision “a gift to Spotify.”";
        assert_eq!(split(text, "said", "it would appeal, calling the decision “a gift to Spotify.”")[1], ("calling".into(), "the decision “a gift to Spotify.”".into()));
        let text = "The CBI said firms would cut hiring, while the retail group claimed prices would rise.";
        assert_eq!(split(text, "said", "firms would cut hiring, while the retail group claimed prices would rise.")[1], ("claimed".into(), "prices would rise.".into()));
        let text = "He said he would order a review and also warned against hackers.";
        assert_eq!(split(text, "said", "he would order a review and also warned against hackers.")[1].0, "warned");
    }

    #[test]
    fn other_verbs_quotations_and_participles_stay() {
        for (text, cue, content) in [
            ("She said prices rose and wages fell.", "said", "prices rose and wages fell."),
            ("She said “they lied and said nothing” again.", "said", "“they lied and said nothing” again."),
            ("She said it rained and saying so helped.", "said", "it rained and saying so helped."),
            ("She said it and warned.", "said", "it and warned."),
            ("She said prices rose, while wages fell sharply.", "said", "prices rose, while wages fell sharply."),
            ("They say it is the leaders, responding to pressure from unions.", "say", "it is the leaders, responding to pressure from unions."),
            ("She said federal and state law applied.", "said", "federal and state law applied."),
            ("He asked her to raise her voice and say the word louder.", "asked", "her to raise her voice and say the word louder."),
            ("He said it despite claims of momentum and alleged peccadilloes.", "said", "it despite claims of momentum and alleged peccadilloes."),
        ] {
            assert_eq!(split(text, cue, content).len(), 1, "{text}");
        }
    }
}
