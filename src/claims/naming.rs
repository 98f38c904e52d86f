//! "Habeck called the dismissal “wrong and unnecessary”", "Trump described the incident as a
//! “terrible situation”": a verb of naming with a quotation after its object says what its
//! subject calls the thing. The cue model, which meets "call" mostly in other senses ("called
//! the hearing", "called to service"), misses these, and the quotation alone would read as a
//! scare quote. Added after the models, for quotations no attribution uses.

use super::attribution::{is_verb_helper, relative_clause, Attribution, UsedTokens};
use super::doc::Doc;
use super::quotes::Quote;
use super::source_grammar::subject_before;

/// The most words between the verb and the quotation ("described the incident as a").
const MAX_OBJECT_WORDS: usize = 6;

fn is_naming_verb(word: &str) -> bool {
    matches!(
        word,
        "call" | "calls" | "called" | "calling" | "describe" | "describes" | "described" | "describing" | "dub" | "dubs" | "dubbed"
            | "label" | "labels" | "labeled" | "labelled" | "brand" | "brands" | "branded" | "term" | "terms" | "termed"
    )
}

/// The verb of naming before quotation `q` in its sentence, with only words between them
/// ("described the scheme as “a gimmick”"), or before the quotation it is coordinated with
/// ("called it “unflinching” and “tender”").
pub fn naming_verb_before(doc: &Doc, q: &Quote) -> Option<usize> {
    let sent = doc.sentence.get(q.tokens.start)?;
    let mut start = q.tokens.start;
    // A loop, not recursion: a text may coordinate any number of quotations.
    for _ in 0..MAX_COORDINATED {
        let floor = start.saturating_sub(MAX_OBJECT_WORDS + 1).max(sent.start);
        let verb = (floor..start).rev().take_while(|&i| doc.tokens.get(i).is_some_and(|t| t.is_word())).find(|&i| is_naming_verb(doc.word(i)));
        if verb.is_some() {
            return verb;
        }
        let and = start.checked_sub(1).filter(|&i| matches!(doc.word(i), "and" | "or"))?;
        start = doc.quote_closing_at(and.checked_sub(1)?)?.tokens.start;
    }
    None
}

/// The most quotations a verb of naming names at once ("“a”, “b” and “c”" counts the last two).
const MAX_COORDINATED: usize = 4;

pub fn add_naming(doc: &Doc, found: &mut Vec<Attribution>) {
    let mut used = UsedTokens::of(doc, found);
    for q in doc.quotes.iter().filter(|q| !q.nested && q.closed) {
        let Some(sent) = doc.sentence.get(q.tokens.start).cloned() else { continue };
        // The verb: the nearest before the quotation with only words between them.
        let Some(verb) = naming_verb_before(doc, q) else { continue };
        // Inside a longer quotation, the naming is the quoted speaker's ("“... what he calls “hell””").
        if doc.quote_of.get(verb).copied().flatten().is_some() {
            continue;
        }
        let mut cue = verb..verb + 1;
        while cue.start > sent.start && is_verb_helper(doc.word(cue.start - 1)) && doc.tokens.get(cue.start - 1).is_some_and(|t| t.is_word()) {
            cue.start -= 1;
        }
        // "his call for “a total ban”", "the label “fake news”": a noun, not a verb.
        let noun = cue.start.checked_sub(1).is_some_and(|d| matches!(doc.word(d), "his" | "her" | "their" | "its" | "my" | "our" | "your" | "a" | "an" | "the" | "this" | "that"));
        // The subject before the verb, or the one a relative clause before it modifies
        // ("Professor Hale, who was not involved, called the study “large”").
        let relative = || cue.start.checked_sub(1).and_then(|comma| relative_clause(doc, comma, sent.start)).map(|(subject, _)| subject);
        let Some(source) = subject_before(doc, &cue, sent.start).or_else(relative).filter(|_| !noun) else { continue };
        let content = cue.end..q.tokens.end;
        // The subject may be another cue's too ("Habeck called it “wrong” but said ...").
        if used.free(&cue) && used.free(&content) {
            used.mark(&cue);
            used.mark(&content);
            found.push(Attribution { content: vec![content], cue: Some(cue), source: Some(source) });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::doc::added_by;
    use super::*;

    /// The naming attributions of `text` as (source, cue, content).
    fn named(text: &str) -> Vec<(String, String, String)> {
        added_by(text, add_naming)
    }

    fn triple(source: &str, cue: &str, content: &str) -> (String, String, String) {
        (source.to_string(), cue.to_string(), content.to_string())
    }

    #[test]
    fn a_naming_verb_before_a_quotation_attributes_it() {
        assert_eq!(named("Robert Habeck called the dismissal “wrong and unnecessary” on Thursday."), [triple("Robert Habeck", "called", "the dismissal “wrong and unnecessary”")]);
        assert_eq!(named("The union has labeled the plan a “disaster.”"), [triple("The union", "has labeled", "the plan a “disaster.”")]);
        let text = "Professor Tom Hale, who was not involved, called the study “large and well designed” on Monday.";
        assert_eq!(named(text), [triple("Professor Tom Hale", "called", "the study “large and well designed”")]);
    }

    #[test]
    fn far_verbs_quoted_verbs_and_no_subject_make_none() {
        // Too many words between; a comma between; inside a longer quotation; no subject.
        assert!(named("He called the long and winding meeting with the party leaders “useless.”").is_empty());
        assert!(named("She called, and the “answer” came.").is_empty());
        assert!(named("“I would rather live in what he calls “hell” than there,” she said.").is_empty());
        assert!(named("Called “the best” by fans, the film won.").is_empty());
        assert!(named("Trump renewed his call for “a total and complete ban” on Monday.").is_empty());
    }
}
